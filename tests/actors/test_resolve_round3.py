"""Round 3 of actor resolution: collective heads, people acting where they live, roles with
no country (CAMEO "---"), religious roles and notable people, "quoted as saying".
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.resolve import DocContext, SentenceActors
from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # quantities and collections of people are the people of their of-phrase
        ("Thousands of Kenyans marched through Nairobi.", "Thousands", ["KENCVL"]),
        ("A group of Afghan refugees staged a sit-in.", "group", ["AFGREF"]),
        ("Dozens of Chinese students signed the letter.", "Dozens", ["CHNEDU"]),
        ("A contingent of Nepalese soldiers left for Haiti.", "contingent", ["NPLMIL"]),
        ("The first deployment of French troops reached Mali.", "deployment", ["FRAMIL"]),
        ("A unit of the Russian army crossed the border.", "unit", ["RUSMIL"]),
        ("Two of the Turkish journalists were freed.", "Two", ["TURMED"]),
        ("Members of the Polish parliament walked out.", "Members", ["POLLEG"]),
        # a role head keeps its own role: the leader of, the residents of
        ("The leader of Chile thanked the donors.", "leader", ["CHLGOV"]),
        ("Residents of Haifa fled the fires.", "Residents", ["ISRCVL"]),
    ],
)
def test_collective_heads(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # people who protest, strike or riot do it where they live
        ("Students marched in Lyon against the new law.", "Students", ["FRAEDU"]),
        ("Thousands of people rallied in Belgrade on Sunday.", "Thousands", ["SRBCVL"]),
        ("Prisoners rioted at a jail near Lima on Monday.", "Prisoners", ["PEROPP"]),
        ("Workers affiliated with a Greek union blocked the port.", "Workers", ["GRCLAB"]),
        # a challenger acting on its own state, named twice
        (
            "Refugees protested the Russian government's refusal to let them return to Russia.",
            "Refugees",
            ["RUSREF"],
        ),
    ],
)
def test_people_acting_where_they_live(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


def test_a_place_does_not_place_soldiers(parts) -> None:
    # soldiers are often abroad: where they act is not their country
    assert resolve(parts, "Troops landed at an airfield near Herat.", "Troops") == ["---MIL"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a role acting where no country is named: CAMEO's "country unknown"
        ("The government raised fuel prices on Monday.", "government", ["---GOV"]),
        ("Police arrested twelve men after the match.", "Police", ["---COP"]),
        ("Rebels ambushed a convoy on the main road.", "Rebels", ["---REB"]),
        # a non-governmental group with no country is transnational
        ("A human rights group condemned the executions.", "group", ["NGOHRI"]),
        ("An aid group said food was running out.", "group", ["NGO"]),
        # an unknown titled person
        ("President Zorbo Mbeki dissolved the cabinet.", "Mbeki", ["---GOV"]),
    ],
)
def test_roles_with_no_country(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


def test_the_unknown_country_rule_is_shown(parts) -> None:
    nlp, kb, matcher = parts
    doc = nlp("The army shelled the hills overnight.")
    actors = SentenceActors(doc, 0, DocContext(kb=kb), matcher.spans(doc))
    (army,) = actors.actors(doc[1])
    assert (army.code, army.country, army.rule) == (
        "---MIL",
        None,
        "role without a country: country unknown",
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the sentence names a country the role may belong to: no guess
        ("The government thanked Japan for its aid.", "government"),
        ("The minister said Peru and Chile would help.", "minister"),
        # not the one acting
        ("Israel condemned the attack on the police.", "police"),
        ("The attack wounded two policemen.", "policemen"),
        # no role at all
        ("Two men were seen near the border.", "men"),
        # a counterpart needs someone to be the counterpart of
        ("His counterpart arrived late.", "counterpart"),
    ],
)
def test_no_unknown_country_guess(parts, text, phrase) -> None:
    assert [c for c in resolve(parts, text, phrase) if c.startswith("---")] == []


def test_a_document_that_named_a_country_gives_no_unknown_country(parts) -> None:
    nlp, kb, matcher = parts
    ctx = DocContext(kb=kb)
    first = nlp("Kenya held elections on Tuesday.")
    SentenceActors(first, 0, ctx, matcher.spans(first)).actors(first[0])
    assert resolve(parts, "The police arrested two men.", "police", ctx=ctx) == []


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # religious titles: CAMEO's generic religious code
        ("Bishop Okello Mwangi of Kenya urged calm.", "Mwangi", None, ["KENREL"]),
        ("Iraqi clerics called for a boycott.", "clerics", None, ["IRQREL"]),
        ("A Brazilian priest was kidnapped.", "priest", None, ["BRAREL"]),
        # notable people with no government office
        ("Archbishop Desmond Tutu urged restraint.", "Tutu", date(1990, 5, 1), ["ZAFREL"]),
        ("Desmond Tutu criticised the war.", "Tutu", date(2003, 3, 1), ["ZAFELI"]),
        ("Pope Benedict XVI visited Turkey.", "Benedict", date(2006, 11, 28), ["VATREL"]),
        ("Grand Ayatollah Ali al-Sistani urged calm.", "Sistani", date(2004, 4, 1), ["IRQREL"]),
        # lawyers and terrorists (PETRARCH agents: ~JUD, ~UAF)
        ("Egyptian lawyers went on strike.", "lawyers", None, ["EGYJUD"]),
        ("A terror group based in Mombasa claimed the attack.", "group", None, ["KENUAF"]),
    ],
)
def test_religious_and_other_roles(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # "quoted as saying he ...": the one quoted
        (
            "King Abdullah of Jordan was quoted as saying he would host the talks.",
            "he",
            ["JORGOV"],
        ),
        ("Vladimir Putin was cited as saying that he would not run.", "he", ["RUSGOV"]),
    ],
)
def test_quoted_as_saying(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, date(2010, 1, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a role head of an of-phrase that names a place: the role in that place's country
        (
            "Druze inhabitants of the Syrian Golan Heights called a strike against Israel.",
            "inhabitants",
            ["SYRCVL"],
        ),
        # an ethnic group acted on is placed by where it happens
        ("Police beat ethnic Uzbeks in a market in southern Kyrgyzstan.", "Uzbeks", ["KGZCVL"]),
        # "a US national": a citizen; the adjective "national" names no one
        ("A Canadian national was detained in Iran.", "national", ["CANCVL"]),
        ("Kenya called a national strike.", "strike", []),
    ],
)
def test_places_and_citizens(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # since Zaire took the name (May 1997), news "Congo" is the DRC; Congo Republic is not
        ("Rebels in Congo seized a town.", "Rebels", date(2012, 11, 20), ["CODREB"]),
        ("Rebels in Congo seized a town.", "Rebels", date(1993, 6, 1), ["COGREB"]),
        ("Militias in eastern Congo burned a village.", "Militias", None, ["CODUAF"]),
        ("Soldiers in Congo Republic fired on protesters.", "Soldiers", None, ["COGMIL"]),
        # a generic non-governmental group named with its country is that country's
        ("Congolese aid workers were freed on Monday.", "workers", None, ["CODNGO"]),
        ("Aid workers were freed on Monday.", "workers", None, ["NGO"]),
    ],
)
def test_congo_and_national_aid_groups(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # organisations a knowledge base should know
        ("The Islamic State group claimed the bombing.", "group", date(2016, 1, 1), ["IMGMOSISI"]),
        ("ISIL fighters seized the town.", "fighters", date(2014, 6, 10), ["IMGMOSISI"]),
        ("Daesh released a video.", "Daesh", date(2015, 2, 1), ["IMGMOSISI"]),
        ("AQAP claimed the raid.", "AQAP", None, ["IMGMOSALQ"]),
        (
            "The Syrian Observatory for Human Rights said 12 died.",
            "Observatory",
            None,
            ["SYROPPHRI"],
        ),
        ("Reporters Without Borders condemned the arrest.", "Reporters", None, ["NGOHRIMED"]),
        ("Transparency International published its index.", "Transparency", None, ["NGODEV"]),
        ("G20 finance ministers met in Riyadh.", "ministers", None, ["IGOGTW"]),
    ],
)
def test_organisations(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a name described by an apposition naming an organisation is of that organisation
        (
            "Tokuro Hayashi, the United Nations aid coordinator, urged both sides to talk.",
            "Hayashi",
            ["IGOUNO"],
        ),
        # radicals acting on their own state are of its country (and of their faith, as the
        # codebook's MOSRAD)
        (
            "Islamist radicals demanded the resignation of the Tunisian president.",
            "radicals",
            ["TUNMOSRAD"],
        ),
    ],
)
def test_appositions_and_radicals(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected
