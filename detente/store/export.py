"""Writing stored events out: GDELT 2.0, ICEWS, Phoenix, JSONL, CSV and Parquet.

:func:`export` is the one entry point; the column lists of GDELT, ICEWS and
Phoenix are data files in ``detente/data/export`` (see its README). The choices
behind each mapping are in ``docs/store.md``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import IO, Any, TextIO

import pandas as pd

from detente.actors.kb import RELIGION_CODES, ROLE_CODES
from detente.errors import Errors, StoreError
from detente.store.db import Store, event_filter
from detente.store.rows import clean, event_from_row, iso_date
from detente.store.schema import EVENT_FRAME_COLUMNS, quote

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "export"
FORMATS: tuple[str, ...] = ("gdelt", "icews", "phoenix", "jsonl", "csv", "parquet")
_PANDAS_TYPES = {"INTEGER": "Int64", "FLOAT": "float64", "STRING": "string", "DATE": "string"}


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    position: int
    name: str
    type: str
    detente: str


@cache
def column_specs(fmt: str) -> tuple[ColumnSpec, ...]:
    """The columns of ``fmt`` (``gdelt``, ``icews`` or ``phoenix``) from its data file."""
    files = {
        "gdelt": "gdelt-events-2.0.tsv",
        "icews": "icews-events.tsv",
        "phoenix": "phoenix-events.tsv",
    }
    text = (DATA_DIR / files[fmt]).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    specs = []
    for line in lines[1:]:
        position, name, type_, detente = line.split("\t")
        specs.append(ColumnSpec(int(position), name, type_, detente))
    return tuple(specs)


def column_dtypes(fmt: str) -> dict[str, str]:
    """pandas dtypes to read an exported ``fmt`` file with (``pd.read_csv(dtype=...)``)."""
    return {c.name: _PANDAS_TYPES[c.type] for c in column_specs(fmt)}


# --- the joined event frame ------------------------------------------------------------

_ENRICHED = """
WITH doc_articles AS (
    SELECT doc_id, count(*) AS n_articles,
           string_agg(url, ';' ORDER BY NOT is_primary) AS urls,
           string_agg(source, ';' ORDER BY NOT is_primary) AS sources
    FROM sources GROUP BY doc_id
),
event_docs AS (SELECT DISTINCT event_id, doc_id FROM mentions),
mention_stats AS (
    SELECT m.event_id, sum(coalesce(a.n_articles, 1)) AS num_mentions,
           bool_or(m.is_root) AS is_root
    FROM mentions m LEFT JOIN doc_articles a USING (doc_id) GROUP BY m.event_id
),
article_stats AS (
    SELECT ed.event_id, count(*) AS num_articles,
           count(DISTINCT coalesce(s.source, s.url, s.doc_id)) AS num_sources
    FROM event_docs ed JOIN sources s USING (doc_id) GROUP BY ed.event_id
),
doc_stats AS (
    -- AvgTone: the mean tone of the event's mentions (the document's tone for a
    -- mention stored without one)
    SELECT m.event_id, avg(coalesce(m.tone, d.tone)) AS avg_tone, min(d.added_at) AS first_added
    FROM mentions m JOIN documents d USING (doc_id) GROUP BY m.event_id
)
SELECT {columns}, e.gid, d.published, d.url AS doc_url, d.source AS publisher,
       a.urls AS doc_urls, a.sources AS doc_sources,
       coalesce(ms.num_mentions, 1) AS num_mentions, coalesce(ms.is_root, false) AS is_root,
       coalesce(ar.num_articles, 1) AS num_articles, coalesce(ar.num_sources, 1) AS num_sources,
       coalesce(ds.avg_tone, 0.0) AS avg_tone, coalesce(ds.first_added, d.added_at) AS added_at
