"""Sentence splitting and selection, before any tagging or parsing.

Parsing and NER are most of the cost of coding. Sentences are found with the
tokenizer and a punctuation-based sentencizer (cheap), and only those that can
hold an event (a trigger word of the lexicon is in them) are parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.pipeline import Sentencizer

from detente.ingest.dateline import find_dateline
from detente.records import Sentence

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MAX_SENTENCE_CHARS = 2000  # a longer "sentence" is a table or a list: cut it
BULLETS = ("•", "▪", "■", "●")


def paragraphs(text: str) -> Iterable[tuple[int, str]]:
    """(offset, paragraph) pairs; a blank line separates paragraphs."""
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        yield pos, text[pos : m.start()]
        pos = m.end()
    yield pos, text[pos:]


class SentenceSplitter:
    """Splits a document's text into sentences with offsets into that text."""

    def __init__(self, nlp: Language) -> None:
        self.tokenizer = nlp.tokenizer
        # a bullet ends a sentence too: "Margaret Owen London • Turkey has said it will
        # invade ..." (a letters page's signature, then the next letter)
        self.sentencizer = Sentencizer(punct_chars=[*Sentencizer.default_punct_chars, *BULLETS])

    def split(self, text: str) -> list[Sentence]:
        """Sentences of ``text``; a dateline ("Prague, 11 March 2003 (RFE/RL) --") is left out
        of its sentence, so that "Prague" is not read as the sentence's subject."""
        out: list[Sentence] = []
        dateline = find_dateline(text)
        for offset, para in paragraphs(text):
            if dateline is not None and offset <= dateline.start < offset + len(para):
                cut = dateline.end - offset
                offset, para = offset + cut, para[cut:]
            if not para.strip():
                continue
            doc = self.sentencizer(self.tokenizer(para))
            for sent in doc.sents:
                stripped = sent.text.strip()
                if not stripped:
                    continue
                start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                for piece_start in range(0, len(stripped), MAX_SENTENCE_CHARS):
                    piece = stripped[piece_start : piece_start + MAX_SENTENCE_CHARS]
                    out.append(
                        Sentence(
                            index=len(out),
                            start=start + piece_start,
                            end=start + piece_start + len(piece),
                            text=piece,
                        )
                    )
        return out


WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
LINE_BREAK = re.compile(r"(?<![\r\n])(?:\r\n|\n|\r)(?![\r\n])")  # one break, not a blank line


def unwrapped(text: str) -> str:
    """``text`` as the parser reads it: a line break inside a sentence is hard wrapping (wire
    copy such as Reuters breaks lines every 60 characters), read as a space, so that "the
    Soviet\nUnion" is one name. The length is unchanged, so every offset still points into
    the original text. A blank line (a paragraph's end) is kept."""
    return LINE_BREAK.sub(lambda m: " " * len(m.group()), text)


def can_hold_event(sentence: Sentence, trigger_forms: frozenset[str]) -> bool:
    """Whether the sentence has a word that may be an event trigger."""
    return any(w.lower() in trigger_forms for w in WORD.findall(sentence.text))
