"""The record types that every stage of detente reads and writes.

One name for one thing everywhere: ``doc`` is a :class:`Document`, ``event`` an
:class:`Event`. Records are frozen dataclasses; ``to_dict`` gives the public JSON
shape documented in ``docs/schema.md`` (versioned by :data:`SCHEMA_VERSION`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

#: Version of the public JSONL/event schema. Bump the minor part when fields are
#: added; the major part never changes for a released schema (fields are only added).
SCHEMA_VERSION = "1.1"

Factuality = Literal["asserted", "negated", "hypothetical", "future"]
FACTUALITY_VALUES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and what is known about where it came from.

    ``text`` is the article body with boilerplate removed; every character offset
    in the output points into it.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    place: str | None = None
    origin: str | None = None  # the file (and line) it was read from
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    tone: float | None = None  # GDELT-style tone of the whole text (detente.nlp.tone)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "place": self.place,
            "origin": self.origin,
            "text": self.text,
            "tone": self.tone,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, with character offsets into ``Document.text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: the mention in the text and its CAMEO code.

    ``code`` is the full CAMEO actor code (``RUSGOV``, ``IGOUNO``, ``USA``);
    ``country`` the ISO3 country (None for organisations without one);
    ``sector`` the first role code (``GOV``, ``MIL``...), if any. ``rule`` says
    which rule or knowledge-base entry gave the code.
    """

    text: str
    code: str
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None
    name: str | None = None  # canonical name of a person or organisation
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A located place: name, ISO3 and FIPS country codes, coordinates."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    fips: str | None = None
    admin1: str | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "fips": self.fips,
            "admin1": self.admin1,
            "geonameid": self.geonameid,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in the document an event was found: the sentence and the trigger."""

    sentence: str
    sentence_index: int
    trigger: str
    start: int  # offset of the trigger in Document.text
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Cameo:
    """A CAMEO event code with its root and name."""

    code: str
    root: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "root": self.root, "name": self.name}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: source actor, action, target actor, with its evidence."""

    doc_id: str
    event_id: str
    date: date | None
    source: Actor | None
    target: Actor | None
    cameo: Cameo
    goldstein: float
    quad_class: int
    factuality: Factuality
    evidence: Evidence
    location: Place | None = None
    rule: str | None = None  # the lexicon entry that produced the event
    reported_by: Actor | None = None
    plover: dict[str, Any] | None = None
    tone: float | None = None  # GDELT-style tone of the evidence sentence (detente.nlp.tone)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo.to_dict(),
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "factuality": self.factuality,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "rule": self.rule,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "plover": self.plover,
            "tone": self.tone,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quotation and its speaker."""

    doc_id: str
    quote_id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: Actor | None = None
    speaker_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "record": "quote",
            "doc_id": self.doc_id,
            "quote_id": self.quote_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direct": self.direct,
            "speaker_text": self.speaker_text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """A document with what the coder found in it."""

    doc: Document
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...] = ()


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hash of ``parts`` that is the same on every run and machine."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]
