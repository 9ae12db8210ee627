"""The evaluation gate: code every pinned gold set and hold it to eval/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.errors import GoldError
from detente.eval.corpora import find_corpus
from detente.eval.gate import GateSet, check, read_floors
from detente.eval.gold import sha256_of
from detente.eval.metrics import score
from detente.eval.rates import HEADLINES, LOWER_IS_BETTER
from detente.eval.run import evaluate
from tests.conftest import ROOT
from tests.eval.conftest import gold_event, gold_set, make_event, record

FLOORS = ROOT / "eval" / "floors.json"
GATES = read_floors(FLOORS)


def test_floors_file_pins_every_headline_metric() -> None:
    names = {gate.name for gate in GATES}
    assert {"gold-dev", "gold-heldout", "gold-news", "gold-wire", "gold-conflict",
            "gold-conflict-dev", "gold-guardian-dev", "gold-guardian-dev2", "gold-guardian",
            "gold-reuters-dev", "gold-reuters", "plover-gsr",
            "cameo-manual-examples", "petr2-gsr-validation"} <= names  # fmt: skip
    for gate in GATES:
        assert gate.format in HEADLINES, gate.name
        expected = set(HEADLINES[gate.format]) - LOWER_IS_BETTER
        assert set(gate.floors) == expected, gate.name
        assert all(0.0 <= v <= 1.0 for v in gate.floors.values()), gate.name
    assert "comment" in json.loads(FLOORS.read_text())


@pytest.mark.parametrize("gate", [g for g in GATES if not g.shared], ids=lambda g: g.name)
def test_project_gold_checksums(gate: GateSet) -> None:
    assert sha256_of(gate.path) == gate.sha256, f"{gate.path} changed; update {FLOORS}"


@pytest.mark.parametrize("gate", [g for g in GATES if g.shared], ids=lambda g: g.name)
def test_shared_gold_checksums(shared: Path, gate: GateSet) -> None:
    assert gate.path.resolve().is_relative_to(shared.resolve())
    assert sha256_of(gate.path) == gate.sha256, f"{gate.path} changed; update {FLOORS}"


def _gate(**changes: object) -> GateSet:
    base = {
        "name": "t",
        "path": Path("t.jsonl"),
        "sha256": "0" * 64,
        "level": "root",
        "floors": {"code_f1": 0.5},
        "ceilings": {"extra_rate": 0.5},
        "format": "detente",
    }
    return GateSet(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("coded", "gate", "problem"),
    [
        (["042"], _gate(), None),
        (["190"], _gate(), "code_f1 = 0.0000 is below its floor 0.5"),
        (["042", "043", "044"], _gate(), "extra_rate = 2.0000 is above its ceiling 0.5"),
        (["042"], _gate(sha256="1" * 64), "the gold file changed"),
        (["042"], _gate(format="petr2"), "pinned as petr2"),
        (["042"], _gate(floors={"recall_of_everything": 0.1}), "no metric"),
    ],
)
def test_check(coded: list[str], gate: GateSet, problem: str | None) -> None:
    gold = gold_set([record("s1", gold_event("042", "USA", "CHN"))])
    result = score(gold, {"s1": [make_event(code, "USA", "CHN") for code in coded]})
    problems = check(result, gate)
    assert problems == [] if problem is None else any(problem in p for p in problems)


def test_check_fails_on_pipeline_errors() -> None:
    gold = gold_set([record("s1", gold_event("042", "USA", "CHN")), record("s2")])
    result = score(gold, {"s1": [make_event("042", "USA", "CHN")]}, failed={"s2": "boom"})
    assert check(result, _gate()) == ["t: the pipeline failed on 1 sentences (first: s2: boom)"]


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"sets": []}',
        '{"sets": {"a": {"path": "x"}}}',
        '{"sets": {"a": {"path": "x", "sha256": "0", "floors": {"code_f1": "high"}}}}',
        '{"sets": {"a": {"path": "x", "sha256": "0", "floors": {}, "level": "digit"}}}',
        '{"sets": {"a": {"path": "x", "sha256": "0", "floors": {"extra_rate": 0.1}}}}',
        '{"sets": {"a": {"path": "x", "sha256": "0", "floors": {}, "ceilings": {"code_f1": 1}}}}',
        '{"sets": {"a": {"path": "x", "sha256": "0", "floors": {}, "corpora": "news.csv"}}}',
    ],
)
def test_malformed_floors(tmp_path: Path, content: str) -> None:
    path = tmp_path / "floors.json"
    path.write_text(content)
    with pytest.raises(GoldError, match=r"\[E403\]"):
        read_floors(path)


@pytest.mark.parametrize("gate", GATES, ids=lambda g: g.name)
def test_gate(request: pytest.FixtureRequest, gate: GateSet) -> None:
    """Code the gold set with the real pipeline; no headline metric may fall below its
    floor (or rise above its ceiling), and the gold file must be the one pinned."""
    if gate.shared:
        request.getfixturevalue("shared")
    absent = [name for name in gate.corpora if find_corpus(name) is None]
    if absent:
        pytest.skip(f"{gate.name} needs the corpus {absent[0]} (../shared/corpora, or --texts)")
    result = evaluate(gate.path, level=gate.level)
    assert check(result, gate) == []
