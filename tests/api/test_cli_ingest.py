"""``detente ingest``: one or more worker processes, bad inputs, summaries (real spaCy, DuckDB)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

import detente.api.commands.ingest
import detente.api.commands.stats  # noqa: F401 - registers the commands
from detente.api.cli import app
from detente.api.commands.ingest import count_documents
from detente.store import Store

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
GOOD = [
    *sorted(str(p) for p in (ROOT / "examples").glob("*.txt")),
    str(FIXTURES / "articles"),
    str(FIXTURES / "ingest" / "articles"),
]
BAD = [
    str(FIXTURES / "ingest" / "bad" / "empty.txt"),
    str(FIXTURES / "ingest" / "bad" / "binary.txt"),
    str(FIXTURES / "ingest" / "no-such-file.txt"),
]
N_GOOD = 3 + 1 + 4


def run(*args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, Result]]:
    """A fresh store per worker count, good inputs with bad ones mixed in."""
    out = {}
    for workers in (1, 2):
        db = tmp_path_factory.mktemp(f"workers{workers}") / "news.duckdb"
        inputs = [GOOD[0], BAD[0], *GOOD[1:], *BAD[1:]]
        out[workers] = (
            db,
            run("ingest", "--db", db, "--workers", workers, "--json-summary", *inputs),
        )
    return out


def _event_ids(db: Path) -> list[str]:
    with Store(db, read_only=True) as store:
        return sorted(store.query("SELECT event_id FROM events")["event_id"])


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_inputs_are_reported_and_the_rest_stored(ingested: dict, workers: int) -> None:
    db, result = ingested[workers]
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["stored"], summary["failed"]) == (N_GOOD, N_GOOD, len(BAD))
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(BAD)
    for bad in BAD:
        assert sum(bad in line for line in errors) == 1
    assert f"documents stored: {N_GOOD}" in result.stderr.splitlines()[-1]


def test_two_workers_store_exactly_what_one_stores(ingested: dict) -> None:
    (db1, result1), (db2, result2) = ingested[1], ingested[2]
    stats1, stats2 = run("stats", "--db", db1, "--json"), run("stats", "--db", db2, "--json")
    assert json.loads(stats1.stdout) == json.loads(stats2.stdout)
    assert json.loads(stats1.stdout)["events"] == json.loads(result1.stdout)["events"] > 0
    assert _event_ids(db1) == _event_ids(db2)
    assert json.loads(result1.stdout) == json.loads(result2.stdout)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_second_ingest_stores_nothing(ingested: dict, workers: int) -> None:
    db, _ = ingested[workers]
    before = run("stats", "--db", db, "--json").stdout
    result = run("ingest", "--db", db, "--workers", workers, "--json-summary", *GOOD)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["skipped"], summary["stored"]) == (N_GOOD, N_GOOD, 0)
    assert run("stats", "--db", db, "--json").stdout == before


@pytest.mark.parametrize("value", ["-2", "lots"])
def test_invalid_workers(tmp_path: Path, value: str) -> None:
    result = run("ingest", "--db", tmp_path / "x.duckdb", "--workers", value, GOOD[0])
    assert result.exit_code == 1
    assert "[E903]" in result.stderr


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        (GOOD, N_GOOD),
        ([str(FIXTURES / "ingest" / "formats" / "articles.jsonl")], 4),
        ([str(FIXTURES / "ingest" / "formats" / "articles.csv")], None),
        ([str(FIXTURES / "ingest" / "formats" / "feed.rss")], None),
        (["-"], None),
        ([str(FIXTURES / "ingest" / "articles" / "*.txt")], None),
    ],
)
def test_count_documents(inputs: list[str], expected: int | None) -> None:
    assert count_documents(inputs) == expected


@pytest.mark.parametrize(("quiet", "shown"), [(False, True), (True, False)])
def test_progress_bar_on_a_terminal(tmp_path: Path, quiet: bool, shown: bool) -> None:
    """On a terminal the bar shows the rate and the count out of the known total."""
    master, slave = pty.openpty()
    command = [sys.executable, "-c", "from detente.api.cli import main; main()", "ingest"]
    args = ["--db", str(tmp_path / "news.duckdb"), *(["--quiet"] if quiet else []), *GOOD[:3]]
    proc = subprocess.Popen([*command, *args], stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    screen: list[str] = []
    reader = threading.Thread(target=lambda: screen.append(_read_all(master)))
    reader.start()  # read while it runs: a full terminal buffer would block the command
    proc.communicate(timeout=300)
    reader.join(timeout=30)
    assert proc.returncode == 0, screen
    assert ("docs/s" in screen[0] and "/3" in screen[0]) is shown
    assert "documents stored: 3" in screen[0]


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # the other side is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")
