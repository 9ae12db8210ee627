"""The actor knowledge base: countries, names, metonyms, organisations, roles and office-holders.

The knowledge lives in TSV files (``detente/data/actors/*.tsv``, formats in
``docs/knowledge-base.md``); :func:`load_kb` reads them, with any user files, into an
immutable :class:`KnowledgeBase` that is passed explicitly to whoever needs it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from detente.errors import Errors, KnowledgeError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

#: The built-in files, in load order (fips.tsv is an input of build_countries.py only).
BUILTIN_FILES = (
    "countries.tsv",
    "country_variants.tsv",  # hand-written, so its canonical names win over generated ones
    "country_names.tsv",
    "metonyms.tsv",
    "igos.tsv",
    "parties.tsv",  # political parties by standing and date
    "regions.tsv",
    "religions.tsv",
    "roles.tsv",
    "office_holders.tsv",
    "notables.tsv",
    "igo_officials.tsv",  # heads and envoys of international organisations, dated
)

#: CAMEO role codes (codebook 1.1b3, table 3.1 and section 3.1.4), plus IGO and NGO, which
#: CAMEO also appends as roles (``USANGO``).
PRIMARY_ROLES = frozenset("COP GOV INS JUD MIL OPP REB SEP SPY UAF".split())
ROLE_CODES = PRIMARY_ROLES | frozenset(
    "PTY AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD REL IGO NGO".split()
)  # REL: religious, affiliation unspecified (codebook 10.0.4, table 10.2)
#: Generic international codes (table 3.2) and international region codes (table 3.3).
INTERNATIONAL_CODES = frozenset("IGO IMG INT MNC NGM NGO UIS".split())
REGION_CODES = frozenset(
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA "
    "SAF WAF WST".split()
    # the codebook's peoples living in many countries ("ARB Arab (ethnic group)", "KUR Kurd
    # (ethnic group)"), coded like a region: "Arab intellectuals" → ARBEDU, "Kurdish rebels"
    # → KURREB
    + ["ARB", "KUR"]
)
#: Religions (codebook 1.1b3, table 4.1 and section 10.0.4): the first group of a religious
#: identity's code when no country is known ("Sunnis" → MOSSUN).
RELIGION_CODES = frozenset("ATH BAH BUD CHR CON HIN JAN JEW MOS SHN SIK TAO".split())
KINDS = frozenset("country demonym capital metonym igo org role person religion".split())

COUNTRY_HEADER = ("iso3", "iso2", "fips", "name", "official_name", "capital", "lat", "lon")
NAME_HEADER = ("phrase", "code", "kind", "name", "start", "end")
ROLE_HEADER = ("phrase", "role")
PERSON_HEADER = ("name", "aliases", "country", "sector", "title", "start", "end")
#: header -> number of leading columns that must be present (the rest may be left off).
HEADERS = {COUNTRY_HEADER: 4, NAME_HEADER: 4, ROLE_HEADER: 2, PERSON_HEADER: 6}

_CODE_RE = re.compile(r"^(?:[A-Z]{3}){1,5}$")
_SPACE_RE = re.compile(r"\s+")
_INNER_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])['\u02bc\u02bf\u2018](?=[^\W\d_])")


# Sectors of state office, whose former holders are elites (codebook: "former government
# officials"), unlike former opposition, movement or church leaders.
STATE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form's meaning: a CAMEO actor code with where it came from."""

    code: str  # full CAMEO actor code: "RUS", "RUSGOV", "IGOUNO", "USAMIL"
    country: str | None  # ISO3 (None for IGOs without one)
    sector: str | None  # first role code, e.g. "GOV"
    kind: str  # one of KINDS: "country", "demonym", "capital", "metonym", "igo", "role"...
    name: str  # canonical name
    source: str  # provenance "file:line"
    start: date | None = None  # for dated entries (persons)
    end: date | None = None

    def active(self, on: date | None) -> bool:
        """Whether the entry holds on ``on`` (always, when ``on`` or its dates are None)."""
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country: codes, names, capital and centroid."""

    iso3: str
    iso2: str | None
    fips: str | None
    name: str
    capital: str | None
    lat: float | None
    lon: float | None


def normalize(phrase: str) -> str:
    """The lookup key of a phrase: case-folded, accents and spacing folded, no leading "the"."""
    text = unicodedata.normalize("NFKD", phrase.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACE_RE.sub(" ", text).strip().lower()
    # a transliteration's apostrophe inside a word is no letter ("Hay'at" is "Hayat",
    # "Shi'ite" is "Shiite"); the same rule folds the KB's own phrases
    text = _INNER_APOSTROPHE_RE.sub("", text)
    return text[4:] if text.startswith("the ") else text


class KnowledgeBase:
    """Immutable lookup tables built from knowledge-base files; build it with :func:`load_kb`."""

    __slots__ = (
        "_phrases",
        "_index",
        "_folded",
        "_roles",
        "_persons",
        "_surnames",
        "_countries",
        "_near_places",
        "_near_surnames",
        "files",
    )

    def __init__(
        self,
        *,
        phrases: Sequence[tuple[str, Entry]],
        countries: Sequence[CountryInfo],
        surnames: Iterable[tuple[str, Entry]],
        files: Sequence[str],
    ) -> None:
        self._phrases = tuple(phrases)
        self._index = _group((normalize(p), e) for p, e in self._phrases)
        # what a phrase written in lower case can be: no acronym ("who" is no "WHO", "us"
        # no "US"), as the phrase matcher matches acronyms only as written, and no name that
        # is also a common word (see _proper_only: "labour", "democrats", "reprieve")
        self._folded = _group(
            (normalize(p), e)
            for p, e in self._phrases
            if not _acronym(p) and not _proper_only(p, e)
        )
        self._roles = _group((normalize(p), e) for p, e in self._phrases if e.kind == "role")
        self._persons = _group((normalize(p), e) for p, e in self._phrases if e.kind == "person")
        self._surnames = _group(
            (key, e) for s, e in surnames for key in _surname_keys(normalize(s))
        )
        self._countries = MappingProxyType({c.iso3: c for c in countries})
        self._near_places = _NearIndex(
            key
            for key, entries in self._folded.items()
            if any(e.kind in ("country", "demonym") for e in entries)
        )
        self._near_surnames = _NearIndex(self._surnames)
        self.files = tuple(files)

    def phrases(self) -> Iterator[tuple[str, Entry]]:
        """Every surface form with its entry, as written in the files (for a PhraseMatcher)."""
        return iter(self._phrases)

    def lookup(self, phrase: str, *, on: date | None = None) -> list[Entry]:
        """Entries for ``phrase`` (case-insensitive, leading "the" and a final "'s" ignored).

        Dated entries are kept only when ``on`` falls in their dates.
        """
        key = normalize(phrase)
        index = self._folded if phrase.islower() else self._index
        entries = index.get(key)
        if entries is None and key.endswith("'s"):
            entries = index.get(key[:-2])
        return [e for e in entries or () if e.active(on)]

    def role(self, phrase: str) -> str | None:
        """The sector (first role code) of a role word or title: "foreign minister" -> "GOV"."""
        codes = self.role_codes(phrase)
        return codes[:3] if codes else None

    def role_codes(self, phrase: str) -> str | None:
        """All role codes of a role word or title: "defence minister" -> "GOVMIL"."""
        key = normalize(phrase)
        for candidate in (key, *_singulars(key)):
            entries = self._roles.get(candidate)
            if entries:
                return entries[0].code
        return None

    def person(self, name: str, *, on: date | None = None) -> list[Entry]:
        """Persons by full name, alias or surname; only those in office on ``on`` when given."""
        key = normalize(name)
        entries = dict.fromkeys((*self._persons.get(key, ()), *self._surnames.get(key, ())))
        return [e for e in entries if e.active(on)]

    def former(self, name: str, *, on: date) -> list[Entry]:
        """Government office-holders by full name or alias whose every term ended before
        ``on`` (not by surname alone; none in office or yet to take it on that date; not
        leaders of an opposition, a movement or a church, who held no state office)."""
        entries = self._persons.get(normalize(name), ())
        if not entries or any(e.end is None or e.end >= on for e in entries):
            return []
        if any(e.sector not in STATE_OFFICE_SECTORS for e in entries):
            return []
        return list(entries)

    def respelt_places(self, word: str) -> list[tuple[str, Entry]]:
        """The one-word country names and demonyms one slip of the keyboard from ``word``
        ("Ethopia" → Ethiopia): (the name as the KB writes it, its entry) each; none for a
        short word or one the knowledge base knows as written (see :func:`one_slip_apart`)."""
        written = normalize(word)
        if written in self._folded:
            return []
        return [
            (name, e)
            for name in self._near_places.near(written)
            for e in self._folded[name]
            if e.kind in ("country", "demonym") and self._names_country(e)
        ]

    def _names_country(self, entry: Entry) -> bool:
        """Whether ``entry`` names a country itself, not a region or people within it
        ("Chechen": Chechnya; "Yoruba"; "Puntland") nor a region of many ("Scandinavian")."""
        info = self._countries.get(entry.country or "")
        if info is None:
            return False
        names = {normalize(info.name)}
        names |= {normalize(e.name) for e in self.lookup(info.name) if e.country == info.iso3}
        return normalize(entry.name) in names

    def respelt_persons(self, surname: str, *, on: date | None = None) -> list[tuple[str, Entry]]:
        """The persons whose surname is one slip of the keyboard from ``surname``
        ("Mitterand" → François Mitterrand): (the surname as the KB writes it, its entry) each,
        only those in office on ``on`` when given."""
        return [
            (name, e)
            for name in self._near_surnames.near(normalize(surname))
            for e in self._surnames[name]
            if e.active(on)
        ]

    def country(self, iso3: str) -> CountryInfo | None:
        """The country with ISO3 (or CAMEO) code ``iso3``."""
        return self._countries.get(iso3.upper())

    def countries(self) -> Iterator[CountryInfo]:
        """Every country, in code order."""
        return iter(sorted(self._countries.values(), key=lambda c: c.iso3))

    def counts(self) -> dict[str, int]:
        """Number of surface forms by entry kind, and the number of countries."""
        counts: dict[str, int] = {"countries": len(self._countries)}
        for _, entry in self._phrases:
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        return counts


def _proper_only(phrase: str, entry: Entry) -> bool:
    """Whether ``phrase`` names ``entry`` only written with its capitals: a political party's
    name (PTY among the code's roles: "Labour", "the Conservatives", "Democrats"; not
    "labour", "conservatives", "democrats") and a non-governmental organisation's one-word
    name ("Reprieve", "Amnesty"; not "a reprieve", "an amnesty")."""
    if entry.kind != "org":
        return False
    groups = {entry.code[i : i + 3] for i in range(0, len(entry.code), 3)}
    return "PTY" in groups or ("NGO" in groups and " " not in phrase.strip())


def _acronym(phrase: str) -> bool:
    """A short all-capital acronym ("WHO", "US", "AU"), matched only as written."""
    return len(phrase) <= 5 and phrase.isupper() and phrase.isalpha()


#: The shortest word a misspelling is looked for in: shorter names are too close to each other
#: and to ordinary words ("Niger", "Nigeria"; "Iran", "Iraq"; "Oman", "Omani").
RESPELL_MIN_LETTERS = 7


def one_slip_apart(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with one slip of the keyboard: one letter dropped, added,
    changed, or two neighbours swapped (optimal string alignment distance 1), never in the
    first or the last letter (a word's ending makes other words: "Scandinavia" is no slip for
    "Scandinavian", "Mexicana" none for "Mexican"), both at least
    :data:`RESPELL_MIN_LETTERS` long, and not the same word."""
    if word == known or min(len(word), len(known)) < RESPELL_MIN_LETTERS:
        return False
    if word[0] != known[0] or word[-1] != known[-1] or abs(len(word) - len(known)) > 1:
        return False
    if len(word) != len(known) and word[-2] != known[-2]:
        return False  # a letter added or dropped at the end ("Emirate", "Emirates")
    i = 0
    while i < min(len(word), len(known)) and word[i] == known[i]:
        i += 1
    if len(word) == len(known):
        swapped = word[i : i + 2] == known[i : i + 2][::-1] and word[i + 2 :] == known[i + 2 :]
        return word[i + 1 :] == known[i + 1 :] or swapped
    longer, shorter = (word, known) if len(word) > len(known) else (known, word)
    return longer[i + 1 :] == shorter[i:]


