"""Actors the resolver codes from their context: roles and titled people without a country
take the one country their sentence names. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.resolve import DocContext, SentenceActors
from tests.actors.conftest import resolve


def rule(parts, text: str, phrase: str) -> str | None:
    nlp, kb, matcher = parts
    doc = nlp(text)
    actors = SentenceActors(doc, 0, DocContext(kb=kb), matcher.spans(doc))
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    found = actors.actors(span.root)
    return found[0].rule if found else None


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the sentence's one country is where the role acts
        ("Protesters in Kiev clashed with police on Sunday.", "police", ["UKRCOP"]),
        ("Rebels attacked an army post in northern Mali, officials said.", "Rebels", ["MLIREB"]),
        (
            "Opposition leaders accused the ruling party of fraud in the Kenyan election.",
            "Opposition leaders",
            ["KENOPP"],
        ),
        # a titled person the knowledge base does not know
        ("Colonel Tamba said Guinea would not hand over power.", "Tamba", ["GINMIL"]),
        # the country is the role's own subject clause elsewhere: still the only one
        ("Troops fired on students, Nigerian radio reported.", "Troops", ["NGAMIL"]),
    ],
)
def test_role_takes_the_sentences_only_country(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


def test_the_rule_is_shown(parts) -> None:
    text = "Protesters in Kiev clashed with police on Sunday."
    assert rule(parts, text, "police") == "role without a country: the sentence's only country"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the only country is the other party of the role's own verb
        ("The government expressed thanks for China's help.", "government"),
        ("The president met the Russian envoy on Monday.", "president"),
        ("Police arrested three Syrian refugees.", "Police"),
        # acted on in another clause
        ("The president said he would visit Russia next week.", "president"),
        # the source of something given
        ("The government received aid from Japan.", "government"),
        # two countries: no telling which
        ("The minister said France and Germany would help.", "minister"),
    ],
)
def test_role_stays_uncoded(parts, text, phrase) -> None:
    assert resolve(parts, text, phrase) == []


def codes_of(parts, text: str, index: int) -> list[str]:
    """The codes the token at ``index`` (of the whole sentence) stands for."""
    nlp, kb, matcher = parts
    doc = nlp(text)
    actors = SentenceActors(doc, 0, DocContext(kb=kb), matcher.spans(doc))
    return [a.code for a in actors.actors(doc[index])]


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # a person named through an organisation or a title: the subject above
        ("UN envoy Lakhdar Brahimi said that he would resign.", "he", ["IGOUNO"]),
        ("The Israeli defence minister said he would resign.", "he", ["ISRGOV"]),
        # not a country subject: "he" is a person
        ("Russia said he was a spy.", "he", []),
    ],
)
def test_person_pronoun_takes_the_speaking_person(parts, text, pronoun, expected) -> None:
    nlp = parts[0]
    index = next(t.i for t in nlp(text) if t.lower_ == pronoun)
    assert codes_of(parts, text, index) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Israel withdrew its troops from the border town.", "its troops", ["ISRMIL"]),
        ("Russia said its forces would leave the region.", "its forces", ["RUSMIL"]),
        ("Putin said his government would not negotiate.", "his government", ["RUSGOV"]),
        ("Turkey said that its army had crossed the border.", "its army", ["TURMIL"]),
    ],
)
def test_possessive_pronoun_gives_the_antecedents_country(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, date(2020, 1, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Putin said his wife was ill.", "his wife"),  # no role: not an actor
        ("The children lost their homes.", "their homes"),
    ],
)
def test_possessive_without_a_role_stays_uncoded(parts, text, phrase) -> None:
    assert resolve(parts, text, phrase) == []


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "African diplomats urged the two sides to stop fighting.",
            "African diplomats",
            ["AFRGOV"],
        ),
        ("European ministers met in Brussels on Monday.", "European ministers", ["EURGOV"]),
        ("West African leaders condemned the coup.", "West African leaders", ["WAFGOV"]),
        ("Latin American presidents signed the pact.", "Latin American presidents", ["LAMGOV"]),
        # Central America is part of Latin America (no code of its own), not the US
        ("Central American presidents signed the pact.", "Central American presidents", ["LAMGOV"]),
        ("Southeast Asian ministers met in Manila.", "Southeast Asian ministers", ["SEAGOV"]),
        # a longer name still wins: an organisation, a country
        ("The European Union imposed sanctions.", "European Union", ["IGOEEC"]),
        ("South African troops crossed the border.", "South African troops", ["ZAFMIL"]),
    ],
)
def test_regions_code_as_the_country_part(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a region's name is a place, not an actor
        ("The Middle East envoy met the king.", "envoy"),
        ("Europe condemned the attack.", "Europe"),
        # a region does not count as the sentence's country
        ("The president spoke in Europe on Monday.", "president"),
    ],
)
def test_region_words_that_give_no_actor(parts, text, phrase) -> None:
    # no country from a region (a role acting still gets CAMEO's country unknown, "---")
    assert [c for c in resolve(parts, text, phrase) if not c.startswith("---")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Police in Herat arrested two men.", "Police", ["AFGCOP"]),
        ("Protesters in the town of Cizre clashed with soldiers.", "Protesters", ["TURCVL"]),
        ("Rebels in Aleppo shelled the airport.", "Rebels", ["SYRREB"]),
        ("The mayor of Mosul resigned on Friday.", "mayor", ["IRQGOV"]),
    ],
)
def test_role_in_a_city_takes_the_citys_country(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # no role: a place alone makes no actor
        ("Two men in Herat were seen on Friday.", "men"),
        # a name the gazetteer does not know
        ("Police in Zorbakistan arrested two men.", "Police"),
    ],
)
def test_city_gives_no_actor(parts, text, phrase) -> None:
    # no country from the place (a role acting still gets CAMEO's country unknown, "---")
    assert [c for c in resolve(parts, text, phrase) if not c.startswith("---")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # foreign and defence ministers outside the G20, by the article's date
        ("Dmytro Kuleba met his hosts in Rome.", "Dmytro Kuleba", date(2022, 5, 1), ["UKRGOV"]),
        ("Sikorski said the talks had failed.", "Sikorski", date(2024, 3, 1), ["POLGOV"]),
        (
            "Bilawal Bhutto Zardari visited Kabul.",
            "Bilawal Bhutto Zardari",
            date(2023, 1, 9),
            ["PAKGOV"],
        ),
        (
            "Vladimir Padrino Lopez ordered troops to the border.",
            "Padrino Lopez",
            date(2019, 2, 1),
            ["VENGOV"],
        ),
        # out of office by then: no longer coded by the table
        ("Rau said the talks had failed.", "Rau", date(2024, 6, 1), []),
    ],
)
def test_ministers_by_date(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # challengers acting on their own state take its country
        (
            "Protesters demanded the resignation of the Algerian president.",
            "Protesters",
            ["DZACVL"],
        ),
        (
            "Refugees protested against the Russian government's decision.",
            "Refugees",
            ["RUSREF"],
        ),
        # but not when they meet a state's envoy, nor attack a foreign embassy
        ("Opposition leaders met the Russian envoy.", "Opposition leaders", []),
        ("Protesters attacked the US embassy.", "Protesters", []),
        # nor a government thanking another state
        ("The government expressed thanks for China's help.", "government", []),
    ],
)
def test_challengers_of_their_own_state(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected
