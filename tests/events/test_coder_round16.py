"""Round 16 of the coder (real war reporting): a participle coordinated with a reduced
passive shares its noun and its agent ("fighters, trained and armed by the US"); a verb
pattern of force that names no target gives way to its object noun's pattern that does
("launched a military offensive into Afrin"); backing an armed force is military aid (072),
backing a government or a plan stays an endorsement (051). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kurdish fighters, trained and armed by the US, captured the city.",
            {("USA", "062", "KURREB"), ("USA", "072", "KURREB")},
        ),
        (
            "Kurdish fighters, funded and armed by the US, captured the city.",
            {("USA", "071", "KURREB"), ("USA", "072", "KURREB")},
        ),
        (
            "Kurdish fighters, armed and supported by the US military, held the line.",
            {("USAMIL", "072", "KURREB")},  # backing an armed force: military aid
        ),
    ],
)
def test_coordinated_participles_share_noun_and_agent(text: str, expected: set) -> None:
    assert expected <= set(triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara launched a military offensive into Afrin on Saturday.", ("TURGOV", "190", "SYR")),
        ("Turkey began a military operation into northern Syria.", ("TUR", "190", "SYR")),
        # no target in the noun's phrase: the verb's own pattern
        ("Turkey launched a ground offensive.", ("TUR", "190", None)),
    ],
)
def test_force_pattern_yields_to_its_objects_target(text: str, expected: tuple) -> None:
    assert expected in triples(text)


def test_a_place_left_is_no_target() -> None:
    # not a pattern of force: "withdrawal from" the town stays without a target
    found = triples("The Bosnian Serb forces had completed their withdrawal from Gorazde.")
    assert found == {("BIHMIL", "0874", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia backs the Syrian army.", ("RUS", "072", "SYRMIL")),
        ("Iran supports Hezbollah.", ("IRN", "072", "LBNREBHEZ")),
        ("Russia backs Assad.", ("RUS", "051", "SYRGOV")),
        ("Britain backed the resolution.", ("GBR", "051", None)),
    ],
)
def test_backing_an_armed_force_is_military_aid(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan spoke to Trump and met Putin.", {("TURGOV", "040", "USAGOV"),
                                                  ("TURGOV", "040", "RUSGOV")}),
        # talking to the press is how a statement is made, not a consultation
        ("Erdogan talked to reporters in Ankara.", set()),
        ("The minister spoke to the BBC about Russia.", set()),
    ],
)  # fmt: skip
def test_speaking_to(text: str, expected: set) -> None:
    found = triples(text, published="2019-03-20")
    assert {t for t in found if t[1] == "040"} == expected
