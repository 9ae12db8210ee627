"""Plain-text articles: one file, one document."""

from __future__ import annotations

from collections.abc import Iterator

from detente.ingest.base import InputFailure, Metadata, ReadOptions, Source
from detente.ingest.decode import decode
from detente.ingest.document import build_document
from detente.records import Document


class TextReader:
    """Reads a UTF-8 (or BOM-marked UTF-16) text file as one article."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        text = decode(source.read_bytes(), source.name)
        yield build_document(text, Metadata(), origin=source.name, options=options, normalised=True)
