"""Tests of the scorer: matching rules, P/R/F1, confusion table, misses and false alarms."""

from __future__ import annotations

import json

import pytest

from detente.eval.gold import GoldActor, GoldEvent, GoldRecord, read_gold
from detente.eval.matching import comparisons, match, predicted
from detente.eval.metrics import PRF, score
from tests.eval.conftest import gold_event, gold_set, make_event, record


def test_prf() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 0.75 and prf.recall == 0.6
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF().f1 == 0.0 and (PRF(1, 0, 0) + PRF(0, 1, 1)) == PRF(1, 1, 1)


def test_perfect_prediction() -> None:
    gold = gold_set([record("s1", gold_event("042", "RUSGOV", "IRN"))])
    result = score(gold, {"s1": [make_event("042", "RUSGOV", "IRNGOV")]}, level="code")
    assert {name: prf.f1 for name, prf in result.measures.items()} == dict.fromkeys(
        result.measures, 1.0
    )
    assert not result.misses and not result.false_alarms


@pytest.mark.parametrize(
    ("gold_code", "coded", "level", "matches"),
    [
        ("0231", "023", "root", True),
        ("0231", "023", "code", False),
        ("0231", "0231", "code", True),
        ("042", "190", "root", False),
    ],
)
def test_code_level(gold_code: str, coded: str, level: str, matches: bool) -> None:
    same = comparisons(level)["code"]
    assert same(gold_event(gold_code), predicted(make_event(coded))) is matches


@pytest.mark.parametrize(
    ("gold_actor", "coded_actor", "country", "sector"),
    [
        ("USAGOV", "USAGOV", True, True),
        ("USAGOV", "USAMIL", True, False),
        ("USA", "USAMIL", True, True),  # no gold sector: the country decides
        ("USAGOV", "RUSGOV", False, False),
        (None, None, True, True),
        (None, "USA", False, False),  # gold expects no actor
        ("---REB", None, True, False),  # unknown country matches no actor...
        ("---REB", "---REB", True, True),  # ...and an actor of unknown country
        ("JAP", "JPN", True, True),  # a gold alias of an ISO3 code
        ("VTN", "VNM", True, True),  # plover's code for Vietnam
        ("USRGOV", "RUSGOV", True, True),  # CAMEO's Soviet Union, RUS in detente's KB
        ("SUNGOV", "RUSGOV", True, True),  # Phoenix's code for it
        ("USRGOV", "USAGOV", False, False),
    ],
)
def test_actor_rules(
    gold_actor: str | None, coded_actor: str | None, country: bool, sector: bool
) -> None:
    compare = comparisons("root")
    gold, coded = gold_event("042", gold_actor), predicted(make_event("042", coded_actor))
    assert compare["source"](gold, coded) is country
    assert compare["source_sector"](gold, coded) is sector


@pytest.mark.parametrize(
    ("sector", "coded_actor", "agrees"),
    [
        ("GOV", "IGOUNO", True),  # the Security Council, coded as the UN
        ("GOV", "IGOARL", True),
        ("MIL", "IGOPKO", True),  # peacekeepers
        ("GOV", "IGOPKO", False),
        ("REF", "IGOUNOREFHCR", True),  # the UN refugee agency
        ("GOV", "IGOUNOREFHCR", False),
        ("GOV", "NGOHRW", False),  # another country
    ],
)
def test_an_igo_sector_of_plover_is_its_function(
    sector: str, coded_actor: str, agrees: bool
) -> None:
    gold = GoldEvent("042", (GoldActor("IGO" + sector, "IGO", sector, functional=True),), None)
    assert (
        comparisons("root")["source_sector"](gold, predicted(make_event("042", coded_actor)))
        is agrees
    )


def test_any_of_several_gold_actors_matches() -> None:
    base = gold_event("030", "HUNGOV")
    gold = GoldEvent("030", base.sources + gold_event("030", "ROUGOV").sources, ())
    assert comparisons("root")["source"](gold, predicted(make_event("030", "ROU")))


def test_greedy_one_to_one() -> None:
    gold = [gold_event("042", "USA", "CHN"), gold_event("042", "USA", "CHN")]
    pred = [predicted(make_event("042", "USA", "CHN"))]
    assert match(gold, pred, comparisons("root")["triple"]) == [(0, 0)]
    assert match(gold[:1], pred * 2, comparisons("root")["triple"]) == [(0, 0)]


