"""The store commands: events, stats, export (through typer's runner, real DuckDB)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import Result
from typer.testing import CliRunner

import detente.api.commands.events
import detente.api.commands.export
import detente.api.commands.stats  # noqa: F401 - registers the commands
from detente.api.cli import app
from detente.store import Store
from detente.store.synthetic import synthetic_documents

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "news.duckdb"
    with Store(path) as store:
        store.add_many(synthetic_documents(30))
    return path


def run(*args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def test_stats_json(db: Path) -> None:
    result = run("stats", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "documents": 30,
        "sources": 30,
        "events": 90,
        "mentions": 90,
        "quotes": 30,
    }


def test_stats_table(db: Path) -> None:
    result = run("stats", "--db", db)
    assert result.exit_code == 0
    assert "mentions" in result.stdout and "90" in result.stdout


def test_events_jsonl_is_the_code_contract(db: Path) -> None:
    expected = {e.event_id: e.to_dict() for c in synthetic_documents(30) for e in c.events}
    result = run("events", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 90
    for line in lines:
        obj = json.loads(line)
        assert obj == expected[obj["event_id"]]


@pytest.mark.parametrize(
    ("args", "column", "prefix"),
    [
        (("--source", "RUS"), "source_code", "RUS"),
        (("--target", "IRN"), "target_code", "IRN"),
        (("--source", "USAGOV", "--limit", "3"), "source_code", "USAGOV"),
    ],
)
def test_events_csv_filters(db: Path, args: tuple[str, ...], column: str, prefix: str) -> None:
    result = run("events", "--db", db, "--format", "csv", *args)
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout), dtype=str)
    assert len(frame) > 0 and frame[column].str.startswith(prefix).all()
    if "--limit" in args:
        assert len(frame) == 3


def test_events_table(db: Path) -> None:
    result = run("events", "--db", db, "--since", "2003-02-01", "--until", "2003-02-28")
    assert result.exit_code == 0, result.output
    assert "2003-02-" in result.stdout and "2003-03-" not in result.stdout


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_bad_date_exit_2(db: Path, option: str) -> None:
    result = run("events", "--db", db, option, "2003-02-30")
    assert result.exit_code == 2
    assert "[E302]" in result.stderr and option in result.stderr


@pytest.mark.parametrize("command", ["events", "stats"])
def test_missing_db(tmp_path: Path, command: str) -> None:
    result = run(command, "--db", tmp_path / "nothing.duckdb")
    assert result.exit_code == 1
    assert "[E303]" in result.stderr and "nothing.duckdb" in result.stderr
    assert not (tmp_path / "nothing.duckdb").exists()


@pytest.mark.parametrize("command", ["events", "stats"])
def test_not_a_database(tmp_path: Path, command: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Russia and Iran signed an agreement.\n" * 50)
    result = run(command, "--db", path)
    assert result.exit_code == 1
    assert "[E301]" in result.stderr and "article.txt" in result.stderr


def test_export_gdelt_to_stdout(db: Path) -> None:
    result = run("export", "--db", db, "--format", "gdelt", "--source", "RUS")
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert rows and all(len(r.split("\t")) == 61 for r in rows)


@pytest.mark.parametrize("fmt", ["icews", "phoenix", "csv", "jsonl"])
def test_export_to_file(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = run("export", "--db", db, "-f", fmt, "-o", out, "--until", "2003-03-01")
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0 and "events written" in result.stderr


def test_export_parquet(db: Path, tmp_path: Path) -> None:
    result = run("export", "--db", db, "--format", "parquet", "-o", tmp_path / "pq")
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet(tmp_path / "pq")) == 90


def test_export_parquet_needs_a_path(db: Path) -> None:
    result = run("export", "--db", db, "--format", "parquet")
    assert result.exit_code == 2 and "[E308]" in result.stderr


def test_export_missing_db(tmp_path: Path) -> None:
    result = run("export", "--db", tmp_path / "none.duckdb", "--format", "gdelt")
    assert result.exit_code == 1 and "[E303]" in result.stderr