class _NearIndex:
    """Words by their one-letter deletions, to find the words one slip from a word."""

    __slots__ = ("_by_deletion",)

    def __init__(self, words: Iterable[str]) -> None:
        by_deletion: dict[str, set[str]] = {}
        for word in words:
            if len(word) >= RESPELL_MIN_LETTERS and " " not in word:
                for key in _deletions(word):
                    by_deletion.setdefault(key, set()).add(word)
        self._by_deletion = MappingProxyType({k: frozenset(v) for k, v in by_deletion.items()})

    def near(self, word: str) -> list[str]:
        """The indexed words one slip from ``word`` (see :func:`one_slip_apart`), sorted."""
        if len(word) < RESPELL_MIN_LETTERS - 1 or " " in word:
            return []
        found = {w for key in _deletions(word) for w in self._by_deletion.get(key, ())}
        return sorted(w for w in found if one_slip_apart(word, w))


def _deletions(word: str) -> set[str]:
    """The word and the words made from it by dropping one letter."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _group(pairs: Iterable[tuple[str, Entry]]) -> MappingProxyType[str, tuple[Entry, ...]]:
    """Group entries by key, dropping repeats of the same code, kind and dates."""
    grouped: dict[str, list[Entry]] = {}
    for key, entry in pairs:
        bucket = grouped.setdefault(key, [])
        if not any(_same(entry, other) for other in bucket):
            bucket.append(entry)
    return MappingProxyType({k: tuple(v) for k, v in grouped.items()})


def _same(a: Entry, b: Entry) -> bool:
    return (a.code, a.kind, a.start, a.end) == (b.code, b.kind, b.start, b.end)


#: Arabic articles written joined to a surname ("al-Assad", "el-Sisi"): news also writes the
#: surname without them ("President Assad").
_ARTICLES = ("al-", "el-", "al ", "el ", "as-", "ash-", "ad-", "an-", "ar-", "at-", "az-")


def _surname_keys(surname: str) -> list[str]:
    """The lookup keys of a surname: as written and, for "al-Assad", "assad" too."""
    for article in _ARTICLES:
        if surname.startswith(article) and len(surname) > len(article) + 2:
            return [surname, surname[len(article) :]]
    return [surname]


def _singulars(word: str) -> list[str]:
    """Naive singular forms of the last word, so that "officials" finds "official"."""
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    return forms


def load_kb(extra: Sequence[str | Path] = ()) -> KnowledgeBase:
    """The built-in knowledge base plus the user files ``extra`` (the default is cached).

    Raises:
        KnowledgeError: a file is missing or malformed (the message names file and line).
    """
    if not extra:
        return _builtin_kb()
    return _read_files([*_builtin_paths(), *(Path(p) for p in extra)])


def _builtin_paths() -> list[Path]:
    return [DATA_DIR / name for name in BUILTIN_FILES if (DATA_DIR / name).exists()]


@lru_cache(maxsize=1)
def _builtin_kb() -> KnowledgeBase:
    return _read_files(_builtin_paths())


def check_code(code: str, countries: frozenset[str]) -> str | None:
    """Why ``code`` is not a CAMEO actor code, or None when it is one."""
    if not _CODE_RE.match(code):
        return "a code is one to five groups of three capital letters"
    first = code[:3]
    if (
        first not in countries
        and first not in INTERNATIONAL_CODES
        and first not in REGION_CODES
        and first not in RELIGION_CODES
    ):
        return (
            f"{first!r} is neither a known country, an international code, a region nor a religion"
        )
    return None


def split_code(code: str, countries: frozenset[str]) -> tuple[str | None, str | None]:
    """(country, sector) of an actor code: its country (or region) group and its first role
    code."""
    # a region ("EURGOV", "WAF") stands where a country would: "European ministers"
    country = code[:3] if code[:3] in countries or code[:3] in REGION_CODES else None
    groups = [code[i : i + 3] for i in range(3, len(code), 3)]
    sector = next((g for g in groups if g in ROLE_CODES), None)
    return country, sector


def bad_role(roles: str) -> str | None:
    """The first group of ``roles`` that is not a known role code (or a malformed group)."""
    if not roles or len(roles) % 3:
        return roles or "(empty)"
    return next(
        (roles[i : i + 3] for i in range(0, len(roles), 3) if roles[i : i + 3] not in ROLE_CODES),
        None,
    )


def parse_date(text: str, where: tuple[str, int]) -> date | None:
    """A YYYY-MM-DD date, None when empty; E201 naming the file and line otherwise."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _error(Errors.E201, where, detail=f"bad date {text!r}; use YYYY-MM-DD") from None


