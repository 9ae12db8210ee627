from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from detente.ingest import ReadOptions, read_inputs
from detente.records import Document

from .helpers import BAD, FORMATS, read


def test_metadata_fields() -> None:
    docs, failures = read(FORMATS / "articles.jsonl")
    assert not failures
    doc = docs[0]
    assert (doc.id, doc.published, doc.source) == ("wire-001", date(2024, 5, 14), "Caspian Wire")
    assert doc.url == "https://news.example.org/2024/05/14/russia-iran-energy-talks"
    assert doc.title == "Russian Foreign Minister Arrives in Tehran for Energy Talks"
    assert doc.origin == f"{FORMATS / 'articles.jsonl'}:1"


def test_bad_lines_are_skipped_and_reported() -> None:
    docs, failures = read(BAD / "lines.jsonl")
    assert [d.id for d in docs] == ["wire-001", "wire-002"]
    name = BAD / "lines.jsonl"
    assert [(f.source, f.message[:6]) for f in failures] == [
        (f"{name}:2", "[E006]"),
        (f"{name}:3", "[E007]"),
        (f"{name}:4", "[E006]"),
    ]
    assert "line 2 is not valid JSON" in failures[0].message


def write_lines(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": 1, "text": ""}, "[E007]"),
        ({"id": 1, "text": None}, "[E007]"),
        ({"id": 1, "text": 42}, None),  # a number is written out as text
        ({"id": 1, "html": "<html><body><nav>Home</nav></body></html>"}, "[E004]"),
    ],
)
def test_text_field_values(tmp_path: Path, record: dict[str, object], message: str | None) -> None:
    docs, failures = read(write_lines(tmp_path, record))
    if message is None:
        assert docs and not failures
    else:
        assert failures[0].message.startswith(message)


def test_html_field_is_extracted(tmp_path: Path) -> None:
    page = (FORMATS / "html" / "wire-003.html").read_text(encoding="utf-8")
    docs, failures = read(write_lines(tmp_path, {"id": "p1", "html": page}))
    assert not failures
    assert docs[0].id == "p1"
    assert docs[0].title == "Germany and France Sign Defence Procurement Accord"
    assert docs[0].text.startswith("BERLIN, June 12 (Meridian News) -- Germany and France")


def test_mapped_field_names_in_the_message(tmp_path: Path) -> None:
    path = write_lines(tmp_path, {"id": "x", "text": "Not the body field."})
    _, failures = read(path, text_field="body")
    assert failures[0].message.startswith(f"[E011] {path}: line 1 has no text in the 'body'")


def test_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "fine line"}\n{"text": "caf\xe9"}\n')
    docs, failures = read(path)
    assert len(docs) == 1
    assert failures[0].source == f"{path}:2"
    assert (
        failures[0].message.startswith(f"[E003] {path}:2:") and "(byte 35)" in failures[0].message
    )


def test_empty_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    _, failures = read(path)
    assert failures[0].message.startswith("[E001]")


def test_too_large_record(tmp_path: Path) -> None:
    path = write_lines(tmp_path, {"text": "A sentence. " * 50}, {"text": "Short one."})
    docs, failures = read(path, max_chars=100)
    assert len(docs) == 1 and failures[0].source == f"{path}:1"
    assert failures[0].message.startswith(f"[E008] {path}:1:")


def test_reuters_corpus(shared: Path) -> None:
    """The first records of the Reuters corpus, with its column names mapped."""
    with open(shared / "corpora" / "reuters21578.jsonl", encoding="utf-8") as corpus:
        head = "".join(next(corpus) for _ in range(50))
    options = ReadOptions(text_field="body", date_field="date")
    items = list(read_inputs(["-"], options=options, stdin=io.StringIO(head)))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == len(items) == 50
    first = docs[0]
    assert (first.id, first.title) == ("reut-1", "BAHIA COCOA REVIEW")
    assert (first.published, first.place) == (date(1987, 2, 26), "SALVADOR")
    assert first.text.startswith("Showers continued throughout the week in\nthe Bahia cocoa zone")
