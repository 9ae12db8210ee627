"""Validate detente/data/actors/office_holders.tsv, the dated office-holders table.

The table is read with the csv module only, so these tests do not depend on the
knowledge-base loader. The cross-check against the Phoenix (PETRARCH2) country
dictionary in ../shared reads that file's TABARI format directly.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pycountry
import pytest

TABLE = Path(__file__).resolve().parents[2] / "detente" / "data" / "actors" / "office_holders.tsv"
PHOENIX = Path("reference") / "petrarch-dictionaries" / "Phoenix.Countries.actors.txt"

HEADER = ["name", "aliases", "country", "sector", "title", "start", "end"]
SECTORS = {"GOV", "MIL"}
TITLES = {
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emperor",
    "emir",
    "sultan",
    "supreme leader",
    "foreign minister",
    "defence minister",
    "leader",  # a head of state without a formal title (Libya's Gaddafi)
    # session 16: the US national security advisers and the UK home secretaries
    "national security adviser",
    "home secretary",
}
ISO3 = {c.alpha_3 for c in pycountry.countries}
# The coverage the table promises (G20 members, the Security Council's permanent
# members, the Middle East); a country dropping out of the table is a regression.
COVERAGE = (
    "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA "
    "IRN IRQ ISR PSE SYR JOR LBN EGY YEM OMN ARE QAT BHR KWT"
).split()
# Phoenix stops early in 2014; terms that start later are not checked against it.
PHOENIX_END = date(2014, 1, 30)

# People whom Phoenix codes GOV in another country than this table does, and why the
# table is right. Each entry must still be needed and must name a person of the table.
PHOENIX_EXCEPTIONS: dict[str, str] = {
    "David Johnston": "two people: Phoenix's is Canada's Governor General (from 2010), "
    "ours Australia's defence minister (2013-2014)",
    "Ali Hassan al-Majid": "Phoenix lists him under Kuwait (KWTGOV 1990-08..1990-11) as the "
    "governor Iraq installed in occupied Kuwait; he was an Iraqi official throughout, "
    "Iraq's defence minister 1991-1995",
}


def _norm(name: str) -> str:
    """Upper-case ASCII words: 'Igor S. Ivanov' and 'IGOR_S._IVANOV_' give 'IGOR S IVANOV'."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.sub(r"\(.*?\)", " ", name.replace("_", " "))
    return " ".join(re.sub(r"[^A-Z0-9 ]", " ", name.upper().replace("'", "")).split())


_HONORIFICS = {"SHEIKH", "SHAIKH", "HOJATOLISLAM", "AYATOLLAH", "SAYYED", "SAYYID", "SIR", "PRINCE"}


def _key(name: str) -> str:
    """A person's name for matching: normalised, 'ibn' read as 'bin', leading honorifics off."""
    words = ["BIN" if w == "IBN" else w for w in _norm(name).split()]
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Row:
    line: int
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    title: str
    start: date
    end: date | None


