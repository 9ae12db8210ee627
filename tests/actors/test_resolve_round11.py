"""Round 11 of actor resolution: an armed organisation's forces are the organisation; a
people without a state fielding forces in a country are rebels there; a capital's name that
is a town of another country the sentence names is that town; "the group" points back at the
organisation named before; Sudan's Rapid Support Forces by date. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actors.conftest import in_document, resolve

RECENT = date(2020, 1, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an armed organisation's forces, troops or gunmen: the organisation, not the
        # military of its country
        ("Houthi forces fired missiles at the port.", "forces", ["YEMREB"]),
        ("Hezbollah troops crossed the border.", "troops", ["LBNREBHEZ"]),
        ("Taliban forces opened fire on a border post.", "forces", ["AFGREBTAL"]),
        # a state's forces stay the state's
        ("Syrian government forces shelled the town.", "forces", ["SYRMIL"]),
        ("Afghan forces retook the district.", "forces", ["AFGMIL"]),
        # a people without a state fielding forces in a country: rebels there, not that
        # state's military
        ("Turkey attacked Kurdish-led forces in northeastern Syria.", "forces", ["SYRREB"]),
        ("Kurdish militias in Syria shelled the town.", "militias", ["SYRUAF"]),
    ],
)
def test_forces_of_an_organisation(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # Tripoli in a sentence on Lebanon, naming no Libya, is Lebanon's Tripoli
        (
            "Syrian officers ended mediation between rival militias in Tripoli as shells hit"
            " the north Lebanese port.",
            "militias",
            ["LBNUAF"],
        ),
        # with Libya named, or nothing else, it stays Libya's capital
        ("Libyan rebels shelled Tripoli, a Lebanese witness said.", "Tripoli", ["LBYCVL"]),
        ("Tripoli rejected the proposal.", "Tripoli", ["LBYGOV"]),
        ("Militias in Tripoli clashed with police.", "Militias", ["LBYUAF"]),
    ],
)
def test_capital_of_another_country(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


def test_capital_of_the_documents_country(parts) -> None:
    sentences = [
        "Libya's rival governments met in Geneva.",
        "Militias in Tripoli clashed as a Lebanese ship docked.",
    ]
    assert in_document(parts, sentences, "Militias", published=RECENT) == ["LBYUAF"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # "the group" with no words of its own: the organisation named last before it
        (
            "Israeli jets struck Hezbollah targets a day after the group fired rockets.",
            "group",
            ["LBNREBHEZ"],
        ),
        (
            "The UN urged the Rapid Support Forces to lift the siege and urged the"
            " paramilitary group to allow aid in.",
            "group",
            ["SDNREB"],
        ),
        # an intergovernmental body is no "group": the last non-governmental one
        (
            "Al-Shabaab militants attacked an African Union base, the group said.",
            "group",
            ["SOMREB"],
        ),
        # a group with words of its own, or of people, is not a back-reference
        ("Hamas fired rockets, a rights group said.", "group", ["NGOHRI"]),
        ("Hamas said a group of protesters was arrested.", "group", []),
        # "the world body" is the United Nations
        ("The world body condemned the attack.", "body", ["IGOUNO"]),
    ],
)
def test_the_group(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=date(2024, 3, 5)) == expected


def test_the_group_across_sentences(parts) -> None:
    sentences = [
        "The Houthis detained eleven UN staff members in Sanaa.",
        "The group said the staff were spies.",
    ]
    assert in_document(parts, sentences, "group", published=RECENT) == ["YEMREB"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # a state paramilitary (MIL) until the war with the army, rebels since
        (date(2021, 6, 1), ["SDNMIL"]),
        (date(2023, 4, 14), ["SDNMIL"]),
        (date(2023, 4, 15), ["SDNREB"]),
        (date(2024, 3, 5), ["SDNREB"]),
    ],
)
def test_rapid_support_forces(parts, published: date, expected: list[str]) -> None:
    text = "The Rapid Support Forces shelled a market in Nyala."
    assert resolve(parts, text, "Forces", published=published) == expected


def test_rapid_support_forces_beside_the_army(parts) -> None:
    # the possessive country before "X and Y" heads: both are actors, the first the country's
    text = "Sudan's army and RSF paramilitaries agreed a truce."
    found = resolve(parts, text, "paramilitaries", published=date(2024, 3, 5))
    assert found == ["SDNREB", "SDNMIL"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Islamabad summoned the Afghan charge d'affaires.", "affaires", ["AFGGOV"]),
        ("The talks were led by Qatari mediators.", "mediators", ["QATGOV"]),
        ("Ukraine's security service detained an officer.", "service", ["UKRSPY"]),
    ],
)
def test_roles(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a people of several countries is of the one other country its sentence names
        (
            "The Mozambique government accepted demands from Shona rebels.",
            "rebels",
            ["MOZREB"],
        ),
        ("Shona villagers protested against the Mozambican government.", "villagers", ["MOZCVL"]),
        # not that country when it is the other party, nor with a place of its own, nor
        # when it is not one of the people's countries
        ("Shona rebels attacked Mozambican troops.", "rebels", ["ZWEREB"]),
        ("Shona farmers protested in Harare.", "farmers", ["ZWEAGR"]),
        ("Tamil rebels welcomed India's offer.", "rebels", ["LKAREB"]),
        # a nation's demonym is no ethnic group: "Russian leaders" are the government
        ("Russian leaders met Yoruba leaders.", "Russian leaders", ["RUSGOV"]),
        ("Russian leaders met Yoruba leaders.", "Yoruba leaders", ["NGAELI"]),
    ],
)
def test_people_of_several_countries(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a country word naming a currency is no actor
        ("Japan gave US $50 million to Haiti.", "US"),
        ("China pledged 300 million Hong Kong dollars to Nepal.", "Hong Kong"),
        ("The rebels seized 2 million US dollars.", "dollars"),
        ("The Zimbabwean dollar fell against the British pound.", "Zimbabwean"),
    ],
)
def test_currency_is_no_actor(parts, text: str, phrase: str) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == []


def test_country_before_a_sum_is_an_actor(parts) -> None:
    text = "The US gave $50 million to Haiti."
    assert resolve(parts, text, "US", published=RECENT) == ["USA"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an armed group with no country of its own loyal to an organisation is that one
        ("Militants loyal to Islamic State beheaded 21 hostages.", "Militants", ["IMGMOSISI"]),
        # with a country of its own, or loyal to a person, the group's own words code it
        ("Iraqi militias loyal to Hezbollah attacked the base.", "militias", ["IRQUAF"]),
        # a peace movement is an opposition group
        ("An Israeli peace movement met the PLO.", "movement", ["ISROPP"]),
    ],
)
def test_loyal_and_peace_groups(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the head, chief or director of an organisation is the organisation
        ("The head of Hezbollah warned Israel.", "head", ["LBNREBHEZ"]),
        (
            "The head of the Palestinian group Islamic Jihad met Iran's foreign minister.",
            "head",
            ["PSEREBISJ"],
        ),
        ("The chief of the World Health Organization visited Gaza.", "chief", ["IGOUNOWHO"]),
        ("The head of the UN's nuclear watchdog urged Russia to agree.", "head", ["IGOUNOIAE"]),
        # not of a state's institution that names no organisation
        ("The head of the Syrian army resigned.", "head", ["SYRMIL"]),
    ],
)
def test_head_of_an_organisation(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an international organisation's people, by a possessive pronoun, are the
        # organisation, wherever they act
        (
            "The International Criminal Court said its judges had authorised an investigation"
            " in Burundi.",
            "judges",
            ["IGOICC"],
        ),
        ("Russia said its troops had left Syria.", "troops", ["RUSMIL"]),
        # people whom the sentence calls unidentified are no actor of a guessed country
        ("Haitian President Moise was shot dead by unidentified gunmen.", "gunmen", []),
        ("Haiti's president was shot by a group of unknown gunmen.", "group", []),
        ("Moise was shot by a group of unknown gunmen in Haiti.", "group", ["HTIREB"]),
        ("Gunmen attacked a hotel in Mogadishu.", "Gunmen", ["SOMREB"]),
    ],
)
def test_organisations_people_and_unidentified(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a place held by an organisation stands for it; held by the opposition, rebels
        ("The WFP suspended aid in Houthi-controlled northern Yemen.", "Yemen", ["YEMREB"]),
        ("The UN sent aid to Hamas-controlled areas.", "areas", ["PSEREBHMS"]),
        (
            "Jets bombed the opposition-held enclave of Eastern Ghouta in Syria.",
            "enclave",
            ["SYRREB"],
        ),
        # a place with no holder stays the place's country
        ("The WFP suspended aid in northern Yemen.", "Yemen", ["YEM"]),
        # the Treasury is the government
        ("The U.S. Treasury imposed sanctions on two commanders.", "Treasury", ["USAGOV"]),
    ],
)
def test_held_places_and_treasury(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a coordination sharing the rest of a country's name names both countries
        (
            "The leaders of North and South Korea agreed to work toward peace.",
            "leaders",
            ["KORGOV", "PRKGOV"],
        ),
        ("North and South Korea agreed to talks.", "Korea", ["KOR", "PRK"]),
        ("South Korea agreed to talks.", "Korea", ["KOR"]),
        # a people the knowledge base does not know by name, as a community: civilians of
        # where the sentence places them
        (
            "Militias killed hundreds of members of the Masalit community in West Darfur.",
            "hundreds",
            ["SDNCVL"],
        ),
        ("The international community condemned the attack.", "community", ["INT"]),
    ],
)
def test_shared_names_and_communities(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


def test_the_rebels_after_an_armed_organisation(parts) -> None:
    sentences = [
        "Colombia's government and the ELN guerrilla group agreed to a ceasefire.",
        "The rebels pledged to suspend kidnappings.",
    ]
    assert in_document(parts, sentences, "rebels", published=RECENT) == ["COLREB"]


def test_the_militants_after_an_international_armed_group(parts) -> None:
    sentences = [
        "The SDF closed the gap between Isis and their own positions.",
        "The militants were almost totally besieged.",
    ]
    assert in_document(parts, sentences, "militants", published=RECENT) == ["IMGMOSISI"]


def test_the_rebels_in_a_sentence_naming_a_country(parts) -> None:
    sentences = [
        "The ELN guerrilla group agreed to a ceasefire.",
        "The rebels attacked a base in Venezuela.",
    ]
    assert in_document(parts, sentences, "rebels", published=RECENT) == ["VENREB"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # supporters of one out of power are the opposition
        (
            "About 200 supporters of former President Ahmed Ben Bella blocked roads in Algeria.",
            "supporters",
            ["DZAOPP"],
        ),
        ("Followers of the Kenyan opposition leader rallied.", "Followers", ["KENOPP"]),
    ],
)
def test_supporters(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=date(1990, 5, 1)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a nation's people called ethnic, with no place of their own: of the other
        # country the sentence names most, when one does
        (
            "Ethnic Albanians vowed to take villages near Macedonia's border with Bulgaria,"
            " Macedonian officials said.",
            "Albanians",
            ["MKDCVL"],
        ),
        ("Serbian police killed five ethnic Albanians.", "Albanians", ["SRBCVL"]),
        ("Russia vowed to protect ethnic Russians.", "Russians", ["RUSCVL"]),
        # two other countries named as often: undecided, the nation's
        (
            "Ethnic Turks protested against Sweden's decision to send them to Bulgaria.",
            "Turks",
            ["TURCVL"],
        ),
        # a place of their own decides
        ("Ethnic Hungarians in Romania appealed to Hungary.", "Hungarians", ["ROUCVL"]),
    ],
)
def test_ethnic_minorities(parts, text: str, phrase: str, expected: list[str]) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "AU" in capitals is the African Union, since its founding
        ("The AU mission said it had repelled the assault.", RECENT, ["IGOAFRAFU"]),
        ("The AU mission said it had repelled the assault.", date(1995, 1, 1), []),
    ],
)
def test_au(parts, text: str, published: date, expected: list[str]) -> None:
    assert resolve(parts, text, "mission", published=published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # an organisation has no authorities: the state it acts on has (session 10, lead)
        (
            "The European Union threatened Belarus with new sanctions after its authorities "
            "forced a Ryanair flight to land in Minsk.",
            "authorities",
            ["BLRGOV"],
        ),
        # an organisation's own people stay the organisation
        (
            "The International Criminal Court said its judges had authorised an investigation.",
            "judges",
            ["IGOICC"],
        ),
    ],
)
def test_state_organs_of_the_state_acted_on(
    parts, text: str, phrase: str, expected: list[str]
) -> None:
    assert resolve(parts, text, phrase, published=RECENT) == expected
