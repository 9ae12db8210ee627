"""Factuality of coded events (detente/events/factuality.py), on written sentences."""

from __future__ import annotations

import pytest

import detente


def facts(text: str) -> set[tuple[str, str]]:
    return {(e.cameo.code, e.factuality) for e in detente.code(text, published="2011-04-02")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat is conditional by nature: the warning was made
        ("The US warned Syria of consequences if it used chemical weapons.", ("130", "asserted")),
        # what the condition says has not happened
        ("The US warned Syria of consequences if it used chemical weapons.",
         ("2041", "hypothetical")),
        # an act under a condition is hypothetical
        ("Kenya would attack Somalia if talks failed.", ("190", "hypothetical")),
        ("Kenya did not attack Somalia.", ("190", "negated")),
        # an event noun that is possible or planned has not happened
        ("Britain mobilized reservists for a possible war against Iraq.",
         ("190", "hypothetical")),
        ("Israel launched an attack on Gaza.", ("190", "asserted")),
        # what is stopped, ended or halted is not done
        ("Kenya stopped negotiating with Somalia.", ("046", "negated")),
        # an event inside a plan or a threat is not yet real
        ("North Korea said it was considering plans for a missile strike on Guam.",
         ("190", "hypothetical")),
        ("Al Shabaab unveiled plans for an attack on Kenya.", ("190", "future")),
        ("Kenya protested against the planned invasion of Somalia by Ethiopia.",
         ("192", "future")),
        # talks that are only offered have not happened; a cancelled plan will not
        ("Serbia ignored an invitation from Albania for talks with Kosovo.",
         ("040", "hypothetical")),
        ("China demanded that the US cancel plans to sell missiles to Taiwan.",
         ("0332", "negated")),
        # a purpose infinitive shares the modality of its clause
        ("If Russia stays in Syria to help President Assad, Turkey will object.",
         ("070", "hypothetical")),
        ("Russia will send troops to help Syria.", ("070", "future")),
        ("Britain refused to send troops to help Iraq.", ("070", "negated")),
        ("Russia sent troops to help Syria.", ("070", "asserted")),
        # what comes "ahead of" or "in advance of" is awaited
        ("The talks come ahead of Putin's visit to China.", ("042", "future")),
        ("Putin met Hu Jintao in advance of his visit to India.", ("042", "future")),
        # a present tense in a before- or until-clause speaks of what is to come
        ("The statement comes a day before Sarkozy heads to Beijing.", ("042", "future")),
        # a past tense there was done
        ("The deal was signed a day before Sarkozy travelled to Beijing.", ("042", "asserted")),
        # a subject that says no one did it
        ("Neither Russia nor China has condemned the attack.", ("111", "negated")),
        ("Neither Tehran nor Baghdad has given permission to Turkey.", ("080", "negated")),
        ("No Palestinians were killed by Israeli troops.", ("190", "negated")),
        # a plain coordinated subject did it
        ("Russia and China condemned the attack.", ("111", "asserted")),
        # an object that says none was
        ("Russia and Ukraine reached no agreement on gas prices.", ("057", "negated")),
        ("Israel launched no attack on Gaza.", ("190", "negated")),
        # a stance noun denied is a refusal, which was said
        ("North Korea said it had no intention of holding talks with South Korea.",
         ("125", "asserted")),
    ],
)  # fmt: skip
def test_factuality(text: str, expected: tuple[str, str]) -> None:
    assert expected in facts(text)


