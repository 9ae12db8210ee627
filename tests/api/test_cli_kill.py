"""Crash safety end to end: `detente ingest` killed with SIGKILL mid-run, then run again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path

import pytest

from detente.store import Store

COUNTRIES = ["Russia", "Iran", "France", "China", "Japan", "Turkey", "Greece", "Egypt", "Israel",
             "Syria", "India", "Pakistan", "Brazil", "Germany", "Poland", "Ukraine"]  # fmt: skip
VERBS = ["condemned", "praised", "criticized", "accused", "threatened", "thanked"]
N_DOCS = 720  # every ordered pair of COUNTRIES, three times (numbered stories: no duplicates),
# so that the ingest is still running when it is killed (at 240 a fast run could store every
# document before the test's first look)


def corpus(path: Path) -> Path:
    """N_DOCS short stories written for this test, each with two or three events."""
    pairs = cycle([(a, b) for a in COUNTRIES for b in COUNTRIES if a != b])
    with path.open("w") as out:
        for i, ((a, b), verb) in enumerate(zip(islice(pairs, N_DOCS), cycle(VERBS), strict=False)):
            text = (
                f"{a} {verb} {b} on Monday over story number {i}. "
                f"Officials from {b} met {a}'s ambassador on Tuesday."
            )
            out.write(json.dumps({"id": f"kill-{i}", "text": text, "published": "2015-06-10"}))
            out.write("\n")
    return path


def ingest(db: Path, source: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "detente", "ingest", "--quiet", "--db", str(db), str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill reaches any worker too
    )


def stats(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return store.stats()


def event_ids(db: Path) -> set[str]:
    with Store(db, read_only=True) as store:
        return set(store.events()["event_id"])


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    source = corpus(tmp_path / "stories.jsonl")
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    proc = ingest(killed, source)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if killed.exists() and proc.poll() is None:
            try:
                if stats(killed)["documents"] > 0:
                    break
            except Exception:  # the writer holds the file: try again
                pass
        assert proc.poll() is None, "the ingest finished before it could be killed"
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = stats(killed)["documents"]
    assert 0 < partial < N_DOCS

    assert ingest(killed, source).wait() == 0
    assert ingest(clean, source).wait() == 0
    assert stats(killed) == stats(clean)
    assert stats(killed)["documents"] == N_DOCS
    assert event_ids(killed) == event_ids(clean)
