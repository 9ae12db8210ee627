"""The measures each gold set is known by (the figures the issues quote).

All are fractions (the report prints them as percentages) except ``noevents_events``,
a count. Definitions are in ``docs/eval.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.eval.gold import GoldEvent, GoldRecord, sector_agrees
from detente.eval.matching import Predicted, comparisons, found, match

Pairs = Sequence[tuple[GoldRecord, Sequence[Predicted]]]

#: Figures where lower is better: the gate holds them under a ceiling, not over a floor.
LOWER_IS_BETTER = frozenset({"extra_rate", "noevents_events"})

_COMMON = ("code_precision", "code_recall", "code_f1")
_ACTORS = ("source_f1", "target_f1", "triple_f1", "triple_sector_f1")
HEADLINES: dict[str, tuple[str, ...]] = {
    "detente": (*_COMMON, *_ACTORS, "found_rate", "extra_rate", "noevents_clean",
                "root_in_rate", "code_exact_rate"),
    "petr2": (*_COMMON, *_ACTORS, "found_rate", "extra_rate", "noevents_events",
              "noevents_clean"),
    "plover-gsr": (*_COMMON, *_ACTORS, "first_root_rate", "triple_root_f1",
                   "source_country_rate", "target_country_rate", "source_sector_rate",
                   "target_sector_rate"),
    "cameo-manual": (*_COMMON, "root_in_rate", "code_exact_rate"),
}  # fmt: skip


def headline_names(fmt: str) -> tuple[str, ...]:
    """The figures a report leads with, and the gate pins, for a gold format."""
    return HEADLINES[fmt]


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _triple_root(gold: GoldEvent, pred: Predicted) -> bool:
    return comparisons("root")["triple"](gold, pred)


def found_rates(pairs: Pairs) -> dict[str, float]:
    """petr2: expected events found by (source country, root, target country), extra
    events as a share of the expected count, and what was coded on noevents sentences."""
    with_events = [(r, p) for r, p in pairs if not r.noevents]
    without = [(r, p) for r, p in pairs if r.noevents]
    expected = sum(len(r.events) for r, _ in with_events)
    matched = [match(r.events, p, _triple_root) for r, p in with_events]
    hits = sum(found(m) for m in matched)
    coded = sum(len(p) for _, p in with_events) - sum(len(m) - found(m) for m in matched)
    return {
        "found_rate": _ratio(hits, expected),
        "extra_rate": _ratio(coded - hits, expected),
        "noevents_events": float(sum(len(p) for _, p in without)),
        "noevents_clean": _ratio(sum(1 for _, p in without if not p), len(without)),
    }


def _first_agrees(pairs: Pairs, role: str, with_sector: bool) -> float:
    """Share of sentences (whose gold names this role; with_sector, whose gold gives a sector
    for it) where the first predicted event's actor has a gold actor's country (and, with
    sector, that actor's sector, where it gives one: of "DEUGOV/ALB" a coded ALB agrees)."""
    total = agree = 0
    for record, pred in pairs:
        actors = [a for e in record.events for a in (getattr(e, role) or ())]
        if not actors or (with_sector and not any(a.sector for a in actors)):
            continue
        total += 1
        if pred:
            key = pred[0].source if role == "sources" else pred[0].target
            agree += any(a.country == key[0] and (not with_sector or sector_agrees(a, key[1]))
                         for a in actors)  # fmt: skip
    return _ratio(agree, total)


def plover_rates(pairs: Pairs) -> dict[str, float]:
    """plover-gsr: first predicted root right, full-triple F1 by root and country, and the
    first predicted event's source and target by country and by country+sector."""
    first = sum(1 for r, p in pairs if p and r.events and p[0].root == r.events[0].code[:2])
    matched = [match(r.events, p, _triple_root) for r, p in pairs]
    tp = sum(found(m) for m in matched)
    n_gold = sum(len(r.events) for r, _ in pairs)
    n_pred = sum(len(p) for _, p in pairs) - sum(len(m) - found(m) for m in matched)
    precision, recall = _ratio(tp, n_pred), _ratio(tp, n_gold)
    return {
        "first_root_rate": _ratio(first, len(pairs)),
        "triple_root_f1": _ratio(2 * precision * recall, precision + recall),
        "source_country_rate": _first_agrees(pairs, "sources", False),
        "target_country_rate": _first_agrees(pairs, "targets", False),
        "source_sector_rate": _first_agrees(pairs, "sources", True),
        "target_sector_rate": _first_agrees(pairs, "targets", True),
    }


def manual_rates(pairs: Pairs) -> dict[str, float]:
    """cameo-manual: the expected root among the produced roots; the exact code among
    the produced codes (sentences with a gold event only)."""
    scored = [(r, p) for r, p in pairs if r.events]
    root_in = sum(all(e.code[:2] in {x.root for x in p} for e in r.events) for r, p in scored)
    exact = sum(all(e.code in {x.code for x in p} for e in r.events) for r, p in scored)
    return {
        "root_in_rate": _ratio(root_in, len(scored)),
        "code_exact_rate": _ratio(exact, len(scored)),
    }


def rates(fmt: str, pairs: Pairs) -> dict[str, float]:
    """The gold set's own measures, by format."""
    if fmt == "plover-gsr":
        return plover_rates(pairs)
    if fmt == "cameo-manual":
        return manual_rates(pairs)
    if fmt == "petr2":
        return found_rates(pairs)
    return found_rates(pairs) | manual_rates(pairs)
