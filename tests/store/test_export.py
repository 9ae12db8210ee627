"""Exports: GDELT 2.0, ICEWS, Phoenix, JSONL, CSV, Parquet, read back with pandas and DuckDB."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from detente.errors import StoreError
from detente.records import Place
from detente.store import Store
from detente.store.export import (
    DATA_DIR,
    FORMATS,
    _gdelt_actor,
    column_dtypes,
    column_specs,
    export,
)
from detente.store.synthetic import make_coded, synthetic_documents

# The GDELT 2.0 event table, in the codebook's order, written out independently of the data file
GDELT_NAMES = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{part}" for n in (1, 2) for part in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{geo}_{part}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for part in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
ICEWS_NAMES = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
]  # fmt: skip
N_DOCS = 40


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    with Store(path) as writable:
        writable.add_many(synthetic_documents(N_DOCS))
        # the same wire story on a second site: more articles and sources for its events
        writable.add_source("doc-000001", source="bbc", url="https://bbc.example/1")
    with Store(path, read_only=True) as reader:
        yield reader


def read_gdelt(text: str) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(text), sep="\t", header=None, names=GDELT_NAMES, dtype=column_dtypes("gdelt")
    )


@pytest.mark.parametrize(
    ("fmt", "n", "first", "last"),
    [
        ("gdelt", 61, "GlobalEventID", "SOURCEURL"),
        ("icews", 20, "Event ID", "Longitude"),
        ("phoenix", 26, "EventID", "NewsSources"),
    ],
)
def test_column_data_files(fmt: str, n: int, first: str, last: str) -> None:
    specs = column_specs(fmt)
    assert [s.position for s in specs] == list(range(1, n + 1))
    assert (specs[0].name, specs[-1].name) == (first, last)
    assert len({s.name for s in specs}) == n
    assert {s.type for s in specs} <= {"INTEGER", "FLOAT", "STRING", "DATE"}
    assert all(s.detente for s in specs)


def test_data_files_have_provenance() -> None:
    files = sorted(DATA_DIR.glob("*.tsv"))
    assert len(files) == 3 and (DATA_DIR / "README.md").is_file()
    for path in files:
        head = path.read_text("utf-8").splitlines()[0]
        assert head.startswith("# ") and "source:" in head and "licence:" in head
        assert path.name in (DATA_DIR / "README.md").read_text("utf-8")


def test_gdelt_names_follow_the_codebook() -> None:
    assert [s.name for s in column_specs("gdelt")] == GDELT_NAMES


def test_gdelt_loads_in_pandas_with_61_typed_columns(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "gdelt", out) == 3 * N_DOCS
    frame = read_gdelt(out.getvalue())
    assert list(frame.columns) == GDELT_NAMES and len(frame) == 3 * N_DOCS
    assert all(line.count("\t") == 60 for line in out.getvalue().splitlines())
    ints = ["GlobalEventID", "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions"]
    assert all(str(frame[c].dtype) == "Int64" for c in ints)
    assert all(frame[c].dtype == "float64" for c in ["GoldsteinScale", "AvgTone", "ActionGeo_Lat"])
    assert frame["GlobalEventID"].is_unique
    assert set(frame["EventCode"]) == {"042", "1123", "057", "190"}  # leading zeros kept
    assert set(frame["EventBaseCode"]) == {"042", "112", "057", "190"}
    assert set(frame["QuadClass"]) == {1, 2, 3, 4}
    assert frame["Day"].between(20030101, 20041231).all()
    assert set(frame["IsRootEvent"]) == {0, 1}


def by_doc(frame: pd.DataFrame, doc: int) -> pd.DataFrame:
    return frame[frame["SOURCEURL"] == f"https://news.example/{doc}"]


def test_gdelt_values(store: Store) -> None:
    out = io.StringIO()
    export(store, "gdelt", out)
    frame = read_gdelt(out.getvalue())
    copied, plain = by_doc(frame, 1), by_doc(frame, 2)
    assert (copied["NumArticles"] == 2).all() and (copied["NumSources"] == 2).all()
    assert (copied["NumMentions"] == 2).all() and (plain["NumArticles"] == 1).all()
    assert (by_doc(frame, 0)["AvgTone"] == 0).all()  # no tone: 0
    assert (copied["AvgTone"] == -1.5).all()
    tehran = frame[frame["ActionGeo_FullName"] == "Tehran"]
    assert set(tehran["ActionGeo_CountryCode"]) == {"IR"}  # FIPS, not ISO
    assert set(tehran["ActionGeo_ADM1Code"]) == {"IR26"} and set(tehran["ActionGeo_Type"]) == {4}
    ivanov = frame[frame["Actor1Code"] == "RUSGOV"]
    assert set(ivanov["Actor1CountryCode"]) == {"RUS"} and set(ivanov["Actor1Type1Code"]) == {"GOV"}
    assert set(ivanov["Actor1Name"]) == {"IGOR IVANOV"}
    un = frame[frame["Actor1Code"] == "IGOUNO"]
    assert set(un["Actor1KnownGroupCode"]) == {"UNO"} and set(un["Actor1Type1Code"]) == {"IGO"}
    assert frame["DATEADDED"].astype(str).str.len().eq(14).all()


@pytest.mark.parametrize(
    ("code", "country", "religions", "types"),
    [
        ("EGYMOSRAD", "EGY", ("MOS", None), ("RAD", None)),
        ("IRQMOSSHIRAD", "IRQ", ("MOS", "SHI"), ("RAD", None)),
        ("MOSSUN", None, ("MOS", "SUN"), (None, None)),
        ("RUSGOVMIL", "RUS", (None, None), ("GOV", "MIL")),
    ],
)
def test_gdelt_religion_codes(code: str, country: str | None, religions, types) -> None:
    """A religion in an actor code fills GDELT's religion columns, not its type columns."""
    row = {"source_code": code, "source_country": country, "source_name": None, "source_text": "x"}
    actor = _gdelt_actor(row, 1, "source")
    assert (actor["Actor1Religion1Code"], actor["Actor1Religion2Code"]) == religions
    assert (actor["Actor1Type1Code"], actor["Actor1Type2Code"]) == types


