"""Knowledge-base names with an apostrophe match as the Guardian writes them, with a
typographic one ("People’s Protection Units", "Kurdistan Workers’ Party"), as well as with a
straight one. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.actors.conftest import resolve

WINTER = date(2018, 12, 20)
YPG = "Turkey will attack the Kurdish People{} Protection Units."


def test_a_name_with_a_typographic_apostrophe(parts) -> None:
    for apostrophe in ("\u2019s", "'s"):
        text = YPG.format(apostrophe)
        assert resolve(parts, text, "Protection Units", published=WINTER) == ["SYRREB"], text
    text = "The Kurdistan Workers\u2019 Party attacked a police station."
    assert resolve(parts, text, "Party", published=WINTER) == ["TURREBPKK"]


def test_a_people_with_a_typographic_apostrophe_stays_a_people(parts) -> None:
    # not a known name: the Kurdish people's homes are the Kurds'
    text = "The Kurdish people\u2019s homes were shelled."
    assert resolve(parts, text, "people", published=WINTER) == ["KURCVL"]
