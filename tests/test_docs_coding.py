"""The examples of docs/coding.md are coded as the page says (real spaCy)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import detente

DOC = Path(__file__).resolve().parent.parent / "docs" / "coding.md"


def _examples() -> list[tuple[str, str]]:
    """(sentence, what is coded) from the tables; rows with "..." are fragments."""
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[2] in ("coded", "---") or "..." in cells[1]:
            continue
        for sentence in cells[1].split(" / "):
            rows.append((sentence, cells[2]))
    return rows


def _expected(coded: str) -> list[tuple[str | None, str, str | None] | str]:
    out: list[tuple[str | None, str, str | None] | str] = []
    for part in coded.split(", "):
        words = part.split()
        if "`" in part:
            continue
        if len(words) == 1:
            out.append(words[0])
        else:
            source, code, target = words
            out.append((None if source == "—" else source, code, None if target == "—" else target))
    return out


def test_the_page_has_examples() -> None:
    assert len(_examples()) >= 20


@pytest.mark.parametrize(("sentence", "coded"), _examples())
def test_documented_example(sentence: str, coded: str) -> None:
    events = detente.code(sentence, published="2011-04-02")
    triples = {
        (e.source.code if e.source else None, e.cameo.code, e.target.code if e.target else None)
        for e in events
    }
    codes = {e.cameo.code for e in events}
    if coded == "nothing":
        assert not triples, triples
        return
    for expected in _expected(coded):
        if isinstance(expected, str):
            assert re.fullmatch(r"\d{2,4}", expected) and expected in codes, (expected, codes)
        else:
            assert expected in triples, (expected, triples)
