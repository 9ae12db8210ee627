"""Records to table rows and back.

:func:`coded_rows` flattens :class:`CodedDocument` records into one column dict
per table; :func:`event_from_row` turns a flat event row back into the public
JSON object of :meth:`Event.to_dict`, so that an event read from the database is
written out exactly as the coder wrote it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from detente.records import SCHEMA_VERSION, Actor, CodedDocument, Document, Event, Quote, Sentence
from detente.store.schema import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    SIGNATURE_COLUMNS,
    SOURCE_COLUMNS,
    Column,
)

#: Sentences of a text without paragraph breaks (or of a long first paragraph) that
#: make its lead, for GDELT's IsRootEvent.
LEAD_SENTENCES = 3

Rows = dict[str, list[Any]]


def _empty(columns: tuple[Column, ...]) -> Rows:
    return {c.name: [] for c in columns}


def _append(rows: Rows, values: Mapping[str, Any]) -> None:
    for name, column in rows.items():
        column.append(values.get(name))


def _actor_values(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {}
    return {
        f"{prefix}_text": actor.text,
        f"{prefix}_code": actor.code,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_name": actor.name,
        f"{prefix}_rule": actor.rule,
    }


def _plover_values(plover: dict[str, Any] | None) -> dict[str, Any]:
    if plover is None:
        return {}
    kind = plover.get("event", plover.get("type", plover.get("event_type")))
    return {
        "plover_type": None if kind is None else str(kind),
        "plover_mode": _str_or_none(plover.get("mode")),
        "plover_context": _context_text(plover.get("context")),
        "plover_intensity": _float_value(plover.get("intensity")),
        "plover": json.dumps(plover, ensure_ascii=False, default=str),
    }


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _float_value(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _context_text(value: Any) -> str | None:
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value) or None
    return _str_or_none(value)


def event_key(event: Event) -> str | None:
    """What makes two reports the same event: date, source code, target code, CAMEO
    code and factuality, as ``2003-03-11|RUSGOV|IRN|042|asserted``.

    Undated events have no key: they are never merged. ``EVENT_KEY_SQL`` in
    ``schema.py`` computes the same key in SQL.
    """
    if event.date is None:
        return None
    return "|".join(
        (
            event.date.isoformat(),
            event.source.code if event.source else "",
            event.target.code if event.target else "",
            event.cameo.code,
            event.factuality,
        )
    )


def event_values(event: Event, gid: int) -> dict[str, Any]:
    """One row of the ``events`` table."""
    ev, place = event.evidence, event.location
    values: dict[str, Any] = {
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "date": event.date,
        "cameo_code": event.cameo.code,
        "cameo_root": event.cameo.root,
        "cameo_name": event.cameo.name,
        "goldstein": float(event.goldstein),
        "quad_class": event.quad_class,
        "factuality": event.factuality,
        "sentence_index": ev.sentence_index,
        "sentence": ev.sentence,
        "trigger": ev.trigger,
        "start": ev.start,
        "end": ev.end,
        "rule": event.rule,
        "gid": gid,
        "raw": json.dumps(event.to_dict(), ensure_ascii=False),
        "tone": _float_value(event.tone),
        "event_key": event_key(event),
        **_actor_values("source", event.source),
        **_actor_values("target", event.target),
        **_plover_values(event.plover),
    }
    if event.reported_by is not None:
        values.update(_actor_values("reported_by", event.reported_by))
    if place is not None:
        values.update(
            location_name=place.name,
            location_country=place.country,
            location_fips=place.fips,
            location_admin1=place.admin1,
            location_geonameid=place.geonameid,
            lat=place.lat,
            lon=place.lon,
        )
    return values


def lead_end(doc: Document, sentences: Sequence[Sentence]) -> int:
    """Offset in ``doc.text`` where the lead ends (GDELT's IsRootEvent).

    The lead is the first paragraph (up to the first blank line), and at most the
    first :data:`LEAD_SENTENCES` sentences (all of a text without paragraph breaks).
    """
    body_start = len(doc.text) - len(doc.text.lstrip())
    brk = doc.text.find("\n\n", body_start)
    end = brk if brk != -1 else len(doc.text)
    if len(sentences) > LEAD_SENTENCES:
        end = min(end, sentences[LEAD_SENTENCES - 1].end)
    return end


def mention_values(
    event: Event, doc: Document, lead: int, event_id: str | None = None
) -> dict[str, Any]:
    """One row of the ``mentions`` table: ``event`` as reported by ``doc``.

    ``event_id`` is the stored event it is a report of (default: its own id).
    """
    ev = event.evidence
    return {
        "event_id": event_id or event.event_id,
        "doc_id": doc.id,
        "sentence_index": ev.sentence_index,
        "is_root": ev.start < lead or ev.sentence_index == 0,
        "actor1_offset": event.source.start if event.source else None,
        "actor2_offset": event.target.start if event.target else None,
        "action_offset": ev.start,
        "doc_len": len(doc.text),
        "tone": _float_value(event.tone),
    }


def quote_values(quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "doc_id": quote.doc_id,
        "quote_id": quote.quote_id,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "direct": quote.direct,
        "speaker_text": quote.speaker_text,
        "speaker_code": speaker.code if speaker else None,
        "speaker_country": speaker.country if speaker else None,
        "speaker_sector": speaker.sector if speaker else None,
        "raw": json.dumps(quote.to_dict(), ensure_ascii=False),
    }


def document_values(coded: CodedDocument, added_at: datetime) -> dict[str, Any]:
    doc = coded.doc
    tone = doc.tone if doc.tone is not None else doc.meta.get("tone")
    return {
        **{k: v for k, v in doc.to_dict().items() if k != "published"},
        "published": doc.published,
        "n_sentences": len(coded.sentences),
        "n_events": len(coded.events),
        "n_quotes": len(coded.quotes),
        "tone": float(tone) if isinstance(tone, int | float) and math.isfinite(tone) else None,
        "meta": json.dumps(doc.meta, ensure_ascii=False, default=str),
        "added_at": added_at,
    }


def source_values(doc: Document) -> list[dict[str, Any]]:
    """The articles a document stands for: itself, then any in ``doc.meta["sources"]``.

    An extra source is a dict with ``source``, ``url`` and ``published`` keys, or a
    plain URL string.
    """
    rows = [{"doc_id": doc.id, "source": doc.source, "url": doc.url, "published": doc.published}]
    for extra in doc.meta.get("sources") or ():
        if isinstance(extra, str):
            extra = {"url": extra}
        if isinstance(extra, Mapping):
            rows.append(
                {
                    "doc_id": doc.id,
                    "source": _str_or_none(extra.get("source")),
                    "url": _str_or_none(extra.get("url")),
                    "published": _as_date(extra.get("published")),
                }
            )
    seen: set[tuple[Any, Any]] = set()
    unique = []
    for i, row in enumerate(rows):
        key = (row["source"], row["url"])
        if key not in seen:
            seen.add(key)
            unique.append({**row, "is_primary": i == 0})
    return unique


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def signature_values(doc: Document) -> dict[str, Any]:
    """One row of the ``signatures`` table: the document's text hash and MinHash."""
    from detente.dedup import fingerprint

    mark = fingerprint(doc.text)
    return {"doc_id": doc.id, "text_hash": mark.text_hash, "minhash": mark.minhash_bytes()}


def coded_rows(
    coded: Iterable[CodedDocument],
    first_gid: int,
    added_at: datetime,
    known: dict[str, str] | None = None,
) -> dict[str, Rows]:
    """Column dicts for every table, for documents not yet stored.

    ``known`` maps :func:`event_key` to the stored event of that key; an event
    whose key is known (stored, or met earlier in ``coded``) adds a mention of the
    stored event and no event row. It is updated with the events added.
    """
    known = {} if known is None else known
    rows = {
        "documents": _empty(DOCUMENT_COLUMNS),
        "sources": _empty(SOURCE_COLUMNS),
        "events": _empty(EVENT_COLUMNS),
        "mentions": _empty(MENTION_COLUMNS),
        "quotes": _empty(QUOTE_COLUMNS),
        "signatures": _empty(SIGNATURE_COLUMNS),
    }
    gid = first_gid
    for item in coded:
        _append(rows["documents"], document_values(item, added_at))
        _append(rows["signatures"], signature_values(item.doc))
        for source in source_values(item.doc):
            _append(rows["sources"], source)
        lead = lead_end(item.doc, item.sentences)
        for event in item.events:
            key = event_key(event)
            stored = known.get(key) if key is not None else None
            if stored is None:
                _append(rows["events"], event_values(event, gid))
                gid += 1
                if key is not None:
                    known[key] = event.event_id
            _append(rows["mentions"], mention_values(event, item.doc, lead, stored))
        for quote in item.quotes:
            _append(rows["quotes"], quote_values(quote))
    return rows


# --- back to the public JSON shape -------------------------------------------------


def clean(value: Any) -> Any:
    """``value`` as a plain Python value: None for NULL/NaN/NaT, no numpy scalars."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        return value.item()
    return value


def iso_date(value: Any) -> str | None:
    value = clean(value)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def _actor_dict(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    code, text = clean(row.get(f"{prefix}_code")), clean(row.get(f"{prefix}_text"))
    if code is None and text is None:
        return None
    return {
        "text": text,
        "code": code,
        "country": clean(row.get(f"{prefix}_country")),
        "sector": clean(row.get(f"{prefix}_sector")),
    }


def _int_or_none(value: Any) -> int | None:
    value = clean(value)
    return None if value is None else int(value)


def _float_or_none(value: Any) -> float | None:
    value = clean(value)
    return None if value is None else float(value)


def event_from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The public JSONL object (the shape of :meth:`Event.to_dict`) of a flat event row.

    ``row`` is a row of :meth:`Store.events` (a pandas row or a dict).
    """
    name = clean(row.get("location_name"))
    location = None
    if name is not None:
        location = {
            "name": name,
            "country": clean(row.get("location_country")),
            "lat": _float_or_none(row.get("lat")),
            "lon": _float_or_none(row.get("lon")),
            "fips": clean(row.get("location_fips")),
            "admin1": clean(row.get("location_admin1")),
            "geonameid": _int_or_none(row.get("location_geonameid")),
        }
    plover = clean(row.get("plover"))
    return {
        "schema": SCHEMA_VERSION,
        "doc_id": clean(row.get("doc_id")),
        "event_id": clean(row.get("event_id")),
        "date": iso_date(row.get("date")),
        "source": _actor_dict(row, "source"),
        "target": _actor_dict(row, "target"),
        "cameo": {
            "code": clean(row.get("cameo_code")),
            "root": clean(row.get("cameo_root")),
            "name": clean(row.get("cameo_name")),
        },
        "goldstein": _float_or_none(row.get("goldstein")),
        "quad_class": _int_or_none(row.get("quad_class")),
        "factuality": clean(row.get("factuality")),
        "location": location,
        "evidence": {
            "sentence": clean(row.get("sentence")),
            "sentence_index": _int_or_none(row.get("sentence_index")),
            "trigger": clean(row.get("trigger")),
            "start": _int_or_none(row.get("start")),
            "end": _int_or_none(row.get("end")),
        },
        "rule": clean(row.get("rule")),
        "reported_by": _actor_dict(row, "reported_by"),
        "plover": json.loads(plover) if isinstance(plover, str) else plover,
        "tone": _float_or_none(row.get("tone")),
    }
