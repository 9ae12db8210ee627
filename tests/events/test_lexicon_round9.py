"""Lexicon round 9 (conflict reporting): the families added in this round, on sentences written
for these tests (real spaCy): civilians forced to flee (mass expulsion), sieges ordered, chemical
weapons dropped, projectiles launched, troops advancing, missiles slamming into buildings,
warplanes and warships sent toward another's territory, diplomats' expulsion announced, offices
closed, prisoner exchanges carried out, fighting on someone's side."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 201: large groups forced out ('force $T to:flee', told form)
        ("Sudanese militias forced thousands of civilians to flee.", ("SDNUAF", "201", "SDNCVL")),
        (
            "Russian forces forced Ukrainian civilians to leave their homes.",
            ("RUSMIL", "201", "UKRCVL"),
        ),
        (
            "Burmese soldiers forced Rohingya villagers to abandon their homes.",
            ("MMRMIL", "201", "MMRCVL"),
        ),
        # codebook 191: a siege or blockade ordered
        ("Israel ordered a complete siege of Gaza.", ("ISR", "191", "PSE")),
        ("Israel ordered a siege on Gaza.", ("ISR", "191", "PSE")),
        # codebook 191: aid convoys and humanitarian access blocked, roads and supply lines cut off
        ("Ethiopian troops blocked aid convoys to Tigray.", ("ETHMIL", "191", "ETH")),
        (
            "The Syrian government blocked humanitarian access to Eastern Ghouta.",
            ("SYRGOV", "191", "SYRCVL"),
        ),
        ("Israel restricted access to Gaza.", ("ISR", "191", "PSE")),
        ("Russian forces cut off the last road into Mariupol.", ("RUSMIL", "191", "UKRCVL")),
        ("Russian troops cut off supply lines to Bakhmut.", ("RUSMIL", "191", "UKRCVL")),
        # codebook 0874: a pullback completed; codebook 050: a suspended member readmitted
        ("Russian forces completed their pullback from Kherson.", ("RUSMIL", "0874", None)),
        ("The African Union readmitted Mali.", ("IGOAFRAFU", "050", "MLI")),
        # codebook 0871: a ceasefire proposal accepted; codebook 0832: an order rescinded
        ("Hamas accepted the ceasefire proposal.", ("PSEREBHMS", "0871", None)),
        ("Israel rescinded the evacuation order.", ("ISR", "0832", None)),
        ("The UN urged Israel to rescind the evacuation order.", ("IGOUNO", "0242", "ISR")),
        # codebook 160: security coordination suspended (outranks 'suspend protest' on "in protest")
        (
            "The Palestinian Authority halted security coordination with Israel.",
            ("PSE", "160", "ISR"),
        ),
        (
            "The Palestinian Authority suspended security coordination with Israel in protest at"
            " the raid.",
            ("PSE", "160", "ISR"),
        ),
        # codebook 138: revenge sworn or pledged, a crushing or harsh response vowed or warned of
        ("Hezbollah vowed a crushing response to Israel.", ("LBNREBHEZ", "138", "ISR")),
        ("Iran warned Israel of a harsh response.", ("IRN", "138", "ISR")),
        ("Iran pledged revenge against Israel.", ("IRN", "138", "ISR")),
        ("The Houthis promised retaliation for the US strikes.", ("YEMREB", "138", "USA")),
        # codebook 2041: chlorine or sarin dropped
        (
            "Syrian government forces dropped barrels of chlorine on Douma.",
            ("SYRMIL", "2041", "SYRCVL"),
        ),
        ("Syrian army helicopters dropped chlorine on the town.", ("SYRMIL", "2041", "SYRCVL")),
        # codebook 19: projectiles launched; troops advancing; missiles slamming into buildings
        # (ISR before session 16: positions a state's adjective names are its forces')
        ("Hezbollah launched projectiles at Israeli positions.", ("LBNREBHEZ", "193", "ISRMIL")),
        ("Iraqi troops advanced toward Kirkuk.", ("IRQMIL", "190", "IRQ")),
        ("A Russian missile slammed into a Ukrainian apartment block.", ("RUS", "190", "UKR")),
        # codebook 150: aircraft and warships sent toward, near or around another's territory
        ("China sent 71 military aircraft toward Taiwan.", ("CHN", "150", "TWN")),
        ("Russia flew warplanes near Japan.", ("RUS", "150", "JPN")),
        ("China sent warships around Taiwan.", ("CHN", "150", "TWN")),
        # codebook 161 (note to 174): diplomats' expulsion announced
        ("Mali announced the expulsion of French diplomats.", ("MLI", "161", "FRAGOV")),
        # codebook 172: a broadcaster's offices closed
        (
            "Israel closed the offices of the Qatari broadcaster Al Jazeera.",
            ("ISR", "172", "QATMED"),
        ),
        # codebook 0841: a prisoner exchange carried out
        ("Ukraine carried out a prisoner swap with Russia.", ("UKR", "0841", "RUS")),
        ("Armenia and Azerbaijan completed a prisoner exchange.", ("ARM", "0841", None)),
        # codebook 190: a warship sunk ('sank' is irregular: irregular.tsv)
        ("Ukraine sank a Russian warship in the Black Sea.", ("UKR", "190", "RUSMIL")),
        # codebook 112: accusations traded, both ways
        ("Armenia traded accusations with Azerbaijan over the shelling.", ("ARM", "112", "AZE")),
        ("Russia and Ukraine exchanged accusations.", ("UKR", "112", "RUS")),
        # codebook 062: fighting on someone's side
        ("Iranian militias fought on the side of the Syrian army.", ("IRNUAF", "062", "SYRMIL")),
    ],
)
def test_round9_families(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States sent aircraft to Ukraine.",  # military aid, not a show of force
        "The Romanian president slammed Russia over the drone incursion.",  # criticism (111)
    ],
)
def test_round9_not_a_show_of_force_or_attack(text: str) -> None:
    assert not {t for t in triples(text) if t[1] in {"150", "190"}}


@pytest.mark.parametrize(
    "text",
    [
        "The fighting forced thousands of Sudanese civilians to flee.",  # no agent
        "Oil prices fell to a two-year low.",
        "The responsibility fell to the United Nations.",
        "Farmers blocked access to the parliament.",  # protesters, no political actor
    ],
)
def test_round9_non_events(text: str) -> None:
    assert triples(text) == set()
