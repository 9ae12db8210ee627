"""CSV (and TSV) files: one article per row, columns mapped by the read options.

The file is streamed (a corpus may be larger than memory): UTF-8, with or
without a BOM, or UTF-16 with a BOM.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import PurePath
from typing import BinaryIO

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, ReadOptions, Source
from detente.ingest.decode import looks_binary
from detente.ingest.mapping import record_document
from detente.records import Document

_HEAD = 8192


class CsvReader:
    """Reads a CSV file with a header row; a row without text is reported and skipped.

    Rows are numbered from 1 after the header (``guardian.csv:17`` is the 17th
    article row).
    """

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        with source.open() as stream:
            counted = _Counting(stream)
            text = io.TextIOWrapper(counted, encoding=_encoding(counted, source.name), newline="")
            number = 0
            try:
                rows = _rows(text, source, options)
                for number, row in enumerate(rows, start=1):
                    yield _row(row, number, source.name, options)
            except UnicodeDecodeError as e:
                # Decoding goes by blocks of 8 KiB, so the row is not known; the byte is.
                position = counted.count - len(e.object) + e.start
                message = Errors.E003.format(source=source.name, position=position)
                yield InputFailure(source.name, message)
            except csv.Error as e:
                where = f"{source.name}:{number + 1}"
                yield InputFailure(where, Errors.E009.format(source=where, detail=f"CSV: {e}"))


def _rows(text: io.TextIOWrapper, source: Source, options: ReadOptions) -> csv.DictReader[str]:
    tsv = PurePath(source.hint).suffix.lower() == ".tsv"
    # The csv module refuses fields over 128 KiB; articles may be longer.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_chars + 1))
    rows = csv.DictReader(text, delimiter="\t" if tsv else options.csv_delimiter)
    columns = rows.fieldnames or []
    if not columns:
        raise InputError(Errors.E001.format(source=source.name), source=source.name)
    if options.text_field not in columns and options.html_field not in columns:
        shown = ", ".join(repr(c) for c in columns)
        message = Errors.E013.format(source=source.name, field=options.text_field, columns=shown)
        raise InputError(message, source=source.name)
    return rows


def _encoding(stream: _Counting, name: str) -> str:
    """The encoding of the stream, from its first bytes (kept for the reader)."""
    head = stream.peek(_HEAD)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if not head.strip():
        raise InputError(Errors.E001.format(source=name), source=name)
    if looks_binary(head.removeprefix(codecs.BOM_UTF8)):
        raise InputError(Errors.E002.format(source=name), source=name)
    return "utf-8-sig"


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


class _Counting(io.BufferedIOBase):
    """A binary stream that counts the bytes read from it (for E003 positions) and can
    peek at its head."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner = inner
        self._head = b""
        self.count = 0

    def readable(self) -> bool:
        return True

    def peek(self, size: int) -> bytes:
        if len(self._head) < size:
            self._head += self._inner.read(size - len(self._head))
        return self._head

    def read(self, size: int | None = -1) -> bytes:
        return self._take(size, self._inner.read)

    def read1(self, size: int = -1) -> bytes:
        return self._take(size, getattr(self._inner, "read1", self._inner.read))

    def _take(self, size: int | None, read: object) -> bytes:
        if self._head:
            data, self._head = (
                (self._head, b"")
                if size is None or size < 0 or size >= len(self._head)
                else (self._head[:size], self._head[size:])
            )
        else:
            data = read(size if size is not None else -1)  # type: ignore[operator]
        self.count += len(data)
        return data
