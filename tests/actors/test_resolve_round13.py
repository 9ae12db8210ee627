"""Round 13 of actor resolution: a bare "the military" or "the government" after the same
organ named with its country is that country's; an acronym of several organisations takes
the reading of the country a town of its sentence lies in, or its armed reading beside a word
of an armed group; a town the parser took for another word still places a role. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import in_document, resolve

WAR = date(2024, 2, 10)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the same organ named before with its country, as the other party of another verb
        (
            "The militia, which has clashed with the Malian army for weeks, accused the "
            "military of burning a village near Gao.",
            "military",
            ["MLIMIL"],
        ),
        (
            "Protesters who marched against the Kenyan government on Friday urged the "
            "government to drop the tax, Tanzania's president said.",
            "the government to",
            ["KENGOV"],
        ),
    ],
)
def test_organ_named_again(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # organs of two countries named before: no guess
        (
            "Rebels who fought the Malian army and the Nigerien army accused the military of "
            "abuses.",
            "military",
        ),
        # the earlier organ is the bare one's co-argument: not the same organ
        ("Russian forces fought the army near the Polish border.", "army"),
        # a determiner other than "the": any army
        (
            "The militia, which has clashed with the Malian army for weeks, said an army of "
            "volunteers had joined it.",
            "army of",
        ),
    ],
)
def test_organ_not_named_again(parts, text: str, phrase: str) -> None:
    codes = resolve(parts, text, phrase, published=WAR)
    assert not any(c.startswith("MLI") or c.startswith("RUS") for c in codes)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a town of the sentence in Sudan: the Rapid Support Forces (rebels since 2023-04-15)
        ("The RSF shelled El Fasher overnight, residents said.", "RSF", ["SDNREB"]),
        # a word of an armed group beside the acronym
        ("The paramilitary RSF seized a bridge overnight.", "RSF", ["SDNREB"]),
        # no country, no armed word: the transnational reading, listed first
        ("RSF condemned the jailing of three reporters.", "RSF", ["NGOHRIMED"]),
        ("The RSF condemned the arrest of two reporters in Tehran.", "RSF", ["NGOHRIMED"]),
    ],
)
def test_acronym_of_several_organisations(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


def test_town_the_parser_took_for_a_verb(parts) -> None:
    # "Sagaing" is parsed as a verb ("sagae") but labelled a location: it still places the
    # village in Myanmar
    text = "Military jets bombed a village in Sagaing region on Tuesday, killing 40 people."
    assert resolve(parts, text, "village", published=WAR) == ["MMRCVL"]


def test_people_word_points_back_at_its_organisation(parts) -> None:
    # "the Kurdish militia": the organisation named before with the same word, not the
    # sentence's other country (Turkey)
    sentences = [
        "The truce required Kurdish YPG fighters to leave the border strip by Tuesday.",
        "The Kurdish militia said it had left, but Ankara rejected the claim.",
    ]
    assert in_document(parts, sentences, "militia", published=date(2019, 11, 5)) == ["SYRREB"]
    # "the Palestinian group": the organisation coded with that country
    sentences = [
        "Hamas fighters fired rockets at Ashkelon on Monday.",
        "The Palestinian group said the barrage answered an Israeli raid.",
    ]
    assert in_document(parts, sentences, "group", published=WAR) == ["PSEREBHMS"]
    # an organisation of another people is not "the Palestinian group"
    sentences = [
        "Hezbollah fighters fired rockets at Kiryat Shmona on Monday.",
        "The Palestinian group said the barrage answered an Israeli raid.",
    ]
    assert in_document(parts, sentences, "group", published=WAR) != ["LBNREBHEZ"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The SBU detained two men in Odesa on Friday.", "SBU", ["UKRSPY"]),
        ("The Basij beat students in Tabriz.", "Basij", ["IRNMIL"]),
        ("Arakan Army fighters seized a town in Rakhine.", "Arakan Army", ["MMRREB"]),
        ("The Qassam Brigades fired rockets at Sderot.", "Qassam Brigades", ["PSEREBHMS"]),
        ("The TTP claimed the bombing in Peshawar.", "TTP", ["PAKREB"]),
    ],
)
def test_named_security_bodies_and_armed_groups(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


def test_representatives_of_two_parties(parts) -> None:
    # the representatives of each party the of-phrase coordinates
    text = (
        "Norway said that delegates of the Colombian army and the ELN had met in Oslo to "
        "discuss a truce."
    )
    assert resolve(parts, text, "delegates", published=WAR) == ["COLMIL", "COLREB"]
    text = "Representatives of Hamas and Fatah signed the accord in Algiers on Thursday."
    assert resolve(parts, text, "Representatives", published=WAR) == ["PSEREBHMS", "PSEGOVFTA"]


def test_state_organ_among_towns_of_one_country(parts) -> None:
    # no country word: the one country of the sentence's towns, before the religion
    text = "Gunmen shot dead four Sunni police officers at a checkpoint outside Ramadi overnight."
    assert resolve(parts, text, "officers", published=WAR) == ["IRQCOP"]
    # towns of two countries: no guess from them
    text = "Gunmen shot dead four Sunni police officers between Ramadi and Aleppo overnight."
    assert resolve(parts, text, "officers", published=WAR) != ["IRQCOP"]
