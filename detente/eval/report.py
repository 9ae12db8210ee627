"""The evaluation report as Markdown: headline, P/R/F1 table, confusion by root,
misses and false alarms with their sentences."""

from __future__ import annotations

from collections.abc import Iterable

from detente.eval.gold import GoldActor, GoldEvent
from detente.eval.matching import Predicted
from detente.eval.metrics import NONE, EvalResult
from detente.eval.rates import LOWER_IS_BETTER


def figure(name: str, value: float) -> str:
    """A metric as printed: counts as integers, fractions as percentages."""
    if name == "noevents_events":
        return f"{value:.0f}"
    return f"{100 * value:.1f}%"


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def headline_table(result: EvalResult) -> list[str]:
    flat = result.metrics()
    rows = [
        (name, figure(name, flat[name]), "lower" if name in LOWER_IS_BETTER else "higher")
        for name in result.headline
        if name in flat
    ]
    return _table(("metric", "value", "better"), rows)


def measures_table(result: EvalResult) -> list[str]:
    rows = [
        (name, prf.tp, prf.fp, prf.fn, figure(name, prf.precision), figure(name, prf.recall),
         figure(name, prf.f1))
        for name, prf in result.measures.items()
    ]  # fmt: skip
    return _table(("measure", "TP", "FP", "FN", "precision", "recall", "F1"), rows)


def confusion_table(result: EvalResult) -> list[str]:
    gold = sorted({g for g, _ in result.confusion}, key=lambda r: (r == NONE, r))
    pred = sorted({p for _, p in result.confusion}, key=lambda r: (r == NONE, r))
    rows = [(g, *(result.confusion.get((g, p), "") for p in pred)) for g in gold]
    return _table(("gold \\ coded", *pred), rows)


def _actors(role: tuple[GoldActor, ...] | None) -> str:
    if role is None:
        return "?"
    return "/".join(a.code for a in role) or NONE


def _gold_event(event: GoldEvent) -> str:
    return f"{_actors(event.sources)} {event.code} {_actors(event.targets)}"


def _predicted(pred: Predicted) -> str:
    event = pred.event
    source = event.source.code if event and event.source else NONE
    target = event.target.code if event and event.target else NONE
    rule = f" (rule {event.rule})" if event and event.rule else ""
    return f"{source} {pred.code} {target}{rule}"


def _failures(result: EvalResult) -> list[str]:
    if not result.failed:
        return []
    return [
        f"## Pipeline errors ({len(result.failed)} sentences, scored as coding nothing)",
        "",
        *(f"- `{rid}` {error}" for rid, error in result.failed.items()),
        "",
    ]


def render(result: EvalResult) -> str:
    """The full Markdown report of one gold set."""
    lines = [
        f"# Evaluation: {result.name}",
        "",
        f"- format: {result.format}; level: {result.level}; sha256: `{result.sha256}`",
        f"- sentences: {result.records}; gold events: {result.gold_events}; "
        f"coded events: {result.predicted_events}; pipeline errors: {len(result.failed)}",
        "",
        "## Headline",
        "",
        *headline_table(result),
        "",
        "## Precision, recall and F1",
        "",
        *measures_table(result),
        "",
        "## Confusion by root (rows: gold, columns: coded; - is no event)",
        "",
        *confusion_table(result),
        "",
        *_failures(result),
        f"## Misses ({len(result.misses)})",
        "",
        *(f"- `{r.id}` {_gold_event(g)}: {r.text}" for r, g in result.misses),
        "",
        f"## False alarms ({len(result.false_alarms)})",
        "",
        *(f"- `{r.id}` {_predicted(p)}: {r.text}" for r, p in result.false_alarms),
    ]
    return "\n".join(lines) + "\n"


def summary(result: EvalResult) -> str:
    """The short form the CLI prints: headline and the P/R/F1 table."""
    lines = [
        f"{result.name} ({result.format}, level {result.level}): {result.records} sentences, "
        f"{result.gold_events} gold events, {result.predicted_events} coded"
        + (f"; the pipeline failed on {len(result.failed)}" if result.failed else ""),
        "",
        *headline_table(result),
        "",
        *measures_table(result),
    ]
    return "\n".join(lines) + "\n"
