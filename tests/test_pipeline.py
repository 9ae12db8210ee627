"""The whole path: text in, coded events out (real spaCy pipeline)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import detente
from detente.pipeline import get_coder
from detente.records import Document


@pytest.fixture(scope="module")
def coder():
    return get_coder()


def triples(events) -> set[tuple[str | None, str, str | None, str]]:
    return {
        (
            e.source.code if e.source else None,
            e.cameo.code,
            e.target.code if e.target else None,
            e.factuality,
        )
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian Foreign Minister Igor Ivanov arrived in Tehran.",
            ("RUSGOV", "042", "IRNGOV", "asserted"),
        ),
        ("Iraq was attacked by Iran on Monday.", ("IRN", "190", "IRQ", "asserted")),
        ("The United States did not meet North Korea.", ("USA", "040", "PRK", "negated")),
        ("Iran will probably attack Iraq if talks fail.", ("IRN", "190", "IRQ", "hypothetical")),
        ("Russia says it will supply Iran with nuclear fuel.", ("RUS", "033", "IRN", "asserted")),
        (
            "Washington has called on Moscow to abandon the project.",
            ("USAGOV", "020", "RUSGOV", "asserted"),
        ),
        ("Israeli troops killed two Palestinians.", ("ISRMIL", "190", "PSECVL", "asserted")),
        ("China condemned Japan.", ("CHN", "111", "JPN", "asserted")),
        ("France imposed sanctions on Syria.", ("FRA", "163", "SYR", "asserted")),
        ("The Kremlin praised Minsk for its stance.", ("RUSGOV", "051", "BLRGOV", "asserted")),
        # a role noun takes its country from a from/in phrase
        ("Rebels in Sudan attacked Chad.", ("SDNREB", "190", "TCD", "asserted")),
        ("Doctors from Sweden sent medicine to Haiti.", ("SWEHLH", "073", "HTI", "asserted")),
    ],
)
def test_code_finds_event(text: str, expected: tuple) -> None:
    events = detente.code(text, published="2010-05-10")
    assert expected in triples(events), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal will support Turkey.", ("PRT", "032", "TUR", "asserted")),
        ("Israel refused to meet Syria.", ("ISR", "125", "SYR", "asserted")),
        ("Iran threatened to attack Iraq.", ("IRN", "138", "IRQ", "asserted")),
        ("France agreed to send troops to Mali.", ("FRA", "0332", "MLI", "asserted")),
        ("Israel did not agree to meet Syria.", ("ISR", "036", "SYR", "negated")),
        # refusing to sign or ratify an agreement rejects it (127), not just anything (120)
        (
            "Serbia declined to sign a cooperation pact with Kosovo.",
            ("SRB", "127", "KSV", "asserted"),
        ),
        ("India refused to ratify the treaty with Pakistan.", ("IND", "127", "PAK", "asserted")),
    ],
)
def test_stance_selects_intent_refuse_threaten_codes(text: str, expected: tuple) -> None:
    events = detente.code(text, published="2010-05-10")
    assert triples(events) == {expected}, [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yemen has rejected a U.S. request.", ("YEM", "USA")),
        ("The United States demanded that Syria withdraw.", ("USA", "SYR")),
    ],
)
def test_target_named_inside_the_object(text: str, expected: tuple) -> None:
    events = detente.code(text, published="2010-05-10")
    pairs = {(e.source.code, e.target.code if e.target else None) for e in events}
    assert expected in pairs, [e.to_dict() for e in events]


def test_reciprocal_event_goes_both_ways() -> None:
    events = detente.code("Jordan and Britain signed an agreement.", published="2010-05-10")
    pairs = {(e.source.code, e.target.code) for e in events if e.cameo.root == "05"}
    assert pairs == {("JOR", "GBR"), ("GBR", "JOR")}


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose sharply on Monday as traders worried about supply.",
        "The weather in Paris was mild.",
        "",
    ],
)
def test_code_finds_nothing_without_actors(text: str) -> None:
    assert detente.code(text, published="2010-05-10") == []


def test_coordinated_sources_each_get_an_event() -> None:
    events = detente.code("Russia and France condemned Israel.", published="2010-05-10")
    sources = {e.source.code for e in events if e.cameo.root == "11"}
    assert sources == {"RUS", "FRA"}


def test_later_mention_keeps_the_title(coder) -> None:
    text = (
        "Russian Prime Minister Dmitry Medvedev arrived in Minsk today.\n\n"
        "Medvedev signed an agreement with Belarus on Tuesday."
    )
    doc = Document(id="t1", text=text, published=date(2019, 6, 4))
    events = next(coder.code_documents([doc])).events
    assert ("RUSGOV", "057", "BLR", "asserted") in triples(events)


def test_offsets_point_into_the_document(coder) -> None:
    text = "Some words first.\n\nChina condemned Japan on Friday."
    doc = Document(id="t2", text=text, published=date(2010, 5, 10))
    (event,) = next(coder.code_documents([doc])).events
    ev = event.evidence
    assert text[ev.start : ev.end] == ev.trigger == "condemned"
    assert ev.sentence_index == 1
    assert event.date == date(2010, 5, 7)


def test_event_ids_are_stable(coder) -> None:
    doc = Document(id="t3", text="China condemned Japan.", published=date(2010, 5, 10))
    first = [e.event_id for e in next(coder.code_documents([doc])).events]
    again = [e.event_id for e in next(coder.code_documents([doc])).events]
    assert first == again and len(first) == 1


def test_event_json_contract() -> None:
    (event,) = detente.code("China condemned Japan.", published="2010-05-10", doc_id="d1")
    data = json.loads(json.dumps(event.to_dict()))
    for key in (
        "doc_id",
        "event_id",
        "date",
        "source",
        "target",
        "cameo",
        "goldstein",
        "quad_class",
        "factuality",
        "location",
        "evidence",
    ):
        assert key in data
    assert data["doc_id"] == "d1"
    assert data["cameo"] == {"code": "111", "root": "11", "name": data["cameo"]["name"]}
    assert set(data["source"]) >= {"text", "code", "country", "sector"}
    assert set(data["evidence"]) >= {"sentence", "sentence_index", "trigger", "start", "end"}
    assert data["quad_class"] == 3 and data["goldstein"] < 0


def test_fixture_article(fixtures: Path, coder) -> None:
    from detente.ingest import read_inputs

    (doc,) = list(read_inputs([str(fixtures / "articles" / "minsk-visit.txt")]))
    assert doc.published == date(2019, 6, 4)
    events = next(coder.code_documents([doc])).events
    found = triples(events)
    assert ("RUSGOV", "042", "BLRGOV", "asserted") in found
    assert any(s == "LTUGOV" and c == "020" for s, c, _, _ in found)  # Vilnius has called on
    assert all("Breaking News" not in e.evidence.sentence for e in events)
    visit = next(e for e in events if e.cameo.code == "042")
    assert visit.location is not None and visit.location.country == "BLR"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a place inside a part of a city, and a name after its descriptive adjectives
        ("A car bomb killed five Syrian soldiers in a northern suburb of Damascus.", "SYR"),
        (
            "A car bomb killed a Lebanese journalist in a residential sector of mostly "
            "Christian eastern Beirut.",
            "LBN",
        ),
    ],
)
def test_the_place_inside_a_part_of_a_city(text: str, country: str) -> None:
    events = detente.code(text, published="2011-04-02")
    assert events and all(e.location and e.location.country == country for e in events)


@pytest.mark.parametrize(
    ("text", "admin1", "target"),
    [
        # a region, on the object's phrase; a division noun after its name
        ("Ethiopian troops shelled positions in Tigray.", "ET53", "ETH"),
        ("Russian forces attacked targets in the Donetsk region.", "UP05", "UKR"),
        ("Militants attacked a camp in Helmand province.", "AF10", "AFG"),
    ],
)
def test_a_region_places_the_event(text: str, admin1: str, target: str) -> None:
    events = detente.code(text, published="2022-05-05")
    assert events and all(e.location and e.location.admin1 == admin1 for e in events)
    assert any(e.target and e.target.country == target for e in events)


def test_a_named_division_in_the_target_slot_is_its_country() -> None:
    events = detente.code("Russian artillery shelled the Donetsk region.", published="2022-05-05")
    assert any(e.target and e.target.country == "UKR" for e in events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # at home a protest is a claim on the government, abroad on the place's country
        ("Kenyan students protested in Nairobi.", "KENGOV"),
        ("Kenyan students protested in Kampala.", "UGAGOV"),
    ],
)
def test_a_protest_s_place(text: str, target: str) -> None:
    events = detente.code(text, published="2011-04-02")
    assert [e.target.code for e in events if e.target] == [target]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only country named is the attacker's: the victims are of the town's country
        ("Russian missiles killed 12 civilians in Kharkiv.", ("RUS", "UKRCVL")),
        ("Turkish jets bombed militants in northern Iraq.", ("TURMIL", "IRQREB")),
        # both the police and the protesters are of the town's country
        (
            "Police arrested 20 protesters in Kharkiv after Russian officials left.",
            ("UKRCOP", "UKRCVL"),
        ),
        # a country given by the words is kept
        ("Russian troops detained Ukrainian civilians in Kharkiv.", ("RUSMIL", "UKRCVL")),
        ("Israeli troops arrested Palestinians in Tel Aviv.", ("ISRMIL", "PSECVL")),
    ],
)
def test_a_role_takes_the_country_of_the_event_s_place(text: str, expected: tuple) -> None:
    events = detente.code(text, published="2022-05-05")
    assert expected in {(e.source.code, e.target.code) for e in events if e.source and e.target}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # no country is named; the town is a gazetteer city, not a knowledge-base capital
        ("Militants attacked a police station in Kandahar on Monday.", "AFGREB"),
        ("Rebels ambushed an army convoy near Goma on Friday.", "CODREB"),
        ("Gunmen stormed a bank in Mosul on Tuesday.", "IRQREB"),
    ],
)
def test_armed_men_of_no_country_are_of_the_town_they_fight_in(text: str, source: str) -> None:
    events = detente.code(text, published="2010-05-05")
    assert source in {e.source.code for e in events if e.source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # property of no named owner is the country's where it stands
        ("Rebels blew up a bridge in Mosul on Monday.", ("IRQREB", "1712", "IRQ")),
        # a named owner is kept
        ("Israeli troops demolished Palestinian homes in Hebron.",
         ("ISRMIL", "1712", "PSECVL")),
    ],
)  # fmt: skip
def test_property_destroyed_at_a_place(text: str, expected: tuple) -> None:
    events = detente.code(text, published="2010-05-05")
    assert expected in {(e.source.code, e.cameo.code, e.target.code) for e in events if e.target}


def test_a_role_with_no_town_stays_uncoded() -> None:
    # the same words without a place: nothing gives the militants a country
    assert (
        detente.code("Militants attacked a police station on Monday.", published="2010-05-05") == []
    )


def test_a_sentence_naming_only_the_two_countries_is_coded() -> None:
    """ "The two countries signed ...": no name in the sentence, but two countries before."""
    events = detente.code(
        "Iran and Iraq resumed talks in Geneva. The two countries signed a trade deal on Tuesday.",
        published="2010-05-01",
    )
    second = {
        (e.source.code, e.cameo.code[:2], e.target.code)
        for e in events
        if e.evidence.sentence_index == 1
    }
    assert ("IRN", "06", "IRQ") in second and ("IRQ", "06", "IRN") in second


def _coded(doc: Document) -> set[tuple]:
    (coded,) = detente.code_documents([doc])
    return {
        (e.source.code if e.source else None, e.cameo.code, e.target.code if e.target else None)
        for e in coded.events
    }


@pytest.mark.parametrize(
    "doc",
    [
        # the dateline's country
        Document(
            id="home",
            text="The police fired tear gas at protesters on Friday.",
            published=date(2017, 8, 10),
            place="NAIROBI",
        ),
        # the one country of the document's earlier sentences
        Document(
            id="earlier",
            text="Kenya held a disputed election on Tuesday. Kenyan opposition leaders rejected "
            "the results on Wednesday. The police fired tear gas at protesters in the capital.",
            published=date(2017, 8, 10),
        ),
    ],
)
def test_a_state_organ_takes_the_document_s_country(doc: Document) -> None:
    assert ("KENCOP", "175", None) in _coded(doc)


def test_a_state_organ_of_no_known_country_codes_nothing() -> None:
    doc = Document(
        id="none",
        text="The police fired tear gas at protesters on Friday.",
        published=date(2017, 8, 10),
    )
    assert not _coded(doc)


def test_a_people_without_a_state_protests_at_no_government() -> None:
    found = _coded(
        Document(id="kurds", text="Kurds protested on Sunday.", published=date(2017, 8, 10))
    )
    assert found and not any(target and target.endswith("GOV") for _, _, target in found)


def test_a_state_protests_at_no_government_of_its_own() -> None:
    found = _coded(
        Document(id="turkey", text="Turkey protested on Sunday.", published=date(2017, 8, 10))
    )
    assert found and not any(target == "TURGOV" for _, _, target in found)
    # its people still protest at it
    found = _coded(
        Document(
            id="turks", text="Turkish students protested on Sunday.", published=date(2017, 8, 10)
        )
    )
    assert any(target == "TURGOV" for _, _, target in found)


def test_a_place_named_by_a_participle_on_the_object() -> None:
    events = detente.code(
        "Afghan guerillas blew up three main electric power lines leading into Kabul.",
        published="1989-03-10",
    )
    blown = next(e for e in events if e.cameo.code == "1712")
    assert blown.location is not None and blown.location.name == "Kabul"
    assert blown.target is not None and blown.target.code == "AFG"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombian rebels laid down their arms on Monday.", ("COLREB", "0873", "COLGOV")),
        (
            "One third of the Sudanese rebels have been demobilized since the accord.",
            ("SDNREB", "0873", "SDNGOV"),
        ),
    ],
)
def test_rebels_standing_down_do_so_toward_their_state(text: str, expected: tuple) -> None:
    events = detente.code(text, published="2001-10-01")
    found = {(e.source.code, e.cameo.code, e.target.code if e.target else None) for e in events}
    assert expected in found


def test_a_state_standing_down_names_no_target_of_its_own() -> None:
    events = detente.code("Colombian troops withdrew on Monday.", published="2001-10-01")
    assert all(e.target is None for e in events if e.cameo.code.startswith("087"))


def test_a_visit_happens_where_it_goes() -> None:
    """A visit the sentence names by its destination ("trip to Tehran") is placed there, not
    at the dateline's city."""
    text = (
        "PRAGUE, 11 March 2003 (RFE/RL) -- Russian Foreign Minister Igor Ivanov's trip to "
        "Tehran today has been eagerly anticipated."
    )
    doc = Document(id="v", text=text, published=date(2003, 3, 11), place="Prague")
    visits = [
        e for d in get_coder().code_documents([doc]) for e in d.events if e.cameo.code == "042"
    ]
    assert visits and {e.location.name for e in visits} == {"Tehran"}
    # with no destination or place named, the dateline still places it
    text = "PRAGUE, 11 March 2003 (RFE/RL) -- Ivanov held talks with Iranian officials."
    doc = Document(id="w", text=text, published=date(2003, 3, 11), place="Prague")
    talks = [e for d in get_coder().code_documents([doc]) for e in d.events]
    assert talks and {e.location.name for e in talks} == {"Prague"}


def test_selection_hands_the_parser_the_tokens_it_read(coder) -> None:
    """A selected sentence comes with the tokens selection read, which the parser takes as
    they are; the events are those of coding the text (the second sentence, with no
    trigger, is not selected)."""
    text = "Russia condemned Georgia on Monday. The weather was fine."
    sentences = coder.splitter.split(text)
    selected = coder._select(sentences)
    assert [(s.index, [t.text for t in tokens]) for s, tokens in selected] == [
        (0, ["Russia", "condemned", "Georgia", "on", "Monday", "."])
    ]
    assert not selected[0][1].has_annotation("DEP")  # read, not parsed
    (coded,) = coder.code_documents([Document(id="d1", text=text, published=date(2011, 4, 2))])
    assert triples(coded.events) == {("RUS", "111", "GEO", "asserted")}
