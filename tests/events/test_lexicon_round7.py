"""Lexicon round 7: the families added in this round, on sentences written for these tests
(real spaCy). Mostly nominal events: the agent is the noun's possessor or nationality adjective,
the target the object of the noun's preposition."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 02: a call or an appeal for something, as the call-for verb patterns
        ("The United Nations renewed its call for a ceasefire in Sudan.", ("IGOUNO", "0256", None)),
        ("Egypt renewed its appeal for a ceasefire in Gaza.", ("EGY", "0256", None)),
        # codebook 10: a demand for something, as the demand verb patterns
        (
            "Washington's demand for the release of the journalist was rejected by Moscow.",
            ("USAGOV", "1053", None),
        ),
        # codebook 03: offers of aid, loans or weapons to someone
        ("Japan's offer of aid to Turkey was accepted.", ("JPN", "033", "TUR")),
        ("Japan's offer of a loan to Sri Lanka was accepted.", ("JPN", "0331", "LKA")),
        ("Russia's offer of weapons to Niger worried France.", ("RUS", "0332", "NER")),
        # codebook 072: weapons supplied, delivered, shipped or sold to someone
        ("Iran's supply of drones to Russia drew sanctions.", ("IRN", "072", "RUS")),
        ("Germany's delivery of tanks to Ukraine began on Monday.", ("DEU", "072", "UKR")),
        (
            "Iran's shipments of weapons to Houthi rebels were intercepted.",
            ("IRN", "072", "YEMREB"),
        ),
        ("America's sale of fighter jets to Taiwan angered China.", ("USA", "072", "TWN")),
        # codebook 081/085: restrictions and sanctions lifted or eased
        (
            "America's easing of sanctions on Venezuela angered the opposition.",
            ("USA", "085", "VEN"),
        ),
        ("Washington's lifting of sanctions on Syria was welcomed.", ("USAGOV", "085", "SYR")),
        ("Israel's easing of restrictions on Gaza was welcomed.", ("ISR", "081", "PSE")),
        # codebook 0841: an amnesty, a prisoner swap
        ("Cuba's amnesty for political prisoners was welcomed.", ("CUB", "0841", "CUBOPP")),
        ("Russia's prisoner swap with Ukraine took place on Saturday.", ("RUS", "0841", "UKR")),
        # codebook 0831: power handed over without "over"
        ("Sudan's military ruler handed power to a civilian government.", ("SDNGOV", "0831", None)),
        # codebook 13: threats of sanctions or force as nouns
        (
            "Washington's threat of sanctions against Ankara angered Turkey.",
            ("USAGOV", "1312", "TURGOV"),
        ),
        ("Russia's threat of military action against Ukraine grew.", ("RUS", "138", "UKR")),
        # codebook 15: deployments and troops massed
        ("Russia's deployment of troops to Belarus alarmed NATO.", ("RUS", "150", "BLR")),
        ("Russia's massing of troops near Ukraine alarmed NATO.", ("RUS", "154", "UKR")),
        # codebook 16: import bans, diplomats expelled
        ("China's ban on imports from Japan angered Tokyo.", ("CHN", "163", "JPN")),
        ("Niger's expulsion of the French ambassador angered Paris.", ("NER", "161", "FRAGOV")),
        # codebook 12 and 016: rejection as a noun
        (
            "Iran's rejection of talks with the United States angered Washington.",
            ("IRN", "125", "USA"),
        ),
        ("Hamas's rejection of the ceasefire proposal angered Egypt.", ("PSEREBHMS", "1246", None)),
        ("Russia's rejection of the accusations angered Kyiv.", ("RUS", "016", None)),
        # codebook 016: reports and allegations dismissed
        ("Iran dismissed the reports.", ("IRN", "016", None)),
        ("China brushed aside the allegations.", ("CHN", "016", None)),
        # codebook 014: weighing a measure
        ("The European Union is weighing new sanctions against Russia.", ("IGOEEC", "014", "RUS")),
        ("Turkey is weighing a military operation in northern Syria.", ("TUR", "014", "SYR")),
        # codebook 11, 14: a protest lodged, a case brought, an election boycotted
        ("China's protest to Japan over the visit was ignored.", ("CHN", "114", "JPN")),
        (
            "South Africa's case against Israel at the International Court of Justice was heard.",
            ("ZAF", "115", "ISR"),
        ),
        (
            "The Venezuelan opposition's boycott of the election was criticised.",
            ("VENOPP", "143", "VENGOV"),
        ),
        # codebook 19: ceasefire violations; attacks repelled; drones launched at someone
        ("Ukraine repelled a Russian attack near Bakhmut.", ("UKR", "190", "RUS")),
        ("The Malian army repulsed an attack by jihadists.", ("MLIMIL", "190", "MLIINS")),
        ("Iran launched drones and missiles at Israel.", ("IRN", "1952", "ISR")),
        # codebook 12: ruled out, with the objects of "reject"
        ("Israel ruled out a truce.", ("ISR", "1246", None)),
        ("Germany ruled out military aid to Ukraine.", ("DEU", "1222", "UKR")),
        ("Russia ruled out dialogue with the opposition.", ("RUS", "125", "RUSOPP")),
        ("Russia's violation of the ceasefire was condemned.", ("RUS", "196", None)),
        # codebook 091: a criminal or corruption investigation into someone
        (
            "Brazilian police launched a corruption investigation into the former president.",
            ("BRACOP", "091", "BRAELI"),
        ),
        # codebook 166: foreign troops expelled
        ("Burkina Faso expelled French troops.", ("BFA", "166", "FRAMIL")),
        # codebook 163: a ban on imports as a noun
        ("The European Union's ban on Russian oil imports took effect.", ("IGOEEC", "163", "RUS")),
        # codebook 041: a call with someone
        (
            "The American president's call with his Chinese counterpart lasted two hours.",
            ("USAGOV", "041", "CHNGOV"),
        ),
        # codebook 020/100: an end called for or demanded
        # where the end is asked for is the target (session 12: a place inside the object)
        (
            "The United Nations called for an end to the fighting in Sudan.",
            ("IGOUNO", "020", "SDN"),
        ),
        ("The Arab League urged an end to the violence in Gaza.", ("IGOARL", "020", "PSE")),
        # codebook 02: more of what is asked for or requested
        ("Sri Lanka asked China for debt relief.", ("LKA", "0231", "CHN")),
        ("Somalia asked the African Union for more troops.", ("SOM", "0234", "IGOAFRAFU")),
        # codebook 180: a government toppled or overthrown
        ("Niger's army toppled the president.", ("NERMIL", "180", "NERGOV")),
        ("Gabon's military overthrew the government.", ("GABMIL", "180", "GABGOV")),
        # codebook 145/110: scuffles with police; disagreement with someone
        ("Kenyan protesters scuffled with police in Nairobi.", ("KENCVL", "145", "KENCOP")),
        ("Germany disagreed with France over the budget rules.", ("DEU", "110", "FRA")),
        ("China sparred with the United States over Taiwan.", ("CHN", "110", "USA")),
        # codebook 127/128/1246: refusing to sign an agreement, to abide by a rule, to agree a truce
        ("Serbia refused to sign the peace agreement.", ("SRB", "127", None)),
        ("North Korea refused to abide by the UN resolution.", ("PRK", "128", "IGOUNO")),
        ("Hamas refused to agree to a ceasefire.", ("PSEREBHMS", "1246", None)),
        # codebook 02: a request for something, as a noun
        (
            "Haiti's request for foreign troops was approved by the Security Council.",
            ("HTI", "0234", None),
        ),
        (
            "Ukraine's request for fighter jets from Germany was turned down.",
            ("UKR", "0232", "DEU"),
        ),
        # codebook 1724/163: an emergency declared, sanctions imposed, as nouns
        (
            "The Peruvian government's declaration of a state of emergency angered the opposition.",
            ("PERGOV", "1724", "PERCVL"),
        ),
        (
            "Washington's imposition of sanctions on Tehran angered Iran.",
            ("USAGOV", "163", "IRNGOV"),
        ),
        # codebook 055/051: an apology for something, praise of someone
        (
            "Japan's apology for its wartime abuses was accepted by South Korea.",
            ("JPN", "055", None),
        ),
        ("The American president's praise of India drew attention.", ("USAGOV", "051", "IND")),
    ],
)
def test_round7_families(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Demand for food has soared in Sudan.",  # economic demand, not a political one
        "China's demand for oil rose sharply in May.",
        "The parcel weighs two kilograms.",
        "The delivery of the parcel was delayed.",
        "Public support for the ceasefire in Israel has grown.",
        "Doctors ruled out foul play.",
        "The storm toppled trees across the city.",
        "Germany disagreed with the idea.",
        "The season came to an end.",
        "The newspaper's request for comment was not answered.",
        "The apology for the delay was posted online.",
        "The government pushed back the vote to next year.",
    ],
)
def test_round7_non_events(text: str) -> None:
    assert triples(text) == set()
