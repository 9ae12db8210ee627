"""Round 8 of actor resolution, from reading detente's output on conflict reporting: an
expletive "it" refers to nothing; "they" and "them" agree in number with their antecedent;
a role after an organisation's name is the organisation's; a possessive country before a
coordinated pair; representatives take the role of the group they speak for; a backer is not
the country of what it backs; a capital naming an accord is no government; civilians by what
they were doing. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import in_document, resolve

RECENT = date(2019, 6, 1)


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # a dummy "it" before an extraposed clause or infinitive refers to nothing
        (["Russia sent more troops to Syria.", "It is clear that the war will go on."], "It", []),
        (
            ["The army shelled the town.", "It is legal to shoot looters, a general said."],
            "It",
            [],
        ),
        (["Turkey closed the border.", "It is time to end the siege, he said."], "It", []),
        (["Iran seized a tanker.", "It seems that the crew was released."], "It", []),
        (["Iran seized a tanker.", "It emerged that the ship had been boarded."], "It", []),
        (["Iran seized a tanker.", "It remains unclear whether the crew is safe."], "It", []),
        (["Israel struck Gaza.", "It was reported that ten people died."], "It", []),
        (["Egypt hosted the talks.", "It was agreed that both sides would withdraw."], "It", []),
        (["Egypt hosted the talks.", "It's a crime to starve civilians, he said."], "It", []),
        # a referring "it" keeps its antecedent
        (["Iran seized a tanker.", "It is ready to release the ship."], "It", ["IRN"]),
        (["Iran seized a tanker.", "It said the crew was safe."], "It", ["IRN"]),
    ],
)
def test_expletive_it(parts, sentences: list[str], phrase: str, expected: list[str]) -> None:
    assert in_document(parts, sentences, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("sentences", "phrase", "expected"),
    [
        # "them" is the nearest group named, not a state nor a thing
        (
            [
                "Isis fighters who lose civilian protections are legitimate targets, and "
                "British forces may kill them."
            ],
            "them",
            ["IMGMOSISI"],
        ),
        (
            ["Britain says Hezbollah fighters lose their protections and that it can kill them."],
            "them",
            ["LBNREBHEZ"],
        ),
        (["Police arrested the protesters in Cairo and beat them."], "them", ["EGYCVL"]),
        # "they" after a state named last: the group named before it, else nothing
        (
            ["Taliban fighters attacked a base near the Pakistan border.", "They killed ten."],
            "They",
            ["AFGREBTAL"],
        ),
        (["Talks with Iran resumed in Geneva.", "They ended without a deal."], "They", []),
        # a group named last keeps its "they"
        (["Rebels attacked the town of Idlib in Syria.", "They killed ten."], "They", ["SYRREB"]),
        # an institution named last is no "they": nothing rather than the army
        (["Rebels attacked the Syrian army.", "They killed ten soldiers."], "They", []),
    ],
)
def test_they_them_agree(parts, sentences: list[str], phrase: str, expected: list[str]) -> None:
    assert in_document(parts, sentences, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a role after an organisation's name is the organisation
        ("Taliban negotiators met American envoys in Doha.", "negotiators", ["AFGREBTAL"]),
        ("Hamas officials rejected the Egyptian proposal.", "officials", ["PSEREBHMS"]),
        ("A Hezbollah spokesman was killed in an air strike.", "spokesman", ["LBNREBHEZ"]),
        ("PKK militants ambushed a Turkish patrol.", "militants", ["TURREBPKK"]),
        ("A Houthi spokesman denied the report.", "spokesman", ["YEMREB"]),
        ("FSB officers raided the office of the newspaper.", "officers", ["RUSSPY"]),
        ("CIA agents questioned the suspects.", "agents", ["USASPY"]),
        ("Police officers in Nairobi arrested the suspects.", "officers", ["KENCOP"]),
        ("Hospital staff in Gaza treated the wounded.", "staff", ["PSEHLH"]),
        # a representative takes the role of the group it speaks for
        ("The Syrian opposition delegation left the talks in Geneva.", "delegation", ["SYROPP"]),
        ("A rebel spokesman in Aleppo denied the claim.", "spokesman", ["SYRREB"]),
        ("A Nigerian army spokesman denied the report.", "spokesman", ["NGAMIL"]),
        # a government or civilian one stays the government's
        ("The Syrian government delegation left the talks.", "delegation", ["SYRGOV"]),
        ("A Nigerian government spokesman denied the report.", "spokesman", ["NGAGOV"]),
    ],
)
def test_roles_of_a_group(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a possessive country before "X and Y" heads: both are actors, the first the country's
        (
            "Colombia's government and FARC rebels signed a peace deal.",
            "rebels",
            ["COLREB", "COLGOV"],
        ),
        # ("Sudan's army and RSF paramilitaries": tests/actors/test_resolve_round11.py, dated)
        # a possessive on the head alone stays the head's
        ("Syria's Kurdish fighters attacked the town.", "fighters", ["SYRREB"]),
    ],
)
def test_possessive_country_before_a_pair(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a backer is not the country of what it backs
        ("Iran-backed militias in Iraq attacked the embassy.", "militias", ["IRQUAF"]),
        ("Iran-backed Houthi rebels fired missiles at Saudi Arabia.", "rebels", ["YEMREB"]),
        ("Iran-backed militias attacked American troops.", "militias", []),
        ("US-trained forces shelled the town.", "forces", ["---MIL"]),
        # the leader of a coalition is its country
        ("The Saudi-led coalition bombed the port of Hodeidah.", "coalition", ["SAU"]),
        # a capital naming an accord or talks is a place, not a government
        ("The opposition's Riyadh agreement was criticised by Damascus.", "Riyadh", []),
        ("The rebels walked out of the Astana talks.", "Astana", []),
        ("Riyadh rejected the proposal.", "Riyadh", ["SAUGOV"]),
        # a country adjective in a thing owned by a pronoun's antecedent is no actor
        (
            "Seizing a chance to legitimise his Syrian ascendancy, Putin visited Damascus.",
            "ascendancy",
            [],
        ),
        (
            "Seizing a chance to legitimise his Syrian ascendancy, Putin visited Damascus.",
            "Syrian",
            [],
        ),
        ("Iranian officials criticised the Syrian offensive.", "offensive", ["SYR"]),
        ("Kharazi met his Russian counterpart in Tehran.", "counterpart", ["RUSGOV"]),
    ],
)
def test_backers_places_and_things(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # civilians by what they were doing, schoolchildren as students, the displaced
        ("Gunmen attacked worshippers at a mosque in Kabul.", "worshippers", ["AFGCVL"]),
        ("Police fired on mourners in Baghdad.", "mourners", ["IRQCVL"]),
        ("A bomb killed shoppers at a market in Nigeria.", "shoppers", ["NGACVL"]),
        ("Soldiers shot two bystanders in Caracas.", "bystanders", ["VENCVL"]),
        ("A car bomb killed commuters in Mogadishu.", "commuters", ["SOMCVL"]),
        ("Militants kidnapped schoolgirls in Nigeria.", "schoolgirls", ["NGAEDU"]),
        ("Shelling forced IDPs in Yemen to flee again.", "IDPs", ["YEMREF"]),
        ("Evacuees from Mariupol reached Zaporizhzhia in Ukraine.", "Evacuees", ["UKRREF"]),
        ("Militants freed the captives in Mali.", "captives", ["MLICVL"]),
        # a royal court is the palace, the executive, not a court of law
        ("The Saudi royal court announced the king's death.", "court", ["SAUGOV"]),
        ("A Saudi court sentenced the activist.", "court", ["SAUJUD"]),
    ],
)
def test_civilians_and_courts(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected
