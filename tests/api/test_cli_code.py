"""`detente code` as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "detente", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def bad_and_good(tmp_path_factory) -> tuple[subprocess.CompletedProcess, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("inputs")
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "binary.txt",
        "latin1": folder / "latin1.txt",
        "nohtml": folder / "menu.html",
        "jsonl": folder / "corpus.jsonl",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 20)
    files["latin1"].write_bytes("Fran\xe7ois Hollande visited Mali.".encode("latin-1"))
    files["nohtml"].write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    )
    record = {
        "id": "story-7",
        "text": "China condemned Japan on Friday.",
        "published": "2012-09-21",
    }
    files["jsonl"].write_text(json.dumps(record) + "\n")
    good = ROOT / "examples" / "ankara-talks.txt"
    result = run("code", "--format", "jsonl", *map(str, files.values()), str(good))
    return result, files


def test_each_bad_input_gets_one_line_naming_it(bad_and_good) -> None:
    result, files = bad_and_good
    errors = result.stderr.decode().strip().splitlines()
    for key, code in (
        ("empty", "E001"),
        ("binary", "E002"),
        ("latin1", "E003"),
        ("nohtml", "E004"),
    ):
        lines = [line for line in errors if str(files[key]) in line]
        assert len(lines) == 1 and f"[{code}]" in lines[0], (key, errors)
    assert result.returncode == 1


def test_the_other_inputs_are_still_coded(bad_and_good) -> None:
    result, _ = bad_and_good
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    events = [r for r in records if "event_id" in r]
    assert {"story-7"} < {e["doc_id"] for e in events}
    story = next(e for e in events if e["doc_id"] == "story-7")
    assert (story["source"]["code"], story["cameo"]["root"], story["target"]["code"]) == (
        "CHN",
        "11",
        "JPN",
    )
    assert story["date"] == "2012-09-21"


def test_standard_input_and_table_output() -> None:
    text = b"Turkish Foreign Minister Hakan Fidan met Greek officials in Ankara on Tuesday.\n"
    result = run("code", "-", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "TURGOV" in out and "GRCGOV" in out and "040" in out


@pytest.fixture(scope="module")
def undated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("undated") / "blair.txt"
    path.write_text("Blair met Chinese officials in Beijing on Monday.\n")
    return path


def test_date_option_dates_an_undated_article(undated: Path) -> None:
    """--date is the publication date of an article that gives none: the office-holder and
    "on Monday" are read as of it."""
    result = run("code", "--format", "jsonl", "--date", "2005-03-01", str(undated))
    assert result.returncode == 0, result.stderr.decode()
    events = [json.loads(line) for line in result.stdout.decode().splitlines()]
    met = [e for e in events if e["cameo"]["code"] == "040"]
    assert [(e["source"]["code"], e["target"]["code"], e["date"]) for e in met] == [
        ("GBRGOV", "CHNGOV", "2005-02-28")
    ]
    later = run("code", "--format", "jsonl", "--date", "2010-03-01", str(undated))
    assert "GBRGOV" not in later.stdout.decode()  # Blair left office in 2007


def test_a_bad_date_option_is_refused(undated: Path) -> None:
    result = run("code", "--date", "2005-13-01", str(undated))
    assert result.returncode == 2 and "--date" in result.stderr.decode()
