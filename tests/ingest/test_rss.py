from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .helpers import BAD, FORMATS, read


@pytest.mark.parametrize("name", ["feed.rss", "feed.atom"])
def test_item_metadata(name: str) -> None:
    docs, failures = read(FORMATS / name)
    assert not failures and len(docs) == 4
    doc = docs[2]
    assert doc.id == "wire-003"
    assert doc.title == "Germany and France Sign Defence Procurement Accord"
    assert doc.url == "https://news.example.org/2024/06/12/germany-france-defence-accord"
    assert doc.published == date(2024, 6, 12)
    assert doc.source == "Example News: World"
    assert doc.origin == f"{FORMATS / name}:3"


def test_not_xml() -> None:
    _, failures = read(BAD / "not-xml.rss")
    assert failures[0].message.startswith(f"[E016] {BAD / 'not-xml.rss'}: not a readable")


def test_item_without_content(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Empty</title><link>https://example.org/1</link></item>"
        "<item><title>Full</title><description>Paris praised the accord on Wednesday."
        "</description></item></channel></rss>"
    )
    (tmp_path / "f.rss").write_text(feed, encoding="utf-8")
    docs, failures = read(tmp_path / "f.rss")
    assert [d.text for d in docs] == ["Paris praised the accord on Wednesday."]
    assert failures[0].source == f"{tmp_path / 'f.rss'}:1"
    assert failures[0].message.startswith("[E017]")


def test_summary_when_no_content(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        "<entry><title>One</title><id>e1</id><updated>2024-06-12T09:30:00Z</updated>"
        '<summary type="html">&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;'
        "</summary></entry></feed>"
    )
    (tmp_path / "f.xml").write_text(feed, encoding="utf-8")
    docs, failures = read(tmp_path / "f.xml")
    assert not failures and docs[0].text == "First paragraph.\n\nSecond."
