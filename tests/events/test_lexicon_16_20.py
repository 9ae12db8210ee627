"""Lexicon families of CAMEO roots 16-20 (reduce relations, coerce, assault, fight, mass
violence), on sentences written for these tests (real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 16: air links, cancelled visits, aid cut or prohibited, mediation, dialogue
        ("Italy suspended air links with Serbia on Wednesday.", ("ITA", "160", "SRB")),
        ("Germany cancelled a planned visit to Iran.", ("DEU", "161", "IRN")),
        ("Japan halted economic aid to Myanmar.", ("JPN", "1621", "MMR")),
        ("The United Nations reduced food supplies to Ethiopia.", ("IGOUNO", "1623", "ETH")),
        ("Egypt ended mediation efforts between Israel and Hamas.", ("EGY", "165", "ISR")),
        ("Iran broke off dialogue with Britain.", ("IRN", "164", "GBR")),
        ("Russia kicked out inspectors from Georgia.", ("RUS", "1662", "GEO")),
        # 163: supplies cut off, exports halted as punishment
        ("Russia cut off oil supplies to Belarus.", ("RUS", "163", "BLR")),
        ("Israel cut off electricity to Gaza.", ("ISR", "163", "PSE")),
        # 17: property destroyed, cyber vandalism, protests prevented, repression
        ("Israeli settlers set fire to a Palestinian mosque.", ("ISRCVL", "1712", "PSE")),
        ("Russian hackers defaced Ukrainian websites.", ("RUS", "176", "UKR")),
        ("North Korea launched a cyber attack on South Korea.", ("PRK", "176", "KOR")),
        ("North Korean hackers stole data from South Korean banks.", ("PRK", "176", "KORBUS")),
        ("Turkish police prevented a demonstration in Istanbul.", ("TURCOP", "170", None)),
        ("Thai authorities proclaimed martial law.", ("THAGOV", "1724", "THACVL")),
        ("Iran imposed an internet blackout.", ("IRN", "1721", "IRNCVL")),
        ("Syrian forces killed protesters in Deraa.", ("SYRMIL", "175", "SYRCVL")),
        # 17: nominal arrests and crackdowns take the possessor as the source
        (
            "Russia's arrest of the American journalist angered Washington.",
            ("RUS", "173", "USAMED"),
        ),
        ("Egypt's crackdown on the Muslim Brotherhood continued.", ("EGY", "175", "EGYREBMBR")),
        # 18: killed or wounded in a named kind of bombing
        (
            "The Taliban killed three Afghan soldiers in a suicide attack.",
            ("AFGREBTAL", "1831", "AFGMIL"),
        ),
        ("Somali militants carried out a terrorist attack on Kenya.", ("SOMREB", "180", "KEN")),
        # 19: borders closed, blockades, strongholds captured, weapons named in a killing
        ("Russia closed its border with Georgia.", ("RUS", "191", "GEO")),
        ("Israel reimposed a blockade on Gaza.", ("ISR", "191", "PSE")),
        ("Syrian troops captured a rebel stronghold near Aleppo.", ("SYRMIL", "192", "SYRREB")),
        ("Israeli forces killed two Palestinians in an air strike.", ("ISRMIL", "195", "PSECVL")),
        (
            "American forces killed three Afghan civilians in a drone strike.",
            ("USAMIL", "1952", "AFGCVL"),
        ),
        ("Turkish troops killed four Syrian soldiers in a gunbattle.", ("TURMIL", "193", "SYRMIL")),
        # the by-phrase of the weapon is the source, never the target
        ("Five people were killed in an air strike by Israel.", ("ISR", "195", None)),
        # shells are artillery (194), mortar shells small arms (193)
        ("Israeli tanks fired shells at Gaza.", ("ISRMIL", "194", "PSE")),
        ("Hamas fired mortar shells at Israel.", ("PSEREBHMS", "193", "ISR")),
        # 18: knives and machetes are unconventional violence (180)
        ("A Palestinian man attacked Israeli soldiers with a knife.", ("PSE", "180", "ISRMIL")),
        ("Taliban fighters ambushed an Afghan army convoy.", ("AFGREBTAL", "190", "AFGMIL")),
        ("Burundian militiamen attacked a refugee camp in Rwanda.", ("BDIUAF", "180", "RWA")),
        # "struck X" names no weapon: plain military force
        ("Israeli jets struck Gaza.", ("ISRMIL", "195", "PSE")),
        ("Indian troops killed two Pakistani soldiers in clashes.", ("INDMIL", "190", "PAKMIL")),
        ("Vietnamese forces launched artillery fire against Cambodia.", ("VNMMIL", "194", "KHM")),
        ("Serbia violated the ceasefire agreement with Bosnia.", ("SRB", "196", "BIH")),
        ("Ethiopian troops were engaged in fighting with Eritrea.", ("ETHMIL", "190", "ERI")),
        ("Israel's blockade on Gaza continued.", ("ISR", "191", "PSE")),
        ("Russia's missile strikes on Ukraine continued.", ("RUS", "190", "UKR")),
        # 20: ethnic cleansing with a copula, mass killings, expulsions from homes
        (
            "Serb forces were engaged in ethnic cleansing against Albanians.",
            ("SRBMIL", "203", "ALBCVL"),
        ),
        (
            "The Israeli army forced out Palestinian refugees from their homes.",
            ("ISRMIL", "201", "PSEREF"),
        ),
    ],
)
def test_family_codes(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syrian rebels retook the town on Sunday.", "192"),
        ("Syrian rebels bombarded the town overnight.", "194"),
        ("Syrian rebels blew up a gas pipeline.", "1712"),
        ("Iraqi forces recaptured the city from the militants.", "192"),
        ("Syrian government forces besieged the rebel-held town.", "191"),
    ],
)
def test_family_root_without_both_actors(text: str, code: str) -> None:
    assert code in {c for _, c, _ in triples(text)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a visit or a meeting cancelled is 161 (codebook), negotiations halted stay 164
        ("Germany cancelled a planned visit to Iran.", "164"),
        # a border closed is a restriction of movement (191), not an administrative sanction
        ("Russia closed its border with Georgia.", "172"),
        # a weapon named in the killing replaces the plain killing
        ("Israeli forces killed two Palestinians in an air strike.", "186"),
    ],
)
def test_family_replaces_the_general_code(text: str, absent: str) -> None:
    assert absent not in {c for _, c, _ in triples(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a participle that describes the prisoner names no jailer
        "Israel released the mayor, a member of Hamas jailed a year ago.",
        # a newspaper that stops printing on its own is no repression
        "The French newspaper suspended its print edition for financial reasons.",
        # the end of a blockade is no blockade
        "Egypt welcomed the lifting of the blockade on Gaza.",
        # a labour strike on a weekday attacks no one
        "The general strike on Monday paralysed Nigeria.",
        # someone who condemns an arrest did not make it
        "Britain condemned the arrest of the Iranian activist.",
    ],
)
def test_no_coercion_or_violence_coded(text: str) -> None:
    roots = {c[:2] for _, c, _ in triples(text)}
    assert not roots & {"16", "17", "18", "19", "20"}, roots
