"""Scoring coded events against gold: a pure function over gold records and Events.

See ``docs/eval.md`` for the matching rules. In short: per sentence, each measure
matches predicted to gold events greedily and one-to-one (gold in order, each taking
the first unused prediction that agrees on what the measure compares); codes compare
by root or in full (``level``), actors by country and, where the gold gives a sector,
by country and sector.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from detente.eval.gold import GoldEvent, GoldRecord, GoldSet
from detente.eval.matching import (
    LEVELS,
    Predicted,
    annotated,
    comparisons,
    found,
    match,
    predicted,
)
from detente.eval.rates import headline_names, rates
from detente.records import Event

NONE = "-"  # a confusion-table row or column for "no event"

#: The measures scored as precision/recall/F1: what each compares.
MEASURES: tuple[str, ...] = (
    "code",
    "source",
    "target",
    "triple",
    "source_sector",
    "target_sector",
    "triple_sector",
)
ACTOR_MEASURES = frozenset(MEASURES) - {"code"}


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts of one measure, with precision, recall and F1 (0.0 where undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class EvalResult:
    """The scores of one gold set."""

    name: str
    format: str
    level: str
    sha256: str
    records: int
    gold_events: int
    predicted_events: int
    measures: Mapping[str, PRF]
    rates: Mapping[str, float]  # the gold set's own measures, fractions (see docs/eval.md)
    confusion: Mapping[tuple[str, str], int]
    misses: tuple[tuple[GoldRecord, GoldEvent], ...] = ()
    false_alarms: tuple[tuple[GoldRecord, Predicted], ...] = ()
    headline: tuple[str, ...] = field(default=())
    failed: Mapping[str, str] = field(default_factory=dict)  # sentence id -> pipeline error

    def metrics(self) -> dict[str, float]:
        """All figures as one flat dict: ``<measure>_precision|recall|f1`` and the rates."""
        flat: dict[str, float] = {}
        for name, prf in self.measures.items():
            flat[f"{name}_precision"] = prf.precision
            flat[f"{name}_recall"] = prf.recall
            flat[f"{name}_f1"] = prf.f1
        flat.update(self.rates)
        return flat


# -- scoring a gold set ----------------------------------------------------------------


def _measures(
    pairs: Sequence[tuple[GoldRecord, Sequence[Predicted]]], level: str
) -> dict[str, PRF]:
    compare = comparisons(level)
    totals = {name: PRF() for name in MEASURES}
    for record, pred in pairs:
        for name, same in compare.items():
            if name in ACTOR_MEASURES and not annotated(record):
                continue
            hits = match(record.events, pred, same)
            tp = found(hits)
            totals[name] += PRF(tp, len(pred) - len(hits), len(record.events) - tp)
    if not any(annotated(record) for record, _ in pairs):
        totals = {name: prf for name, prf in totals.items() if name not in ACTOR_MEASURES}
    return totals


def _confusion(pairs: Sequence[tuple[GoldRecord, Sequence[Predicted]]]) -> Counter[tuple[str, str]]:
    """Gold root x predicted root: equal roots pair first, the rest pair in order."""
    table: Counter[tuple[str, str]] = Counter()
    same_root = comparisons("root")["code"]
    for record, pred in pairs:
        matched = match(record.events, pred, same_root)
        gold_hit, pred_hit = {gi for gi, _ in matched}, {pi for _, pi in matched}
        gold_left = [g for i, g in enumerate(record.events) if i not in gold_hit]
        pred_left = [p for i, p in enumerate(pred) if i not in pred_hit]
        for gi in gold_hit:
            root = record.events[gi].code[:2]
            table[(root, root)] += 1
        for index in range(max(len(gold_left), len(pred_left))):
            g = gold_left[index].code[:2] if index < len(gold_left) else NONE
            p = pred_left[index].root if index < len(pred_left) else NONE
            table[(g, p)] += 1
    return table


def _errors(
    pairs: Sequence[tuple[GoldRecord, Sequence[Predicted]]], level: str
) -> tuple[list[tuple[GoldRecord, GoldEvent]], list[tuple[GoldRecord, Predicted]]]:
    """Misses and false alarms of the full triple (of the code alone without actors)."""
    compare = comparisons(level)
    misses, alarms = [], []
    for record, pred in pairs:
        same = compare["triple" if annotated(record) else "code"]
        matched = match(record.events, pred, same)
        gold_hit, pred_hit = {gi for gi, _ in matched}, {pi for _, pi in matched}
        misses += [(record, g) for i, g in enumerate(record.events) if i not in gold_hit]
        alarms += [(record, p) for i, p in enumerate(pred) if i not in pred_hit]
    return misses, alarms


def score(
    gold: GoldSet,
    predictions: Mapping[str, Sequence[Event]],
    *,
    level: str = "root",
    failed: Mapping[str, str] | None = None,
) -> EvalResult:
    """Score predicted events against a gold set.

    Args:
        gold: the gold set (see :func:`detente.eval.gold.read_gold`).
        predictions: the coded events of each gold record, by record id; a record
            without an entry has no events.
        level: ``root`` compares event codes by root, ``code`` in full.
        failed: sentences the pipeline failed on (id -> error); they count as coding
            nothing and are listed in the report.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    pairs = [
        (record, [predicted(e) for e in predictions.get(record.id, ())]) for record in gold.records
    ]
    misses, alarms = _errors(pairs, level)
    return EvalResult(
        name=gold.name,
        format=gold.format,
        level=level,
        sha256=gold.sha256,
        records=len(pairs),
        gold_events=sum(len(record.events) for record, _ in pairs),
        predicted_events=sum(len(pred) for _, pred in pairs),
        measures=_measures(pairs, level),
        rates=rates(gold.format, pairs),
        confusion=dict(_confusion(pairs)),
        misses=tuple(misses),
        false_alarms=tuple(alarms),
        headline=headline_names(gold.format),
        failed=dict(failed or {}),
    )
