"""Convert PETRARCH / Phoenix actor and agent dictionaries into a detente knowledge-base file.

Actor dictionaries list a name (words joined by ``_``), ``+`` aliases, and codes in brackets,
optionally date-bounded: ``[RUSGOV >000507]`` (from), ``[RUSELI <000507]`` (before),
``[RUSGOV 000507-080507]`` (between); an undated code beside dated ones holds at all other
times. Agent dictionaries map role words to ``[~GOV]`` style codes, with ``{plurals}`` and
``!SET!`` substitution sets. The output is a TSV file with a names table and, when agents
were read, a roles table (formats in ``docs/knowledge-base.md``), which
``load_kb(extra=[...])`` loads beside the built-in data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from detente.actors.kb import (
    NAME_HEADER,
    ROLE_CODES,
    ROLE_HEADER,
    check_code,
    load_kb,
)
from detente.errors import Errors, KnowledgeError

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_BOUND_RE = re.compile(
    r"^~?(?P<code>[A-Za-z]+)\s*(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?$"
)
_SET_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class Code:
    """One bracketed code of a dictionary entry, with its dates (None: open)."""

    code: str
    start: date | None = None
    end: date | None = None
    dated: bool = False


@dataclass(slots=True)
class DictEntry:
    """A dictionary entry: its name, aliases and codes, and the line it starts on."""

    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    agent: bool = False


@dataclass(slots=True)
class ImportReport:
    """What an import wrote and what it skipped (with the reason, ``file:line: why``)."""

    names: int = 0
    roles: int = 0
    persons: int = 0
    skipped: list[str] = field(default_factory=list)


def words(name: str) -> str:
    """A dictionary name as text: ``VLADIMIR_PUTIN_`` -> ``Vladimir Putin``."""
    text = " ".join(name.replace("_", " ").split())
    return text.title() if text.isupper() else text


def parse_date(text: str) -> date:
    """A PETRARCH date: YYMMDD (00-30 are 20xx) or YYYYMMDD."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"date {text!r} has neither 6 nor 8 digits")


def parse_code(text: str) -> Code:
    """One bracketed code; ValueError when it cannot be read."""
    m = _BOUND_RE.match(text.strip())
    if not m:
        raise ValueError(f"cannot read code [{text}]")
    code = m["code"].upper()
    if m["op"] == ">":
        return Code(code, parse_date(m["d"]), None, True)
    if m["op"] == "<":
        return Code(code, None, parse_date(m["d"]) - timedelta(days=1), True)
    if m["a"]:
        start, end = parse_date(m["a"]), parse_date(m["b"])
        if end < start:
            raise ValueError(f"code [{text}] ends before it starts")
        return Code(code, start, end, True)
    return Code(code)


