"""The event store: coded documents in one DuckDB file.

Writes are idempotent by document id and transactional per batch: a document's
row is committed in the same transaction as its sources, events, mentions and
quotes, so a crash leaves each document either wholly stored or absent.

DuckDB lets one process write a file, and no other process may open it while
it does. A writable :class:`Store` therefore holds the file only while it
writes: :meth:`Store.add_many` releases it between batches (while the next batch
is being coded), and a read-only store opens the file for one call at a time.
Both retry with backoff while the other side holds the lock. See docs/store.md.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from detente.errors import Errors, StoreError
from detente.records import CodedDocument
from detente.store.schema import (
    DOCUMENT_COLUMNS,
    EVENT_FRAME_COLUMNS,
    MIGRATIONS,
    STORE_SCHEMA_VERSION,
    TABLES,
    arrow_schema,
    column_list,
    ddl,
    quote,
)

DEFAULT_DB = "detente.duckdb"
STAT_TABLES: tuple[str, ...] = ("documents", "sources", "events", "mentions", "quotes")


@dataclass(slots=True)
class AddSummary:
    """What :meth:`Store.add_many` did: documents added, documents already present."""

    added: int = 0
    present: int = 0
    events: int = 0
    quotes: int = 0

    @property
    def seen(self) -> int:
        return self.added + self.present

    def to_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "present": self.present,
            "events": self.events,
            "quotes": self.quotes,
        }


def parse_day(value: date | str | None, option: str) -> date | None:
    """``value`` as a date; a string must be ``YYYY-MM-DD`` (else E302)."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as e:
        raise StoreError(Errors.E302.format(value=value, option=option)) from e


def _is_lock_conflict(error: duckdb.Error) -> bool:
    """Another process holds the file."""
    return "lock" in str(error).lower()


def _is_same_process_conflict(error: duckdb.Error) -> bool:
    """This process has the file open in the other mode (read-only vs writable)."""
    return "different configuration" in str(error).lower()


