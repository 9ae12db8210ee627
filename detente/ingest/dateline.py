"""Datelines: "Prague, 11 March 2003 (RFE/RL) --" gives place, date and source.

The forms understood (see docs/inputs.md):

- ``WASHINGTON (Reuters) -``                 place, source
- ``MOSCOW, March 11 (AP) --``               place, date without a year, source
- ``SALVADOR, Feb 26 -``                     place, date without a year
- ``Tehran, 11 March 2003 (IRNA) --``        place, full date, source
- ``TEHRAN, Iran, March 11 (AP) —``          place, region, date, source

A date without a year is completed only from a year known from metadata; a date is
never guessed from today's date, and relative words ("today") are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2})"
)
_WORD = r"(?:[A-ZÀ-Þ][\w.'’-]*|de|del|da|do|dos|es|al|el|la|le|du|of|upon|am|an)"
_NAME = rf"[A-ZÀ-Þ][\w.'’-]*(?:[ ]{_WORD}){{0,3}}"
_DATELINE = re.compile(
    rf"(?P<place>{_NAME})"
    rf"(?:,[ ](?!{_MONTH}\b|{_WEEKDAY}\b)(?P<region>{_NAME}))?"
    rf"(?:,[ ](?:{_WEEKDAY}\b,?[ ]?)?(?P<date>{_DATE})?)?"
    r"(?:[ ]?\((?P<source>[A-Z][^()\n]{0,39})\))?"
    r"[ ]?(?:--?|–|—)(?=\s)"
)
_FULL_YEAR = re.compile(r"\b\d{4}\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The common explicit forms, read without dateparser (which takes milliseconds a date).
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})[\s-]+({_MONTH})[\s,-]+(\d{{4}})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(
    rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_DATE_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# How far into a text a dateline is looked for: the start of the first few paragraphs.
_MAX_PARAGRAPHS = 4


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found in a text; ``start``/``end`` are offsets into that text."""

    text: str
    start: int
    end: int
    place: str
    region: str | None = None
    published: date | None = None
    source: str | None = None


def find_dateline(text: str, *, year: int | None = None) -> Dateline | None:
    """The dateline at the start of one of the first paragraphs of ``text``, if any."""
    for start in _paragraph_starts(text):
        found = _match(text, start, year)
        if found is not None:
            return found
    return None


def parse_dateline(value: str, *, year: int | None = None) -> Dateline | None:
    """Parse a dateline given on its own (a ``dateline`` column), dash optional."""
    value = value.strip()
    if not re.search(r"(?:--?|–|—)$", value):
        value += " -"
    return _match(value + " ", 0, year)


def parse_date(value: str, *, year: int | None = None) -> date | None:
    """An explicit calendar date in ``value``; ``None`` for relative or partial dates.

    A date without a year takes ``year`` when it is given. ISO dates and
    timestamps are read directly; other forms by dateparser (absolute dates only).
    """
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if not _FULL_YEAR.search(value):
        if year is None or not re.search(r"\d", value):
            return None
        value = f"{value} {year}"
    quick = _quick_date(value)
    if quick is not None:
        return quick
    parsed = _dateparser().parse(value, languages=["en"], settings=_DATE_SETTINGS)
    return parsed.date() if parsed is not None else None


def _quick_date(value: str) -> date | None:
    if m := _DAY_MONTH_YEAR.match(value):
        day, month, year = m.group(1), m.group(2), m.group(3)
    elif m := _MONTH_DAY_YEAR.match(value):
        month, day, year = m.group(1), m.group(2), m.group(3)
    else:
        return None
    try:
        return date(int(year), _MONTHS.index(month[:3].lower()) + 1, int(day))
    except ValueError:
        return None


def _match(text: str, start: int, year: int | None) -> Dateline | None:
    m = _DATELINE.match(text, start)
    if m is None or not (m["date"] or m["source"]):
        return None
    published = parse_date(m["date"], year=year) if m["date"] else None
    return Dateline(
        text=m.group(0),
        start=m.start(),
        end=m.end(),
        place=m["place"],
        region=m["region"],
        published=published,
        source=m["source"].strip() if m["source"] else None,
    )


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\s*\n", text):
        if len(starts) >= _MAX_PARAGRAPHS:
            break
        starts.append(m.end())
    return starts


@cache
def _dateparser() -> Any:
    import dateparser  # slow to import; only needed for dates that are not ISO

    return dateparser
