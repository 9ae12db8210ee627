"""Directives and stances: asking, demanding, refusing and promising (real spaCy)."""

from __future__ import annotations

import pytest

import detente
from detente.settings import Settings
from tests.events.conftest import triples as shared_triples


def coded(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {
        (
            e.source.code if e.source else None,
            e.cameo.code,
            e.target.code if e.target else None,
            e.factuality,
        )
        for e in detente.code(text, published="2011-04-02")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # object control: the asker appeals to the one asked, for the action's kind
        (
            "The US Senate urged President Obama to help Haiti.",
            ("USALEG", "023", "USAGOV", "asserted"),
        ),
        ("Kenya wants Uganda to attack the rebels.", ("KEN", "020", "UGA", "asserted")),
        # a that-clause: the demand falls on the clause's subject
        (
            "Egypt demanded that Libya cooperate with Sudan.",
            ("EGY", "102", "LBY", "asserted"),
        ),
        # what is asked for needs no actors of its own
        ("Brazil said Argentina must hand over the suspects.", ("BRA", "1013", "ARG", "asserted")),
        # "called for X to ...": the for-subject is the one asked
        ("Egypt called for Libya to cooperate with Sudan.", ("EGY", "022", "LBY", "asserted")),
        # a speech verb with an obligation laid on another actor is a demand
        ("Brazil said Argentina must cooperate with Chile.", ("BRA", "102", "ARG", "asserted")),
        # the obligation may be to be ready to act
        (
            "Germany said Russia should be prepared to negotiate with Ukraine.",
            ("DEU", "106", "RUS", "asserted"),
        ),
        (
            "Egypt said the United States must be ready to mediate between Israel and Syria.",
            ("EGY", "108", "USA", "asserted"),
        ),
    ],
)
def test_a_requested_action_becomes_the_askers_appeal_or_demand(text: str, expected) -> None:
    events = coded(text)
    assert expected in events
    # the action asked for has not happened: it is not coded as the addressee's own act
    asked_for = {e for e in events if e[0] == expected[2]}
    assert asked_for == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya wants to attack the rebels in Uganda.",  # one's own wish, not a request
        "Brazil said Argentina cooperated with Chile.",  # a report, no obligation
    ],
)
def test_no_directive_without_one_asked(text: str) -> None:
    assert not any(code[:2] in ("02", "10") for _, code, _, _ in coded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated future is a refusal
        ("Peru said it would not provide aid to Chile.", ("PER", "122", "CHL", "asserted")),
        ("Chile will not meet Peru.", ("CHL", "125", "PER", "asserted")),
        # an aspect verb between the stance and the action
        ("Spain promised to continue military aid to Mali.", ("ESP", "0332", "MLI", "asserted")),
        # an intent to do harm is a threat
        ("Peru will impose sanctions on Chile.", ("PER", "1312", "CHL", "asserted")),
        ("Peru plans to impose restrictions on Chile.", ("PER", "132", "CHL", "asserted")),
        # the future of reported speech ("said it would") is an intent
        ("Peru said it would meet Chile.", ("PER", "036", "CHL", "asserted")),
        # considering an action is 014, whatever the action
        ("Malaysia is considering giving money to Kenya.", ("MYS", "014", "KEN", "asserted")),
        # a negated intent is a refusal; refusing a plan to settle is 127
        ("Serbia refused to accept the peace plan of Croatia.", ("SRB", "127", "HRV", "asserted")),
        # a forecast is not the subject's intent
        ("Obama is expected to visit Kenya next month.", ("USAGOV", "042", "KEN", "future")),
        # an announced future harm is a threat (codebook 1323, 136: "the future tense used
        # in the lead implies a threat"); what was decided is the act
        ("Peru announced it would prohibit aid to Chile.", ("PER", "1311", "CHL", "asserted")),
        ("Peru decided to prohibit aid to Chile.", ("PER", "162", "CHL", "asserted")),
        # a stance the parser hangs as an adverbial clause ("have sworn to fight")
        (
            "Somali rebels have sworn to fight Kenyan troops until they leave.",
            ("SOMREB", "1384", "KENMIL", "asserted"),
        ),
        # the object of a verb that is no support verb is no intent: a past killing
        (
            "Hamas swore to avenge the killing of its commander by Israel.",
            ("ISR", "190", "ISRMIL", "asserted"),
        ),
        (
            "Peru announced it will withdraw its ambassador from Chile unless Chile apologizes.",
            ("PER", "1313", "CHL", "asserted"),
        ),
        # ...but a decision is the act itself
        ("Peru decided to expel Chilean diplomats.", ("PER", "161", "CHLGOV", "asserted")),
        # the one who reached a consensus, agreement or decision to act is its source
        (
            "Peru and Chile reached a consensus to exchange information.",
            ("PER", "0314", "CHL", "asserted"),
        ),
    ],
)
def test_stances_recode_the_action(text: str, expected) -> None:
    assert expected in coded(text)


