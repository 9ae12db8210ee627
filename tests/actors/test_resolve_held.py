"""One held by a state's police or courts ("its authorities arrested a journalist"), named by
a role alone, is of that state, however many countries the sentence names; not one held by
an army, which also holds people abroad. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The EU threatened Belarus with sanctions after its authorities arrested a "
            "dissident journalist.",
            "journalist",
            ["BLRMED"],
        ),
        (
            "Iran said Iraqi police had detained protesters near the border with Kuwait.",
            "protesters",
            ["IRQCVL"],
        ),
        # an army's captives are not of its country
        (
            "Russia said Ukrainian soldiers had detained protesters near the border with Belarus.",
            "protesters",
            [],
        ),
    ],
)
def test_held_by_state_police(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


def test_arrest_by_pronoun_owned_authorities_is_coded() -> None:
    events = detente.code(
        "The European Union threatened Belarus with new sanctions on Monday after its "
        "authorities forced a passenger flight to land in Minsk and arrested a dissident "
        "journalist on board.",
        published=date(2021, 5, 24),
    )
    triples = {(e.source.code, e.cameo.code, e.target.code if e.target else None) for e in events}
    assert ("BLRGOV", "173", "BLRMED") in triples


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a US state named after a country is no country
        ("The governor of New Mexico criticized the federal government.", "governor", ["USAGOV"]),
        ("Mexico criticized the United States.", "Mexico", ["MEX"]),
        # a country whose own name holds "New" stays the country
        ("Papua New Guinea criticized Australia.", "Guinea", ["PNG"]),
    ],
)
def test_a_region_named_after_a_country_is_not_the_country(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected
