"""Round 16b of actor resolution: a name compounded on one ally, rival or neighbour names the
relation's other party, not the one the head names ("its Nato ally" is not Nato; "its
Syrian ally" is Syria). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Erdogan threatened to confront its Nato ally.", "ally", []),
        ("Russia criticised a key US ally.", "ally", []),
        ("Russia backed its Syrian ally.", "ally", ["SYR"]),
        (
            "Hezbollah killed a chief of Israel's militia ally in southern Lebanon.",
            "ally",
            ["LBNUAF"],
        ),
        # the plural, the alliance's members together, stays the alliance
        ("Nato allies condemned Russia.", "allies", ["IGONAT"]),
    ],
)
def test_a_name_on_one_ally_is_the_other_party(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase) == expected