def _read_rows() -> list[list[str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        body = [line for line in f if not line.startswith("#")]
    return list(csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


def _parse(rows: list[list[str]]) -> list[Row]:
    out = []
    for i, r in enumerate(rows[1:], start=2):
        name, aliases, country, sector, title, start, end = r
        out.append(
            Row(
                i,
                name,
                tuple(a for a in aliases.split(";") if a),
                country,
                sector,
                title,
                date.fromisoformat(start),
                date.fromisoformat(end) if end else None,
            )
        )
    return out


RAW = _read_rows()
ROWS = _parse(RAW) if all(len(r) == len(HEADER) for r in RAW) else []


def test_header_and_provenance() -> None:
    text = TABLE.read_text(encoding="utf-8")
    assert text.startswith("# source:"), "the table starts with its provenance comment"
    assert "licence:" in text.splitlines()[0]
    assert RAW[0] == HEADER


def test_every_row_has_seven_columns() -> None:
    bad = [(i, len(r)) for i, r in enumerate(RAW, start=1) if len(r) != len(HEADER)]
    assert not bad
    assert len(ROWS) > 500


@pytest.mark.parametrize("field", ["country", "sector", "title", "name"])
def test_field_values(field: str) -> None:
    allowed = {"country": ISO3, "sector": SECTORS, "title": TITLES}.get(field)
    for row in ROWS:
        value = getattr(row, field)
        assert value == value.strip() and value, f"line {row.line}: empty or padded {field}"
        if allowed is not None:
            assert value in allowed, f"line {row.line}: {field} {value!r} not allowed"


def test_aliases_are_clean() -> None:
    for row in ROWS:
        assert row.name not in row.aliases, f"line {row.line}: alias repeats the name"
        assert len(set(row.aliases)) == len(row.aliases), f"line {row.line}: repeated alias"
        for alias in row.aliases:
            assert alias == alias.strip() and alias, f"line {row.line}: bad alias {alias!r}"


def test_dates_are_ordered_and_plausible() -> None:
    for row in ROWS:
        assert date(1945, 1, 1) <= row.start <= date(2026, 11, 30), f"line {row.line}"
        if row.end is not None:
            assert row.start <= row.end <= date(2026, 11, 30), f"line {row.line}: end"
            assert row.end >= date(1945, 1, 1), f"line {row.line}: out of office before 1945"


def test_no_duplicate_terms() -> None:
    seen: dict[tuple[str, str, str, date], int] = {}
    for row in ROWS:
        key = (row.name, row.country, row.title, row.start)
        assert key not in seen, f"line {row.line} repeats line {seen[key]}"
        seen[key] = row.line


def test_terms_of_one_person_in_one_office_do_not_overlap() -> None:
    terms: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in ROWS:
        terms[(row.name, row.country, row.title)].append(row)
    for group in terms.values():
        group.sort(key=lambda r: r.start)
        for a, b in zip(group, group[1:], strict=False):
            assert a.end is not None and a.end <= b.start, f"lines {a.line} and {b.line}"


def test_a_name_names_one_person_at_a_time() -> None:
    """Two people may share a name form ('George Bush') only if their terms never overlap."""
    holders: dict[str, list[Row]] = defaultdict(list)
    for row in ROWS:
        for key in {_norm(n) for n in (row.name, *row.aliases)}:
            holders[key].append(row)
    for key, rows in holders.items():
        for a in rows:
            for b in rows:
                overlap = a.start < (b.end or date.max) and b.start < (a.end or date.max)
                assert a.name == b.name or not overlap, f"{key!r}: lines {a.line} and {b.line}"


@pytest.mark.parametrize("country", COVERAGE)
def test_coverage(country: str) -> None:
    titles = {row.title for row in ROWS if row.country == country}
    assert "foreign minister" in titles
    assert titles & {"president", "king", "queen", "emperor", "emir", "sultan"} or (
        country in {"AUS", "CAN"}  # the head of state is the British monarch
    )


# --- cross-check against Phoenix.Countries.actors.txt ----------------------------------


def _yymmdd(s: str) -> date:
    """A Phoenix date: YYMMDD (two-digit years before 30 are 20xx) or YYYYMMDD."""
    if len(s) == 8:
        return date(int(s[:4]), int(s[4:6]), int(s[6:]))
    yy = int(s[:2])
    return date(2000 + yy if yy < 30 else 1900 + yy, int(s[2:4]), int(s[4:6]))


@dataclass
class PhoenixEntry:
    names: list[str]
    codes: list[tuple[str, date, date]]


_DAY = r"(\d{8}|\d{6})"
_CODE = re.compile(rf"\[([A-Z]{{3,}})\s*(?:{_DAY}-{_DAY}|>\s*{_DAY}|<\s*{_DAY})?\s*\]")


def _phoenix(path: Path) -> Iterator[PhoenixEntry]:
    entry: PhoenixEntry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line[0].isspace() and not line.startswith("+"):
            # Name lines without a code between them share the next block of codes.
            if entry is not None and not entry.codes:
                entry.names.append(line.split("[", 1)[0])
            else:
                if entry is not None:
                    yield entry
                entry = PhoenixEntry([line.split("[", 1)[0]], [])
        elif line.startswith("+") and entry is not None:
            entry.names.append(line[1:].split("[", 1)[0])
        if entry is None:
            continue
        for m in _CODE.finditer(line):
            code, a, b, after, before = m.groups()
            start = _yymmdd(a or after) if (a or after) else date.min
            end = _yymmdd(b or before) if (b or before) else date.max
            entry.codes.append((code, start, end))
    if entry is not None:
        yield entry


def _gov_ranges(entry: PhoenixEntry) -> list[tuple[str, date, date]]:
    return [(c[:3], s, e) for c, s, e in entry.codes if c[3:6] == "GOV"]


def _agrees(rows: list[Row], ranges: list[tuple[str, date, date]]) -> tuple[bool, bool]:
    """Whether Phoenix agrees on the country, and whether the dates overlapped.

    Where a Phoenix GOV range overlaps one of our terms, one such range must name our
    country for that term. Phoenix often codes a person only for another office (a
    minister before or after the term listed here); then its country must still be ours.
    """
    overlapping = [
        (c, r.country)
        for c, s, e in ranges
        for r in rows
        if s <= (r.end or date.max) and r.start <= e
    ]
    if overlapping:
        return any(c == ours for c, ours in overlapping), True
    return bool({c for c, _, _ in ranges} & {r.country for r in rows}), False


def _cross_check(shared: Path) -> tuple[int, int, dict[str, str]]:
    """Match people by normalised name; return counts matched and overlapping, and problems."""
    by_name: dict[str, list[PhoenixEntry]] = defaultdict(list)
    for entry in _phoenix(shared / PHOENIX):
        if _gov_ranges(entry):
            for n in entry.names:
                if len(_key(n).split()) >= 2:
                    by_name[_key(n)].append(entry)
    people: dict[str, list[Row]] = defaultdict(list)
    for row in ROWS:
        people[row.name].append(row)
    matched, overlapped, problems = 0, 0, {}
    for name, rows in people.items():
        rows = [r for r in rows if r.start <= PHOENIX_END]
        keys = {_key(n) for r in rows for n in (r.name, *r.aliases)}
        entries = {id(e): e for k in keys for e in by_name.get(k, [])}.values()
        if not rows or not entries:
            continue
        matched += 1
        ranges = [g for e in entries for g in _gov_ranges(e)]
        agree, overlap = _agrees(rows, ranges)
        overlapped += overlap
        if not agree:
            problems[name] = ", ".join(f"{c} {s}..{e}" for c, s, e in ranges)
    return matched, overlapped, problems


@pytest.mark.shared
def test_phoenix_cross_check(shared: Path) -> None:
    matched, overlapped, problems = _cross_check(shared)
    assert matched >= 400, f"only {matched} people matched Phoenix"
    assert overlapped >= 0.8 * matched, f"only {overlapped} of {matched} overlap in time"
    unexplained = {k: v for k, v in problems.items() if k not in PHOENIX_EXCEPTIONS}
    assert not unexplained, f"Phoenix GOV codes disagree: {unexplained}"
    stale = set(PHOENIX_EXCEPTIONS) - set(problems)
    assert not stale, f"exceptions no longer needed: {stale}"


def test_phoenix_exceptions_name_people_of_the_table() -> None:
    assert set(PHOENIX_EXCEPTIONS) <= {row.name for row in ROWS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("980911", date(1998, 9, 11)),
        ("040309", date(2004, 3, 9)),
        ("320101", date(1932, 1, 1)),
        ("20140908", date(2014, 9, 8)),
    ],
)
def test_phoenix_dates(text: str, expected: date) -> None:
    assert _yymmdd(text) == expected


SAMPLE = """\
# a comment
IGOR_IVANOV_  # CountryInfo.txt
+IGOR_SERGEYEVICH_IVANOV_
\t[RUSGOV 980911-040309]
\t[RUSELI >040309]
BORIS_YELTSIN_
BORIS_N._YELTSIN
\t[RUSGOV 910710-991231]
RUSSIA_  [RUS]
"""


def test_phoenix_reader(tmp_path: Path) -> None:
    path = tmp_path / "sample.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    ivanov, yeltsin, russia = _phoenix(path)
    assert [_key(n) for n in ivanov.names] == ["IGOR IVANOV", "IGOR SERGEYEVICH IVANOV"]
    assert ivanov.codes == [
        ("RUSGOV", date(1998, 9, 11), date(2004, 3, 9)),
        ("RUSELI", date(2004, 3, 9), date.max),
    ]
    assert _gov_ranges(ivanov) == [("RUS", date(1998, 9, 11), date(2004, 3, 9))]
    assert [_key(n) for n in yeltsin.names] == ["BORIS YELTSIN", "BORIS N YELTSIN"]
    assert yeltsin.codes == [("RUSGOV", date(1991, 7, 10), date(1999, 12, 31))]
    assert russia.codes == [("RUS", date.min, date.max)]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sheikh Zaid ibn Sultan Al Nahayan", "ZAID BIN SULTAN AL NAHAYAN"),
        ("Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOGAN"),
        ("Gideon Sa'ar", "GIDEON SAAR"),
        ("HOJATOLISLAM_SAYYED_ALI_KHAMENEI_", "ALI KHAMENEI"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert _key(name) == key
