"""The date of an event, from the words around it and the publication date.

:func:`resolve_date` reads the first date expression in a sentence or clause:

- relative days: "today", "tonight", "this morning" → the publication date;
  "yesterday", "last night" → the day before; "the day before yesterday" → two days before;
- weekdays: "Wednesday", "on Wednesday" → the latest Wednesday on or before the
  publication date (news reports the past); with ``future=True`` the first one on
  or after it. "last Wednesday" is always before the publication day, "next
  Wednesday" always after it;
- spans: "last week" → seven days before, "next week" → seven days after;
  "N days/weeks ago" → N days / 7N days before. A month or a year stands for its
  **first day**: "last month" → the 1st of the previous month, "two months ago" →
  the 1st of that month, "last year" → 1 January of the previous year, "March 2003"
  → 1 March 2003;
- explicit dates: "11 March 2003", "March 11, 2003", "11th of March", "March 11",
  ISO "2003-03-11", and numeric "3/11/2003" (read by dateparser, month first). A
  date without a year takes the publication year, or the previous one if that would
  put it more than six months after publication; with ``future=True``, the next
  year if it would fall before publication.

Relative expressions and dates without a year need the publication date: without
it they give None. Month names must be capitalised ("March", "MARCH"), so that
"may" and "march" the verbs are not dates. Expressions not listed (a month alone,
"this week", "in the spring") are not dates here.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

__all__ = ["resolve_date"]

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "a few": 3, "few": 3, "several": 3,
}  # fmt: skip
_HALF_YEAR = timedelta(days=183)


def _month_pattern() -> str:
    names = sorted(_MONTHS, key=len, reverse=True)
    forms = [form for name in names for form in (name.capitalize(), name.upper())]
    return r"(?-i:" + "|".join(forms) + r")"


_MONTH = _month_pattern()
_WEEKDAY = "|".join(_WEEKDAYS)
_NUMBER = "|".join(sorted((re.escape(n) for n in _NUMBERS), key=len, reverse=True))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

#: Lower-case pieces of which every date expression holds one (numbers aside): a
#: sentence without any costs a few substring tests, which are faster than a regex.
_PRECHECK_WORDS = (
    "day", "night", "morning", "afternoon", "evening", "week", "month", "year", "ago",
    *(name for name in _MONTHS if len(name) == 3),
)  # fmt: skip
_DIGIT = re.compile(r"\d")

_EXPRESSION = re.compile(
    rf"""
    (?P<iso>(?<!\d)(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d)(?!\d))
    | (?P<numeric>(?<![\d/])\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d\d)(?![\d/]))
    | (?P<dmy>\b(?P<d1>{_DAY})(?:\s+of)?\s+(?P<m1>{_MONTH})\b\.?(?:,?\s+(?P<y1>\d{{4}})\b)?)
    | (?P<mdy>\b(?P<m2>{_MONTH})\b\.?\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>\d{{4}})\b)?)
    | (?P<my>\b(?P<m3>{_MONTH})\b\.?(?:\s+of)?\s+(?P<y3>\d{{4}})\b)
    | (?P<ago>\b(?P<n>\d+|{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+ago\b)
    | (?P<before>\bthe\s+day\s+before\s+yesterday\b)
    | (?P<today>\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b)
    | (?P<yesterday>\b(?:yesterday|last\s+night)\b)
    | (?P<span>\b(?P<rel>last|next|past|coming)\s+(?P<period>week|month|year)\b)
    | (?P<weekday>\b(?:(?P<wrel>last|next|this|coming|past)\s+)?(?P<wd>{_WEEKDAY})\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)


def resolve_date(text: str, published: date | None, *, future: bool = False) -> date | None:
    """The date of the first date expression in ``text``, or None.

    Args:
        text: the sentence or clause that reports the event.
        published: the article's publication date; relative expressions count from it.
        future: the clause speaks of the future ("will meet on Wednesday"), so a bare
            weekday or a date without a year is read forward from publication.
    """
    if not _may_hold_date(text):
        return None
    for match in _EXPRESSION.finditer(text):
        resolved = _resolve(match, published, future)
        if resolved is not None:
            return resolved
    return None


def _may_hold_date(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _PRECHECK_WORDS) or _DIGIT.search(text) is not None


def _resolve(match: re.Match[str], published: date | None, future: bool) -> date | None:
    kind = match.lastgroup
    if kind == "iso":
        return _safe_date(int(match["iy"]), int(match["im"]), int(match["id"]))
    if kind == "numeric":
        return _dateparser(match["numeric"], published)
    if kind in ("dmy", "mdy", "my"):
        return _explicit(match, published, future)
    if published is None:
        return None
    if kind == "today":
        return published
    if kind == "yesterday":
        return published - timedelta(days=1)
    if kind == "before":
        return published - timedelta(days=2)
    if kind == "ago":
        return _ago(match["n"], match["unit"], published)
    if kind == "span":
        return _span(match["rel"], match["period"], published)
    return _weekday(match["wd"], match["wrel"], published, future)


def _explicit(match: re.Match[str], published: date | None, future: bool) -> date | None:
    """ "11 March 2003", "March 11", "March 2003"; the year from ``published`` if absent."""
    month = _MONTHS[(match["m1"] or match["m2"] or match["m3"]).lower()]
    day_text = match["d1"] or match["d2"]
    day = int(re.sub(r"\D", "", day_text)) if day_text else 1
    year_text = match["y1"] or match["y2"] or match["y3"]
    if year_text:
        return _safe_date(int(year_text), month, day)
    if published is None:
        return None
    guess = _safe_date(published.year, month, day)
    if guess is None:
        return None
    if guess - published > _HALF_YEAR:
        return _safe_date(published.year - 1, month, day)
    if future and guess < published:
        return _safe_date(published.year + 1, month, day)
    return guess


def _ago(number: str, unit: str, published: date) -> date:
    count = int(number) if number.isdigit() else _NUMBERS[" ".join(number.lower().split())]
    unit = unit.lower()
    if unit in ("day", "week"):
        return published - timedelta(days=count * (7 if unit == "week" else 1))
    if unit == "month":
        return _first_of_month(published, -count)
    return date(published.year - count, 1, 1)


def _span(relation: str, period: str, published: date) -> date:
    step = 1 if relation.lower() in ("next", "coming") else -1
    period = period.lower()
    if period == "week":
        return published + timedelta(days=7 * step)
    if period == "month":
        return _first_of_month(published, step)
    return date(published.year + step, 1, 1)


def _weekday(name: str, relation: str | None, published: date, future: bool) -> date:
    """The weekday ``name`` nearest to ``published`` in the direction the words say."""
    target = _WEEKDAYS[name.lower()]
    relation = (relation or "").lower()
    back = (published.weekday() - target) % 7  # days back to the latest such day
    ahead = (target - published.weekday()) % 7  # days ahead to the next such day
    if relation in ("next", "coming"):
        return published + timedelta(days=ahead or 7)
    if relation in ("last", "past"):
        return published - timedelta(days=back or 7)
    if future:
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


def _first_of_month(published: date, months: int) -> date:
    index = published.year * 12 + published.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31 February, month 13: not a date
        return None


def _dateparser(text: str, published: date | None) -> date | None:
    """A numeric date ("3/11/2003") read by dateparser, month first as in US wire copy."""
    import dateparser  # slow to import; only numeric dates need it

    base = datetime.combine(published, datetime.min.time()) if published else datetime.now()
    settings = {"RELATIVE_BASE": base, "DATE_ORDER": "MDY", "STRICT_PARSING": True}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
