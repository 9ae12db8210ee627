"""WARC files (as in Common Crawl News): the HTML responses only.

The URL comes from ``WARC-Target-URI``; the date from the page, else from
``WARC-Date``. A malformed record is reported (E015, ``crawl.warc.gz:7`` is
record 7) and the reading goes on at the next record.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, Metadata, ReadOptions, Source
from detente.ingest.dateline import parse_date
from detente.ingest.decode import decode
from detente.ingest.document import build_document
from detente.ingest.html import extract_html, meta_charset
from detente.records import Document

_RECORD_START = re.compile(rb"WARC/1\.[01]\r?\n")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


class WarcReader:
    """Reads the HTML response records of a WARC file (compression is removed before)."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        with source.open() as stream:
            for number, chunk in enumerate(_records(stream), start=1):
                where = f"{source.name}:{number}"
                item = _read_record(chunk, where, options)
                if item is not None:
                    yield item


def _records(stream: BinaryIO) -> Iterator[bytes]:
    """The raw bytes of each record: split at the ``WARC/1.x`` line that starts one.

    Splitting here, rather than trusting each record's Content-Length, lets the
    reading go on after a record whose header or length is broken.
    """
    record: list[bytes] = []
    previous_blank = True
    for line in stream:
        if previous_blank and _RECORD_START.fullmatch(line) and record:
            yield b"".join(record)
            record = []
        record.append(line)
        previous_blank = line in (b"\r\n", b"\n")
    if record:
        yield b"".join(record)


def _read_record(chunk: bytes, where: str, options: ReadOptions) -> Document | InputFailure | None:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        records = iter(ArchiveIterator(io.BytesIO(chunk), arc2warc=False))
        record = next(records, None)
        if record is None:
            raise ArchiveLoadFailed("no WARC record could be read here")
        _check(record, chunk)
        body = record.content_stream().read() if _is_html_response(record) else None
        if next(records, None) is not None:  # bytes left over: the length was wrong
            raise ArchiveLoadFailed("the record holds more than its Content-Length")
    except (ArchiveLoadFailed, ValueError, KeyError, EOFError, OSError) as e:
        detail = " ".join(str(e).split()) or type(e).__name__
        return InputFailure(where, Errors.E015.format(source=where, detail=detail))
    if body is None:
        return None
    try:
        return _document(record, body, where, options)
    except InputError as e:
        return InputFailure(where, str(e))


def _check(record: Any, chunk: bytes) -> None:
    """Raise ValueError for a record whose header warcio accepted but is broken."""
    if not record.rec_type:
        raise ValueError("the record has no WARC-Type")
    length = record.rec_headers.get_header("Content-Length") or ""
    if not length.isdigit():
        raise ValueError(f"Content-Length {length!r} is not a number")
    header_end = chunk.find(b"\r\n\r\n")
    available = len(chunk) - (header_end + 4) if header_end >= 0 else 0
    if available < int(length):
        raise ValueError(f"truncated: {available} of {length} bytes")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(_HTML_TYPES)


def _document(record: Any, body: bytes, where: str, options: ReadOptions) -> Document:
    html = _decode_body(body, record.http_headers.get_header("Content-Type") or "", where)
    url = record.rec_headers.get_header("WARC-Target-URI")
    text, meta = extract_html(html, where, base=Metadata(url=url))
    if meta.published is None:
        warc_date = record.rec_headers.get_header("WARC-Date") or ""
        meta = dataclasses.replace(meta, published=parse_date(warc_date))
    return build_document(text, meta, origin=where, options=options, normalised=True)


def _decode_body(body: bytes, content_type: str, where: str) -> str:
    """UTF-8, else the charset the server or the page declared."""
    declared = _CHARSET.search(content_type)
    return decode(body, where, charset=declared.group(1) if declared else meta_charset(body))
