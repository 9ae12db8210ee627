"""RSS and Atom feeds: each item's content (or summary), link and date."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, Metadata, ReadOptions, Source
from detente.ingest.document import build_document
from detente.ingest.html import fragment_text
from detente.records import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


class FeedReader:
    """Reads every item of an RSS or Atom feed as a document (``feed.xml:3`` is item 3)."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        import feedparser  # only needed for feeds

        parsed = feedparser.parse(source.read_bytes())
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            detail = parsed.get("bozo_exception") or "no feed items found"
            raise InputError(Errors.E016.format(source=source.name, detail=_one_line(detail)))
        feed_title = parsed.feed.get("title") or None
        for number, entry in enumerate(parsed.entries, start=1):
            yield _entry(entry, f"{source.name}:{number}", feed_title, options)


def _entry(
    entry: Any, where: str, feed_title: str | None, options: ReadOptions
) -> Document | InputFailure:
    text = _entry_text(entry)
    if not text:
        return InputFailure(where, Errors.E017.format(source=where))
    meta = Metadata(
        id=entry.get("id") or None,
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        published=_entry_date(entry),
        source=feed_title,
    )
    try:
        return build_document(text, meta, origin=where, options=options)
    except InputError as e:
        return InputFailure(where, str(e))


def _entry_text(entry: Any) -> str:
    """The item's full content if it has one, else its summary; HTML made text."""
    parts = entry.get("content") or []
    detail = parts[0] if parts else entry.get("summary_detail")
    if not detail or not detail.get("value", "").strip():
        return ""
    value = detail["value"]
    return fragment_text(value) if detail.get("type") in _HTML_TYPES else value


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date()
    return None


def _one_line(detail: object) -> str:
    return " ".join(str(detail).split())
