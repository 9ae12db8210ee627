"""Synthetic coded documents, built by hand, for tests and benchmarks of the store.

They are real :class:`CodedDocument` records (the same types the coder emits),
with deterministic ids, so that two runs build identical records.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from detente.records import (
    Actor,
    Cameo,
    CodedDocument,
    Document,
    Event,
    Evidence,
    Place,
    Quote,
    Sentence,
    stable_id,
)

_ACTORS = (
    Actor("Russian Foreign Minister Igor Ivanov", "RUSGOV", "RUS", "GOV", name="Igor Ivanov"),
    Actor("Iran", "IRN", "IRN", None),
    Actor("Washington", "USAGOV", "USA", "GOV"),
    Actor("Chinese troops", "CHNMIL", "CHN", "MIL"),
    Actor("the United Nations", "IGOUNO", None, None),
)
_ACTIONS = (
    (Cameo("042", "04", "Make a visit"), 1.9, 1, "visited"),
    (Cameo("1123", "11", "Accuse of aggression"), -4.4, 3, "accused"),
    (Cameo("057", "05", "Sign formal agreement"), 8.0, 2, "signed"),
    (Cameo("190", "19", "Use conventional military force"), -10.0, 4, "attacked"),
)
_PLACES = (
    Place("Tehran", "IRN", 35.6944, 51.4215, fips="IR", admin1="26", geonameid=112931),
    Place("Moscow", "RUS", 55.7522, 37.6156, fips="RS", admin1="48", geonameid=524901),
    None,
)


def make_coded(
    i: int, *, events: int = 3, quotes: int = 1, start: date = date(2003, 1, 1)
) -> CodedDocument:
    """The ``i``-th synthetic document with ``events`` events and ``quotes`` quotes."""
    doc_id = f"doc-{i:06d}"
    day = start + timedelta(days=(i * 7) % 730)
    sentences, evs = [], []
    offset = 0
    for k in range(events):
        source, target = _ACTORS[(i + k) % 5], _ACTORS[(i + k + 1) % 5]
        cameo, goldstein, quad, verb = _ACTIONS[(i + k) % 4]
        text = f"{source.text} {verb} {target.text} on day {k}."
        sentences.append(Sentence(k, offset, offset + len(text), text))
        trigger_at = offset + len(source.text) + 1
        evs.append(
            Event(
                doc_id=doc_id,
                event_id=stable_id(doc_id, k),
                date=None if (i + k) % 11 == 10 else day,
                source=None if (i + k) % 13 == 12 else source,
                target=target,
                cameo=cameo,
                goldstein=goldstein,
                quad_class=quad,
                factuality="asserted" if k % 4 else "hypothetical",
                evidence=Evidence(text, k, verb, trigger_at, trigger_at + len(verb)),
                location=_PLACES[(i + k) % 3],
                rule=f"synthetic.{verb}",
                reported_by=_ACTORS[2] if k == 1 else None,
                plover={
                    "event": "CONSULT",
                    "mode": "visit",
                    "context": ["diplomatic"],
                    "intensity": 1.0,
                }
                if cameo.root == "04"
                else None,
            )
        )
        offset += len(text) + 2
    body = "\n\n".join(s.text for s in sentences) or "Nothing happened."
    quote_text = "We will not give in."
    body += f' "{quote_text}"'
    doc = Document(
        id=doc_id,
        text=body,
        title=f"Story {i}",
        url=f"https://news.example/{i}",
        published=day,
        source=("rferl", "afp", "reuters")[i % 3],
        meta={"tone": -2.5 + (i % 5)} if i % 2 else {},
    )
    qstart = body.index(quote_text)
    quotes_ = tuple(
        Quote(
            doc_id,
            stable_id(doc_id, "q", q),
            quote_text,
            qstart,
            qstart + len(quote_text),
            True,
            _ACTORS[0],
            "Ivanov",
        )
        for q in range(quotes)
    )
    return CodedDocument(doc, tuple(sentences), tuple(evs), quotes_)


def synthetic_documents(n: int, *, events: int = 3, quotes: int = 1) -> Iterator[CodedDocument]:
    """``n`` synthetic documents, ``doc-000000`` onwards."""
    for i in range(n):
        yield make_coded(i, events=events, quotes=quotes)
