"""Readers during an ingest: consistent snapshots, and the writer is not blocked."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_crash import consistent, worker

from detente.errors import StoreError
from detente.records import CodedDocument
from detente.store import Store
from detente.store.synthetic import make_coded


def test_reader_sees_whole_batches_while_an_ingest_runs(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    proc = worker(db, "many", batch=20, delay=0.01)
    assert proc.stdout.readline().strip() == "started"
    seen: list[dict[str, int]] = []
    while proc.poll() is None:
        with Store(db, read_only=True, timeout=60) as store:
            seen.append(store.stats())
            frame = store.events(source="RUS")
        assert frame["event_id"].is_unique
        time.sleep(0.05)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    final = json.loads(out.splitlines()[-1])

    assert final["documents"] == 240
    assert all(consistent(s) and s["documents"] % 20 == 0 for s in seen), seen
    docs = [s["documents"] for s in seen]
    assert docs == sorted(docs)  # a reader never sees data go away
    assert any(0 < n < 240 for n in docs), "no read happened while the ingest was running"


def test_reader_in_the_writing_process(tmp_path: Path) -> None:
    """A read-only store in the process that holds the file writable shares it."""
    db = tmp_path / "same.duckdb"
    with Store(db) as writer:
        writer.add(make_coded(0))
        with Store(db, read_only=True) as reader:
            assert reader.stats()["documents"] == 1
            writer.add(make_coded(1))
            assert reader.stats()["documents"] == 2
            with pytest.raises(StoreError, match=r"\[E312\]"):
                reader.add(make_coded(2))


@pytest.mark.parametrize("read_only", [True, False])
def test_lock_held_by_another_process_times_out(tmp_path: Path, read_only: bool) -> None:
    db = tmp_path / "held.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError, match=r"\[E306\].*held\.duckdb"):
            Store(db, read_only=read_only, timeout=0.5)
    finally:
        holder.kill()
        holder.wait()
    with Store(db, read_only=True) as store:  # free again
        assert store.stats()["documents"] == 0


HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


PROBE = "import sys, duckdb; duckdb.connect(sys.argv[1], read_only=True).close()"


def test_file_is_free_while_add_many_collects_a_batch(tmp_path: Path) -> None:
    """Between batches another process can open the file, even when the generator
    feeding add_many asks the store what it holds (as `detente ingest` does)."""
    db = tmp_path / "free.duckdb"
    answers: list[bool] = []
    with Store(db) as store:
        store.add(make_coded(0))

        def documents() -> Iterator[CodedDocument]:
            for i in range(5):
                answers.append(store.has(f"doc-{i % 3:06d}"))
                probe = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True)
                assert probe.returncode == 0, probe.stderr
                yield make_coded(i % 3)

        summary = store.add_many(documents(), batch_size=2)
        assert store.has("doc-000002") and not store.has("doc-000004")
    assert answers == [True, False, False, True, True]  # doc 1 came in the first batch
    assert (summary.added, summary.present) == (2, 3)
