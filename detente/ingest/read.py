"""``read_inputs``: paths (files, directories, globs, ``-``) to documents or failures."""

from __future__ import annotations

import glob
import io
import os
import sys
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO, TextIO

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, Reader, ReadOptions, Source
from detente.ingest.sniff import SNIFF_BYTES, compression_of, format_by_name, sniff
from detente.records import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
_GLOB_CHARS = frozenset("*?[")


@cache
def readers() -> dict[str, Reader]:
    """The reader of each format name (``options.format`` takes these names)."""
    from detente.ingest.archive import CompressedReader, ZipReader
    from detente.ingest.csv import CsvReader
    from detente.ingest.html import HtmlReader
    from detente.ingest.json import JsonReader
    from detente.ingest.jsonl import JsonlReader
    from detente.ingest.rss import FeedReader
    from detente.ingest.text import TextReader
    from detente.ingest.warc import WarcReader

    return {
        "text": TextReader(),
        "html": HtmlReader(),
        "jsonl": JsonlReader(),
        "json": JsonReader(),
        "csv": CsvReader(),
        "rss": FeedReader(),
        "warc": WarcReader(),
        "zip": ZipReader(),
        "gzip": CompressedReader("gzip"),
        "bz2": CompressedReader("bz2"),
        "xz": CompressedReader("xz"),
    }


#: The format names a user may force with ``ReadOptions.format``.
FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "json", "csv", "rss", "warc", "zip")


def read_inputs(
    paths: Sequence[str],
    *,
    options: ReadOptions | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Document | InputFailure]:
    """Read every input in ``paths``, in order, as documents.

    A path is a file, a directory (read recursively, in sorted order), a glob
    pattern, or ``-`` for standard input (``stdin``, else ``sys.stdin``). The
    format comes from ``options.format``, else the extension, else the content.
    Bad input yields an :class:`InputFailure` naming it; nothing is raised, and
    the other inputs are still read.
    """
    options = options or ReadOptions()
    if options.format is not None and options.format not in FORMATS:
        known = ", ".join(FORMATS)
        message = Errors.E010.format(source="options", fmt=options.format, known=known)
        yield InputFailure("options", message)
        return
    for path in paths:
        for source in _sources(os.fspath(path), stdin):
            if isinstance(source, InputFailure):
                yield source
            else:
                yield from read_source(source, options)


def read_source(source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
    """Read one source with the reader of its format; failures are yielded."""
    try:
        fmt = detect_format(source, options)
        yield from readers()[fmt].read(source, options)
    except InputError as e:
        yield InputFailure(e.source or source.name, str(e))
    except Exception as e:  # noqa: BLE001 - one broken input must not stop the others
        detail = f"{type(e).__name__}: {e}"
        yield InputFailure(source.name, Errors.E009.format(source=source.name, detail=detail))


def detect_format(source: Source, options: ReadOptions) -> str:
    """Compression first (by name or magic bytes), then the forced format, the
    extension, and finally the content."""
    by_name = compression_of(source.hint)
    if by_name:
        return by_name
    head = _head(source)
    sniffed = sniff(head)
    if sniffed in ("gzip", "bz2", "xz", "zip"):
        return sniffed
    return options.format or format_by_name(source.hint) or sniffed


def _head(source: Source) -> bytes:
    try:
        with source.open() as stream:
            # One read only: a damaged compressed stream fails later, in its reader,
            # after the records before the damage.
            return getattr(stream, "read1", stream.read)(SNIFF_BYTES)
    except InputError:
        return b""
    except OSError as e:
        detail = e.strerror or str(e)
        raise InputError(Errors.E009.format(source=source.name, detail=detail)) from e


def _sources(path: str, stdin: TextIO | BinaryIO | None) -> Iterator[Source | InputFailure]:
    if path == STDIN:
        yield stdin_source(stdin if stdin is not None else sys.stdin)
        return
    p = Path(path)
    if p.is_dir():
        yield from _directory(p)
    elif p.exists():
        yield file_source(p)
    elif _GLOB_CHARS & set(path) and (matches := sorted(glob.glob(path, recursive=True))):
        for match in matches:
            yield from _directory(Path(match)) if Path(match).is_dir() else [file_source(match)]
    else:
        yield InputFailure(path, Errors.E005.format(source=path))


def _directory(folder: Path) -> Iterator[Source | InputFailure]:
    files = sorted(
        f
        for f in folder.rglob("*")
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    )
    if not files:
        yield InputFailure(str(folder), Errors.E019.format(source=folder))
    for f in files:
        yield file_source(f)


def file_source(path: str | Path) -> Source:
    """The source of a file on disk."""
    name = str(path)
    return Source(name=name, open=lambda: open(name, "rb"), hint=name)


def stdin_source(stream: TextIO | BinaryIO) -> Source:
    """Standard input, read once; its format is sniffed from the content."""
    raw = getattr(stream, "buffer", stream).read()
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return Source(name=STDIN_NAME, open=lambda: io.BytesIO(data), hint="")