def _error(template: str, where: tuple[str, int], **fields: object) -> KnowledgeError:
    return KnowledgeError(template.format(path=where[0], line=where[1], **fields))


def read_table(path: Path) -> list[tuple[tuple[str, ...], list[tuple[int, list[str]]]]]:
    """The tables of a knowledge-base TSV file: (header, [(line number, columns)]) each.

    A file holds one or more tables; each starts with its header line.

    Raises:
        KnowledgeError: the file is missing (E210), has an unknown header or a row with the
            wrong number of columns (E201).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeError(Errors.E210.format(path=path, detail=e)) from e
    tables: list[tuple[tuple[str, ...], list[tuple[int, list[str]]]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = [c.strip() for c in line.split("\t")]
        if tuple(columns) in HEADERS:
            tables.append((tuple(columns), []))
            continue
        if not tables:
            known = "; ".join(" ".join(h) for h in HEADERS)
            detail = f"unknown header {' '.join(columns)!r}; expected one of: {known}"
            raise _error(Errors.E201, (str(path), number), detail=detail)
        header, rows = tables[-1]
        if not HEADERS[header] <= len(columns) <= len(header):
            detail = f"{len(columns)} columns; expected {len(header)} ({' '.join(header)})"
            raise _error(Errors.E201, (str(path), number), detail=detail)
        rows.append((number, columns + [""] * (len(header) - len(columns))))
    return tables


def _source(path: Path, number: int) -> str:
    try:
        return f"{path.relative_to(DATA_DIR.parent)}:{number}"
    except ValueError:
        return f"{path}:{number}"


def _read_files(paths: Sequence[Path]) -> KnowledgeBase:
    tables = [(path, *table) for path in paths for table in read_table(path)]
    countries = [
        _country_row(path, number, cols)
        for path, header, rows in tables
        if header == COUNTRY_HEADER
        for number, cols in rows
    ]
    codes = frozenset(c.iso3 for c in countries)
    phrases: list[tuple[str, Entry]] = []
    surnames: list[tuple[str, Entry]] = []
    for path, header, rows in tables:
        for number, cols in rows:
            if header == NAME_HEADER:
                phrase, entry = _name_row(path, number, cols, codes)
                phrases.append((phrase, entry))
                if entry.kind == "person":
                    surnames.append((entry.name.split()[-1], entry))
            elif header == ROLE_HEADER:
                phrases.append(_role_row(path, number, cols))
            elif header == PERSON_HEADER:
                forms, entry = _person_row(path, number, cols, codes)
                phrases += [(form, entry) for form in forms]
                surnames += [(form.split()[-1], entry) for form in forms[:1]]
    return KnowledgeBase(
        phrases=phrases, countries=countries, surnames=surnames, files=[str(p) for p in paths]
    )


def _country_row(path: Path, number: int, cols: list[str]) -> CountryInfo:
    iso3, iso2, fips, name, _official, capital, lat, lon = cols
    where = (str(path), number)
    if not re.fullmatch(r"[A-Z]{3}", iso3) or not name:
        raise _error(Errors.E201, where, detail=f"bad country row: iso3 {iso3!r}, name {name!r}")
    try:
        lat_f, lon_f = (float(lat) if lat else None), (float(lon) if lon else None)
    except ValueError:
        raise _error(Errors.E201, where, detail=f"bad coordinates {lat!r}, {lon!r}") from None
    return CountryInfo(iso3, iso2 or None, fips or None, name, capital or None, lat_f, lon_f)


def _name_row(
    path: Path, number: int, cols: list[str], countries: frozenset[str]
) -> tuple[str, Entry]:
    phrase, code, kind, name, start, end = cols
    where = (str(path), number)
    if not phrase or not name:
        raise _error(Errors.E201, where, detail="the phrase and the name must not be empty")
    if kind not in KINDS:
        raise _error(
            Errors.E201, where, detail=f"unknown kind {kind!r}; use one of {sorted(KINDS)}"
        )
    problem = check_code(code, countries)
    if problem:
        raise _error(Errors.E211, where, code=code, detail=problem)
    start_d, end_d = _dates(start, end, where)
    country, sector = split_code(code, countries)
    entry = Entry(code, country, sector, kind, name, _source(path, number), start_d, end_d)
    return phrase, entry


def _role_row(path: Path, number: int, cols: list[str]) -> tuple[str, Entry]:
    phrase, roles = cols
    where = (str(path), number)
    if not phrase:
        raise _error(Errors.E201, where, detail="the phrase must not be empty")
    unknown = bad_role(roles)
    if unknown:
        raise _error(Errors.E203, where, code=unknown)
    return phrase, Entry(roles, None, roles[:3], "role", phrase, _source(path, number))


def _person_row(
    path: Path, number: int, cols: list[str], countries: frozenset[str]
) -> tuple[list[str], Entry]:
    name, aliases, country, sector, _title, start, end = cols
    where = (str(path), number)
    if not name:
        raise _error(Errors.E201, where, detail="the name must not be empty")
    if country not in countries and country not in INTERNATIONAL_CODES:
        raise _error(Errors.E211, where, code=country, detail="unknown country code")
    unknown = bad_role(sector)
    if unknown:
        raise _error(Errors.E203, where, code=unknown)
    start_d, end_d = _dates(start, end, where)
    entry = Entry(
        country + sector,
        country if country in countries else None,
        sector[:3],
        "person",
        name,
        _source(path, number),
        start_d,
        end_d,
    )
    forms = [name, *(a.strip() for a in aliases.split(";") if a.strip())]
    return forms, entry


def _dates(start: str, end: str, where: tuple[str, int]) -> tuple[date | None, date | None]:
    start_d, end_d = parse_date(start, where), parse_date(end, where)
    if start_d and end_d and end_d < start_d:
        raise _error(Errors.E204, where, start=start_d, end=end_d)
    return start_d, end_d


__all__ = [
    "CountryInfo",
    "Entry",
    "KnowledgeBase",
    "load_kb",
    "normalize",
    "one_slip_apart",
]
