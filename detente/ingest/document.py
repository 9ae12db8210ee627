"""From text and metadata to a :class:`Document`: furniture, title, dateline, id."""

from __future__ import annotations

from detente.errors import Errors, InputError
from detente.ingest.base import Metadata, ReadOptions
from detente.ingest.dateline import find_dateline, parse_dateline
from detente.ingest.decode import normalise
from detente.ingest.furniture import strip_furniture
from detente.records import Document, stable_id


def build_document(
    text: str, meta: Metadata, *, origin: str, options: ReadOptions, normalised: bool = False
) -> Document:
    """The document for ``text``: normalised once, furniture removed, dateline read.

    Publication date, place and source come from ``meta`` when given, else from
    the dateline (a ``meta.dateline`` first, then one in the text).

    Raises:
        InputError: E001 when no text is left, E008 when the text is too long.
    """
    if not normalised:
        text = normalise(text)
    title = _clean(meta.title)
    if options.strip_furniture and text:
        head = strip_furniture(text, title=title)
        text, title = head.text, title or head.title
    if not text:
        raise InputError(Errors.E001.format(source=origin), source=origin)
    if len(text) > options.max_chars:
        message = Errors.E008.format(source=origin, size=len(text), limit=options.max_chars)
        raise InputError(message, source=origin)
    known = meta.published or options.published
    year = known.year if known else None
    given = parse_dateline(meta.dateline, year=year) if meta.dateline else None
    found = find_dateline(text, year=year)
    dateline = given or found
    extra = dict(meta.extra)
    if found is not None:
        extra["dateline"] = {"text": found.text, "start": found.start, "end": found.end}
    return Document(
        id=meta.id or stable_id(text),
        text=text,
        title=title,
        url=_clean(meta.url),
        published=meta.published or (dateline.published if dateline else None) or options.published,
        source=_clean(meta.source) or (dateline.source if dateline else None),
        place=_clean(meta.place) or (dateline.place if dateline else None),
        origin=origin,
        meta=extra,
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalise(value).split())
    return value or None
