"""Records with named fields (a JSONL object, a CSV row) to documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from detente.ingest.base import Metadata, ReadOptions
from detente.ingest.dateline import parse_date
from detente.ingest.document import build_document
from detente.ingest.html import extract_html
from detente.records import Document


def record_document(
    record: Mapping[str, Any], *, origin: str, options: ReadOptions
) -> Document | None:
    """The document of one record; ``None`` when it has neither text nor HTML.

    Raises:
        InputError: when the HTML holds no article (E004) or the text is
            empty or too long (E001, E008).
    """
    meta = record_metadata(record, options)
    text = _string(record.get(options.text_field))
    if text is not None:
        return build_document(text, meta, origin=origin, options=options)
    html = _string(record.get(options.html_field))
    if html is None:
        return None
    text, meta = extract_html(html, origin, base=meta)
    return build_document(text, meta, origin=origin, options=options, normalised=True)


def record_metadata(record: Mapping[str, Any], options: ReadOptions) -> Metadata:
    """The metadata fields of a record, as mapped by ``options``."""
    published = _string(record.get(options.date_field))
    return Metadata(
        id=_string(record.get(options.id_field)),
        title=_string(record.get(options.title_field)),
        url=_string(record.get(options.url_field)),
        published=parse_date(published) if published else None,
        source=_string(record.get(options.source_field)),
        place=_string(record.get(options.place_field)),
        dateline=_string(record.get(options.dateline_field)),
    )


def _string(value: Any) -> str | None:
    """A field as text: strings stripped, numbers written out, anything else absent."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None
