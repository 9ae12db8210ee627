"""Coding gold sets with the real pipeline, and the ``detente eval`` command."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.api.cli import _load_commands, app
from detente.eval.gold import read_gold
from detente.eval.run import code_gold, documents, evaluate

_load_commands()
runner = CliRunner()


def test_documents_carry_id_text_and_date(eval_fixtures: Path) -> None:
    gold = read_gold(eval_fixtures / "gold-dev.jsonl", limit=2)
    docs = documents(gold)
    assert [d.id for d in docs] == ["dev-001", "dev-002"]
    assert docs[0].text == gold.records[0].text
    assert docs[0].published == date(2003, 3, 11)


@pytest.mark.parametrize("level", ["root", "code"])
def test_evaluate_own_fixture(eval_fixtures: Path, level: str) -> None:
    result = evaluate(eval_fixtures / "gold-dev.jsonl", level=level, limit=5)
    assert result.records == 5 and result.level == level
    assert result.predicted_events > 0  # the coder finds something in five plain sentences
    assert 0.0 <= result.metrics()["triple_f1"] <= 1.0


def test_cli_prints_summary_and_writes_report(eval_fixtures: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    gold = str(eval_fixtures / "gold-dev.jsonl")
    out = runner.invoke(app, ["eval", gold, "--limit", "4", "--report", str(report)])
    assert out.exit_code == 0, out.output
    assert "gold-dev.jsonl (detente, level root): 4 sentences" in out.output
    assert "| code_f1 |" in out.output
    text = report.read_text()
    assert "## Confusion by root" in text and "## Misses" in text


def test_cli_missing_file(tmp_path: Path) -> None:
    out = runner.invoke(app, ["eval", str(tmp_path / "absent.jsonl")])
    assert out.exit_code == 1 and "[E402]" in out.output


def test_cli_bad_level(eval_fixtures: Path) -> None:
    out = runner.invoke(app, ["eval", str(eval_fixtures / "gold-dev.jsonl"), "--level", "x"])
    assert out.exit_code == 2 and "--level" in out.output


def test_cli_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"title": "not gold"}\n')
    out = runner.invoke(app, ["eval", str(path)])
    assert out.exit_code == 1 and "[E401]" in out.output


def test_cli_help_ends_with_example() -> None:
    out = runner.invoke(app, ["eval", "--help"])
    assert out.exit_code == 0
    assert "Example: detente eval" in out.output


def test_public_api() -> None:
    import detente.eval as api

    assert [name for name in api.__all__ if not hasattr(api, name)] == []
    assert {"read_gold", "score", "evaluate", "render", "check"} <= set(api.__all__)


def test_an_article_is_coded_once_and_its_events_split_by_offset(
    ref_gold: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import detente.pipeline

    coded: list[str] = []
    real = detente.pipeline.code_documents

    def counting(docs, **kwargs):  # type: ignore[no-untyped-def]
        docs = list(docs)
        coded.extend(d.id for d in docs)
        return real(docs, **kwargs)

    monkeypatch.setattr(detente.pipeline, "code_documents", counting)
    gold = read_gold(ref_gold, texts=ref_gold.parent / "texts")
    assert [(d.id, d.published) for d in documents(gold)] == [
        ("ref:news.csv#4@2019-04-10", date(2019, 4, 10))
    ]
    events = code_gold(gold).events
    assert coded == ["ref:news.csv#4@2019-04-10"]
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events["r-1"]] == [
        ("042", "RUSGOV", "IRN")
    ]
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events["r-2"]] == [
        ("190", "TURMIL", "SYRREB")
    ]


def test_cli_reads_references_from_texts(ref_gold: Path) -> None:
    out = runner.invoke(app, ["eval", str(ref_gold), "--texts", str(ref_gold.parent / "texts")])
    assert out.exit_code == 0, out.output
    assert "refs.jsonl (detente, level root): 2 sentences" in out.output
    missing = runner.invoke(app, ["eval", str(ref_gold), "--texts", str(ref_gold.parent)])
    assert missing.exit_code == 1 and "[E405]" in missing.output
