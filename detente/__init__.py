"""detente: political event data from news — who did what to whom, when and where.

The public API is small and re-exported here; see ``__all__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detente.records import (
    SCHEMA_VERSION,
    Actor,
    Cameo,
    CodedDocument,
    Document,
    Event,
    Evidence,
    Place,
    Quote,
    Sentence,
)
from detente.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Cameo",
    "CodedDocument",
    "Document",
    "Event",
    "Evidence",
    "Place",
    "Quote",
    "Sentence",
    "Settings",
    "Store",
    "__version__",
    "code",
    "code_documents",
]

if TYPE_CHECKING:
    from detente.pipeline import code, code_documents
    from detente.store import Store


def __getattr__(name: str) -> Any:
    # The coder and the store pull in spaCy and DuckDB: load them on first use only.
    if name in ("code", "code_documents"):
        from detente import pipeline

        return getattr(pipeline, name)
    if name == "Store":
        from detente.store import Store

        return Store
    raise AttributeError(f"module 'detente' has no attribute {name!r}")
