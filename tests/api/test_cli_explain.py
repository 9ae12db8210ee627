"""`detente explain` as a user runs it: a real process on a real file."""

from __future__ import annotations

from pathlib import Path

from tests.api.test_cli_code import run


def test_explain_shows_parse_actors_patterns_and_events(tmp_path: Path) -> None:
    path = tmp_path / "blair.txt"
    path.write_text("Blair met Chinese officials in Beijing on Monday.\n")
    result = run("explain", str(path), "--sentence", "0", "--date", "2005-03-01")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    for part in ("parse", "knowledge-base mentions", "patterns tried", "events"):
        assert part in out
    assert "GBRGOV" in out and "office_holders.tsv" in out and "040" in out


def test_explain_a_sentence_that_is_not_there(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Blair met Chinese officials in Beijing on Monday.\n")
    result = run("explain", str(path), "--sentence", "5")
    # the console wraps a long message at the terminal's width (a long temporary path)
    assert result.returncode == 2 and "no such sentence" in " ".join(result.stderr.decode().split())
