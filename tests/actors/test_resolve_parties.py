"""Political parties by standing and date (parties.tsv), opposition and congressional leaders
(notables.tsv), a party's leader, and the bodies of the Syrian war's news (igos.tsv, session 15)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # a party is coded by its standing on the article's date (codebook 3.1.4)
        ("Labour condemned the air strikes.", "Labour", date(2018, 4, 14), ["GBROPPPTY"]),
        ("Labour condemned the air strikes.", "Labour", date(2003, 3, 20), ["GBRGOVPTY"]),
        ("The Tories accused Labour of betrayal.", "Tories", date(2018, 4, 14), ["GBRGOVPTY"]),
        # the president's party is GOV, the other OPP
        ("Democrats criticised the president.", "Democrats", date(2018, 4, 14), ["USAOPPPTY"]),
        ("Republicans criticised the president.", "Republicans", date(2010, 6, 1), ["USAOPPPTY"]),
        ("The AKP accused the CHP of lying.", "CHP", date(2018, 4, 14), ["TUROPPPTY"]),
        ("Likud officials met the president.", "Likud", date(2018, 4, 14), ["ISRGOVPTY"]),
        # a name shared by parties of two countries: the country the sentence names
        (
            "Australia's Labor Party criticised the government.",
            "Labor Party",
            date(2018, 4, 14),
            ["AUSOPPPTY"],
        ),
        # Lebanon's parties are GOV while their ministers sit in the cabinet
        ("Hezbollah condemned the Future Movement.", "Movement", date(2018, 4, 14), ["LBNGOVPTY"]),
        ("Hezbollah condemned the Future Movement.", "Movement", date(2012, 4, 14), ["LBNOPPPTY"]),
        # the opposition's spokesperson for a ministry is the opposition, not the minister
        (
            "Labour's shadow home secretary Diane Abbott accused the government of hypocrisy.",
            "Abbott",
            date(2018, 4, 14),
            ["GBROPP"],
        ),
        # the UK's Ministry of Defence, as "the Pentagon"
        ("The MoD accused Russia of provocations.", "MoD", date(2018, 4, 14), ["GBRMIL"]),
    ],
)
def test_parties_by_standing_and_date(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published=published) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # party names written in lower case are common words
        ("Trade unions and labour groups condemned the plan.", "labour"),
        (
            "Conservative estimates put the toll at 200, and conservatives protested.",
            "conservatives",
        ),
        # a labour ministry is no party
        ("The Labor Department said jobs grew.", "Labor"),
    ],
)
def test_common_words_are_no_parties(parts, text, phrase) -> None:
    codes = resolve(parts, text, phrase, published=date(2018, 4, 14))
    assert not any("PTY" in code for code in codes)


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        ("Jeremy Corbyn urged the UK not to join.", "Corbyn", date(2018, 4, 14), ["GBROPP"]),
        ("Labour leader Jeremy Corbyn condemned Trump.", "Corbyn", date(2018, 4, 14), ["GBROPP"]),
        # the same man before and after he led the party: no code of this table
        ("Jeremy Corbyn urged the UK not to join.", "Corbyn", date(2021, 1, 5), []),
        ("Kemal Kilicdaroglu accused Erdogan.", "Kilicdaroglu", date(2018, 4, 14), ["TUROPP"]),
        # congressional leaders: OPP while their party is out of the White House, else LEG
        ("Chuck Schumer criticised Trump.", "Schumer", date(2018, 4, 14), ["USAOPP"]),
        ("Chuck Schumer praised Biden.", "Schumer", date(2022, 4, 14), ["USALEG"]),
        # by surname alone, as a head of government is, also where the parser takes the
        # surname for a common noun
        ("Corbyn criticised Trump.", "Corbyn", date(2018, 4, 14), ["GBROPP"]),
        ("Schumer accused Trump of lying.", "Schumer", date(2018, 4, 14), ["USAOPP"]),
        ("Corbyn criticised Trump.", "Corbyn", date(2021, 4, 14), []),
    ],
)
def test_opposition_and_congressional_leaders(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published=published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a party's or a movement's leader is of it, not of the state
        ("The Labour leader condemned the air strikes.", "leader", ["GBROPP"]),
        ("The Hamas leader criticised Israel.", "leader", ["PSEREB"]),
        # a party in government: its leader is the government's
        ("The Conservative leader criticised Labour.", "leader", ["GBRGOV"]),
        # and a state's leader stays the state's
        ("The Syrian leader criticised Israel.", "leader", ["SYRGOV"]),
    ],
)
def test_a_party_s_leader_is_of_the_party(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, published=date(2018, 4, 14)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Russia urged the OPCW to investigate.", "OPCW", ["IGO"]),
        (
            "The Organisation for the Prohibition of Chemical Weapons accused Syria.",
            "Organisation",
            ["IGO"],
        ),
        ("The IIIM will build cases against Syrian officials.", "IIIM", ["IGOUNO"]),
        ("The White Helmets accused Russian jets of bombing a hospital.", "Helmets", ["SYRNGO"]),
        ("Reprieve asked the Trinidad and Tobago authorities for help.", "Reprieve", ["GBRNGO"]),
        ("Amnesty accused the Syrian government of torture.", "Amnesty", ["NGOHRIAMN"]),
        ("GCHQ accused Russia of a cyber attack.", "GCHQ", ["GBRSPY"]),
    ],
)
def test_bodies_of_the_syrian_war_news(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, published=date(2018, 4, 14)) == expected


def test_a_one_word_ngo_name_in_lower_case_is_a_common_word(parts) -> None:
    text = "The court granted the prisoner a reprieve and the government an amnesty."
    assert resolve(parts, text, "reprieve", published=date(2018, 4, 14)) == []
    assert resolve(parts, text, "amnesty", published=date(2018, 4, 14)) == []
