"""Round 10 of actor resolution: the Kurds (the codebook's ethnic code KUR). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve

RECENT = date(2019, 6, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an armed Kurdish group placed in no country is KURREB (codebook 10.0.6), whatever
        # the role word: where the sentence names no country, several, or only the one it
        # fights
        ("Kurdish militias shelled the Turkish province of Kilis.", "militias", ["KURREB"]),
        ("Kurdish fighters attacked an army post near the border.", "fighters", ["KURREB"]),
        ("Kurdish forces captured the town from the jihadists.", "forces", ["KURREB"]),
        ("Turkish and Iraqi troops fought Kurdish militants.", "militants", ["KURREB"]),
        # a place of its own, a state named with it, or the sentence's only country (not
        # the other party) puts the group in a country
        ("Kurdish rebels killed three soldiers in southeast Turkey.", "rebels", ["TURREB"]),
        ("Kurdish militias in Syria shelled the town.", "militias", ["SYRUAF"]),
        ("Syria's Kurdish fighters attacked the town.", "fighters", ["SYRREB"]),
        # the people: with a state, that state's civilians; alone, the ethnic code
        ("Iraqi Kurds voted for independence in a referendum.", "Kurds", ["IRQCVL"]),
        ("Syrian Kurds protested against the offensive.", "Kurds", ["SYRCVL"]),
        ("Kurds in Turkey demanded more rights.", "Kurds", ["TURCVL"]),
        ("Kurds voted in large numbers.", "Kurds", ["KURCVL"]),
        # officials of no named state are the people's
        ("Kurdish officials said the militants had withdrawn.", "officials", ["KURGOV"]),
        ("The Kurdish authorities in Erbil condemned the attack.", "authorities", ["IRQGOV"]),
        # Iraqi Kurdistan's government, forces and parties are Iraq's; the PKK Turkey's
        ("The Kurdish Regional Government rejected the demands.", "Government", ["IRQGOV"]),
        ("The Peshmerga repelled the attack near Kirkuk.", "Peshmerga", ["IRQMIL"]),
        ("The KDP won the most seats in the regional vote.", "KDP", ["IRQPTY"]),
        ("PKK militants ambushed a convoy.", "militants", ["TURREBPKK"]),
        ("The YPG accused Ankara of shelling civilians.", "YPG", ["SYRREB"]),
    ],
)
def test_kurds(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected
