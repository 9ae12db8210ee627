"""Round 6 of actor resolution: the antecedents of pronouns (object pronouns bound away from
their clause's subject, "it" in its owner's announcement), "the two sides" and "the two
leaders" for the pair named before. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import in_document, resolve


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # an object pronoun is never its own clause's subject: the last person named before
        # it that is not that subject, a person named by a title counting as a person
        (
            [
                "Iran's foreign minister met his Russian counterpart in Moscow on Monday.",
                "Tehran later accused him of lying.",
            ],
            "him",
            ["RUSGOV"],
        ),
        (
            ["The Kremlin summoned the Polish ambassador and ordered him to leave."],
            "him",
            ["POLGOV"],
        ),
        (
            ["Venezuela expelled the Colombian ambassador, accusing him of spying."],
            "him",
            ["COLGOV"],
        ),
        (
            ["Kenyan villagers wrote to President Barack Obama, urging him to visit."],
            "him",
            ["USAGOV"],
        ),
        (
            ["Sarkozy met Obama in Paris on Monday.", "Obama thanked him for the dinner."],
            "him",
            ["FRAGOV"],
        ),
        # "them": the last group named that is not the subject
        (["Kenyan police arrested the students and beat them."], "them", ["KENEDU"]),
        # an apposition describes the noun before it, which stays the antecedent
        (
            ["Uganda compensated 50 British nationals, mostly Asians, after Amin expelled them."],
            "them",
            ["GBRCVL"],
        ),
        # "it" in what a noun's owner says of itself is the owner
        (
            ["Russia's announcement that it will join France in voting no angered Washington."],
            "it",
            ["RUS"],
        ),
        (["The decision by Iran that it would enrich uranium alarmed Europe."], "it", ["IRN"]),
        # not in accusations or claims about others: there "it" is the one accused, who
        # rejects them
        (
            ["Seoul rejected accusations by Amnesty International that it had lied."],
            "it",
            ["KORGOV"],
        ),
    ],
)
def test_object_pronouns(parts, sentences, phrase, expected) -> None:
    assert in_document(parts, sentences, phrase) == expected


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # "the two sides", "both sides", "the two leaders": the two countries named together
        (
            ["Sarkozy hosted Medvedev in Deauville on Monday.", "The two leaders discussed Libya."],
            "leaders",
            ["FRAGOV", "RUSGOV"],
        ),
        (
            ["Armenia and Azerbaijan traded fire on Sunday.", "Both sides reported casualties."],
            "sides",
            ["ARM", "AZE"],
        ),
        # as the subject, in the sentence naming them: the last two named before it
        (
            ["Qatar, mediating between Israel and Hamas, said the two sides agreed to a truce."],
            "sides",
            ["ISR", "PSE"],
        ),
        # not as an object in that sentence: a plan or offer, not the pair acting
        (
            ["Turkey offered to host talks between Russia and Ukraine and the two sides."],
            "sides",
            [],
        ),
        # nor without two countries named before
        (["The two sides met in Geneva on Monday."], "sides", []),
    ],
)
def test_two_sides(parts, sentences, phrase, expected) -> None:
    assert in_document(parts, sentences, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an organisation's organs and missions are the organisation
        ("The IAEA board demanded that Iran open its sites.", "board", ["IGOUNOIAE"]),
        ("Myanmar barred members of a U.N. fact-finding mission.", "members", ["IGOUNO"]),
        ("The NATO command ordered more patrols.", "command", ["IGONAT"]),
        ("The OSCE mission reported shelling near the town.", "mission", ["IGOSCE"]),
        # companies named by their trade are businesses
        ("The U.S. carmaker said its plant was seized.", "carmaker", ["USABUS"]),
        ("A Chinese chipmaker sued the Dutch government.", "chipmaker", ["CHNBUS"]),
        ("Russian airlines cancelled flights to Georgia.", "airlines", ["RUSBUS"]),
        ("A French oil major signed the deal.", "major", ["FRABUS"]),
    ],
)
def test_organs_and_companies(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, date(2011, 4, 2)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a people named by its demonym and a word for a group living among others is of the
        # country it lives in, like an ethnic group
        ("The Turkish minority in Bulgaria protested the new law.", "minority", ["BGRCVL"]),
        ("The Hungarian minority in Romania demanded autonomy.", "minority", ["ROUCVL"]),
        ("The Serb community of Kosovo boycotted the vote.", "community", ["KSVCVL"]),
        (
            "Troops waged a campaign in Bosnia against the Croat population of the valley.",
            "population",
            ["BIHCVL"],
        ),
        # no place named: the demonym's country, as people
        ("The Chinese community held a rally.", "community", ["CHNCVL"]),
        # not other communities
        ("The international community condemned Syria.", "community", ["INT"]),
        ("The US intelligence community warned Congress.", "community", ["USASPY"]),
    ],
)
def test_minorities(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, date(2011, 4, 2)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # leaders of armed movements while they led them, and opposition leaders between
        # their terms in office
        ("Osama bin Laden praised the attacks.", "Laden", date(2001, 10, 7), ["IMGREB"]),
        ("Hemedti accused the army of treachery.", "Hemedti", date(2024, 1, 5), ["SDNREB"]),
        ("Hemedti met the Egyptian envoy.", "Hemedti", date(2020, 3, 1), ["SDNGOV"]),
        ("Morgan Tsvangirai called for a strike.", "Tsvangirai", date(2007, 3, 1), ["ZWEOPP"]),
        ("Morgan Tsvangirai met the IMF team.", "Tsvangirai", date(2010, 3, 1), ["ZWEGOV"]),
        ("Alexei Navalny called for protests.", "Navalny", date(2018, 1, 20), ["RUSOPP"]),
        ("Riek Machar rejected the deal.", "Machar", date(2014, 5, 1), ["SSDREB"]),
        ("Anwar Ibrahim led the rally.", "Ibrahim", date(2008, 4, 14), ["MYSOPP"]),
        # not after they left: coded by title only (none here)
        ("Ken Saro-Wiwa was honoured by the writers.", "Wiwa", date(2005, 11, 10), []),
    ],
)
def test_notables(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # two country words before one head, the parser leaving the first with a dangling
        # "and": both countries' actors
        (
            "U.S. and South Korean forces began joint drills despite warnings from Pyongyang.",
            "forces",
            ["USAMIL", "KORMIL"],
        ),
        ("French and Egyptian warships launched war games.", "warships", ["FRAMIL", "EGYMIL"]),
        # not a people named with its ethnicity
        (
            "Talks between Macedonian and ethnic Albanian parties resumed.",
            "parties",
            ["MKDPTY"],
        ),
        # an organisation's members together are the organisation
        ("Britain angered its EU partners.", "partners", ["IGOEEC"]),
        ("NATO allies pledged more troops.", "allies", ["IGONAT"]),
        ("EU member states agreed on sanctions.", "states", ["IGOEEC"]),
        ("Arab states backed the plan.", "states", ["MEA"]),
    ],
)
def test_coordinated_and_members(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, date(2011, 4, 2)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # a person the knowledge base knows, in apposition, is who the phrase names
        (
            "The PKK demanded news on the safety of its leader Abdullah Ocalan.",
            "leader",
            date(1998, 11, 20),
            ["TURREB"],
        ),
        # a person it does not know takes the phrase's code
        (
            "Athens sent its Turkish counterpart Ahmet Demirkol a letter.",
            "counterpart",
            date(2011, 4, 2),
            ["TURGOV"],
        ),
    ],
)
def test_known_person_in_apposition(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected
