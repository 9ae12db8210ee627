"""Lexicon round 3, roots 10 to 20: the families added in this round, on sentences written for
these tests (real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 1044: autonomy is an institutional change, as independence is
        (
            "Rebels in Mali demanded autonomy from the Malian government.",
            ("MLIREB", "1044", "MLIGOV"),
        ),
        (
            "Thousands of Catalans marched in Barcelona for independence from Spain.",
            ("ESPCVL", "1414", "ESP"),
        ),
        # demands for a repeal or a downfall, and for the lifting of sanctions
        (
            "The opposition demanded the repeal of the security law in Egypt.",
            ("EGYOPP", "1042", None),
        ),
        ("Egyptian protesters demanded the downfall of Mubarak.", ("EGYCVL", "1041", None)),
        (
            "The UN Security Council demanded the lifting of sanctions on Iraq.",
            ("IGOUNO", "1054", "IRQ"),
        ),
        ("Syrian students demanded greater freedom.", ("SYREDU", "1043", None)),
        (
            "Thousands of Hong Kong residents blocked streets to demand democratic reforms "
            "from China.",
            ("HKGCVL", "1444", "CHN"),
        ),
        # strikes over a policy
        ("Greek workers were striking against austerity in Athens.", ("GRCLAB", "1432", "GRCGOV")),
        # the model's lemmas: "raped" -> "rap", "fined" -> "fin", "cordoned" -> "cordone"
        ("Russian soldiers raped Ukrainian women.", ("RUSMIL", "1821", "UKRCVL")),
        ("A Chinese court fined the American company.", ("CHNJUD", "116", "USABUS")),
        (
            "Turkish police cordoned off the parliament building in Ankara.",
            ("TURCOP", "191", "TURLEG"),
        ),
        ("Russia waged war against Ukraine.", ("RUS", "190", "UKR")),
        ("Israel is waging war on Hamas.", ("ISR", "190", "PSEREBHMS")),
        ("Kenyan police teargassed opposition supporters.", ("KENCOP", "175", "KENOPP")),
        ("The CIA waterboarded Pakistani detainees.", ("USASPY", "1822", "PAKCVL")),
        # riot-control means against protesters; criticism; energy supplies cut off
        (
            "Turkish police used water cannon against protesters in Istanbul.",
            ("TURCOP", "175", "TURCVL"),
        ),
        ("India took Pakistan to task over the attack.", ("IND", "111", "PAK")),
        ("Russia halted gas deliveries to Ukraine.", ("RUS", "163", "UKR")),
        # codebook 192: an invasion occupies territory; codebook 1822: torture; 203: cleansing
        ("Iraq invaded Kuwait.", ("IRQ", "192", "KWT")),
        ("China threatened to invade Taiwan.", ("CHN", "1382", "TWN")),
        ("Serb forces ethnically cleansed Bosnian villages.", ("SRBMIL", "203", "BIHCVL")),
        ("Egyptian police tortured Egyptian activists.", ("EGYCOP", "1822", "EGYOPP")),
        # boycotting contacts breaks relations (a threat to do it is 1313); outlawed groups 1721
        (
            "Hamas leaders said they would boycott all contact with Israel.",
            ("PSEREBHMS", "1313", "ISR"),
        ),
        ("Turkish hackers defaced hundreds of French web sites.", ("TUR", "176", "FRA")),
        # one's own police are deployed, not targeted
        ("The Egyptian government deployed riot police in Cairo.", ("EGYGOV", "153", None)),
        # attacked from someone: the from-object attacks the subject
        ("Israeli troops came under fire from Hezbollah fighters.", ("LBNREBHEZ", "193", "ISRMIL")),
        ("Iran faced new sanctions from the European Union.", ("IGOEEC", "163", "IRN")),
        # charges filed are legal action (codebook 173 usage note), not detention
        ("Turkey filed charges against Greek soldiers.", ("TUR", "115", "GRCMIL")),
        # nominal events
        ("Iran's seizure of a British tanker raised tensions.", ("IRN", "1711", "GBR")),
        ("Italy announced a suspension of air links with Serbia.", ("ITA", "160", "SRB")),
        (
            "Washington announced the suspension of economic aid to Egypt.",
            ("USAGOV", "1621", "EGY"),
        ),
        (
            "The American suspension of military aid to Pakistan angered Islamabad.",
            ("USA", "1622", "PAK"),
        ),
        (
            "The Syrian government's use of chemical weapons against civilians shocked the world.",
            ("SYRGOV", "2041", "SYRCVL"),
        ),
    ],
)
def test_family_codes(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "rapped" (criticised) shares the lemma "rap": only a victim object makes it 1821
        ("The US rapped China over its currency policy.", "1821"),
        # a lifted ban or lifted sanctions are not imposed ones
        ("Turkey lifted the ban on the Kurdish party.", "1722"),
        ("The United States lifted sanctions on Iran.", "163"),
        ("Egypt lifted the curfew in Cairo.", "1723"),
    ],
)
def test_not_coded(text: str, code: str) -> None:
    assert code not in {c for _, c, _ in triples(text)}
