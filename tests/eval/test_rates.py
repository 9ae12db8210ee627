"""Tests of the measures each gold set is known by."""

from __future__ import annotations

import pytest

from detente.eval.gold import GoldEvent, GoldRecord, actor_from_code
from detente.eval.metrics import score
from detente.eval.rates import HEADLINES, LOWER_IS_BETTER
from tests.eval.conftest import gold_event, gold_set, make_event, record


def test_petr2_found_extra_noevents() -> None:
    gold = gold_set(
        [
            record("a", gold_event("042", "USAGOV", "CHN"), gold_event("031", "BRA", "USA")),
            record("b", gold_event("173", "GUYJUD", "BRAPPL")),
            record("c", noevents=True),
            record("d", noevents=True),
        ],
        fmt="petr2",
    )
    predictions = {
        "a": [make_event("043", "USA", "CHN"), make_event("190", "USA", "CHN")],
        "b": [make_event("173", "GUY", "USA")],
        "c": [make_event("010", "FRA"), make_event("111", "FRA")],
    }
    rates = score(gold, predictions).rates
    assert rates["found_rate"] == pytest.approx(1 / 3)
    assert rates["extra_rate"] == pytest.approx(2 / 3)  # 3 coded, 1 found, 3 expected
    assert rates["noevents_events"] == 2.0
    assert rates["noevents_clean"] == 0.5


def _plover(rid: str, code: str, sources: list[str], targets: list[str]) -> GoldRecord:
    event = GoldEvent(code, tuple(map(actor_from_code, sources)),
                      tuple(map(actor_from_code, targets)))  # fmt: skip
    return GoldRecord(rid, f"sentence {rid}", (event,))


def test_plover_rates() -> None:
    gold = gold_set(
        [
            _plover("a", "030", ["HUNGOV", "ROUGOV"], []),
            _plover("b", "173", ["KENCOP"], ["SOM"]),
            _plover("c", "190", ["ISRMIL"], ["PSE"]),
            _plover("d", "111", ["FRA"], ["RWAGOV"]),
        ],
        fmt="plover-gsr",
    )
    predictions = {
        "a": [make_event("036", "ROUGOV")],
        "b": [make_event("173", "KENMIL", "SOM")],
        "c": [make_event("042", "ISRMIL", "PSE"), make_event("190", "ISRMIL", "PSE")],
    }
    rates = score(gold, predictions).rates
    assert rates["first_root_rate"] == 0.5  # a and b; c's first event is 04
    assert rates["triple_root_f1"] == pytest.approx(2 * (3 / 4) * (3 / 4) / 1.5)
    assert rates["source_country_rate"] == 0.75  # d coded nothing
    assert rates["target_country_rate"] == pytest.approx(2 / 3)  # b, c of b, c, d
    assert rates["source_sector_rate"] == pytest.approx(2 / 3)  # a, c of a, b, c (d: no sector)
    assert rates["target_sector_rate"] == 0.0  # only d names a target sector


def test_cameo_manual_rates() -> None:
    gold = gold_set(
        [
            record(r, GoldEvent(c, None, None))
            for r, c in [("a", "0231"), ("b", "042"), ("c", "190")]
        ],
        fmt="cameo-manual",
    )
    predictions = {"a": [make_event("023"), make_event("0231")], "b": [make_event("043")]}
    rates = score(gold, predictions).rates
    assert rates["root_in_rate"] == pytest.approx(2 / 3)
    assert rates["code_exact_rate"] == pytest.approx(1 / 3)


@pytest.mark.parametrize("fmt", list(HEADLINES))
def test_every_headline_metric_is_computed(fmt: str) -> None:
    gold = gold_set([record("a", gold_event("042", "USA", "CHN"))], fmt=fmt)
    flat = score(gold, {"a": [make_event("042", "USA", "CHN")]}).metrics()
    assert set(HEADLINES[fmt]) <= set(flat)
    assert LOWER_IS_BETTER <= set().union(*HEADLINES.values())


def test_empty_gold_set_scores_zero() -> None:
    result = score(gold_set([], fmt="petr2"), {})
    assert result.records == 0 and all(v == 0.0 for v in result.metrics().values())


def test_cameo_headline_has_no_actor_measures() -> None:
    gold = gold_set([record("a", gold_event("042"))], fmt="cameo-manual")
    assert "triple_f1" not in HEADLINES["cameo-manual"]
    assert score(gold, {}).headline == HEADLINES["cameo-manual"]


def test_a_gold_alternative_without_a_sector_agrees_by_country() -> None:
    # "DEUGOV/ALB": the sentence counts (a gold sector is given), and a coded ALB agrees,
    # as the sector measures accept it; a coded DEUMIL does not
    gold = gold_set(
        [
            _plover("a", "036", ["DEUGOV"], ["DEUGOV", "ALB"]),
            _plover("b", "036", ["DEU"], ["DEUGOV", "ALB"]),
        ],
        fmt="plover-gsr",
    )
    predictions = {
        "a": [make_event("036", "DEUGOV", "ALB")],
        "b": [make_event("036", "DEU", "DEUMIL")],
    }
    assert score(gold, predictions).rates["target_sector_rate"] == 0.5
