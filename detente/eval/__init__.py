"""Evaluation: gold-set readers, the scorer, the report and the gate (see docs/eval.md).

Example:
    >>> from detente.eval import evaluate, render
    >>> result = evaluate("tests/fixtures/eval/gold-dev.jsonl", level="root")  # doctest: +SKIP
    >>> print(render(result))  # doctest: +SKIP
"""

from __future__ import annotations

from detente.eval.gate import GateSet, check, read_floors
from detente.eval.gold import GoldActor, GoldEvent, GoldRecord, GoldSet, read_gold
from detente.eval.metrics import PRF, EvalResult, score
from detente.eval.report import render, summary
from detente.eval.run import CodedGold, code_gold, evaluate

__all__ = [
    "PRF",
    "CodedGold",
    "EvalResult",
    "GateSet",
    "GoldActor",
    "GoldEvent",
    "GoldRecord",
    "GoldSet",
    "check",
    "code_gold",
    "evaluate",
    "read_floors",
    "read_gold",
    "render",
    "score",
    "summary",
]
