"""Local parallel coding: documents read here, coded in worker processes, stored here.

DuckDB lets one process write a file, so the main process reads the inputs and
writes the store, and ``workers`` processes (started with the ``spawn`` method,
each loading the spaCy pipeline and knowledge base once) code chunks of
documents. Results come back as :class:`~detente.records.CodedDocument` records
in input order. A document whose coding raises is reported as an
:class:`~detente.ingest.InputFailure` (E901) and the others go on; when a worker
process dies, the documents it held are coded again one at a time in a fresh
pool, so only the one that kills a worker is lost (E902).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from detente.errors import DetenteError, Errors, InputError
from detente.ingest import InputFailure
from detente.records import CodedDocument, Document
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.dedup import Deduplicator
    from detente.store import Store

Outcome = CodedDocument | InputFailure

#: Documents sent to a worker at a time.
DEFAULT_CHUNK = 16
#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
CHUNKS_AHEAD = 2
#: Single documents in a row that kill a fresh pool before the coder is taken to be broken.
MAX_DEATHS = 3


def resolve_workers(value: int | str) -> int:
    """The number of worker processes: ``0`` or ``"auto"`` is one per CPU."""
    text = str(value).strip().lower()
    if text in ("0", "auto"):
        return os.cpu_count() or 1
    try:
        n = int(text)
    except ValueError as e:
        detail = "give a number of processes, 0 or auto"
        raise InputError(Errors.E903.format(value=value, option="workers", detail=detail)) from e
    if n < 0:
        detail = "must be 0 (auto) or more"
        raise InputError(Errors.E903.format(value=value, option="workers", detail=detail))
    return n


def code_chunk(docs: list[Document], settings: Settings | None = None) -> list[Outcome]:
    """Code ``docs`` with the process's coder; a document that raises becomes a failure.

    The chunk is coded as a batch; when that raises, each document is coded alone
    so that only the bad one is reported (E901). Errors loading the coder itself
    (a missing model) propagate.
    """
    from detente.pipeline import get_coder

    coder = get_coder(settings)
    try:
        return list(coder.code_documents(docs))  # tone included
    except Exception as e:  # noqa: BLE001 - one bad document must not lose the others
        if len(docs) == 1:
            return [_failure(docs[0], Errors.E901, f"{type(e).__name__}: {e}")]
        return [outcome for doc in docs for outcome in code_chunk([doc], settings)]


def code_parallel(
    docs: Iterable[Document],
    *,
    settings: Settings | None = None,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK,
) -> Iterator[Outcome]:
    """Code ``docs`` in ``workers`` processes (1: in this process), in input order.

    ``docs`` is read lazily, a few chunks ahead of the coding, so a large corpus
    is never held in memory.
    """
    chunks = _chunks(docs, chunk_size)
    if workers <= 1:
        for chunk in chunks:
            yield from code_chunk(chunk, settings)
        return
    pool = _Pool(settings, workers)
    pending: deque[tuple[list[Document], Future[list[Outcome]], int]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(chunk), pool.generation))
            if len(pending) >= workers * CHUNKS_AHEAD:
                yield from pool.collect(*pending.popleft())
        while pending:
            yield from pool.collect(*pending.popleft())
    finally:
        pool.close()


class _Pool:
    """A process pool that is replaced when one of its workers dies."""

    def __init__(self, settings: Settings | None, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.generation = 0
        self.deaths = 0  # single documents in a row whose pool died
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.settings,),
        )

    def submit(self, docs: list[Document]) -> Future[list[Outcome]]:
        try:
            return self.executor.submit(code_chunk, docs, self.settings)
        except BrokenProcessPool as e:
            # A worker died between two submissions: hand back a failed future, so that
            # the chunk goes the same way as one whose worker died while coding it.
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(e)
            return failed

    def collect(
        self, chunk: list[Document], future: Future[list[Outcome]], generation: int
    ) -> list[Outcome]:
        """The outcomes of ``chunk``; if its pool broke, each document is coded again alone."""
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart(generation)
            return [self._alone(doc) for doc in chunk]

    def _alone(self, doc: Document) -> Outcome:
        generation = self.generation
        try:
            outcome = self.submit([doc]).result()[0]
        except BrokenProcessPool as e:
            self._restart(generation)
            self.deaths += 1
            if self.deaths >= MAX_DEATHS:
                raise DetenteError(Errors.E907.format(detail=e)) from e
            return _failure(doc, Errors.E902)
        self.deaths = 0
        return outcome

    def _restart(self, generation: int) -> None:
        if generation == self.generation:  # chunks of an older pool do not restart this one
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            self.generation += 1

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(settings: Settings | None) -> None:
    """Load the coder once per worker; Ctrl-C is the main process's to handle."""
    from detente.pipeline import get_coder

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # One BLAS thread per worker: the workers already fill the cores, and more threads
    # only compete with them. numpy is not loaded yet here, so the setting takes effect.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    try:
        get_coder(settings)
    except Exception:  # noqa: BLE001, S110 - the first task raises it again, in the main process
        pass


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


