"""Sentence splitting (detente/nlp/sentences.py): offsets into the text, bullets, hard wrapping."""

from __future__ import annotations

import pytest

import detente
from detente.nlp.model import load_nlp
from detente.nlp.sentences import SentenceSplitter, unwrapped
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Soviet\nUnion", "the Soviet Union"),
        ("the Soviet\r\nUnion", "the Soviet  Union"),
        ("one paragraph.\n\nAnother", "one paragraph.\n\nAnother"),  # a blank line is kept
    ],
)
def test_unwrapped_reads_a_line_break_as_a_space(text: str, expected: str) -> None:
    assert unwrapped(text) == expected
    assert len(unwrapped(text)) == len(text)  # offsets still point into the text


def test_a_hard_wrapped_name_is_read_whole() -> None:
    # wire copy breaks lines every 60 characters, inside names too
    text = "The United\nStates criticised the Soviet\nUnion on Monday."
    found = {(e.source.code, e.cameo.code, e.target.code) for e in detente.code(text)}
    assert ("USA", "111", "RUS") in found
