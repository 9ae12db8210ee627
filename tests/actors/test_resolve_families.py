"""Families of actor phrases the resolver codes: peoples, ethnic groups, coordinated
countries, institutions named with their country, office-holders picked by the country
named beside them, organisations and role words. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import resolve


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a demonym used as a plural noun: the people, civilians
        ("Thousands of Liberians fled across the border.", "Liberians", ["LBRCVL"]),
        ("Ghanaians protested in Accra on Monday.", "Ghanaians", ["GHACVL"]),
        ("Bosnian Serbs shelled the town overnight.", "Bosnian Serbs", ["BIHCVL"]),
        # a role word keeps its own sector
        ("Albanian rebels attacked a police post.", "Albanian rebels", ["ALBREB"]),
        # a people or an ethnic group is coded by the country it lives in
        ("The Hungarians of northern Serbia asked for autonomy.", "Hungarians", ["SRBCVL"]),
        (
            "Ethnic Turkish villagers in Bulgaria complained to Sofia.",
            "Ethnic Turkish villagers",
            ["BGRCVL"],
        ),
        (
            "Ethnic Albanian rebels operating in Macedonia laid down arms.",
            "Ethnic Albanian rebels",
            ["MKDREB"],
        ),
        # a place named by a country beats the demonym inside it
        (
            "Palestinians of the Israeli-occupied Gaza Strip went on strike.",
            "Palestinians",
            ["PSECVL"],
        ),
    ],
)
def test_peoples_and_ethnic_groups(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Greek and Turkish warships held drills.", "warships", ["GRCMIL", "TURMIL"]),
        ("U.S. and Chinese negotiators met in Geneva.", "negotiators", ["USAGOV", "CHNGOV"]),
        ("Senior Czech and Slovak officials agreed.", "officials", ["CZEGOV", "SVKGOV"]),
        # one country only: one actor
        ("Kenyan soldiers crossed the border.", "soldiers", ["KENMIL"]),
    ],
)
def test_coordinated_countries_give_one_actor_each(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Kenya's Supreme Court annulled the vote.", "Supreme Court", ["KENJUD"]),
        ("The Supreme Court struck down the law.", "Supreme Court", ["USAJUD"]),
        ("The Kremlin rejected the offer.", "Kremlin", ["RUSGOV"]),
    ],
)
def test_institution_named_with_its_country(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Two activists were detained in Minsk by Belarusian police.", "police", ["BLRCOP"]),
        ("Belarusian activists marched in Minsk.", "activists", ["BLROPP"]),
        ("Three US servicemen were wounded.", "servicemen", ["USAMIL"]),
        ("Iraqi youths threw stones.", "youths", ["IRQCVL"]),
        ("Egyptian security officials said the attack failed.", "officials", ["EGYCOP"]),
    ],
)
def test_role_words(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a role acting where no country is named: CAMEO's country unknown (round 3)
        ("The activists said nothing.", "activists", ["---OPP"]),
        ("Officials met on Tuesday.", "Officials", ["---GOV"]),
    ],
)
def test_bare_roles_have_no_country(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # the surname without the Arabic article, and a fuller form of a known name
        ("President Assad met the envoy.", "Assad", date(2005, 1, 1), ["SYRGOV"]),
        ("President Assad met the envoy.", "Assad", date(1995, 1, 1), ["SYRGOV"]),
        ("Omar Hassan al-Bashir spoke.", "Bashir", date(2005, 1, 1), ["SDNGOV"]),
        # leaders outside the G20 and before 1990
        ("President Yoweri Museveni spoke.", "Museveni", date(1999, 1, 1), ["UGAGOV"]),
        ("Mikhail Gorbachev spoke.", "Gorbachev", date(1988, 1, 1), ["RUSGOV"]),
        # a title saying the person left office: an elite
        ("Former President Bill Clinton spoke.", "Clinton", date(1999, 1, 1), ["USAELI"]),
        (
            "The former Soviet Union's President Mikhail Gorbachev spoke.",
            "Gorbachev",
            date(1990, 1, 1),
            ["RUSGOV"],
        ),
        # a country named beside the name rules out office-holders of other countries
        ("King Hassan of Morocco received the envoy.", "Hassan", None, ["MARGOV"]),
    ],
)
def test_office_holders(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        ("A prominent anti-Syria journalist was killed.", "journalist", None, []),
        ("Pro-Iranian militiamen in Iraq fired rockets.", "militiamen", None, ["IRQUAF"]),
        ("Israel's militia allies in southern Lebanon retreated.", "allies", None, ["LBNUAF"]),
        ("Members of Boko Haram attacked a village.", "Members", None, ["NGAREB"]),
        ("Leaders of the ANC met de Klerk.", "Leaders", date(1991, 1, 1), ["ZAFOPP"]),
        ("The Houthis fired a missile.", "Houthis", None, ["YEMREB"]),
        ("UNIFIL said the border was calm.", "UNIFIL", None, ["IGOUNO"]),
    ],
)
def test_organisations_and_stances(parts, text, phrase, published, expected) -> None:
    assert resolve(parts, text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Yoruba leaders demanded a new constitution.", "leaders", ["NGAELI"]),
        ("Tamil rebels attacked an army camp.", "rebels", ["LKAREB"]),
        ("Police arrested Tamil activists in Tamil Nadu.", "Tamil Nadu", ["IND"]),
        # a participle clause names the place of a role without a country
        ("A newspaper based in Nairobi published the letter.", "newspaper", ["KENMED"]),
        ("The camp shelters refugees fleeing the war in Burundi.", "refugees", ["BDIREF"]),
        # a known person naming an administration
        ("The Reagan administration imposed sanctions.", "administration", ["USAGOV"]),
    ],
)
def test_ethnic_groups_places_and_administrations(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, date(1985, 1, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The ASEAN forum agreed to meet again.", "forum", ["IGOASN"]),
        ("The al-Qaeda network threatened new attacks.", "network", ["IMGMOSALQ"]),
        ("The NATO alliance met in Brussels.", "alliance", ["IGONAT"]),
        ("Carl Bildt called for reforms.", "Bildt", ["SWEGOV"]),
    ],
)
def test_organisation_before_a_generic_head(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase, date(1993, 1, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Militants loyal to Chad's president attacked the town.", "Militants", ["TCDREB"]),
        ("Troops loyal to the Libyan leader shelled the port.", "Troops", ["LBYMIL"]),
    ],
)
def test_loyal_to(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Hundreds of ethnic Hungarians rallied in Romania on Sunday.", "Hungarians", ["ROUCVL"]),
        ("Thousands of Iraqi Kurds fled to Turkey.", "Kurds", ["IRQCVL"]),
    ],
)
def test_ethnic_subject_lives_where_it_acts(parts, text, phrase, expected) -> None:
    assert resolve(parts, text, phrase) == expected