def _failure(doc: Document, message: str, detail: str = "") -> InputFailure:
    source = doc.origin or doc.id
    return InputFailure(source, message.format(source=source, detail=" ".join(detail.split())))


# --- ingest: read, skip what is stored, code, store ----------------------------------


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did: documents read, skipped (already stored or repeated), skipped
    as duplicates (copies of another document: see :mod:`detente.dedup`), failed,
    stored, and the events stored."""

    read: int = 0
    skipped: int = 0
    stored: int = 0
    events: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    duplicates: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add(self, other: IngestSummary) -> None:
        self.read += other.read
        self.skipped += other.skipped
        self.stored += other.stored
        self.events += other.events
        self.failures.extend(other.failures)
        self.duplicates += other.duplicates

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "stored": self.stored,
            "events": self.events,
            "failures": [{"source": f.source, "message": f.message} for f in self.failures],
        }


@dataclass(frozen=True, slots=True)
class IngestHooks:
    """Optional callbacks and controls of :func:`ingest`.

    Attributes:
        on_failure: called with each failure (an input that cannot be read, a
            document that cannot be coded) as it happens.
        on_done: called once per document when it is stored, skipped or failed.
        skip: documents for which it returns True are skipped (beside stored ones).
        stop: when set, no further document is read; those already sent to be
            coded are still stored.
    """

    on_failure: Callable[[InputFailure], None] | None = None
    on_done: Callable[[], None] | None = None
    skip: Callable[[Document], bool] | None = None
    stop: threading.Event | None = None


def ingest(
    items: Iterable[Document | InputFailure],
    store: Store,
    *,
    settings: Settings | None = None,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK,
    hooks: IngestHooks | None = None,
    dedup: Deduplicator | bool = True,
) -> IngestSummary:
    """Code the documents of ``items`` not yet in ``store`` and store them.

    ``items`` is what :func:`detente.ingest.read_inputs` yields. Documents already
    stored (or repeated in ``items``) are skipped before coding, and so are copies
    of a stored or earlier document (``dedup``; see :mod:`detente.dedup`), whose
    sources are recorded on that document; coding runs in ``workers`` processes;
    only this process writes the store, one transaction per batch.
    """
    from detente.dedup import Deduplicator

    hooks = hooks or IngestHooks()
    summary = IngestSummary()
    if dedup is True:
        dedup = Deduplicator.load(store)
    copies = dedup if isinstance(dedup, Deduplicator) else None
    coded = _stored_outcomes(
        code_parallel(
            _new_documents(items, store, summary, hooks, copies),
            settings=settings,
            workers=workers,
            chunk_size=chunk_size,
        ),
        summary,
        hooks,
        copies,
    )
    added = store.add_many(coded)
    if copies is not None:
        store.add_sources(copies.leftover())  # copies of documents stored before
    summary.stored = added.added
    summary.skipped += added.present
    summary.events = added.events
    return summary


def _new_documents(
    items: Iterable[Document | InputFailure],
    store: Store,
    summary: IngestSummary,
    hooks: IngestHooks,
    dedup: Deduplicator | None,
) -> Iterator[Document]:
    sent: set[str] = set()
    for item in items:
        if hooks.stop is not None and hooks.stop.is_set():
            return
        if isinstance(item, InputFailure):
            _failed(item, summary, hooks)
            continue
        summary.read += 1
        if item.id in sent or store.has(item.id) or (hooks.skip and hooks.skip(item)):
            summary.skipped += 1
        elif dedup is not None and dedup.check(item) is not None:
            summary.duplicates += 1
        else:
            sent.add(item.id)
            yield item
            continue
        if hooks.on_done:
            hooks.on_done()


def _stored_outcomes(
    outcomes: Iterable[Outcome],
    summary: IngestSummary,
    hooks: IngestHooks,
    dedup: Deduplicator | None,
) -> Iterator[CodedDocument]:
    for outcome in outcomes:
        if isinstance(outcome, InputFailure):
            _failed(outcome, summary, hooks)
            continue
        if hooks.on_done:
            hooks.on_done()
        yield outcome if dedup is None else dedup.attach(outcome)


def _failed(failure: InputFailure, summary: IngestSummary, hooks: IngestHooks) -> None:
    summary.failures.append(failure)
    if hooks.on_failure:
        hooks.on_failure(failure)
    if hooks.on_done:
        hooks.on_done()
