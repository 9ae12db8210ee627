"""Round 5 of actor resolution: the Arab people (ARB), riot police by other names,
organisations named before a thing they hold, country adjectives split from their role,
rulers by force and hostage-takers, lowercase names after a title, company names that start
with a title, former rulers the knowledge base does not know, workers of a company, marching
through a place, and "both countries"/"the two countries" after two were named. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.resolve import DocContext
from tests.actors.conftest import read, resolve


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # the Arabs: the codebook's ethnic-group code, standing where a country would; Arab
        # states and their officials are the Middle East ("ARAB_CAPITALS [MEA]")
        ("Arab foreign ministers gathered in Rabat on Sunday.", "ministers", None, ["MEAGOV"]),
        ("Oman urged Arab states to reopen their embassies.", "states", None, ["MEA"]),
        ("Libya agreed to hand the suspects to an Arab country.", "country", None, ["MEA"]),
        ("Arab militants fired rockets at the town.", "militants", None, ["ARBREB"]),
        ("The Arabs of the region rejected the plan.", "Arabs", None, ["ARBCVL"]),
        ("Some 60 Arab students signed a petition.", "students", None, ["ARBEDU"]),
        # longer names that contain the word keep their own code
        ("The United Arab Emirates lifted the ban.", "Emirates", None, ["ARE"]),
        ("The Arab League suspended Syria.", "League", None, ["IGOARL"]),
        # riot police by other names are police, not soldiers
        ("Peruvian riot officers fired tear gas.", "officers", None, ["PERCOP"]),
        ("Chilean anti-riot police cleared the square.", "police", None, ["CHLCOP"]),
        # rulers by force and hostage-takers
        ("Ugandan dictator Idi Amin expelled the traders.", "Amin", date(1972, 8, 4), ["UGAGOV"]),
        ("Their captors freed the two engineers.", "captors", None, ["---CRM"]),
        # a former ruler the knowledge base does not know is an elite
        ("A Chadian court tried former dictator Mahamat Okoye.", "Okoye", None, ["TCDELI"]),
        ("Ousted president Henri Malonga of Gabon fled.", "Malonga", None, ["GABELI"]),
        # a known leader's name written in lower case after a title
        ("President obama spoke to reporters.", "obama", date(2010, 5, 1), ["USAGOV"]),
        ("Chancellor merkel met the unions.", "merkel", date(2012, 5, 1), ["DEUGOV"]),
        # workers of a company are workers
        (
            "Police beat workers of the Lagos Cement Company in Nigeria.",
            "workers",
            None,
            ["NGALAB"],
        ),
        # a national organisation named before a thing it holds is the actor
        ("Troops overran a Karen guerrilla camp near the border.", "camp", None, ["MMRREB"]),
        ("Israeli jets struck Hezbollah positions at dawn.", "positions", None, ["LBNREBHEZ"]),
        # a country adjective the parser split from its coordinated role shares the role
        (
            "Guards beat scores of Sierra Leonean and Liberian refugees.",
            "scores",
            None,
            ["SLEREF", "LBRREF"],
        ),
        # aid workers "from" a national charity, the parser hanging the phrase on the verb
        (
            "Militants seized four aid workers from a Norwegian charity.",
            "workers",
            None,
            ["NORNGO"],
        ),
        # people marching through a place are of that place
        ("Thousands of people marched through Caracas on Sunday.", "Thousands", None, ["VENCVL"]),
        ("Students marched through Dhaka to the parliament.", "Students", None, ["BGDEDU"]),
        # a party boycotting a country's elections is of that country (its own state's vote)
        ("The Islamist party will boycott Tunisia's elections.", "party", None, ["TUNPTY"]),
        # farmers protest where they farm, and where they march into
        ("Thousands of farmers blocked roads into Nairobi.", "Thousands", None, ["KENAGR"]),
        ("Farmers dumped potatoes outside the ministry in Warsaw.", "Farmers", None, ["POLAGR"]),
    ],
)
def test_round5_roles(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a company's name that starts with a title names no general
        ("General Motors announced job cuts.", "Motors"),
        ("General Dynamics won the contract.", "Dynamics"),
    ],
)
def test_company_names_are_no_titles(parts, text, phrase) -> None:
    assert resolve(parts, text, phrase) == []


@pytest.mark.parametrize(
    ("first", "second", "phrase", "expected"),
    [
        (
            "Kenya and Uganda signed a border treaty in Nairobi.",
            "Both countries pledged to patrol the lake.",
            "countries",
            ["KEN", "UGA"],
        ),
        (
            "Iran and Iraq resumed talks in Geneva, Swiss officials said.",
            "The two governments traded accusations.",
            "governments",
            ["IRNGOV", "IRQGOV"],
        ),
        (
            "Peru and Chile settled their maritime dispute.",
            "The two nations will open a new border crossing.",
            "nations",
            ["PER", "CHL"],
        ),
    ],
)
def test_the_two_countries_named_before(parts, first, second, phrase, expected) -> None:
    _, kb, _ = parts
    ctx = DocContext(kb=kb)
    read(parts, ctx, first, 0)
    assert resolve(parts, second, phrase, ctx=ctx, offset=len(first) + 1) == expected


@pytest.mark.parametrize(
    ("first", "second", "phrase"),
    [
        # no earlier sentence named two countries
        ("Kenya held elections on Tuesday.", "Both countries pledged calm.", "countries"),
        # "both countries" with its own of-phrase is something else
        (
            "Kenya and Uganda signed a treaty.",
            "Leaders of both countries of the region met.",
            "countries",
        ),
    ],
)
def test_no_pair_without_two_countries_before(parts, first, second, phrase) -> None:
    _, kb, _ = parts
    ctx = DocContext(kb=kb)
    read(parts, ctx, first, 0)
    assert resolve(parts, second, phrase, ctx=ctx, offset=len(first) + 1) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # where a group is based says nothing of the sentence's other roles
        ("A London-based monitor said government forces shelled the town.", "forces"),
        ("The UK-based group said government forces shelled the town.", "forces"),
    ],
)
def test_a_base_is_no_country_of_other_roles(parts, text, phrase) -> None:
    assert not any(c.startswith("GBR") for c in resolve(parts, text, phrase))
