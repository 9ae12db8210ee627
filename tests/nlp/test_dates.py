"""Event dates from relative and explicit expressions, counted from the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.dates import resolve_date

# Tuesday, the day the project's seed article was published.
PUB = date(2003, 3, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivanov arrived in Tehran today.", date(2003, 3, 11)),
        ("Protesters gathered tonight outside the embassy.", date(2003, 3, 11)),
        ("The minister said this morning that talks would go on.", date(2003, 3, 11)),
        ("Talks ended this evening.", date(2003, 3, 11)),
        ("TODAY THE ARMY ATTACKED.", date(2003, 3, 11)),
        ("Russia's foreign minister met Khatami yesterday.", date(2003, 3, 10)),
        ("Rebels shelled the town last night.", date(2003, 3, 10)),
        ("The envoy left the day before yesterday.", date(2003, 3, 9)),
        ("Troops withdrew last week.", date(2003, 3, 4)),
        ("The deal was signed last month.", date(2003, 2, 1)),
        ("The deal was signed last year.", date(2002, 1, 1)),
        ("The border was closed two days ago.", date(2003, 3, 9)),
        ("The border was closed 2 days ago.", date(2003, 3, 9)),
        ("The border was closed a day ago.", date(2003, 3, 10)),
        ("Fighting broke out three weeks ago.", date(2003, 2, 18)),
        ("Fighting broke out a couple of days ago.", date(2003, 3, 9)),
        ("The ceasefire collapsed two months ago.", date(2003, 1, 1)),
        ("The ceasefire collapsed three years ago.", date(2000, 1, 1)),
    ],
)
def test_relative_expressions(text: str, expected: date) -> None:
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivanov met Khatami on Monday.", date(2003, 3, 10)),
        ("Ivanov met Khatami on Tuesday.", date(2003, 3, 11)),  # the publication weekday
        ("Ivanov met Khatami on Wednesday.", date(2003, 3, 5)),
        ("Ivanov met Khatami Sunday.", date(2003, 3, 9)),
        ("Late Friday night, the police raided the office.", date(2003, 3, 7)),
        ("Ivanov met Khatami last Tuesday.", date(2003, 3, 4)),
        ("Ivanov met Khatami last Monday.", date(2003, 3, 10)),
        ("Ivanov will meet Khatami next Wednesday.", date(2003, 3, 12)),
        ("Ivanov will meet Khatami next Tuesday.", date(2003, 3, 18)),
        ("ON THURSDAY THE GUERRILLAS ATTACKED.", date(2003, 3, 6)),
    ],
)
def test_weekdays_look_back_from_publication(text: str, expected: date) -> None:
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivanov will meet Khatami on Wednesday.", date(2003, 3, 12)),
        ("Ivanov will meet Khatami on Tuesday.", date(2003, 3, 11)),
        ("Ivanov will meet Khatami on Monday.", date(2003, 3, 17)),
        ("Ivanov will meet Khatami last Monday.", date(2003, 3, 10)),
        ("Talks resume next week.", date(2003, 3, 18)),
        ("Talks resume next month.", date(2003, 4, 1)),
        ("Elections will be held on 2 February.", date(2004, 2, 2)),
        ("Elections will be held on 20 May.", date(2003, 5, 20)),
    ],
)
def test_future(text: str, expected: date) -> None:
    assert resolve_date(text, PUB, future=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were held on 11 March.", date(2003, 3, 11)),
        ("The talks were held on March 11.", date(2003, 3, 11)),
        ("The talks were held on March 11, 2003.", date(2003, 3, 11)),
        ("The talks were held on 11 March 2003.", date(2003, 3, 11)),
        ("The talks were held on the 11th of March.", date(2003, 3, 11)),
        ("The talks were held on Mar. 11.", date(2003, 3, 11)),
        ("The talks were held on Sept. 30, 2002.", date(2002, 9, 30)),
        ("THE TALKS WERE HELD ON 11 MARCH.", date(2003, 3, 11)),
        ("The war began in March 2003.", date(2003, 3, 1)),
        ("The war began in September of 2001.", date(2001, 9, 1)),
        ("The treaty was signed on 2003-02-28.", date(2003, 2, 28)),
        ("The treaty was signed on 1999-12-31T10:00.", date(1999, 12, 31)),
        ("The treaty was signed on 2/28/2003.", date(2003, 2, 28)),
        # no year: the publication year, unless that is over six months ahead
        ("The embassy was stormed on 4 November.", date(2002, 11, 4)),
        ("The embassy was stormed on December 20.", date(2002, 12, 20)),
        ("The summit opens on 20 May.", date(2003, 5, 20)),
        ("The summit opened on 1 January.", date(2003, 1, 1)),
    ],
)
def test_explicit_dates(text: str, expected: date) -> None:
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ivanov arrived in Tehran.",
        "The two sides may meet again.",  # "may" the verb
        "Thousands march through the capital.",  # "march" the verb
        "The talks were held on 31 February.",  # no such day
        "The weekday is not named here.",
        "They met in the spring.",
        "",
    ],
)
def test_no_date_expression_gives_none(text: str) -> None:
    assert resolve_date(text, PUB) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivanov met Khatami yesterday.", None),
        ("Ivanov met Khatami on Wednesday.", None),
        ("The talks were held on 11 March.", None),
        ("The talks were held on 11 March 2003.", date(2003, 3, 11)),
        ("The treaty was signed on 2003-02-28.", date(2003, 2, 28)),
    ],
)
def test_without_publication_date_only_full_dates_resolve(text: str, expected: date | None) -> None:
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Ivanov said the talks of 4 March had failed.", date(2003, 3, 10)),
        ("On 4 March, Ivanov said yesterday's talks had failed.", date(2003, 3, 4)),
        ("Ivanov met Khatami on Monday and Rowhani on Wednesday.", date(2003, 3, 10)),
    ],
)
def test_first_expression_wins(text: str, expected: date) -> None:
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (date(2003, 1, 15), "The deal was signed last month.", date(2002, 12, 1)),
        (date(2003, 1, 15), "The rally was held on 28 December.", date(2002, 12, 28)),
        (date(2003, 3, 31), "The rally was held three months ago.", date(2002, 12, 1)),
        (date(2004, 3, 1), "The rally was held yesterday.", date(2004, 2, 29)),
        (date(2003, 3, 16), "The rally was held on Sunday.", date(2003, 3, 16)),
    ],
)
def test_boundaries(published: date, text: str, expected: date) -> None:
    assert resolve_date(text, published) == expected
