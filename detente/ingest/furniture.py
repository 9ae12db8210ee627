"""Site furniture and the title line at the top of a saved article.

The rule (also in docs/inputs.md). A *body line* reads as running text: it has
twenty words or more; or it ends a sentence and has six words or more; or it,
or the next line after it (across one blank line), starts in lower case; or it
and the line right after it both have more than four words (a hard-wrapped
paragraph). The *leading block* is the paragraphs (blank-line separated) before
the paragraph of the first body line, looked for in the first 40 lines.
In the leading block

- a line listed in ``detente/data/furniture/furniture.txt`` is dropped, as is a
  menu line (two or more separators such as ``|`` or ``»``) and a line without
  letters;
- a paragraph made only of very short non-sentence lines (four words or fewer,
  no final punctuation) is dropped (menus, "Breaking News");
- the last paragraph, when it is a single line of 2-25 words without final
  punctuation, is the title: it becomes ``Document.title`` and leaves the text.
  When the input gave a title, lines equal to it are dropped instead.

Listed furniture lines standing as the last paragraphs are dropped too. Nothing
is dropped when no body line is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from detente.ingest.decode import normalise

_PHRASES_FILE = "data/furniture/furniture.txt"
_FINAL_PUNCT = tuple(".!?;:,\"'”’…")
_SENTENCE_END = tuple(".!?\"'”’…)")
_MENU_SEPARATORS = re.compile(r"[|•·»›]")
_STRIP = " \t\"'“”‘’()[]<>-–—|•·»›:.!?,;*#"
_MAX_LEADING = 40


@dataclass(frozen=True, slots=True)
class Phrases:
    """The furniture phrases: whole lines, and prefixes of longer lines."""

    lines: frozenset[str]
    prefixes: tuple[str, ...]

    def match(self, line: str) -> bool:
        key = _key(line)
        return key in self.lines or key.startswith(self.prefixes)


@dataclass(frozen=True, slots=True)
class Head:
    """The text without its furniture, and the title line taken out of it."""

    text: str
    title: str | None


@cache
def phrases() -> Phrases:
    """The furniture phrases of the data file (loaded once)."""
    raw = resources.files("detente").joinpath(_PHRASES_FILE).read_text(encoding="utf-8")
    return parse_phrases(raw)


def parse_phrases(raw: str) -> Phrases:
    """Parse the furniture file format (see the data folder's README)."""
    entries = [ln.strip() for ln in raw.splitlines()]
    entries = [e for e in entries if e and not e.startswith("#")]
    lines = frozenset(_key(e) for e in entries if not e.endswith("*"))
    prefixes = tuple(_key(e[:-1]) for e in entries if e.endswith("*"))
    return Phrases(lines=lines, prefixes=prefixes)


def strip_furniture(text: str, *, title: str | None = None) -> Head:
    """Drop the site furniture around ``text`` and take out its title line.

    Args:
        text: normalised text.
        title: the title given by the input's metadata, if any.
    """
    lines = text.split("\n")
    body = _first_body_line(lines)
    if body is None:
        return Head(text=text, title=None)
    paragraphs = _paragraphs(lines, body)
    drop = {i for para in paragraphs for i in _furniture_lines(lines, para)}
    found = None
    if title is not None:
        drop.update(i for para in paragraphs for i in para if _key(lines[i]) == _key(title))
    elif paragraphs and len(paragraphs[-1]) == 1 and _is_title(lines[paragraphs[-1][0]]):
        found = lines[paragraphs[-1][0]].strip()
        drop.add(paragraphs[-1][0])
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return Head(text=normalise(_drop_trailing(kept)), title=found)


def only_furniture(text: str) -> bool:
    """True when every line of ``text`` is furniture (a page without its article)."""
    return all(_is_furniture(line) for line in text.split("\n") if line.strip())


def _paragraphs(lines: list[str], end: int) -> list[list[int]]:
    """The line numbers of each paragraph before line ``end``."""
    paragraphs: list[list[int]] = [[]]
    for i in range(end):
        if lines[i].strip():
            paragraphs[-1].append(i)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def _furniture_lines(lines: list[str], paragraph: list[int]) -> list[int]:
    """Listed lines; and all lines of a paragraph that is made only of short lines (a menu)."""
    if all(_is_furniture(lines[i]) for i in paragraph):
        return paragraph
    return [i for i in paragraph if _is_listed(lines[i])]


def _first_body_line(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:_MAX_LEADING]):
        if line.strip() and _is_body(line.strip(), lines[i + 1 : i + 3]):
            while i > 0 and lines[i - 1].strip():
                i -= 1  # the body starts with the paragraph of its first body line
            return i
    return None


def _is_body(line: str, after: list[str]) -> bool:
    """Whether ``line`` reads as running text, given the (up to) two lines after it."""
    following = after[0].strip() if after else ""
    resumed = following or (after[1].strip() if len(after) > 1 else "")
    words = len(line.split())
    if words >= 20 or line[0].islower() or resumed[:1].islower():
        return True  # a sentence that runs on, across a line break or a blank line
    if words > 4 and len(following.split()) > 4 and not _is_listed(following):
        return True  # two long lines in a row: a hard-wrapped paragraph
    return words >= 6 and line.endswith(_SENTENCE_END)


def _is_title(line: str) -> bool:
    line = line.strip()
    words = len(line.split())
    return 2 <= words <= 25 and not line.endswith(_FINAL_PUNCT) and not _is_listed(line)


def _is_furniture(line: str) -> bool:
    line = line.strip()
    return _is_listed(line) or (len(line.split()) <= 4 and not line.endswith(_FINAL_PUNCT))


def _is_listed(line: str) -> bool:
    """A listed phrase, a menu line, or a line without letters."""
    if phrases().match(line) or not any(c.isalpha() for c in line):
        return True
    return len(_MENU_SEPARATORS.findall(line)) >= 2


def _drop_trailing(lines: list[str]) -> str:
    """Drop listed lines that stand as paragraphs of their own at the end."""
    while lines and not lines[-1].strip():
        lines.pop()
    while len(lines) > 2 and not lines[-2].strip() and phrases().match(lines[-1]):
        del lines[-2:]
    return "\n".join(lines)


def _key(line: str) -> str:
    return " ".join(line.strip(_STRIP).casefold().split())
