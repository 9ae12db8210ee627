"""CSV (and TSV) files: one article per row, columns mapped by the read options."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import PurePath

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, ReadOptions, Source
from detente.ingest.decode import decode
from detente.ingest.mapping import record_document
from detente.records import Document


class CsvReader:
    """Reads a CSV file with a header row; a row without text is reported and skipped.

    Rows are numbered from 1 after the header (``guardian.csv:17`` is the 17th
    article row).
    """

    name = "csv"

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        text = decode(source.read_bytes(), source.name)
        delimiter = (
            "\t" if PurePath(source.hint).suffix.lower() == ".tsv" else options.csv_delimiter
        )
        # The csv module refuses fields over 128 KiB; articles may be longer.
        csv.field_size_limit(max(csv.field_size_limit(), options.max_chars + 1))
        rows = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        columns = rows.fieldnames or []
        if options.text_field not in columns and options.html_field not in columns:
            shown = ", ".join(repr(c) for c in columns)
            message = Errors.E013.format(
                source=source.name, field=options.text_field, columns=shown
            )
            raise InputError(message, source=source.name)
        number = 0
        try:
            for number, row in enumerate(rows, start=1):
                yield _row(row, number, source.name, options)
        except csv.Error as e:
            where = f"{source.name}:{number + 1}"
            yield InputFailure(where, Errors.E009.format(source=where, detail=f"CSV: {e}"))


def _row(
    row: dict[str, str], number: int, name: str, options: ReadOptions
) -> Document | InputFailure:
    where = f"{name}:{number}"
    try:
        doc = record_document(row, origin=where, options=options)
    except InputError as e:
        return InputFailure(where, str(e))
    if doc is None:
        return InputFailure(
            where, Errors.E012.format(source=name, row=number, field=options.text_field)
        )
    return doc
