"""Lexicon round 2: codebook-settled conflicts between roots and the families added with them,
on sentences written for these tests (real spaCy)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request's from-object is the one asked (target), a gift's is the giver (source)
        ("Chad sought aid from France.", ("TCD", "023", "FRA")),
        ("Mali requested assistance from Algeria.", ("MLI", "023", "DZA")),
        ("Chad received aid from France.", ("FRA", "070", "TCD")),
        # killings: weapon unnamed 190, a notable victim 186
        ("Turkish soldiers killed three Kurdish fighters.", ("TURMIL", "190", "TURREB")),
        ("Gunmen killed a senior Hamas commander in Gaza.", ("PSEREB", "186", "PSEREBHMS")),
        # pessimism and concern (012); dismissed charges are denied (016)
        ("Germany was skeptical about the Russian plan.", ("DEU", "012", "RUS")),
        ("Japan expressed concern over North Korea.", ("JPN", "012", "PRK")),
        # petitions handed to someone are appeals
        (
            "Egyptian activists submitted a petition to the Saudi government.",
            ("EGYOPP", "020", "SAUGOV"),
        ),
        # charges and indictments are lawsuits (115), not detentions
        ("The court indicted the Serbian president for war crimes.", ("SRBJUD", "115", "SRBGOV")),
        # a failure to agree ends the negotiation; sanctions not renewed are eased
        ("Greece failed to reach a compromise with Turkey.", ("GRC", "164", "TUR")),
        ("Iran failed to reach a deal with the United States.", ("IRN", "164", "USA")),
        (
            "The European Union failed to renew sanctions against Zimbabwe.",
            ("IGOEEC", "085", "ZWE"),
        ),
        # shows of force by one army alone, aimed at the country they are near
        ("Russia scrambled jets near Japan.", ("RUS", "150", "JPN")),
    ],
)
def test_family_codes(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # breached lines are no defiance of norms
        ("Iranian troops breached Iraqi defence lines.", "128"),
        # a failed agreement is no agreement
        ("Greece failed to reach a compromise with Turkey.", "057"),
        ("Iran failed to reach a deal with the United States.", "057"),
        # requests are not made by the one asked
        ("Chad sought aid from France.", "070"),
        # a dismissed accusation is a denial, not a rejection
        ("Syria dismissed accusations by Turkey.", "120"),
    ],
)
def test_not_coded(text: str, code: str) -> None:
    assert all(c != code for _, c, _ in triples(text))


def test_request_direction() -> None:
    assert ("FRA", "023", "TCD") not in triples("Chad sought aid from France.")
