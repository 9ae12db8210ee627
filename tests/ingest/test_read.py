from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from detente.ingest import InputFailure, ReadOptions, read_inputs
from detente.ingest.read import detect_format, file_source

from .helpers import ARTICLES, BAD, FORMATS, plain_texts, read

SEED = "seed/rferl-2003-03-11-ivanov-tehran.txt"


def test_seed_article(shared: Path) -> None:
    docs, failures = read(shared / SEED)
    assert not failures and len(docs) == 1
    doc = docs[0]
    assert doc.published == date(2003, 3, 11)
    assert (doc.place, doc.source) == ("Prague", "RFE/RL")
    assert doc.title == "Russia: Ivanov In Iran Amid Warming Bilateral Ties"
    assert "Accessibility links" not in doc.text and "Breaking News" not in doc.text
    assert doc.text.startswith("Russian Foreign Minister Igor Ivanov arrived in Tehran")
    dateline = doc.meta["dateline"]
    assert doc.text[dateline["start"] : dateline["end"]] == "Prague, 11 March 2003 (RFE/RL) --"
    assert doc.origin == str(shared / SEED)


# Every format holds the same four articles; each yields the plain-text version's text.
@pytest.mark.parametrize(
    ("path", "options"),
    [
        ("html", {}),
        ("pages.zip", {}),
        ("texts.zip", {}),
        ("articles.jsonl", {}),
        ("articles.jsonl.gz", {}),
        ("articles.csv", {"text_field": "body", "date_field": "date"}),
        ("feed.rss", {}),
        ("feed.atom", {}),
        ("crawl.warc", {}),
        ("crawl.warc.gz", {}),
    ],
)
def test_every_format_gives_the_plain_text(path: str, options: dict[str, object]) -> None:
    docs, failures = read(FORMATS / path, **options)
    assert not failures
    assert sorted(d.text for d in docs) == sorted(plain_texts().values())
    assert all(d.title for d in docs)


@pytest.mark.parametrize("path", ["wire-001.txt.bz2", "wire-001.txt.xz"])
def test_compressed_text(path: str) -> None:
    docs, failures = read(FORMATS / path)
    assert not failures and [d.text for d in docs] == [plain_texts()["wire-001"]]
    assert docs[0].origin == str(FORMATS / path)


@pytest.mark.parametrize("name", ["utf8-bom.txt", "utf16-bom.txt", "crlf.txt"])
def test_encodings_give_the_same_document(name: str) -> None:
    docs, failures = read(FORMATS / "encodings" / name)
    reference, _ = read(ARTICLES / "wire-002.txt")
    assert not failures and docs[0].text == reference[0].text and docs[0].id == reference[0].id


def test_plain_text_metadata_from_dateline() -> None:
    docs, _ = read(ARTICLES / "wire-001.txt")
    doc = docs[0]
    assert doc.title == "Russian Foreign Minister Arrives in Tehran for Energy Talks"
    assert (doc.published, doc.place, doc.source) == (date(2024, 5, 14), "TEHRAN", "Caspian Wire")
    assert "Skip to main content" not in doc.text and "Share this" not in doc.text


def test_ids_are_given_or_stable() -> None:
    given, _ = read(FORMATS / "articles.jsonl")
    assert [d.id for d in given] == ["wire-001", "wire-002", "wire-003", "wire-004"]
    first, _ = read(ARTICLES)
    again, _ = read(ARTICLES)
    assert [d.id for d in first] == [d.id for d in again]
    assert len({d.id for d in first}) == 4


@pytest.mark.parametrize(
    ("name", "code", "source"),
    [
        ("empty.txt", "E001", "empty.txt"),
        ("blank.txt", "E001", "blank.txt"),
        ("binary.txt", "E002", "binary.txt"),
        ("random.dat", "E002", "random.dat"),
        ("latin1.txt", "E003", "latin1.txt"),
        ("no-article.html", "E004", "no-article.html"),
        ("truncated.jsonl.gz", "E014", "truncated.jsonl.gz"),
        ("not-xml.rss", "E016", "not-xml.rss"),
        ("broken.warc", "E015", "broken.warc:2"),
        ("corrupt.zip", "E018", "corrupt.zip"),
        ("lines.jsonl", "E006", "lines.jsonl:2"),
        ("rows.csv", "E013", "rows.csv"),
    ],
)
def test_bad_input_gives_a_coded_message(name: str, code: str, source: str) -> None:
    _, failures = read(BAD / name)
    assert failures, f"{name} gave no failure"
    failure = failures[0]
    assert failure.source == str(BAD / source)
    assert failure.message.startswith(f"[{code}] {BAD / source.split(':')[0]}")
    assert "\n" not in failure.message


