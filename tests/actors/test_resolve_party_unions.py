"""A capitalised "Union" in a party's name is no trade union: a name holding a political word
and no word of work is a party (PTY), as the Homeland Union (Conservatives) of Lithuania or
Germany's Christian Democratic Union; trade unions keep LAB. Sentences written for these tests
(the first after the codebook's example of 140)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve

DAY = date(2011, 4, 2)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The Homeland Union (Conservatives) began collecting signatures in Lithuania.",
            "Union",
            ["LTUPTY"],
        ),
        ("The Homeland Union criticized the Lithuanian government.", "Union", ["LTUPTY"]),
        # the CDU is in parties.tsv, by its standing: in government on DAY (session 15)
        ("Germany's Christian Democratic Union criticized the government.", "Union", ["DEUGOVPTY"]),
        # trade unions stay labour
        (
            "The National Union of Mineworkers criticized the British government.",
            "Union",
            ["GBRLAB"],
        ),
        ("The Transport Workers Union criticized the Australian government.", "Union", ["AUSLAB"]),
        ("The Solidarity union criticized the Polish government.", "union", ["POLLAB"]),
    ],
)
def test_unions_named(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=DAY) == expected
