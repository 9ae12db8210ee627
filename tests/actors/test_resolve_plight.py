"""The lot of people (welfare, fate, plight, safety, whereabouts) is theirs: "investigated
welfare of nearly 2,000 Libyans" targets the Libyans, LBYCVL (was LBY, the country the phrase's
words give). A phrase of another head keeps its words. The first sentence is the CAMEO
codebook's example of 092 (shortened); the others were written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve

DAY = date(2011, 4, 2)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Members of the Association of African Jurists investigated welfare of nearly "
            "2,000 Libyans.",
            "welfare",
            ["LBYCVL"],
        ),
        ("The UN investigated the fate of 300 Libyans held in Chad.", "fate", ["LBYCVL"]),
        # another head: the words of the phrase
        ("The UN investigated the report of 300 Libyans held in Chad.", "report", ["LBY"]),
    ],
)
def test_the_lot_of_people(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=DAY) == expected
