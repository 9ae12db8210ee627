"""Matching predicted to gold events: what a measure compares, and greedy pairing.

See ``docs/eval.md`` for the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from detente.eval.gold import COUNTRY_ALIASES, GoldActor, GoldEvent, GoldRecord, sector_agrees
from detente.records import Actor, Event

LEVELS: tuple[str, ...] = ("root", "code")


@dataclass(frozen=True, slots=True)
class Predicted:
    """What the scorer compares of a coded event."""

    code: str
    source: tuple[str | None, str | None]  # (country, the code after it: sector and more)
    target: tuple[str | None, str | None]
    event: Event | None = None

    @property
    def root(self) -> str:
        return self.code[:2]


def _actor_key(actor: Actor | None) -> tuple[str | None, str | None]:
    if actor is None or not actor.code:
        return (None, None)
    code = actor.code.upper()
    country = None if code[:3] == "---" else COUNTRY_ALIASES.get(code[:3], code[:3])
    return (country, code[3:] or None)


def predicted(event: Event) -> Predicted:
    """The comparable view of a coded :class:`Event`."""
    return Predicted(event.cameo.code, _actor_key(event.source), _actor_key(event.target), event)


def _countries(role: tuple[GoldActor, ...]) -> set[str | None]:
    return {actor.country for actor in role} or {None}


def _country_ok(role: tuple[GoldActor, ...] | None, key: tuple[str | None, str | None]) -> bool:
    return role is None or key[0] in _countries(role)


def _sector_ok(role: tuple[GoldActor, ...] | None, key: tuple[str | None, str | None]) -> bool:
    """Country and, where the gold actor gives a sector, sector too."""
    if role is None:
        return True
    if not role:
        return key[0] is None
    return any(a.country == key[0] and sector_agrees(a, key[1]) for a in role)


Compare = Callable[[GoldEvent, Predicted], bool]


def comparisons(level: str) -> dict[str, Compare]:
    def code(g: GoldEvent, p: Predicted) -> bool:
        return g.code == p.code if level == "code" else g.code[:2] == p.code[:2]

    def source(g: GoldEvent, p: Predicted) -> bool:
        return _country_ok(g.sources, p.source)

    def target(g: GoldEvent, p: Predicted) -> bool:
        return _country_ok(g.targets, p.target)

    def source_sector(g: GoldEvent, p: Predicted) -> bool:
        return _sector_ok(g.sources, p.source)

    def target_sector(g: GoldEvent, p: Predicted) -> bool:
        return _sector_ok(g.targets, p.target)

    return {
        "code": code,
        "source": source,
        "target": target,
        "triple": lambda g, p: code(g, p) and source(g, p) and target(g, p),
        "source_sector": source_sector,
        "target_sector": target_sector,
        "triple_sector": lambda g, p: code(g, p) and source_sector(g, p) and target_sector(g, p),
    }


def match(
    gold: Sequence[GoldEvent], pred: Sequence[Predicted], same: Compare
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: each gold event, in order, takes the first unused
    prediction that ``same`` accepts and has the gold's exact code; then each gold event
    left takes the first unused prediction that ``same`` accepts. Returns (gold index,
    predicted index) pairs, in gold order.

    The exact-code pass keeps a root-level match from taking the wrong event of a root:
    with gold 196 and 194 and coded 194 and 196, each pairs with its own code (one pass
    in order paired gold 196 with coded 194 and left the rest unmatched).

    A mutual gold event ("Jordan and Britain agreed ...") is one event that detente codes
    in both directions; its match also takes the mirror prediction (same code, source and
    target swapped), so a gold index can appear twice. Count found events with
    :func:`found`; every predicted index in the pairs is accounted for.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for exact in (True, False):
        matched = {gi for gi, _ in pairs}
        for gi, gold_event in enumerate(gold):
            if gi in matched:
                continue
            for pi, pred_event in enumerate(pred):
                if pi in used or not same(gold_event, pred_event):
                    continue
                if exact and pred_event.code != gold_event.code:
                    continue
                used.add(pi)
                pairs.append((gi, pi))
                if gold_event.mutual and (mirror := _mirror(pred, pi, used)) is not None:
                    used.add(mirror)
                    pairs.append((gi, mirror))
                break
    return sorted(pairs)


def _mirror(pred: Sequence[Predicted], index: int, used: set[int]) -> int | None:
    one = pred[index]
    for pi, other in enumerate(pred):
        if (
            pi not in used
            and other.code == one.code
            and (other.source, other.target)
            == (
                one.target,
                one.source,
            )
        ):
            return pi
    return None


def found(pairs: Sequence[tuple[int, int]]) -> int:
    """How many gold events the pairs of :func:`match` found."""
    return len({gi for gi, _ in pairs})


def annotated(record: GoldRecord) -> bool:
    """Whether the record's gold names actors (cameo-manual examples do not)."""
    return all(e.sources is not None and e.targets is not None for e in record.events)
