"""Round 9 of actor resolution: commanders and detainees; a pronoun in a clause of a sentence
whose subject is a person; an organisation's member or cell; transliteration apostrophes and
the capitals of "WHO". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import in_document, resolve

RECENT = date(2019, 6, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a commander after an organisation's name is the organisation's
        ("Israeli jets killed a senior Hezbollah commander.", "commander", ["LBNREBHEZ"]),
        ("Two Hamas commanders were arrested in Gaza.", "commanders", ["PSEREBHMS"]),
        # and a plain commander keeps the military role
        ("The army commander visited the front.", "commander", ["---MIL"]),
        # detainees are civilians held by a force (codebook: captives)
        ("Guards beat Syrian detainees in the prison.", "detainees", ["SYRCVL"]),
        ("The detainee was freed by Egyptian police.", "detainee", ["EGYCVL"]),
    ],
)
def test_commanders_and_detainees(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a member or unit of an organisation is the organisation, not the nationality
        ("A Belgian Isis fighter attacked the guards.", "fighter", ["IMGMOSISI"]),
        ("Police broke up a British Isis cell.", "cell", ["IMGMOSISI"]),
        ("A Hezbollah militant fired at the patrol.", "militant", ["LBNREBHEZ"]),
        # a nationality alone still gives the country
        ("A Belgian fighter was captured in Syria.", "fighter", ["BEL"]),
    ],
)
def test_member_of_an_organisation(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # "he" in an adverbial clause is the main clause's subject, not a person named before
        (
            [
                "Bashar al-Assad met the envoy in Damascus.",
                "Putin declared victory as he hosted the summit in Sochi.",
            ],
            "he",
            ["RUSGOV"],
        ),
        (
            [
                "Bashar al-Assad met the envoy in Damascus.",
                "Erdogan smiled while he spoke to reporters.",
            ],
            "he",
            ["TURGOV"],
        ),
        # a name the knowledge base does not know blocks a jump back to a known person
        (
            [
                "Bashar al-Assad met the envoy in Damascus.",
                "Jonas Vidmark insisted he was not threatening anyone.",
            ],
            "he",
            [],
        ),
        # with no name in the sentence, "he" is still the person last named
        (
            ["Bashar al-Assad met the envoy in Damascus.", "Later he flew to Moscow."],
            "he",
            ["SYRGOV"],
        ),
    ],
)
def test_person_pronoun_in_a_clause(
    parts, sentences: list[str], phrase: str, expected: list[str]
) -> None:
    assert in_document(parts, sentences, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an apostrophe inside a transliterated name is no letter (curly or straight)
        ("Hay\u2019at Tahrir al-Sham fighters shelled the town.", "Sham", ["SYRREB"]),
        ("Hay'at Tahrir al-Sham seized the crossing.", "Sham", ["SYRREB"]),
        # "WHO" in capitals is the World Health Organization; "who" is a pronoun
        ("The WHO warned of a cholera outbreak in Yemen.", "WHO", ["IGOUNOWHO"]),
    ],
)
def test_names_as_written(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


def test_who_pronoun_is_no_organisation(parts) -> None:
    codes = resolve(parts, "Rebels who fled the town were captured.", "who", published=RECENT)
    assert "IGOUNOWHO" not in codes


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an apposition saying what kind of group a name is wins over a state word of the name
        (
            "The Free Negotiations Commission, Syria's main opposition group, walked out.",
            "Commission",
            ["SYROPP"],
        ),
        # an apposition naming a state body keeps the government
        (
            "The Constitutional Commission, Iran's top legal body, met on Sunday.",
            "Commission",
            ["IRNGOV"],
        ),
    ],
)
def test_apposition_names_the_kind(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a capital where something was done to someone is the place, not the government
        ("Police arrested two students in Cairo on Friday.", "Cairo", []),
        ("Gunmen shot a judge in Kabul on Monday.", "Kabul", []),
        # a capital acting, or the goal of a movement, is still the government
        ("Cairo condemned the attack.", "Cairo", ["EGYGOV"]),
    ],
)
def test_capital_as_the_place(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected
