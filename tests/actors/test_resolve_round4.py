"""Round 4 of actor resolution: leaders take the role of the group they lead, religious groups
with no country take their religion's code, sub-national regions, heads of state the table
lacked, capitals of young states. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a leader is of the group its modifiers name, not of a government
        ("Brazilian business leaders urged the central bank to cut rates.", "leaders", ["BRABUS"]),
        ("Kenyan student leaders called off the boycott.", "leaders", ["KENEDU"]),
        ("Ugandan military leaders met the rebels.", "leaders", ["UGAMIL"]),
        ("Turkish union leaders rejected the offer.", "leaders", ["TURLAB"]),
        # without such a modifier, leaders govern
        ("Chinese leaders welcomed the agreement.", "leaders", ["CHNGOV"]),
        ("Leaders of Chile thanked the donors.", "Leaders", ["CHLGOV"]),
        # a religious group no word places in a country: its religion (codebook 10.0.4)
        ("Sunnis boycotted the vote.", "Sunnis", ["MOSSUN"]),
        ("Shiites marched to the shrine.", "Shiites", ["MOSSHI"]),
        ("Christians gathered outside the cathedral.", "Christians", ["CHR"]),
        ("Muslim bloggers attacked the magazine's website.", "bloggers", ["MOSMED"]),
        ("Islamist hackers defaced the ministry's website.", "hackers", ["MOS"]),
        ("Buddhist worshippers blocked the road.", "worshippers", ["BUD"]),
        ("Hindu groups demanded a temple on the site.", "groups", ["HIN"]),
        ("Islamist radicals threatened the cartoonist.", "radicals", ["MOSRAD"]),
        ("Catholic bishops appealed for calm.", "bishops", ["CHRCTH"]),
        ("Muslim leaders condemned the bombing.", "leaders", ["MOS"]),
        # a country, when one is named, comes first
        ("Iraqi Shiites protested against the government in Baghdad.", "Shiites", ["IRQCVL"]),
        ("Lebanese Christian leaders met the president.", "leaders", ["LBNREL"]),
        ("Egyptian Copts protested in Cairo.", "Copts", ["EGYCVL"]),
        # radicals of a faith in a country: country, religion, RAD (codebook 10.0.4, MOSRAD),
        # whatever people the head names; without a radical word, the head's role stands
        (
            "Egyptian police fired on Moslem fundamentalist demonstrators.",
            "demonstrators",
            ["EGYMOSRAD"],
        ),
        ("Iraqi police arrested Shiite extremists.", "extremists", ["IRQMOSSHIRAD"]),
        ("Egyptian police arrested Muslim demonstrators.", "demonstrators", ["EGYCVL"]),
        ("Egyptian police arrested extremist demonstrators.", "demonstrators", ["EGYCVL"]),
        ("Egyptian police arrested radical Muslim students.", "students", ["EGYEDU"]),
        # names of states, not religions
        ("The Islamic Republic rejected the proposal.", "Republic", ["IRN"]),
        ("The Jewish state rejected the proposal.", "state", ["ISR"]),
    ],
)
def test_leaders_and_religions(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The gunmen singled out non-Muslims on the bus.", "non-Muslims"),
        ("The minister announced a business reform.", "reform"),
        ("Muslim holidays begin next week.", "holidays"),
        ("The court applied Islamic law.", "law"),
    ],
)
def test_no_religious_actor(parts, text: str, phrase: str) -> None:
    """Not believers ("non-Muslims"), not people ("business reform", "Muslim holidays",
    "Islamic law")."""
    assert resolve(parts, text, phrase) == []


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Troops were sent to Dagestan after the raid.", "Dagestan", ["RUS"]),
        ("Militants attacked a checkpoint in North Waziristan.", "Waziristan", ["PAK"]),
        ("The government of Sindh province banned the rally.", "government", ["PAKGOV"]),
        ("Rebels in Casamance freed the hostages.", "Rebels", ["SENREB"]),
        ("Police in South Kivu arrested the suspects.", "Police", ["CODCOP"]),
        # an insurgency named by its people ("Karen" alone is also a first name)
        ("Karen rebels ambushed an army convoy.", "rebels", ["MMRREB"]),
        ("Karen Hughes met the envoy.", "Hughes", []),
    ],
)
def test_regions(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        ("President Kerekou dissolved the cabinet.", "Kerekou", date(1989, 5, 1), ["BENGOV"]),
        ("Eyadema received the French envoy.", "Eyadema", date(2001, 3, 1), ["TGOGOV"]),
        ("Rajiv Gandhi flew to Colombo.", "Gandhi", date(1987, 7, 29), ["INDGOV"]),
        ("Sassou Nguesso met the rebels.", "Nguesso", date(1999, 1, 1), ["COGGOV"]),
        ("President Compaore went to Abidjan.", "Compaore", date(2003, 1, 1), ["BFAGOV"]),
        ("Amine Gemayel flew to Damascus.", "Gemayel", date(1985, 1, 1), ["LBNGOV"]),
        ("Deng Xiaoping received the prime minister.", "Xiaoping", date(1984, 12, 19), ["CHNGOV"]),
        ("President Dos Santos met the envoy.", "Santos", date(1992, 5, 1), ["AGOGOV"]),
        ("Arafat addressed the council in Algiers.", "Arafat", date(1988, 11, 15), ["PSEGOV"]),
        # leaders of armed movements and of the opposition, while they lead them
        ("Jonas Savimbi rejected the peace plan.", "Savimbi", date(1993, 1, 1), ["AGOREB"]),
        ("Prabhakaran ordered the attack.", "Prabhakaran", date(2000, 4, 1), ["LKAREB"]),
        ("Nasrallah warned Israel.", "Nasrallah", date(2006, 7, 20), ["LBNREB"]),
        # out of office: the former title makes an elite, else the name is unknown
        ("Former president Nimeiry returned to Khartoum.", "Nimeiry", date(1999, 5, 22), []),
    ],
)
def test_heads_of_state(parts, text: str, phrase: str, published: date, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [(date(1986, 3, 1), []), (date(2015, 3, 1), ["SSDGOV"])],
)
def test_capital_of_a_young_state(parts, published: date, expected: list[str]) -> None:
    """Juba was a regional capital until South Sudan's independence (2011-07-09)."""
    assert resolve(parts, "Juba accused the rebels.", "Juba", published) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, ["SDNCVL"]),  # undated, and the sentence names Sudan only
        (date(2015, 3, 1), ["SSDCVL"]),
    ],
)
def test_town_of_a_young_state_acted_on(parts, published: date | None, expected) -> None:
    """A capital shelled is its people, of the country the town was in on the date (before
    independence, 1992, Juba is no capital: tests/events/test_coder_town_people.py)."""
    text = "Sudanese rebels shelled the southern regional capital Juba."
    assert resolve(parts, text, "Juba", published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the phrase's own role comes before its apposition's
        (
            "The police failed to protect Serb refugees, a rights group said.",
            "refugees",
            ["SRBREF"],
        ),
        ("The Kenyan spokesman, a former colonel, denied it.", "spokesman", ["KENGOV"]),
        # a name takes its apposition's role
        ("Moussa Faki, the Chadian foreign minister, arrived.", "Faki", ["TCDGOV"]),
    ],
)
def test_apposition_role(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the state's newspapers and broadcasters speak for the state (CAMEO GOV)
        ("An official Iraqi newspaper attacked the plan.", "newspaper", ["IRQGOV"]),
        ("Cuban state television denounced the visit.", "television", ["CUBGOV"]),
        ("The state-run Chinese newspaper criticised the move.", "newspaper", ["CHNGOV"]),
        # the others are media
        ("An independent Iraqi newspaper attacked the plan.", "newspaper", ["IRQMED"]),
        ("Cuban journalists denounced the visit.", "journalists", ["CUBMED"]),
    ],
)
def test_state_media(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an of-phrase names its country and role with its own adjectives
        ("The Federation of Kenyan Farmers rejected the price.", "Federation", ["KENAGR"]),
        ("Members of the Association of Nigerian Journalists protested.", "Members", ["NGAMED"]),
        ("The leader of the Syrian opposition met the envoy.", "leader", ["SYROPP"]),
    ],
)
def test_of_phrase_adjectives(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # one actor per country of a coordinated of- or from-phrase
        ("The prime ministers of India and Pakistan met.", "ministers", ["INDGOV", "PAKGOV"]),
        (
            "Negotiators from Sudan and South Sudan resumed talks.",
            "Negotiators",
            ["SDNGOV", "SSDGOV"],
        ),
        ("The foreign ministers of France and Germany left.", "ministers", ["FRAGOV", "DEUGOV"]),
        # a service named by its institution is that institution
        ("Russia's FSB security service detained him.", "service", ["RUSSPY"]),
        ("Seven Russian oligarchs were sanctioned.", "oligarchs", ["RUSBUS"]),
        # a coordinated role is not a second country
        ("The president of Chile and his ministers left.", "president", ["CHLGOV"]),
    ],
)
def test_coordinated_of_phrase(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


def test_participle_pronoun(parts) -> None:
    """ "leaders gave ..., warning they could": the participle's subject is its clause's."""
    text = "West African leaders gave the Nigerien junta a week, warning they could use force."
    assert resolve(parts, text, "they") == ["WAFGOV"]
