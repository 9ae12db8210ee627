"""Lexicon round 4: the families added in this round, on sentences written for these tests
(real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 1661-1663: aid agencies, peacekeepers, inspectors forced or kicked out
        (
            "Khartoum forced the UN refugee agency out of Darfur last year.",
            ("SDNGOV", "1663", "IGOUNOREFHCR"),
        ),
        ("Sudan kicked out ten aid groups from Darfur.", ("SDN", "1663", "SDNNGO")),
        ("Sudan expelled NGOs from Darfur.", ("SDN", "1663", "SDNNGO")),
        ("Eritrea forced out UN peacekeepers in 2008.", ("ERI", "1661", "IGOPKO")),
        # codebook 194: artillery as the first of a list of weapons
        (
            "Thai troops launched artillery, mortar and rocket fire against Cambodian positions.",
            ("THAMIL", "194", "KHMMIL"),  # the against-phrase on the last weapon (da21565);
            # positions a state's adjective names are its forces' (KHM before session 16)
        ),
        # codebook 192: part of a territory taken
        ("Syrian troops captured part of the town on Monday.", ("SYRMIL", "192", "SYRCVL")),
        ("Libyan rebels seized parts of Brega.", ("LBYREB", "192", None)),
        # a counteroffensive (one word) is an offensive
        ("The Libyan army launched a counteroffensive in the east.", ("LBYMIL", "190", None)),
        (
            "Ivorian troops launched a counteroffensive against the rebels.",
            ("CIVMIL", "190", "CIVREB"),
        ),
        # executions and hangings (1823, as behead and lynch)
        ("Iran hanged two Kurdish activists on Saturday.", ("IRN", "1823", "IRNOPP")),
        ("Saudi Arabia executed five men on Tuesday.", ("SAU", "1823", None)),
        # codebook 0231: an appeal for a sum of money
        ("Egypt asked Saudi Arabia for $4 billion.", ("EGY", "0231", "SAU")),
        ("Pakistan sought $6 billion from the IMF.", ("PAK", "0231", "IGOIMF")),
        ("Japan appealed for $5 billion in reconstruction aid.", ("JPN", "0231", None)),
        # investigators and fact-finding missions sent (090)
        ("The UN sent a fact-finding mission to Libya.", ("IGOUNO", "090", "LBY")),
        ("The African Union sent investigators to Ivory Coast.", ("IGOAFRAFU", "090", "CIV")),
        # a fact-finding mission admitted (086): the older 'fact-finding' patterns never matched
        ("Syria accepted the Arab League fact-finding mission.", ("SYR", "086", "IGOARL")),
        # air defence systems delivered (072)
        ("Russia delivered air defence systems to Syria.", ("RUS", "072", "SYR")),
        ("China supplied missile systems to Pakistan.", ("CHN", "072", "PAK")),
        # rebuff, spurn, snub, turn down, dismiss, brush aside: the object words of 'reject'
        ("Syria rebuffed the Arab League peace plan.", ("SYR", "127", "IGOARL")),
        ("Gaddafi spurned the ceasefire proposal.", ("LBYGOV", "1246", None)),
        ("Pakistan snubbed the invitation.", ("PAK", "125", None)),
        ("Russia brushed aside the criticism.", ("RUS", "120", None)),
        # blast, rap, censure with the object words of 'condemn'; taking issue; legitimacy
        ("France blasted the decision on Tuesday.", ("FRA", "111", None)),
        ("Germany took issue with the ruling.", ("DEU", "111", None)),
        ("Russia questioned the legitimacy of the vote.", ("RUS", "111", None)),
        # alarm, as concern (012)
        ("China expressed alarm at the fighting in Libya.", ("CHN", "012", None)),
        # an objection or a veto dropped (080)
        ("Turkey dropped its objections to Sweden's bid.", ("TUR", "080", "SWE")),
        ("Hungary lifted its veto on the EU budget.", ("HUN", "080", "IGOEEC")),
        # warplanes sent into another's zone are a show of force (150), not military aid
        ("China sent fighter jets into Japan's air defence zone.", ("CHN", "150", "JPN")),
        ("Serbia raised its army's combat readiness.", ("SRB", "152", None)),
        # an attack claimed (015)
        ("The Taliban claimed the attack on the hotel.", ("AFGREBTAL", "015", None)),
        # cautioning is warning (130)
        ("The United States cautioned Israel against a strike on Iran.", ("USA", "130", "ISR")),
        # exercises and drills around or off a country (150)
        ("China's drills around Taiwan alarmed Japan.", ("CHN", "150", "TWN")),
        ("Russian naval exercises off Japan worried Tokyo.", ("RUS", "150", "JPN")),
        # a treaty or deal quit, scrapped or revoked (160)
        ("The United States quit the Iran nuclear deal.", ("USA", "160", "IRN")),
        ("Mali revoked its defence agreements with France.", ("MLI", "160", "FRA")),
        # a building blocked (144); crowds gathered in a square (141)
        (
            "Thai protesters blocked the parliament building in Bangkok.",
            ("THACVL", "144", "THALEG"),
        ),
        ("Egyptian protesters gathered in Tahrir Square.", ("EGYCVL", "141", "EGYGOV")),
        # a deposit in another's central bank is economic aid (071)
        ("Qatar deposited $2 billion in Egypt's central bank.", ("QAT", "071", "EGYBUS")),
    ],
)
def test_round4_families(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # executing a plan, an order or a trade is no killing
        "The Libyan government executed the plan on Monday.",
        "The company executed the trade in London.",
        # a sum sought in a lawsuit is no appeal for aid
        "The company is seeking $2 billion in damages.",
        # taking part is not seizing part
        "Egyptian students took part in the debate.",
        # claiming a victory is no claim of an attack
        "The Libyan rebels claimed victory in Brega.",
    ],
)
def test_round4_no_event(text: str) -> None:
    assert triples(text) == set()
