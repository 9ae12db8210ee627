"""The gazetteer on real GeoNames data: names, exonyms, ambiguity, countries, the stoplist."""

from __future__ import annotations

import math
from datetime import date

import pytest

from detente.geo import Gazetteer, load_gazetteer, name_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(
    ("name", "iso3", "lat", "lon"),
    [
        ("Tehran", "IRN", 35.69, 51.42),
        ("Teheran", "IRN", 35.69, 51.42),
        ("Kiev", "UKR", 50.45, 30.52),
        ("Kyiv", "UKR", 50.45, 30.52),
        ("Moscow", "RUS", 55.75, 37.62),
        ("Peking", "CHN", 39.91, 116.40),
        ("Bombay", "IND", 19.07, 72.88),
        ("Odessa", "UKR", 46.48, 30.73),
        ("Calcutta", "IND", 22.57, 88.36),
        ("Bogota", "COL", 4.61, -74.08),
        ("Herat", "AFG", 34.35, 62.20),
        ("Fallujah", "IRQ", 33.35, 43.78),
        ("Qamishli", "SYR", 37.05, 41.23),  # exonyms.tsv (session 16)
        ("Gaza", "PSE", 31.50, 34.47),
        ("Washington", "USA", 38.90, -77.04),
        ("Tripoli", "LBY", 32.89, 13.19),
        ("Hyderabad", "IND", 17.38, 78.46),
        ("Santiago", "CHL", -33.46, -70.65),
        ("Paris", "FRA", 48.85, 2.35),
    ],
)
def test_lookup_city(gaz: Gazetteer, name: str, iso3: str, lat: float, lon: float) -> None:
    place = gaz.lookup(name)
    assert place is not None
    assert place.country == iso3
    assert place.lat is not None and place.lon is not None
    assert km(place.lat, place.lon, lat, lon) < 50


@pytest.mark.parametrize(
    ("name", "countries", "iso3", "admin1"),
    [
        ("Tripoli", ["LBN"], "LBN", "LE09"),
        ("Tripoli", ["SYR", "LBN"], "LBN", "LE09"),
        ("Tripoli", ["LBY", "LBN"], "LBY", "LY77"),
        ("Hyderabad", ["PAK"], "PAK", "PK05"),
        ("Santiago", ["ESP"], "ESP", None),  # Santiago de Compostela, by its alternate name
        # a national capital ten times larger beats a namesake town of the document's
        # country: "met in Paris" in a story on the U.S. is France's capital
        ("Santiago", ["MEX"], "CHL", None),
        ("Paris", ["USA"], "FRA", None),
        ("Moscow", ["USA"], "RUS", None),
        ("Athens", ["USA"], "USA", "USGA"),  # Greece's capital is not ten times larger
        ("Odessa", ["USA"], "USA", "USTX"),
        ("Saint Petersburg", ["USA"], "USA", "USFL"),
        # a small town known by the name only as another of its own does not stand for a
        # notable city abroad: "Berlin" is not North Canton, Ohio, nor "Sydney" Sidney
        ("Berlin", ["USA"], "DEU", None),
        ("Sydney", ["USA"], "AUS", None),
        # nor does a small town under its own name, by a notable namesake five times larger:
        # "talks in Geneva" in a story on the U.S. and Russia (Geneva, Illinois: 22,000)
        ("Geneva", ["USA", "RUS"], "CHE", None),
        ("Florence", ["USA"], "ITA", None),
        ("Valencia", ["USA"], "USA", "USCA"),  # Valencia, California is no small town
        ("Tehran", ["USA"], "IRN", "IR26"),  # no Tehran in the USA: fall back to the best
        # a capital of one of the document's countries beats a town of another
        ("Dhaka", ["IND", "BGD"], "BGD", None),
        ("Dhaka", ["IND"], "BGD", None),
        ("Paris", ["USA", "FRA"], "FRA", None),
        ("Tripoli", ["LBN", "LBY"], "LBY", "LY77"),
        # a namesake town of the first country is dwarfed by a great city of another named
        ("Donetsk", ["RUS"], "RUS", None),
        ("Donetsk", ["RUS", "UKR"], "UKR", None),
        ("Santiago", ["ESP", "CHL"], "CHL", None),
        ("Hyderabad", ["PAK", "IND"], "PAK", None),  # a large city of the first stays
    ],
)
def test_lookup_prefers_document_countries(
    gaz: Gazetteer, name: str, countries: list[str], iso3: str, admin1: str | None
) -> None:
    place = gaz.lookup(name, countries=countries)
    assert place is not None and place.country == iso3
    if admin1 is not None:
        assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("name", "iso3", "fips"),
    [
        ("Iran", "IRN", "IR"),
        ("Russia", "RUS", "RS"),
        ("Russian Federation", "RUS", "RS"),
        ("United States", "USA", "US"),
        ("the United States", "USA", "US"),
        ("US", "USA", "US"),
        ("U.S.", "USA", "US"),
        ("Britain", "GBR", "UK"),
        ("Germany", "DEU", "GM"),
        ("Ivory Coast", "CIV", "IV"),
        ("Cote d'Ivoire", "CIV", "IV"),
        ("Côte d’Ivoire", "CIV", "IV"),
        ("Burma", "MMR", "BM"),
        ("Kuwait", "KWT", "KU"),
        ("Mexico", "MEX", "MX"),  # not Mexico, Pampanga
        ("Jordan", "JOR", "JO"),  # not Jordan, Hong Kong
        ("Kosovo", "XKX", "KV"),
    ],
)
def test_country_names_resolve_to_the_country(
    gaz: Gazetteer, name: str, iso3: str, fips: str
) -> None:
    place = gaz.lookup(name, countries=["PHL", "HKG"])
    assert place is not None
    assert (place.country, place.fips, place.admin1) == (iso3, fips, None)
    assert place == gaz.country_place(iso3)


