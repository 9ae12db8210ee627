"""Lexicon round 11 (common news phrasings without a pattern): the families added in this round, on
sentences written for these tests (real spaCy): a siege tightened, maintained or laid on a place;
missiles, rockets and drones launched or fired against or on a place, and barrages, salvoes and
volleys of them; weapons and military aid appealed, called, pleaded or pressed for; entry allowed
to someone named ('allowed the UN agencies to enter'), or refused by barring them from entering; an
international organisation, court or bloc left; aid ships, flights and planes sent; an agreement,
deal or pact ended; a peacekeeping mission extended or renewed; retaliation in tariffs or
sanctions; communications cut; a loan programme suspended; the past 'unfroze' of 'unfreeze assets';
a visit or summit postponed or called off; arms shipments halted; gas or oil flows stopped. A coup
staged or carried out, power seized. Sanctions reimposed, prolonged or joined."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 191: a siege tightened or maintained (as 'tighten blockade'), a place put or
        # kept under siege
        ("Russian forces tightened their siege of Aleppo.", ("RUSMIL", "191", "SYRCVL")),
        ("Russian troops tightened the siege on Mariupol.", ("RUSMIL", "191", "UKRCVL")),
        ("Serb forces maintained their siege of Sarajevo.", ("SRBMIL", "191", "BIHGOV")),
        ("Houthi fighters put Taiz under siege.", ("YEMREB", "191", "YEMCVL")),
        ("Russian troops kept Mariupol under siege.", ("RUSMIL", "191", "UKRCVL")),
        # codebook 19: missiles 'against' or 'on' a place are an attack on it (190), no longer
        # the show of force 150 of 'launch missile'; drones, 1952
        (
            "Russia launched dozens of missiles against Ukraine's energy infrastructure.",
            ("RUS", "190", "UKR"),
        ),
        ("Hamas fired rockets on Tel Aviv.", ("PSEREBHMS", "190", "ISR")),
        ("Iran launched drones against Israel.", ("IRN", "1952", "ISR")),
        # a barrage, salvo or volley of missiles or rockets (194, as 'unleash barrage of rockets
        # on'); of drones, 1952
        ("Iran launched a barrage of missiles at Israel.", ("IRN", "194", "ISR")),
        ("Hezbollah fired a barrage of rockets into Israel.", ("LBNREBHEZ", "194", "ISR")),
        ("Hamas fired a salvo of rockets at Israel.", ("PSEREBHMS", "194", "ISR")),
        ("Russia launched a volley of drones at Ukraine.", ("RUS", "1952", "UKR")),
        # codebook 0232: weapons or military aid appealed, called, pleaded, pressed or lobbied
        # for; the giver after 'from' is the target
        ("Ukraine appealed for more weapons.", ("UKR", "0232", None)),
        ("Ukraine asked for more air defence systems.", ("UKR", "0232", None)),
        (
            "Ukraine pleaded for more military aid from the United States.",
            ("UKR", "0232", "USA"),
        ),
        ("Taiwan lobbied for more arms from Washington.", ("TWN", "0232", "USAGOV")),
        ("Kyiv pressed for more tanks from Germany.", ("UKRGOV", "0232", "DEU")),
        # codebook 086: entry or work allowed to someone named; refused, 1245
        (
            "The Taliban allowed UN agencies to operate in Afghanistan.",
            ("AFGREBTAL", "086", "IGOUNO"),
        ),
        ("Sudan allowed UN investigators to enter Darfur.", ("SDN", "086", "IGOUNO")),
        ("Israel refused to allow UN investigators to enter Gaza.", ("ISR", "1245", "IGOUNO")),
        # codebook 1245: barred or banned from entering (was 'bar $T from', 1722)
        ("Israel barred UN investigators from entering Gaza.", ("ISR", "1245", "IGOUNO")),
        ("Russia banned British ministers from entering the country.", ("RUS", "1245", "GBRGOV")),
        # codebook 160: an international organisation, court or bloc left (was the retreat 087
        # of 'withdraw from $T'); troops leaving a town stay a retreat
        ("Russia withdrew from the Council of Europe.", ("RUS", "160", "IGOCOE")),
        (
            "The United States withdrew from the World Health Organization.",
            ("USA", "160", "IGOUNOWHO"),
        ),
        ("Burundi pulled out of the International Criminal Court.", ("BDI", "160", "IGOICC")),
        ("Turkey withdrew from the Istanbul Convention.", ("TUR", "160", None)),
        ("Israeli forces withdrew from Khan Younis.", ("ISRMIL", "087", "PSE")),
        # codebook 073: aid ships, flights and planes sent or dispatched
        ("The UAE dispatched aid ships to Gaza.", ("ARE", "073", "PSE")),
        ("Turkey sent relief flights to Syria.", ("TUR", "073", "SYR")),
        ("China sent a hospital ship to Tonga.", ("CHN", "073", "TON")),
        # codebook 160: an agreement, deal, accord or pact ended (as 'terminate agreement')
        ("Mali ended its defence agreements with France.", ("MLI", "160", "FRA")),
        ("Niger ended its military pact with France.", ("NER", "160", "FRA")),
        ("Russia ended the grain deal.", ("RUS", "160", None)),
        # codebook 074: a peacekeeping mission or force extended or renewed
        (
            "The UN Security Council renewed the peacekeeping mission in South Sudan.",
            ("IGOUNO", "074", "SSD"),
        ),
        ("The UN extended its peacekeeping force in Cyprus.", ("IGOUNO", "074", "CYP")),
        # codebook 163: retaliation in tariffs or sanctions
        ("China retaliated with tariffs on US soybeans.", ("CHN", "163", "USA")),
        (
            "China retaliated with sanctions against US defence firms.",
            ("CHN", "163", "USABUS"),
        ),
        # codebook 160: communications or a hotline cut or suspended
        (
            "China cut off military communications with the United States.",
            ("CHN", "160", "USA"),
        ),
        ("China suspended the military hotline with Taiwan.", ("CHN", "160", "TWN")),
        # codebook 1621: a loan programme suspended
        ("The IMF suspended its loan programme for Sri Lanka.", ("IGOIMF", "1621", "LKA")),
        # codebook 0842: funds or assets unfrozen ('unfroze', which spaCy leaves unlemmatised)
        ("South Korea unfroze Iranian funds.", ("KOR", "0842", "IRN")),
        ("The United States unfroze Iranian assets.", ("USA", "0842", "IRN")),
        # codebook 161: a visit or summit postponed or called off (the codebook's cancellation
        # of meetings)
        (
            "Turkey's president postponed his visit to Washington.",
            ("TURGOV", "161", "USAGOV"),
        ),
        (
            "The United States postponed the summit with North Korea.",
            ("USA", "161", "PRK"),
        ),
        # codebook 1622: arms shipments halted
        ("The United States halted arms shipments to Israel.", ("USA", "1622", "ISR")),
        ("Germany froze weapons deliveries to Turkey.", ("DEU", "1622", "TUR")),
        # codebook 163: gas or oil flows stopped (as 'halt gas deliveries to $T')
        ("Turkey stopped oil flows to Iraq.", ("TUR", "163", "IRQ")),
        # codebook 180 (as 'stage coup against $T', 'overthrow $T'): a coup staged ('staged' is
        # lemmatised 'stag') or carried out, power seized
        ("Sudan's army staged a coup.", ("SDNMIL", "180", None)),
        ("Gabon's army seized power in a coup.", ("GABMIL", "180", None)),
        (
            "Niger's presidential guard carried out a coup against President Bazoum.",
            ("NER", "180", "NERGOV"),
        ),
        # codebook 163: sanctions or tariffs reimposed, prolonged or joined
        ("The United States reimposed sanctions on Venezuela.", ("USA", "163", "VEN")),
        ("The EU has prolonged sanctions against Russia.", ("IGOEEC", "163", "RUS")),
        ("Japan joined sanctions against Russia.", ("JPN", "163", "RUS")),
    ],
)
def test_round11_families(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a missile barrage is no show of force any more
        ("Russia launched dozens of missiles against Ukraine.", ("RUS", "150", "UKR")),
        # barred from politics stays the ban on a politician (1722), not refused entry
        (
            "The Thai court banned the opposition leader from politics.",
            ("THAJUD", "1245", "THAOPP"),
        ),
        # an organisation left is no military retreat
        ("Russia withdrew from the Council of Europe.", ("RUS", "087", "IGOCOE")),
    ],
)
def test_round11_not_these(text: str, unexpected: tuple) -> None:
    assert unexpected not in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company tightened its grip on the market.",  # no siege
        "The firm launched a new rocket engine.",  # no target: no attack
        "The students asked for more time.",  # no weapons
        "The museum allowed visitors to enter for free.",  # nobody named
        "The concert ended with a standing ovation.",  # no agreement ended
        "The party seized power in the state election.",  # no country or armed actor named
    ],
)
def test_round11_non_events(text: str) -> None:
    assert triples(text) == set()
