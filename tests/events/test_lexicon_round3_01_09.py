"""Lexicon round 3, roots 01 to 09: the families added in this round, on sentences written
for these tests (real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreeing to a ceasefire is the intent to de-escalate (0356); declaring one is 0871
        ("Iraq and Kuwait agreed to a ceasefire on Sunday.", ("IRQ", "0356", "KWT")),
        ("Russia and Georgia agreed on a truce.", ("GEO", "0356", "RUS")),
        ("Hamas declared a ceasefire with Israel.", ("PSEREBHMS", "0871", "ISR")),
        # reforms carried out (083; economic 0832, constitutional 0834) and appealed for (024x)
        ("The Indian government implemented economic reforms.", ("INDGOV", "0832", None)),
        ("The Turkish parliament approved constitutional reforms.", ("TURLEG", "0834", None)),
        ("The Moroccan king introduced political reforms.", ("MARGOV", "083", None)),
        ("The IMF urged Greece to implement economic reforms.", ("IGOIMF", "0242", "GRC")),
        ("The World Bank called on Ghana to carry out reforms.", ("IGOUNOWBK", "024", "GHA")),
        # elections held (0831) and appealed for (0241)
        ("The United States urged Haiti to hold elections.", ("USA", "0241", "HTI")),
        ("Nigeria held presidential elections on Saturday.", ("NGA", "0831", None)),
        # rights respected (0833) and appealed for (0243)
        ("The European Union urged Belarus to respect human rights.", ("IGOEEC", "0243", "BLR")),
        ("Britain called on Sri Lanka to uphold minority rights.", ("GBR", "0243", "LKA")),
        # observers and inspectors invited in (086, 0862)
        (
            "The Kenyan government invited EU observers to monitor the vote.",
            ("KENGOV", "086", "IGOEEC"),
        ),
        ("Iraq admitted UN inspectors.", ("IRQ", "0862", "IGOUNO")),
        # humanitarian deliveries allowed (0863), appealed for (0255)
        ("The EU called on Syria to allow the delivery of aid.", ("IGOEEC", "0255", "SYR")),
        ("Israel permitted the delivery of medicine to Gaza.", ("ISR", "0863", "PSE")),
        # aid counted by a measure with its kind in an of-phrase (073)
        (
            "Swiss doctors handed over 700 kg of medicine to the Iranian Red Crescent.",
            ("CHEHLH", "073", "NGORCR"),
        ),
        ("China sent a shipment of rice to North Korea.", ("CHN", "073", "PRK")),
        # a peacekeeping mandate extended (074)
        (
            "The UN Security Council extended the mandate of the peacekeeping force.",
            ("IGOUNO", "074", "IGOPKO"),
        ),
        (
            # the mission's country is the target (session 12: a place inside the object)
            "The Security Council renewed the mandate of the mission in Darfur.",
            ("IGOUNO", "074", "SDN"),
        ),
        # an offer to host talks between others is an intent to mediate (039)
        ("Turkey offered to host talks between Russia and Ukraine.", ("TUR", "039", "UKR")),
        # bailouts and rescue packages (071)
        ("The IMF approved a $3 billion bailout for Egypt.", ("IGOIMF", "071", "EGY")),
        ("The European Union agreed a rescue package for Portugal.", ("IGOEEC", "071", "PRT")),
        # put under investigation is a criminal inquiry (091); investigators sent (090)
        (
            "Italian police put the Nigerian diplomat under investigation.",
            ("ITACOP", "091", "NGAGOV"),
        ),
        ("The UN sent investigators to Syria.", ("IGOUNO", "090", "SYR")),
        # closer ties (022), trade ties (0211), hardware (0232) and peacekeepers (0234) asked for
        ("Kenya called for closer trade ties with Ethiopia.", ("KEN", "0211", "ETH")),
        ("Poland called for closer ties with Ukraine.", ("POL", "022", "UKR")),
        ("Ukraine asked the United States for air defence systems.", ("UKR", "0232", "USA")),
        ("Haiti appealed for international peacekeepers.", ("HTI", "0234", "IGOPKO")),
        # commissions of inquiry set up, allegations looked into (090); criminal cases (091)
        (
            "The Indian government set up a commission of inquiry into the riots.",
            ("INDGOV", "090", None),
        ),
        ("The UN is looking into allegations of abuse in Haiti.", ("IGOUNO", "090", "HTI")),
        (
            "Russian investigators opened a criminal case against the journalist.",
            ("RUS", "091", "RUSMED"),
        ),
        # proposals and requests weighed and reviewed (014)
        ("The Turkish government is reviewing the Swedish request.", ("TURGOV", "014", "SWE")),
        # restraint appealed for (0256); condolence messages (018); decisions praised (051)
        ("Russia urged Armenia and Azerbaijan to show restraint.", ("RUS", "0256", "AZE")),
        (
            "The Indian president sent a message of condolence to the Turkish president.",
            ("INDGOV", "018", "TURGOV"),
        ),
        ("The UN commended the decision.", ("IGOUNO", "051", None)),
        # political freedoms widened (0811); settlements evacuated, territory ceded (0842)
        ("Sudan expanded political freedoms.", ("SDN", "0811", "SDNCVL")),
        ("Israel evacuated all its settlements in the Gaza Strip.", ("ISR", "0842", "PSE")),
        ("Russia ceded territory to China.", ("RUS", "0842", "CHN")),
        # a call received: the caller is the source (041)
        (
            "The Iranian president received a call from the French president.",
            ("FRAGOV", "041", "IRNGOV"),
        ),
        # trade named by imports and exports (061)
        ("Vietnam boosted exports to China.", ("VNM", "061", "CHN")),
        # troops contributed (074) or pledged (0334) to a force
        ("Ghana contributed troops to the force in Mali.", ("GHA", "074", None)),
        ("Nigeria pledged troops to the African Union force.", ("NGA", "0334", "IGOAFRAFU")),
        # seized weapons and equipment returned (0842)
        ("The Malian army returned the seized equipment to the UN.", ("MLIMIL", "0842", "IGOUNO")),
        # aid named as a noun with "for"; its kind chooses the code (070-073)
        (
            "The European Union announced 50 million euros in humanitarian aid for Sudan.",
            ("IGOEEC", "073", "SDN"),
        ),
        ("Japan's economic aid to Vietnam rose last year.", ("JPN", "071", "VNM")),
        # arms sales approved (072); plans endorsed (051)
        ("The US State Department approved the sale of arms to Taiwan.", ("USAGOV", "072", "TWN")),
        ("India endorsed the peace plan.", ("IND", "051", None)),
        # electoral laws passed (0834), snap elections announced (0831)
        ("The Iraqi parliament passed a new electoral law.", ("IRQLEG", "0834", None)),
        ("The Ethiopian prime minister announced snap elections.", ("ETHGOV", "0831", None)),
        # talks facilitated between others (045); an extended mandate agreed to (0334)
        (
            "Norway facilitated talks between the Colombian government and the ELN.",
            ("NOR", "045", "COLGOV"),
        ),
        (
            "The Security Council agreed to an extension of the mandate of the force.",
            ("IGOUNO", "0334", None),
        ),
    ],
)
def test_family_codes(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # talk about reforms, elections, mandates and deliveries is not the act
        ("Kenyan officials said the reforms were slow.", "083"),
        ("The election in Nigeria was postponed.", "0831"),
        ("Officials in Geneva discussed the mandate of the mission.", "074"),
        ("The delivery of aid to Yemen was delayed.", "0863"),
        # an agreement to something other than a ceasefire keeps its own code
        ("Iraq and Kuwait agreed to a meeting in Geneva.", "0356"),
        # a plain amount of money handed over is not humanitarian aid
        ("Saudi Arabia handed over $100 million to Yemen.", "073"),
    ],
)
def test_not_coded(text: str, code: str) -> None:
    assert code not in {c for _, c, _ in triples(text)}
