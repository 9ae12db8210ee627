"""A subject pronoun after a fronted adverbial clause ("If Europe was hoping for a lead, it has
been disappointed") is that clause's subject when they agree in number, not the last actor of
the sentence before. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When Iran attacked Iraq in 1980, it said it would defend Islam.", ["IRN"]),
        ("If Russia attacks Ukraine, it will face sanctions.", ["RUS"]),
        ("When the rebels attacked Goma, they killed 20 civilians.", ["---REB"]),
    ],
)
def test_pronoun_after_a_fronted_clause(parts, text, expected) -> None:
    assert resolve(parts, text, " it " if " it " in text else " they ") == expected


def test_a_fronted_clause_keeps_an_earlier_sentence_s_actor_out() -> None:
    events = detente.code(
        "An Israeli jet was shot down over Syria. And if Europe was hoping for a lead from the "
        "new US administration, it has been disappointed.",
        published=date(2018, 2, 21),
    )
    assert not any(e.source is not None and e.source.country == "ISR" for e in events)


def test_an_adjective_s_clause_is_no_part_of_the_noun_phrase(parts) -> None:
    # "unwilling to tolerate the militia" says what Israel will not do; its militia is not Israel
    text = "Israel, unwilling to tolerate the militia, said it would attack positions inside Syria."
    assert resolve(parts, text, "Israel") == ["ISR"]


def test_a_name_before_an_announcement_owns_its_it(parts) -> None:
    text = (
        "Turkey protested. A US announcement that it would build a border force to patrol "
        "Syria's frontiers alarmed Ankara."
    )
    assert resolve(parts, text, " it ") == ["USA"]
