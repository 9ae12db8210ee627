"""In a text of no known date, a known person's title that names another role than every
office the office-holder table knows the person in is the person's role: "General Michel
Aoun" is LBNMIL (the table knows him only as president, 2016-2022), "Opposition leader
Benjamin Netanyahu" ISROPP. A title of a role the table knows stays ("Prime Minister Benjamin
Netanyahu": ISRGOV), and a dated text follows the table. The first sentence is the CAMEO
codebook's example of 128; the others were written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        (
            "A newspaper based in Christian east Beirut has violated a ban by General Michel "
            "Aoun and described his rival Elias Hrawi as president.",
            "Aoun",
            None,
            ["LBNMIL"],
        ),
        (
            "Opposition leader Benjamin Netanyahu criticized the government.",
            "Netanyahu",
            None,
            ["ISROPP"],
        ),
        # a title of an office the table knows: the table's
        ("Prime Minister Benjamin Netanyahu criticized Iran.", "Netanyahu", None, ["ISRGOV"]),
        # dated, in office that day: the table's
        (
            "Opposition leader Benjamin Netanyahu criticized the government.",
            "Netanyahu",
            date(2011, 4, 2),
            ["ISRGOV"],
        ),
    ],
)
def test_titles_in_undated_text(
    parts, text: str, phrase: str, published: date | None, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=published) == expected
