"""Lexicon round 8: the families added in this round, on sentences written for these tests
(real spaCy). Mostly gaps in verb and object combinations of families that already existed:
weapons and aid handed over, aid resumed, aid trucks let in, strikes against or inside a
country, attacks unleashed, supplies cut, executions, bids blocked, idioms of criticism."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 072: shells, missiles and equipment handed to someone; weapons exported
        ("North Korea sent artillery shells to Russia.", ("PRK", "072", "RUS")),
        ("South Korea supplied shells to Poland.", ("KOR", "072", "POL")),
        ("Iran exported drones to Russia.", ("IRN", "072", "RUS")),
        ("Turkey exported armed drones to Ethiopia.", ("TUR", "072", "ETH")),
        ("Israel exports weapons to Azerbaijan.", ("ISR", "072", "AZE")),
        ("China delivered military equipment to Myanmar.", ("CHN", "072", "MMR")),
        ("Washington cleared the sale of missiles to Saudi Arabia.", ("USAGOV", "072", "SAU")),
        # codebook 07: aid resumed or restored; aid convoys sent
        ("The United States restored aid to Ethiopia.", ("USA", "070", "ETH")),
        ("Germany resumed humanitarian aid to Afghanistan.", ("DEU", "073", "AFG")),
        ("Japan resumed economic aid to Myanmar.", ("JPN", "071", "MMR")),
        ("Jordan sent aid convoys to Gaza.", ("JOR", "073", "PSE")),
        ("Egypt sent aid trucks to Gaza.", ("EGY", "073", "PSE")),
        # codebook 0863: aid trucks, fuel, food let in
        ("Israel let aid trucks into Gaza.", ("ISR", "0863", "PSE")),
        ("Israel allowed fuel into Gaza.", ("ISR", "0863", "PSE")),
        ("Syria allowed food into the town.", ("SYR", "0863", "SYRCVL")),
        # codebook 042: attending an event in a place
        (
            "The Indian president attended the opening ceremony in Paris.",
            ("INDGOV", "042", "FRAGOV"),
        ),
        (
            "The Chinese vice president attended the coronation in London.",
            ("CHNGOV", "042", "GBRGOV"),
        ),
        # codebook 190: plain strikes against or inside a country; attacks unleashed; pummelled
        ("Pakistan launched retaliatory strikes against Iran.", ("PAK", "190", "IRN")),
        ("Turkey conducted strikes inside Iraq.", ("TUR", "190", "IRQ")),
        ("Israel carried out strikes against Hezbollah.", ("ISR", "190", "LBNREBHEZ")),
        ("Russia unleashed a barrage of missiles on Ukraine.", ("RUS", "194", "UKR")),
        ("Israel pummelled Gaza with air strikes.", ("ISR", "190", "PSE")),
        # codebook 192: a town or village liberated (retaken)
        ("Ukrainian forces liberated the village.", ("UKRMIL", "192", "UKRCVL")),
        # codebook 163: water, electricity and fuel supplies cut
        ("Israel cut off water supplies to Gaza.", ("ISR", "163", "PSE")),
        ("Russia halted electricity supplies to Georgia.", ("RUS", "163", "GEO")),
        # codebook 1823: more of those executed
        ("Al-Shabaab executed two villagers.", ("SOMREB", "1823", None)),
        ("The Taliban executed two Afghan civilians.", ("AFGREBTAL", "1823", "AFGCVL")),
        # codebook 129: a bid or membership blocked or held up
        ("Hungary held up Sweden's accession to NATO.", ("HUN", "129", "SWE")),
        ("Hungary blocked Ukraine's membership of the European Union.", ("HUN", "129", "UKR")),
        # codebook 0244/1044: independence or autonomy called for or demanded, from a state
        ("Catalan separatists called for independence from Spain.", ("ESPSEP", "0244", "ESP")),
        ("Basque separatists demanded independence from Spain.", ("ESPSEP", "1044", "ESP")),
        (
            "Thousands of Iraqi Kurds demonstrated in Kirkuk calling for independence from Iraq.",
            ("IRQCVL", "1414", "IRQ"),
        ),
        # conflict nouns: an advance on a place, a push into it
        ("Russia's advance on Kharkiv alarmed Ukraine.", ("RUS", "190", "UKR")),
        ("The Russian push into Ukraine began in February.", ("RUS", "190", "UKR")),
        # intent.tsv: a threat of unconventional violence (18x) is 1383, of mass violence 1385
        (
            "Al-Shabaab threatened to carry out suicide bombings in Kenya.",
            ("SOMREB", "1383", "KEN"),
        ),
        (
            "The militia threatened to massacre the Tutsi population in Rwanda.",
            ("RWAUAF", "1385", "RWACVL"),
        ),
        # intent.tsv: asking someone to agree to an act is asking for the act (02x, 10x)
        ("France urged Russia to agree to a ceasefire.", ("FRA", "0256", "RUS")),
        ("The EU urged Armenia and Azerbaijan to agree to talks.", ("IGOEEC", "026", "ARM")),
        ("The United States demanded that Russia agree to a ceasefire.", ("USA", "1056", "RUS")),
        ("Russia demanded that Ukraine agree to talks.", ("RUS", "106", "UKR")),
        # codebook 05/03: relations patched up; assurances of support or commitment
        ("Turkey patched up relations with Egypt.", ("TUR", "050", "EGY")),
        ("Russia cozied up to North Korea.", ("RUS", "050", "PRK")),
        ("China reassured Pakistan of its support.", ("CHN", "032", "PAK")),
        ("The United States reassured Japan.", ("USA", "030", "JPN")),
        # codebook 16: an accord terminated, a meeting walked out of
        ("Mali terminated the defence accord with France.", ("MLI", "160", "FRA")),
        ("Poland walked out of the meeting with Russia.", ("POL", "164", "RUS")),
        # codebook 11/12: reproached, shunned
        ("China reproached Japan.", ("CHN", "111", "JPN")),
        ("Iran shunned the United States.", ("IRN", "120", "USA")),
        # codebook 163/1722: designated a terrorist (sanctions) or an extremist (ban) organisation
        ("Britain designated Hamas a terrorist organization.", ("GBR", "163", "PSEREBHMS")),
        (
            "Russia designated the Russian opposition as an extremist organisation.",
            ("RUS", "1722", "RUSOPP"),
        ),
        # codebook 138: a military operation or offensive threatened
        ("Turkey threatened a military operation in northern Syria.", ("TUR", "138", "SYR")),
        ("Israel threatened Hezbollah with a military response.", ("ISR", "138", "LBNREBHEZ")),
        # codebook 111: idioms of criticism
        ("The Turkish president took a swipe at France.", ("TURGOV", "111", "FRA")),
        ("The Chinese ambassador took potshots at the United States.", ("CHNGOV", "111", "USA")),
    ],
)
def test_round8_families(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unions launched strikes against the pension reform.",  # labour strikes, not attacks
        "Workers carried out strikes in France.",
        "The company exports cars to Germany.",
        "The referee blocked the shot.",
        "The farmer let the cattle into the field.",
        "The storm cut off power to thousands of homes.",
        "The software executed the program.",
        "The bank cleared the payment.",
        "The execution of the plan was delayed.",
        "The investors were reassured.",
        "The United States designated the area a disaster zone.",
        "The company terminated the contract.",
        "The Japanese firm's takeover of an American steel maker was blocked.",
    ],
)
def test_round8_non_events(text: str) -> None:
    assert triples(text) == set()