def test_a_root_match_prefers_the_event_of_the_same_code() -> None:
    """Gold 196 and 194, coded 194 and 196: each gold event pairs with its own code."""
    gold = [gold_event("196", "UKR", "UKR"), gold_event("194", "UKR", "UKR")]
    pred = [predicted(make_event(c, "UKR", "UKR")) for c in ("194", "196")]
    assert match(gold, pred, comparisons("root")["triple"]) == [(0, 1), (1, 0)]
    # with no prediction of the exact code, the first of the root is taken
    assert match(gold[:1], pred[:1], comparisons("root")["triple"]) == [(0, 0)]


def test_a_mutual_gold_event_takes_both_directions() -> None:
    """ "Jordan and Britain agreed": one gold event, coded JOR->GBR and GBR->JOR."""
    both = gold_event("030", "JOR").sources + gold_event("030", "GBR").sources
    gold = GoldEvent("030", both, both, mutual=True)
    pred = [predicted(make_event("030", a, b)) for a, b in [("JOR", "GBR"), ("GBR", "JOR")]]
    triple = comparisons("root")["triple"]
    assert match([gold], pred, triple) == [(0, 0), (0, 1)]
    one_way = GoldEvent("030", both, both)  # not mutual: the second direction is extra
    assert match([one_way], pred, triple) == [(0, 0)]
    result = score(gold_set([record("s1", gold)]), {"s1": [p.event for p in pred]})
    assert result.measures["triple"] == PRF(1, 0, 0)


def test_plover_markup_marks_mutual_events(tmp_path) -> None:
    item = {
        "id": "p1",
        "text": "Jordan and Britain agreed to hold exercises.",
        "cameo": "0312",
        "source": [{"actorText": "Jordan", "code": "JOR"}, {"actorText": "Britain", "code": "GBR"}],
        "target": None,
        "markup": "(SRC/TAR: Jordan) and (SRC/TAR: Britain) (EVT: agreed) to hold exercises.",
    }
    one_sided = dict(item, id="p2", markup="(SRC: Jordan) and (SRC: Britain) (EVT: agreed)")
    path = tmp_path / "plover.json"
    path.write_text(json.dumps([item, one_sided]))
    first, second = (r.events[0] for r in read_gold(path).records)
    assert first.mutual and first.targets == first.sources
    assert not second.mutual and second.targets == ()


def test_counts_each_measure_separately() -> None:
    gold = gold_set([record("s1", gold_event("042", "USA", "CHN"))])
    result = score(gold, {"s1": [make_event("190", "USA", "RUS")]})
    assert result.measures["code"] == PRF(0, 1, 1)
    assert result.measures["source"] == PRF(1, 0, 0)
    assert result.measures["target"] == PRF(0, 1, 1)
    assert result.measures["triple"] == PRF(0, 1, 1)


def test_noevents_predictions_are_false_alarms() -> None:
    gold = gold_set([record("s1", noevents=True), record("s2", gold_event("111", "FRA", "RWA"))])
    result = score(gold, {"s1": [make_event("042", "USA", "CHN")]})
    assert result.measures["code"] == PRF(0, 1, 1)
    assert [r.id for r, _ in result.false_alarms] == ["s1"]
    assert [r.id for r, _ in result.misses] == ["s2"]


def test_gold_without_actors_scores_code_only() -> None:
    gold = gold_set([record("s1", GoldEvent("042", None, None))], fmt="cameo-manual")
    result = score(gold, {"s1": [make_event("042", "USA", "CHN")]})
    assert set(result.measures) == {"code"}
    assert result.measures["code"] == PRF(1, 0, 0)


def test_confusion_by_root() -> None:
    gold = gold_set([
        record("s1", gold_event("042"), gold_event("111")),
        record("s2", gold_event("190")),
        record("s3"),
    ])  # fmt: skip
    predictions = {
        "s1": [make_event("043"), make_event("173")],
        "s3": [make_event("130")],
    }
    result = score(gold, predictions)
    assert result.confusion == {("04", "04"): 1, ("11", "17"): 1, ("19", "-"): 1, ("-", "13"): 1}


def test_missing_entry_means_no_events_and_bad_level() -> None:
    gold = gold_set([record("s1", gold_event("042", "USA", "CHN"))])
    assert score(gold, {}).predicted_events == 0
    with pytest.raises(ValueError, match="level"):
        score(gold, {}, level="digit")


def test_metrics_flat() -> None:
    gold = gold_set([record("s1", gold_event("042", "USA", "CHN"))])
    flat = score(gold, {"s1": [make_event("042", "USA", "CHN")]}).metrics()
    assert flat["triple_f1"] == 1.0 and flat["found_rate"] == 1.0
    assert all(isinstance(v, float) for v in flat.values())


def test_records_are_hashable_values() -> None:
    rec = record("s1", gold_event("042"))
    assert isinstance(rec, GoldRecord) and hash(rec) == hash(record("s1", gold_event("042")))