def read_entries(path: Path, skipped: list[str]) -> Iterator[DictEntry]:
    """The entries of one dictionary file; unreadable codes are noted in ``skipped``."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise KnowledgeError(Errors.E210.format(path=path, detail=e)) from e
    sets: dict[str, list[str]] = {}
    current: DictEntry | None = None
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line, in_comment = _strip_comments(raw, in_comment)
        if not line.strip():
            continue
        m = _SET_RE.match(line.strip())
        if m:
            sets[m[1]] = [w.strip() for w in m[2].split(",") if w.strip()]
            continue
        head = line.split("[", 1)[0]
        codes = _codes(line, f"{path}:{number}", skipped)
        if line.startswith("+"):
            if current is not None:
                current.aliases.append(head[1:].strip())
                current.codes += codes
        elif line[0].isspace() and not head.strip():
            if current is not None:
                current.codes += codes
        else:
            if current is not None:
                yield current
            current = _new_entry(head, number, line, codes, sets)
            if current is None:
                skipped.append(f"{path}:{number}: unreadable entry {line.strip()!r}")
    if current is not None:
        yield current


def _strip_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    if in_comment:
        if "-->" not in line:
            return "", True
        line, in_comment = line.split("-->", 1)[1], False
    if "<!--" in line:
        before, after = line.split("<!--", 1)
        if "-->" in after:
            return before + after.split("-->", 1)[1], False
        return before, True
    return line.split("#", 1)[0], False


def _codes(line: str, where: str, skipped: list[str]) -> list[Code]:
    codes = []
    for text in _CODE_RE.findall(line):
        try:
            codes.append(parse_code(text))
        except ValueError as e:
            skipped.append(f"{where}: {e}")
    return codes


def _new_entry(
    head: str, number: int, line: str, codes: list[Code], sets: dict[str, list[str]]
) -> DictEntry | None:
    name, _, plurals = head.partition("{")
    forms = _expand([name.strip()], sets) + _expand(plurals.rstrip("} \t").split(), sets)
    if not forms:
        return None
    return DictEntry(forms[0], number, forms[1:], list(codes), agent="[~" in line)


def _expand(forms: list[str], sets: dict[str, list[str]]) -> list[str]:
    """The forms with each ``!SET!`` marker replaced by each member of the set."""
    forms = [f for f in forms if f]
    for marker, members in sets.items():
        forms = [f.replace(marker, m) for f in forms for m in (members if marker in f else [""])]
    return [f for f in forms if "!" not in f]


def default_periods(
    dated: Sequence[Code],
) -> list[tuple[date | None, date | None]]:
    """The periods an undated code covers beside dated ones: the gaps between them."""
    gaps: list[tuple[date | None, date | None]] = []
    cursor: date | None = None  # first day not yet covered; None: the beginning of time
    for code in sorted(dated, key=lambda c: c.start or date.min):
        if code.start is not None and (cursor is None or cursor < code.start):
            gaps.append((cursor, code.start - timedelta(days=1)))
        if code.end is None:
            return gaps
        after = code.end + timedelta(days=1)
        cursor = after if cursor is None else max(cursor, after)
    gaps.append((cursor, None))
    return gaps


def actor_rows(
    entry: DictEntry, countries: frozenset[str], where: str, skipped: list[str]
) -> list[tuple[str, str, str, str, str, str]]:
    """Names-table rows (phrase, code, kind, name, start, end) for one actor entry."""
    good = []
    for code in entry.codes:
        problem = check_code(code.code, countries)
        if problem:
            skipped.append(f"{where}: code {code.code!r} skipped ({problem})")
        else:
            good.append(code)
    dated = [c for c in good if c.dated]
    periods: list[tuple[str, date | None, date | None]] = [(c.code, c.start, c.end) for c in dated]
    for code in (c for c in good if not c.dated):
        if dated:
            periods += [(code.code, s, e) for s, e in default_periods(dated)]
        else:
            periods.append((code.code, None, None))
    name = words(entry.name)
    rows = []
    for code, start, end in periods:
        kind = "person" if dated else _kind(code, countries)
        for phrase in [entry.name, *entry.aliases]:
            rows.append((words(phrase), code, kind, name, _iso(start), _iso(end)))
    return rows


def _kind(code: str, countries: frozenset[str]) -> str:
    if len(code) == 3 and code in countries:
        return "country"
    return "igo" if code.startswith("IGO") else "org"


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def agent_rows(entry: DictEntry, where: str, skipped: list[str]) -> list[tuple[str, str]]:
    """Roles-table rows (phrase, role codes) for one agent entry; unknown codes are skipped."""
    rows = []
    for code in entry.codes:
        groups = [code.code[i : i + 3] for i in range(0, len(code.code), 3)]
        known = ""
        for group in groups:
            if group not in ROLE_CODES:
                break
            known += group
        if not known:
            skipped.append(f"{where}: agent code {code.code!r} skipped (not a CAMEO role code)")
            continue
        rows += [(words(p).lower(), known) for p in [entry.name, *entry.aliases]]
    return rows


def import_petrarch(files: Iterable[str | Path], out: str | Path) -> ImportReport:
    """Convert PETRARCH/Phoenix actor and agent dictionaries ``files`` into the file ``out``.

    Entries whose codes are not CAMEO actor or role codes (religions, ethnic groups, the
    Soviet Union's SUN...) are skipped and listed in the report.
    """
    countries = frozenset(c.iso3 for c in load_kb().countries())
    report = ImportReport()
    names: list[tuple[str, ...]] = []
    roles: list[tuple[str, ...]] = []
    sources = [Path(f) for f in files]
    for path in sources:
        for entry in read_entries(path, report.skipped):
            where = f"{path}:{entry.line}"
            if not entry.codes:
                report.skipped.append(f"{where}: {entry.name!r} has no code")
            elif entry.agent:
                roles += agent_rows(entry, where, report.skipped)
            else:
                rows = actor_rows(entry, countries, where, report.skipped)
                names += rows
                report.persons += bool(rows) and rows[0][2] == "person"
    names, roles = list(dict.fromkeys(names)), list(dict.fromkeys(roles))
    report.names, report.roles = len(names), len(roles)
    _write(Path(out), sources, names, roles)
    return report


def _write(
    out: Path, sources: Sequence[Path], names: list[tuple[str, ...]], roles: list[tuple[str, ...]]
) -> None:
    listed = ", ".join(p.name for p in sources)
    lines = [
        f"# source: PETRARCH/Phoenix dictionaries ({listed}), converted by "
        "`detente kb import-petrarch`. licence: that of the input dictionaries "
        "(the Phoenix dictionaries are MIT)",
        "\t".join(NAME_HEADER),
        *("\t".join(row) for row in names),
    ]
    if roles:
        lines += ["\t".join(ROLE_HEADER), *("\t".join(row) for row in roles)]
    try:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as e:
        raise KnowledgeError(Errors.E210.format(path=out, detail=e)) from e


__all__ = ["ImportReport", "import_petrarch", "parse_code", "parse_date"]
