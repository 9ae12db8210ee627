from __future__ import annotations

from importlib import resources

import pytest

from detente.ingest.furniture import only_furniture, parse_phrases, phrases, strip_furniture

SEED_HEAD = (
    "Accessibility links\n\nBreaking News\n\n"
    "Russia: Ivanov In Iran Amid Warming Bilateral Ties\n\n"
    "Russian Foreign Minister Igor Ivanov arrived in Tehran today at the start of a tour.\n\n"
    "Prague, 11 March 2003 (RFE/RL) -- Bilateral economic interests are drawing them closer."
)


def test_furniture_file_is_valid() -> None:
    raw = resources.files("detente").joinpath("data/furniture/furniture.txt").read_text("utf-8")
    entries = [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    assert entries, "the furniture list is empty"
    assert len(entries) == len({e.casefold() for e in entries}), "duplicate phrases"
    assert all(e == e.casefold() for e in entries), "phrases are written in lower case"
    assert all("*" not in e[:-1] for e in entries), "'*' only at the end of a phrase"
    parsed = parse_phrases(raw)
    assert len(parsed.lines) + len(parsed.prefixes) == len(entries)


@pytest.mark.parametrize(
    "line",
    ["Accessibility links", "BREAKING NEWS", "Share this:", "  Advertisement  ",
     "We use cookies to improve your experience on our site."],
)  # fmt: skip
def test_listed_phrases_match(line: str) -> None:
    assert phrases().match(line)


def test_seed_like_head() -> None:
    head = strip_furniture(SEED_HEAD)
    assert head.title == "Russia: Ivanov In Iran Amid Warming Bilateral Ties"
    assert head.text.startswith("Russian Foreign Minister Igor Ivanov arrived")


@pytest.mark.parametrize(
    ("text", "title", "starts"),
    [
        # A menu of short lines, then the title, then the body.
        ("Home\nWorld\nPolitics\n\nIvanov Visits Tehran\n\nThe Russian minister arrived "
         "in Tehran on Tuesday for talks.", "Ivanov Visits Tehran", "The Russian minister"),
        # A menu line with separators.
        ("Home | World | Europe\n\nIvanov Visits Tehran\n\nThe Russian minister arrived in "
         "Tehran on Tuesday for talks.", "Ivanov Visits Tehran", "The Russian minister"),
        # A title line that ends a sentence is no title.
        ("Ivanov visits Tehran.\n\nThe Russian minister arrived in Tehran on Tuesday for "
         "talks.", None, "Ivanov visits Tehran."),
        # A hard-wrapped first paragraph (Reuters) is left alone.
        ("Standard Oil Co and BP North America\nInc said they plan to form a venture to "
         "manage\nthe money market.", None, "Standard Oil Co"),
        ("International\nGeosystems Corp said orders rose.\n    More text follows here.", None,
         "International"),
        # A sentence that runs on across a blank line is body, not a title.
        ("Sweden's Nordbanken banking group\n\nsaid it would postpone the auction of shares.",
         None, "Sweden's Nordbanken"),
        # No body line: nothing is dropped.
        ("Breaking News\n\nShort", None, "Breaking News"),
    ],
)  # fmt: skip
def test_strip_furniture(text: str, title: str | None, starts: str) -> None:
    head = strip_furniture(text)
    assert head.title == title
    assert head.text.startswith(starts)


def test_known_title_is_dropped_not_detected() -> None:
    head = strip_furniture(SEED_HEAD, title="Russia: Ivanov In Iran Amid Warming Bilateral Ties")
    assert head.title is None
    assert head.text.startswith("Russian Foreign Minister")


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        ("The minister arrived in Tehran on Tuesday for talks.\n\nShare this\n\nAdvertisement",
         "for talks."),
        ("The company will pay .33 shares for each\nshare.", "each\nshare."),
    ],
)  # fmt: skip
def test_trailing_furniture(text: str, ending: str) -> None:
    assert strip_furniture(text).text.endswith(ending)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Home\n\nWorld\n\nSkip to main content", True), ("Home\n\nThe minister arrived.", False)],
)
def test_only_furniture(text: str, expected: bool) -> None:
    assert only_furniture(text) is expected
