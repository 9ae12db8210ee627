"""Lexicon round 13 (events the coder missed): civilians, villagers or passengers released,
freed or set free (0841, as 'release hostage'; a role word of no country is no target actor, so
the general 'release $T' finds none)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin released the civilians.", ("RUSGOV", "0841", None)),
        ("The Taliban freed 30 villagers on Sunday.", ("AFGREBTAL", "0841", None)),
        ("Somali pirates released the passengers.", ("SOMCRM", "0841", "SOMCVL")),
        # the passive with its agent, the subject's phrase misparsed as a clause of its own
        (
            "The civilians imprisoned for acting against Moscow were released yesterday by "
            "Putin himself.",
            ("RUSGOV", "0841", None),
        ),
    ],
)
def test_people_released(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


def test_a_statement_released_is_no_release_of_people() -> None:
    assert not any(code == "0841" for _, code, _ in triples("Putin released a statement."))
