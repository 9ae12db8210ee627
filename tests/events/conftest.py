"""Helpers shared by the coder and lexicon tests."""

from __future__ import annotations

import detente


def triples(text: str, *, published: str = "2011-04-02") -> set[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of every event coded from ``text``."""
    return {
        (
            e.source.code if e.source else None,
            e.cameo.code,
            e.target.code if e.target else None,
        )
        for e in detente.code(text, published=published)
    }
