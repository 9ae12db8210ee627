"""Round 16 of actor resolution (real war reporting): a state's bare challengers ("the
rebels", "militants", "the opposition") take the document's one clear country, as its organs
do; a state's or a people's adjective before a military site ("Turkish positions") names its
fighters; the victims of an attack from the air are not of the attacker's adjective; a
stateless people (the Kurds) takes only a country it lives in from its sentence, never a
distant power acting on it. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import in_document, resolve

SPRING = date(2019, 3, 20)
SYRIA_STORY = [
    "Syrian government forces have pushed into the last rebel stronghold in Syria.",
    "The offensive in northern Syria has displaced 200,000 people.",
]


@pytest.mark.parametrize(
    ("last", "phrase", "expected"),
    [
        ("The rebels attacked the army.", "rebels", ["SYRREB"]),
        ("Militants killed the mayor on Tuesday.", "Militants", ["SYRREB"]),
        (
            "The government has accused the opposition of breaking the truce.",
            "opposition",
            ["SYROPP"],
        ),
    ],
)
def test_bare_challengers_take_the_document_country(
    parts, last: str, phrase: str, expected: list[str]
) -> None:
    assert in_document(parts, [*SYRIA_STORY, last], phrase, SPRING) == expected


def test_bare_challengers_need_a_clear_country(parts) -> None:
    # one earlier sentence names Syria: not enough to place "the rebels"
    story = ["Syrian forces pushed on.", "The rebels attacked the army."]
    assert in_document(parts, story, "rebels", SPRING) == []


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The Kurds shelled Turkish positions across the border.", "positions", ["TURMIL"]),
        ("Jets bombed Kurdish positions overnight.", "positions", ["KURREB"]),
        ("Israeli jets struck Syrian army positions near Damascus.", "positions", ["SYRMIL"]),
        # no adjective of a state or people: no actor
        ("Russia has strengthened its positions in the Middle East.", "positions", []),
    ],
)
def test_military_sites_name_their_holders(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=SPRING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two civilians were killed in a Russian airstrike on Idlib.", ["SYRCVL"]),
        ("Russian airstrikes killed 20 civilians in Idlib.", ["SYRCVL"]),
        ("Two civilians were killed in a Russian airstrike.", []),
    ],
)
def test_victims_are_not_of_the_attackers_adjective(parts, text: str, expected: list[str]) -> None:
    assert resolve(parts, text, "civilians", published=SPRING) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The US supported the Kurdish fighters with airstrikes.", "fighters", ["KURREB"]),
        ("The US armed the Kurds.", "Kurds", ["KURCVL"]),
        ("Britain condemned the Kurds.", "Kurds", ["KURCVL"]),
        # a country they live in, named in the sentence, is still theirs
        ("Turkish soldiers killed three Kurdish fighters.", "fighters", ["TURREB"]),
    ],
)
def test_stateless_people_only_in_their_homelands(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=SPRING) == expected


def test_a_known_full_name_keeps_its_holder_against_a_misparsed_apposition(parts) -> None:
    # "a Turkish presidential source" is the speaker, parsed as Putin's apposition
    text = (
        "Turkish President Tayyip Erdogan has made that call to Vladimir Putin, a Turkish "
        "presidential source told Reuters."
    )
    assert resolve(parts, text, "Putin", published=date(2018, 4, 12)) == ["RUSGOV"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # out of office on the article's date, by full name: an elite of the country served
        ("Barack Obama criticised Russia.", "Obama", ["USAELI"]),
        ("Rex Tillerson met Putin in Moscow.", "Tillerson", ["USAELI"]),
        # a surname alone is not enough
        ("Tillerson met Putin in Moscow.", "Tillerson", []),
        # a title of another office wins ("U.N. Secretary-General", not South Korea's
        # former foreign minister)
        ("U.N. Secretary-General Ban Ki-moon urged restraint.", "Ban", ["IGOUNO"]),
    ],
)
def test_former_office_holders_are_elites(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=date(2018, 6, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        ("António Guterres urged Russia to stop the bombing.", "Guterres", date(2018, 6, 1),
         ["IGOUNO"]),
        # NATO's secretary-general, not Norway's former prime minister
        ("Jens Stoltenberg criticised Russia.", "Stoltenberg", date(2018, 6, 1), ["IGONAT"]),
        ("Staffan de Mistura met Lavrov in Moscow.", "Mistura", date(2018, 6, 1), ["IGOUNO"]),
        # after his term: no code (a former head of an organisation is no former state
        # official, whatever office he held before it)
        ("Jens Stoltenberg criticised Russia.", "Stoltenberg", date(2025, 6, 1), []),
    ],
)  # fmt: skip
def test_heads_of_international_organisations(
    parts, text: str, phrase: str, published: date, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        ("Sajid Javid revoked her citizenship.", "Javid", date(2019, 2, 20), ["GBRGOV"]),
        ("John Bolton met Netanyahu in Jerusalem.", "Bolton", date(2019, 1, 6), ["USAGOV"]),
        # after the office: an elite, by the former-holder rule
        ("John Bolton criticised Trump.", "Bolton", date(2020, 6, 1), ["USAELI"]),
    ],
)
def test_security_advisers_and_home_secretaries(
    parts, text: str, phrase: str, published: date, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=published) == expected
