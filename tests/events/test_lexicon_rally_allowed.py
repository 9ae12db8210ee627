"""Permission to hold a rally given to the one named before the complement (0811): also
"stage" a rally, protest, demonstration or march, and "bring out" or "take out" a rally or
procession, as South Asian news writes it (after the plover example "The Federal Minister for
Interior ... allowed opposition leader Maulana Fazl-ur-Rehman to bring out ... Rally"). A
camera brought out, or exercises staged, are none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan's interior minister allowed the opposition leader to bring out a rally.",
            ("PAKGOV", "0811", "PAKOPP"),
        ),
        (
            "The Pakistani government permitted the opposition to take out a rally in Lahore.",
            ("PAKGOV", "0811", "PAKOPP"),
        ),
        (
            "The Pakistani government allowed the opposition to stage a march.",
            ("PAKGOV", "0811", "PAKOPP"),
        ),
    ],
)
def test_rally_allowed(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani army allowed journalists to bring out their cameras.",
        "The Pakistani government allowed the army to stage exercises.",
    ],
)
def test_no_rally_allowed(text: str) -> None:
    assert not any(code == "0811" for _, code, _ in triples(text))
