"""Hand-made gold records and Events for the scorer tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from detente.eval.gold import GoldEvent, GoldRecord, GoldSet, actor_from_code
from detente.records import Actor, Cameo, Event, Evidence, stable_id


def make_event(
    code: str,
    source: str | None = None,
    target: str | None = None,
    *,
    doc_id: str = "s1",
    factuality: str = "asserted",
) -> Event:
    """An Event as the coder would give it, with just what the scorer reads filled in."""

    def actor(value: str | None) -> Actor | None:
        return Actor(text=value, code=value, country=value[:3]) if value else None

    return Event(
        doc_id=doc_id,
        event_id=stable_id(doc_id, code, source, target),
        date=None,
        source=actor(source),
        target=actor(target),
        cameo=Cameo(code=code, root=code[:2], name=code),
        goldstein=0.0,
        quad_class=1,
        factuality=factuality,  # type: ignore[arg-type]
        evidence=Evidence(sentence="s", sentence_index=0, trigger="t", start=0, end=1),
        rule="test",
    )


def gold_event(code: str, source: str | None = None, target: str | None = None) -> GoldEvent:
    def role(value: str | None) -> tuple:
        actor = actor_from_code(value)
        return (actor,) if actor else ()

    return GoldEvent(code, role(source), role(target))


def gold_set(
    records: Sequence[GoldRecord], fmt: str = "detente", name: str = "test.jsonl"
) -> GoldSet:
    return GoldSet(path=Path(name), format=fmt, records=tuple(records), sha256="0" * 64)


def record(rid: str, *events: GoldEvent, noevents: bool = False) -> GoldRecord:
    return GoldRecord(id=rid, text=f"sentence {rid}", events=tuple(events), noevents=noevents)


@pytest.fixture(scope="session")
def eval_fixtures(fixtures: Path) -> Path:
    return fixtures / "eval"
