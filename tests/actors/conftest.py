"""Helpers shared by the actor-resolution tests: the parts of the pipeline, and the codes
the head of a phrase resolves to."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.kb import load_kb
from detente.actors.resolve import DocContext, KBMatcher, SentenceActors
from detente.nlp.model import load_nlp
from detente.settings import Settings


@pytest.fixture(scope="session")
def parts():
    nlp = load_nlp(Settings().model)
    kb = load_kb()
    return nlp, kb, KBMatcher(nlp, kb)


def resolve(
    parts,
    text: str,
    phrase: str,
    published: date | None = None,
    ctx: DocContext | None = None,
    offset: int = 0,
    nth: int = 0,
) -> list[str]:
    """The codes of the actors the head of ``phrase`` (its ``nth`` occurrence) stands for."""
    nlp, kb, matcher = parts
    doc = nlp(text)
    ctx = ctx or DocContext(kb=kb, published=published)
    actors = SentenceActors(doc, offset, ctx, matcher.spans(doc))
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    return [a.code for a in actors.actors(span.root)]


def read(parts, ctx: DocContext, text: str, offset: int) -> None:
    """Resolve every noun of an earlier sentence of the document, as the pipeline does."""
    nlp, _, matcher = parts
    doc = nlp(text)
    actors = SentenceActors(doc, offset, ctx, matcher.spans(doc))
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN"):
            actors.actor(tok)
    actors.register_references()


def in_document(
    parts,
    sentences: list[str],
    phrase: str,
    published: date = date(2011, 4, 2),
    nth: int = 0,
) -> list[str]:
    """The codes of ``phrase`` in the last of ``sentences``, after reading the others."""
    ctx, offset = read_before(parts, sentences, published)
    return resolve(parts, sentences[-1], phrase, ctx=ctx, offset=offset, nth=nth)


def read_before(parts, sentences: list[str], published: date) -> tuple[DocContext, int]:
    """A document's context after reading all of ``sentences`` but the last, and where the
    last starts."""
    _, kb, _ = parts
    ctx = DocContext(kb=kb, published=published)
    offset = 0
    for sentence in sentences[:-1]:
        read(parts, ctx, sentence, offset)
        offset += len(sentence) + 1
    return ctx, offset
