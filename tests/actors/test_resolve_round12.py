"""Round 12 of actor resolution: a misspelt country name, demonym or office-holder's surname
(one slip of the keyboard from one known name) is read as that name; near-miss real names
are not. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.kb import load_kb, one_slip_apart
from detente.actors.resolve import DocContext, SentenceActors
from tests.actors.conftest import in_document, resolve

NINETIES = date(1992, 3, 4)
RECENT = date(2020, 1, 5)


@pytest.mark.parametrize(
    ("word", "known", "expected"),
    [
        ("ethopia", "ethiopia", True),  # a letter dropped
        ("phillippines", "philippines", True),  # a letter added
        ("mitterand", "mitterrand", True),
        ("ethoipia", "ethiopia", True),  # two neighbours swapped
        ("colmobia", "colombia", True),
        ("columbia", "colombia", True),  # a letter changed
        ("ethiopia", "ethiopia", False),  # the same word is no misspelling
        ("austria", "australia", False),  # two letters apart
        ("slovenia", "slovakia", False),
        ("siberia", "liberia", False),  # never in the first letter
        ("scandinavia", "scandinavian", False),  # nor in the last
        ("mexicana", "mexican", False),
        ("emirate", "emirates", False),
        ("dominick", "dominica", False),
        ("gambia", "zambia", False),
        ("nigeria", "nigera", False),  # too short
        ("iran", "iraq", False),
        ("niger", "nigeria", False),
    ],
)
def test_one_slip_apart(word: str, known: str, expected: bool) -> None:
    assert one_slip_apart(word, known) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ethopia", {"ETH"}),
        ("Phillippines", {"PHL"}),
        ("Ghanian", {"GHA"}),
        ("Ethiopia", set()),  # spelt right: matched as written, not respelt
        ("Australia", set()),
        ("Nigerien", set()),  # Nigerian or Nigeriens: a tie between two countries
        ("Iraq", set()),  # short names are never respelt
        ("Brittain", {"GBR"}),
        ("Pentland", set()),  # Puntland is a region of Somalia, no country's own name
        ("Chechan", set()),  # Chechen: a people of Russia
    ],
)
def test_respelt_places(word: str, expected: set[str]) -> None:
    codes = {e.code for _, e in load_kb().respelt_places(word)}
    if expected:
        assert codes == expected
    else:
        assert len(codes) != 1


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Ethopia closed its embassy in Cairo.", "Ethopia", ["ETH"]),
        ("The Phillippines army attacked a rebel camp.", "army", ["PHLMIL"]),
        ("Ethopian troops crossed the border on Monday.", "troops", ["ETHMIL"]),
        ("Ghanian police arrested three traders.", "police", ["GHACOP"]),
        # spelt right, as before
        ("Ethiopia closed its embassy in Cairo.", "Ethiopia", ["ETH"]),
    ],
)
def test_misspelt_country(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "near"),
    [
        # a people's name, not a misspelt demonym
        ("Javanese farmers blocked the road to the port.", "farmers", "JPN"),
        ("Sundanese villagers blocked the road to the port.", "villagers", "SDN"),
        # a place's people, not a misspelt country's
        ("Siberian workers blocked the road to the port.", "workers", "LBR"),
        ("Delegates from the Americas met in Lima.", "Delegates", "USA"),
        ("The Melians refused to surrender.", "Melians", "MLI"),
        # a given name
        ("Georgina Smith blocked the road to the port.", "Smith", "GEO"),
        ("Dominic Smith blocked the road to the port.", "Smith", "DMA"),
    ],
)
def test_real_names_are_not_respelt(parts, text: str, phrase: str, near: str) -> None:
    codes = resolve(parts, text, phrase, published=RECENT)
    assert not any(code.startswith(near) for code in codes)


def test_misspelt_country_in_the_rule(parts) -> None:
    nlp, kb, matcher = parts
    doc = nlp("Ethopia closed its embassy in Cairo.")
    actors = SentenceActors(doc, 0, DocContext(kb=kb, published=RECENT), matcher.spans(doc))
    actor = actors.actor(doc[0])
    assert actor is not None and actor.code == "ETH"
    assert "'Ethopia' read as 'ethiopia'" in actor.rule


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # first name and a surname one slip from a known office-holder's
        ("President Francois Mitterand received the Pope.", "Mitterand", NINETIES, ["FRAGOV"]),
        ("Abdelaziz Bouteflicka met Moroccan officials.", "Bouteflicka", None, ["DZAGOV"]),
        # the surname alone after a title of the person's role
        ("President Mitterand received the Pope.", "Mitterand", NINETIES, ["FRAGOV"]),
    ],
)
def test_misspelt_office_holder(
    parts, text: str, phrase: str, published: date | None, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the first name disagrees: someone else
        ("Jean Mitterand, a farmer, protested.", NINETIES),
        # the person was not in office on the article's date
        ("President Francois Mitterand received the Pope.", RECENT),
        # a title of another role than the known person's
        ("Bishop Mitterand received the Pope.", NINETIES),
    ],
)
def test_not_a_misspelt_office_holder(parts, text: str, published: date) -> None:
    codes = resolve(parts, text, "Mitterand", published=published)
    assert not any(code.startswith("FRA") for code in codes)


def test_misspelt_office_holder_in_the_rule(parts) -> None:
    nlp, kb, matcher = parts
    doc = nlp("President Francois Mitterand received the Pope.")
    actors = SentenceActors(doc, 0, DocContext(kb=kb, published=NINETIES), matcher.spans(doc))
    actor = actors.actor(doc[2])
    assert actor is not None and actor.name == "François Mitterrand"
    assert "'Mitterand' read as 'mitterrand'" in actor.rule


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a state organ in a sentence naming no country, facing one national armed group:
        # that group's country
        ("The president agreed to the demands of UNITA.", "president", ["AGOGOV"]),
        ("The army launched an offensive against the FARC.", "army", ["COLMIL"]),
        # a country named in the sentence decides, as before
        ("Portugal's president agreed to the demands of UNITA.", "president", ["PRTGOV"]),
    ],
)
def test_state_facing_a_national_armed_group(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=NINETIES) == expected


def test_state_facing_an_armed_group_in_a_document_on_another_state(parts) -> None:
    sentences = [
        "Portuguese diplomats arrived in the region on Monday.",
        "The president agreed to the demands of UNITA.",
    ]
    codes = in_document(parts, sentences, "president", published=NINETIES)
    assert not any(code.startswith("AGO") for code in codes)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a named body of a region's or a people's professionals: a transnational NGO
        (
            "Members of the Association of African Lawyers visited the prison.",
            "Members",
            ["NGOJUD"],
        ),
        ("The Union of Arab Journalists condemned the raid.", "Union", ["NGOLAB"]),
        # the professionals themselves, or a national body, keep their region or country
        ("African lawyers condemned the raid.", "lawyers", ["AFRJUD"]),
        ("The Association of Nigerian Lawyers condemned the raid.", "Association", ["NGAJUD"]),
    ],
)
def test_association_of_a_regions_professionals(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # people by whom a passive clause's action is done, in a town: the town's country
        ("Riot police broke up a march organised by students in Izmir.", "students", ["TUREDU"]),
        ("Police banned a strike called by workers in Mombasa.", "workers", ["KENLAB"]),
        # no place: no country
        ("The march organised by students was peaceful.", "students", []),
    ],
)
def test_passive_agent_in_a_town(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a party is coded by its standing first (codebook 3.1.4: OPPPTY, GOVPTY)
        ("Thailand's court dissolved the opposition Green Future Party.", "Party", ["THAOPP"]),
        ("Kenya's ruling party expelled two lawmakers.", "party", ["KENGOV"]),
        ("Kenyan opposition parties boycotted the vote.", "parties", ["KENOPP"]),
    ],
)
def test_party_by_its_standing(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(1998, 6, 1), ["AFGGOVTAL"]),  # governing Kabul
        (date(2010, 6, 1), ["AFGREBTAL"]),  # the insurgency
        (date(2023, 6, 1), ["AFGGOVTAL"]),  # back in power
        (None, ["AFGREBTAL"]),  # undated: the insurgency, the first row
    ],
)
def test_taliban_by_date(parts, published: date | None, expected: list[str]) -> None:
    text = "The Taliban closed girls' schools in the province."
    assert resolve(parts, text, "Taliban", published=published) == expected


def test_country_of_the_report_is_no_other_party(parts) -> None:
    # "according to the Pakistani secretary": who reports, not the minister's other party
    text = (
        "The interior minister allowed the opposition leader to hold a rally, according to"
        " the Pakistani interior secretary."
    )
    assert resolve(parts, text, "minister", published=RECENT) == ["PAKGOV"]
