from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import read

RECORD = {"id": "r1", "text": "Paris praised the accord on Wednesday, officials said."}


@pytest.mark.parametrize(
    ("data", "origins", "ids"),
    [
        ([RECORD, {"text": "Berlin agreed."}], ["in.json:1", "in.json:2"], ["r1", None]),
        ({"K-1": {"doc": "x", "text": "Berlin agreed."}}, ["in.json:K-1"], ["K-1"]),
        ({"K-1": RECORD}, ["in.json:K-1"], ["r1"]),  # the record's own id wins
        (RECORD, ["in.json:1"], ["r1"]),
    ],
)
def test_shapes(tmp_path: Path, data: object, origins: list[str], ids: list[str | None]) -> None:
    (tmp_path / "in.json").write_text(json.dumps(data), encoding="utf-8")
    docs, failures = read(tmp_path / "in.json")
    assert not failures
    assert [d.origin for d in docs] == [str(tmp_path / o) for o in origins]
    assert [d.id if i else None for d, i in zip(docs, ids, strict=True)] == ids


@pytest.mark.parametrize(
    ("content", "code", "where"),
    [
        ('{"a": 1,', "[E021]", ""),
        ("42", "[E021]", ""),
        ('[{"title": "no text"}]', "[E020]", ":1"),
        ('["a string"]', "[E021]", ":1"),
    ],
)
def test_bad_json(tmp_path: Path, content: str, code: str, where: str) -> None:
    (tmp_path / "in.json").write_text(content, encoding="utf-8")
    _, failures = read(tmp_path / "in.json")
    assert failures[0].source == f"{tmp_path / 'in.json'}{where}"
    assert failures[0].message.startswith(f"{code} {tmp_path / 'in.json'}")


def test_muc4(shared: Path) -> None:
    docs, failures = read(shared / "corpora" / "muc4" / "dev.json", text_field="doc")
    assert not failures and len(docs) == 200
    assert docs[0].id == "TST1-MUC3-0001"
    assert docs[0].text.startswith("THE GUATEMALA ARMY\nDENIED TODAY")
