"""Actor resolution as of the article's date, titles, metonyms and later mentions."""

from __future__ import annotations

from datetime import date

import pytest

from detente.pipeline import get_coder
from detente.records import Document
from tests.actors.conftest import resolve


@pytest.fixture(scope="module")
def coder():
    return get_coder()


def sources(coder, text: str, published: date) -> list[str | None]:
    doc = Document(id=f"t-{published}", text=text, published=published)
    events = next(coder.code_documents([doc])).events
    return [e.source.code if e.source else None for e in events]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2003, 3, 11), ["RUSGOV"]),  # Ivanov was Russia's foreign minister (1998-2004)
        (date(1990, 6, 1), []),  # before he took office: no title, no code
    ],
)
def test_same_sentence_coded_by_the_article_date(coder, published, expected) -> None:
    text = "Igor Ivanov condemned Georgia."
    assert sources(coder, text, published) == expected


def test_a_title_in_the_text_codes_a_person_the_kb_does_not_know(coder) -> None:
    text = "Ruritanian-born Iranian Foreign Minister Dariush Novak condemned Iraq."
    assert sources(coder, text, date(2011, 1, 1)) == ["IRNGOV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington condemned Moscow.", ("USAGOV", "RUSGOV")),
        ("The Kremlin condemned the White House.", ("RUSGOV", "USAGOV")),
        ("The Pentagon condemned Iran.", ("USAMIL", "IRN")),
        ("Russian troops attacked Georgian police.", ("RUSMIL", "GEOCOP")),
    ],
)
def test_metonyms_and_roles(coder, text: str, expected: tuple[str, str]) -> None:
    doc = Document(id="m", text=text, published=date(2010, 1, 1))
    events = next(coder.code_documents([doc])).events
    assert (events[0].source.code, events[0].target.code) == expected


def test_later_mention_by_title_and_counterpart(coder) -> None:
    text = (
        "Iranian Foreign Minister Kamal Kharazi met his Russian counterpart in Tehran.\n\n"
        "Kharazi later condemned Israel."
    )
    doc = Document(id="c", text=text, published=date(2003, 3, 11))
    events = next(coder.code_documents([doc])).events
    pairs = {(e.source.code, e.target.code) for e in events}
    assert ("IRNGOV", "RUSGOV") in pairs
    assert ("IRNGOV", "ISR") in pairs


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # forces who detain a state's leader known by name are that state's own, whatever
        # other country the sentence names
        (
            "Soldiers detained Prime Minister Abdalla Hamdok on Monday, and the United States "
            "suspended aid.",
            "Soldiers",
            ["SDNMIL"],
        ),
        # not when the officials' nationality is set against them, nor beside another
        # country's forces (the one country the sentence names, as before)
        ("Soldiers arrested two Palestinian ministers near Hebron, Israel said.", "Soldiers", []),
        (
            "Soldiers detained Prime Minister Abdalla Hamdok, the Egyptian army said.",
            "Soldiers",
            ["EGYMIL"],
        ),
    ],
)
def test_forces_seizing_a_state_s_leader_are_that_state_s(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=date(2021, 10, 25)) == expected


def test_people_acting_on_part_of_a_building_are_where_it_stands(parts) -> None:
    text = "Protesters scaled the walls of the U.S. embassy in Cairo."
    assert resolve(parts, text, "Protesters", published=date(2012, 9, 11)) == ["EGYCVL"]
    # only a part of a building leads to it: what is condemned is not where they are
    text = "Protesters condemned the policy of the U.S. embassy in Cairo."
    assert resolve(parts, text, "Protesters", published=date(2012, 9, 11)) == []


def test_a_military_base_stands_for_the_forces_it_houses(parts) -> None:
    text = "Al-Shabaab militants attacked an African Union base in the Lower Shabelle region."
    assert resolve(parts, text, "base", published=date(2016, 1, 15)) == ["IGOAFRAFU"]
    text = "Iranian missiles struck a U.S. military base in Iraq."
    assert resolve(parts, text, "base", published=date(2020, 1, 8)) == ["USAMIL"]


def test_a_national_security_council_is_its_country_s_government(parts) -> None:
    # not the UN Security Council, whose name it holds
    text = "The US National Security Council met on Tuesday and condemned Iran."
    assert resolve(parts, text, "Council", published=date(2018, 4, 2)) == ["USAGOV"]
    text = "Iran's Supreme National Security Council condemned Israel."
    assert resolve(parts, text, "Council", published=date(2018, 4, 2)) == ["IRNGOV"]
    text = "The UN Security Council condemned Israel."
    assert resolve(parts, text, "Council", published=date(2018, 4, 2)) == ["IGOUNO"]
