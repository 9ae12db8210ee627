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
    ],
)
def test_family_codes(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Chinese army attended to the wounded.", "040"),
        ("The Chinese central bank will draw down its reserves.", "0874"),
    ],
)
def test_not_coded(text: str, code: str) -> None:
    assert code not in {c for _, c, _ in triples(text)}
