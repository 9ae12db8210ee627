"""Duplicate and near-duplicate documents (real datasketch, real DuckDB, real coder)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from detente.dedup import Deduplicator, fingerprint, normalise, shingles
from detente.parallel import ingest
from detente.records import Document
from detente.store import STORE_SCHEMA_VERSION, Store, export
from detente.store.export import column_dtypes, column_specs

ROOT = Path(__file__).resolve().parent.parent
STORY = (ROOT / "tests/fixtures/dedup/aegean-talks.txt").read_text("utf-8")
OTHER = (ROOT / "examples/black-sea-strikes.txt").read_text("utf-8")
SAME_SUBJECT = (ROOT / "examples/ankara-talks.txt").read_text("utf-8")

#: A copy as another site runs it: its own headline, one sentence reworded.
EDITED = STORY.replace(
    "Turkey And Greece Agree To Resume Talks On Aegean Disputes",
    "Ankara and Athens to talk again about the Aegean",
).replace(
    "Relations improved after a devastating earthquake struck southern Turkey last year",
    "Ties between the neighbours warmed after a deadly earthquake hit Turkey in 2023",
)
#: The same text as a crawler of another site saves it: other spacing, case and quotes.
REFORMATTED = " ".join(STORY.split()).replace("constructive approach", "'Constructive Approach'")

SITES = [("afp", "https://afp.example/aegean"), ("bbc", "https://bbc.example/aegean")]


def doc(doc_id: str, text: str = STORY, source: str = "rferl", url: str | None = None) -> Document:
    return Document(
        id=doc_id,
        text=text,
        source=source,
        url=url or f"https://{source}.example/{doc_id}",
        published=date(2024, 5, 14),
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fidan  met\nGerapetritis.", ["fidan", "met", "gerapetritis"]),
        ("“Constructive” APPROACH!", ["constructive", "approach"]),
        ("ﬁve ＡＢＣ", ["five", "abc"]),  # NFKC folds ligatures and full-width letters
        ("...", []),
    ],
)
def test_normalise(text: str, words: list[str]) -> None:
    assert normalise(text) == words


@pytest.mark.parametrize(("n_words", "n_shingles"), [(0, 0), (3, 1), (5, 1), (6, 2), (12, 8)])
def test_shingles_are_word_5_grams(n_words: int, n_shingles: int) -> None:
    assert len(shingles([f"w{i}" for i in range(n_words)])) == n_shingles


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [(REFORMATTED, 1.0, 1.0), (EDITED, 0.8, 0.99), (SAME_SUBJECT, 0.0, 0.2), (OTHER, 0.0, 0.1)],
)
def test_similarity_to_the_story(text: str, low: float, high: float) -> None:
    assert low <= fingerprint(STORY).similarity(fingerprint(text)) <= high


@pytest.mark.parametrize(
    ("text", "copy_of"),
    [
        (STORY, "original"),
        (REFORMATTED, "original"),  # exact duplicate after normalisation
        (EDITED, "original"),  # near-duplicate
        (SAME_SUBJECT, None),  # another article on the same meeting
        (OTHER, None),
    ],
)
def test_check_finds_the_original(text: str, copy_of: str | None) -> None:
    dedup = Deduplicator()
    assert dedup.check(doc("original")) is None
    assert dedup.check(doc("later", text, source="afp")) == copy_of
    assert len(dedup) == (1 if copy_of else 2)


def test_copies_sources_go_with_the_original_or_after_it() -> None:
    from detente.records import CodedDocument

    dedup = Deduplicator()
    dedup.check(doc("original"))
    dedup.check(doc("copy-1", source="afp", url="https://afp.example/1"))
    coded = dedup.attach(CodedDocument(doc("original"), (), ()))
    assert [s["url"] for s in coded.doc.meta["sources"]] == ["https://afp.example/1"]
    dedup.check(doc("copy-2", EDITED, source="bbc", url="https://bbc.example/2"))
    assert dedup.leftover() == [
        (
            "original",
            {"source": "bbc", "url": "https://bbc.example/2", "published": date(2024, 5, 14)},
        )
    ]
    assert dedup.leftover() == []


# --- through the ingest, with the real coder ------------------------------------------


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


@pytest.fixture(scope="module")
def three_sites(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story under three sources and URLs, plus an unrelated article, in one ingest."""
    path = tmp_path_factory.mktemp("dedup") / "three.duckdb"
    docs = [
        doc("rferl-1"),
        doc("afp-1", source=SITES[0][0], url=SITES[0][1]),
        doc("other-1", OTHER),
        doc("bbc-1", REFORMATTED, source=SITES[1][0], url=SITES[1][1]),
    ]
    with Store(path) as store:
        summary = ingest(docs, store)
    assert (summary.read, summary.duplicates, summary.stored, summary.skipped) == (4, 2, 2, 0)
    return path


