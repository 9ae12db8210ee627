"""Readers during an ingest: consistent snapshots, and the writer is not blocked."""

from __future__ import annotations

import json
import time
from pathlib import Path

from test_crash import consistent, worker

from detente.store import Store


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
