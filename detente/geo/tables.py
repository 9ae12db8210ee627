"""The gazetteer's own data files (detente/data/geo/) and the name key they share.

Every file is tab-separated text with a header row; lines starting with ``#`` are
comments. Formats are described in ``detente/data/geo/README.md``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from detente.errors import Errors, KnowledgeError

#: Apostrophes, dots and commas are dropped; hyphens and slashes become spaces.
_DROP = re.compile(r"[.,'\u2018\u2019\u02bb\u02bc\u02bf\u02be`\u00b4\u2032]")
_SPACE = re.compile(r"[\s\-\u2010-\u2015/]+")


def name_key(name: str) -> str:
    """The form under which a place name is indexed and looked up.

    Case, accents and punctuation are folded and a leading "the" is dropped, so
    "Bogotá", "bogota" and "BOGOTA" share a key, as do "N'Djamena" and "NDjamena".
    """
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = _SPACE.sub(" ", _DROP.sub("", name.casefold())).strip()
    return key[4:] if key.startswith("the ") else key


def data_path(filename: str) -> Path:
    """Path of a file in detente/data/geo/."""
    return Path(str(resources.files("detente") / "data" / "geo" / filename))


def read_rows(filename: str, columns: int) -> list[tuple[str, ...]]:
    """The data rows of a tab-separated file, each with exactly ``columns`` fields.

    A short last field (an empty note) is padded with "".

    Raises:
        KnowledgeError: a row has the wrong number of fields or an empty key.
    """
    path = data_path(filename)
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = line.split("\t")
        fields += [""] * (columns - len(fields)) if len(fields) == columns - 1 else []
        if len(fields) != columns or not fields[0].strip():
            detail = f"expected {columns} tab-separated fields, got {len(fields)}"
            raise KnowledgeError(Errors.E201.format(path=path, line=number, detail=detail))
        rows.append(tuple(field.strip() for field in fields))
    return rows


def read_fips() -> dict[str, str | None]:
    """ISO3 → FIPS 10-4 country code; None for a country that has no single code."""
    return {iso3: (None if fips == "-" else fips) for iso3, fips, _ in read_rows("fips.tsv", 3)}


def read_country_aliases() -> list[tuple[str, str]]:
    """(alias, iso3) pairs from country_aliases.tsv."""
    return [(alias, iso3) for alias, iso3 in read_rows("country_aliases.tsv", 2)]


def read_exonyms() -> list[tuple[str, str, str]]:
    """(exonym, iso3, GeoNames main name) triples from exonyms.tsv."""
    return [(exonym, iso3, main) for exonym, iso3, main in read_rows("exonyms.tsv", 3)]


@dataclass(frozen=True, slots=True)
class RegionRow:
    """A row of regions.tsv: a first-level division or a named region."""

    names: tuple[str, ...]  # the main name first, then its aliases
    iso3: str
    admin1: str | None  # FIPS country code + GeoNames admin1 code; None for '-'
    lat: float
    lon: float
    kind: str  # admin1, region or disputed
    city: str | None  # a GeoNames city inside it (the admin1 was read from it); None for '-'


#: The kinds a row of regions.tsv may have.
REGION_KINDS = frozenset({"admin1", "region", "disputed"})


def read_regions() -> list[RegionRow]:
    """The rows of regions.tsv.

    Raises:
        KnowledgeError: a row has the wrong number of fields, a kind not in
            :data:`REGION_KINDS` or coordinates that are not numbers.
    """
    rows: list[RegionRow] = []
    for number, (names, iso3, admin1, lat, lon, kind, city) in enumerate(
        read_rows("regions.tsv", 7), start=1
    ):
        where = {"path": data_path("regions.tsv"), "line": f"data row {number}"}
        try:
            row = RegionRow(
                names=tuple(n.strip() for n in names.split("|") if n.strip()),
                iso3=iso3,
                admin1=None if admin1 == "-" else admin1,
                lat=float(lat),
                lon=float(lon),
                kind=kind,
                city=None if city == "-" else city,
            )
        except ValueError as err:
            raise KnowledgeError(Errors.E201.format(**where, detail=f"{names}: {err}")) from err
        if kind not in REGION_KINDS:
            detail = f"{names}: kind {kind!r} is not one of {sorted(REGION_KINDS)}"
            raise KnowledgeError(Errors.E201.format(**where, detail=detail))
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class Successor:
    """A row of successors.tsv: a state that broke away from a country that still exists."""

    iso3: str
    parent: str
    independence: date


def read_successors() -> dict[str, Successor]:
    """The newer states of successors.tsv by their ISO3 code."""
    rows = read_rows("successors.tsv", 4)
    return {iso3: Successor(iso3, parent, date.fromisoformat(day)) for iso3, parent, day, _ in rows}


def read_stoplist() -> frozenset[str]:
    """The name keys of stoplist.txt: city names that are common English words."""
    text = data_path("stoplist.txt").read_text(encoding="utf-8")
    names = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(name_key(name) for name in names if name)


def is_latin(name: str) -> bool:
    """True if ``name`` is written in the Latin script (with or without accents)."""
    return name.isascii() or all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def is_acronym(alias: str) -> bool:
    """True for names written in capitals (US, U.K., DRC): they match only as written."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)
