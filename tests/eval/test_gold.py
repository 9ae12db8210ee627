"""Tests of the gold-set readers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from detente.errors import GoldError
from detente.eval.gold import actor_from_code, read_gold, sector_agrees
from detente.events.ontology import load_ontology

PLOVER_RECORD = {
    "id": "P-1",
    "text": "Kenyan police arrested two Somali men in Mombasa.",
    "cameo": "173",
    "source": [{"actorText": "Kenyan police", "code": "KEN", "sector": "COP"}],
    "target": [
        {"actorText": "Somali men", "code": "SOM", "sector": "***"},
        {"actorText": "Japanese", "code": "JAP", "sector": "CVLalb"},
    ],
}
SAMPLES = {
    "detente": [{"id": "d1", "text": "A visited B.", "date": "2003-03-11",
                 "events": [{"source": "RUSGOV", "target": "IRN", "code": "042"}]}],
    "petr2": [{"id": "p1", "text": "A visited B.", "date": "20080804", "noevents": False,
               "expected_events": [{"source": "---REB", "target": "SYR", "event": "190"}]}],
    "plover-gsr": [PLOVER_RECORD, {**PLOVER_RECORD, "target": ""}],
    "cameo-manual": [{"cameo": "042", "name": "Make a visit", "text": "A visited B."}],
}  # fmt: skip


def write(tmp_path: Path, fmt: str, objects: list[dict]) -> Path:
    if fmt in ("plover-gsr", "cameo-manual"):
        path = tmp_path / "gold.json"
        path.write_text(json.dumps(objects))
    else:
        path = tmp_path / "gold.jsonl"
        path.write_text("".join(json.dumps(obj) + "\n" for obj in objects))
    return path


@pytest.mark.parametrize("fmt", list(SAMPLES))
def test_detects_format(tmp_path: Path, fmt: str) -> None:
    gold = read_gold(write(tmp_path, fmt, SAMPLES[fmt]))
    assert gold.format == fmt
    assert len(gold.records) == len(SAMPLES[fmt])
    assert len(gold.sha256) == 64


def test_detente_record(tmp_path: Path) -> None:
    (rec,) = read_gold(write(tmp_path, "detente", SAMPLES["detente"])).records
    assert rec.published == date(2003, 3, 11) and not rec.noevents
    (event,) = rec.events
    assert event.code == "042"
    assert event.sources[0].country == "RUS" and event.sources[0].sector == "GOV"
    assert event.targets[0].country == "IRN" and event.targets[0].sector is None


def test_petr2_unknown_country(tmp_path: Path) -> None:
    (rec,) = read_gold(write(tmp_path, "petr2", SAMPLES["petr2"])).records
    assert rec.published == date(2008, 8, 4)
    source = rec.events[0].sources[0]
    assert source.country is None and source.sector == "REB"


def test_plover_actors(tmp_path: Path) -> None:
    first, second = read_gold(write(tmp_path, "plover-gsr", SAMPLES["plover-gsr"])).records
    (event,) = first.events
    assert [(a.country, a.sector) for a in event.sources] == [("KEN", "COP")]
    assert [(a.country, a.sector) for a in event.targets] == [("SOM", None), ("JPN", "CVL")]
    assert second.events[0].targets == ()  # "" marks no target
    assert second.id == "P-1#2"  # a repeated id is made unique


def test_plover_sector_words_are_read_as_cameo(tmp_path: Path) -> None:
    """plover-gsr's JRN (media), MED (medical) and CIV are CAMEO's MED, HLH and CVL; an IGO's
    sector is its function."""
    actor = {"actorText": "x", "code": "LBN", "sector": "JRNCHR"}
    rec = {
        **PLOVER_RECORD,
        "source": [actor, {**actor, "code": "CHE", "sector": "MED"}],
        "target": [{**actor, "code": "IGO", "sector": "GOV"}, {**actor, "sector": "CIV"}],
    }
    (event,) = read_gold(write(tmp_path, "plover-gsr", [rec])).records[0].events
    assert [(a.country, a.sector, a.functional) for a in event.sources] == [
        ("LBN", "MED", False),
        ("CHE", "HLH", False),
    ]
    assert [(a.country, a.sector, a.functional) for a in event.targets] == [
        ("IGO", "GOV", True), ("LBN", "CVL", False)]  # fmt: skip


@pytest.mark.parametrize(
    ("gold", "coded_rest", "agrees"),
    [
        ("EGYMOS", "MOSRAD", True),  # the religion
        ("EGYRAD", "MOSRAD", True),  # the role after it
        ("IRQRAD", "MOSSHIRAD", True),  # past a denomination
        ("EGYCVL", "MOSRAD", False),
        ("EGYRAD", "CVLMOS", False),  # a role first: only that role
        ("EGYGOV", "GOVMIL", True),
        ("EGYMIL", "GOVMIL", False),
    ],
)
def test_sector_of_a_faith_and_a_role(gold: str, coded_rest: str, agrees: bool) -> None:
    """A coded actor with a religion and then a role (EGYMOSRAD) has both."""
    assert sector_agrees(actor_from_code(gold), coded_rest) is agrees


def test_cameo_manual_has_no_actors(tmp_path: Path) -> None:
    (rec,) = read_gold(write(tmp_path, "cameo-manual", SAMPLES["cameo-manual"])).records
    assert rec.events[0].sources is None and rec.events[0].targets is None


def test_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "plover-gsr", SAMPLES["plover-gsr"])
    assert len(read_gold(path, limit=1).records) == 1


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ('[{"foo": 1}]', "E401"),
        ('{"title": "x"}\n', "E401"),
        ("", "E401"),
        ('{"id": "a", "text": "t", "events": []}\nnot json\n', "E402"),
        ('{"id": "a", "text": "t", "date": "yesterday", "events": []}\n', "E402"),
        ('{"id": "a", "text": "t", "events": [{"source": 5, "code": "042"}]}\n', "E402"),
        ('{"id": "a", "text": "t", "events": [{"source": "USA"}]}\n', "E402"),
    ],
)
def test_bad_gold_files(tmp_path: Path, content: str, code: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(GoldError, match=rf"\[{code}\]"):
        read_gold(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"\[E402\]"):
        read_gold(tmp_path / "absent.jsonl")


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [("IRQGOVMIL", "IRQ", "GOV"), ("USA", "USA", None), ("---LEG", None, "LEG"),
     ("IGOUNO", "IGO", "UNO"), ("jap", "JPN", None)],
)  # fmt: skip
def test_actor_from_code(code: str, country: str | None, sector: str | None) -> None:
    actor = actor_from_code(code)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("name", ["gold-dev.jsonl", "gold-heldout.jsonl"])
def test_project_fixtures_are_valid(eval_fixtures: Path, name: str) -> None:
    gold = read_gold(eval_fixtures / name)
    ontology = load_ontology()
    assert gold.format == "detente"
    assert len({r.id for r in gold.records}) == len(gold.records)
    assert all(r.published is not None for r in gold.records)
    assert all(e.code in ontology for r in gold.records for e in r.events)
    assert any(r.noevents for r in gold.records)


def test_fixture_covers_most_roots(eval_fixtures: Path) -> None:
    records = [r for name in ("gold-dev.jsonl", "gold-heldout.jsonl")
               for r in read_gold(eval_fixtures / name).records]  # fmt: skip
    assert {e.code[:2] for r in records for e in r.events} == set(load_ontology().roots())


def test_heldout_is_about_thirty_percent(eval_fixtures: Path) -> None:
    dev = len(read_gold(eval_fixtures / "gold-dev.jsonl").records)
    held = len(read_gold(eval_fixtures / "gold-heldout.jsonl").records)
    assert 0.2 <= held / (dev + held) <= 0.4
    assert not {r.text for r in read_gold(eval_fixtures / "gold-dev.jsonl").records} & {
        r.text for r in read_gold(eval_fixtures / "gold-heldout.jsonl").records
    }


@pytest.mark.parametrize(
    ("name", "fmt", "records", "events", "noevents"),
    [
        ("plover-gsr.json", "plover-gsr", 322, 322, 0),
        ("cameo-manual-examples.json", "cameo-manual", 387, 387, 0),
        ("petr2-gsr-validation.jsonl", "petr2", 78, 80, 12),
    ],
)
def test_shared_gold_sets(
    shared: Path, name: str, fmt: str, records: int, events: int, noevents: int
) -> None:
    gold = read_gold(shared / "gold" / name)
    assert gold.format == fmt
    assert len(gold.records) == records
    assert sum(len(r.events) for r in gold.records) == events
    assert sum(r.noevents for r in gold.records) == noevents
    assert len({r.id for r in gold.records}) == records


def test_records_given_by_reference_read_their_text_from_the_corpus(ref_gold: Path) -> None:
    gold = read_gold(ref_gold, texts=ref_gold.parent / "texts")
    assert gold.format == "detente"
    visit, attack = gold.records
    assert visit.text == "Russian Foreign Minister Sergei Lavrov visited Iran on Tuesday."
    assert attack.text.startswith("Turkish troops attacked") and attack.ref is not None
    assert (attack.ref.corpus, attack.ref.article) == ("news.csv", "4")
    assert list(gold.articles) == [("news.csv", "4")]
    assert gold.articles["news.csv", "4"].endswith("on Wednesday.")


def _rewrite(path: Path, **ref: object) -> None:
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    lines[1]["ref"] |= ref
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))


@pytest.mark.parametrize(
    ("ref", "texts", "error"),
    [
        ({"sha1": "0123456789ab"}, "texts", "[E407]"),
        ({"start": 1}, "texts", "[E407]"),  # offsets that moved
        ({"article": "5"}, "texts", "[E406]"),
        ({}, "nowhere", "[E405]"),
        ({"corpus": "other.csv"}, "texts", "[E405]"),
        ({"start": "x"}, "texts", "[E402]"),
    ],
)
def test_unresolvable_reference(ref_gold: Path, ref: dict, texts: str, error: str) -> None:
    _rewrite(ref_gold, **ref)
    with pytest.raises(GoldError) as e:
        read_gold(ref_gold, texts=ref_gold.parent / texts)
    message = str(e.value)
    assert message.startswith(error) and str(ref_gold) in message
    if error != "[E402]":
        assert f"record r-{1 if texts == 'nowhere' else 2}" in message and "--texts" in message


def test_environment_names_the_corpus_folder(
    ref_gold: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DETENTE_TEXTS", str(ref_gold.parent / "texts"))
    assert read_gold(ref_gold).records[0].text.endswith("on Tuesday.")


GUARDIAN_PARITY = {"gold-guardian-dev.jsonl": 0, "gold-guardian-dev2.jsonl": 0,
                   "gold-guardian.jsonl": 1}  # fmt: skip


@pytest.mark.parametrize("name", sorted(GUARDIAN_PARITY))
def test_guardian_gold_resolves_against_the_corpus(eval_fixtures: Path, name: str) -> None:
    """The Guardian gold sets point into ../shared/corpora/guardian-sample.csv: every record's
    article is there and every checksum matches (skipped when the corpus is absent)."""
    from detente.eval.corpora import find_corpus

    if find_corpus("guardian-sample.csv") is None:
        pytest.skip("guardian-sample.csv is not in ../shared/corpora (nor $DETENTE_TEXTS)")
    gold = read_gold(eval_fixtures / name)
    assert len(gold.records) == 150
    assert all(r.ref is not None and r.text.strip() for r in gold.records)
    assert {corpus for corpus, _ in gold.articles} == {"guardian-sample.csv"}
    assert {int(article) % 2 for _, article in gold.articles} == {GUARDIAN_PARITY[name]}


def test_guardian_dev_sets_share_no_sentence(eval_fixtures: Path) -> None:
    """gold-guardian-dev2 was drawn with gold-guardian-dev excluded: no record (id or span) is
    in both. Read as plain JSON, so that it needs no corpus."""
    first, second = (
        [json.loads(line) for line in (eval_fixtures / name).read_text("utf-8").splitlines()]
        for name in ("gold-guardian-dev.jsonl", "gold-guardian-dev2.jsonl")
    )
    assert len(first) == len(second) == 150
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    spans = [{(r["ref"]["article"], r["ref"]["start"]) for r in gold} for gold in (first, second)]
    assert not spans[0] & spans[1]


REUTERS_PARITY = {"gold-reuters-dev.jsonl": 0, "gold-reuters.jsonl": 1}


@pytest.mark.parametrize("name", sorted(REUTERS_PARITY))
def test_reuters_gold_resolves_against_the_corpus(eval_fixtures: Path, name: str) -> None:
    """The Reuters gold sets point into ../shared/corpora/reuters21578.jsonl: every record's
    article is there, every checksum matches, and the development set holds even-numbered
    articles only, the held-back set odd ones (skipped when the corpus is absent)."""
    from detente.eval.corpora import find_corpus

    if find_corpus("reuters21578.jsonl") is None:
        pytest.skip("reuters21578.jsonl is not in ../shared/corpora (nor $DETENTE_TEXTS)")
    gold = read_gold(eval_fixtures / name)
    assert len(gold.records) == 150
    assert all(r.ref is not None and r.text.strip() for r in gold.records)
    assert {corpus for corpus, _ in gold.articles} == {"reuters21578.jsonl"}
    parity = {int(article.removeprefix("reut-")) % 2 for _, article in gold.articles}
    assert parity == {REUTERS_PARITY[name]}