def test_bad_inputs_do_not_stop_the_others() -> None:
    paths = [BAD / "empty.txt", "missing-file.txt", BAD / "binary.txt", ARTICLES / "wire-001.txt"]
    docs, failures = read(*paths)
    assert [f.message[:6] for f in failures] == ["[E001]", "[E005]", "[E002]"]
    assert len(docs) == 1


def test_too_large() -> None:
    _, failures = read(BAD / "too-large.txt", max_chars=1000)
    assert failures[0].message.startswith(f"[E008] {BAD / 'too-large.txt'}: ")
    assert "limit is 1000" in failures[0].message


def test_missing_path() -> None:
    _, failures = read("no/such/file.txt")
    assert failures == [
        InputFailure("no/such/file.txt", "[E005] no/such/file.txt: no such file or directory.")
    ]


def test_unknown_format() -> None:
    _, failures = read(ARTICLES, format="pdf")
    assert failures[0].message.startswith("[E010]")


def test_directory_is_read_recursively_in_order() -> None:
    docs, failures = read(FORMATS / "encodings")
    assert not failures
    assert [Path(d.origin or "").name for d in docs] == [
        "crlf.txt",
        "utf16-bom.txt",
        "utf8-bom.txt",
    ]


def test_glob() -> None:
    docs, failures = read(ARTICLES / "wire-00[12].txt")
    assert not failures and [Path(d.origin or "").name for d in docs] == [
        "wire-001.txt",
        "wire-002.txt",
    ]


def test_empty_directory(tmp_path: Path) -> None:
    _, failures = read(tmp_path)
    assert failures[0].message.startswith("[E019]")


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b'{"text": "a"}\nnot json\n', "text"),
        (b"Just some text.\n", "text"),
        (b'<?xml version="1.0"?><rss version="2.0"></rss>', "rss"),
        (b"WARC/1.0\r\n", "warc"),
        (b"\x1f\x8b\x08", "gzip"),
    ],
)
def test_detect_format_by_content(tmp_path: Path, content: bytes, fmt: str) -> None:
    path = tmp_path / "input"
    path.write_bytes(content)
    assert detect_format(file_source(path), ReadOptions()) == fmt


@pytest.mark.parametrize(
    ("path", "fmt"),
    [("a.txt", "text"), ("a.htm", "html"), ("a.ndjson", "jsonl"), ("a.json", "json"),
     ("a.tsv", "csv"), ("a.atom", "rss"), ("a.warc", "warc"), ("a.zip", "zip"),
     ("a.jsonl.gz", "gzip"), ("a.csv.bz2", "bz2"), ("a.txt.xz", "xz")],
)  # fmt: skip
def test_detect_format_by_extension(tmp_path: Path, path: str, fmt: str) -> None:
    (tmp_path / path).write_bytes(b"Some words.\n")
    assert detect_format(file_source(tmp_path / path), ReadOptions()) == fmt


@pytest.mark.parametrize("binary", [True, False])
@pytest.mark.parametrize(
    ("path", "expected_origin"),
    [("html/wire-001.html", "<stdin>"), ("articles.jsonl", "<stdin>:1"),
     ("../articles/wire-001.txt", "<stdin>")],
)  # fmt: skip
def test_stdin_is_sniffed(path: str, expected_origin: str, binary: bool) -> None:
    data = (FORMATS / path).read_bytes()
    stream = io.BytesIO(data) if binary else io.StringIO(data.decode("utf-8"))
    items = list(read_inputs(["-"], stdin=stream))
    assert not any(isinstance(i, InputFailure) for i in items)
    assert items[0].origin == expected_origin  # type: ignore[union-attr]
    assert items[0].text == plain_texts()["wire-001"]  # type: ignore[union-attr]


def test_path_objects_are_accepted() -> None:
    items = list(read_inputs([ARTICLES / "wire-001.txt"]))  # type: ignore[list-item]
    assert len(items) == 1 and not isinstance(items[0], InputFailure)


def test_public_names() -> None:
    import detente.ingest

    for name in detente.ingest.__all__:
        assert hasattr(detente.ingest, name), name
