from __future__ import annotations

from datetime import date

import pytest

from detente.ingest.dateline import find_dateline, parse_date, parse_dateline


@pytest.mark.parametrize(
    ("text", "year", "place", "published", "source"),
    [
        ("Prague, 11 March 2003 (RFE/RL) -- Bilateral interests.", None, "Prague",
         date(2003, 3, 11), "RFE/RL"),
        ("WASHINGTON (Reuters) - The United States said.", None, "WASHINGTON", None, "Reuters"),
        ("MOSCOW, March 11 (AP) -- Russia said.", 2003, "MOSCOW", date(2003, 3, 11), "AP"),
        ("MOSCOW, March 11 (AP) -- Russia said.", None, "MOSCOW", None, "AP"),
        ("SALVADOR, Feb 26 - Showers continued.", 1987, "SALVADOR", date(1987, 2, 26), None),
        ("Tehran, 11 March 2003 (IRNA) -- Iran said.", None, "Tehran", date(2003, 3, 11),
         "IRNA"),
        ("TEHRAN, Iran, March 11, 2003 (AP) \u2014 Iran said.", None, "TEHRAN",
         date(2003, 3, 11), "AP"),
        ("NEW YORK, Tuesday (AFP) - Talks began.", None, "NEW YORK", None, "AFP"),
        ("TEHRAN, Iran (AP) \u2014 Iran said.", None, "TEHRAN", None, "AP"),
        ("THE HAGUE, Netherlands, 5 June (AFP) - Talks.", 2022, "THE HAGUE", date(2022, 6, 5),
         "AFP"),
        ("ST. PETERSBURG, Russia, 11 March 2003 (Interfax) -- x", None, "ST. PETERSBURG",
         date(2003, 3, 11), "Interfax"),
        ("Rio de Janeiro, 5 June 2024 (Meridian News) -- Brazil said.", None,
         "Rio de Janeiro", date(2024, 6, 5), "Meridian News"),
    ],
)  # fmt: skip
def test_find_dateline_forms(
    text: str, year: int | None, place: str, published: date | None, source: str | None
) -> None:
    found = find_dateline(text, year=year)
    assert found is not None
    assert (found.place, found.published, found.source) == (place, published, source)
    assert text[found.start : found.end] == found.text


def test_dateline_in_a_later_paragraph() -> None:
    text = "A lead paragraph of the article.\n\nPrague, 11 March 2003 (RFE/RL) -- Body."
    found = find_dateline(text)
    assert found is not None and found.start == text.index("Prague")


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Iran -- the two countries -- agreed.",
        "The minister said on Tuesday - and repeated - that talks would go on.",
        "Moscow, today (Interfax) -- ",  # a relative word is not a date, and no source form
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found.published is None


def test_relative_date_is_not_a_date() -> None:
    assert parse_date("today") is None
    assert parse_date("3 days ago") is None
    assert parse_date("Feb 26") is None  # no year, none known


@pytest.mark.parametrize(
    ("value", "year", "expected"),
    [
        ("2003-03-11", None, date(2003, 3, 11)),
        ("2003-03-11T09:30:00Z", None, date(2003, 3, 11)),
        ("26-FEB-1987 15:01:01.79", None, date(1987, 2, 26)),
        ("11 March 2003", None, date(2003, 3, 11)),
        ("March 11, 2003", None, date(2003, 3, 11)),
        ("Feb 26", 1987, date(1987, 2, 26)),
        ("Tue, 11 Mar 2003 09:30:00 +0000", None, date(2003, 3, 11)),
        ("31 February 2003", None, None),
    ],
)
def test_parse_date(value: str, year: int | None, expected: date | None) -> None:
    assert parse_date(value, year=year) == expected


@pytest.mark.parametrize(
    ("value", "place", "published"),
    [
        ("SALVADOR, Feb 26 -", "SALVADOR", date(1987, 2, 26)),
        ("CLEVELAND, Feb 26", "CLEVELAND", date(1987, 2, 26)),
        ("LOS ANGELES, Feb 26 -", "LOS ANGELES", date(1987, 2, 26)),
    ],
)
def test_parse_dateline_column(value: str, place: str, published: date) -> None:
    found = parse_dateline(value, year=1987)
    assert found is not None and (found.place, found.published) == (place, published)


def test_default_publication_date_only_where_none_is_given() -> None:
    """ReadOptions.published (detente code --date) dates a document that gives no date; a
    date of the input or of its dateline wins."""
    from detente.ingest.base import Metadata, ReadOptions
    from detente.ingest.document import build_document

    options = ReadOptions(published=date(2005, 3, 1))
    plain = build_document("Blair met Chinese officials.", Metadata(), origin="a", options=options)
    assert plain.published == date(2005, 3, 1)
    given = Metadata(published=date(2001, 1, 2))
    kept = build_document("Blair met Chinese officials.", given, origin="b", options=options)
    assert kept.published == date(2001, 1, 2)
    lined = "TEHRAN, March 11 (Reuters) - Ivanov met Kharazzi."
    datelined = build_document(lined, Metadata(), origin="c", options=options)
    assert datelined.published == date(2005, 3, 11)  # the dateline's day, in --date's year