def test_icews_has_20_columns(store: Store) -> None:
    out = io.StringIO()
    export(store, "icews", out, source="RUS")
    frame = pd.read_csv(io.StringIO(out.getvalue()), sep="\t", dtype=column_dtypes("icews"))
    assert list(frame.columns) == ICEWS_NAMES
    assert len(frame) == len(store.events(source="RUS")) > 0
    assert set(frame["Source Country"]) == {"Russian Federation"}
    assert frame["Sentence Number"].min() == 1


def test_phoenix_has_26_columns(store: Store) -> None:
    out = io.StringIO()
    export(store, "phoenix", out, target="IRN")
    names = [s.name for s in column_specs("phoenix")]
    frame = pd.read_csv(
        io.StringIO(out.getvalue()),
        sep="\t",
        header=None,
        names=names,
        dtype=column_dtypes("phoenix"),
    )
    assert len(frame.columns) == 26 and len(frame) == len(store.events(target="IRN"))
    assert set(frame["TargetActorFull"]) == {"IRN"}
    statements = frame[frame["EventRootCode"] == "04"]
    assert set(statements["PentaClass"]) == {1}


def test_jsonl_export_is_the_event_contract(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    export(store, "jsonl", path, since="2003-03-01", until="2003-06-30")
    expected = {e.event_id: e.to_dict() for c in synthetic_documents(N_DOCS) for e in c.events}
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == len(store.events(since="2003-03-01", until="2003-06-30")) > 0
    for line in lines:
        obj = json.loads(line)
        assert obj == expected[obj["event_id"]]


def test_parquet_round_trips(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "pq"
    assert export(store, "parquet", folder) == 3 * N_DOCS
    assert (folder / "year=2003" / "month=1").is_dir()
    original = store.events().sort_values("event_id").reset_index(drop=True)
    back = pd.read_parquet(folder).sort_values("event_id").reset_index(drop=True)
    assert back["event_id"].tolist() == original["event_id"].tolist()
    for column in ("doc_id", "source_code", "cameo_code", "goldstein", "lat", "sentence", "plover"):
        pd.testing.assert_series_equal(
            back[column].astype(object), original[column].astype(object), check_names=False
        )
    assert (pd.to_datetime(back["date"]) == original["date"]).sum() == original[
        "date"
    ].notna().sum()
    pattern = str(folder / "**" / "*.parquet")
    con = duckdb.connect()
    n, years = con.execute(
        "SELECT count(*), list(DISTINCT year) FROM read_parquet(?, hive_partitioning = true)",
        [pattern],
    ).fetchall()[0]
    assert n == 3 * N_DOCS and set(years) == {2003}


def test_parquet_undated_events_go_to_year_0(tmp_path: Path) -> None:
    coded = make_coded(0)
    events = tuple(replace(e, date=None) for e in coded.events)
    doc = replace(coded.doc, published=None)
    with Store(tmp_path / "u.duckdb") as store:
        store.add(replace(coded, doc=doc, events=events))
        export(store, "parquet", tmp_path / "pq")
    assert (tmp_path / "pq" / "year=0" / "month=0").is_dir()
    assert pd.read_parquet(tmp_path / "pq")["date"].isna().all()


@pytest.mark.parametrize(("fmt", "out", "code"), [("parquet", None, "E308"), ("xml", None, "E307")])
def test_bad_format_or_output(store: Store, fmt: str, out: None, code: str) -> None:
    with pytest.raises(StoreError, match=rf"\[{code}\]"):
        export(store, fmt, out)


def test_parquet_refuses_a_non_empty_folder(store: Store, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(StoreError, match=r"\[E314\]"):
        export(store, "parquet", tmp_path)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "parquet"])
def test_filters_apply_to_every_format(store: Store, fmt: str) -> None:
    out = io.StringIO()
    n = export(store, fmt, out, source="USA", since="2003-02-01")
    assert n == len(store.events(source="USA", since="2003-02-01")) > 0


def test_tsv_cells_are_not_quoted_or_escaped(tmp_path: Path) -> None:
    coded = make_coded(0)
    source = replace(coded.events[0].source, name='Igor "the Fox"\tIvanov\\')
    event = replace(coded.events[0], source=source)
    with Store(tmp_path / "q.duckdb") as store:
        store.add(replace(coded, events=(event,)))
        out = io.StringIO()
        export(store, "gdelt", out)
    (line,) = out.getvalue().splitlines()
    assert line.split("\t")[6] == 'IGOR "THE FOX" IVANOV\\'


def _gdelt_with_location(tmp_path: Path, place: Place) -> pd.DataFrame:
    """The GDELT export of one synthetic event placed at ``place``."""
    coded = make_coded(0)
    event = replace(coded.events[0], location=place)
    with Store(tmp_path / "placed.duckdb") as store:
        store.add(replace(coded, events=(event,)))
        out = io.StringIO()
        export(store, "gdelt", out)
    return read_gdelt(out.getvalue())


@pytest.mark.parametrize(("admin1", "expected"), [("26", "IR26"), ("IR26", "IR26"), (None, "IR")])
def test_gdelt_adm1_code(tmp_path: Path, admin1: str | None, expected: str) -> None:
    tehran = make_coded(0).events[0].location  # its first event is located in Tehran
    frame = _gdelt_with_location(tmp_path, replace(tehran, admin1=admin1))
    assert frame.loc[0, "ActionGeo_ADM1Code"] == expected
    assert frame.loc[0, "ActionGeo_CountryCode"] == "IR"


@pytest.mark.parametrize(
    ("place", "geo_type"),
    [
        (Place("Tigray", "ETH", 14.0, 39.0, "ET", "ET53"), 5),  # a region: no GeoNames id
        (Place("Darfur", "SDN", 13.5, 24.0, "SU", None), 5),  # a named region
        (Place("Texas", "USA", 31.0, -99.0, "US", "USTX"), 2),  # a US state
    ],
)
def test_gdelt_geo_type_of_a_region(tmp_path: Path, place: Place, geo_type: int) -> None:
    frame = _gdelt_with_location(tmp_path, place)
    assert frame.loc[0, "ActionGeo_Type"] == geo_type