def test_country_is_placed_at_its_capital(gaz: Gazetteer) -> None:
    iran, tehran = gaz.country_place("IRN"), gaz.lookup("Tehran")
    assert iran is not None and tehran is not None
    assert (iran.name, iran.lat, iran.lon) == ("Iran", tehran.lat, tehran.lon)
    assert gaz.country_place("irn") == iran


@pytest.mark.parametrize("name", ["Xyzzy", "", "   ", "Ruritania", "us", "Nowhere City"])
def test_unknown_names_give_none(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name) is None
    assert not gaz.is_place(name)


@pytest.mark.parametrize(
    "name", ["Nice", "Split", "Mobile", "Reading", "Bath", "Police", "Male", "Africa", "Asia"]
)
def test_stoplisted_words_are_not_places_on_their_own(gaz: Gazetteer, name: str) -> None:
    assert gaz.candidates(name), f"{name} should be a city name in the data"
    assert gaz.lookup(name) is None
    assert not gaz.is_place(name)


@pytest.mark.parametrize(
    ("name", "countries", "expected"),
    [("Nice", ["FRA"], "FRA"), ("Split", ["HRV"], "HRV"), ("Male", ["MDV"], "MDV")],
)
def test_stoplisted_words_resolve_within_document_countries(
    gaz: Gazetteer, name: str, countries: list[str], expected: str
) -> None:
    place = gaz.lookup(name, countries=countries)
    assert place is not None and place.country == expected


@pytest.mark.parametrize("name", ["Tehran", "Gaza", "Iran", "UK", "Kiev", "Fallujah"])
def test_is_place(gaz: Gazetteer, name: str) -> None:
    assert gaz.is_place(name)


