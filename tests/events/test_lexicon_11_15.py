"""The lexicon of CAMEO roots 11-15 (disapprove, reject, threaten, protest, exhibit force
posture), on sentences written for these tests (real spaCy)."""

from __future__ import annotations

import pytest

import detente


def events(text: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (
            e.source.code if e.source else None,
            e.cameo.code,
            e.target.code[:3] if e.target else None,
        )
        for e in detente.code(text, published="2011-04-02")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 11 disapprove: blame (112) and its aggression family (1123)
        ("Iran blamed the bombing on Israel.", ("IRN", "1123", "ISR")),
        ("Pakistan blamed India for the attack on its border post.", ("PAK", "1123", "IND")),
        ("Russia blamed the United States for the violence.", ("RUS", "1123", "USA")),
        # accuse of ...: each family by its nouns
        ("Egypt accused Israel of ceasefire violations.", ("EGY", "1123", "ISR")),
        ("Turkey accused Greece of espionage and sabotage.", ("TUR", "1125", "GRC")),
        ("Human Rights Watch accused Syria of killings.", ("NGOHRW", "1122", "SYR")),
        ("China accused Japan of provocations in the East China Sea.", ("CHN", "1123", "JPN")),
        # criticize: more verbs; a bare form when the object is no actor
        ("France chided Italy over its budget plans.", ("FRA", "111", "ITA")),
        ("Germany slammed the decision, calling it a mistake.", ("DEU", "111", None)),
        # disapprove: predicate adjectives and "express disapproval"
        ("Brazil was disappointed with Argentina.", ("BRA", "110", "ARG")),
        ("Japan expressed disapproval of the Chinese plan.", ("JPN", "110", "CHN")),
        # rally opposition (113): diplomatic, not military
        ("Iran called for sanctions against Israel.", ("IRN", "113", "ISR")),
        ("Iraq mobilized against Iran.", ("IRQ", "113", "IRN")),
        # nominal events: the source is the possessor or the nationality adjective
        ("Saudi accusations against Iran escalated the crisis.", ("SAU", "112", "IRN")),
        ("Kenya's complaint to the United Nations was rejected.", ("KEN", "114", "IGO")),
        ("North Korea's ultimatum to South Korea expired on Monday.", ("PRK", "139", "KOR")),
        ("Iran's warning to Israel came after the strike.", ("IRN", "130", "ISR")),
        ("Russian military exercises near Estonia worried NATO.", ("RUS", "150", "EST")),
        ("The Chinese military buildup near Taiwan alarmed Washington.", ("CHN", "154", "TWN")),
        # 12 reject: decline as refuse, appeals, mediation, defiance
        ("Kenyan President Uhuru Kenyatta declined to resign.", ("KENGOV", "1231", None)),
        (
            "Syrian rebels dismissed an appeal by the government to lay down their arms.",
            ("SYRREB", "1246", "SYR"),  # the refusal of what was asked
        ),
        ("Israel is opposed to French mediation.", ("ISR", "126", "FRA")),
        ("Hamas rebuffed the Egyptian mediation offer.", ("PSEREBHMS", "126", "EGY")),
        ("Egyptian protesters defied the curfew in Cairo.", ("EGYCVL", "128", "EGY")),
        ("A Lebanese newspaper violated a ban imposed by the army.", ("LBNMED", "128", "LBN")),
        ("Britain refused to deploy peacekeepers in Sudan.", ("GBR", "1224", "SDN")),
        ("Iran rejected the Iraqi ceasefire proposal.", ("IRN", "1246", "IRQ")),
        ("Iran resisted pressure from the United States.", ("IRN", "124", "USA")),
        ("Greece balked at the German proposal.", ("GRC", "120", "DEU")),
        # 13 threaten
        ("Russia threatened further action against Ukraine.", ("RUS", "130", "UKR")),
        ("Iran warned of retaliation against Israel.", ("IRN", "138", "ISR")),
        ("North Korea threatened South Korea with war.", ("PRK", "138", "KOR")),
        ("Hezbollah vowed to retaliate against Israel.", ("LBNREBHEZ", "138", "ISR")),
        ("Greek unions threatened to hold a general strike.", ("GRCLAB", "133", None)),
        (
            "Iran threatened to stop negotiations with the European Union.",
            ("IRN", "134", "IGO"),
        ),
        ("The Italian minister threatened to resign over the budget.", ("ITAGOV", "1313", None)),
        (
            "The Egyptian government threatened to impose a curfew on Cairo.",
            ("EGYGOV", "1323", "EGY"),
        ),
        ("Iran threatened to cut off electricity to Armenia.", ("IRN", "131", "ARM")),
        # 14 protest
        ("Turkish students rallied outside the parliament in Ankara.", ("TUREDU", "141", "TUR")),
        ("Palestinian workers stopped work to protest against Israel.", ("PSELAB", "143", "ISR")),
        ("Chilean teachers organized a strike against the government.", ("CHLEDU", "143", "CHL")),
        ("Palestinian riots against Israeli policies continued.", ("PSE", "145", "ISR")),
        (
            # no target or place named: the strikers' own government
            "Nigerian workers launched a nationwide strike over fuel prices.",
            ("NGALAB", "143", "NGA"),
        ),
        (
            "Pakistani protesters chanted slogans against the United States.",
            ("PAKCVL", "141", "USA"),
        ),
        ("Iranian students burned American flags outside the embassy.", ("IRNEDU", "141", "USA")),
        # a compound climbed into is a violent protest, by people where it stands
        (
            "Hundreds of students climbed the fence of the British embassy in Tehran.",
            ("IRNEDU", "145", "GBR"),
        ),
        (
            "Protesters angered by a film scaled the walls of the U.S. embassy in Cairo.",
            ("EGYCVL", "145", "USA"),
        ),
        # 15 exhibit force posture
        ("Israeli forces remained on high alert in the West Bank.", ("ISRMIL", "152", "PSE")),
        ("The Indian army put its troops on standby.", ("INDMIL", "152", None)),
        ("India strengthened its forces along the border with China.", ("IND", "154", "CHN")),
        ("Russia amassed troops near Ukraine.", ("RUS", "154", "UKR")),
        ("Russia moved tanks to the Ukrainian border.", ("RUS", "154", "UKR")),
        ("North Korea carried out a missile test on Sunday.", ("PRK", "150", None)),
        ("Turkey ordered patrols along the Syrian border.", ("TUR", "153", None)),
        ("Iranian war games near Iraq alarmed officials.", ("IRN", "150", "IRQ")),
        ("Russian jets buzzed an American destroyer.", ("RUSMIL", "150", "USA")),
    ],
)
def test_families_code(text: str, expected: tuple) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The dollar rallied against the euro on Monday.",  # no actor rallies
        "Exports to China declined sharply last year.",  # decline: fall, not refuse
        "Russian troops marched into Crimea.",  # a march of troops is no protest
        "Israel launched air strikes on Gaza.",  # military strikes are not labour strikes
        "Israeli soldiers stormed the building in Hebron.",
        "Analysts said the Iranian threat to Israel was growing.",  # a danger, not a threat made
        "France and Germany held joint military exercises.",  # cooperation, not posture
        "The Saudi campaign against Yemeni rebels continued.",  # military, not 113
        "Brazil rallied behind Argentina.",  # support (05)
        "The United States launched missile strikes against Syrian government targets.",
    ],
)
def test_no_event_of_these_roots(text: str) -> None:
    assert not {code for _, code, _ in events(text) if code[:2] in {"11", "12", "13", "14", "15"}}
