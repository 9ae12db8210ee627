"""Lexicon round 14 (real news): "hit back at" comments, remarks or criticism is a verbal
rebuke (111); hitting back at an actor stays the use of force (190)."""

from __future__ import annotations

import pytest

from tests.events.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq's president has hit back at comments made by President Barack Obama.",
         ("IRQGOV", "111", "USAGOV")),
        ("Iran hit back at criticism from the United States.", ("IRN", "111", "USA")),
        ("Israel hit back at Hamas with air strikes.", ("ISR", "190", "PSEREBHMS")),
    ],
)  # fmt: skip
def test_hit_back_at(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


def test_a_publication_released_in_the_passive_is_no_release_of_people() -> None:
    text = "The figures have been released by the UNHCR to mark the anniversary of his death."
    assert not any(code == "0841" for _, code, _ in triples(text))
    assert ("LBNREBHEZ", "0841", "ISRMIL") in triples(
        "Two Israeli soldiers were released by Hezbollah."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # meeting the conditions someone demanded is yielding to the demand (083)
        ("Colombia met the conditions set by the ELN.", ("COL", "083", "COLREB")),
        # a figure reaching a level attacks no one; a target hit is force
        ("Taiwan's reserves hit a new high of 51 billion U.S. dollars.", None),
        ("Rebels hit a government target in Kabul.", ("AFGREB", "190", "AFGGOV")),
    ],
)  # fmt: skip
def test_meeting_conditions_and_hitting_levels(
    text: str, expected: tuple[str | None, str, str | None] | None
) -> None:
    coded = triples(text, published="1987-03-01")
    assert expected in coded if expected else not coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officials who clash with officials do so in words (111)
        ("Britain's defence minister clashed with President Barack Obama.",
         ("GBRGOV", "111", "USAGOV")),
        ("Russian troops clashed with Ukrainian forces.", ("RUSMIL", "190", "UKRMIL")),
        # the source's own country named before the object is the owner, not the target
        ("President Barack Obama ended all US military operations in Iraq.",
         ("USAGOV", "087", "IRQ")),
        ("Israeli Prime Minister Benjamin Netanyahu rejected the Israeli opposition's plan.",
         ("ISRGOV", "127", "ISROPP")),
    ],
)  # fmt: skip
def test_words_and_owners(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in triples(text)


def test_where_a_meeting_was_held_is_no_party_to_it() -> None:
    # the model hangs "in New York" on the bankers met
    assert triples("Iranian officials held a meeting with bankers in New York.") == {
        ("IRNGOV", "040", None)
    }


def test_a_refuge_taken_in_a_town_is_no_capture_of_it() -> None:
    autumn = "2017-09-01"  # Isis, named so by then
    assert not triples(
        "Isis leaders have taken refuge in the Syrian town of Mayedin.", published=autumn
    )
    assert ("IMGMOSISI", "192", "SYRCVL") in triples(
        "Isis took the town of Palmyra.", published=autumn
    )


def test_forces_moved_with_no_mover_named_were_moved_by_their_state() -> None:
    assert ("USAMIL", "192", "SYR") in triples("2,000 US troops are stationed in Syria.")
    assert ("USAMIL", "0874", "SYR") in triples("US troops were withdrawn from Syria.")
    # not the target of their own stationing, where the place is no actor
    assert not triples("Up to 2,000 US forces are stationed in the area.")


def test_backing_and_defeat_as_nouns() -> None:
    text = "Ties were strained by Donald Trump's firm backing of Saudi Arabia's Crown Prince."
    assert ("USAGOV", "051", "SAUGOV") in triples(text, published="2018-12-20")
    text = "The Iraqi army's defeat of Islamic State in Mosul was celebrated."
    assert ("IRQMIL", "190", "IMGMOSISI") in triples(text, published="2018-12-20")
    # "support for" is no event of its own
    text = "Sisi praised Saudi Arabia's support for his government."
    assert not any(code == "051" and src == "SAU" for src, code, _ in triples(text))


def test_declining_to_be_named_is_no_refusal() -> None:
    text = "An official, who declined to be identified, said Turkey shelled Afrin."
    assert not any(code.startswith("12") for _, code, _ in triples(text))
    assert not triples("The activist refused to be named.")
    assert ("IRN", "120", None) in triples("Iran refused to meet the inspectors.")


def test_an_activity_is_no_actor() -> None:
    # "military training" is no military; the one trained is who it is offered to
    assert not any(t == "TURMIL" for _, _, t in triples("Turkey offered military training."))
    assert ("TUR", "111", "RUS") in triples("Turkey criticised Russia's military presence.")


def test_trouble_gone_to_is_no_visit() -> None:
    text = "The US and the UK had gone to considerable trouble in 1953 to keep Iran in line."
    assert not any(code == "042" for _, code, _ in triples(text))
    assert not triples("Iranians will go to the polls on Friday.")
    assert ("RUSGOV", "042", "TUR") in triples("Putin went to Turkey.", published="2018-04-10")


def test_obligations_met_are_no_meeting() -> None:
    assert not triples("Poland said it would meet its financial obligations to the United States.")
    assert ("POL", "040", "USA") in triples("Poland met the United States.")


def test_an_event_noun_subject_is_not_whom_it_was_done_to() -> None:
    # the invasion of Iran started nothing of Iran's; Iraq's invasion is Iraq's act
    assert ("IRN", "190", None) not in triples("The invasion of Iran started a war.")
    assert ("IRQ", "190", None) in triples("Iraq's invasion of Iran started a war.")


def test_a_meeting_called_is_no_telephone_call() -> None:
    text = "Prime Minister David Cameron called an emergency cabinet meeting on Libya."
    assert not any(code == "041" for _, code, _ in triples(text))
    assert ("RUSGOV", "041", "TURGOV") in triples(
        "Putin called Erdogan on Monday.", published="2018-04-10"
    )


def test_a_war_in_a_figure_uses_no_force() -> None:
    assert not triples("China's trade war with the United States escalated.")
    assert ("RUS", "190", "UKR") in triples("Russia's war with Ukraine continued.")
