from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.ingest.html import fragment_text

from .helpers import BAD, FORMATS, plain_texts, read


def test_page_metadata() -> None:
    docs, failures = read(FORMATS / "html" / "wire-002.html")
    assert not failures
    doc = docs[0]
    assert doc.title == "United States Urges Russia to Reopen Grain Corridor"
    assert (doc.published, doc.source, doc.place) == (
        date(2024, 6, 3),
        "Meridian News",
        "WASHINGTON",
    )
    assert doc.meta["author"] == "Staff Reporter"
    assert doc.text == plain_texts()["wire-002"]
    for furniture in ("Skip to main content", "Breaking News", "Most read", "Copyright"):
        assert furniture not in doc.text


def test_page_without_article() -> None:
    _, failures = read(BAD / "no-article.html")
    assert failures[0].message.startswith(f"[E004] {BAD / 'no-article.html'}: ")


def test_declared_meta_charset(tmp_path: Path) -> None:
    page = (FORMATS / "html" / "wire-004.html").read_text(encoding="utf-8")
    page = page.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Islamabad", "Islamabád")
    (tmp_path / "p.html").write_bytes(page.encode("latin-1"))
    docs, failures = read(tmp_path / "p.html")
    assert not failures and "Islamabád" in docs[0].text


def test_undeclared_non_utf8_page(tmp_path: Path) -> None:
    page = (FORMATS / "html" / "wire-004.html").read_text(encoding="utf-8")
    page = page.replace('<meta charset="utf-8">', "").replace("Islamabad", "Islamabád")
    (tmp_path / "p.html").write_bytes(page.encode("latin-1"))
    _, failures = read(tmp_path / "p.html")
    assert failures[0].message.startswith("[E003]")


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>One.</p><p>Two  words.</p>", "One.\n\nTwo words."),
        ("Plain <b>bold</b> text", "Plain bold text"),
        ("<p>A</p><script>var x;</script><ul><li>B</li><li>C</li></ul>", "A\n\nB\n\nC"),
        ("line<br>break", "line\n\nbreak"),
    ],
)
def test_fragment_text(fragment: str, text: str) -> None:
    assert fragment_text(fragment) == text
