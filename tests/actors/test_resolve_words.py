"""Adjectives that are also role words: "official" before a thing ("the official prices")
says it is authorised, not that a government official is meant; a newspaper called official
is still the state's voice (GOV). A role called foreign ("foreign companies") is of no country
the sentence names. An organisation's acronym that ends a longer proper name ("Lincoln Savings
Bank FSB") is not that organisation, nor is a title that starts a company's name a person's
title ("General Motors Corp's subsidiary"). A people that bombs or shells is its state's
military ("the Turks bombed"), or a stateless people's armed groups ("the Kurds shelled").
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve

OIL = date(1987, 3, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Saudi Arabia urged OPEC members to resist discounts from the official prices.",
         "prices", []),
        ("An official Syrian newspaper called on Arabs to unite.", "newspaper", ["SYRGOV"]),
        ("Saudi officials urged OPEC members to resist discounts.", "officials", ["SAUGOV"]),
        ("Japan refused to open its market to foreign companies.", "companies", []),
        ("Japan refused to open its market to companies.", "companies", ["JPNBUS"]),
        # officials of an industry are its business people (roles.tsv)
        ("Japanese industry officials met the minister.", "officials", ["JPNBUS"]),
    ],
)  # fmt: skip
def test_official_as_an_adjective(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=OIL) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Unicorp American Corp agreed to acquire Lincoln Savings Bank FSB.", "FSB", ["USABUS"]),
        ("Russia's FSB detained two Estonian officers.", "FSB", ["RUSSPY"]),
        ("The FSB detained two Estonian officers.", "FSB", ["RUSSPY"]),
        ("General Motors Corp's British subsidiary signed a deal.", "subsidiary", ["GBR"]),
        # a title word inside a company's name ending in a company word: no title
        ("General Electric Co agreed to buy RCA.", "Co", []),
        ("Supermarkets General Corp agreed to sell the stores.", "Corp", []),
        ("General Colin Powell met King Fahd.", "Powell", ["---MIL"]),
    ],
)
def test_an_acronym_ending_a_longer_name_or_a_company(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=date(2016, 3, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a thing owned by a name with a role of its own is that actor's
        ("Putin rejected Trump's idea.", "idea", ["USAGOV"]),
        ("Iran rejected the Kremlin's plan.", "plan", ["RUSGOV"]),
        # a bare country's thing stays the country's
        ("Putin rejected Russia's proposal.", "proposal", ["RUS"]),
    ],
)
def test_a_thing_of_a_named_actor(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=date(2018, 4, 12)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # people no longer in office or service: officials are elites, soldiers civilians
        ("Turkey arrested former Iraqi officials.", "officials", ["IRQELI"]),
        ("Turkey arrested a former British soldier.", "soldier", ["GBRCVL"]),
        ("Turkey arrested former Syrian policemen.", "policemen", ["SYRCVL"]),
        # an institution of a former state is still the institution
        ("The former Soviet army withdrew from Afghanistan.", "army", ["RUSMIL"]),
        ("Turkey arrested Iraqi officials.", "officials", ["IRQGOV"]),
    ],
)
def test_former_people_in_a_role(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=date(2018, 4, 12)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The Turks bombed a YPJ position in Syria.", "Turks", ["TURMIL"]),
        ("The Russians shelled the town of Avdiivka.", "Russians", ["RUSMIL"]),
        ("The Kurds shelled Turkish positions.", "Kurds", ["KURREB"]),
        ("Palestinians threw stones at Israeli soldiers.", "Palestinians", ["PSECVL"]),
    ],
)
def test_a_people_that_bombs(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=date(2019, 1, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a group a leader's name leads is the leader's, as "the Saudi-led coalition" is
        ("A coalition led by Saudi Arabia attacked the Houthis.", "coalition", ["SAU"]),
        ("A delegation led by Foreign Minister Sergei Lavrov arrived in Tehran.", "delegation",
         ["RUSGOV"]),
        # rebels are no group noun of this rule: led by anyone, they stay rebels
        ("Rebels led by a former army officer attacked the town.", "Rebels", ["---REB"]),
    ],
)  # fmt: skip
def test_a_group_led_by_someone(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=date(2018, 1, 1)) == expected
