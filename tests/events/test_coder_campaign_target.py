"""A protest done in a campaign to sway someone ("in a drive to convince X", "as part of a
campaign to pressure X", "in a bid to persuade X") is aimed at the one the campaign would sway,
not at the protesters' own government or the town they gather in. A bid to save jobs names
no one. The first sentence is the CAMEO codebook's example of 140 (the party's name shortened);
the others were written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The party began collecting signatures in part of a drive to convince the "
            "Lithuanian Parliament to amend the constitution.",
            ("LTUPTY", "140", "LTULEG"),
        ),
        (
            "Thousands of Lithuanians rallied in Vilnius in a bid to persuade parliament to "
            "reject the bill.",
            ("LTUCVL", "141", "LTULEG"),
        ),
        # a campaign that sways no one: the capital the protesters gather in, as before
        (
            "Thousands of Lithuanians rallied in Vilnius in a bid to save their jobs.",
            ("LTUCVL", "141", "LTUGOV"),
        ),
    ],
)
def test_protest_in_a_campaign(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)
