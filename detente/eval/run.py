"""Code a gold set with the pipeline and score it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from detente.errors import DetenteError, Errors
from detente.eval.gold import GoldSet, read_gold
from detente.eval.metrics import EvalResult, score
from detente.records import Document, Event
from detente.settings import Settings


def documents(gold: GoldSet) -> list[Document]:
    """One :class:`Document` per gold sentence, dated by the gold date where given."""
    return [
        Document(id=r.id, text=r.text, published=r.published, origin=f"{gold.path}#{r.id}")
        for r in gold.records
    ]


def code_gold(
    gold: GoldSet, *, settings: Settings | None = None, all_events: bool = False
) -> dict[str, Sequence[Event]]:
    """The events the pipeline codes from each gold sentence, by record id.

    Only asserted events count unless ``all_events`` (hypothetical, negated and future
    events are not reported as having happened).

    Raises:
        DetenteError: [E404] when the pipeline cannot be imported.
    """
    try:
        from detente.pipeline import code_documents
    except ImportError as e:
        raise DetenteError(Errors.E404.format(detail=e)) from e
    coded: dict[str, Sequence[Event]] = {}
    for doc in code_documents(documents(gold), settings=settings):
        events = doc.events if all_events else tuple(
            e for e in doc.events if e.factuality == "asserted"
        )  # fmt: skip
        coded[doc.doc.id] = events
    return coded


def evaluate(
    path: str | Path,
    *,
    level: str = "root",
    limit: int | None = None,
    settings: Settings | None = None,
    all_events: bool = False,
) -> EvalResult:
    """Read a gold file, code its sentences and score the events.

    Raises:
        GoldError: [E401]/[E402] when the gold file cannot be read.
        DetenteError: [E404] when the pipeline is not available.
    """
    gold = read_gold(path, limit=limit)
    return score(gold, code_gold(gold, settings=settings, all_events=all_events), level=level)
