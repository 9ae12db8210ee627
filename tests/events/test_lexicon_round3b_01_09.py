"""Lexicon round 3b, roots 01 to 09: common wire-news wordings of consultations (04) and
yielding (08) added for recall on fresh news, on sentences written for these tests (real spaCy)."""

from __future__ import annotations

import pytest

import detente


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (
            e.source.code if e.source else None,
            e.cameo.code,
            e.target.code if e.target else None,
        )
        for e in detente.code(text, published="2015-04-02")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phone calls without a "with" partner, and topics discussed in a call (041)
        ("Israel and Turkey talked on the phone on Monday.", ("ISR", "041", "TUR")),
        (
            "Turkey's president and his Russian counterpart discussed Syria in a phone call.",
            ("TURGOV", "041", "RUSGOV"),
        ),
        (
            "The Turkish president discussed Syria by phone with the Russian president.",
            ("TURGOV", "041", "RUSGOV"),
        ),
        # returning to and attending talks (046, 040)
        ("North Korea returned to the negotiating table.", ("PRK", "046", None)),
        ("The Syrian government attended the peace talks in Geneva.", ("SYRGOV", "046", None)),
        # closures of a territory lifted or eased (0872)
        ("Israel lifted the closure of the West Bank.", ("ISR", "0872", "PSE")),
        ("Israel eased the closure on Gaza.", ("ISR", "0872", "PSE")),
        # troops drawn down (0874), a monarch abdicating (0831)
        ("The United States drew down its troops in Afghanistan.", ("USA", "0874", "AFG")),
        ("The Spanish king abdicated on Monday.", ("ESPGOV", "0831", None)),
        # a visit or talks kicked off (042, 046), not a kick (182)
        ("The Chinese president kicked off a visit to Britain.", ("CHNGOV", "042", "GBR")),
        ("Iran kicked off talks with the IAEA on Monday.", ("IRN", "046", "IGOUNOIAE")),
        # a release named as a noun under a verb carrying it out (0841)
        (
            "Israel carried out the release of 26 Palestinian prisoners.",
            ("ISR", "0841", "PSEOPP"),
        ),
        (
            "The Egyptian president announced the release of 100 political prisoners.",
            ("EGYGOV", "0841", "EGYOPP"),
        ),
        (
            "The Israeli cabinet approved the release of 26 Palestinian prisoners.",
            ("ISRGOV", "0841", "PSEOPP"),
        ),
        ("Egypt ordered the release of the Al Jazeera journalists.", ("EGY", "0841", "EGYMED")),
        # ... and under a demand or appeal it is the demand or appeal
        (
            "The United States called for the release of the American journalist.",
            ("USA", "0253", "USAMED"),
        ),
        # resignations announced or tendered (0831)
        ("The Zimbabwean president tendered his resignation.", ("ZWEGOV", "0831", None)),
        ("The Iraqi prime minister offered his resignation.", ("IRQGOV", "0831", None)),
        # people returned (0841), forces withdrawn from a place (0874)
        ("Russia returned the Ukrainian pilot to Ukraine.", ("RUS", "0841", "UKR")),
        ("The Syrian army withdrew from the city.", ("SYRMIL", "0874", None)),
        # video calls (041), like telephone calls
        (
            "The Chinese president held a video call with the U.S. president.",
            ("CHNGOV", "041", "USAGOV"),
        ),
        (
            "The Chinese president's video call with the U.S. president lasted two hours.",
            ("CHNGOV", "041", "USAGOV"),
        ),
        # pardons issued (0841), checkpoints and roadblocks removed (0872)
        (
            "The Egyptian president issued a pardon for 100 prisoners.",
            ("EGYGOV", "0841", "EGYOPP"),
        ),
        ("Israel dismantled roadblocks in the West Bank.", ("ISR", "0872", "PSE")),
        ("Israel removed checkpoints in the West Bank.", ("ISR", "0872", "PSE")),
        # arrivals named as a noun, departures for a place, stops (042); meetings convened (040)
        (
            "The Chinese president's arrival in Moscow was delayed.",
            ("CHNGOV", "042", "RUSGOV"),
        ),
        ("The Chinese president departed for Moscow on Sunday.", ("CHNGOV", "042", "RUSGOV")),
        ("The Chinese president made a brief stop in Moscow.", ("CHNGOV", "042", "RUSGOV")),
        (
            "The Russian president convened a meeting with Chinese officials.",
            ("RUSGOV", "040", "CHNGOV"),
        ),
        # a military presence scaled back (0874)
        (
            "The Russian army scaled back its military presence in Syria.",
            ("RUSMIL", "0874", "SYR"),
        ),
        # weapons programmes given up, frozen or dismantled (087); agreed to, the intent (0356)
        ("Iran suspended uranium enrichment.", ("IRN", "087", None)),
        ("Libya gave up its nuclear weapons programme.", ("LBY", "087", None)),
        ("The Syrian government destroyed its chemical weapons.", ("SYRGOV", "087", None)),
        ("North Korea agreed to freeze its nuclear program.", ("PRK", "0356", None)),
        # joint patrols (062, not a show of force 150) and joining someone in exercises (062)
        (
            "Russia launched joint patrols with Turkey in northern Syria.",
            ("RUS", "062", "TUR"),
        ),
        (
            "Russian and Turkish troops carried out joint patrols in northern Syria.",
            ("RUSMIL", "062", "TURMIL"),
        ),
        ("India joined Japan in naval drills.", ("IND", "062", "JPN")),
        # money and aid committed or pledged (0331, 0333)
        ("Japan committed $2 billion to Indonesia.", ("JPN", "0331", "IDN")),
        ("China pledged $5 billion to Pakistan.", ("CHN", "0331", "PAK")),
        (
            "The European Union committed humanitarian aid to Syrian refugees.",
            ("IGOEEC", "0333", "SYRREF"),
        ),
        # funds allocated or earmarked (071), rescue and medical teams sent (073)
        ("Japan earmarked $10 million for Nepal.", ("JPN", "071", "NPL")),
        ("Japan allocated $10 million to Nepal.", ("JPN", "071", "NPL")),
        ("Japan dispatched a medical team to Nepal.", ("JPN", "073", "NPL")),
        ("Japan sent rescue teams to Nepal.", ("JPN", "073", "NPL")),
        # congratulatory messages sent (051)
        (
            "The Chinese president sent a congratulatory message to the new Philippine president.",
            ("CHNGOV", "051", "PHLGOV"),
        ),
    ],
)
def test_family_codes(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Chinese army attended to the wounded.", "040"),
        ("The Chinese president kicked off a visit to Britain.", "182"),
        ("The United States demanded the release of the American journalist.", "0841"),
        ("Qatar welcomed the release of the Egyptian journalists.", "0841"),
        ("The release of the Chinese report was delayed.", "0841"),
        ("The Japanese government committed a crime.", "033"),
        ("The Iraqi police removed the bodies from the street.", "0872"),
        ("The Chinese company reduced its presence in Russia.", "0874"),
        ("The Egyptian court ordered the release of the report.", "0841"),
        ("The German government will shut down all nuclear reactors by 2022.", "0356"),
        ("The Japanese government closed its nuclear reactors after the disaster.", "087"),
        ("The British government set off fireworks in London.", "042"),
        ("The Indian government allocated $5 million for the new stadium.", "071"),
        ("The Chinese central bank will draw down its reserves.", "0874"),
    ],
)
def test_not_coded(text: str, code: str) -> None:
    assert code not in {c for _, c, _ in triples(text)}
