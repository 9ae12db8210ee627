"""Sentence splitting (detente/nlp/sentences.py): offsets into the text, bullets."""

from __future__ import annotations

import pytest

from detente.nlp.model import load_nlp
from detente.nlp.sentences import SentenceSplitter
from detente.settings import Settings


@pytest.fixture(scope="module")
def splitter() -> SentenceSplitter:
    return SentenceSplitter(load_nlp(Settings().model))


def test_a_bullet_ends_a_sentence(splitter: SentenceSplitter) -> None:
    # a letters page: the signature of one letter, then the next letter
    text = "Margaret Owen London • Turkey has said it will invade Rojava. It will not stop."
    sentences = splitter.split(text)
    assert [s.text for s in sentences] == [
        "Margaret Owen London •",
        "Turkey has said it will invade Rojava.",
        "It will not stop.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
