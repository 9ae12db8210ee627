"""The Store on a real DuckDB file: add, idempotence, filters, stats, row shape."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.errors import StoreError
from detente.records import Actor, Cameo, CodedDocument, Document, Event, Evidence, Place, Sentence
from detente.store import STORE_SCHEMA_VERSION, Store, event_from_row
from detente.store.synthetic import make_coded, synthetic_documents


def seed_doc() -> CodedDocument:
    """The founding article, coded by hand: Ivanov visits Tehran."""
    text = "Russian Foreign Minister Igor Ivanov arrived in Tehran on 11 March.\n\nHe met Khatami."
    ivanov = Actor("Russian Foreign Minister Igor Ivanov", "RUSGOV", "RUS", "GOV", 0, 36)
    iran = Actor("Tehran", "IRN", "IRN", None, 48, 54)
    event = Event(
        doc_id="rferl-2003-03-11",
        event_id="ev-visit",
        date=date(2003, 3, 11),
        source=ivanov,
        target=iran,
        cameo=Cameo("042", "04", "Make a visit"),
        goldstein=1.9,
        quad_class=1,
        factuality="asserted",
        evidence=Evidence(text[:67], 0, "arrived", 37, 44),
        location=Place("Tehran", "IRN", 35.69, 51.42, fips="IR"),
        rule="visit.arrive_in",
        plover={"event": "CONSULT", "mode": "visit"},
    )
    doc = Document(
        id="rferl-2003-03-11",
        text=text,
        title="Ivanov in Tehran",
        url="https://rferl.example/ivanov",
        published=date(2003, 3, 11),
        source="rferl",
    )
    return CodedDocument(doc, (Sentence(0, 0, 67, text[:67]),), (event,), ())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


@pytest.fixture
def filled(db: Path) -> Path:
    with Store(db) as store:
        store.add(seed_doc())
        store.add_many(synthetic_documents(40))
    return db


def test_add_then_add_again_changes_nothing(db: Path) -> None:
    with Store(db) as store:
        assert store.add(seed_doc()) is True
        before = store.stats()
        assert store.add(seed_doc()) is False
        assert store.stats() == before
        assert before == {"documents": 1, "sources": 1, "events": 1, "mentions": 1, "quotes": 0}
        assert store.has("rferl-2003-03-11")
        assert not store.has("nope")


def test_add_many_counts_added_and_present(db: Path) -> None:
    with Store(db) as store:
        first = store.add_many(synthetic_documents(25), batch_size=7)
        again = store.add_many(synthetic_documents(30), batch_size=7)
        stats = store.stats()
    assert (first.added, first.present, first.events, first.quotes) == (25, 0, 75, 25)
    assert (again.added, again.present) == (5, 25)
    assert stats == {"documents": 30, "sources": 30, "events": 90, "mentions": 90, "quotes": 30}


def test_duplicate_inside_one_batch_is_stored_once(db: Path) -> None:
    with Store(db) as store:
        summary = store.add_many([make_coded(1), make_coded(1), make_coded(2)])
        assert (summary.added, summary.present) == (2, 1)
        assert store.stats()["events"] == 6


def test_reopen_keeps_data_and_schema_version(filled: Path) -> None:
    with Store(filled, read_only=True) as store:
        assert store.stats()["documents"] == 41
        assert store.meta()["schema_version"] == str(STORE_SCHEMA_VERSION)


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        ({"source": "RUS"}, lambda r: r.source_code.startswith("RUS") or r.source_country == "RUS"),
        ({"source": "rusgov"}, lambda r: r.source_code == "RUSGOV"),
        ({"target": "IRN"}, lambda r: r.target_code.startswith("IRN")),
        ({"source": "IGO"}, lambda r: r.source_code.startswith("IGO")),
        ({"since": "2003-06-01"}, lambda r: r.date.date() >= date(2003, 6, 1)),
        ({"until": date(2003, 3, 11)}, lambda r: r.date.date() <= date(2003, 3, 11)),
        (
            {"since": "2003-03-11", "until": "2003-03-11"},
            lambda r: r.date.date() == date(2003, 3, 11),
        ),
    ],
)
def test_event_filters(filled: Path, filters: dict, check: Callable[[Any], bool]) -> None:
    with Store(filled, read_only=True) as store:
        frame = store.events(**filters)
        everything = store.events()
    assert 0 < len(frame) < len(everything)
    assert all(check(row) for row in frame.itertuples())


def test_source_filter_matches_country_column(db: Path) -> None:
    coded = seed_doc()
    event = replace(coded.events[0], source=Actor("Moscow", "GOV", "RUS", "GOV"))
    with Store(db) as store:
        store.add(replace(coded, events=(event,)))
        assert len(store.events(source="RUS")) == 1
        assert len(store.events(source="IRN")) == 0


def test_limit_and_order(filled: Path) -> None:
    with Store(filled, read_only=True) as store:
        frame = store.events(limit=5)
        assert len(frame) == 5
        dated = store.events().dropna(subset=["date"])
        assert list(dated["date"]) == sorted(dated["date"])


@pytest.mark.parametrize("value", ["2003-13-01", "yesterday", "11/03/2003"])
def test_bad_date_is_E302(filled: Path, value: str) -> None:
    with Store(filled, read_only=True) as store, pytest.raises(StoreError, match=r"\[E302\]"):
        store.events(since=value)


def test_jsonl_row_shape_equals_event_to_dict(filled: Path) -> None:
    expected = {e.event_id: e.to_dict() for e in seed_doc().events}
    for coded in synthetic_documents(40):
        expected.update({e.event_id: e.to_dict() for e in coded.events})
    with Store(filled, read_only=True) as store:
        frame = store.events()
        raw = {r["event_id"]: r for r in store.raw_events()}
    assert len(frame) == len(expected) == 121
    for row in frame.to_dict("records"):
        obj = event_from_row(row)
        assert obj == expected[obj["event_id"]]
        assert obj == raw[obj["event_id"]]
        json.dumps(obj)  # plain Python values only


def test_documents_and_quotes(filled: Path) -> None:
    with Store(filled, read_only=True) as store:
        docs = store.documents()
        quotes = store.quotes("doc-000003")
        assert len(docs) == 41 and "text" not in docs
        assert store.documents(text=True)["text"].str.len().min() > 0
        assert len(quotes) == 1 and quotes.iloc[0]["speaker_code"] == "RUSGOV"
        assert len(store.quotes()) == 40


def test_add_source_records_another_site(db: Path) -> None:
    with Store(db) as store:
        store.add(seed_doc())
        assert store.add_source("rferl-2003-03-11", source="afp", url="https://afp.example/1")
        assert not store.add_source("rferl-2003-03-11", source="afp", url="https://afp.example/1")
        assert not store.add_source("unknown", source="afp")
        assert store.stats()["sources"] == 2


def test_meta_sources_are_stored(db: Path) -> None:
    coded = seed_doc()
    doc = replace(coded.doc, meta={"sources": ["https://copy.example/1", {"source": "bbc"}]})
    with Store(db) as store:
        store.add(replace(coded, doc=doc))
        assert store.sources("rferl-2003-03-11")["is_primary"].tolist() == [True, False, False]


def test_not_a_database_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("just some text\n" * 100)
    with pytest.raises(StoreError, match=r"\[E301\].*notes\.duckdb"):
        Store(path, read_only=True)


def test_missing_database_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\[E303\].*missing\.duckdb"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_duckdb_file_that_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match=r"\[E304\]"):
        Store(path)


def test_newer_schema_is_refused(db: Path) -> None:
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match=r"\[E305\]"):
        Store(db, read_only=True)


def test_read_only_store_refuses_writes(filled: Path) -> None:
    with Store(filled, read_only=True) as store, pytest.raises(StoreError, match=r"\[E312\]"):
        store.add(make_coded(999))


def test_closed_store(db: Path) -> None:
    store = Store(db)
    store.close()
    with pytest.raises(StoreError, match=r"\[E309\]"):
        store.stats()


def test_public_surface() -> None:
    import detente.store as store_pkg

    assert sorted(store_pkg.__all__) == sorted(
        ["DEFAULT_DB", "FORMATS", "STORE_SCHEMA_VERSION", "AddSummary", "Store",
         "event_from_row", "export", "parse_day"]
    )  # fmt: skip
    assert all(hasattr(store_pkg, name) for name in store_pkg.__all__)


def make_version_1(db: Path) -> None:
    """Turn a current store into what schema version 1 wrote (no plover_intensity)."""
    with Store(db) as store:
        store.add_many(synthetic_documents(4))
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE events DROP COLUMN plover_intensity")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()


def test_version_1_is_migrated_when_opened_for_writing(db: Path) -> None:
    make_version_1(db)
    with pytest.raises(StoreError, match=r"\[E315\]"):
        Store(db, read_only=True)
    with Store(db) as store:
        assert store.meta()["schema_version"] == str(STORE_SCHEMA_VERSION)
        frame = store.events()
        assert set(frame["plover_intensity"].dropna()) == {1.0}
        assert frame["plover_intensity"].notna().sum() == (frame["cameo_root"] == "04").sum()
        assert store.add(make_coded(10))
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 5
