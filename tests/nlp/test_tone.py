"""Tone on GDELT's AvgTone scale from VADER."""

from __future__ import annotations

import pytest

from detente.nlp.tone import document_tone, tone

POSITIVE = [
    "Russia and Iran agreed to deepen their excellent cooperation.",
    "The leaders praised the successful talks and welcomed the peace agreement.",
    "Both sides expressed hope and gratitude for the generous aid.",
]
NEGATIVE = [
    "Rebels killed dozens of civilians in a brutal attack.",
    "The minister condemned the terrible bombing and threatened retaliation.",
    "Protesters were injured and arrested after violent clashes.",
]
NEUTRAL = [
    "The minister arrived in Tehran on Tuesday.",
    "The delegation will travel to Moscow next week.",
    "The report was published in March.",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_positive(text: str) -> None:
    assert 10 < tone(text) <= 100


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert -100 <= tone(text) < -10


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral(text: str) -> None:
    assert tone(text) == 0.0


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_is_zero(text: str) -> None:
    assert tone(text) == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Terrible.", -100.0), ("Excellent.", 100.0)],
)
def test_scale_is_proportion_times_100(text: str, expected: float) -> None:
    assert tone(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ([], 0.0),
        ([""], 0.0),
        (NEUTRAL, 0.0),
        ([POSITIVE[0]], tone(POSITIVE[0])),
        ([POSITIVE[0], ""], tone(POSITIVE[0])),
    ],
)
def test_document_tone_edges(sentences: list[str], expected: float) -> None:
    assert document_tone(sentences) == pytest.approx(expected)


def test_document_tone_weights_sentences_by_length() -> None:
    short, long = "Excellent.", NEGATIVE[0]
    words_short, words_long = len(short.split()), len(long.split())
    expected = (tone(short) * words_short + tone(long) * words_long) / (words_short + words_long)
    assert document_tone([short, long]) == pytest.approx(expected)
    assert document_tone([short, long]) < (tone(short) + tone(long)) / 2  # unweighted mean


@pytest.mark.parametrize(
    ("sentences", "sign"),
    [(POSITIVE + NEUTRAL, 1), (NEGATIVE + NEUTRAL, -1), (POSITIVE + NEGATIVE * 3, -1)],
)
def test_document_tone_sign(sentences: list[str], sign: int) -> None:
    assert document_tone(sentences) * sign > 0
