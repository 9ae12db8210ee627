"""Stance recoding (detente/events/intent.py): what is decided is done, not intended."""

from __future__ import annotations

import pytest

import detente


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cabinet of Israel decided to expel the Iranian ambassador.", "161"),
        ("Egypt decided to lift the curfew in Cairo.", "0813"),
    ],
)
def test_a_decision_is_the_act_not_an_intent(text: str, expected: str) -> None:
    codes = {e.cameo.code for e in detente.code(text, published="2011-04-02")}
    assert expected in codes and not any(code.startswith("03") for code in codes)


def test_an_agreement_to_act_is_still_an_intent() -> None:
    codes = {e.cameo.code for e in detente.code("Egypt agreed to lift the curfew in Cairo.")}
    assert any(code.startswith("03") for code in codes)


def test_an_own_act_made_conditional_with_may_or_could_is_announced() -> None:
    # a harmful act is a threat, a friendly one an intent; both are reported as said
    events = detente.code(
        "Iran could close the Strait of Hormuz if it is attacked.", published="2011-04-02"
    )
    assert any(e.cameo.code.startswith("13") and e.factuality == "asserted" for e in events)
    events = detente.code("Germany may send aid to Greece if asked.", published="2011-04-02")
    assert any(e.cameo.code.startswith("03") and e.factuality == "asserted" for e in events)
    # without a condition, "may" is only a possibility
    events = detente.code("Germany may send aid to Greece.", published="2011-04-02")
    assert not any(e.cameo.code.startswith("03") for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU adopted a new package of sanctions against Russia.", ("IGOEEC", "163", "RUS")),
        ("Britain unveiled a raft of sanctions on Russian oligarchs.", ("GBR", "163", "RUSBUS")),
    ],
)
def test_what_is_adopted_or_unveiled_is_the_adopter_s(text: str, expected: tuple) -> None:
    events = detente.code(text, published="2022-03-10")
    triples = {(e.source.code if e.source else None, e.cameo.code, e.target and e.target.code)
               for e in events}  # fmt: skip
    assert expected in triples


def test_a_denied_intent_to_do_harm_is_no_threat() -> None:
    # "has no plans to attack": not a threat to attack; the attack is denied
    events = detente.code("Russia has no plans to attack Ukraine.", published="2014-03-01")
    assert {(e.cameo.code, e.factuality) for e in events} == {("190", "negated")}
    # a denied intent with a refusal code stays the refusal
    events = detente.code(
        "North Korea said it had no intention of holding talks with South Korea.",
        published="2014-03-01",
    )
    assert ("125", "asserted") in {(e.cameo.code, e.factuality) for e in events}
