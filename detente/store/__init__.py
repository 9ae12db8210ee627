"""The event store: coded documents in DuckDB, and exports to other formats.

The only subpackage that imports duckdb and pyarrow. See docs/store.md.
"""

from __future__ import annotations

from detente.store.db import DEFAULT_DB, AddSummary, Store, parse_day
from detente.store.export import FORMATS, export
from detente.store.rows import event_from_row
from detente.store.schema import STORE_SCHEMA_VERSION

__all__ = [
    "DEFAULT_DB",
    "FORMATS",
    "STORE_SCHEMA_VERSION",
    "AddSummary",
    "Store",
    "event_from_row",
    "export",
    "parse_day",
]
