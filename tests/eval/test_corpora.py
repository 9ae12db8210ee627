"""Tests of the corpus readers that gold records given by reference point into."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.eval.corpora import TEXTS_ENV, corpus_folders, find_corpus, read_corpus


def test_csv_corpus_keys_articles_by_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        ',date,text,source\n4,2019-04-10,"One, two.\nThree.",Paper\n9,2019-04-11,Four.,Paper\n'
    )
    assert read_corpus(path) == {"4": "One, two.\nThree.", "9": "Four."}


def test_jsonl_corpus_keys_articles_by_id(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": 7, "body": "A text."}) + "\n")
    assert read_corpus(path) == {"7": "A text."}


def test_unknown_corpus_format(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_text("<news/>")
    with pytest.raises(ValueError, match="no reader"):
        read_corpus(path)


def test_folders_given_then_environment_then_beside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TEXTS_ENV, str(tmp_path / "env"))
    assert corpus_folders(tmp_path / "given") == [tmp_path / "given"]
    assert corpus_folders() == [tmp_path / "env"]
    monkeypatch.delenv(TEXTS_ENV)
    monkeypatch.chdir(tmp_path)
    assert corpus_folders()[0] == (tmp_path.parent / "shared" / "corpora").resolve()


def test_find_corpus(tmp_path: Path) -> None:
    (tmp_path / "news.csv").write_text(",date,text\n")
    assert find_corpus("news.csv", tmp_path) == tmp_path / "news.csv"
    assert find_corpus("other.csv", tmp_path) is None
    assert find_corpus("../news.csv", tmp_path) is None  # a name, never a path
