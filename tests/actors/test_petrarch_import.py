"""Tests of the PETRARCH/Phoenix dictionary importer and the ``detente kb`` commands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.actors.kb import load_kb
from detente.actors.petrarch_import import (
    Code,
    default_periods,
    import_petrarch,
    parse_code,
    parse_date,
)
from detente.api.cli import _load_commands, app
from detente.errors import KnowledgeError


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, fixtures: Path) -> Path:
    out = tmp_path_factory.mktemp("kb") / "mini.tsv"
    mini = fixtures / "actors"
    import_petrarch([mini / "mini.actors.txt", mini / "mini.agents.txt"], out)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RUSGOV", Code("RUSGOV")),
        ("~GOV", Code("GOV")),
        ("RUSGOV >000507", Code("RUSGOV", date(2000, 5, 7), None, True)),
        ("EGYGOV > 140608", Code("EGYGOV", date(2014, 6, 8), None, True)),
        ("RUSELI <000507", Code("RUSELI", None, date(2000, 5, 6), True)),
        ("AFGGOV 331108-730717", Code("AFGGOV", date(1933, 11, 8), date(1973, 7, 17), True)),
        ("SUNRUS 19171109-19911225", Code("SUNRUS", date(1917, 11, 9), date(1991, 12, 25), True)),
    ],
)
def test_parse_code(text: str, expected: Code) -> None:
    assert parse_code(text) == expected


@pytest.mark.parametrize("text", ["---", "RUSGOV 9008223", "RUSGOV 050101-040101", ""])
def test_parse_code_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_code(text)


@pytest.mark.parametrize(
    ("text", "day"), [("300101", date(2030, 1, 1)), ("310101", date(1931, 1, 1))]
)
def test_two_digit_years(text: str, day: date) -> None:
    assert parse_date(text) == day


def test_default_code_fills_the_gaps() -> None:
    dated = [Code("X", date(2000, 1, 1), date(2004, 12, 31), True), Code("X", date(2010, 1, 1))]
    assert default_periods(dated) == [
        (None, date(1999, 12, 31)),
        (date(2005, 1, 1), date(2009, 12, 31)),
    ]


def test_imported_person_found_that_builtin_kb_lacks(imported: Path) -> None:
    assert load_kb().person("Plevnik") == []
    kb = load_kb([imported])
    (gov,) = kb.person("Plevnik", on=date(2003, 3, 11))
    assert (gov.code, gov.kind, gov.name) == ("RUSGOV", "person", "Zoran Plevnik")
    assert [e.code for e in kb.person("Zoran Plevnik", on=date(2010, 1, 1))] == ["RUSELI"]
    assert [e.code for e in kb.lookup("President Plevnik", on=date(2001, 1, 1))] == ["RUSGOV"]
    assert [e.code for e in kb.lookup("Z. Plevnik", on=date(1980, 1, 1))] == ["RUSELI"]
    assert [e.code for e in kb.person("Kovaleva", on=date(2011, 1, 1))] == ["UKRGOV"]
    assert kb.person("Kovaleva", on=date(2009, 1, 1)) == []
    assert [e.end for e in kb.lookup("Old Foe")] == [date(1984, 12, 31)]


def test_imported_actors_roles_and_skips(imported: Path) -> None:
    kb = load_kb([imported])
    assert [(e.code, e.kind) for e in kb.lookup("Ruritanian guards")] == [("RUSMIL", "org")]
    assert kb.lookup("Freedonia") == [] and kb.lookup("Ivan Nocode") == []
    assert kb.role("strawberrywomen") == "AGR"
    assert kb.role("chief wizards") == "GOV"
    assert kb.role("ministry of silly walks") == "GOV"
    assert kb.role_codes("defense guru") == "GOVMIL"
    # BISHOP [~CHR] is skipped (CHR is no detente role code): the built-in REL stays
    assert kb.role_codes("bishop") == load_kb().role_codes("bishop") == "REL"


def test_report_counts_and_reasons(fixtures: Path, tmp_path: Path) -> None:
    mini = fixtures / "actors"
    report = import_petrarch(
        [mini / "mini.actors.txt", mini / "mini.agents.txt"], tmp_path / "o.tsv"
    )
    assert report.persons == 3
    reasons = "\n".join(report.skipped)
    assert "'FRD'" in reasons and "'IVAN_NOCODE_' has no code" in reasons and "'CHR'" in reasons
    assert "XXX" not in reasons  # inside an HTML comment


def test_missing_input_is_e210(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match=r"\[E210\]"):
        import_petrarch([tmp_path / "absent.txt"], tmp_path / "o.tsv")


@pytest.mark.shared
def test_import_phoenix_countries(shared: Path, tmp_path: Path) -> None:
    source = shared / "reference" / "petrarch-dictionaries" / "Phoenix.Countries.actors.txt"
    out = tmp_path / "phoenix.tsv"
    report = import_petrarch([source], out)
    assert report.persons > 10_000 and report.names > 30_000
    kb = load_kb([out])
    # Phoenix knows people the built-in knowledge base does not.
    assert load_kb().person("Hafizullah Amin") == []
    # Phoenix gives him two overlapping GOV terms in 1979.
    assert {e.code for e in kb.person("Hafizullah Amin", on=date(1979, 10, 1))} == {"AFGGOV"}
    assert "RUSGOV" in [e.code for e in kb.lookup("Vladimir Putin", on=date(2003, 3, 11))]


runner = CliRunner()
_load_commands()


def test_cli_import_and_lookup(fixtures: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.tsv"
    mini = fixtures / "actors" / "mini.actors.txt"
    result = runner.invoke(app, ["kb", "import-petrarch", str(mini), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 persons" in result.output
    result = runner.invoke(app, ["kb", "lookup", "Plevnik", "--on", "2003-01-01", "--kb", str(out)])
    assert result.exit_code == 0 and result.output.startswith("RUSGOV\tperson\tZoran Plevnik")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["kb", "lookup", "the Kremlin"], 0),
        (["kb", "lookup", "no such thing at all"], 1),
        (["kb", "check", "{bad}"], 1),
        (["kb", "check", "{good}"], 0),
    ],
)
def test_cli_exit_status(fixtures: Path, tmp_path: Path, args: list[str], code: int) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("phrase\trole\ntroops\tXYZ\n", encoding="utf-8")
    good = fixtures / "actors" / "good_names.tsv"
    args = [a.format(bad=bad, good=good) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    if code and "check" in args:
        assert "[E203]" in result.output and f"{bad}:2" in result.output
