"""Tests of the Markdown report."""

from __future__ import annotations

import pytest

from detente.eval.gold import GoldEvent
from detente.eval.metrics import score
from detente.eval.report import figure, render, summary
from tests.eval.conftest import gold_event, gold_set, make_event, record


@pytest.fixture(scope="module")
def result():
    gold = gold_set(
        [
            record("s1", gold_event("042", "RUSGOV", "IRN")),
            record("s2", gold_event("190", "ISRMIL", "PSE")),
            record("s3", noevents=True),
        ],
        fmt="petr2",
        name="mini.jsonl",
    )
    predictions = {"s1": [make_event("042", "RUSGOV", "IRN")], "s3": [make_event("111", "FRA")]}
    return score(gold, predictions)


@pytest.mark.parametrize(
    ("name", "value", "text"),
    [("code_f1", 0.5, "50.0%"), ("extra_rate", 1.25, "125.0%"), ("noevents_events", 3.0, "3")],
)
def test_figure(name: str, value: float, text: str) -> None:
    assert figure(name, value) == text


def test_render_sections(result) -> None:
    text = render(result)
    for heading in ("# Evaluation: mini.jsonl", "## Headline", "## Precision, recall and F1",
                    "## Confusion by root", "## Misses (1)", "## False alarms (1)"):  # fmt: skip
        assert heading in text
    assert "| found_rate | 50.0% | higher |" in text
    assert "| noevents_events | 1 | lower |" in text
    assert "- `s2` ISRMIL 190 PSE: sentence s2" in text
    assert "- `s3` FRA 111 - (rule test): sentence s3" in text
    assert "| 19 |  |  | 1 |" in text  # gold 19 missed: counted under "-"


def test_summary_is_short(result) -> None:
    text = summary(result)
    assert text.startswith("mini.jsonl (petr2, level root): 3 sentences, 2 gold events, 2 coded")
    assert "## Misses" not in text and "| triple |" in text


def test_render_without_actors() -> None:
    gold = gold_set([record("s1", GoldEvent("042", None, None))], fmt="cameo-manual")
    text = render(score(gold, {}))
    assert "- `s1` ? 042 ?: sentence s1" in text
    assert "| triple |" not in text


def test_render_lists_pipeline_errors() -> None:
    gold = gold_set([record("s1", gold_event("042", "USA", "CHN"))])
    result = score(gold, {}, failed={"s1": "RecursionError: too deep"})
    assert "## Pipeline errors (1 sentences, scored as coding nothing)" in render(result)
    assert "- `s1` RecursionError: too deep" in render(result)
    assert "the pipeline failed on 1" in summary(result)
