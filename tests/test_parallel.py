"""Coding in worker processes (real spaCy, real spawned processes, real DuckDB)."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.errors import DetenteError, InputError
from detente.ingest import InputFailure, read_inputs
from detente.parallel import IngestHooks, code_parallel, ingest, resolve_workers
from detente.records import CodedDocument, Document
from detente.store import Store

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [
    *sorted(str(p) for p in (ROOT / "examples").glob("*.txt")),
    str(ROOT / "tests/fixtures/articles"),
    str(ROOT / "tests/fixtures/ingest/articles"),
]
BROKEN = Document(id="broken", text=None, origin="broken.txt")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [d for d in read_inputs(INPUTS) if isinstance(d, Document)]


@pytest.fixture(scope="module")
def in_process(docs: list[Document]) -> list[CodedDocument | InputFailure]:
    return list(code_parallel([*docs[:2], BROKEN, *docs[2:]], workers=1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", 1), ("3", 3), (2, 2), ("0", os.cpu_count() or 1), ("auto", os.cpu_count() or 1)],
)
def test_resolve_workers(value: str | int, expected: int) -> None:
    assert resolve_workers(value) == expected


@pytest.mark.parametrize("value", ["-1", "many", "1.5"])
def test_resolve_workers_refuses(value: str) -> None:
    with pytest.raises(InputError, match=r"\[E903\].*workers"):
        resolve_workers(value)


def test_a_document_that_raises_is_one_failure(in_process: list) -> None:
    failure = in_process[2]
    assert isinstance(failure, InputFailure)
    assert failure.source == "broken.txt" and failure.message.startswith("[E901] broken.txt:")
    assert all(isinstance(o, CodedDocument) for i, o in enumerate(in_process) if i != 2)


def test_two_workers_code_as_one_process_in_input_order(
    docs: list[Document], in_process: list
) -> None:
    outcomes = list(code_parallel([*docs[:2], BROKEN, *docs[2:]], workers=2, chunk_size=2))
    assert outcomes == in_process
    assert sum(len(o.events) for o in outcomes if isinstance(o, CodedDocument)) > 0


def _killing_workers(docs: list[Document], at: int, killed: list[int]) -> Iterator[Document]:
    """The documents; before the ``at``-th, every worker process is killed."""
    for i, doc in enumerate(docs):
        if i == at:
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)
                killed.append(child.pid)
        yield doc


def test_a_dead_worker_loses_no_document(docs: list[Document], in_process: list) -> None:
    """Killed workers break the pool; the documents they held are coded again in a new one."""
    expected = [o for o in in_process if isinstance(o, CodedDocument)]
    killed: list[int] = []
    outcomes = list(code_parallel(_killing_workers(docs, 4, killed), workers=2, chunk_size=2))
    assert len(killed) == 2
    assert outcomes == expected


def test_broken_coder_in_workers_is_an_error(docs: list[Document]) -> None:
    """A coder that cannot load in the workers is reported once, not per document."""
    from detente.settings import Settings

    with pytest.raises(DetenteError, match=r"\[E101\]"):
        list(code_parallel(docs, settings=Settings(model="no_such_model"), workers=2))


def test_ingest_skips_stored_and_repeated(tmp_path: Path, docs: list[Document]) -> None:
    failures: list[InputFailure] = []
    done: list[int] = []
    hooks = IngestHooks(on_failure=failures.append, on_done=lambda: done.append(1))
    items = [docs[0], docs[0], InputFailure("x.txt", "[E001] x.txt: empty"), docs[1]]
    with Store(tmp_path / "a.duckdb") as store:
        first = ingest(items, store, hooks=hooks)
        again = ingest(docs[:2], store)
        stats = store.stats()
    assert (first.read, first.skipped, first.stored, first.failed) == (3, 1, 2, 1)
    assert failures == [items[2]] and len(done) == 4
    assert (again.read, again.skipped, again.stored, again.events) == (2, 2, 0, 0)
    assert stats["documents"] == 2 and stats["events"] == first.events
