"""Crash safety: a writer killed with SIGKILL, then the same ingest run again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from detente.store import Store

WORKER = Path(__file__).with_name("ingest_worker.py")
#: documents per run: a few hundred in batches; fewer one transaction at a time (slower)
N_DOCS = {"many": 240, "single": 80}


def worker(db: Path, mode: str, batch: int = 20, delay: float = 0.0) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    n = N_DOCS[mode]
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(db), str(n), str(batch), mode, str(delay)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def run_to_end(db: Path, mode: str) -> dict[str, int]:
    proc = worker(db, mode)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return json.loads(out.splitlines()[-1])


def consistent(stats: dict[str, int]) -> bool:
    """Every stored synthetic document has all its rows (3 events, 1 quote, 1 source)."""
    n = stats["documents"]
    return stats == {"documents": n, "sources": n, "events": 3 * n, "mentions": 3 * n, "quotes": n}


_REFERENCE: dict[str, dict[str, int]] = {}


@pytest.fixture
def reference(tmp_path_factory: pytest.TempPathFactory, mode: str) -> dict[str, int]:
    """The counts of an uninterrupted run of ``mode``, in a database of its own."""
    if mode not in _REFERENCE:
        _REFERENCE[mode] = run_to_end(tmp_path_factory.mktemp("ref") / "ref.duckdb", mode)
    return _REFERENCE[mode]


@pytest.mark.parametrize(
    ("mode", "after"),
    [("many", 0.0), ("many", 0.25), ("single", 0.0), ("single", 0.4)],
)
def test_sigkill_then_rerun_stores_everything_once(
    tmp_path: Path, reference: dict[str, int], mode: str, after: float
) -> None:
    db = tmp_path / "killed.duckdb"
    proc = worker(db, mode)
    assert proc.stdout.readline().strip() == "started"
    time.sleep(after)
    assert proc.poll() is None, "the writer finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with Store(db) as store:  # what survived the kill: whole documents only
        survived = store.stats()
    assert consistent(survived), survived
    assert 0 < survived["documents"] < N_DOCS[mode]

    assert run_to_end(db, mode) == reference
    with Store(db, read_only=True) as store:
        frame = store.events()
        per_doc = store.query("SELECT doc_id, n_events FROM documents")
    assert frame["event_id"].is_unique and len(frame) == reference["events"]
    counts = frame.groupby("doc_id").size()
    assert (per_doc.set_index("doc_id")["n_events"] == counts.reindex(per_doc["doc_id"])).all()
