from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .helpers import BAD, FORMATS, read

PAGE = (
    "<html><head><title>Talks in Paris</title></head><body><article><h1>Talks in Paris</h1>"
    "<p>France and Germany held talks in Paris on defence procurement and agreed to meet "
    "again in the autumn, officials from both governments said after the meeting.</p>"
    "<p>The two ministers said the talks had been useful and that a joint statement would "
    "follow within days.</p></article></body></html>"
)


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> Path:
    """Write responses given as (content type, WARC-Date, body); gzipped for .gz."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for n, (content_type, when, body) in enumerate(records, start=1):
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{n}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": when},
                )
            )
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_only(name: str) -> None:
    docs, failures = read(FORMATS / name)
    assert not failures and len(docs) == 4  # the robots.txt response is skipped
    assert docs[0].url == "https://news.example.org/2024/05/14/russia-iran-energy-talks"
    assert docs[0].origin == f"{FORMATS / name}:1"


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_date_when_the_page_has_none(tmp_path: Path, suffix: str) -> None:
    path = write_warc(
        tmp_path / f"c{suffix}", [("text/html", "2019-04-10T08:00:00Z", PAGE.encode())]
    )
    docs, failures = read(path)
    assert not failures
    assert (docs[0].url, docs[0].published) == ("https://example.org/1", date(2019, 4, 10))
    assert docs[0].title == "Talks in Paris"


def test_declared_charset(tmp_path: Path) -> None:
    page = PAGE.replace("Paris on", "Paris \u00e0 la fran\u00e7aise on").encode("latin-1")
    path = write_warc(tmp_path / "c.warc", [("text/html; charset=ISO-8859-1", "2019-04-10", page)])
    docs, failures = read(path)
    assert not failures and "\u00e0 la fran\u00e7aise" in docs[0].text


def test_malformed_record_is_skipped() -> None:
    docs, failures = read(BAD / "broken.warc")
    assert len(docs) == 3
    assert [f.source for f in failures] == [f"{BAD / 'broken.warc'}:2"]
    assert "Content-Length" in failures[0].message


def test_truncated_warc(tmp_path: Path) -> None:
    data = (FORMATS / "crawl.warc").read_bytes()
    (tmp_path / "cut.warc").write_bytes(data[: len(data) // 2])
    docs, failures = read(tmp_path / "cut.warc")
    assert len(docs) >= 1
    assert failures[-1].message.startswith("[E015]") and "truncated" in failures[-1].message
