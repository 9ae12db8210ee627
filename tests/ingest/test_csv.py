from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .helpers import BAD, FORMATS, read


def test_mapped_columns() -> None:
    docs, failures = read(FORMATS / "articles.csv", text_field="body", date_field="date")
    assert not failures and [d.id for d in docs] == ["wire-001", "wire-002", "wire-003", "wire-004"]
    assert docs[1].published == date(2024, 6, 3)
    assert docs[1].origin == f"{FORMATS / 'articles.csv'}:2"


def test_row_without_text() -> None:
    docs, failures = read(BAD / "rows.csv", text_field="body")
    assert len(docs) == 4
    assert [f.source for f in failures] == [f"{BAD / 'rows.csv'}:2"]
    assert failures[0].message.startswith(f"[E012] {BAD / 'rows.csv'}: row 2 has no text")


def test_missing_text_column() -> None:
    _, failures = read(FORMATS / "articles.csv")
    assert failures[0].message.startswith("[E013]") and "'body'" in failures[0].message


@pytest.mark.parametrize(("name", "delimiter"), [("in.tsv", None), ("in.csv", ";")])
def test_delimiters(tmp_path: Path, name: str, delimiter: str | None) -> None:
    sep = delimiter or "\t"
    (tmp_path / name).write_text(
        f"id{sep}text\nx1{sep}Paris praised the accord on Wednesday.\n", encoding="utf-8"
    )
    options = {"csv_delimiter": delimiter} if delimiter else {}
    docs, failures = read(tmp_path / name, **options)
    assert not failures and docs[0].id == "x1"
    assert docs[0].text == "Paris praised the accord on Wednesday."


def test_dateline_column(tmp_path: Path) -> None:
    (tmp_path / "in.csv").write_text(
        'date,dateline,text\n26-FEB-1987,"SALVADOR, Feb 26 -",Showers continued in Bahia.\n',
        encoding="utf-8",
    )
    docs, _ = read(tmp_path / "in.csv", date_field="date")
    assert (docs[0].place, docs[0].published) == ("SALVADOR", date(1987, 2, 26))


def test_long_field(tmp_path: Path) -> None:
    long_text = "The talks went on. " * 10_000  # longer than the csv module's default limit
    (tmp_path / "in.csv").write_text(f'text\n"{long_text}"\n', encoding="utf-8")
    docs, failures = read(tmp_path / "in.csv")
    assert not failures and len(docs[0].text) == len(long_text.strip())


def test_guardian_sample(shared: Path) -> None:
    docs, failures = read(shared / "corpora" / "guardian-sample.csv", date_field="date")
    assert not failures and len(docs) == 249
    assert all(d.published is not None for d in docs)


@pytest.mark.parametrize(
    ("data", "ids", "code"),
    [
        (b"\xef\xbb\xbfid,text\na,Paris praised the accord.\n", ["a"], None),
        ("id,text\na,Paris praised the accord.\n".encode("utf-16"), ["a"], None),
        (b"", [], "[E001]"),
        (b"\x00\x01\x02" * 100, [], "[E002]"),
        (b"id,text\na,Fine row.\nb,caf\xe9 row\n", [], "[E003]"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, ids: list[str], code: str | None) -> None:
    (tmp_path / "in.csv").write_bytes(data)
    docs, failures = read(tmp_path / "in.csv")
    assert [d.id for d in docs] == ids
    assert [f.message[:6] for f in failures] == ([code] if code else [])


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    rows = "".join(f"r{n},Row number {n} of the file.\n" for n in range(1000)).encode()
    (tmp_path / "in.csv").write_bytes(b"id,text\n" + rows + b"bad,caf\xe9\n")
    docs, failures = read(tmp_path / "in.csv")
    assert len(docs) >= 900  # rows in the blocks before the bad byte are read
    assert failures[0].message.startswith(f"[E003] {tmp_path / 'in.csv'}:")
    assert f"(byte {8 + len(rows) + 7})" in failures[0].message
