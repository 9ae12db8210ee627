"""Round 17 of actor resolution: definite descriptions that point back at a referent named
earlier in the document ("the group", "the regime"), also when the referent was named where
no event needed it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.actors.resolve import DocContext, SentenceActors
from tests.actors.conftest import in_document, resolve


def _triples(text: str, published: str = "2018-05-01") -> set[tuple[str | None, str, str | None]]:
    return {
        (
            e.source.code if e.source else None,
            e.cameo.code,
            e.target.code if e.target else None,
        )
        for e in detente.code(text, published=published)
    }


def test_the_group_points_back_at_an_organisation_named_outside_any_event() -> None:
    # "Isis" is named only inside "the collapse of Isis", which no pattern asks about
    text = (
        "The town's loss heralds the collapse of Isis in Syria. The group retreated into the "
        "desert after losing the provincial capital to the Syrian army."
    )
    assert ("SYRMIL", "192", "IMGMOSISI") in _triples(text)


def test_the_regime_is_the_regime_named_before() -> None:
    text = "The Assad regime shelled Idlib on Monday. Turkey condemned the regime on Tuesday."
    assert ("TUR", "111", "SYRGOV") in _triples(text)


def test_the_regime_named_in_a_phrase_no_event_needed() -> None:
    text = (
        "Rebels fear the fall of the Assad regime's last rival in the south. "
        "The United States and Iran condemned the regime on Tuesday."
    )
    triples = _triples(text)
    assert ("USA", "111", "SYRGOV") in triples
    assert ("IRN", "111", "SYRGOV") in triples


def test_the_regime_follows_the_last_regime_named(parts) -> None:
    sentences = [
        "The Syrian regime shelled Idlib.",
        "Washington also criticised the Iranian regime.",
        "Turkey condemned the regime.",
    ]
    assert in_document(parts, sentences, "regime") == ["IRNGOV"]


def test_a_regime_with_words_of_its_own_is_not_a_reference(parts) -> None:
    sentences = ["The Assad regime shelled Idlib.", "Turkey condemned the Iranian regime."]
    assert in_document(parts, sentences, "regime") == ["IRNGOV"]


def test_no_regime_named_before_gives_no_reference(parts) -> None:
    assert resolve(parts, "Turkey and Iran condemned the regime.", "regime") == []


def test_registering_references_does_not_change_what_pronouns_see(parts) -> None:
    nlp, kb, matcher = parts
    ctx = DocContext(kb=kb, published=date(2018, 5, 1))
    doc = nlp("Russia warned that the collapse of Hezbollah and the Assad regime would be costly.")
    actors = SentenceActors(doc, 0, ctx, matcher.spans(doc))
    actors.register_references()
    assert ctx.seen == [] and ctx.last_actor is None
    assert [a.code for _, a in ctx.organisations] == ["LBNREBHEZ"]
    assert [a.code for a in ctx.regimes] == ["SYRGOV"]


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # the last country named before, in an earlier sentence or its own
        (
            ["Fighting went on in South Sudan.", "Aid agencies rebuked the country."],
            "country",
            ["SSD"],
        ),
        (
            ["Turkey's prime minister warned that the country would open its border."],
            "country",
            ["TUR"],
        ),
        (
            [
                "Islamic State fighters seized much of Iraq.",
                "Militias fought for the whole country.",
            ],
            "country",
            ["IRQ"],
        ),
        # not the country of the one who visits it
        (
            [
                "The EU pledged aid to the Gambia.",
                "Boris Johnson was the first British minister to visit the country.",
            ],
            "country",
            ["GMB"],
        ),
        (
            [
                "The EU pledged aid to the Gambia.",
                "Boris Johnson became the first British foreign secretary to visit the country.",
            ],
            "country",
            ["GMB"],
        ),
        # words of its own: no reference
        (
            ["Fighting went on in South Sudan.", "Aid agencies rebuked the other country."],
            "country",
            [],
        ),
        # no country named before
        (["Aid agencies rebuked the country."], "country", []),
    ],
)
def test_the_country_is_the_country_named_before(
    parts, sentences: list[str], phrase: str, expected: list[str]
) -> None:
    assert in_document(parts, sentences, phrase, published=date(2018, 5, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the organisation an "anti-" name is against is no actor, nor the group it names
        ("The anti-Isis coalition bombed Raqqa.", "coalition", []),
        ("The anti-Isis coalition bombed Raqqa.", "Isis", []),
        ("Russia attacked the anti-Islamic State US-led coalition.", "coalition", ["USA"]),
        # the organisation itself stays
        ("The Isis fighters bombed Raqqa.", "fighters", ["IMGMOSISI"]),
    ],
)
def test_an_organisation_named_against_is_no_actor(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=date(2018, 1, 22)) == expected


def test_the_group_is_not_an_organisation_named_against(parts) -> None:
    sentences = [
        "Ankara was angered by the YPG's alliance with the anti-Islamic State coalition.",
        "The coalition armed the group.",
    ]
    assert in_document(parts, sentences, "group", published=date(2018, 1, 22)) == ["SYRREB"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # "its" in a "where" clause on a country: that country (the sentence names two)
        (
            "Isis lost Raqqa to Kurdish forces in Syria, and in Iraq, where its military ousted"
            " the group from Mosul.",
            "military",
            ["IRQMIL"],
        ),
        # "their" there is more often the people who went there: no country
        ("Rebels fled to Turkey, where their leaders were arrested.", "leaders", []),
    ],
)
def test_its_in_a_where_clause_is_the_place(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=date(2017, 10, 22)) == expected


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # the office-holder named before with that title
        (
            ["Donald Trump spoke at a rally in Ohio.", "The president says he wants refugees."],
            "president",
            ["USAGOV"],
        ),
        (
            ["Theresa May met Emmanuel Macron.", "The prime minister urged the allies to act."],
            "prime minister",
            ["GBRGOV"],
        ),
        # the one named most often, not one named last in passing
        (
            [
                "Donald Trump said he would withdraw troops.",
                "Donald Trump then ordered strikes on Bashar al-Assad's regime.",
                "The president is committed to leaving.",
            ],
            "president",
            ["USAGOV"],
        ),
        # no holder of that title named before: no actor
        (
            ["Theresa May met Emmanuel Macron.", "The foreign minister urged the allies to act."],
            "foreign minister",
            [],
        ),
        # "the former president" is no one in office
        (
            ["Donald Trump spoke at a rally.", "The former president urged the allies to act."],
            "former president",
            [],
        ),
    ],
)
def test_a_bare_title_is_the_office_holder_named_before(
    parts, sentences: list[str], phrase: str, expected: list[str]
) -> None:
    assert in_document(parts, sentences, phrase, published=date(2018, 4, 10)) == expected


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        # a civil office whose title ends in "general" is no military rank
        (
            "South Africa's director-general of finance Chris Stals criticised the IMF.",
            "1987-03-03",
            "ZAFGOV",
        ),
        ("Pakistan's solicitor general criticised India.", "2010-03-03", "PAKGOV"),
        # the rank itself stays military
        ("An Israeli general criticised Iran.", "2010-03-03", "ISRMIL"),
    ],
)
def test_titles_ending_in_general(text: str, published: str, source: str) -> None:
    assert source in {t[0] for t in _triples(text, published)}