@pytest.mark.parametrize(
    ("name", "fips", "admin1"),
    [("Gaza", "GZ", "GZ"), ("Ramallah", "WE", "WE"), ("Hebron", "WE", "WE")],
)
def test_palestinian_places_get_gdelt_fips(
    gaz: Gazetteer, name: str, fips: str, admin1: str
) -> None:
    place = gaz.lookup(name)
    assert place is not None and (place.country, place.fips, place.admin1) == ("PSE", fips, admin1)


def test_place_carries_geonameid_and_fips(gaz: Gazetteer) -> None:
    place = gaz.lookup("Tehran")
    assert place is not None
    assert (place.geonameid, place.fips, place.admin1) == (112931, "IR", "IR26")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bogotá", "BOGOTA"),
        ("N'Djamena", "NDjamena"),
        ("Port-au-Prince", "port au prince"),
        ("St. Petersburg", "St Petersburg"),
        ("The Hague", "hague"),
        ("Nuku‘alofa", "Nuku'alofa"),
    ],
)
def test_name_key_folds_case_accents_punctuation(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_load_gazetteer_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_gazetteer_is_immutable(gaz: Gazetteer) -> None:
    with pytest.raises(AttributeError):
        gaz.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        gaz._cities["x"] = ()  # type: ignore[index]


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Madaya", ["SYR"]),  # a Syrian village, not Myanmar's town
        ("Boni", ["MLI"]),  # a Malian town, not Bonn (an alternate name)
    ],
)
def test_a_small_town_far_from_the_document_s_countries_is_not_meant(
    gaz: Gazetteer, name: str, countries: list[str]
) -> None:
    assert gaz.lookup(name, countries=countries) is None
    assert gaz.lookup(name) is not None  # with no countries to decide, the namesake stands


@pytest.mark.parametrize(
    ("name", "countries", "iso3"),
    [
        ("Jericho", ["ISR"], "PSE"),  # near the document's country
        ("Kilis", ["SYR"], "TUR"),
        ("Geneva", ["SYR"], "CHE"),  # a large city abroad
        ("Madaya", ["MMR"], "MMR"),  # in the document's country
        ("Helmand province", ["USA"], "AFG"),  # a region
    ],
)
def test_a_place_near_known_or_large_is_still_meant(
    gaz: Gazetteer, name: str, countries: list[str], iso3: str
) -> None:
    place = gaz.lookup(name, countries=countries)
    assert place is not None and place.country == iso3


@pytest.mark.parametrize(
    ("name", "on", "countries", "iso3", "fips"),
    [
        ("Juba", date(1995, 3, 1), (), "SDN", "SU"),  # before South Sudan's independence
        ("Juba", date(2015, 3, 1), ("SDN",), "SSD", "OD"),  # after it, whatever is named
        ("Juba", None, ("SDN",), "SDN", "SU"),  # undated: the older country the story names
        ("Juba", None, ("SDN", "SSD"), "SSD", "OD"),  # ... unless it names the newer too
        ("Juba", None, (), "SSD", "OD"),
        ("Asmara", date(1990, 3, 1), (), "ETH", "ET"),
        ("Pristina", date(1999, 3, 1), (), "SRB", "RI"),
        ("Pristina", date(2010, 3, 1), (), "XKX", "KV"),
        ("Khartoum", date(1995, 3, 1), (), "SDN", "SU"),  # the older country's own towns
    ],
)
def test_towns_of_young_states_are_the_older_country_s_before_independence(
    gaz: Gazetteer, name: str, on: date | None, countries: tuple[str, ...], iso3: str, fips: str
) -> None:
    place = gaz.lookup(name, countries=countries, on=on)
    assert (place.country, place.fips) == (iso3, fips)
    if iso3 in ("SDN", "ETH", "SRB") and name != "Khartoum":
        assert place.admin1 is None  # the newer state's division codes do not apply


def test_a_young_state_s_own_name_is_never_changed(gaz: Gazetteer) -> None:
    assert gaz.lookup("South Sudan", on=date(1995, 3, 1)).country == "SSD"