FROM events e
LEFT JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN doc_articles a ON a.doc_id = e.doc_id
LEFT JOIN mention_stats ms ON ms.event_id = e.event_id
LEFT JOIN article_stats ar ON ar.event_id = e.event_id
LEFT JOIN doc_stats ds ON ds.event_id = e.event_id
{where}
ORDER BY e.date NULLS LAST, e.gid
"""


def enriched_events(store: Store, **filters: Any) -> pd.DataFrame:
    """The flat events with what the exports add: mention counts, tone, URLs."""
    where, params = event_filter(table="e", **filters)
    columns = ", ".join(f"e.{quote(c)}" for c in EVENT_FRAME_COLUMNS)
    return store.query(_ENRICHED.format(columns=columns, where=where), params)


# --- helpers shared by the formats -----------------------------------------------------


def _day(row: dict[str, Any]) -> date | None:
    value = clean(row["date"]) or clean(row.get("published"))
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def _roles(code: str | None, country: str | None) -> tuple[str, list[str]]:
    """A CAMEO actor code split into its entity (country, IGO...) and role codes."""
    if not code:
        return "", []
    if country and code.startswith(country):
        entity, rest = country, code[len(country) :]
    else:
        entity, rest = code[:3], code[3:]
    return entity, [rest[i : i + 3] for i in range(0, len(rest), 3)]


@cache
def country_name(code: str | None) -> str | None:
    """An English country name for an ISO3 code (the code itself when unknown)."""
    if not code:
        return None
    try:
        import pycountry

        country = pycountry.countries.get(alpha_3=code)
    except (ImportError, KeyError, LookupError):
        country = None
    return getattr(country, "common_name", None) or getattr(country, "name", code)


def _place_level(row: dict[str, Any]) -> str | None:
    """``country``, ``admin1`` or ``city``: how precise the event location is."""
    name = clean(row["location_name"])
    if name is None:
        return None
    country = clean(row["location_country"])
    if country_name(country) == name or name == country:
        return "country"
    if clean(row["location_geonameid"]) is None:
        # a region of the gazetteer (detente/data/geo/regions.tsv) has coordinates but no
        # GeoNames city id: a first-level division or a named region, not a city
        if clean(row["lat"]) is None and not clean(row["location_admin1"]):
            return "country"
        return "admin1"
    return "city"


def _blank(value: Any) -> Any:
    value = clean(value)
    return "" if value is None else value


# --- GDELT 2.0 ----------------------------------------------------------------------


def _faiths(groups: list[str]) -> tuple[list[str], list[str]]:
    """An actor code's groups split into its religion (``MOS`` and the denomination after it,
    ``SHI``: codebook 10.0.4) and its role codes: EGYMOSRAD is Muslim (MOS) and radical (RAD)."""
    faiths: list[str] = []
    for i, group in enumerate(groups):
        if group in RELIGION_CODES or (faiths and group not in ROLE_CODES):
            faiths.append(group)
        else:
            return faiths, groups[i:] if faiths else groups
    return faiths, []


def _gdelt_actor(row: dict[str, Any], n: int, role: str) -> dict[str, Any]:
    code, country = clean(row[f"{role}_code"]), clean(row[f"{role}_country"])
    _, types = _roles(code, country)
    group = None
    if code and not country and code[:3] in ("IGO", "NGO") and types:
        group, types = types[0], [code[:3], *types[1:]]
    elif code and not country:
        types = [code[:3], *types]
    faiths, types = _faiths(types)
    name = clean(row[f"{role}_name"]) or clean(row[f"{role}_text"])
    a = f"Actor{n}"
    return {
        f"{a}Code": code,
        f"{a}Name": name.upper() if name else None,
        f"{a}CountryCode": country,
        f"{a}KnownGroupCode": group,
        f"{a}Religion1Code": faiths[0] if faiths else None,
        f"{a}Religion2Code": faiths[1] if len(faiths) > 1 else None,
        **{f"{a}Type{k}Code": types[k - 1] if len(types) >= k else None for k in (1, 2, 3)},
    }


def _adm1(fips: str | None, admin1: str | None) -> str | None:
    """GDELT's ADM1 code: FIPS country + admin1 code (``IR`` + ``26``), once."""
    if not (fips and admin1):
        return fips
    return admin1 if admin1.startswith(fips) else fips + admin1


def _gdelt_geo(row: dict[str, Any]) -> dict[str, Any]:
    level = _place_level(row)
    if level is None:
        return {"ActionGeo_Type": 0}
    usa = clean(row["location_country"]) == "USA"
    kind = {"country": 1, "admin1": 2 if usa else 5, "city": 3 if usa else 4}[level]
    fips, admin1 = clean(row["location_fips"]), clean(row["location_admin1"])
    feature = clean(row["location_geonameid"])
    return {
        "ActionGeo_Type": kind,
        "ActionGeo_FullName": clean(row["location_name"]),
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": _adm1(fips, admin1) if level != "country" else fips,
        "ActionGeo_Lat": clean(row["lat"]),
        "ActionGeo_Long": clean(row["lon"]),
        "ActionGeo_FeatureID": None if feature is None else str(feature),
    }


