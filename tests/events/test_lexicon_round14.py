"""Lexicon round 14 (real news): "hit back at" comments, remarks or criticism is a verbal
rebuke (111); hitting back at an actor stays the use of force (190)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq's president has hit back at comments made by President Barack Obama.",
         ("IRQGOV", "111", "USAGOV")),
        ("Iran hit back at criticism from the United States.", ("IRN", "111", "USA")),
        ("Israel hit back at Hamas with air strikes.", ("ISR", "190", "PSEREBHMS")),
    ],
)  # fmt: skip
def test_hit_back_at(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)
