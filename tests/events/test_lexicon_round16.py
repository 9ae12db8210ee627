"""Lexicon round 16 (real war and diplomacy news, from the second Guardian development set):
ground lost to a foe ("lost Raqqa to Kurdish forces", "Kunduz fell to the Taliban": 192 from the
winner; only a place lost; "took over Aleppo", "captured Raqqa": only a place taken, else an
arrest or a seizure as before), a side collapsing or coming under another's assault (190), a
force in retreat or falling back (0874), fighters sweeping across a country (192), forces pinned
down (190), a telephone call made or placed (041), an approval or blessing gained from another
(051). Sentences written for these tests (real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codebook 192: the one ground was lost or ceded to took it; the loser is the target
        ("Syrian rebels lost Aleppo to government forces.", ("SYRMIL", "192", "SYRREB")),
        ("Ukraine lost control of Bakhmut to Russian forces.", ("RUSMIL", "192", "UKR")),
        ("Ukraine ceded the city to Russia.", ("RUS", "192", "UKR")),
        ("Iraq lost Mosul to Islamic State militants in 2014.", ("IRQREB", "192", "IRQ")),
        ("Russian troops swept across eastern Ukraine.", ("RUSMIL", "192", "UKR")),
        # codebook 192: a town that fell to another, the target its country
        ("Kunduz fell to the Taliban on Monday.", ("AFGREBTAL", "192", "AFG")),
        ("The city fell to Syrian rebels.", ("SYRREB", "192", None)),
        # codebook 192: a place taken over
        ("Hamas took over Gaza in 2007.", ("PSEREBHMS", "192", "PSE")),
        ("Syrian government forces took over Aleppo.", ("SYRMIL", "192", "SYR")),
        # codebook 192 before 173 and 171: a place captured or seized is ground occupied
        ("Kurdish forces captured Raqqa.", ("KURREB", "192", "SYR")),
        ("Turkish troops captured Afrin.", ("TURMIL", "192", "SYR")),
        ("Russia grabbed Crimea in 2014.", ("RUS", "192", "UKR")),
        ("Kunduz was captured by the Taliban in 2015.", ("AFGREBTAL", "192", "AFG")),
        # ... but persons captured are arrested (173), a ship seized is property (171)
        ("Iraqi troops captured two Taliban commanders.", ("IRQMIL", "173", "AFGREBTAL")),
        ("Israeli police captured Ahmed Yassin in Gaza.", ("ISRCOP", "173", "PSE")),
        ("Iran seized a British tanker.", ("IRN", "171", "GBR")),
        # codebook 190: a side that collapsed or came under another's assault or offensive
        (
            "The Taliban collapsed under an assault by Afghan troops.",
            ("AFGMIL", "190", "AFGREBTAL"),
        ),
        (
            "Syrian rebels came under assault from government forces.",
            ("SYRMIL", "190", "SYRREB"),
        ),
        # codebook 190: forces pinned down (active and passive)
        ("Iraqi soldiers were pinned down by Taliban fighters.", ("AFGREBTAL", "190", "IRQMIL")),
        # codebook 190: a foe flushed out
        (
            "Iraqi troops flushed out Taliban fighters from the old city.",
            ("IRQMIL", "190", "AFGREBTAL"),
        ),
        # codebook 0874: falling back, positions abandoned, a retreat beaten, a force in retreat
        ("Iraqi troops abandoned their positions in Mosul.", ("IRQMIL", "0874", None)),
        ("The Taliban are in full retreat.", ("AFGREBTAL", "0874", None)),
        ("The Taliban's retreat from Kunduz surprised officials.", ("AFGREBTAL", "0874", "AFG")),
        # codebook 041: a call made or placed to another
        ("Erdogan made a call to Putin.", ("TURGOV", "041", "RUSGOV")),
        ("Erdogan placed a phone call to Putin.", ("TURGOV", "041", "RUSGOV")),
        # codebook 051: the approval, blessing or endorsement gained is the approver's
        (
            "Turkey launched the operation after gaining the approval of Russia.",
            ("RUS", "051", "TUR"),
        ),
        ("Turkey won the blessing of Moscow.", ("RUSGOV", "051", "TUR")),
        ("Obama secured the endorsement of the Arab League.", ("IGOARL", "051", "USAGOV")),
    ],
)
def test_round16_families(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # lost at the polls or in a market, or no place lost: no ground taken
        "Clinton lost Michigan to Trump.",
        "Labour lost the seat to the Conservatives.",
        "The company lost market share to Japan.",
        "Clinton lost to Trump in 2016.",
        "Iraq lost to Iran in the semi-final.",
        # what is taken over or fell is no place
        "Vodafone took over Mannesmann.",
        "May took over as prime minister.",
        "The army took over the presidency.",
        "The task fell to the UN.",
        "Responsibility fell to Britain.",
        "Michigan fell to Trump.",
        "The coalition collapsed under pressure from the opposition.",
        # a retreat that is a gathering, not a state a force is in
        "The ministers met at a retreat in Camp David.",
        "Merkel held a retreat with her cabinet.",
    ],
)
def test_round16_non_events(text: str) -> None:
    assert triples(text) == set()
