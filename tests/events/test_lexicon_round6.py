"""Lexicon round 6: the families added in this round, on sentences written for these tests
(real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 071: money given in any currency, the recipient from the to-phrase or dative
        ("Britain gave 20 million pounds to Ukraine.", ("GBR", "071", "UKR")),
        ("Japan donated 10 million dollars to Syria.", ("JPN", "071", "SYR")),
        ("Saudi Arabia sent 3 billion riyals to Egypt.", ("SAU", "071", "EGY")),
        ("Norway granted 30 million kroner to Mozambique.", ("NOR", "071", "MOZ")),
        ("Kuwait transferred 100 million dinars to Iraq.", ("KWT", "071", "IRQ")),
        # ... set aside for someone: allocated, earmarked, approved
        ("The European Union earmarked 50 million euros for Yemen.", ("IGOEEC", "071", "YEM")),
        ("Turkey allocated 5 million liras to Somalia.", ("TUR", "071", "SOM")),
        ("The United States approved $700 million for Ukraine.", ("USA", "071", "UKR")),
        # codebook 0331: money pledged or promised
        ("Germany pledged 500 million euros to Greece.", ("DEU", "0331", "GRC")),
        ("China promised 2 billion yuan to Cambodia.", ("CHN", "0331", "KHM")),
        # codebook 193-195: fire rained or lobbed on a place
        ("Hezbollah rained rockets on northern Israel.", ("LBNREBHEZ", "194", "ISR")),
        ("Syrian jets rained bombs on the rebels.", ("SYRMIL", "195", "SYRREB")),
        ("The Taliban lobbed mortars into the Afghan army base.", ("AFGREBTAL", "193", "AFGMIL")),
        # codebook 190/195: military campaigns, offensives and incursions
        ("Turkey launched a military campaign in northern Syria.", ("TUR", "190", "SYR")),
        ("Israel launched a bombing campaign in Gaza.", ("ISR", "195", "PSE")),
        (
            "Turkey's ground offensive against Kurdish militias in Syria continued.",
            ("TUR", "190", "SYRUAF"),
        ),
        ("Israel's offensive in Gaza continued on Monday.", ("ISR", "190", "PSE")),
        ("Turkey launched an incursion into northern Iraq.", ("TUR", "190", "IRQ")),
        # codebook 0356: a ceasefire agreed without "to", as "agreed to a ceasefire"
        ("Armenia and Azerbaijan agreed a truce on Saturday.", ("ARM", "0356", "AZE")),
        ("Israel agreed to a humanitarian pause in Gaza.", ("ISR", "0356", "PSE")),
        # codebook 061/062: ties boosted, deepened, stepped up
        ("India and Russia boosted trade ties.", ("IND", "061", "RUS")),
        ("China deepened economic cooperation with Pakistan.", ("CHN", "061", "PAK")),
        ("Japan stepped up defence cooperation with Australia.", ("JPN", "062", "AUS")),
        ("France strengthened military ties with Greece.", ("FRA", "062", "GRC")),
        # codebook 061: flights resumed
        ("China resumed flights to Japan.", ("CHN", "061", "JPN")),
        # codebook 051: an alliance or commitment reaffirmed
        ("Germany reaffirmed its commitment to Israel.", ("DEU", "051", "ISR")),
        ("Japan reaffirmed its alliance with the United States.", ("JPN", "051", "USA")),
        # codebook 128: sanctions shrugged off
        ("Iran shrugged off the new American sanctions.", ("IRN", "128", "USA")),
        # codebook 161: diplomats withdrawn; 1661: a peacekeeping mission expelled
        ("The United States withdrew its diplomats from Venezuela.", ("USA", "161", "VEN")),
        ("Britain withdrew embassy staff from Iran.", ("GBR", "161", "IRN")),
        ("Mali expelled the UN peacekeeping mission.", ("MLI", "1661", "IGOUNO")),
        # codebook 163: sanctions put or placed on someone
        ("Britain put sanctions on Chinese officials.", ("GBR", "163", "CHNGOV")),
        ("Canada placed sanctions on Belarus.", ("CAN", "163", "BLR")),
        # codebook 154: a mobilisation declared or ordered
        ("Armenia declared a general mobilisation on Sunday.", ("ARM", "154", None)),
        # codebook 057: an agreement initialled
        ("Egypt and Sudan initialled a border agreement.", ("EGY", "057", "SDN")),
        # codebook 042: jetting to a country
        ("Iran's foreign minister jetted to Moscow on Monday.", ("IRNGOV", "042", "RUSGOV")),
        # codebook 114: a complaint to one party over another targets the other
        (
            "Lebanon complained to the United Nations over Israeli air strikes.",
            ("LBN", "114", "ISRMIL"),
        ),
        ("Iran protested to the Security Council about Israel's threats.", ("IRN", "114", "ISR")),
        ("Turkey filed a complaint against Greece with the United Nations.", ("TUR", "114", "GRC")),
        # codebook 1224: peacekeepers or troops refused for a country keep it as target
        ("Pakistan refused to deploy troops in Iraq.", ("PAK", "1224", "IRQ")),
        ("India declined to send troops to Iraq.", ("IND", "1224", "IRQ")),
        # codebook 101: summoned or ordered to appear for questioning
        (
            "A Pakistani court ordered the former prime minister to appear for questioning.",
            ("PAKJUD", "101", "PAKELI"),
        ),
        (
            "Pakistani prosecutors summoned the former prime minister for questioning.",
            ("PAKJUD", "101", "PAKELI"),
        ),
        # codebook 160: travel warnings and advisories against a country
        ("France advised against travel to Mali.", ("FRA", "160", "MLI")),
        ("Britain advised its citizens against all travel to Yemen.", ("GBR", "160", "YEM")),
        ("The United States issued a travel warning for Mexico.", ("USA", "160", "MEX")),
        ("Japan's travel advisory for China angered Beijing.", ("JPN", "160", "CHN")),
        # codebook 163: tariffs and duties raised, hiked or levied
        ("The United States raised tariffs on Chinese imports.", ("USA", "163", "CHN")),
        ("Canada levied duties on Chinese steel.", ("CAN", "163", "CHN")),
        # codebook 061: energy supplies resumed, restored, supplied
        ("Russia resumed gas supplies to Ukraine.", ("RUS", "061", "UKR")),
        ("Qatar supplied gas to Germany.", ("QAT", "061", "DEU")),
        # codebook 176: websites and computer networks targeted or breached
        ("Russian hackers targeted Ukrainian government websites.", ("RUS", "176", "UKRGOV")),
        (
            "Chinese hackers breached the computer networks of the Indian army.",
            ("CHN", "176", "INDMIL"),
        ),
        # codebook 111: someone branded (a terrorist state, a traitor)
        ("Iran branded the United States a terrorist state.", ("IRN", "111", "USA")),
        # codebook 027: peace appealed or pleaded for; 0231: a bailout or loan sought
        ("The Vatican appealed for peace in Ukraine.", ("VAT", "027", "UKR")),
        ("Pakistan sought a bailout from the IMF.", ("PAK", "0231", "IGOIMF")),
        ("Sri Lanka applied for an emergency loan from the IMF.", ("LKA", "0231", "IGOIMF")),
        # codebook 125, 1246, 122: an offer of talks, a truce or aid turned down
        ("Iran rebuffed an offer of direct negotiations.", ("IRN", "125", None)),
        ("The Taliban turned down the offer of a ceasefire.", ("AFGREBTAL", "1246", None)),
        ("Myanmar declined offers of aid.", ("MMR", "122", None)),
        # codebook 087: violence or armed struggle renounced; demanded of someone, 1056
        ("The PKK renounced violence.", ("TURREBPKK", "087", None)),
        (
            "The United States demanded that Hamas renounce its armed struggle.",
            ("USA", "1056", "PSEREBHMS"),
        ),
        # codebook 173: locked up, put behind bars; 1721: censorship, internet cut off
        ("Saudi Arabia locked up the opposition leader.", ("SAU", "173", "SAUOPP")),
        ("Egypt put the opposition leader behind bars.", ("EGY", "173", "EGYOPP")),
        ("China censored reports about the protests.", ("CHN", "1721", "CHNCVL")),
        ("Iran restricted internet access during the protests.", ("IRN", "1721", "IRNCVL")),
        # codebook 160, 161, 166: flights banned; ambassadors and troops ordered out
        ("India banned flights from the United Kingdom.", ("IND", "160", "GBR")),
        ("Mali ordered the French ambassador out.", ("MLI", "161", "FRAGOV")),
        ("Niger ordered French troops out of the country.", ("NER", "166", "FRAMIL")),
        # codebook 150: nuclear weapons moved, warships sailed, bombers flown, missiles paraded
        ("Russia moved nuclear weapons to Belarus.", ("RUS", "150", "BLR")),
        ("China sailed an aircraft carrier through the Taiwan Strait.", ("CHN", "150", "TWN")),
        ("The United States flew bombers over the Korean peninsula.", ("USA", "150", None)),
        ("North Korea paraded its ballistic missiles.", ("PRK", "150", None)),
    ],
)
def test_round6_family_codes(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a sum with no recipient approved, a budget, money that is no aid
        ("Congress approved 700 million dollars in defence spending.", "071"),
        ("The company gave 2 million pounds in bonuses.", "071"),
        # an intervention only discussed is no attack; an oil price that fell is no occupation
        ("The Arab League discussed an offensive in Libya.", "190"),
        ("Oil prices fell to a six-month low.", "192"),
        # a complaint about the weather names nobody to target
        ("Lebanon complained to the United Nations over the weather.", "190"),
        # ties and trade boosted at home are no cooperation with another
        ("The government boosted trade in the capital.", "061"),
        # rockets rained in a game, lobbed questions
        ("The minister lobbed questions at the press conference.", "193"),
        # credit applied for with nobody named to give it; prices and taxes raised
        ("The students applied for credit.", "0231"),
        ("The government raised taxes on imports.", "163"),
        ("The company raised prices on its products.", "163"),
        # a storm that hit servers is no cyber attack
        ("Their servers were hit by a storm.", "176"),
        # doctors who advise against travel to an unnamed region
        ("Doctors advised against travel to the region.", "160"),
        # violence rejected in words is no de-escalation; a company unveiling a drone no force
        ("The minister rejected violence at the rally.", "087"),
        ("The company unveiled a new drone.", "150"),
        # an office locked up, an evacuation ordered
        ("They locked up the office.", "173"),
        ("The army ordered residents to leave the area.", "166"),
    ],
)
def test_round6_must_not_code(text: str, code: str) -> None:
    assert not any(c == code for _, c, _ in triples(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the complaint falls back to the party complained to when the over-phrase names nobody
        ("Lebanon complained to the United Nations over the weather.", "IGOUNO"),
    ],
)
def test_round6_complaint_fallback_target(text: str, target: str) -> None:
    assert ("LBN", "114", target) in triples(text)
