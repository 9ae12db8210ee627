"""Code a gold set with the pipeline and score it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import DetenteError, Errors
from detente.eval.gold import GoldRecord, GoldSet, read_gold
from detente.eval.metrics import EvalResult, score
from detente.records import CodedDocument, Document, Event
from detente.settings import Settings


def article_doc_id(record: GoldRecord) -> str:
    """The id of the document a record given by reference is coded in: its article, on its
    date (records of one article on one date share one document)."""
    assert record.ref is not None
    day = record.published.isoformat() if record.published else ""
    return f"ref:{record.ref.corpus}#{record.ref.article}@{day}"


def documents(gold: GoldSet) -> list[Document]:
    """The documents to code: one per gold sentence given as text, dated by the gold date
    where given; one per article that records given by reference point into (the whole
    article, so that pronouns, surnames and datelines resolve as they do for a user)."""
    docs: dict[str, Document] = {}
    for r in gold.records:
        if r.ref is None:
            docs[r.id] = Document(
                id=r.id, text=r.text, published=r.published, origin=f"{gold.path}#{r.id}"
            )
        elif (doc_id := article_doc_id(r)) not in docs:
            text, origin = gold.articles[r.ref.key], f"{r.ref.corpus}#{r.ref.article}"
            docs[doc_id] = Document(id=doc_id, text=text, published=r.published, origin=origin)
    return list(docs.values())


def record_events(gold: GoldSet, coded: CodedGold) -> CodedGold:
    """The events (and failures) of each gold record from those of the coded documents: a
    record given by reference has its article's events whose trigger lies within it."""
    events: dict[str, Sequence[Event]] = {}
    failed: dict[str, str] = {}
    for r in gold.records:
        doc_id = r.id if r.ref is None else article_doc_id(r)
        if doc_id in coded.failed:
            failed[r.id] = coded.failed[doc_id]
        found = coded.events.get(doc_id, ())
        if r.ref is not None:
            start, end = r.ref.start, r.ref.end
            found = tuple(e for e in found if start <= e.evidence.start < end)
        events[r.id] = found
    return CodedGold(events, failed)


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
    """Code every gold sentence with the pipeline (records given by reference: their
    articles, see :func:`documents`), and give each record its events.

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
        return record_events(gold, CodedGold({d.doc.id: _counted(d, all_events) for d in coded}))
    except Exception:  # any pipeline error: retry one sentence at a time, below
        pass
    result = CodedGold({})
    for doc in docs:
        try:
            for d in code_documents([doc], settings=settings):
                result.events[d.doc.id] = _counted(d, all_events)
        except Exception as e:  # recorded, reported, and failing the gate
            result.failed[doc.id] = f"{type(e).__name__}: {e}"[:200]
    return record_events(gold, result)


def evaluate(
    path: str | Path,
    *,
    level: str = "root",
    limit: int | None = None,
    settings: Settings | None = None,
    all_events: bool = False,
    texts: str | Path | None = None,
) -> EvalResult:
    """Read a gold file, code its sentences and score the events. ``texts`` is the folder of
    the corpora that records given by reference point into (see
    :func:`detente.eval.corpora.corpus_folders` for the default).

    Raises:
        GoldError: [E401]/[E402] when the gold file cannot be read, [E405]-[E407] when a
            reference cannot be resolved.
        DetenteError: [E404] when the pipeline is not available.
    """
    gold = read_gold(path, limit=limit, texts=texts)
    coded = code_gold(gold, settings=settings, all_events=all_events)
    return score(gold, coded.events, level=level, failed=coded.failed)
