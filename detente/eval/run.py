"""Code a gold set with the pipeline and score it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import DetenteError, Errors
from detente.eval.gold import GoldSet, read_gold
from detente.eval.metrics import EvalResult, score
from detente.records import CodedDocument, Document, Event
from detente.settings import Settings


def documents(gold: GoldSet) -> list[Document]:
    """One :class:`Document` per gold sentence, dated by the gold date where given."""
    return [
        Document(id=r.id, text=r.text, published=r.published, origin=f"{gold.path}#{r.id}")
        for r in gold.records
    ]


@dataclass(frozen=True, slots=True)
class CodedGold:
    """The events coded from each gold sentence, and the sentences the pipeline failed on
    (id -> the error), which count as coding nothing."""

    events: dict[str, Sequence[Event]]
    failed: dict[str, str] = field(default_factory=dict)


def _counted(doc: CodedDocument, all_events: bool) -> Sequence[Event]:
    if all_events:
        return doc.events
    return tuple(e for e in doc.events if e.factuality == "asserted")


def code_gold(
    gold: GoldSet, *, settings: Settings | None = None, all_events: bool = False
) -> CodedGold:
    """Code every gold sentence with the pipeline.

    Only asserted events count unless ``all_events`` (hypothetical, negated and future
    events are not reported as having happened). Sentences are coded in one batch; if the
    batch fails, one at a time, so that a pipeline error on one sentence is recorded (and
    reported, and fails the gate) without losing the others.

    Raises:
        DetenteError: [E404] when the pipeline cannot be imported.
    """
    try:
        from detente.pipeline import code_documents
    except ImportError as e:
        raise DetenteError(Errors.E404.format(detail=e)) from e
    docs = documents(gold)
    try:
        coded = list(code_documents(docs, settings=settings))
        return CodedGold({d.doc.id: _counted(d, all_events) for d in coded})
    except Exception:  # any pipeline error: retry one sentence at a time, below
        pass
    result = CodedGold({})
    for doc in docs:
        try:
            for d in code_documents([doc], settings=settings):
                result.events[d.doc.id] = _counted(d, all_events)
        except Exception as e:  # recorded, reported, and failing the gate
            result.failed[doc.id] = f"{type(e).__name__}: {e}"[:200]
    return result


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
    coded = code_gold(gold, settings=settings, all_events=all_events)
    return score(gold, coded.events, level=level, failed=coded.failed)
