"""Lexicon round 5: the families added in this round, on sentences written for these tests
(real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 150: exercises, drills, war games begun, launched or kicked off
        ("Iran began three days of wargames on Monday.", ("IRN", "150", None)),
        ("North Korea launched artillery drills on Tuesday.", ("PRK", "150", None)),
        ("Taiwan started its annual exercises on Monday.", ("TWN", "150", None)),
        # ... near or around a country keeps that country as the target
        ("China launched drills around Taiwan on Saturday.", ("CHN", "150", "TWN")),
        ("Russia started snap drills near the Ukrainian border.", ("RUS", "150", "UKR")),
        # ... and held by two countries, their military cooperation (062, by the coder)
        ("Egypt and France kicked off naval drills on Sunday.", ("EGY", "062", "FRA")),
        ("China and Russia began joint naval manoeuvres on Sunday.", ("RUS", "062", "CHN")),
        # codebook 192: bases, airports, ports and plants seized or captured are occupied ground
        ("Libyan rebels captured the oil port on Monday.", ("LBYREB", "192", None)),
        ("Syrian rebels captured a military airbase in Idlib.", ("SYRREB", "192", "SYRMIL")),
        ("Russian troops seized the nuclear power plant in Ukraine.", ("RUSMIL", "192", "UKR")),
        ("Taliban fighters took over the district on Sunday.", ("AFGREBTAL", "192", None)),
        # codebook 190: aircraft and drones shot down or downed
        ("Turkey shot down a Russian warplane on Tuesday.", ("TUR", "190", "RUSMIL")),
        ("Libyan rebels shot down a government helicopter.", ("LBYREB", "190", "LBYMIL")),
        ("Iran downed an American drone over the Gulf.", ("IRN", "190", "USAMIL")),
        # codebook 072: drones, artillery, howitzers, armoured vehicles supplied or sold
        ("Iran supplied drones to Russia.", ("IRN", "072", "RUS")),
        ("Germany delivered howitzers to Ukraine.", ("DEU", "072", "UKR")),
        ("France sold armoured vehicles to Egypt.", ("FRA", "072", "EGY")),
        ("Britain gave air defence systems to Ukraine.", ("GBR", "072", "UKR")),
        ("Iran sent rockets to Hezbollah.", ("IRN", "072", "LBNREBHEZ")),
        # codebook 094: war crimes investigations, with the country where the crimes happened
        ("The ICC launched a war crimes investigation in Ukraine.", ("IGOICC", "094", "UKR")),
        (
            "The ICC's investigation into war crimes in Sudan is continuing.",
            ("IGOICC", "094", "SDN"),
        ),
        # codebook 012, 110, 111, 051: a stance as a predicate after a copula
        ("Japan is alarmed at North Korea's missile launch.", ("JPN", "012", "PRK")),
        ("Germany is deeply troubled over China's crackdown.", ("DEU", "012", "CHN")),
        ("Japan was dismayed at North Korea's missile launch.", ("JPN", "110", "PRK")),
        ("Washington is frustrated with Pakistan.", ("USAGOV", "110", "PAK")),
        (
            "France said it was appalled at the Syrian government's attack.",
            ("FRA", "111", "SYRGOV"),
        ),
        ("The EU is pleased with Serbia's progress.", ("IGOEEC", "051", "SRB")),
        # codebook 201: communities and farmers driven out
        ("Arab militias chased farmers out of their land in Darfur.", ("SDNUAF", "201", "SDNAGR")),
        # codebook 050/161: embassies reopened, shut or shut down
        ("Turkey reopened its embassy in Libya.", ("TUR", "050", "LBY")),
        ("The United States shut its embassy in Syria.", ("USA", "161", "SYR")),
        # codebook 1621: aid payments, disbursements, budget support halted or withheld
        ("The World Bank halted aid payments to Haiti.", ("IGOUNOWBK", "1621", "HTI")),
        ("The European Union suspended budget support to Mali.", ("IGOEEC", "1621", "MLI")),
        (
            "Washington withheld financial assistance from the Palestinian Authority.",
            ("USAGOV", "1621", "PSE"),
        ),
        # codebook 112: evidence presented against someone
        ("Britain produced evidence against Iran on Monday.", ("GBR", "112", "IRN")),
        ("France presented evidence against Syria at the United Nations.", ("FRA", "112", "SYR")),
        # codebook 020/024: petitions handed over, reform petitions
        ("Iraqi Kurds submitted a petition on Monday.", ("IRQCVL", "020", None)),
        ("Egyptian activists delivered a reform petition on Sunday.", ("EGYOPP", "024", None)),
        # codebook 141: demonstrations in or outside a place that is no known actor
        (
            "Thousands of Moroccans demonstrated in the centre of the city on Sunday.",
            ("MARCVL", "141", "MARGOV"),
        ),
        (
            "Hundreds of Egyptian students demonstrated outside the university.",
            ("EGYEDU", "141", "EGYGOV"),
        ),
    ],
)
def test_round5_family_codes(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a drill that is not military, evidence that accuses nobody, payments that are no aid
        ("Ukraine resumed payments to Gazprom.", "1621"),
        ("The committee shot down the proposal.", "190"),
        ("Kenya is concerned with trade, the minister said.", "051"),
        ("The police opened an investigation into the theft in Kenya.", "094"),
        # property a government seizes stays 171
        ("Venezuela seized a US-owned glass plant.", "192"),
        ("The court heard evidence from Kenya on Monday.", "112"),
        ("The Chinese army demonstrated its capabilities in the exercise.", "141"),
        ("Iran demonstrated its new missile at a parade.", "141"),
    ],
)
def test_round5_must_not_code(text: str, code: str) -> None:
    assert not any(c == code for _, c, _ in triples(text))