def gdelt_record(row: dict[str, Any]) -> dict[str, Any]:
    """One GDELT 2.0 event-table row (a dict keyed by GDELT column names)."""
    day = _day(row)
    added = clean(row["added_at"])
    cameo = clean(row["cameo_code"]) or ""
    return {
        "GlobalEventID": int(row["gid"]),
        "Day": int(day.strftime("%Y%m%d")) if day else None,
        "MonthYear": int(day.strftime("%Y%m")) if day else None,
        "Year": day.year if day else None,
        "FractionDate": round(day.year + day.timetuple().tm_yday / 365, 4) if day else None,
        **_gdelt_actor(row, 1, "source"),
        **_gdelt_actor(row, 2, "target"),
        "IsRootEvent": int(bool(clean(row["is_root"]))),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": clean(row["cameo_root"]),
        "QuadClass": clean(row["quad_class"]),
        "GoldsteinScale": clean(row["goldstein"]),
        "NumMentions": clean(row["num_mentions"]),
        "NumSources": clean(row["num_sources"]),
        "NumArticles": clean(row["num_articles"]),
        "AvgTone": clean(row["avg_tone"]) or 0.0,
        "Actor1Geo_Type": 0,
        "Actor2Geo_Type": 0,
        **_gdelt_geo(row),
        "DATEADDED": int(added.strftime("%Y%m%d%H%M%S")) if added else None,
        "SOURCEURL": clean(row["doc_url"]),
    }


# --- ICEWS ----------------------------------------------------------------------------


def _icews_actor(row: dict[str, Any], role: str, title: str) -> dict[str, Any]:
    code, country = clean(row[f"{role}_code"]), clean(row[f"{role}_country"])
    _, roles = _roles(code, country)
    return {
        f"{title} Name": clean(row[f"{role}_name"]) or clean(row[f"{role}_text"]),
        f"{title} Sectors": ",".join(roles) or None,
        f"{title} Country": country_name(country),
    }


def icews_record(row: dict[str, Any]) -> dict[str, Any]:
    """One ICEWS row (a dict keyed by ICEWS column names)."""
    day = _day(row)
    level = _place_level(row)
    return {
        "Event ID": int(row["gid"]),
        "Event Date": day.isoformat() if day else None,
        **_icews_actor(row, "source", "Source"),
        "Event Text": clean(row["cameo_name"]),
        "CAMEO Code": clean(row["cameo_code"]),
        "Intensity": clean(row["goldstein"]),
        **_icews_actor(row, "target", "Target"),
        "Story ID": clean(row["doc_id"]),
        "Sentence Number": int(row["sentence_index"]) + 1,
        "Publisher": clean(row["publisher"]),
        "City": clean(row["location_name"]) if level == "city" else None,
        "Province": clean(row["location_admin1"]),
        "Country": country_name(clean(row["location_country"])),
        "Latitude": clean(row["lat"]),
        "Longitude": clean(row["lon"]),
    }


# --- Phoenix --------------------------------------------------------------------------


def _phoenix_actor(row: dict[str, Any], role: str, title: str) -> dict[str, Any]:
    code, country = clean(row[f"{role}_code"]), clean(row[f"{role}_country"])
    entity, roles = _roles(code, country)
    return {
        f"{title}ActorFull": code,
        f"{title}ActorEntity": entity or None,
        f"{title}ActorRole": roles[0] if roles else None,
        f"{title}ActorAttribute": ";".join(roles[1:]) or None,
    }


def phoenix_record(row: dict[str, Any]) -> dict[str, Any]:
    """One Phoenix row (a dict keyed by Phoenix column names)."""
    day = _day(row)
    root = clean(row["cameo_root"])
    return {
        "EventID": clean(row["event_id"]),
        "Date": int(day.strftime("%Y%m%d")) if day else None,
        "Year": day.year if day else None,
        "Month": day.month if day else None,
        "Day": day.day if day else None,
        **_phoenix_actor(row, "source", "Source"),
        **_phoenix_actor(row, "target", "Target"),
        "EventCode": clean(row["cameo_code"]),
        "EventRootCode": root,
        "PentaClass": 0 if root in ("01", "02") else clean(row["quad_class"]),
        "GoldsteinScore": clean(row["goldstein"]),
        "Lat": clean(row["lat"]),
        "Lon": clean(row["lon"]),
        "LocationName": clean(row["location_name"]),
        "StateName": clean(row["location_admin1"]),
        "CountryCode": clean(row["location_country"]),
        "SentenceID": f"{clean(row['doc_id'])}_{int(row['sentence_index']) + 1}",
        "URLs": clean(row["doc_urls"]),
        "NewsSources": clean(row["doc_sources"]),
    }


# --- writers ---------------------------------------------------------------------------


def _table(frame: pd.DataFrame, fmt: str, record: Callable[[dict[str, Any]], dict]) -> pd.DataFrame:
    specs = column_specs(fmt)
    names = [c.name for c in specs]
    rows = [record(r) for r in frame.to_dict("records")]
    table = pd.DataFrame.from_records(rows, columns=names) if rows else pd.DataFrame(columns=names)
    for spec in specs:
        table[spec.name] = table[spec.name].astype(_PANDAS_TYPES[spec.type])
    return table


