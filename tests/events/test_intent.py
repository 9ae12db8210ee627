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
