from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

from .helpers import ARTICLES, BAD, FORMATS, plain_texts, read


def test_zip_members_are_named() -> None:
    docs, _ = read(FORMATS / "pages.zip")
    assert [d.origin for d in docs] == [
        f"{FORMATS / 'pages.zip'}:wire-00{n}.html" for n in range(1, 5)
    ]


def test_truncated_gzip_keeps_what_came_before() -> None:
    docs, failures = read(BAD / "truncated.jsonl.gz")
    assert [d.id for d in docs][:1] == ["wire-001"]
    assert len(failures) == 1 and failures[0].message.startswith("[E014]")


def test_corrupt_zip() -> None:
    _, failures = read(BAD / "corrupt.zip")
    assert failures[0].message.startswith(f"[E018] {BAD / 'corrupt.zip'}: ")


def test_bad_member_inside_a_zip(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", (ARTICLES / "wire-002.txt").read_bytes())
        archive.writestr("b.txt", b"\x00\x01binary")
        archive.writestr("c/d.jsonl.gz", gzip.compress((FORMATS / "articles.jsonl").read_bytes()))
        archive.writestr("e.txt", b"")
    (tmp_path / "mixed.zip").write_bytes(buffer.getvalue())
    docs, failures = read(tmp_path / "mixed.zip")
    assert len(docs) == 5  # a.txt and the four lines of the nested gzipped JSONL
    assert docs[0].text == plain_texts()["wire-002"]
    assert docs[1].origin == f"{tmp_path / 'mixed.zip'}:c/d.jsonl.gz:1"
    assert [(f.source, f.message[:6]) for f in failures] == [
        (f"{tmp_path / 'mixed.zip'}:b.txt", "[E002]"),
        (f"{tmp_path / 'mixed.zip'}:e.txt", "[E001]"),
    ]


def test_gzip_detected_by_content(tmp_path: Path) -> None:
    (tmp_path / "articles.data").write_bytes(
        gzip.compress((ARTICLES / "wire-003.txt").read_bytes())
    )
    docs, failures = read(tmp_path / "articles.data")
    assert not failures and docs[0].text == plain_texts()["wire-003"]


def test_corrupt_member_of_a_multi_member_gzip(tmp_path: Path) -> None:
    good = gzip.compress(b'{"id": "a", "text": "Paris praised the accord."}\n')
    bad = gzip.compress(b'{"id": "b", "text": "Berlin agreed."}\n')
    (tmp_path / "two.jsonl.gz").write_bytes(good + bad[:10] + b"garbage" + bad[17:])
    docs, failures = read(tmp_path / "two.jsonl.gz")
    assert [d.id for d in docs] == ["a"]
    assert failures[0].message.startswith("[E014]")
