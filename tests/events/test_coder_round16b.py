"""Round 16b of the coder (syntax of real news): a describing noun phrase fronted before
the named subject is not an actor of its own ("A Nato member, Turkey ..."); a gerund after
"lead to" or "result in" has its own subject, the preposition's object, and is only as real as
the leading ("could lead to Erdogan reaching a deal": hypothetical). Sentences written for
these tests."""

from __future__ import annotations

import pytest

import detente
from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A longstanding US ally and Nato member, Turkey is opposed to any Idlib offensive.",
            {("TUR", "110", None)},
        ),
        (
            "A Nato member, Turkey has condemned the Syrian government.",
            {("TUR", "111", "SYRGOV")},
        ),
        # an apposition after the subject was never a second subject
        ("The US, a Nato member, condemned Iran.", {("USA", "111", "IRN")}),
        # coordinated subjects stay
        ("Britain, France and Germany condemned Iran.", {("GBR", "111", "IRN"),
                                                         ("FRA", "111", "IRN"),
                                                         ("DEU", "111", "IRN")}),
    ],
)  # fmt: skip
def test_fronted_description_is_no_subject(text: str, expected: set) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "factuality"),
    [
        (
            "The crisis could lead to the Turkish president, Recep Tayyip Erdogan, reaching a "
            "deal with Damascus.",
            ("TURGOV", "057", "SYRGOV"),
            "hypothetical",
        ),
        ("The move could lead to Russia sending troops to Syria.", ("RUS", "072", "SYR"),
         "hypothetical"),
        ("The crisis led to Turkey attacking Syria.", ("TUR", "190", "SYR"), "asserted"),
    ],
)  # fmt: skip
def test_gerund_led_to_has_its_own_subject(text: str, expected: tuple, factuality: str) -> None:
    events = detente.code(text, published="2011-04-02")
    found = {
        (e.source.code if e.source else None, e.cameo.code, e.target.code if e.target else None):
        e.factuality
        for e in events
    }  # fmt: skip
    assert found == {expected: factuality}


# sentence: (source, target, codes of both verbs)
SHARED_OBJECT = {
    "Russia has backed and later armed the Syrian government.": ("RUS", "SYRGOV", "051", "072"),
    "Saudi Arabia funded and armed the Syrian rebels.": ("SAU", "SYRREB", "071", "072"),
    "Iran praised and later funded Hamas.": ("IRN", "PSEREBHMS", "051", "071"),
}


@pytest.mark.parametrize("text", sorted(SHARED_OBJECT))
def test_coordinated_verb_shares_the_object_after(text: str) -> None:
    source, target, *codes = SHARED_OBJECT[text]
    assert triples(text) == {(source, code, target) for code in codes}


def test_a_conjunct_with_its_own_subject_shares_no_object() -> None:
    # "funded" has no object, and "they armed" is a clause of its own
    assert ("SAU", "071", "SYRREB") not in triples(
        "Saudi Arabia funded, and they armed the Syrian rebels."
    )


@pytest.mark.parametrize(
    "text",
    [
        # "its Nato ally" is a member state the sentence does not name, not Nato
        "Erdogan has repeatedly threatened to send his forces to confront its Nato ally.",
        # the threat to send troops, not also a bare threat on "threatened"
        "Erdogan threatened to send troops.",
    ],
)
def test_one_threat_and_no_target_inside_one_ally(text: str) -> None:
    assert triples(text) == {("TURGOV", "138", None)}
