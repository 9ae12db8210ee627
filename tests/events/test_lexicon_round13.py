"""Lexicon round 13 (events the coder missed): civilians, villagers or passengers released,
freed or set free (0841, as 'release hostage'; a role word of no country is no target actor, so
the general 'release $T' finds none); permission given or granted (080), refused when said not
to be given (124)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obama gave permission to Russia to help Israel.", ("USAGOV", "080", "RUS")),
        ("Obama gave Russia permission to help Israel.", ("USAGOV", "080", "RUS")),
        ("Egypt granted permission for the warships to pass.", ("EGY", "080", None)),
        # said it would not give it, or refused to: refused to yield (124)
        (
            "Obama said he would not give permission to Russia to help Israel.",
            ("USAGOV", "124", "RUS"),
        ),
        ("Israel refused to give permission to the UN.", ("ISR", "124", "IGOUNO")),
    ],
)
def test_permission_given(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)
