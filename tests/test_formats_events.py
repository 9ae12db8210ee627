"""Every input format, stored through the real ingest path, gives the events of the plain text.

The fixtures in tests/fixtures/ingest/ hold the same four articles (written for the
project) as plain text and in every format the readers take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.ingest import ReadOptions, read_inputs
from detente.parallel import ingest
from detente.store import Store

INGEST = Path(__file__).resolve().parent / "fixtures" / "ingest"
FORMATS = INGEST / "formats"


def stored_events(tmp_path: Path, path: Path, options: ReadOptions | None) -> set[tuple]:
    db = tmp_path / f"{path.name}.duckdb"
    with Store(db) as store:
        summary = ingest(read_inputs([str(path)], options=options), store, dedup=False)
        assert not summary.failures, summary.failures
        events = store.events()
    # Dates are left out: two plain-text datelines give no year ("BERLIN, June 12"), so
    # those events are undated there, while the JSONL, CSV and feed copies carry a date.
    return {
        (r.source_code, r.cameo_code, r.target_code, r.trigger, r.factuality)
        for r in events.itertuples()
    }


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> set[tuple]:
    events = stored_events(tmp_path_factory.mktemp("plain"), INGEST / "articles", None)
    assert len(events) >= 4  # the articles hold events: the comparison below is not empty
    return events


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("html", None),
        ("pages.zip", None),
        ("articles.jsonl.gz", None),
        ("articles.csv", ReadOptions(text_field="body", date_field="date")),
        ("feed.rss", None),
        ("feed.atom", None),
        ("crawl.warc.gz", None),
    ],
)
def test_format_gives_the_events_of_the_plain_text(tmp_path, plain, name, options) -> None:
    assert stored_events(tmp_path, FORMATS / name, options) == plain
