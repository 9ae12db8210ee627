"""Round 14 of actor resolution: sectors. The leaders of a protest movement are the political
opposition (codebook table 3.1: OPP, "anti-government activists"), not the government their
word "leaders" stands for alone. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve

SPRING = date(2019, 4, 13)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Sudan's protest leaders urged the ruling military council on Saturday to hand "
            "power to a civilian government.",
            "leaders",
            ["SDNOPP"],
        ),
        (
            "Algerian protest leaders rejected the army chief's call for talks.",
            "leaders",
            ["DZAOPP"],
        ),
        ("The Sudanese protest movement called a general strike.", "movement", ["SDNOPP"]),
    ],
)
def test_protest_leaders_are_the_opposition(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=SPRING) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # leaders with no protest word stay the government
        ("Sudan's leaders urged the protesters to go home.", "leaders", ["SDNGOV"]),
    ],
)
def test_leaders_without_protest(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=SPRING) == expected