def test_one_document_three_sources(three_sites: Path) -> None:
    with Store(three_sites, read_only=True) as store:
        assert sorted(store.documents()["doc_id"]) == ["other-1", "rferl-1"]
        sources = store.sources("rferl-1")
        assert sorted(sources["source"]) == ["afp", "bbc", "rferl"]
        assert sources["is_primary"].tolist() == [True, False, False]
        assert store.stats()["sources"] == 4
        signed = store.query("SELECT count(*) AS n FROM signatures")["n"][0]
    assert signed == 2


def test_events_counted_once_with_three_sources(three_sites: Path) -> None:
    with Store(three_sites, read_only=True) as store:
        events = store.events()
        frame = gdelt(store)
    story = frame[frame["SOURCEURL"] == "https://rferl.example/rferl-1"]
    assert len(story) == (events["doc_id"] == "rferl-1").sum() > 0
    assert (story["NumSources"] == 3).all() and (story["NumArticles"] == 3).all()
    assert (story["NumMentions"] >= 3).all()
    other = frame[frame["SOURCEURL"] == "https://rferl.example/other-1"]
    assert len(other) > 0 and (other["NumSources"] == 1).all()


def test_tone_stored_and_exported(three_sites: Path) -> None:
    with Store(three_sites, read_only=True) as store:
        docs = store.documents()
        events = store.events()
        mentions = store.query("SELECT event_id, tone FROM mentions")
        raw = list(store.raw_events())
        frame = gdelt(store)
    assert docs["tone"].notna().all() and docs["tone"].between(-100, 100).all()
    assert events["tone"].notna().all() and mentions["tone"].notna().all()
    assert all(r["tone"] is not None for r in raw)
    expected = mentions.groupby("event_id")["tone"].mean()
    by_gid = frame.set_index("GlobalEventID")["AvgTone"]
    with Store(three_sites, read_only=True) as store:
        gids = store.query("SELECT gid, event_id FROM events").set_index("gid")["event_id"]
    for gid, tone in by_gid.items():
        assert tone == pytest.approx(expected[gids[gid]], abs=1e-3)
    assert frame["AvgTone"].abs().sum() > 0  # the story is not neutral throughout


def test_dedup_persists_across_ingest_runs(tmp_path: Path) -> None:
    path = tmp_path / "two-runs.duckdb"
    with Store(path) as store:
        first = ingest([doc("rferl-1")], store)
    with Store(path) as store:
        second = ingest(
            [doc("afp-2", EDITED, *SITES[0]), doc("rferl-2", SAME_SUBJECT)], store, dedup=True
        )
        third = ingest([doc("bbc-3", REFORMATTED, *SITES[1])], store)
        sources = store.sources("rferl-1")
        stats = store.stats()
    assert (first.stored, second.stored, second.duplicates, third.duplicates) == (1, 1, 1, 1)
    assert sorted(sources["source"]) == ["afp", "bbc", "rferl"]
    assert stats["documents"] == 2


def test_dedup_off_codes_every_copy(tmp_path: Path) -> None:
    with Store(tmp_path / "off.duckdb") as store:
        summary = ingest([doc("rferl-1"), doc("afp-1", source="afp")], store, dedup=False)
    assert (summary.stored, summary.duplicates) == (2, 0)


def make_version_2(path: Path) -> None:
    """Turn a current store into what schema version 2 wrote."""
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE signatures")
    con.execute("ALTER TABLE events DROP COLUMN tone")
    con.execute("ALTER TABLE events DROP COLUMN event_key")
    con.execute("ALTER TABLE mentions DROP COLUMN tone")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()


def test_version_2_store_is_migrated_and_its_documents_deduplicated(tmp_path: Path) -> None:
    from detente.store.synthetic import make_coded

    path = tmp_path / "v2.duckdb"
    coded = make_coded(0)
    with Store(path) as store:
        store.add(replace(coded, doc=replace(coded.doc, text=STORY)))
    make_version_2(path)
    with Store(path) as store:
        assert store.meta()["schema_version"] == str(STORE_SCHEMA_VERSION) == "3"
        keys = store.query("SELECT event_key FROM events")["event_key"]
        summary = ingest([doc("afp-1", EDITED, *SITES[0])], store)
        sources = store.sources(coded.doc.id)
    assert keys.notna().sum() == sum(e.date is not None for e in coded.events)
    assert summary.duplicates == 1 and summary.stored == 0
    assert sorted(sources["source"]) == ["afp", coded.doc.source]


@pytest.mark.parametrize(
    ("option", "stored", "duplicates"), [("--dedup", 1, 1), ("--no-dedup", 2, 0)]
)
def test_cli_ingest_dedup_option(tmp_path: Path, option: str, stored: int, duplicates: int) -> None:
    import json

    from typer.testing import CliRunner

    import detente.api.commands.ingest
    import detente.api.commands.stats  # noqa: F401 - registers the commands
    from detente.api.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rferl.txt").write_text(STORY, "utf-8")
    (folder / "afp.txt").write_text(EDITED, "utf-8")
    db = tmp_path / "cli.duckdb"
    args = ["ingest", "--db", str(db), option, "--json-summary", "-q", str(folder)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["stored"], summary["duplicates"]) == (stored, duplicates)
    assert f"skipped as duplicates: {duplicates}" in result.stderr
