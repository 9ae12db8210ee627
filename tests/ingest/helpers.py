"""Helpers for the ingest tests: reading one input into documents and failures."""

from __future__ import annotations

from pathlib import Path

from detente.ingest import InputFailure, ReadOptions, read_inputs
from detente.records import Document

INGEST = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
ARTICLES = INGEST / "articles"
FORMATS = INGEST / "formats"
BAD = INGEST / "bad"


def read(*paths: str | Path, **options: object) -> tuple[list[Document], list[InputFailure]]:
    """Documents and failures of ``paths``, read with ``ReadOptions(**options)``."""
    docs: list[Document] = []
    failures: list[InputFailure] = []
    for item in read_inputs([str(p) for p in paths], options=ReadOptions(**options)):  # type: ignore[arg-type]
        (failures if isinstance(item, InputFailure) else docs).append(item)
    return docs, failures


def plain_texts() -> dict[str, str]:
    """The reference text of each fixture article, keyed by file stem (its id)."""
    docs, failures = read(ARTICLES)
    assert not failures
    return {Path(d.origin or "").stem: d.text for d in docs}