def test_violence_an_act_is_for_is_to_come() -> None:
    text = "Chad sent troops to Mali to fight Malian rebels."
    found = {(e.cameo.code, e.factuality) for e in detente.code(text, published="2015-04-02")}
    assert ("190", "future") in found  # the fighting is what the troops are for
    assert ("072", "asserted") in found  # the sending happened


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a permission allows is not done, and the one permitted would do it
        (
            "Obama said he would not give permission to Russia to help Israel.",
            ("RUS", "070", "hypothetical"),
        ),
        (
            "Egypt gave Iran permission to send warships through the canal.",
            ("IRN", "150", "hypothetical"),
        ),
        # a purpose that is no permission keeps its mode
        ("Egypt sent warships to the canal to help Iran.", ("EGY", "070", "asserted")),
    ],
)
def test_a_permitted_act_is_hypothetical(text: str, expected: tuple[str, str, str]) -> None:
    found = {
        (e.source.code if e.source else None, e.cameo.code, e.factuality)
        for e in detente.code(text, published="2011-04-02")
    }
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act extraposed after "it is possible / likely / unlikely" may not happen
        (
            "Yildirim said it was possible for Turkey to renege on its deal with the EU.",
            "hypothetical",
        ),
        ("It is unlikely that Russia will attack Ukraine.", "hypothetical"),
        ("It is possible that Israel attacked the convoy.", "hypothetical"),
        # an adjective of certainty leaves the act as reported
        ("It is clear that Israel attacked the convoy.", "asserted"),
    ],
)
def test_an_extraposed_modal_adjective(text: str, expected: str) -> None:
    events = detente.code(text, published="2017-11-27")
    assert events and {e.factuality for e in events} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a passive of purpose gives its subject is a purpose, not a mode
        ("Talks between Israel and Hamas are scheduled to begin on Monday.", "future"),
        ("A visit by Putin to India is expected to take place next week.", "future"),
    ],
)
def test_a_raised_event_noun_keeps_the_mode_of_its_verb(text: str, expected: str) -> None:
    events = detente.code(text, published="2017-11-22")
    assert events and {e.factuality for e in events} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # what a verb of permission allows is not yet done
        "Egypt allowed Iran to send warships through the Suez canal.",
        "The government allowed the opposition to hold a rally in Dhaka.",
    ],
)
def test_what_a_verb_of_permission_allows_is_hypothetical(text: str) -> None:
    """The allowed act is only permitted; the permission itself (08x) is a fact."""
    events = detente.code(text, published="2011-04-02")
    allowed = [e for e in events if not e.cameo.code.startswith("08")]
    granted = [e for e in events if e.cameo.code.startswith("08")]
    assert events and all(e.factuality == "hypothetical" for e in allowed)
    assert all(e.factuality == "asserted" for e in granted)


def test_what_a_clause_reacts_to_has_happened() -> None:
    """ "would suspend ... in protest at the killing": the killing is done, not hypothetical,
    and the raid names its agent."""
    events = detente.code(
        "Palestinian President Mahmoud Abbas announced on Thursday that the Palestinian "
        "Authority would suspend security coordination with Israel in protest at the killing "
        "of nine Palestinians during an Israeli army raid in Jenin.",
        published="2023-01-26",
    )
    killing = [e for e in events if e.cameo.code == "190"]
    assert killing and all(e.factuality == "asserted" for e in killing)
    assert {e.source.code for e in killing if e.source} == {"ISRMIL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook's own example of 039: a readiness stated with "would"
        (
            "King Hassan of Morocco was quoted as saying he would be ready to host a meeting "
            "between an Israeli peace movement and the Palestine Liberation Organization.",
            ("039", "asserted"),
        ),
        ("Iran would be willing to resume talks with the European Union.", ("036", "asserted")),
        # other modals are still a guess
        ("Iran could be willing to resume talks with the European Union.", ("036", "hypothetical")),
    ],
)
def test_a_readiness_stated_with_would_is_an_expressed_intent(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in facts(text)


def test_what_is_only_claimed_of_someone_is_unconfirmed() -> None:
    events = detente.code(
        "Fighting continued into 2015, with Moscow denying Kiev's claims that it was sending "
        "troops and heavy weapons to the region.",
        published="2015-06-01",
    )
    sent = [e for e in events if e.cameo.code.startswith("15")]
    assert sent and all(e.factuality == "hypothetical" for e in sent)
    # the one the claim is about, who denies it, is the "it" of the claim
    assert all(e.source.code == "RUSGOV" for e in sent)


def test_no_longer_negates() -> None:
    found = {
        (e.cameo.code, e.factuality)
        for e in detente.code("Russia no longer supplies gas to Ukraine.", published="2015-06-01")
    }
    assert ("061", "negated") in found
    # what one says it will no longer do is a refusal
    found = {
        e.cameo.code
        for e in detente.code(
            "The US will no longer supply arms to Syrian Kurdish fighters.", published="2018-12-24"
        )
    }
    assert "1222" in found


def test_a_coordinated_clause_of_its_own_keeps_its_own_factuality() -> None:
    # the first clause's "not" is not the second's, which has its own auxiliary
    text = "The YPG is not a proscribed group and is supported by the US military."
    assert facts(text) == {("072", "asserted")}  # military aid to an armed group (was 051)
    assert facts("Russia will not attack Ukraine but will invade Georgia.") == {
        ("190", "negated"),
        ("1382", "asserted"),
    }
    # one auxiliary for both verbs: both denied
    assert facts("Russia did not attack Ukraine or invade Georgia.") == {
        ("190", "negated"),
        ("192", "negated"),
    }


def test_a_gerund_of_means_shares_its_verb_s_modality() -> None:
    # "by hitting" tells how the predicted response would be made: not done
    text = "The United States would respond by hitting Iran's naval base."
    assert facts(text) == {("190", "hypothetical")}
    assert facts("The United States responded by hitting Iran's naval base.") == {
        ("190", "asserted")
    }


def test_what_an_offer_is_for_is_not_done() -> None:
    # the ousting is what the offered help is for; helped, it was done
    def coded(text: str) -> set[tuple[str, str]]:
        return {(e.cameo.code, e.factuality) for e in detente.code(text, published="1990-01-01")}

    offered = "Syria offered its troops to President Elias Hrawi to help him oust General Aoun."
    assert ("166", "hypothetical") in coded(offered)
    assert ("166", "asserted") in coded("Syria helped President Elias Hrawi oust General Aoun.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yes-no question asks whether it will happen; a wh-question takes it as done
        ("Will Russia attack Ukraine?", ("190", "hypothetical")),
        ("Why did Russia attack Ukraine?", ("190", "asserted")),
        # an event noun said to be likely or possible is weighed, not done
        ("A Russian attack on Ukraine is likely.", ("190", "hypothetical")),
        ("The Russian attack on Ukraine was brutal.", ("190", "asserted")),
        # "going to" is future; "went ... to" a past purpose, done
        ("Russia is going to attack Ukraine.", ("190", "future")),
        ("President Obama went on television to denounce Iran.", ("111", "asserted")),
        # "is to V" is arranged, to come
        ("The Home Office is to suspend cooperation with the US.", ("160", "future")),
        ("Britain suspended cooperation with the US.", ("160", "asserted")),
        # what one holds off on is not done
        ("Russia held off on launching an attack.", ("190", "negated")),
        ("Russia launched an attack on Turkey.", ("190", "asserted")),
    ],
)
def test_questions_likelihood_and_going(text: str, expected: tuple[str, str]) -> None:
    assert expected in facts(text)


