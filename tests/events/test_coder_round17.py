"""Round 17 of the coder (real news): a town or region named before a noun of force is its
target ("the Afrin operation"); code names and actors named there are not. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey launched the Afrin operation on Saturday.", ("TUR", "190", "SYR")),
        ("Turkey launched the Deir ez-Zor offensive.", ("TUR", "190", "SYR")),
        ("Russia stepped up its Idlib bombing campaign.", ("RUS", "195", "SYRCVL")),
    ],
)
def test_place_before_a_noun_of_force_is_its_target(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # a code name of capitalised words (Olive Branch is also a town in Mississippi)
        "Turkey launched the Olive Branch operation on Saturday.",
        # a country before the noun may be who attacks, not whom
        "Turkey joined a US offensive on Saturday.",
    ],
)
def test_code_names_and_actors_before_the_noun_are_no_target(text: str) -> None:
    assert not any(t[1].startswith("19") and t[2] is not None for t in triples(text))


def test_no_owner_named_codes_nothing_from_the_place() -> None:
    # "The Afrin offensive was launched ...": whose offensive, the article says elsewhere
    found = triples("The Afrin offensive was launched after the US announced a border force.")
    assert not any(t[1].startswith("19") for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington charged that Japan had violated the agreement.", ("USAGOV", "112", "JPN")),
        (
            "U.S. officials charged that the French government had subsidised the aircraft maker.",
            ("USAGOV", "112", "FRAGOV"),
        ),
    ],
)
def test_charging_that_is_an_accusation_of_the_clause_subject(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    ["Riot police charged into the crowd of Kurdish protesters.", "The Iraqi cavalry charged."],
)
def test_charging_without_a_clause_is_no_accusation(text: str) -> None:
    assert not any(t[1].startswith("11") for t in triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Afghan troops drove the Taliban out of Kunduz.", ("AFGMIL", "190", "AFGREBTAL")),
        ("Libyan rebels pushed Gaddafi forces out of Misrata.", ("LBYREB", "190", "LBYMIL")),
        # people driven out are displaced, as before
        ("Myanmar's army drove Rohingya Muslims out of Rakhine.", ("MMRMIL", "201", "MMRCVL")),
    ],
)
def test_a_foe_driven_out_is_force_people_driven_out_are_displaced(
    text: str, expected: tuple
) -> None:
    assert expected in triples(text)


def test_a_foe_ousted_from_a_place_is_force() -> None:
    found = triples("Afghan troops ousted the Taliban from Kunduz.")
    assert ("AFGMIL", "190", "AFGREBTAL") in found


def test_ousted_from_power_is_no_force() -> None:
    found = triples("The Egyptian army ousted President Mohamed Morsi from power.")
    assert not any(t[1].startswith("19") for t in found)
