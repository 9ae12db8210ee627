"""The database schema: tables, their columns, and the schema version.

One list of columns per table drives the ``CREATE TABLE`` statements, the Arrow
batches the writer inserts and the DataFrames the readers return, so the three
cannot drift apart. ``docs/store.md`` documents every table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

#: Version of the database layout (the ``meta`` table holds it). Bump it when a
#: table or column changes and add a step to :data:`MIGRATIONS`.
STORE_SCHEMA_VERSION = 3


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql: str
    arrow: pa.DataType


def _text(name: str) -> Column:
    return Column(name, "VARCHAR", pa.string())


def _int(name: str) -> Column:
    return Column(name, "INTEGER", pa.int32())


def _float(name: str) -> Column:
    return Column(name, "DOUBLE", pa.float64())


def _actor(prefix: str, *, extra: bool = True) -> list[Column]:
    cols = [_text(f"{prefix}_{part}") for part in ("text", "code", "country", "sector")]
    if extra:
        cols += [_text(f"{prefix}_name"), _text(f"{prefix}_rule")]
    return cols


DOCUMENT_COLUMNS: tuple[Column, ...] = (
    _text("doc_id"),
    _text("title"),
    _text("url"),
    Column("published", "DATE", pa.date32()),
    _text("source"),
    _text("place"),
    _text("origin"),
    _text("text"),
    _int("n_sentences"),
    _int("n_events"),
    _int("n_quotes"),
    _float("tone"),
    _text("meta"),  # the document's meta dict as JSON
    Column("added_at", "TIMESTAMP", pa.timestamp("us")),
)

SOURCE_COLUMNS: tuple[Column, ...] = (
    _text("doc_id"),
    _text("source"),
    _text("url"),
    Column("published", "DATE", pa.date32()),
    Column("is_primary", "BOOLEAN", pa.bool_()),
)

EVENT_COLUMNS: tuple[Column, ...] = (
    _text("doc_id"),
    _text("event_id"),
    Column("date", "DATE", pa.date32()),
    *_actor("source"),
    *_actor("target"),
    _text("cameo_code"),
    _text("cameo_root"),
    _text("cameo_name"),
    _float("goldstein"),
    _int("quad_class"),
    _text("factuality"),
    _text("location_name"),
    _text("location_country"),
    _text("location_fips"),
    _text("location_admin1"),
    Column("location_geonameid", "BIGINT", pa.int64()),
    _float("lat"),
    _float("lon"),
    _int("sentence_index"),
    _text("sentence"),
    _text("trigger"),
    _int("start"),
    _int("end"),
    _text("rule"),
    *_actor("reported_by", extra=False),
    _text("plover_type"),
    _text("plover_mode"),
    _text("plover_context"),
    _float("plover_intensity"),
    _text("plover"),  # the full PLOVER dict as JSON
    Column("gid", "BIGINT", pa.int64()),  # integer id for GDELT's GlobalEventID
    _text("raw"),  # Event.to_dict() as JSON: nothing is lost
    _float("tone"),  # Event.tone: the tone of the evidence sentence
    _text("event_key"),  # what makes two reports the same event (see event_key())
)

MENTION_COLUMNS: tuple[Column, ...] = (
    _text("event_id"),
    _text("doc_id"),
    _int("sentence_index"),
    Column("is_root", "BOOLEAN", pa.bool_()),
    _int("actor1_offset"),
    _int("actor2_offset"),
    _int("action_offset"),
    _int("doc_len"),
    _float("tone"),  # the tone of the sentence that reports the event here
)

SIGNATURE_COLUMNS: tuple[Column, ...] = (
    _text("doc_id"),
    _text("text_hash"),  # sha1 of the normalised text: exact duplicates
    Column("minhash", "BLOB", pa.binary()),  # MinHash values (little-endian uint32)
)

QUOTE_COLUMNS: tuple[Column, ...] = (
    _text("doc_id"),
    _text("quote_id"),
    _text("text"),
    _int("start"),
    _int("end"),
    Column("direct", "BOOLEAN", pa.bool_()),
    _text("speaker_text"),
    *_actor("speaker", extra=False)[1:],  # speaker_code, _country, _sector
    _text("raw"),
)

TABLES: dict[str, tuple[tuple[Column, ...], str]] = {
    # table: (columns, table constraint)
    "documents": (DOCUMENT_COLUMNS, "PRIMARY KEY (doc_id)"),
    "sources": (SOURCE_COLUMNS, ""),
    "events": (EVENT_COLUMNS, "PRIMARY KEY (event_id)"),
    "mentions": (MENTION_COLUMNS, "PRIMARY KEY (event_id, doc_id, sentence_index)"),
    "quotes": (QUOTE_COLUMNS, "PRIMARY KEY (quote_id)"),
    "signatures": (SIGNATURE_COLUMNS, "PRIMARY KEY (doc_id)"),
}

#: Columns of :meth:`Store.events` (everything but the bookkeeping ones).
EVENT_FRAME_COLUMNS: tuple[str, ...] = tuple(
    c.name for c in EVENT_COLUMNS if c.name not in ("gid", "raw", "event_key")
)

#: SQL for :func:`detente.store.rows.event_key` over the events table (undated: NULL).
EVENT_KEY_SQL = (
    "CASE WHEN date IS NULL THEN NULL ELSE concat_ws('|', CAST(date AS VARCHAR), "
    "coalesce(source_code, ''), coalesce(target_code, ''), cameo_code, factuality) END"
)

#: Steps that bring an older database to the next version: {from_version: [sql, ...]}.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        "ALTER TABLE events ADD COLUMN plover_intensity DOUBLE",
        "UPDATE events SET plover_intensity = "
        "TRY_CAST(json_extract_string(plover, '$.intensity') AS DOUBLE)",
    ],
    2: [
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS tone DOUBLE",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS event_key VARCHAR",
        f"UPDATE events SET event_key = {EVENT_KEY_SQL}",
        "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS tone DOUBLE",
        # signatures: created by ddl(); Deduplicator.load fills them in from the texts
    ],
}


def quote(name: str) -> str:
    """``name`` as a quoted SQL identifier (``end``, ``date`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def column_list(columns: tuple[Column, ...]) -> str:
    return ", ".join(quote(c.name) for c in columns)


def ddl() -> list[str]:
    """The statements that create an empty database of the current version."""
    statements = ["CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"]
    for table, (columns, constraint) in TABLES.items():
        body = ", ".join(f"{quote(c.name)} {c.sql}" for c in columns)
        if constraint:
            body += f", {constraint}"
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    return statements


def arrow_schema(columns: tuple[Column, ...]) -> pa.Schema:
    return pa.schema([(c.name, c.arrow) for c in columns])
