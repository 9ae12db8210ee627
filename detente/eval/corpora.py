"""The corpora that gold records point into: where they are, and their articles' texts.

A gold record may give a reference (corpus file name, article id, character offsets) in place
of its sentence's text, so that a gold set on real news carries the labels and not the news.
The corpus is read at scoring time from a folder: ``--texts DIR``, else the environment
variable ``DETENTE_TEXTS``, else ``../shared/corpora`` beside the current folder or beside the
repository. A corpus format is one small function from a file to {article id: text}.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

#: The environment variable naming the folder of the corpora (``--texts`` wins over it).
TEXTS_ENV = "DETENTE_TEXTS"

REPOSITORY = Path(__file__).resolve().parents[2]


def corpus_folders(texts: str | Path | None = None) -> list[Path]:
    """The folders to look for a corpus in: ``texts`` alone when given, else the one
    ``DETENTE_TEXTS`` names, else ``../shared/corpora`` beside the current folder and beside
    the repository."""
    if texts is not None:
        return [Path(texts)]
    if os.environ.get(TEXTS_ENV):
        return [Path(os.environ[TEXTS_ENV])]
    beside = [Path.cwd().parent / "shared" / "corpora", REPOSITORY.parent / "shared" / "corpora"]
    return list(dict.fromkeys(p.resolve() for p in beside))


def find_corpus(name: str, texts: str | Path | None = None) -> Path | None:
    """The corpus file called ``name`` in the first folder of :func:`corpus_folders` that
    has it; None when none has it (or the name is a path, which a reference may not be)."""
    if Path(name).name != name:
        return None
    return next((f / name for f in corpus_folders(texts) if (f / name).is_file()), None)


def _csv_articles(path: Path) -> Iterator[tuple[str, str]]:
    """A CSV with a ``text`` column; the first column (the row number) is the article id."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows, [])
        if "text" not in header:
            raise ValueError(f"{path.name} has no 'text' column")
        column = header.index("text")
        yield from ((row[0], row[column]) for row in rows if len(row) > column)


def _jsonl_articles(path: Path) -> Iterator[tuple[str, str]]:
    """JSON lines with ``id`` and ``body`` (reuters21578.jsonl)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                yield str(obj["id"]), obj.get("body") or ""


READERS: dict[str, Callable[[Path], Iterator[tuple[str, str]]]] = {
    ".csv": _csv_articles,
    ".jsonl": _jsonl_articles,
}


@cache
def read_corpus(path: Path) -> dict[str, str]:
    """{article id: text} of a corpus file, read by its suffix's reader (cached)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ValueError(f"no reader for {path.suffix!r} corpora (known: {', '.join(READERS)})")
    return dict(reader(path))
