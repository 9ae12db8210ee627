"""Tone of a text on GDELT's AvgTone scale, from the VADER sentiment lexicon.

GDELT's AvgTone is (positive words - negative words) / words x 100, so it runs from
-100 to +100 and ordinary news sits within about -10..+10. VADER's polarity scores
give the proportions of the text that are positive (``pos``) and negative (``neg``),
so ``(pos - neg) x 100`` is the same quantity measured with VADER's lexicon; VADER's
``compound`` score is a squashed sum, not a proportion, and is not used.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = ["document_tone", "tone"]


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    """The one VADER analyzer (loading its lexicon takes a while)."""
    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """The tone of ``text`` from -100 (all negative) to +100 (all positive); 0 if empty."""
    if not text.strip():
        return 0.0
    scores = _analyzer().polarity_scores(text)
    return (scores["pos"] - scores["neg"]) * 100


def document_tone(sentences: Sequence[str]) -> float:
    """The mean tone of ``sentences``, each weighted by its number of words.

    Weighting by words makes a document's tone what it would be as one long text, as
    in GDELT's per-article AvgTone, without VADER's cost on a whole article.
    """
    weights = [len(sentence.split()) for sentence in sentences]
    total = sum(weights)
    if total == 0:
        return 0.0
    return sum(tone(s) * w for s, w in zip(sentences, weights, strict=True) if w) / total
