"""Ingest: every input format turned into :class:`~detente.records.Document` records.

One reader per format (text, HTML, JSONL, CSV, RSS/Atom, WARC, compressed files
and zips) behind one :class:`Reader` protocol; :func:`read_inputs` picks the
reader of each input. See ``docs/inputs.md``.
"""

from __future__ import annotations

from detente.ingest.base import InputFailure, Metadata, Reader, ReadOptions, Source
from detente.ingest.dateline import Dateline, find_dateline, parse_dateline
from detente.ingest.read import FORMATS, read_inputs, read_source

__all__ = [
    "FORMATS",
    "Dateline",
    "InputFailure",
    "Metadata",
    "ReadOptions",
    "Reader",
    "Source",
    "find_dateline",
    "parse_dateline",
    "read_inputs",
    "read_source",
]
