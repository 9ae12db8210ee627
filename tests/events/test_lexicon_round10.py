"""Lexicon round 10 (events missed for want of a pattern): the families added in this round, on
sentences written for these tests (real spaCy): pauses in the fighting asked for, agreed,
declared, demanded and rejected; a strait closed; troops massing at a border; mortar fire
launched; sitting down for talks; investigations authorised;
diplomatic ties resumed; export controls and sanctions packages; missiles fired at what is no
actor; vessels rammed and tanks rolling in; tanks sent to a country as military aid; captives let
free; planes allowed to land; food distribution resumed; swathes of territory seized; troops
forced to retreat; ceasefires abided by; troops disengaged; representations lodged; internet
access shut down; sums of aid suspended; killings claimed; and synonyms filled in each other's
patterns ('ties' and 'relations', 'ceasefire' and 'truce', 'troops', 'forces' and 'soldiers',
'talks' and 'negotiations', 'sanctions' and 'embargo', 'agreement', 'deal' and 'accord', 'aid' and
'assistance', 'prisoners' and 'detainees', 'journalist' and 'reporter')."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pause in the fighting, as a truce: asked for (0256), agreed (0356), declared (0871),
        # demanded (1056), rejected (1246)
        ("The UN called for a humanitarian pause in Gaza.", ("IGOUNO", "0256", "PSE")),
        ("The United States pressed for a pause in the fighting.", ("USA", "0256", None)),
        ("Israel agreed to a pause in the fighting.", ("ISR", "0356", None)),
        ("Israel announced a four-hour pause in northern Gaza.", ("ISR", "0871", "PSE")),
        ("The UN demanded a humanitarian pause in Gaza.", ("IGOUNO", "1056", "PSE")),
        ("Hamas rejected a pause in the fighting.", ("PSEREBHMS", "1246", None)),
        # codebook 191: a strait closed or blocked; threatened, a threat of blockade (1381)
        ("Iran closed the Strait of Hormuz.", ("IRN", "191", None)),
        ("Yemen's Houthis blocked the Bab el-Mandeb strait.", ("YEMREB", "191", None)),
        ("Iran threatened to close the Strait of Hormuz.", ("IRN", "1381", None)),
        # codebook 154: troops massing at a border
        ("Russian troops massed near the border.", ("RUSMIL", "154", None)),
        ("Russian troops massed along the Ukrainian border.", ("RUSMIL", "154", "UKR")),
        # codebook 193: mortar fire launched at a target
        ("Syrian troops launched mortar fire at rebel positions.", ("SYRMIL", "193", "SYRREB")),
        # codebook 040: sitting down for talks
        (
            "Venezuela's government sat down for a second round of talks.",
            ("VENGOV", "040", None),
        ),
        # codebook 090: an investigation authorised
        (
            "The International Criminal Court authorised an investigation into Burundi.",
            ("IGOICC", "090", "BDI"),
        ),
        # codebook 050: diplomatic ties resumed
        ("Iran and Saudi Arabia resumed diplomatic ties.", ("IRN", "050", "SAU")),
        ("Turkey resumed ties with Israel.", ("TUR", "050", "ISR")),
        # codebook 163: export controls imposed, a sanctions package adopted
        ("The United States imposed export controls on China.", ("USA", "163", "CHN")),
        ("The EU adopted a new sanctions package against Russia.", ("IGOEEC", "163", "RUS")),
        ("The EU approved its 12th sanctions package.", ("IGOEEC", "163", None)),
        # a missile fired at what is no actor is an attack (193); launched with no target, 150;
        # launched on a city, 190
        (
            "The Houthis fired a missile at a commercial vessel in the Red Sea.",
            ("YEMREB", "193", None),
        ),
        ("North Korea launched a ballistic missile into the sea.", ("PRK", "150", None)),
        ("Russia launched missiles on Kyiv overnight.", ("RUS", "190", "UKRGOV")),
        # codebook 190: a vessel rammed; tanks rolling into a town (194 by the instrument)
        ("Chinese ships rammed a Philippine supply boat.", ("CHN", "190", "PHL")),
        ("Israeli tanks rolled into Rafah.", ("ISRMIL", "194", "PSE")),
        # codebook 072: tanks sent to a country are military aid (was 154)
        ("Britain sent Challenger tanks to Ukraine.", ("GBR", "072", "UKR")),
        # codebook 0841: captives let free
        (
            "Bosnian Serb forces let free six French UN peacekeepers.",
            ("BIHMIL", "0841", "IGOPKO"),
        ),
        # codebook 086 told form ('allow $T to:land'); refused, 1245
        ("Russia refused to allow the UN planes to land.", ("RUS", "1245", "IGOUNO")),
        # codebook 073: food distribution resumed
        ("The WFP resumed food distribution in Yemen.", ("IGOUNOWFP", "073", "YEM")),
        # codebook 192: swathes of territory seized or captured
        (
            "The M23 rebels have seized swathes of territory in North Kivu.",
            ("CODREB", "192", "COD"),
        ),
        (
            "Russian forces captured swathes of territory in eastern Ukraine.",
            ("RUSMIL", "192", "UKR"),
        ),
        # codebook 190: troops forced to retreat or pull back (not the coercion 170)
        (
            "Ukrainian forces forced Russian troops to retreat from Izium.",
            ("UKRMIL", "190", "RUSMIL"),
        ),
        (
            "The Ukrainian army forced Russian forces to pull back from Kyiv.",
            ("UKRMIL", "190", "RUSMIL"),
        ),
        # codebook 0871: a ceasefire abided by or adhered to (agreed or promised, 0356)
        ("Pakistan and India agreed to abide by the ceasefire.", ("PAK", "0356", "IND")),
        ("Hamas said it would adhere to the truce.", ("PSEREBHMS", "0356", None)),
        # codebook 0874: troops disengaged (agreed, 0356)
        ("India and China agreed to disengage troops along the border.", ("IND", "0356", None)),
        # codebook 114: representations lodged
        (
            "China lodged stern representations with the United States.",
            ("CHN", "114", "USA"),
        ),
        # codebook 1721: internet access shut down
        (
            "Ethiopia's government shut down internet access in Tigray.",
            ("ETHGOV", "1721", "ETH"),
        ),
        # codebook 162: a sum of aid suspended
        ("The United States suspended $700 million in aid to Sudan.", ("USA", "162", "SDN")),
        ("The World Bank suspended $2 billion in funding.", ("IGOUNOWBK", "162", None)),
        # codebook 015: a killing claimed
        ("Al-Shabaab claimed to have killed 20 Kenyan soldiers.", ("SOMREB", "015", "KENMIL")),
        (
            "The Taliban claimed to have shot down an Afghan army helicopter.",
            ("AFGREBTAL", "015", "AFGMIL"),
        ),
        # synonyms filled: 'relations' for 'ties', 'truce' for 'ceasefire', 'forces' for 'troops'
        ("Algeria cut relations with Morocco.", ("DZA", "161", "MAR")),
        ("China and Russia boosted relations.", ("CHN", "050", "RUS")),
        (
            "The United States and Vietnam strengthened defence relations.",
            ("USA", "062", "VNM"),
        ),
        ("The UN urged a truce in Sudan.", ("IGOUNO", "0256", "SDN")),
        ("Russia massed forces near the Ukrainian border.", ("RUS", "154", "UKR")),
        # synonyms filled: 'embargo' (slapped, no longer 'slap $T' 182), 'assistance',
        # 'negotiations', 'deal'
        ("The United States tightened its embargo on Cuba.", ("USA", "163", "CUB")),
        ("The United States slapped an embargo on Cuba.", ("USA", "163", "CUB")),
        ("Japan offered humanitarian assistance to Turkey.", ("JPN", "0333", "TUR")),
        (
            "Qatar brokered negotiations between Israel and Hamas.",
            ("QAT", "045", "PSEREBHMS"),
        ),
        ("Israel and Hamas breached the truce deal.", ("ISR", "196", "PSEREBHMS")),
        # synonyms filled: 'soldiers' for 'troops', 'reporter', 'airstrike'
        ("The United States sent 500 soldiers to Poland.", ("USA", "072", "POL")),
        ("Russia massed soldiers near the Ukrainian border.", ("RUS", "154", "UKR")),
        ("Iran executed a reporter.", ("IRN", "1823", "IRNMED")),
        ("France blasted the airstrike.", ("FRA", "111", None)),
        # material help (070; as an intent, 033)
        ("Iran provided material support to the Houthis.", ("IRN", "070", "YEMREB")),
        ("Norway is willing to send material to help defend Saudi Arabia.", ("NOR", "033", "SAU")),
        # a missile fired toward a place is an attack on it (193)
        ("A missile was fired toward Riyadh by the Houthi movement.", ("YEMREB", "193", "SAUGOV")),
    ],
)
def test_round10_families(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks paused for a week.",  # a verb, not a pause in the fighting
        "Thousands of pilgrims massed near the shrine.",  # no border
        "The company launched a new product.",
        "The car rolled into the river.",
        "The company complied with the ruling.",
    ],
)
def test_round10_non_events(text: str) -> None:
    assert triples(text) == set()
