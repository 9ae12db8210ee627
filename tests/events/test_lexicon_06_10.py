"""The lexicon of CAMEO roots 06-10 (material cooperation, aid, yield, investigate, demand),
on sentences written for these tests (real spaCy)."""

from __future__ import annotations

import pytest

import detente


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (
            e.source.code if e.source else None,
            e.cameo.code,
            e.target.code[:3] if e.target else None,
        )
        for e in detente.code(text, published="2011-04-02")
    }


def codes(text: str) -> set[str]:
    return {e.cameo.code for e in detente.code(text, published="2011-04-02")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 06: expertise and technology shared, joint exercises, judicial cooperation
        ("Russia shared expertise with Syria on nuclear energy.", ("RUS", "060", "SYR")),
        ("Japan transferred technology to Vietnam last year.", ("JPN", "060", "VNM")),
        ("The United States held war games with South Korea on Monday.", ("USA", "062", "KOR")),
        ("India began joint naval drills with Japan in the Bay of Bengal.", ("IND", "062", "JPN")),
        ("Pakistan participated in military exercises with China.", ("PAK", "062", "CHN")),
        ("Thailand handed over two suspects to Malaysia.", ("THA", "063", "MYS")),
        ("Japan cut tariffs on American beef.", ("JPN", "061", "USA")),
        ("Russia supplies gas to Ukraine.", ("RUS", "061", "UKR")),
        # 07: supplies, money, evacuation, shelter, peacekeepers, asylum
        ("Germany delivered medical supplies to Ukraine on Tuesday.", ("DEU", "073", "UKR")),
        ("Japan gave Kenya 20 million dollars in grants.", ("JPN", "071", "KEN")),
        ("Canada airlifted relief supplies to Haiti.", ("CAN", "073", "HTI")),
        (
            "French helicopters evacuated wounded civilians from the Libyan city of Misrata.",
            ("FRAMIL", "073", "LBY"),
        ),
        ("Jordan opened its borders to Syrian refugees.", ("JOR", "073", "SYR")),
        ("Kenya took in 3,000 Somali refugees.", ("KEN", "073", "SOM")),
        ("Brazil deployed peacekeeping troops to Haiti.", ("BRA", "074", "HTI")),
        ("Sweden granted political asylum to six Iranian dissidents.", ("SWE", "075", "IRN")),
        # 08: compensation, curfews, emergency rule, dissent, demands met, releases, sanctions,
        # observers and aid workers let in, truce, withdrawal
        ("Iraq paid compensation to Kuwait.", ("IRQ", "080", "KWT")),
        ("Turkey shortened the curfew in Diyarbakir.", ("TUR", "0813", "TUR")),
        ("Bahrain lifted the state of emergency.", ("BHR", "0814", "BHR")),
        ("Egyptian teachers called off their strike on Monday.", ("EGYEDU", "082", "EGY")),
        ("Iran freed two American hikers.", ("IRN", "0841", "USA")),
        ("Myanmar released Aung San Suu Kyi from house arrest.", ("MMR", "0841", "MMR")),
        ("Russia returned the seized tanker to Ukraine.", ("RUS", "0842", "UKR")),
        ("The European Union eased sanctions against Myanmar.", ("IGOEEC", "085", "MMR")),
        ("Syria admitted observers from the Arab League.", ("SYR", "086", "IGO")),
        ("Hamas declared a truce with Israel.", ("PSEREBHMS", "0871", "ISR")),
        ("Russia completed its withdrawal from Georgia.", ("RUS", "0874", "GEO")),
        ("The Israeli withdrawal from Lebanon ended in May.", ("ISR", "0874", "LBN")),
        ("Rebels in Colombia laid down their weapons.", ("COLREB", "0873", "COL")),
        ("Rebel fighters in Congo have been demobilized.", ("CODREB", "0873", "COD")),
        # 09: investigations opened, by kind
        (
            "Kenyan prosecutors opened a corruption investigation against the mayor of Nairobi.",
            ("KENJUD", "091", "KEN"),
        ),
        (
            "Serbian police launched an investigation into the killing of Albanian civilians.",
            ("SRBCOP", "090", "ALB"),
        ),
        ("The French investigation into the Iranian embassy continued.", ("FRA", "090", "IRN")),
        # 10: what is demanded, and demands as orders with a complement
        ("Thousands of Syrians sought asylum in Germany.", ("SYRCVL", "1033", "DEU")),
        # the one a thing is demanded from, or who is pressed, is the target
        (
            "Turkey faces pressure from the European Union to reform its courts.",
            ("IGOEEC", "100", "TUR"),
        ),
        ("Iran demanded an apology from Britain.", ("IRN", "100", "GBR")),
        (
            "Venezuela demanded the withdrawal of American troops from Colombia.",
            ("VEN", "1056", "USA"),
        ),
        (
            "Ukrainian protesters demanded the resignation of President Yanukovych.",
            ("UKRCVL", "1041", "UKR"),
        ),
        ("Libyan rebels demanded a NATO military presence in Benghazi.", ("LBYREB", "1034", "IGO")),
    ],
)
def test_families_code(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand made as an order or as pressure takes the code of the action demanded
        ("Iran ordered Britain to release the detained sailors.", ("IRN", "1053")),
        ("The Egyptian army ordered protesters to disperse.", ("EGYMIL", "1052")),
        ("Egyptian authorities pressured workers to end the strike.", ("EGYGOV", "1052")),
        ("Russia demanded that Georgia withdraw its troops from Abkhazia.", ("RUS", "1056")),
    ],
)
def test_demands_code_the_action_demanded(text: str, expected: tuple) -> None:
    assert expected in {(source, code) for source, code, _ in triples(text)}


@pytest.mark.parametrize(
    ("text", "not_root"),
    [
        # a lone army's exercise is a show of force, not military cooperation
        ("China held military exercises near Taiwan.", "06"),
        # imposing a curfew is the opposite of easing one
        ("Turkey imposed a curfew in Diyarbakir.", "08"),
        # a call for an investigation is not an investigation
        ("Israel called for an investigation into the attack.", "09"),
        # gas sold is trade, not aid
        ("Russia supplies gas to Ukraine.", "07"),
        # sending a minister is a visit, not aid
        ("Russia sent its foreign minister to Cuba.", "07"),
        # an arrest is not a release
        ("Indonesia arrested three Australian tourists.", "08"),
    ],
)
def test_not_coded_as(text: str, not_root: str) -> None:
    assert not any(code.startswith(not_root) for code in codes(text))
