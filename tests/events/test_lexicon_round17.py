"""Lexicon round 17 (wire news, Reuters 1987 dev set), on sentences written for these tests
(real spaCy): a welcome of a shift or a rise is no visit hosted (051 or nothing, not 043); an
industry, trade or exports injured or hurt is no physical assault (no 18x); anger and an angry
response as nouns (110)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 051: what another did or said, welcomed
        ("Japanese officials welcomed the shift in U.S. policy.", ("JPNGOV", "051", "USA")),
        ("Germany welcomed the change of stance in French policy.", ("DEU", "051", "FRA")),
        # codebook 110: anger and an angry reaction as nouns, the possessor or adjective the source
        (
            "The move was meant to appease U.S. anger over German interest rate rises.",
            ("USA", "110", "DEU"),
        ),
        ("Chinese anger at Japan has grown.", ("CHN", "110", "JPN")),
        ("Japan's angry reaction to the U.S. decision surprised nobody.", ("JPN", "110", "USA")),
    ],
)
def test_round17_codes(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a welcome of a thing is no visit hosted
        ("Japanese officials welcomed the shift in U.S. policy.", "043"),
        ("Japan welcomed the rise in U.S. imports.", "043"),
        # an industry or exports injured or hurt is no physical assault
        ("Canadian potash shipments were injuring the U.S. industry.", "182"),
        ("The domestic industry was being injured by Brazilian orange juice imports.", "182"),
    ],
)
def test_round17_not_coded(text: str, absent: str) -> None:
    assert all(code != absent for _, code, _ in triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people welcomed are still hosted (043); people injured and places attacked still code
        ("Britain welcomed the Israeli delegation.", ("GBR", "043", "ISRGOV")),
        ("The bomb injured three Israeli soldiers.", ("---UAF", "183", "ISRMIL")),
        ("Rebels attacked the market in Kabul.", ("AFGREB", "190", "AFGGOV")),
    ],
)
def test_round17_kept(text: str, expected: tuple) -> None:
    assert expected in triples(text)
