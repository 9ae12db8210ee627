"""Compressed files (``.gz``, ``.bz2``, ``.xz``) and zip archives.

A compressed file is read as the file inside it (``corpus.jsonl.gz`` as JSONL);
each member of a zip is an input of its own, named ``pages.zip:a.html``.
Corrupt or truncated data is reported (E014) after what came before it was read.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, ReadOptions, Source
from detente.ingest.sniff import strip_compression
from detente.records import Document

_OPENERS: dict[str, Callable[[BinaryIO], BinaryIO]] = {
    "gzip": lambda f: gzip.GzipFile(fileobj=f, mode="rb"),  # type: ignore[dict-item]
    "bz2": lambda f: bz2.BZ2File(f, mode="rb"),  # type: ignore[dict-item]
    "xz": lambda f: lzma.LZMAFile(f, mode="rb"),  # type: ignore[dict-item]
}
# What a damaged stream raises while it is read.
_DAMAGE = (EOFError, OSError, zlib.error, lzma.LZMAError, zipfile.BadZipFile)


class CompressedReader:
    """Reads the one file inside a gzip, bzip2 or xz file."""

    def __init__(self, codec: str) -> None:
        self._opener = _OPENERS[codec]

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        from detente.ingest.read import read_source  # the dispatcher reads the inner file

        def open_inner() -> BinaryIO:
            return guarded(self._opener(source.open()), source.name)

        hint = strip_compression(source.hint)
        yield from read_source(Source(name=source.name, open=open_inner, hint=hint), options)


class ZipReader:
    """Reads every file of a zip archive, in name order, as an input of its own."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        from detente.ingest.read import read_source

        try:
            archive = zipfile.ZipFile(_seekable(source))
        except _DAMAGE as e:
            message = Errors.E018.format(source=source.name, detail=e)
            raise InputError(message, source=source.name) from e
        with archive:
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                if info.is_dir() or info.filename.startswith("__MACOSX/"):
                    continue
                yield from read_source(_member(archive, info.filename, source.name), options)


def _member(archive: zipfile.ZipFile, member: str, archive_name: str) -> Source:
    name = f"{archive_name}:{member}"
    return Source(name=name, open=lambda: guarded(archive.open(member), name), hint=member)


def _seekable(source: Source) -> BinaryIO:
    stream = source.open()
    if stream.seekable():
        return stream
    with stream:
        return io.BytesIO(stream.read())


def guarded(stream: BinaryIO, name: str) -> BinaryIO:
    """``stream``, with damage to its compressed data raised as E014."""
    return io.BufferedReader(_Guarded(stream, name))  # type: ignore[return-value]


class _Guarded(io.RawIOBase):
    def __init__(self, inner: BinaryIO, name: str) -> None:
        self._inner = inner
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            # read1 returns what one step decompresses, so the data before damage is kept.
            read = getattr(self._inner, "read1", self._inner.read)
            data = read(len(buffer))
        except _DAMAGE as e:
            detail = str(e) or type(e).__name__
            message = Errors.E014.format(source=self._name, detail=detail)
            raise InputError(message, source=self._name) from e
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()