def test_a_cause_happened_whatever_its_clause() -> None:
    # the kidnapping caused the suspension: it happened, it is not what was suspended
    text = (
        "The negotiations were suspended due to the kidnapping of Ecuadorean President "
        "Leon Febres Cordero by air force paratroopers."
    )
    assert ("181", "asserted") in facts(text)
    assert ("190", "asserted") in facts(
        "Israel cancelled the talks because of the Hamas attack on Sderot."
    )


def test_what_someone_failed_or_refused_to_do_is_not_done() -> None:
    text = "The US imposed sanctions over Japan's failure to open its market to U.S. goods."
    assert ("061", "negated") in facts(text)


def test_an_event_noun_shares_the_modality_of_its_happening() -> None:
    # what "would take place" or "would be" reckless has not happened
    text = "Trump said he never said when an attack on Syria would take place."
    assert facts(text) == {("190", "hypothetical")}
    assert facts("Zakharova says any attack against Syria would be reckless.") == {
        ("190", "hypothetical")
    }
    # what took place did
    assert facts("The attack on Syria took place on Saturday.") == {("190", "asserted")}


def test_what_a_denial_denies_is_not_done() -> None:
    # the that-clause of "deny" is what the speaker says did not happen
    text = "The ambassador denied that Syrian forces had carried out chemical attacks."
    assert facts(text) == {("2041", "negated")}
    # what is said, not denied, was done
    text = "The ambassador said that Syrian forces had carried out chemical attacks."
    assert facts(text) == {("2041", "asserted")}


def test_what_a_planned_act_is_for_is_not_done() -> None:
    text = "Israel criticised Turkish plans to send troops to attack the Kurds."
    assert ("190", "future") in facts(text)


def test_a_denial_in_a_relative_clause_on_a_claim_was_made() -> None:
    # the claim is unconfirmed; its denial is not
    assert ("016", "asserted") in facts(
        "Israel accused Iran of attacking the ship, an allegation Tehran denied."
    )
    # what the claim says stays unconfirmed
    assert ("190", "hypothetical") in facts(
        "Britain made the allegation that Russia attacked Iraq."
    )


def test_what_one_is_pressed_into_is_as_real_as_the_pressing() -> None:
    assert ("0871", "negated") in facts("Egypt never pressured Hamas into accepting the ceasefire.")
