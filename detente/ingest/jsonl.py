"""JSON Lines: one article per line, as an object with ``text`` or ``html``."""

from __future__ import annotations

import json
from collections.abc import Iterator

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, ReadOptions, Source
from detente.ingest.mapping import record_document
from detente.records import Document


class JsonlReader:
    """Reads one document per line; a bad line is reported and skipped."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        seen = False
        offset = 0
        with source.open() as stream:
            for number, raw in enumerate(stream, start=1):
                start, offset = offset, offset + len(raw)
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                seen = True
                yield _line(raw, number, start, source.name, options)
        if not seen:
            raise InputError(Errors.E001.format(source=source.name), source=source.name)


def _line(
    raw: bytes, number: int, start: int, name: str, options: ReadOptions
) -> Document | InputFailure:
    where = f"{name}:{number}"
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        return InputFailure(where, Errors.E003.format(source=where, position=start + e.start))
    except json.JSONDecodeError as e:
        detail = f"{e.msg}: column {e.colno}"
        return InputFailure(where, Errors.E006.format(source=name, line=number, detail=detail))
    if not isinstance(obj, dict):
        detail = f"a JSON {type(obj).__name__}, not an object"
        return InputFailure(where, Errors.E006.format(source=name, line=number, detail=detail))
    try:
        doc = record_document(obj, origin=where, options=options)
    except InputError as e:
        return InputFailure(where, str(e))
    return doc if doc is not None else InputFailure(where, missing_text(name, number, options))


def missing_text(name: str, number: int, options: ReadOptions) -> str:
    """The message for a line without text, naming the fields looked at."""
    if (options.text_field, options.html_field) == ("text", "html"):
        return Errors.E007.format(source=name, line=number)
    return Errors.E011.format(
        source=name, line=number, field=options.text_field, html_field=options.html_field
    )
