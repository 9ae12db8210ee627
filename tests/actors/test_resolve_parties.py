"""Political parties by standing and date (parties.tsv, session 15)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # a party is coded by its standing on the article's date (codebook 3.1.4)
        ("Labour condemned the air strikes.", "Labour", date(2018, 4, 14), ["GBROPPPTY"]),
        ("Labour condemned the air strikes.", "Labour", date(2003, 3, 20), ["GBRGOVPTY"]),
        ("The Tories accused Labour of betrayal.", "Tories", date(2018, 4, 14), ["GBRGOVPTY"]),
        # the president's party is GOV, the other OPP
        ("Democrats criticised the president.", "Democrats", date(2018, 4, 14), ["USAOPPPTY"]),
        ("Republicans criticised the president.", "Republicans", date(2010, 6, 1), ["USAOPPPTY"]),
        ("The AKP accused the CHP of lying.", "CHP", date(2018, 4, 14), ["TUROPPPTY"]),
        ("Likud officials met the president.", "Likud", date(2018, 4, 14), ["ISRGOVPTY"]),
        # a name shared by parties of two countries: the country the sentence names
        (
            "Australia's Labor Party criticised the government.",
            "Labor Party",
            date(2018, 4, 14),
            ["AUSOPPPTY"],
        ),
    ],
)
def test_parties_by_standing_and_date(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published=published) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # party names written in lower case are common words
        ("Trade unions and labour groups condemned the plan.", "labour"),
        ("Conservative estimates put the toll at 200, and conservatives protested.", "conservatives"),
        # a labour ministry is no party
        ("The Labor Department said jobs grew.", "Labor"),
    ],
)
def test_common_words_are_no_parties(parts, text, phrase) -> None:
    codes = resolve(parts, text, phrase, published=date(2018, 4, 14))
    assert not any("PTY" in code for code in codes)
