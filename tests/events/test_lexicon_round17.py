"""Lexicon round 17 (wire news, Reuters 1987 dev set), on sentences written for these tests
(real spaCy): a welcome of a shift or a rise is no visit hosted (051 or nothing, not 043); an
industry, trade or exports injured or hurt is no physical assault (no 18x); anger and an angry
response as nouns (110); an appeal's from-phrase right after the noun names who made it, and
"at the urging of X" is X's appeal to the clause's subject (020); fire or attack come under from
lawmakers or officials, and criticism come under, faced or drawn from someone, is criticism
(111)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 020: an act done at another's bidding; the urged is the clause's subject
        ("At the urging of Washington, Israel agreed to a ceasefire.", ("USAGOV", "020", "ISR")),
        (
            "At the behest of Moscow, the Syrian army halted its advance.",
            ("RUSGOV", "020", "SYRMIL"),
        ),
        # the from-phrase right after an appeal noun made it
        ("Calls from Britain for sanctions against Iran grew louder.", ("GBR", "113", "IRN")),
        ("Opposition leaders renewed their calls for change in Zimbabwe.", ("ZWEOPP", "020", None)),
        # a from-phrase after the appeal's object is whom it asks
        ("Kenya issued an appeal for aid from Japan.", ("KEN", "023", "JPN")),
    ],
)
def test_round17_appeals(text: str, expected: tuple) -> None:
    assert expected in triples(text)


def test_round17_urging_outside_the_at_frame_is_no_appeal() -> None:
    assert all(
        code != "020"
        for _, code, _ in triples("The urging of restraint by the United Nations went unheeded.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 111: fire from lawmakers or officials is criticism
        (
            "Japan's trade surplus has come under fire from the U.S. Congress.",
            ("USALEG", "111", "JPN"),
        ),
        ("The plan came under attack from French officials.", ("FRAGOV", "111", None)),
        ("The plan has come under criticism from French officials.", ("FRAGOV", "111", None)),
        ("The tariff drew criticism from the European Commission.", ("IGOEEC", "111", None)),
        # fire from or at an armed force is still fire
        ("The Syrian army came under fire from rebels.", ("SYRREB", "193", "SYRMIL")),
        ("Israeli troops came under fire from the Syrian army.", ("SYRMIL", "193", "ISRMIL")),
    ],
)
def test_round17_fire_of_words(text: str, expected: tuple) -> None:
    assert expected in triples(text)
