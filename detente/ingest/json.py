"""JSON files holding several records (for one object per line, see :mod:`jsonl`).

Three shapes are read: a list of objects; an object of objects keyed by id (the
MUC-4 corpus: ``{"TST1-MUC3-0001": {"doc": "..."}}``), where the key is the id
unless the record has one; and a single record object.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, ReadOptions, Source
from detente.ingest.decode import decode
from detente.ingest.mapping import record_document
from detente.records import Document


class JsonReader:
    """Reads the records of a JSON file (``corpus.json:TST1-MUC3-0001`` or ``corpus.json:3``)."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        try:
            data = json.loads(decode(source.read_bytes(), source.name))
        except json.JSONDecodeError as e:
            detail = f"{e.msg}: line {e.lineno}, column {e.colno}"
            raise InputError(Errors.E021.format(source=source.name, detail=detail)) from e
        for key, record in _records(data, options, source.name):
            yield _record(record, key, source.name, options)


def _records(data: Any, options: ReadOptions, name: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(data, list):
        yield from ((str(n), r) for n, r in enumerate(data, start=1))
    elif isinstance(data, dict) and (options.text_field in data or options.html_field in data):
        yield "1", data
    elif isinstance(data, dict) and data and all(isinstance(v, dict) for v in data.values()):
        for key, record in data.items():
            yield key, {options.id_field: key, **record}
    else:
        detail = "expected a list of objects, an object of objects, or one record"
        raise InputError(Errors.E021.format(source=name, detail=detail), source=name)


def _record(record: Any, key: str, name: str, options: ReadOptions) -> Document | InputFailure:
    where = f"{name}:{key}"
    if not isinstance(record, dict):
        detail = f"record {key} is a JSON {type(record).__name__}, not an object"
        return InputFailure(where, Errors.E021.format(source=name, detail=detail))
    try:
        doc = record_document(record, origin=where, options=options)
    except InputError as e:
        return InputFailure(where, str(e))
    if doc is None:
        message = Errors.E020.format(
            source=name, record=key, field=options.text_field, html_field=options.html_field
        )
        return InputFailure(where, message)
    return doc