def test_a_plain_negation_stays_negated() -> None:
    assert ("PER", "190", "CHL", "negated") in coded("Peru did not attack Chile.")


def test_a_nominal_event_that_is_the_object_of_a_stance_verb_is_an_intent(tmp_path) -> None:
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("040\tn:parley with $T\n", encoding="utf-8")
    settings = Settings(lexicons=(str(lexicon),))
    events = detente.code("Norway promised a parley with Sudan.", settings=settings)
    found = {(e.source.code, e.cameo.code, e.target.code) for e in events if e.source and e.target}
    assert ("NOR", "036", "SDN") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kuwaiti government promised to grant women the right to vote.", "0343"),
        ("The Kenyan vice-president declined to resign.", "1231"),
    ],
)
def test_reform_stances(text: str, expected: str) -> None:
    assert expected in {code for _, code, _, _ in coded(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of asking with a that-clause, or with "for X to"
        ("Hamas reiterated its demand that Israel ease restrictions on Gaza.",
         ("PSEREBHMS", "1051", "ISR", "asserted")),
        ("The Arab League renewed its call for Israel to withdraw from the occupied territories.",
         ("IGOARL", "020", "ISR", "asserted")),
    ],
)  # fmt: skip
def test_nouns_of_asking(text: str, expected: tuple) -> None:
    assert expected in coded(text)


def test_a_reminder_that_another_must_act_is_a_demand() -> None:
    text = (
        "French President Jacques Chirac issued a stern reminder to Iraq that it must "
        "cooperate fully with UN inspectors."
    )
    events = detente.code(text, published="2002-11-30")
    assert any(e.cameo.root == "10" and e.source and e.source.code == "FRAGOV" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in the passive, the one asked is the subject and the asker the by-agent
        (
            "Iran was urged by Britain to release the detained sailors.",
            ("GBR", "0253", "IRN", "asserted"),
        ),
        ("Iran was asked to release the detained sailors.", (None, "0253", "IRN", "asserted")),
        (
            "Russia was pressed by France to withdraw its troops from Ukraine.",
            ("FRA", "0256", "RUS", "asserted"),
        ),
    ],
)
def test_a_passive_directive_asks_its_subject(text: str, expected: tuple) -> None:
    assert expected in coded(text)


def test_telling_someone_to_act_is_a_demand() -> None:
    """ "told Serbia to recognise Kosovo": a demand on Serbia, not a recognition."""
    events = detente.code("The EU told Serbia to recognise Kosovo.", published="2011-04-02")
    assert {(e.source.code, e.cameo.code[:2], e.target.code) for e in events} == {
        ("IGOEEC", "10", "SRB")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Vladimir Putin ordered his defence chiefs on Sunday to put the "
            "country's nuclear deterrent forces on special alert.",
            ("RUSGOV", "152", None),
        ),
        ("President Biden ordered U.S. troops to withdraw from Somalia.", ("USAGOV", "087", "SOM")),
        (
            "Erdogan ordered the Turkish military to launch an offensive against the YPG.",
            ("TURGOV", "190", "SYRREB"),
        ),
    ],
)
def test_a_command_to_one_s_own_forces_is_the_commander_s_act(text: str, expected: tuple) -> None:
    found = shared_triples(text, published="2022-02-27")
    assert expected in found and not any(code.startswith("10") for _, code, _ in found)


def test_an_order_to_another_state_is_still_a_demand() -> None:
    found = shared_triples(
        "The UN Security Council ordered Iraq to destroy its chemical weapons.",
        published="2022-02-27",
    )
    assert ("IGOUNO", "1056", "IRQ") in found