_UNSAFE = re.compile(r"[\t\r\n]+")


def _cell(value: Any) -> str:
    value = clean(value)
    if value is None:
        return ""
    # tabs and line breaks would break the row (the formats have no quoting): a space instead
    return _UNSAFE.sub(" ", str(value))


def _write_tsv(table: pd.DataFrame, out: TextIO, *, header: bool) -> None:
    """Tab-separated rows, no quoting or escaping (as GDELT, ICEWS and Phoenix files are)."""
    if header:
        out.write("\t".join(table.columns) + "\n")
    for row in table.itertuples(index=False, name=None):
        out.write("\t".join(_cell(v) for v in row) + "\n")


def write_jsonl(frame: pd.DataFrame, out: TextIO) -> int:
    """One public event object (``Event.to_dict()``) per line; returns the count."""
    for row in frame.to_dict("records"):
        out.write(json.dumps(event_from_row(row), ensure_ascii=False) + "\n")
    return len(frame)


def write_csv(frame: pd.DataFrame, out: TextIO) -> int:
    """The flat event columns as CSV with a header; returns the count."""
    frame = frame.loc[:, [c for c in EVENT_FRAME_COLUMNS if c in frame]].copy()
    frame["date"] = frame["date"].map(iso_date)
    frame.to_csv(out, index=False, lineterminator="\n")
    return len(frame)


def write_parquet(frame: pd.DataFrame, folder: Path) -> int:
    """Hive-partitioned Parquet (``year=2003/month=3/...``) of the flat event columns.

    The partition is the event date, else the document's publication date; an
    event with neither goes to ``year=0/month=0``.
    """
    import pyarrow as pa
    import pyarrow.dataset as ds

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise StoreError(Errors.E314.format(path=folder))
    data = frame.loc[:, list(EVENT_FRAME_COLUMNS)].copy()
    days = [_day(r) for r in frame[["date", "published"]].to_dict("records")]
    data["date"] = pd.to_datetime(frame["date"]).dt.date
    data["year"] = pd.array([d.year if d else 0 for d in days], dtype="int32")
    data["month"] = pd.array([d.month if d else 0 for d in days], dtype="int32")
    table = pa.Table.from_pandas(data, preserve_index=False)
    part = ds.partitioning(pa.schema([("year", pa.int32()), ("month", pa.int32())]), flavor="hive")
    try:
        ds.write_dataset(table, folder, format="parquet", partitioning=part)
    except (OSError, pa.ArrowException) as e:
        raise StoreError(Errors.E310.format(path=folder, detail=e)) from e
    return len(frame)


@contextmanager
def _text_out(out: str | Path | TextIO | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    if not isinstance(out, str | Path):
        yield out
        return
    try:
        handle: IO[str] = open(out, "w", encoding="utf-8", newline="")
    except OSError as e:
        raise StoreError(Errors.E310.format(path=out, detail=e)) from e
    with handle:
        yield handle


def check_output(fmt: str, out: str | Path | TextIO | None) -> None:
    """Refuse an unknown format (E307) or a Parquet export without a path (E308)."""
    if fmt not in FORMATS:
        raise StoreError(Errors.E307.format(fmt=fmt, known=", ".join(FORMATS)))
    if fmt == "parquet" and not isinstance(out, str | Path):
        raise StoreError(Errors.E308.format(fmt=fmt))


_RECORDS = {"gdelt": gdelt_record, "icews": icews_record, "phoenix": phoenix_record}


def export(
    store: Store,
    fmt: str,
    out: str | Path | TextIO | None = None,
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    source: str | None = None,
    target: str | None = None,
) -> int:
    """Write the store's events (filtered like :meth:`Store.events`) in ``fmt``.

    Args:
        fmt: one of :data:`FORMATS`.
        out: a file path or text stream; None writes to stdout. Parquet needs
            the path of a new (or empty) folder.

    Returns:
        The number of events written.
    """
    check_output(fmt, out)
    filters = {"since": since, "until": until, "source": source, "target": target}
    frame = enriched_events(store, **filters)
    if fmt == "parquet":
        return write_parquet(frame, Path(out))  # type: ignore[arg-type]
    with _text_out(out) as stream:
        if fmt == "jsonl":
            return write_jsonl(frame, stream)
        if fmt == "csv":
            return write_csv(frame, stream)
        table = _table(frame, fmt, _RECORDS[fmt])
        _write_tsv(table, stream, header=fmt == "icews")
        return len(table)
