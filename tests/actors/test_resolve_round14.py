"""Round 14 of actor resolution: sectors. The leaders of a protest movement are the political
opposition (codebook table 3.1: OPP, "anti-government activists"), not the government their
word "leaders" stands for alone; a state's adjective before an attack from the air, from the
sea or by artillery names its military (MIL: "all state-military personnel/equipment"); the
role word a hyphened present participle acts on ("troop-contributing nations") is none of
the head's; people killed "in an Israeli air strike in Gaza" are of where it struck, not of
the attacker's adjective; "Venezuela's government and opposition" are VENGOV and VENOPP.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import in_document, resolve

SPRING = date(2019, 4, 13)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Sudan's protest leaders urged the ruling military council on Saturday to hand "
            "power to a civilian government.",
            "leaders",
            ["SDNOPP"],
        ),
        (
            "Algerian protest leaders rejected the army chief's call for talks.",
            "leaders",
            ["DZAOPP"],
        ),
        ("The Sudanese protest movement called a general strike.", "movement", ["SDNOPP"]),
    ],
)
def test_protest_leaders_are_the_opposition(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=SPRING) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # leaders with no protest word stay the government
        ("Sudan's leaders urged the protesters to go home.", "leaders", ["SDNGOV"]),
    ],
)
def test_leaders_without_protest(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=SPRING) == expected


WAR = date(2016, 5, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the adjective, as the agent the coder reads off the means
        (
            "Syrian government forces, backed by intense Russian air strikes, pushed into "
            "eastern Aleppo on Monday.",
            "Russian",
            ["RUSMIL"],
        ),
        (
            "South Korea raised its alert after North Korean artillery shells hit the island.",
            "North Korean",
            ["PRKMIL"],
        ),
        ("A Turkish drone strike killed three fighters near Qamishli.", "Turkish", ["TURMIL"]),
        # a raid, an operation or an offensive named as the army's
        (
            "Nine Palestinians were killed during an Israeli army raid in Jenin.",
            "Israeli",
            ["ISRMIL"],
        ),
        ("A Russian military offensive killed civilians in Kharkiv.", "offensive", ["RUSMIL"]),
        # the means itself, as a subject
        ("Israeli shelling killed two farmers in southern Lebanon.", "shelling", ["ISRMIL"]),
        ("Saudi air strikes killed ten people in Saada on Sunday.", "strikes", ["SAUMIL"]),
    ],
)
def test_a_states_military_means(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a people's adjective: no state's military
        ("Kurdish shelling hit the town of Afrin on Monday.", "Kurdish", ["KUR"]),
        # an attack or an operation of no military kind
        ("A Palestinian attack killed two settlers near Hebron.", "Palestinian", ["PSE"]),
        ("A Turkish police operation detained 40 people in Ankara.", "Turkish", ["TUR"]),
        # backing a means is no wielding it
        ("Iran-backed air strikes were reported near the border.", "Iran", ["IRN"]),
    ],
)
def test_no_military_means(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the role word is what the head does something with ("contribute troops")
        (
            "Somalia expelled the envoy, in a dispute that threatened to strain relations with "
            "the troop-contributing nations fighting al-Shabaab.",
            "nations",
            [],
        ),
        ("The troop-contributing countries met in New York.", "countries", []),
        # a past participle's first half is who holds or leads: still its role
        ("Rebels shelled government-held areas of Aleppo.", "areas", ["SYRGOV"]),
        ("Police-led raids in Cairo detained 40 people.", "raids", ["EGYCOP"]),
    ],
)
def test_the_object_of_a_hyphened_participle(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the attack a participle clause names is no place: where it struck is
        (
            "Poland demanded an explanation from Israel after a Polish aid worker was among "
            "seven people killed in an Israeli air strike in Gaza.",
            "people",
            ["PSECVL"],
        ),
        (
            "Seven people killed in an Israeli air strike in Gaza were buried on Thursday.",
            "people",
            ["PSECVL"],
        ),
        # a place phrase stays a place
        (
            "Villagers wounded in an ambush near the Malian town of Gao were flown to Bamako.",
            "Villagers",
            ["MLICVL"],
        ),
    ],
)
def test_victims_of_an_attack_are_of_where_it_struck(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a bare role coordinated with a role a country owns shares the owner
        (
            "Representatives of Venezuela's government and opposition sat down for talks in "
            "Mexico City, Norway said.",
            "Representatives",
            ["VENGOV", "VENOPP"],
        ),
        (
            "Colombia's government and rebels signed a deal in Havana, Cuba said.",
            "rebels",
            ["COLREB"],
        ),
        # a later role with words of its own does not
        ("Russia's army and the rebels clashed near Donetsk, Ukraine said.", "rebels", []),
    ],
)
def test_a_coordinated_role_shares_the_owner(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a capital saying where a building or site stands is the city: the country
        ("Gunmen stormed a hotel in central Mogadishu late on Friday.", "Mogadishu", ["SOM"]),
        ("Rebels shelled the only functioning airport in Tripoli.", "Tripoli", ["LBY"]),
        ("Insurgents fired rockets at a market in Kabul.", "Kabul", ["AFG"]),
        # a capital that acts, or is where people meet, stays the government
        ("Kabul condemned the attack on the hotel.", "Kabul", ["AFGGOV"]),
        ("The minister visited Paris on Monday.", "Paris", ["FRAGOV"]),
    ],
)
def test_a_capital_locating_a_thing(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # armed groups that are no state's fight where they are from, as protesters protest
        (
            "Hundreds of supporters of Iran-backed militias stormed the U.S. embassy compound "
            "in Baghdad on Tuesday.",
            "supporters",
            ["IRQUAF"],
        ),
        ("Militias stormed the U.S. embassy in Basra on Tuesday.", "Militias", ["IRQUAF"]),
        # soldiers are often abroad: where they act is not their country
        ("Troops stormed the U.S. embassy in Basra on Tuesday.", "Troops", []),
    ],
)
def test_armed_groups_acting_where_they_are(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=WAR) == expected


KUNDUZ = "The Taliban captured Kunduz after days of fighting with Afghan security forces."


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # soldiers a state word owns take the country of one earlier sentence, the only one
        ([KUNDUZ, "The group called on government soldiers to surrender."], "soldiers", ["AFGMIL"]),
        ([KUNDUZ, "The group called on regime troops to surrender."], "troops", ["AFGMIL"]),
        # bare troops are often foreign: not placed
        ([KUNDUZ, "The group called on the troops to surrender."], "troops", []),
        # nor when the document has named another country too
        (
            [
                KUNDUZ + " Pakistan closed the border.",
                "The group urged government soldiers to flee.",
            ],
            "soldiers",
            [],
        ),
        # a role of "the group" is the organisation "the group" points back at
        ([KUNDUZ, "The group's spokesman said the city had fallen."], "spokesman", ["AFGREBTAL"]),
    ],
)
def test_later_sentences_of_a_conflict(
    parts, sentences: list[str], phrase: str, expected: list[str]
) -> None:
    assert in_document(parts, sentences, phrase, published=WAR) == expected
