"""An assault (18x) done in a town that names no victim strikes the town's people, not the
country or the government its capital stands for, and so does humanitarian aid (073, 1623)
given or stopped there: "blew themselves up in Tel Aviv" targets
ISRCVL (was ISR), "in Baghdad" IRQCVL (was IRQGOV, the capital's government). An assault
that names its victims keeps them; a rally in a capital is no assault. The first sentence is
the CAMEO codebook's example of 1831 (shortened); the others were written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Palestinian suicide bombers killed 23 people late Sunday when they blew "
            "themselves up in Tel Aviv.",
            ("PSEREB", "1831", "ISRCVL"),
        ),
        (
            "A suicide bomber blew himself up in Baghdad on Monday, police said.",
            ("IRQREB", "1831", "IRQCVL"),
        ),
        # a country, not a town, stays itself
        ("A suicide bomber blew himself up in Israel on Monday.", ("ISRREB", "1831", "ISR")),
        # the victims named stay the target
        ("Gunmen killed two policemen in Baghdad on Monday.", ("IRQREB", "193", "IRQCOP")),
        # no assault: the capital stays its government
        ("Iraqi Kurds held a rally in Baghdad.", ("IRQCVL", "141", "IRQGOV")),
    ],
)
def test_assault_in_a_town(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Red Cross officials suspended aid deliveries in Baghdad on Wednesday.",
            ("NGOHLHIRC", "1623", "IRQCVL"),
        ),
        ("The UN resumed food deliveries in Mogadishu.", ("IGOUNO", "073", "SOMCVL")),
        # military aid is no aid to the people: the country stays
        ("The US suspended military aid to Egypt.", ("USA", "1622", "EGY")),
    ],
)
def test_aid_in_a_town(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a town of a young state, attacked before its independence, is the older country's
        (
            "Sudanese rebels shelled Juba on Sunday.",
            "1992-03-01",
            ("SDNREB", "194", "SDNCVL"),
        ),
        ("Ethiopian jets bombed Asmara on Sunday.", "1990-03-01", ("ETHMIL", "195", "ETHCVL")),
        ("Serbian police shelled Pristina on Sunday.", "1999-03-01", ("SRBCOP", "194", "SRBCVL")),
        # after it, the newer state's
        ("Sudanese rebels shelled Juba on Sunday.", "2015-03-01", ("SDNREB", "194", "SSDCVL")),
    ],
)
def test_town_of_a_young_state(text: str, published: str, expected) -> None:
    assert expected in triples(text, published=published)
