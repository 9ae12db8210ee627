"""Rendering coded output for people (rich tables) and programs (JSON lines)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from rich.console import Console
from rich.table import Table

from detente.records import CodedDocument, Event, Quote

EXCERPT_CHARS = 90


def event_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=False)


def write_jsonl(coded: Iterable[CodedDocument], out: IO[str], *, quotes: bool = True) -> int:
    """Write one JSON object per event (and per quote) to ``out``; return the event count."""
    n = 0
    for cd in coded:
        for event in cd.events:
            out.write(event_json(event) + "\n")
            n += 1
        if quotes:
            for quote in cd.quotes:
                out.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    return n


def excerpt(event: Event, width: int = EXCERPT_CHARS) -> str:
    """The evidence sentence, cut around the trigger."""
    sentence = event.evidence.sentence
    if len(sentence) <= width:
        return sentence
    trigger_at = sentence.find(event.evidence.trigger)
    start = max(0, min(trigger_at - width // 3, len(sentence) - width))
    text = sentence[start : start + width]
    return ("…" if start else "") + text + ("…" if start + width < len(sentence) else "")


def events_table(events: Iterable[Event], *, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for name in ("date", "source", "code", "event", "target", "fact.", "place", "evidence"):
        table.add_column(name, overflow="fold")
    for e in events:
        table.add_row(
            e.date.isoformat() if e.date else "",
            f"{e.source.code}\n[dim]{e.source.text}[/]" if e.source else "—",
            e.cameo.code,
            e.cameo.name,
            f"{e.target.code}\n[dim]{e.target.text}[/]" if e.target else "—",
            e.factuality,
            e.location.name if e.location else "",
            excerpt(e),
        )
    return table


def quotes_table(quotes: Iterable[Quote]) -> Table:
    table = Table(title="quotations", expand=False)
    for name in ("speaker", "code", "kind", "quote"):
        table.add_column(name, overflow="fold")
    for q in quotes:
        text = q.text if len(q.text) <= EXCERPT_CHARS else q.text[: EXCERPT_CHARS - 1] + "…"
        table.add_row(
            q.speaker_text or "?",
            q.speaker.code if q.speaker else "",
            "direct" if q.direct else "indirect",
            text,
        )
    return table


def print_table(coded: Iterable[CodedDocument], console: Console) -> int:
    n = 0
    for cd in coded:
        label = cd.doc.title or cd.doc.origin or cd.doc.id
        if cd.events:
            console.print(events_table(cd.events, title=f"{label} — {len(cd.events)} events"))
        else:
            console.print(f"[dim]{label}: no events[/]")
        if cd.quotes:
            console.print(quotes_table(cd.quotes))
        n += len(cd.events)
    return n
