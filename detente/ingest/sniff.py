"""Format detection: by file extension first, then by the content."""

from __future__ import annotations

import json
from pathlib import PurePath

#: Extension → format. Compression suffixes are removed before the lookup.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".rss": "rss",
    ".atom": "rss",
    ".warc": "warc",
    ".zip": "zip",
}
#: Compression suffix → codec name of :mod:`detente.ingest.archive`.
COMPRESSION: dict[str, str] = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz"}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"WARC/", "warc"),
)
_HTML_MARKS = ("<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article")
_FEED_MARKS = ("<rss", "<feed", "<rdf:rdf")
SNIFF_BYTES = 65536


def compression_of(name: str) -> str | None:
    """The compression named by the file's last suffix (``.gz``...), if any."""
    return COMPRESSION.get(PurePath(name).suffix.lower())


def strip_compression(name: str) -> str:
    """``corpus.jsonl.gz`` → ``corpus.jsonl``."""
    return name[: -len(PurePath(name).suffix)] if compression_of(name) else name


def format_by_name(name: str) -> str | None:
    """The format named by the file's extension, if it names one."""
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def sniff(head: bytes) -> str:
    """The format of content beginning with ``head``: a compression or container,
    ``warc``, ``rss``, ``html``, ``jsonl``, else ``text``."""
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return fmt
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if text.startswith("<"):
        start = text[:2000]
        if any(mark in start for mark in _FEED_MARKS):
            return "rss"
        return "html"
    if any(mark in text[:2000] for mark in _HTML_MARKS):
        return "html"
    if _all_json_objects(text, complete=len(head) < SNIFF_BYTES):
        return "jsonl"
    return "text"


def _all_json_objects(text: str, *, complete: bool) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off by the sample
    if not lines:
        return False
    for line in lines:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except ValueError:
            return False
    return True
