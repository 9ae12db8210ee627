"""Lexicon round 12 (events the coder missed): a no-fly zone called, asked or pleaded for (0234),
demanded (1034), or ruled out, rejected or refused by those asked to enforce it (1224); talks,
negotiations or a meeting stormed out of (164); a treaty or deal backed out of (160, not the
support of 'back $T'); negotiators recalled (164); someone added to, put or placed on a blacklist,
an entity, sanctions or terror list (163); food, fuel, medicine or shelter appealed, pleaded, called
or asked for (0233); foreign troops or a military intervention asked for (0234); a sentence handed
(down), passed or imposed on someone (116); an arrest warrant sought or requested (115); aid or
rescue teams rushed to a place (073)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 0234: a no-fly zone is military protection asked for; the one asked is the
        # target (the provider), not the place
        ("Libyan rebels appealed for a no-fly zone.", ("LBYREB", "0234", None)),
        ("Ukraine asked NATO for a no-fly zone.", ("UKR", "0234", "IGONAT")),
        ("Ukraine urged NATO to impose a no-fly zone over Ukraine.", ("UKR", "0234", "IGONAT")),
        (
            "The Arab League asked the UN Security Council to impose a no-fly zone over Libya.",
            ("IGOARL", "0234", "IGOUNO"),
        ),
        # codebook 1034: demanded
        ("Ukrainian protesters demanded a no-fly zone.", ("UKRCVL", "1034", None)),
        # codebook 1224: ruled out or refused by those asked to enforce it
        ("NATO ruled out a no-fly zone over Ukraine.", ("IGONAT", "1224", None)),
        ("NATO has refused to impose a no-fly zone over Ukraine.", ("IGONAT", "1224", None)),
        # imposing one stays the blockade 191
        ("NATO imposed a no-fly zone over Libya.", ("IGONAT", "191", "LBY")),
        # codebook 164: stormed out of, as walked out of
        (
            "Venezuela's opposition stormed out of the talks with the government.",
            ("VENOPP", "164", "VENGOV"),
        ),
        (
            "The Palestinian delegation stormed out of the negotiations with Israel.",
            ("PSEGOV", "164", "ISR"),
        ),
        # codebook 160: backed out of, as pulled out of; talks backed out of, 164
        (
            "North Korea backed out of the agreement with South Korea.",
            ("PRK", "160", "KOR"),
        ),
        ("Russia backed out of the grain deal.", ("RUS", "160", None)),
        (
            "Venezuela's opposition backed out of the talks with the government.",
            ("VENOPP", "164", "VENGOV"),
        ),
        # codebook 164: negotiators recalled halt the talks
        ("Israel recalled its negotiating team from Doha.", ("ISR", "164", "QATGOV")),
        # codebook 0233: humanitarian necessities appealed for (as 'appeal for food')
        ("Gaza's health ministry appealed for fuel.", ("PSEHLH", "0233", None)),
        ("Yemen appealed for medical supplies.", ("YEM", "0233", None)),
        ("Pakistan appealed for tents and blankets.", ("PAK", "0233", None)),
        ("Haiti pleaded for food.", ("HTI", "0233", None)),
        ("Libya called for humanitarian aid.", ("LBY", "0233", None)),
        # codebook 0234: foreign troops or an intervention asked for (as 'appeal for
        # peacekeepers'); foreign troops are no one's the sentence names (session 14: they
        # were the asker's own military)
        ("Haiti asked for foreign troops.", ("HTI", "0234", None)),
        ("Mali requested foreign military intervention.", ("MLI", "0234", None)),
        # codebook 073: rushed, as sent
        ("Jordan rushed aid to Gaza.", ("JOR", "073", "PSE")),
        ("Greece rushed rescue teams to Turkey.", ("GRC", "073", "TUR")),
        # codebook 116: a sentence handed, handed down, passed or imposed (as 'sentence $T')
        ("An Iranian court handed a death sentence to a protester.", ("IRNJUD", "116", "IRNCVL")),
        (
            "A Russian court handed down a nine-year sentence to the opposition leader.",
            ("RUSJUD", "116", "RUSOPP"),
        ),
        (
            "A Chinese court imposed a life sentence on the Uighur scholar.",
            ("CHNJUD", "116", "CHNEDU"),
        ),
        # codebook 115: an arrest warrant sought by a prosecutor (as 'indict $T')
        (
            "The ICC prosecutor sought arrest warrants for Israeli leaders.",
            ("IGOICC", "115", "ISRGOV"),
        ),
        # codebook 163: blacklisted (as 'blacklist $T')
        ("Washington added Chinese firms to its trade blacklist.", ("USAGOV", "163", "CHNBUS")),
        (
            "The EU added Iran's Revolutionary Guards to its sanctions list.",
            ("IGOEEC", "163", "IRNMIL"),
        ),
        ("Britain put Russian oligarchs on its sanctions list.", ("GBR", "163", "RUSBUS")),
        (
            "Washington placed Cuba on its list of state sponsors of terrorism.",
            ("USAGOV", "163", "CUB"),
        ),
        ("The United States put the Houthis back on its terrorism list.", ("USA", "163", "YEMREB")),
    ],
)
def test_round12_families(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # troops called on to leave are not asked for
        (
            "The UN called for Russian troops to withdraw from Ukraine.",
            ("IGOUNO", "0234", "RUSMIL"),
        ),
        # an agreement backed out of is no support
        (
            "North Korea backed out of the agreement with South Korea.",
            ("PRK", "051", "KOR"),
        ),
    ],
)
def test_round12_not_these(text: str, unexpected: tuple) -> None:
    assert unexpected not in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # a deal is no actor, and a bare 'suspend participation' is not written: the gold
        # coders read participation in a deal as 1211 and in talks as 164, which an object word
        # cannot tell apart today
        "Russia suspended its participation in the grain deal.",
        # not any list
        "Germany added France to its list of partners.",
        "Britain put Ukraine on the list of countries eligible for aid.",
    ],
)
def test_round12_non_events(text: str) -> None:
    assert triples(text) == set()


def test_refugees_hosted_are_humanitarian_aid() -> None:
    assert ("UGA", "073", "SSDREF") in triples(
        "Uganda hosted South Sudanese refugees fleeing the fighting."
    )
