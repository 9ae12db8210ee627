"""The subject of a relative clause whose object is the antecedent ("the Wagner group,
which it accused") is not the antecedent: it is the subject of the clause the antecedent
stands in. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Russia expelled the British diplomat, whom it accused of spying.",
            " it ",
            ["RUS"],
        ),
        (
            "The United States sanctioned the Iranian oil minister, whom it accused of "
            "funding Hezbollah.",
            " it ",
            ["USA"],
        ),
        # not the antecedent when the antecedent is the subject of the clause above
        (
            "Egypt said the Sudanese rebels, whom it blamed for the raid, had fled.",
            " it ",
            ["EGY"],
        ),
    ],
)
def test_object_relative_clause_subject(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


def test_relative_clause_accusation_is_coded_from_the_outside() -> None:
    events = detente.code(
        "The European Union imposed sanctions on six members of the Wagner group, which it "
        "accused of committing serious human rights abuses in Libya.",
        published=date(2020, 12, 13),
    )
    triples = {(e.source.code, e.cameo.code, e.target.code if e.target else None) for e in events}
    assert ("IGOEEC", "1122", "RUSMIL") in triples
    assert not any(e.source.code == "RUSMIL" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Myanmar's junta warned protesters that they were risking their lives by joining a "
            "general strike.",
            ["MMRCVL"],
        ),
    ],
)
def test_they_agrees_with_a_plural_told_not_a_single_speaker(parts, text, expected) -> None:
    assert resolve(parts, text, " they ") == expected


def test_they_after_two_speakers_is_not_the_plural_told() -> None:
    events = detente.code(
        "Russia and China told the protesters that they would send aid to Syria.",
        published=date(2021, 2, 21),
    )
    intents = {e.source.code for e in events if e.cameo.code.startswith("03")}
    assert intents and intents <= {"RUS", "CHN"}
