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
from dataclasses import replace

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from detente.records import CodedDocument

__all__ = ["document_tone", "tone", "with_tone"]


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


def with_tone(coded: CodedDocument) -> CodedDocument:
    """``coded`` with tones filled in: each event's is the tone of its evidence sentence,
    the document's the :func:`document_tone` of its sentences (of its text when it has none).
    Tones already set are kept."""
    doc = coded.doc
    if doc.tone is None:
        texts = [s.text for s in coded.sentences] or [doc.text]
        doc = replace(doc, tone=document_tone(texts))
    by_sentence: dict[str, float] = {}
    events = []
    for event in coded.events:
        if event.tone is None:
            text = event.evidence.sentence
            if text not in by_sentence:
                by_sentence[text] = tone(text)
            event = replace(event, tone=by_sentence[text])
        events.append(event)
    return replace(coded, doc=doc, events=tuple(events))
