"""One event reported by several documents: one events row, one mention per report."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from detente.records import CodedDocument, Event, stable_id
from detente.store import Store, export
from detente.store.export import column_dtypes, column_specs
from detente.store.rows import event_key, lead_end
from detente.store.synthetic import make_coded


def report(coded: CodedDocument, doc_id: str, source: str, **changes: object) -> CodedDocument:
    """``coded`` as another site's article (its own id, source and URL); ``changes``
    are applied to every event."""
    doc = replace(coded.doc, id=doc_id, source=source, url=f"https://{source}.example/{doc_id}")
    events = tuple(
        replace(e, doc_id=doc_id, event_id=stable_id(doc_id, i), **changes)  # type: ignore[arg-type]
        for i, e in enumerate(coded.events)
    )
    quotes = tuple(replace(q, doc_id=doc_id, quote_id=stable_id(doc_id, "q")) for q in coded.quotes)
    return replace(coded, doc=doc, events=events, quotes=quotes)


def gdelt(store: Store) -> pd.DataFrame:
    out = io.StringIO()
    export(store, "gdelt", out)
    names = [c.name for c in column_specs("gdelt")]
    return pd.read_csv(
        io.StringIO(out.getvalue()),
        sep="\t",
        header=None,
        names=names,
        dtype=column_dtypes("gdelt"),
    )


FIRST = make_coded(0)  # 3 events, all dated
DATED = [e for e in FIRST.events if e.date is not None]


@pytest.mark.parametrize("batch_size", [1, 10])
def test_same_event_in_two_documents_is_one_event_with_two_mentions(
    tmp_path: Path, batch_size: int
) -> None:
    second = report(FIRST, "bbc-1", "bbc")
    with Store(tmp_path / "m.duckdb") as store:
        summary = store.add_many([FIRST, second], batch_size=batch_size)
        stats = store.stats()
        mentions = store.query("SELECT event_id, doc_id FROM mentions ORDER BY doc_id")
        frame = gdelt(store)
    assert len(DATED) == 3
    assert (summary.added, summary.events) == (2, 3)
    assert (stats["events"], stats["mentions"], stats["documents"]) == (3, 6, 2)
    assert set(mentions["event_id"]) == {e.event_id for e in FIRST.events}
    assert (frame["NumMentions"] == 2).all() and (frame["NumArticles"] == 2).all()
    assert (frame["NumSources"] == 2).all()
    assert frame["IsRootEvent"].tolist() == [1, 0, 0]  # only the first paragraph is the lead


def test_a_repeated_report_changes_nothing(tmp_path: Path) -> None:
    second = report(FIRST, "bbc-1", "bbc")
    with Store(tmp_path / "m.duckdb") as store:
        store.add_many([FIRST, second])
        before = store.stats()
        again = store.add_many([second, FIRST])
        assert store.stats() == before
    assert (again.added, again.present, again.events) == (0, 2, 0)


@pytest.mark.parametrize(
    "changes",
    [
        {"date": None},  # undated events are never merged
        {"factuality": "negated"},  # a denial is not a report of the event
        {"target": FIRST.events[0].source},  # another dyad
    ],
)
def test_different_events_are_not_merged(tmp_path: Path, changes: dict[str, object]) -> None:
    second = report(FIRST, "bbc-1", "bbc", **changes)
    with Store(tmp_path / "m.duckdb") as store:
        store.add_many([FIRST, second])
        stats = store.stats()
    assert (stats["events"], stats["mentions"]) == (6, 6)


def test_event_key_names_what_makes_the_same_event() -> None:
    event = DATED[0]
    assert event_key(event) == "|".join(
        [
            event.date.isoformat(),
            event.source.code,
            event.target.code,
            event.cameo.code,  # type: ignore[union-attr]
            event.factuality,
        ]
    )
    assert event_key(replace(event, date=None)) is None


def test_migrated_keys_equal_written_keys(tmp_path: Path) -> None:
    """EVENT_KEY_SQL (used by the migration) computes what event_key() writes."""
    from detente.store.schema import EVENT_KEY_SQL

    with Store(tmp_path / "k.duckdb") as store:
        store.add_many(make_coded(i) for i in range(30))
        frame = store.query(f"SELECT event_key, {EVENT_KEY_SQL} AS sql_key FROM events")
    assert frame["event_key"].notna().sum() > 0
    assert frame["event_key"].fillna("-").tolist() == frame["sql_key"].fillna("-").tolist()


@pytest.mark.parametrize(
    ("paragraphs", "roots"),
    [(True, [True, False, False, False, False]), (False, [True, True, True, False, False])],
)
def test_lead_is_first_paragraph_at_most_three_sentences(
    tmp_path: Path, paragraphs: bool, roots: list[bool]
) -> None:
    coded = make_coded(3, events=5)
    if not paragraphs:  # same length, so every offset still holds
        coded = replace(coded, doc=replace(coded.doc, text=coded.doc.text.replace("\n\n", "  ")))
    assert lead_end(coded.doc, coded.sentences) <= coded.sentences[2].end
    with Store(tmp_path / "l.duckdb") as store:
        store.add(coded)
        found = store.query("SELECT is_root FROM mentions ORDER BY sentence_index")["is_root"]
    assert found.tolist() == roots


def with_tones(
    coded: CodedDocument, tones: list[float | None], doc_tone: float | None
) -> CodedDocument:
    events: tuple[Event, ...] = tuple(
        replace(e, tone=t) for e, t in zip(coded.events, tones, strict=True)
    )
    return replace(coded, doc=replace(coded.doc, tone=doc_tone, meta={}), events=events)


def test_avg_tone_is_the_mean_over_mentions(tmp_path: Path) -> None:
    first = with_tones(FIRST, [-4.0, 1.0, None], doc_tone=3.0)
    second = with_tones(report(FIRST, "bbc-1", "bbc"), [2.0, 1.0, None], doc_tone=-1.0)
    with Store(tmp_path / "t.duckdb") as store:
        store.add_many([first, second])
        frame = gdelt(store)
        documents = store.documents().set_index("doc_id")["tone"]
        events = store.events()["tone"].tolist()
    assert frame["AvgTone"].tolist() == pytest.approx([-1.0, 1.0, 1.0])  # last: document tones
    assert documents.to_dict() == {FIRST.doc.id: 3.0, "bbc-1": -1.0}
    assert events[:2] == [-4.0, 1.0] and pd.isna(events[2])
