"""Hand-made gold records and Events for the scorer tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from detente.eval.gold import GoldEvent, GoldRecord, GoldSet, actor_from_code, ref_sha1
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


#: An invented article for the records given by reference: a visit, a sentence with no
#: event, an attack.
ARTICLE = (
    "Russian Foreign Minister Sergei Lavrov visited Iran on Tuesday. The weather in the "
    "capital was mild and dry. Turkish troops attacked Kurdish fighters in northern Syria "
    "on Wednesday."
)


def ref_record(rid: str, sentence: str, events: list[dict], **ref: object) -> dict:
    """A gold record giving ``sentence`` of :data:`ARTICLE` (article "4" of news.csv) by
    reference; ``ref`` overrides fields of the reference."""
    start = ARTICLE.index(sentence)
    where = {"corpus": "news.csv", "article": "4", "start": start, "end": start + len(sentence)}
    where |= {"sha1": ref_sha1(sentence), **ref}
    return {"id": rid, "ref": where, "date": "2019-04-10", "events": events}


@pytest.fixture
def ref_gold(tmp_path: Path) -> Path:
    """A folder ``texts`` with the corpus news.csv and a gold file ``refs.jsonl`` of two
    records given by reference into its article 4 (the visit; the attack)."""
    texts = tmp_path / "texts"
    texts.mkdir()
    quoted = ARTICLE.replace('"', '""')
    (texts / "news.csv").write_text(f',date,text,source\n4,2019-04-10,"{quoted}",Paper\n')
    visit, _, attack = (s if s.endswith(".") else s + "." for s in ARTICLE.split(". "))
    records = [
        ref_record("r-1", visit, [{"source": "RUSGOV", "target": "IRN", "code": "042"}]),
        ref_record("r-2", attack, [{"source": "TURMIL", "target": "SYRREB", "code": "190"}]),
    ]
    path = tmp_path / "refs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path