class Store:
    """Coded documents, their events and quotes in a DuckDB file.

    Args:
        path: the database file; a writable store creates it when missing.
        read_only: open for reading only; the file must exist. A read-only store
            holds the file only during each call, so an ingest can go on.
        timeout: seconds to keep retrying while another process holds the file.
    """

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, timeout: float = 30.0
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.timeout = timeout
        self._con: duckdb.DuckDBPyConnection | None = None
        self._closed = False
        self._hold = not read_only  # keep the file open between calls
        self._known: set[str] | None = None  # stored ids, while add_many runs
        if read_only and not self.path.is_file():
            raise StoreError(Errors.E303.format(path=self.path))
        with self._session():
            pass  # validates the file (and creates the schema) now, not at first use

    # --- connection handling ------------------------------------------------------

    def _connect(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        read_only = self.read_only
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except (duckdb.IOException, duckdb.ConnectionException) as e:
                if _is_same_process_conflict(e) and read_only:
                    # this process holds the file writable: share that database (reads only)
                    read_only = False
                    continue
                if not (_is_lock_conflict(e) or _is_same_process_conflict(e)):
                    raise StoreError(Errors.E301.format(path=self.path, detail=e)) from e
                if time.monotonic() >= deadline:
                    raise StoreError(
                        Errors.E306.format(path=self.path, seconds=self.timeout)
                    ) from e
            except duckdb.Error as e:
                raise StoreError(Errors.E301.format(path=self.path, detail=e)) from e
            time.sleep(delay)
            delay = min(delay * 2, 0.25)

    def _open(self) -> duckdb.DuckDBPyConnection:
        con = self._connect()
        try:
            self._prepare(con)
        except BaseException:
            con.close()
            raise
        return con

    def _prepare(self, con: duckdb.DuckDBPyConnection) -> None:
        """Check the schema version; create or migrate the schema when writable."""
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "meta" not in tables:
            if self.read_only or tables:
                raise StoreError(Errors.E304.format(path=self.path))
            self._create(con)
            return
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        found = int(rows[0][0]) if rows else 0
        if found > STORE_SCHEMA_VERSION:
            raise StoreError(
                Errors.E305.format(path=self.path, found=found, supported=STORE_SCHEMA_VERSION)
            )
        if found < STORE_SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(
                    Errors.E315.format(path=self.path, found=found, current=STORE_SCHEMA_VERSION)
                )
            self._migrate(con, found)

    def _create(self, con: duckdb.DuckDBPyConnection) -> None:
        con.begin()
        for statement in ddl():
            con.execute(statement)
        con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
            [str(STORE_SCHEMA_VERSION), datetime.now(UTC).isoformat(timespec="seconds")],
        )
        con.commit()

    def _migrate(self, con: duckdb.DuckDBPyConnection, found: int) -> None:
        con.begin()
        for version in range(found, STORE_SCHEMA_VERSION):
            for statement in MIGRATIONS.get(version, []):
                con.execute(statement)
        for statement in ddl():  # tables added since (CREATE TABLE IF NOT EXISTS)
            con.execute(statement)
        con.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(STORE_SCHEMA_VERSION)]
        )
        con.commit()

    @contextmanager
    def _session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one call: the held one, or one opened (and closed unless held)."""
        if self._closed:
            raise StoreError(Errors.E309.format(path=self.path))
        if self._con is not None:
            yield self._con
            return
        con = self._open()
        if not self._hold:
            try:
                yield con
            finally:
                con.close()
        else:
            self._con = con
            yield con

    def _release(self) -> None:
        """Close the connection so that other processes may open the file."""
        if self._con is not None:
            con, self._con = self._con, None
            con.close()

    def close(self) -> None:
        """Release the file; the store cannot be used afterwards."""
        self._release()
        self._closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read_only" if self.read_only else "writable"
        return f"Store({str(self.path)!r}, {mode})"

    # --- writing ------------------------------------------------------------------

    def add(self, coded: CodedDocument) -> bool:
        """Store one coded document in one transaction.

        Returns:
            True when it was added; False (and nothing changes) when a document
            with the same id is already stored.
        """
        with self._session() as con:
            return self._write_batch(con, [coded]).added == 1

    def add_many(
        self,
        coded: Iterable[CodedDocument],
        *,
        batch_size: int = 256,
        flush_seconds: float = 5.0,
    ) -> AddSummary:
        """Store coded documents, one transaction per batch.

        A batch is written when it holds ``batch_size`` documents or has been
        collecting for ``flush_seconds``. The file is released while a batch is
        being collected (that is, while ``coded`` is coding), so that readers
        can open it between batches. Meanwhile other calls on this store open the
        file for the call only, and :meth:`has` answers from the ids stored when
        ``add_many`` began plus those it wrote (so that a generator feeding it can
        skip stored documents without holding the file).
        """
        if batch_size < 1:
            raise StoreError(
                Errors.E313.format(value=batch_size, option="batch_size", detail="must be >= 1")
            )
        self._require_writable()
        summary = AddSummary()
        self._release()
        self._hold = False
        try:
            with self._session() as con:
                self._known = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
            batch: list[CodedDocument] = []
            started = time.monotonic()
            for item in coded:
                batch.append(item)
                if len(batch) >= batch_size or time.monotonic() - started >= flush_seconds:
                    self._flush(batch, summary)
                    batch, started = [], time.monotonic()
            if batch:
                self._flush(batch, summary)
        finally:
            self._hold, self._known = True, None
        return summary

    def _flush(self, batch: list[CodedDocument], summary: AddSummary) -> None:
        with self._session() as con:  # opened for this batch only (_hold is False)
            done = self._write_batch(con, batch)
        if self._known is not None:
            self._known.update(c.doc.id for c in batch)
        summary.added += done.added
        summary.present += done.present
        summary.events += done.events
        summary.quotes += done.quotes

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(Errors.E312.format(path=self.path))

    def _write_batch(
        self, con: duckdb.DuckDBPyConnection, batch: list[CodedDocument]
    ) -> AddSummary:
        from detente.store.rows import coded_rows

        self._require_writable()
        con.begin()
        try:
            new = self._new_documents(con, batch)
            first_gid = con.execute("SELECT coalesce(max(gid), 0) + 1 FROM events").fetchall()[0][0]
            known = self._known_events(con, new)
            rows = coded_rows(new, first_gid, datetime.now(UTC).replace(tzinfo=None), known)
            for table, columns in rows.items():
                self._insert(con, table, columns)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return AddSummary(
            added=len(new),
            present=len(batch) - len(new),
            events=len(rows["events"]["event_id"]),
            quotes=sum(len(c.quotes) for c in new),
        )

    @staticmethod
    def _known_events(con: duckdb.DuckDBPyConnection, batch: list[CodedDocument]) -> dict[str, str]:
        """Stored events that the events of ``batch`` are further reports of, by event key."""
        from detente.store.rows import event_key

        keys = {k for c in batch for e in c.events if (k := event_key(e)) is not None}
        if not keys:
            return {}
        rows = con.execute(
            "SELECT event_key, arg_min(event_id, gid) FROM events"
            " WHERE list_contains(?, event_key) GROUP BY event_key",
            [sorted(keys)],
        ).fetchall()
        return dict(rows)

    def _new_documents(
        self, con: duckdb.DuckDBPyConnection, batch: list[CodedDocument]
    ) -> list[CodedDocument]:
        ids = [c.doc.id for c in batch]
        stored = {
            r[0]
            for r in con.execute(
                "SELECT doc_id FROM documents WHERE list_contains(?, doc_id)", [ids]
            ).fetchall()
        }
        new = []
        for item in batch:
            if item.doc.id not in stored:
                stored.add(item.doc.id)  # a repeat inside the batch is "present" too
                new.append(item)
        return new

    @staticmethod
    def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list[Any]]) -> None:
        first = next(iter(columns.values()))
        if not first:
            return
        spec, key = TABLES[table]
        data = pa.Table.from_pydict(columns, schema=arrow_schema(spec))
        names = column_list(spec)
        # OR IGNORE: an event or quote id seen in an earlier document is kept once
        verb = "INSERT OR IGNORE" if key else "INSERT"
        con.register("_detente_batch", data)
        con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM _detente_batch")
        con.unregister("_detente_batch")

    def add_source(
        self,
        doc_id: str,
        *,
        source: str | None,
        url: str | None = None,
        published: date | str | None = None,
    ) -> bool:
        """Record that the stored document ``doc_id`` also appeared at ``source``/``url``.

        Use it for the same wire story found on another site. Returns False when
        that source is already recorded or the document is not stored.
        """
        return (
            self.add_sources([(doc_id, {"source": source, "url": url, "published": published})])
            == 1
        )

    @staticmethod
    def _add_one_source(con: duckdb.DuckDBPyConnection, doc_id: str, extra: dict[str, Any]) -> bool:
        source, url = extra.get("source"), extra.get("url")
        day = parse_day(extra.get("published"), "published")
        known = con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id])
        if not known.fetchall()[0][0]:
            return False
        dup = con.execute(
            "SELECT count(*) FROM sources WHERE doc_id = ?"
            " AND source IS NOT DISTINCT FROM ? AND url IS NOT DISTINCT FROM ?",
            [doc_id, source, url],
        ).fetchall()[0][0]
        if not dup:
            con.execute(
                "INSERT INTO sources VALUES (?, ?, ?, ?, false)", [doc_id, source, url, day]
            )
        return not dup

    def add_sources(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> int:
        """Record many further sources in one transaction: ``(doc_id, {source, url,
        published})`` pairs, as :meth:`add_source` does one. Returns how many were new."""
        wanted = [(doc_id, extra) for doc_id, extra in rows]
        if not wanted:
            return 0
        self._require_writable()
        with self._session() as con:
            con.begin()
            try:
                added = sum(self._add_one_source(con, doc_id, extra) for doc_id, extra in wanted)
                con.commit()
            except BaseException:
                con.rollback()
                raise
        return added

    def add_signatures(self, rows: dict[str, list[Any]]) -> None:
        """Store dedup signatures (columns of the ``signatures`` table) of stored documents."""
        self._require_writable()
        with self._session() as con:
            con.begin()
            try:
                self._insert(con, "signatures", rows)
                con.commit()
            except BaseException:
                con.rollback()
                raise

    # --- reading ------------------------------------------------------------------

    def _query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        with self._session() as con:
            try:
                return con.execute(sql, params or []).df()
            except duckdb.Error as e:
                raise StoreError(Errors.E311.format(path=self.path, detail=e)) from e

    def has(self, doc_id: str) -> bool:
        """Whether a document with this id is stored.

        While :meth:`add_many` runs, the answer comes from the ids stored when it
        began plus those it wrote, without opening the file; a document another
        process adds meanwhile reads as absent (and is skipped when added).
        """
        if self._known is not None:
            return doc_id in self._known
        with self._session() as con:
            row = con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id])
            return row.fetchall()[0][0] > 0

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Events as a flat DataFrame, oldest first.

        Args:
            source: keep events whose source actor code starts with it (``RUS``
                matches ``RUS`` and ``RUSGOV``) or whose source country is it.
            target: the same for the target actor.
            since: keep events on or after this date (``YYYY-MM-DD``).
            until: keep events on or before this date.
            limit: at most this many events.
        """
        where, params = event_filter(source=source, target=target, since=since, until=until)
        sql = f"SELECT {column_list_names(EVENT_FRAME_COLUMNS)} FROM events {where} "
        sql += "ORDER BY date NULLS LAST, gid"
        if limit is not None:
            if limit < 0:
                raise StoreError(
                    Errors.E313.format(value=limit, option="limit", detail="must be >= 0")
                )
            sql += f" LIMIT {int(limit)}"
        return self._query(sql, params)

    def documents(self, *, text: bool = False) -> pd.DataFrame:
        """Stored documents, one row each (``text=True`` adds the article text)."""
        names = [c.name for c in DOCUMENT_COLUMNS if text or c.name != "text"]
        return self._query(f"SELECT {column_list_names(names)} FROM documents ORDER BY added_at")

    def sources(self, doc_id: str | None = None) -> pd.DataFrame:
        """The articles each document stands for (its own, and copies on other sites)."""
        where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
        return self._query(f"SELECT * FROM sources {where} ORDER BY doc_id, NOT is_primary", params)

    def quotes(self, doc_id: str | None = None) -> pd.DataFrame:
        """Quotations, all or those of one document."""
        where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
        return self._query(
            f"SELECT * EXCLUDE (raw) FROM quotes {where} ORDER BY doc_id, start", params
        )

    def stats(self) -> dict[str, int]:
        """Row counts: documents, sources, events, mentions, quotes."""
        counts = " , ".join(f"(SELECT count(*) FROM {t})" for t in STAT_TABLES)
        with self._session() as con:
            # one statement, so that the counts come from one snapshot
            row = con.execute(f"SELECT {counts}").fetchall()[0]
        return dict(zip(STAT_TABLES, (int(n) for n in row), strict=True))

    def meta(self) -> dict[str, str]:
        """The ``meta`` table: schema version and creation time."""
        with self._session() as con:
            return dict(con.execute("SELECT key, value FROM meta").fetchall())

    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run a SQL query on the store (the tables are documented in docs/store.md)."""
        return self._query(sql, params)

    def raw_events(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """The stored ``Event.to_dict()`` objects, filtered like :meth:`events`."""
        where, params = event_filter(**filters)
        frame = self._query(f"SELECT raw FROM events {where} ORDER BY date NULLS LAST, gid", params)
        for raw in frame["raw"]:
            yield json.loads(raw)


def column_list_names(names: Iterable[str]) -> str:
    return ", ".join(quote(n) for n in names)


def event_filter(
    *,
    source: str | None = None,
    target: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    table: str = "",
) -> tuple[str, list[Any]]:
    """A ``WHERE`` clause (and its parameters) over the events table."""
    prefix = f"{table}." if table else ""
    clauses: list[str] = []
    params: list[Any] = []
    for role, value in (("source", source), ("target", target)):
        if value:
            code = value.strip().upper()
            clauses.append(f"(starts_with({prefix}{role}_code, ?) OR {prefix}{role}_country = ?)")
            params += [code, code]
    day_since, day_until = parse_day(since, "since"), parse_day(until, "until")
    if day_since is not None:
        clauses.append(f"{prefix}date >= ?")
        params.append(day_since)
    if day_until is not None:
        clauses.append(f"{prefix}date <= ?")
        params.append(day_until)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
