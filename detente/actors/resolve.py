"""Actor resolution: from a noun phrase in a parsed sentence to a coded :class:`Actor`.

The resolver reads a noun phrase as a careful reader does: the knowledge base
tells what its words are (a country, a demonym, a capital used as a metonym, an
organisation, a role word, a known office-holder as of the article's date), and
the phrase's structure says how they combine ("Russian Foreign Minister Igor
Ivanov" → RUS + GOV; "the Moscow State Institute" → RUS + EDU). People are
remembered for the rest of the document, so a later "Ivanov" or "the minister"
gets the same code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from detente.actors.kb import DATA_DIR, INTERNATIONAL_CODES, REGION_CODES, normalize
from detente.records import Actor

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language

    from detente.actors.kb import Entry, KnowledgeBase

# The rule of a role whose country is only guessed from the one country its sentence names:
# the coder and the pipeline let a firmer actor or the event's place override it.
GUESSED_COUNTRY = "role without a country: the sentence's only country"
# The rule of a state organ in a sentence naming no country, given the document's one clear
# country (the dateline's, or the only one its earlier sentences named).
DOCUMENT_COUNTRY = "state organ without a country: the document's one clear country"
DOCUMENT_CHALLENGER = "rebels or opposition without a country: the document's one clear country"
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# The offices whose holder a surname alone names in the news ("Trump said ...").
LEADER_TITLES = frozenset(
    {
        "president",
        "prime minister",
        "foreign minister",
        "king",
        "queen",
        "emir",
        "chancellor",
        "premier",
        "leader",
        "supreme leader",
        "sultan",
        "emperor",
    }
)
THING_PRONOUNS = frozenset({"it", "they", "them"})
# The gender of "he" and "she", and words of a person's name or description that give it
# ("Mrs", "Queen", "spokeswoman"; "Mr", "King", "spokesman"); given names in given_names.txt.
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GENDER_WORDS = {
    **dict.fromkeys(
        ["mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "dame"]
        + ["baroness", "duchess", "countess", "woman", "mother", "wife", "daughter", "sister"]
        + ["grandmother", "girl", "spokeswoman", "chairwoman", "congresswoman", "sheikha"]
        + ["businesswoman", "policewoman", "widow", "actress", "mrs."],
        "f",
    ),
    **dict.fromkeys(
        ["mr", "mr.", "sir", "king", "prince", "lord", "duke", "man", "father", "husband"]
        + ["son", "brother", "grandfather", "boy", "spokesman", "chairman", "congressman"]
        + ["businessman", "policeman", "widower"],
        "m",
    ),
}
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Pronouns of a number of a group, subjects standing for part of it ("some of whom insist")
QUANTIFIER_PRONOUNS = frozenset(
    {"many", "some", "most", "all", "both", "several", "few", "others", "none", "those"}
)
# "We" and "us" in what someone says are the speaker's side; the verbs of saying whose
# subject is the speaker ("Trump tweeted that the allies should take back fighters that we
# captured": the US).
WE_PRONOUNS = frozenset({"we", "us"})
SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "warn", "insist", "declare", "claim", "explain", "stress", "argue"}
    | {"assert", "announce", "tweet", "write", "reply", "respond", "acknowledge", "admit"}
    | {"affirm", "emphasise", "emphasize", "maintain", "contend", "vow", "pledge", "promise"}
)
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# State organs that, in a sentence naming no country, take the document's one clear country
# ("the government", "the regime", "police", "security forces"), with the only modifiers they
# may have ("the interior ministry", "armed police"); "forces" only with FORCE_WORDS.
DOCUMENT_ORGANS = frozenset(
    {"government", "regime", "junta", "army", "military", "police", "policemen", "authorities"}
    | {"ministry", "cabinet", "navy", "gendarmerie", "forces"}
)
# Soldiers a word of the state owns ("government soldiers", "regime troops").
STATE_TROOPS = frozenset({"soldiers", "troops", "forces"})
# A state's own challengers, bare ("the rebels", "militants", "the opposition"): in a story of
# one clear country they are that country's, as its organs are.
DOCUMENT_CHALLENGERS = frozenset({"rebels", "militants", "insurgents", "opposition"})
ARMED_CHALLENGER_SECTORS = frozenset({"REB", "INS", "OPP"})
TROOP_OWNERS = frozenset({"government", "regime", "army", "state"})
ORGAN_MODIFIERS = frozenset(
    {"security", "armed", "special", "riot", "interior", "foreign", "defence", "defense"}
    | {"state", "federal", "central", "national", "justice", "finance", "health", "home"}
    | {"government", "regime", "anti", "-", "air", "information"}
)
#: Heads naming an activity, never an actor, whatever role adjective they take ("military
#: training", "Russian military support", "the military presence").
ACTIVITY_NOUNS = frozenset(
    {"training", "support", "assistance", "aid", "help", "cooperation", "coordination"}
    | {"presence", "spending", "budget", "expenditure", "exercise", "drill", "capability"}
)
#: Last words of a company's name ("General Electric Co", "Admiral Insurance Ltd").
COMPANY_SUFFIXES = frozenset(
    {"co", "corp", "corporation", "inc", "incorporated", "ltd", "plc", "llc", "ag", "sa", "nv"}
    | {"bv", "gmbh", "spa", "holdings", "industries", "enterprises"}
)
FORCE_WORDS = frozenset({"security", "armed", "government", "regime", "special"})
# Particles inside personal names ("Staffan de Mistura", "Omar al-Bashir", "Ursula von der
# Leyen"), and head words of organisations' and places' names, which no person's name has.
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el"}
    | {"bin", "ibn", "ben", "abu", "bint", "ould", "ag", "dos", "das", "do", "y", "e", "ter"}
)
ORGANISATION_HEADS = frozenset(
    {"council", "party", "front", "army", "ministry", "bank", "agency", "group", "forces"}
    | {"force", "union", "organisation", "organization", "company", "corporation", "corp"}
    | {"committee", "commission", "movement", "brigade", "brigades", "court", "university"}
    | {"institute", "foundation", "fund", "association", "alliance", "coalition", "league"}
    | {"news", "times", "post", "press", "television", "radio", "airlines", "airways", "inc"}
    | {"ltd", "group", "network", "service", "services", "office", "department", "authority"}
    | {"assembly", "parliament", "congress", "senate", "government", "state", "states"}
    | {"republic", "kingdom", "province", "city", "district", "region", "island", "islands"}
    | {"river", "sea", "mountains", "valley", "square", "street", "airport", "port", "school"}
    | {"hospital", "centre", "center", "club", "fc", "united", "international", "national"}
    | {"street", "road", "bridge", "camp", "prison", "palace", "house", "hall", "museum"}
    | {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new"}
    | {"day", "war", "revolution", "accord", "agreement", "treaty", "summit", "talks", "cup"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "jihad", "islamic", "brotherhood", "hezbollah"}
)
# Verbs of a physical act on a place: a capital as their object is the city, not its
# government ("blockade Paris", "shelled Kabul"); and verbs aimed "on"/"at"/"into" a place.
PLACE_ACTION_VERBS = frozenset(
    {"shell", "bomb", "bombard", "blockade", "besiege", "storm", "encircle", "surround"}
    | {"capture", "seize", "raid", "pound", "rocket", "invade", "occupy", "overrun", "strafe"}
    | {"recapture", "retake", "liberate", "blitz", "missile", "cordon", "paralyse", "paralyze"}
)
# Buildings and sites whose "in" phrase says where they stand ("a hotel in central Mogadishu",
# "the airport in Tripoli"): a capital there is the city, not its government.
LOCATED_THINGS = frozenset(
    {"hotel", "airport", "market", "marketplace", "mosque", "church", "school", "hospital"}
    | {"restaurant", "cafe", "mall", "checkpoint", "bus", "station", "stadium", "bank"}
    | {"building", "compound", "neighbourhood", "neighborhood", "district", "suburb", "street"}
    | {"square", "bridge", "port", "university", "shop", "office", "camp", "prison", "base"}
)
AIMED_VERBS = frozenset({"fire", "march", "advance", "push", "rain", "lob", "converge", "move"})
# Words for a state that news uses for other countries' rulers, not its own ("the regime").
OTHER_STATE_WORDS = frozenset({"regime", "junta"})
# Verbs whose "it" subject stands for a clause that follows ("it seems that", "it emerged that",
# "it remains unclear whether"), and report verbs whose passive "it" does ("it was reported
# that"): an expletive "it", referring to nothing.
RAISING_VERBS = frozenset(
    {"seem", "appear", "emerge", "remain", "transpire", "happen", "turn", "become", "look"}
)
REPORT_VERBS = frozenset(
    {"report", "say", "believe", "announce", "claim", "understand", "know", "think", "hope"}
    | {"expect", "estimate", "allege", "rumour", "rumor", "suggest", "learn", "confirm", "fear"}
    | {"agree", "decide", "assume", "note", "stress", "emphasise", "emphasize", "clarify"}
)
# Adjectives and nouns of a judgement about an infinitive that follows: "it is legal to kill
# them", "it is time to act" (not "it is ready to attack", "it is able to": about its subject).
EXTRAPOSING_WORDS = frozenset(
    {"legal", "illegal", "lawful", "unlawful", "legitimate", "illegitimate", "clear", "unclear"}
    | {"important", "necessary", "unnecessary", "possible", "impossible", "difficult", "hard"}
    | {"easy", "wrong", "right", "vital", "essential", "crucial", "imperative", "urgent"}
    | {"acceptable", "unacceptable", "permissible", "forbidden", "fair", "unfair", "safe"}
    | {"unsafe", "dangerous", "premature", "early", "late", "obvious", "evident", "true"}
    | {"untrue", "false", "wise"}
    | {"unwise", "better", "best", "worth", "time", "moment", "mistake", "crime", "shame"}
    | {"pity", "duty", "obligation", "responsibility", "priority", "goal", "aim", "policy"}
)
# Pronouns as objects ("accused him", "ordered her to leave", "beat them"): never the subject
# of their own clause (binding), so the last person or group named that is not that subject.
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
# Nouns of what their owner says of itself: "Russia's announcement that it will vote" is about
# Russia (not "accusations by Amnesty that it arrested": about the accused).
COMMITMENT_NOUNS = frozenset(
    {"announcement", "statement", "declaration", "pledge", "promise", "vow", "decision"}
    | {"assurance", "commitment", "threat", "insistence", "offer", "intention", "confirmation"}
    | {"admission", "proposal", "undertaking", "resolve", "readiness", "willingness"}
)
# Entity types of a name before a noun that say whose the noun is ("a US announcement").
OWNER_ENTS = frozenset({"GPE", "NORP", "ORG"})
# What is said of someone and may be denied ("Kiev's claims that it was sending troops").
ALLEGATION_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "suggestion"})
# Role words naming an institution, a unit or a place, not one person ("the government", "the
# army", "the embassy"): a singular role noun else names a person ("the ambassador").
INSTITUTION_WORDS = frozenset(
    {"government", "ministry", "cabinet", "embassy", "administration", "authorities", "regime"}
    | {"junta", "presidency", "leadership", "delegation", "army", "military", "navy", "police"}
    | {"gendarmerie", "court", "tribunal", "judiciary", "parliament", "legislature", "senate"}
    | {"congress", "assembly", "party", "company", "firm", "bank", "corporation", "newspaper"}
    | {"media", "broadcaster", "university", "school", "institute", "college", "charity"}
    | {"hospital", "clinic", "union", "gang", "mafia", "cartel", "commission", "intelligence"}
    | {"opposition", "population", "village", "town", "crowd", "people", "artillery", "aircraft"}
    | {"helicopter", "drone", "warship", "warplane", "gunship", "battalion", "brigade", "agency"}
    | {"regiment", "militia", "insurgency", "service", "clergy", "home", "family", "guard"}
    | {"infantry", "force", "paramilitary", "mainstream", "house", "office", "council"}
)
# Roles that challenge their own state: a role of these acting on a state takes its country.
CHALLENGER_SECTORS = frozenset({"OPP", "JUD", "CVL", "REF", "LAB", "EDU", "MED", "RAD", "PTY"})
# The state at home, as challengers meet it (not its envoys or ministers abroad).
STATE_HEADS = frozenset(
    {"government", "president", "regime", "authorities", "official", "officials", "cabinet"}
    | {"administration", "premier", "parliament", "police", "army", "troops", "forces"}
    | {"court", "courts", "judiciary", "junta"}
    # the state's own votes: "the party will boycott Algeria's first multi-party elections"
    | {"election", "elections", "polls", "referendum"}
)
# Peoples of many countries coded like a region (the codebook's "ARB Arab (ethnic group)",
# "KUR Kurd (ethnic group)").
# Words of a party's name, and of a trade union's, around a capitalised "Union"
# (see _party_union).
PARTY_NAME_WORDS = frozenset(
    {"democratic", "christian", "social", "socialist", "liberal", "conservative", "homeland"}
    | {"patriotic", "popular", "republican", "progressive", "civic", "nationalist", "communist"}
    | {"conservatives", "liberals", "socialists", "democrats", "communists", "nationalists"}
)
LABOUR_NAME_WORDS = frozenset(
    {"trade", "trades", "labour", "labor", "worker", "employees", "teachers", "miners"}
    | {"journalists", "farmers", "students", "nurses", "doctors", "pilots", "drivers"}
)
PEOPLE_CODES = frozenset({"ARB", "KUR"})
# Peoples without a state whose armed groups the codebook codes with the people's code,
# wherever they fight ("Kurdish rebels" → KURREB, codebook 10.0.6), unless a place phrase of
# their own puts them in a country ("Kurdish militias in Syria").
STATELESS_PEOPLES = frozenset({"KUR"})
# The states a stateless people lives in (Kurdistan spans Turkey, Syria, Iraq and Iran): its
# groups may take one of them from the sentence, never a distant power acting on them ("the US
# armed Kurdish fighters" is KURREB, not USAREB).
PEOPLE_HOMELANDS = {"KUR": frozenset({"TUR", "SYR", "IRQ", "IRN"})}
# Sectors of armed groups: of a stateless people, a rebel group (REB); separatists and
# insurgents keep their own, more specific codes ("Kurdish separatists" → KURSEP).
ARMED_SECTORS = frozenset({"REB", "UAF", "MIL", "SEP", "INS"})
# The head words of a named professional body ("the Association of African Jurists", "the
# Arab Lawyers Union"), written with a capital.
ASSOCIATION_HEADS = frozenset(
    {"association", "federation", "confederation", "union", "society", "league", "guild"}
)
# The sectors of a national organisation that fights its own state: rebels, separatists,
# insurgents (not the opposition: "the Syrian Observatory for Human Rights", coded SYROPP,
# sits abroad and reports on many states' forces).
CHALLENGED_BY = frozenset({"REB", "SEP", "INS"})
# The state's own sectors, and heads naming states: an Arab state is of the Middle East (MEA).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Armed organs of a state, and the verbs by which they seize its own leaders in a coup.
FORCES_SECTORS = frozenset({"MIL", "COP", "SPY"})
SEIZING_VERBS = frozenset({"detain", "arrest", "oust", "overthrow", "depose", "topple"})
TERRITORY_HEADS = frozenset(
    {"country", "state", "nation", "capital", "world", "region", "government", "regime"}
    | {"monarchy", "neighbour", "neighbor", "ally", "kingdom", "emirate"}
)
# Sectors of people who act abroad as often as at home ("Arab leaders met in Cairo").
TRAVELLING_SECTORS = frozenset({"GOV", "MIL", "NGO", "IGO", "BUS", "MED", "EDU", "ELI"})
# Heads that, after "both" or "two", stand for two countries named before, with their sector.
PAIR_HEADS: dict[str, str | None] = {
    "countries": None,
    "nations": None,
    "states": None,
    "neighbours": None,
    "neighbors": None,
    "governments": "GOV",
    "sides": None,
    "leaders": "GOV",
}
# Words for a people living among others ("the Turkish minority in Bulgaria"): of the country
# they live in, like an ethnic group.
MINORITY_HEADS = frozenset(
    {"minority", "minorities", "population", "populations", "community", "communities"}
    | {"diaspora", "enclave", "enclaves"}
)
# Dependents that leave the noun phrase: their words do not describe the head.
NP_EXCLUDED_DEPS = frozenset(
    {"relcl", "acl", "appos", "prep", "cc", "conj", "punct", "advcl", "ccomp", "det", "xcomp"}
)
# Roles that point back at the actor talked about ("his counterpart").
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts", "opposite number"})
# Generic heads after an organisation's name ("the Islamic Jihad movement", "the UNITA
# militarist wing"): the organisation is the actor.
GROUP_HEADS = frozenset(
    {"movement", "group", "wing", "faction", "organization", "organisation", "militia"}
    | {"party", "front", "guerrillas", "fighters", "militants", "leadership", "leaders"}
    | {"forum", "bloc", "alliance", "coalition", "network", "body", "agency", "council"}
    | {"service", "services"}
    # one member or unit of an organisation ("a Belgian Isis fighter", "a British Isis cell")
    | {"fighter", "militant", "guerrilla", "cell", "cells"}
    # an organisation's organs and missions ("the IAEA board", "a U.N. fact-finding mission")
    | {"board", "commission", "committee", "panel", "mission", "command", "secretariat"}
    # its members together ("its EU partners", "NATO allies", "EU member states")
    | {"partners", "allies", "states", "nations"}
)
# Currency signs and names a country word may modify ("US $50 million", "Hong Kong dollars").
CURRENCY_SIGNS = frozenset({"$", "US$", "€", "£", "¥"})
CURRENCY_WORDS = frozenset(
    {"dollar", "cent", "pound", "yuan", "yen", "euro", "rupee", "ruble", "rouble", "franc"}
    | {"peso", "shilling", "dinar", "riyal", "rial", "lira", "naira", "rand", "won", "krone"}
    | {"krona", "dirham", "taka", "baht", "ringgit", "rupiah", "hryvnia", "currency", "cedi"}
)
COMPASS_WORDS = frozenset({"North", "South", "East", "West"})
# Definite nouns for an organisation that point back at the one named last ("the group",
# "the militia"), with the only modifiers they may have ("the paramilitary group").
BACK_REFERENCE_HEADS = frozenset(
    {"group", "movement", "militia", "faction", "organisation", "organization", "outfit"}
)
# What keeps a definite noun from being bare ("the regime", "the country"): its own words,
# an owner, an of-phrase, a relative clause, an apposition, a number
BARE_NOT_DEPS = frozenset(
    {"amod", "compound", "nmod", "poss", "prep", "relcl", "acl", "appos", "nummod", "conj"}
)
# Adjectives that leave "the country" the same country ("the whole country")
WHOLE_WORDS = frozenset({"whole", "entire"})
# Definite plurals for an armed organisation's fighters ("The rebels pledged"), which point
# back at the armed organisation named last when their sentence names no country.
ARMED_BACK_REFERENCE_HEADS = frozenset(
    {"rebels", "insurgents", "militants", "jihadists", "guerrillas", "guerillas", "fighters"}
)
KIND_WORDS = frozenset(
    {"paramilitary", "militant", "islamist", "jihadist", "armed", "rebel", "extremist"}
    | {"insurgent", "terrorist", "radical", "separatist", "guerrilla", "hardline", "terror"}
)
# Heads for an armed organisation's troops ("Houthi forces"): the organisation is the actor.
FORCE_HEADS = frozenset(
    {"forces", "troops", "soldiers", "units", "gunmen", "militiamen", "paramilitaries"}
)
# Roles that speak, negotiate or command for the group their modifiers name: "Taliban
# negotiators", "Hamas officials" are the organisation; "the Syrian opposition delegation", "a
# rebel spokesman", "an army spokesman" take the group's role, not the government's that the
# head alone implies.
# Nouns for people that no role word codes.
SOMEONE_WORDS = frozenset({"man", "woman", "person", "people", "child", "boy", "girl"})
# Words an apposition uses to say what kind of group a name stands for.
KIND_HEADS = frozenset({"group", "movement", "coalition", "alliance", "bloc", "body", "umbrella"})
REPRESENTATIVE_HEADS = frozenset(
    {"negotiator", "negotiators", "official", "officials", "spokesman", "spokesmen"}
    | {"spokeswoman", "spokesperson", "spokespeople", "delegation", "delegations", "delegate"}
    | {"delegates", "representative", "representatives", "envoy", "envoys", "team"}
    | {"emissary", "emissaries", "mediator", "mediators", "member", "members", "cadres"}
    | {"operatives", "gunmen", "militiamen", "figures", "officer", "officers", "agent"}
    | {"agents", "personnel", "staff", "staffers", "employee", "employees"}
    | {"commander", "commanders"}
)
# Sectors of a modifier that a representative head does not override (a government or a
# civilian delegation is the government's).
REPRESENTED_NOT = frozenset({"GOV", "CVL"})
# Heads that a capital names as the place of an agreement or meeting, not as its government
# ("the Riyadh agreement", "the Minsk accords", "the Astana talks", "the Geneva conference").
PLACE_NAMED_HEADS = frozenset(
    {"agreement", "agreements", "accord", "accords", "talks", "process", "summit", "conference"}
    | {"declaration", "protocol", "protocols", "deal", "treaty", "format", "negotiations"}
    | {"meeting", "communique", "memorandum", "framework", "plan", "initiative", "convention"}
)
# Participles after a country that name a backer, not the phrase's country: "Iran-backed
# militias", "US-trained forces", "Russian-supported fighters" ("Saudi-led" names the leader,
# who is the coalition's country).
BACKED_WORDS = frozenset(
    {"backed", "sponsored", "funded", "financed", "armed", "trained", "supported", "equipped"}
    | {"supplied", "allied", "aligned"}
)
# Heads that stand for some of the people of their of-phrase ("a group of Moroccan
# diplomats", "thousands of Nigerians", "members of the Syrian parliament"): when the head's
# own words name no actor, the of-phrase's actor is the actor.
PARTITIVE_HEADS = frozenset(
    {"group", "groups", "member", "members", "leader", "leaders", "thousands", "hundreds"}
    | {"dozens", "tens", "scores", "millions", "some", "many", "most", "majority", "number"}
    | {"delegation", "team", "contingent", "representatives", "representative", "batch"}
    | {"delegates", "officials", "official", "inhabitants", "residents", "crowds", "crowd"}
)
# Nouns of the lot of people, whose of-phrase names the actor ("the welfare of 2,000 Libyans").
PLIGHT_HEADS = frozenset(
    {"welfare", "fate", "plight", "safety", "whereabouts", "well-being", "wellbeing", "lot"}
)
# Groups a leader's name makes theirs ("a coalition led by Saudi Arabia").
LED_GROUPS = frozenset(
    {"coalition", "alliance", "delegation", "force", "mission", "team", "bloc", "group"}
    | {"contingent", "operation", "campaign", "offensive"}
)
# Participles of holding a place ("Houthi-controlled", "opposition-held"), and place nouns.
HELD_WORDS = frozenset({"held", "controlled", "run", "dominated"})
HELD_PLACES = frozenset(
    {"area", "enclave", "territory", "town", "city", "district", "region", "province"}
    | {"village", "part", "zone", "neighbourhood", "neighborhood", "suburb", "stronghold"}
)
# Heads of people who back someone ("supporters of former President X").
SUPPORTER_HEADS = frozenset({"supporter", "follower", "loyalist", "partisan", "sympathiser"})
# Modifiers saying that who the people are is not known ("unidentified gunmen").
UNIDENTIFIED_WORDS = frozenset({"unidentified", "unknown", "unnamed", "anonymous"})
# Heads of one who leads the organisation of their of-phrase ("the head of Hezbollah"): the
# organisation is the actor.
HEAD_WORDS = frozenset({"head", "chief", "director", "boss", "founder", "chairman"})
# Partitive and collective heads that name no role of their own, only a quantity or a
# collection of the people of their of-phrase ("thousands of Nigerians", "a group of Chechen
# refugees", "the first deployment of NATO troops", "two of the rebels"): the of-phrase's
# actor, when it has one, is the actor (not "the leader of X", "residents of Gaza": roles).
COLLECTIVE_HEADS = frozenset(
    {"group", "groups", "member", "members", "thousands", "hundreds", "dozens", "tens"}
    | {"scores", "millions", "some", "many", "most", "majority", "minority", "number"}
    | {"team", "teams", "contingent", "contingents", "batch", "batches", "crowd", "crowds"}
    | {"deployment", "wave", "unit", "units", "detachment", "convoy", "column", "squad"}
    | {"handful", "few", "several", "all", "each", "rest", "remainder", "part", "half"}
    | {"bunch", "band", "dozen", "hundred", "thousand"}
)
# A role placed in no country: CAMEO's "country unknown" ("---GOV"); the sectors of
# non-governmental groups, which CAMEO codes as transnational (NGO) instead.
UNKNOWN_COUNTRY = "---"
TRANSNATIONAL_SECTORS = frozenset({"NGO", "HRI"})
# Role words that, as adjectives, name no role ("a general strike", "general elections").
ADJECTIVE_NOT_ROLE = frozenset({"general", "private", "chief", "principal", "national", "official"})
COUNTRY_KINDS = frozenset({"country", "demonym", "capital"})
STANCE_PREFIXES = frozenset({"anti", "pro"})
# Heads that name someone by their relation to the possessor: "Israel's ally" is not Israeli.
RELATIONAL_HEADS = frozenset(
    {"ally", "allies", "enemy", "enemies", "foe", "foes", "rival", "rivals", "opponent"}
    | {"opponents", "critic", "critics", "adversary", "adversaries", "neighbour", "neighbours"}
    | {"neighbor", "neighbors", "proxy", "proxies"}
)
# Heads naming people, not things, after a religion word with no role ("Muslim groups").
FAITHFUL_HEADS = frozenset(
    {"people", "group", "community", "follower", "faithful", "worshipper", "believer"}
    | {"youth", "man", "woman", "population", "minority", "majority", "congregation"}
    | {"hacker", "convert"}
)
# Modifiers that make a newspaper or broadcaster the state's voice (CAMEO GOV, Phoenix GOVMED).
STATE_WORDS = frozenset({"official", "state", "government", "state-run", "state-owned"})
# Heads that lead the group their modifiers name: "business leaders" are business people.
LEADER_WORDS = frozenset({"leader", "leaders", "leadership"})
# Sectors of organisations whose leader is of them ("the Labour leader" → GBROPP, "the Hamas
# leader" → PSEREB), not of the state (GOV)
LED_SECTORS = frozenset({"OPP", "REB", "SEP", "RAD", "PTY"})
# Modifiers of a title that say the person no longer holds it: elites (CAMEO ELI).
FORMER_WORDS = frozenset({"former", "ousted", "deposed", "exiled", "ex", "toppled", "overthrown"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Acts by which a state's police or courts hold someone (not an army's, which also holds
# people abroad): the one held, named by a role alone, is of that state.
HELD_BY_STATE = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict"})
CUSTODIANS = frozenset({"GOV", "COP", "JUD", "SPY"})
# A role noun without a country takes it from where its bearers come from or are.
PLACE_PREPS = frozenset({"from", "in", "throughout", "across"})
# Sectors of people who act where they live: protesters, strikers, students, judges.
LOCAL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "JUD", "AGR"})
# Militias (irregular armed forces, UAF) act where they are from ("militias stormed the U.S.
# embassy in Baghdad" are Iraq's), as the people of LOCAL_SECTORS protest; not rebels (REB) in
# general: "a suicide bomber killed 30 people at a mosque in Peshawar in an attack claimed by
# Islamic State" is of the claimer, not Pakistan's.
NON_STATE_ARMED = frozenset({"UAF"})
# Participles that tie a group to another ("affiliated with", "linked to", "allied to").
AFFILIATION_WORDS = frozenset({"affiliate", "affiliated", "link", "linked", "ally", "allied"})
# Real names one slip of the keyboard from a country's name or demonym, never taken for a
# misspelling of it: peoples ("Javanese", not Japanese; "Sundanese", not Sudanese; "Syriacs",
# not Syrians; "Sorbian", not Serbian; "Melians", not Malians) and given names ("Georgina",
# not Georgian; a PERSON entity is never respelt either, but the parser misses some).
NOT_MISSPELT = frozenset(
    {
        "javanese",
        "sundanese",
        "syriac",
        "syriacs",
        "sorbian",
        "sorbians",
        "melian",
        "melians",
        "georgina",
    }
)
# Endings that make a place's name a people's or an adjective ("Siberia" → "Siberian",
# "America" → "Americas" is no country's misspelling): a word that is a place with one of them
# dropped is that place's, not a misspelt country's.
PLACE_ENDINGS = ("ians", "ian", "ans", "an", "ese", "s", "n", "i")

# The parser's labels of a proper noun that is no town's name.
NOT_PLACE_LABELS = frozenset({"PERSON", "DATE", "TIME", "NORP", "MONEY", "CARDINAL", "EVENT"})
# Attacks that, as a rule, only a state's armed forces carry out: from the air, from the sea,
# by artillery, or named as the army's ("Russian air strikes", "Israeli shelling", "an
# Israeli army raid"): their country's military.
MILITARY_MEANS = frozenset({"airstrike", "shelling", "bombardment", "artillery", "warplane"})
# Places an armed force holds: a people's or a state's adjective before one names its fighters
# ("Turkish positions" are Turkey's army's, "Kurdish positions" the Kurds' armed groups').
MILITARY_SITES = frozenset({"position", "outpost", "garrison", "emplacement", "bunker"})
# Verbs of attack from the air or by artillery: a people that does it is its state's military
# ("the Turks bombed a YPJ position", "the Russians shelled the town").
AERIAL_VERBS = frozenset({"bomb", "shell", "strafe", "bombard", "airstrike", "blitz"})
MEANS_KINDS = frozenset(
    {"air", "aerial", "drone", "missile", "artillery", "naval", "tank"}
    | {"army", "military", "navy"}
)
MEANS_HEADS = frozenset(
    {"strike", "raid", "attack", "bombing", "fire", "barrage", "bombardment", "shell"}
    | {"operation", "offensive", "assault", "incursion"}
)
# Nouns of an attack, whatever its means: a country word on them is the attacker's.
ATTACK_HEADS = frozenset(
    {"attack", "assault", "ambush", "raid", "strike", "airstrike", "bombing", "shooting"}
)
# Prepositions of a place phrase: a country behind them is where things happen.
PLACE_WORDS = frozenset(
    {"in", "throughout", "across", "at", "near", "inside", "within", "around", "through"}
)
# Parts of a building whose of-phrase names it ("the walls of the embassy in Cairo").
BUILDING_PARTS = frozenset(
    {"wall", "gate", "fence", "roof", "door", "entrance", "perimeter", "ground", "grounds"}
)


@dataclass
class DocContext:
    """What the resolver remembers while it reads one document, in order.

    Mutable on purpose, but it lives only for one document's coding.
    """

    kb: KnowledgeBase
    published: date | None = None
    # the country of the document's dateline, when the caller knows it ("KABUL, May 3 -")
    home: str | None = None
    persons: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None
    last_actor: Actor | None = None
    countries: Counter[str] = field(default_factory=Counter)
    # where each sentence read so far starts, and each remembered actor's (start, country)
    sentence_starts: list[int] = field(default_factory=list)
    placed: list[tuple[int, str]] = field(default_factory=list)
    # every actor remembered, and those that are one person (named, or by a title: "the
    # ambassador", "his Russian counterpart"), for the antecedents of object pronouns
    seen: list[Actor] = field(default_factory=list)
    people: list[Actor] = field(default_factory=list)
    # the actors that were, in turn, the last one named (no person named by name), for "it"
    # and "they" when the last is named after the pronoun or does not agree with it
    things: list[Actor] = field(default_factory=list)
    # the remembered actors (by id) named by a group noun ("fighters", "the Taliban",
    # "Kurds") and by a singular name ("Britain", "the Kremlin", "the government"): "they"
    # and "them" agree with the first, not the second
    groups: set[int] = field(default_factory=set)
    singulars: set[int] = field(default_factory=set)
    # the groups named by a plural noun ("Isis fighters", "refugees"), which "it" never points
    # back at (an organisation's name may: "Hamas ... it"; one of names joined may: "the
    # Assad regime and Iran")
    plurals: set[int] = field(default_factory=set)
    # the actors named by an organisation's name ("Hezbollah", "the United Nations"), for a
    # later "the group", "the militia" that points back at one
    organisations: list[tuple[str, Actor]] = field(default_factory=list)
    # the regimes named with their state ("the Assad regime", "the Syrian regime"), for a
    # later bare "the regime" that points back at the last one
    regimes: list[Actor] = field(default_factory=list)
    # every country named by its name or demonym, as (start, ISO3), for "the country"
    country_names: list[tuple[int, str]] = field(default_factory=list)

    def pair_before(self, offset: int, *, within: int | None = None) -> tuple[str, str] | None:
        """The first two countries of the last sentence before ``offset`` that named two or
        more ("Iran and Iraq resumed talks in Geneva" → IRN, IRQ), for "the two countries";
        in the sentence starting at ``within`` (the one read), the last two before ``offset``."""
        by_sentence: dict[int, list[str]] = {}
        for start, country in sorted(self.placed):
            if start >= offset:
                continue
            sentence = max((s for s in self.sentence_starts if s <= start), default=0)
            named = by_sentence.setdefault(sentence, [])
            if country not in named:
                named.append(country)
        for sentence in sorted(by_sentence, reverse=True):
            named = by_sentence[sentence]
            if len(named) >= 2:
                return (named[-2], named[-1]) if sentence == within else (named[0], named[1])
        return None

    def remember(
        self,
        actor: Actor,
        *,
        person_name: str | None = None,
        person: bool = False,
        number: str | None = None,
    ) -> None:
        self.seen.append(actor)
        if number in ("group", "plural"):
            self.groups.add(id(actor))
        if number == "plural":
            self.plurals.add(id(actor))
        elif number == "singular":
            self.singulars.add(id(actor))
        if person_name or person:
            self.people.append(actor)
        if person_name:
            self.persons[person_name.lower()] = actor
            parts = person_name.split()
            if len(parts) > 1:
                self.persons.setdefault(parts[-1].lower(), actor)
            self.last_person = actor
        else:
            self.last_actor = actor
            self.things.append(actor)
        if actor.country:
            self.countries[actor.country] += 1
            if actor.country not in REGION_CODES:
                self.placed.append((actor.start, actor.country))


class KBMatcher:
    """Finds knowledge-base phrases in sentences (spaCy PhraseMatchers).

    Phrases match case-insensitively, except short all-capital acronyms ("US", "UN"),
    which match only as written: "us" is a pronoun; those of four or five letters also
    match as the Guardian and the BBC write them ("Nato", "Isis", "Opec").
    """

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        folded: dict[str, str] = {}  # lower-cased → as written (the tokenizer needs the case:
        acronyms: set[str] = set()  # "U.S." is one token, "u.s." two)
        for phrase, _entry in kb.phrases():
            if _is_acronym(phrase):
                acronyms.add(phrase)
                if len(phrase) >= 4:  # house styles that write "Nato", "Isis", "Opec"
                    acronyms.add(phrase.title())
            else:
                folded.setdefault(phrase.lower(), phrase)
                # the tokenizer keeps a typographic apostrophe as written: "People’s
                # Protection Units" (the Guardian's) is matched by its own pattern
                curly = phrase.replace("'", "\u2019")
                folded.setdefault(curly.lower(), curly)
        _add(self.matcher, nlp, sorted(folded.values()))
        _add(self.exact, nlp, sorted(acronyms))

    def spans(self, doc: Doc) -> list[Span]:
        """Longest non-overlapping knowledge-base phrases in ``doc``, less those that end a
        region's name ("Mexico" of "New Mexico", "Jersey" of "New Jersey")."""
        found = [doc[start:end] for _, start, end in self.matcher(doc)]
        found += [doc[start:end] for _, start, end in self.exact(doc)]
        return [s for s in filter_spans(found) if not _ends_region_name(s)]


def _ends_region_name(span: Span) -> bool:
    """Whether ``span`` is the last words of a longer region name whose first word stands
    right before it ("New" + "Mexico": the US state, not the country)."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and f"{before.lower_} {span.text.lower()}" in _region_names()


@cache
def _region_names() -> frozenset[str]:
    """The lower-cased names of regions.tsv (states, provinces, named regions)."""
    from detente.geo.tables import read_regions  # the gazetteer's own table

    return frozenset(name.lower() for row in read_regions() for name in row.names)


def _ends_longer_name(span: Span, entries: tuple[Entry, ...], before: dict[int, Mention]) -> bool:
    """Whether an organisation's acronym is the last word of a longer proper name whose
    words name no country, place or organisation of the knowledge base (``before``: the
    mentions found so far): "Lincoln Savings Bank FSB" is a savings bank, not Russia's FSB;
    "Gaza Hamas" is Hamas, and a role's acronym stays ("Labour MP")."""
    if len(span) != 1 or not _is_acronym(span.text) or all(e.kind == "role" for e in entries):
        return False
    names = [
        c for c in span[0].lefts
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title
        and all(e.kind == "role" for e in (before[c.i].entries if c.i in before else ()))
    ]  # fmt: skip
    return bool(names) and names[-1].i == span.start - 1


@cache
def _given_names() -> dict[str, str]:
    """Given name → "f" or "m" (given_names.txt)."""
    names = {}
    for line in (DATA_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#") and "\t" in line:
            name, gender = line.split("\t")[:2]
            names[name] = gender
    names.pop("name", None)
    return names


@cache
def _office_titles() -> dict[str, str]:
    """Source ("actors/office_holders.tsv:17") → the office's title ("president")."""
    titles = {}
    path = DATA_DIR / "office_holders.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 5:
            titles[f"actors/office_holders.tsv:{number}"] = fields[4]
    return titles


def _party_leader(entry: Entry) -> bool:
    """Whether ``entry`` is an opposition or congressional leader's row of notables.tsv
    (OPP, LEG), a person the news names by surname alone ("Corbyn", "Schumer")."""
    return entry.source.startswith("actors/notables.tsv:") and entry.sector in ("OPP", "LEG")


def _office_title(entry: Entry) -> str | None:
    """The title of an office-holder's entry; None for a person of another table."""
    return _office_titles().get(entry.source)


def _entity_of(tok: Token) -> Span:
    """The named entity ``tok`` is part of."""
    doc = tok.doc
    return next((e for e in doc.ents if e.start <= tok.i < e.end), doc[tok.i : tok.i + 1])


def _gender(actor: Actor) -> str | None:
    """A person's gender, "f" or "m", from a word of its name or description ("Mrs",
    "spokeswoman") or a given name ("Theresa May"); None when nothing says."""
    words = (actor.name or actor.text or "").split()
    for word in words:
        gender = GENDER_WORDS.get(word.lower())
        if gender:
            return gender
    names = _given_names()
    for word in words:
        gender = names.get(word)
        if gender:
            return gender
    return None


def _other_gender(actor: Actor, pronoun: str) -> bool:
    """Whether ``actor`` is a person of the gender "he" or "she" (``pronoun``) is not."""
    wanted = PRONOUN_GENDERS.get(pronoun)
    gender = _gender(actor) if wanted else None
    return gender is not None and gender != wanted


def _acronym_name(tok: Token) -> bool:
    """ "WHO" written in capitals as a proper noun is the organisation, not the pronoun."""
    return tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) > 1


def _is_acronym(phrase: str) -> bool:
    return len(phrase) <= 5 and phrase.isupper() and phrase.isalpha()


def _add(matcher: PhraseMatcher, nlp: Language, phrases: list[str]) -> None:
    # Tokenize each phrase inside a sentence, not alone: alone, a final abbreviation
    # period ("U.S.") is split off as if it ended a sentence, and the phrase never matches.
    patterns = [nlp.make_doc(p + " x")[:-1].as_doc() for p in phrases]
    for i in range(0, len(patterns), 5000):
        matcher.add("KB", patterns[i : i + 5000])


@dataclass(frozen=True, slots=True)
class Mention:
    """A KB phrase found in a sentence, with its entries."""

    span: Span
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


class SentenceActors:
    """Resolves tokens of one parsed sentence to actors."""

    def __init__(self, sdoc: Doc, offset: int, ctx: DocContext, kb_spans: list[Span]) -> None:
        self.doc = sdoc
        self.offset = offset  # character offset of the sentence in the document
        self.ctx = ctx
        self.mentions: dict[int, Mention] = {}
        for span in kb_spans:
            entries = tuple(ctx.kb.lookup(span.text, on=ctx.published))
            if not entries or _ends_longer_name(span, entries, self.mentions):
                continue
            mention = Mention(span, entries)
            for tok in span:
                self.mentions[tok.i] = mention
        # tokens taken for a misspelt country name or demonym → the name as the KB writes it
        self.respelt: dict[int, str] = {}
        self._respell_places()
        self._drop_shared_party_names()
        self._prefer_named_countries()
        self._drop_capitals_elsewhere()
        self._drop_currencies()
        self._cache: dict[int, Actor | None] = {}
        if offset not in ctx.sentence_starts:
            ctx.sentence_starts.append(offset)

    def _respell_places(self) -> None:
        """A capitalised name no knowledge-base phrase matches that is one slip of the
        keyboard from the name or demonym of exactly one country ("Ethopia has agreed",
        "the Phillippines military") is that country (see :func:`kb.one_slip_apart`);
        never a word that is a place, a person's name or another people's name."""
        for tok in self.doc:
            if tok.i in self.mentions or not self._respellable(tok):
                continue
            found = self.ctx.kb.respelt_places(tok.text)
            if len({e.code for _, e in found}) != 1:
                continue  # none, or a tie between countries
            key = found[0][0]
            entries = tuple(e for k, e in found if k == key)
            self.mentions[tok.i] = Mention(self.doc[tok.i : tok.i + 1], entries)
            self.respelt[tok.i] = key

    def _respellable(self, tok: Token) -> bool:
        """Whether ``tok`` may be a misspelt country name: a capitalised proper name (not
        an acronym, not in a person's name), neither a place the gazetteer knows nor such a
        place's people ("Siberian"), nor one of :data:`NOT_MISSPELT`."""
        text = tok.text
        if not (tok.is_alpha and text[:1].isupper() and not tok.is_upper):
            return False
        if tok.ent_type_ == "PERSON" or normalize(text) in NOT_MISSPELT:
            return False
        if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "NORP", "LOC"):
            return False
        from detente.geo.gazetteer import load_gazetteer  # built once, shared

        gazetteer = load_gazetteer()
        stems = [text[: -len(end)] for end in PLACE_ENDINGS if text.endswith(end)]
        return not any(gazetteer.is_place(word) for word in (text, *stems) if len(word) > 3)

    def _respelling(self, span: Span) -> str:
        """The rule's note for a misspelt country name in ``span`` ("; 'Ethopia' read as
        'ethiopia'"), else ""."""
        for tok in span:
            if tok.i in self.respelt:
                return f"; {tok.text!r} read as {self.respelt[tok.i]!r}"
        return ""

    def _drop_shared_party_names(self) -> None:
        """A name parties of several countries bear ("Conservatives": Britain's and Canada's)
        is none of theirs in a sentence that names other countries only, when the document
        has named none of theirs either ("The Homeland Union (Conservatives)" in a sentence
        on Lithuania)."""
        named = set(self.ctx.countries) | {
            m.entries[0].country for m in self.mentions.values() if m.kind in COUNTRY_KINDS
        }
        if not named - REGION_CODES - PEOPLE_CODES:
            return
        for i, mention in list(self.mentions.items()):
            if mention.kind != "org" or not all("PTY" in e.code[3:] for e in mention.entries):
                continue
            bearers = {e.country for e in self.ctx.kb.lookup(mention.span.text)}
            if len(bearers) > 1 and not named & bearers:
                del self.mentions[i]

    def _prefer_named_countries(self) -> None:
        """An acronym of several organisations ("RSF": Reporters Without Borders or Sudan's
        Rapid Support Forces; "SDF") is the one of a country the document or the sentence
        names, else the first listed."""
        named = set(self.ctx.countries) | {
            m.entries[0].country for m in self.mentions.values() if m.kind in COUNTRY_KINDS
        }
        places: str | None = None
        for i, mention in list(self.mentions.items()):
            entries = mention.entries
            if len({e.code for e in entries}) < 2 or any(
                e.kind not in ("org", "igo") for e in entries
            ):
                continue
            if places is None:
                # "The RSF shelled El Fasher": a town of the sentence names its country too
                # (the parser's labels of towns are unreliable: "El Fasher" is often an ORG)
                places = (
                    self._city_country([t for t in self.doc if t.ent_type_ not in NOT_PLACE_LABELS])
                    or ""
                )
            # "the paramilitary RSF", "RSF fighters": a word of an armed group beside the
            # acronym picks its armed reading when no country decides
            root = mention.span.root
            inside = range(mention.span.start, mention.span.end)
            near = [t for t in (*root.children, root.head) if t.i not in inside]
            armed = self._sector_in(near) in ARMED_SECTORS

            def rank(e: Entry, armed: bool = armed, town: str = places) -> tuple[bool, bool]:
                return (
                    e.country not in named and e.country != town,
                    armed and e.sector not in ARMED_SECTORS,
                )

            ranked = tuple(sorted(entries, key=rank))
            if ranked != entries:
                self.mentions[i] = Mention(mention.span, ranked)

    def _drop_currencies(self) -> None:
        """A country word naming a currency ("US $50 million", "Hong Kong dollars", "the
        Zimbabwean dollar") is no actor: no mention."""
        unique = {id(m): m for m in self.mentions.values()}.values()
        for mention in [m for m in unique if m.kind in COUNTRY_KINDS]:
            end, root = mention.span.end, mention.span.root
            sign = end < len(self.doc) and self.doc[end].text in CURRENCY_SIGNS
            named = (
                root.dep_ in ("compound", "amod", "nmod")
                and root.head.i >= end
                and root.head.lemma_.lower() in CURRENCY_WORDS
            )
            if sign or named:
                for tok in mention.span:
                    del self.mentions[tok.i]

    def _drop_capitals_elsewhere(self) -> None:
        """A capital's name that is also a town of another country the sentence names, when
        neither the sentence nor the document names the capital's own country ("rival
        militias in Tripoli ... the north Lebanese port": Lebanon's Tripoli), is that town:
        no government metonym; :meth:`_city_country` places it."""
        unique = {id(m): m for m in self.mentions.values()}.values()
        named = {
            m.entries[0].country
            for m in unique
            if m.kind in ("country", "demonym") and m.entries[0].country
        }
        for mention in [m for m in unique if m.kind == "capital"]:
            own = mention.entries[0].country
            others = named - {own} - REGION_CODES - PEOPLE_CODES
            if own in named or own in self.ctx.countries or not others:
                continue
            from detente.geo.gazetteer import load_gazetteer  # built once, shared

            candidates = load_gazetteer().candidates(mention.span.text)
            if any(c.place.country in others for c in candidates):
                for tok in mention.span:
                    del self.mentions[tok.i]

    # -- public -----------------------------------------------------------------

    def actors(self, tok: Token) -> list[Actor]:
        """The actor(s) a token stands for, with coordinated ones ("Russia and France")."""
        group = self._coordinated_antecedent(tok)
        if group:
            return group
        heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        # "The US, Russia, and Switzerland": the parser often makes the second item an
        # apposition carrying the rest of the list; an apposition with its own conjunct
        # is such a list (a plain apposition, "Putin, Russia's president", is not)
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            if any(g.dep_ == "conj" for g in appos.children):
                heads += [appos, *[c for c in appos.conjuncts if c.i > appos.i]]
        # "scores of Sierra Leonean and Liberian refugees", parsed as "Sierra Leonean" and
        # "Liberian refugees": the of-phrase's country adjective and its coordinated role
        # (only then: other coordinated of-phrases of a collection measured as false alarms)
        for head in [h for h in heads if _collective(h)]:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if self._bare_demonym(pobj):
                        heads += [pobj, *(c for c in pobj.conjuncts if c.i > pobj.i)]
        for head in [h for h in heads if h.lower_ in REPRESENTATIVE_HEADS & PARTITIVE_HEADS]:
            # "representatives of the Sudanese army and the Rapid Support Forces", "members
            # of Hamas and Islamic Jihad": the representatives of each party of the of-phrase
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    heads += [c for c in pobj.conjuncts if c.i > pobj.i]
        pair = self._pair(tok)
        if pair:
            return pair
        heads += self._possessed_pair(tok)
        found = []
        for head in heads:
            actor = self.actor(head)
            for one in (actor, *self._coordinated_countries(head, actor)):
                if one is not None and all(a.code != one.code for a in found):
                    found.append(one)
        return self._share_role(heads, found)

    def _coordinated_antecedent(self, tok: Token) -> list[Actor]:
        """ "Egypt and Jordan, which signed peace treaties with Israel": a relative pronoun
        after the last of coordinated names stands for all of them (two or more actors);
        none otherwise. (A plural "they" after a coordinated subject, "Obama and Putin said
        they will attack", is left to :meth:`_pronoun`'s single antecedent: coding it as
        several measured as false alarms on gold-news.)"""
        if tok.dep_ not in SUBJECTS or tok.lower_ not in ("which", "who"):
            return []
        if tok.head.dep_ != "relcl" or tok.head.head.i == tok.i:
            return []
        antecedent = tok.head.head
        conjuncts = [c for c in antecedent.children if c.dep_ == "conj"]
        if not conjuncts or any(c.i > tok.head.i for c in antecedent.conjuncts):
            return []
        found = self.actors(antecedent)
        return found if len(found) > 1 else []

    def _possessed_pair(self, tok: Token) -> list[Token]:
        """ "Colombia's government and FARC rebels signed ...", parsed as "government and FARC"
        modifying "rebels": the first of the coordinated modifiers is an actor of its own
        (resolved with the possessive country, which belongs to it)."""
        out = []
        for mod in (c for c in tok.lefts if c.dep_ in ("nmod", "compound")):
            conjuncts = [c for c in mod.children if c.dep_ == "conj" and mod.i < c.i < tok.i]
            if not conjuncts or not self.ctx.kb.role(mod.lower_):
                continue
            mention = self.mentions.get(mod.i)
            if mention is not None and mention.kind != "role":
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < mod.i), None)
            if owner is None:
                # "Sudan's army and RSF paramilitaries": the possessive on the first head
                owner = next((c for c in mod.children if c.dep_ == "poss"), None)
                if owner is not None and self._country_of(owner):
                    out.append(mod)
                continue
            country = self._country_of(owner)
            if country is None:
                continue
            sector = self._sector_in([mod])
            self._cache[mod.i] = self._make(
                mod, country, sector, rule="coordinated role after a possessive country"
            )
            out.append(mod)
        return out

    def _share_role(self, heads: list[Token], found: list[Actor]) -> list[Actor]:
        """ "scores of Sierra Leonean and Liberian refugees" parsed as "Sierra Leonean" and
        "Liberian refugees": a bare country adjective coordinated with a role takes that role
        (SLEREF, LBRREF)."""
        if len(found) < 2:
            return found
        last = next((a for a in reversed(found) if a.sector), None)
        if last is None:
            return found
        bare = {h.i for h in heads if self._bare_demonym(h)}
        out = []
        for actor in found:
            if (
                any(h.i in bare and self.actor(h) is actor for h in heads)
                and actor.sector is None
                and actor.country
                and actor.country != last.country
                and actor.country not in PEOPLE_CODES
            ):
                code = actor.country + last.code[len(last.country or "") :]
                actor = replace(
                    actor,
                    code=code,
                    sector=last.sector,
                    rule="country adjective sharing its coordinated role",
                )
            out.append(actor)
        return out

    def _bare_demonym(self, tok: Token) -> bool:
        """Whether ``tok`` is a country adjective standing alone ("Sierra Leonean"), not a
        people noun ("Serbs")."""
        mention = self.mentions.get(tok.i)
        return (
            mention is not None
            and mention.kind == "demonym"
            and tok.tag_ in ("JJ", "NNP")
            and not self._people_noun(tok)
        )

    def _pair(self, tok: Token) -> list[Actor]:
        """ "Both countries", "the two nations", "the two governments": the two countries the
        document named together last (none when no earlier sentence named two)."""
        if tok.lower_ not in PAIR_HEADS or self.actor(tok) is not None:
            return []
        if not any(c.lower_ in ("both", "two") and c.i < tok.i for c in tok.children):
            return []
        if any(c.dep_ in ("prep", "appos", "conj") for c in tok.children):
            return []  # "both countries' leaders", "the two countries of the region"
        # earlier sentences only: "talks between the two neighbours" in the sentence that
        # names them is mostly an offer or a plan, not a second event; but as a subject the
        # pair acts ("Qatar, mediating between Israel and Hamas, said the two sides agreed")
        until = self.offset
        if tok.dep_ in SUBJECTS:
            for t in self.doc[: tok.i]:  # the sentence's earlier actors, remembered in order
                if t.pos_ in ("NOUN", "PROPN"):
                    self.actor(t)
            until += tok.idx
        pair = self.ctx.pair_before(until, within=self.offset)
        if pair is None:
            return []
        sector = PAIR_HEADS[tok.lower_]
        span = _np_span(tok)
        return [
            Actor(
                text=span.text,
                code=country + (sector or ""),
                country=country,
                sector=sector,
                start=self.offset + span.start_char,
                end=self.offset + span.end_char,
                rule="the two countries the document named together last",
            )
            for country in pair
        ]

    def _coordinated_countries(self, head: Token, actor: Actor | None) -> list[Actor]:
        """ "French and Egyptian warships", "U.S. and Russian negotiators": one actor per
        coordinated country word modifying the head, with the head's sector."""
        if actor is None or not actor.country:
            return []
        out = []
        mods = list(head.children)
        # "the prime ministers of India and Pakistan", "negotiators from Sudan and South Sudan"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            mods += [c for c in prep.children if c.dep_ == "pobj"]
        for one in (head, *mods):
            # "the leaders of North and South Korea": the country whose name the
            # coordination shares
            elided = self._elided_country(one)
            if elided is not None and elided != actor.country:
                code = elided + actor.code[len(actor.country) :]
                out.append(replace(actor, code=code, country=elided, name=None))
        for mod in mods:
            if (
                mod.dep_ not in ("amod", "compound", "nmod", "pobj")
                or self._country_of(mod) != actor.country
            ):
                continue
            for conj in mod.conjuncts:
                country = self._country_of(conj)
                if country and country != actor.country:
                    code = country + actor.code[len(actor.country) :]
                    if actor.country in STATELESS_PEOPLES:
                        # "Kurdish and Iraqi forces": KURREB and IRQMIL, the head's own role
                        code = country + (self._sector_in([head]) or "")
                    elif country in STATELESS_PEOPLES and actor.sector in ("MIL", "UAF"):
                        code = country + "REB"  # "Iraqi and Kurdish forces": IRQMIL, KURREB
                    out.append(replace(actor, code=code, country=country, name=None))
        if not out:
            # "U.S. and South Korean forces" parsed as two modifiers of "forces", the first
            # with a dangling "and": both countries' forces
            words = [
                m
                for m in head.children
                if m.dep_ in ("amod", "compound", "nmod") and m.i < head.i and self._country_of(m)
            ]
            ethnic = any(t.lower_ == "ethnic" for w in words for t in w.subtree) or any(
                c.lower_ == "ethnic" for c in head.children
            )  # "Macedonian and ethnic Albanian parties": a people, not a state
            if not ethnic and any(
                c.dep_ == "cc" and c.lower_ == "and" for w in words for c in w.children
            ):
                for word in words:
                    country = self._country_of(word)
                    if country and country != actor.country:
                        code = country + actor.code[len(actor.country) :]
                        if country in STATELESS_PEOPLES and actor.sector in ("MIL", "UAF"):
                            code = country + "REB"
                        out.append(replace(actor, code=code, country=country, name=None))
        return out

    def _elided_country(self, tok: Token) -> str | None:
        """ "North and South Korea": the country named by the compass word before "and" with
        the rest of the name after it (PRK, for the token of "South Korea")."""
        mention = self.mentions.get(tok.i)
        if mention is None or mention.kind != "country" or tok.i != mention.span.root.i:
            return None
        span = mention.span
        if span.start < 2 or len(span) < 2 or span[0].text not in COMPASS_WORDS:
            return None
        before = self.doc[span.start - 2]
        if self.doc[span.start - 1].lower_ != "and" or before.text not in COMPASS_WORDS:
            return None
        name = " ".join([before.text, *(t.text for t in span[1:])])
        for entry in self.ctx.kb.lookup(name, on=self.ctx.published):
            if entry.kind == "country" and entry.country:
                return entry.country
        return None

    def _shared_owner(self, tok: Token) -> str | None:
        """The country owning the first of coordinated roles, for a later bare one ("the
        opposition" of "Venezuela's government and opposition"); none when the later one has
        words of its own ("the Colombian government and the rebels")."""
        first = tok.head
        if tok.dep_ != "conj" or first.i > tok.i or not self.ctx.kb.role(first.lower_):
            return None
        if any(c.dep_ not in ("cc", "punct", "conj") for c in tok.children):
            return None
        owners = [c for c in first.children if c.dep_ == "poss" and c.i < first.i]
        return self._country_of(owners[0]) if owners else None

    def _wielder(self, means: Token) -> Token | None:
        """The state's adjective that says who wields a military means ("Russian" of
        "Russian air strikes"), if one modifies it."""
        for child in means.children:
            mention = self.mentions.get(child.i)
            if mention is not None and self._wields_means(child, mention):
                return child
        return None

    def _held_site(self, tok: Token) -> bool:
        """Whether ``tok`` is a military site ("positions", "outposts") named by the
        adjective or name of the state or people who hold it ("Turkish positions")."""
        if tok.lemma_.lower() not in MILITARY_SITES:
            return False
        for child in (c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
            mention = self.mentions.get(child.i)
            if mention is not None and mention.kind in ("demonym", "country"):
                return child.i == mention.span.root.i and not _backed(mention.span)
        return False

    def _wields_means(self, tok: Token, mention: Mention) -> bool:
        """Whether ``tok`` is a state's adjective before a military means it modifies
        ("Russian air strikes", "Israeli shelling"): who strikes. Not a people's or a
        region's ("Kurdish shelling"), nor a country's name, which as often says where
        ("the Gaza air strikes") or, as a possessor, who is struck ("Kyiv's shelling")."""
        entry = mention.entries[0]
        if mention.kind != "demonym" or tok.i != mention.span.root.i:
            return False
        if entry.country is None or entry.country in REGION_CODES | PEOPLE_CODES:
            return False
        head = tok.head
        return (
            tok.dep_ in ("amod", "compound", "nmod")
            and head.i > tok.i
            and _military_means(head)
            and not _backed(mention.span)
            and not _for_or_against(mention.span)
        )

    def _country_of(self, tok: Token) -> str | None:
        """The country of a country word, demonym or capital token."""
        mention = self.mentions.get(tok.i)
        if mention is None or mention.kind not in COUNTRY_KINDS:
            return None
        return mention.entries[0].country

    def actor(self, tok: Token) -> Actor | None:
        if tok.i not in self._cache:
            self._cache[tok.i] = None  # a cycle (relative pronoun, possessor) resolves to None
            found = self._cache[tok.i] = self._resolve(tok)
            if (
                found is not None
                and tok.lower_ == "regime"
                and found.country
                and found.sector == "GOV"
                and any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children)
            ):
                self.ctx.regimes.append(found)  # "the Assad regime": for a later "the regime"
        return self._cache[tok.i]

    def register_references(self) -> None:
        """Remember what a later definite description may point back at, even outside any
        event: the organisations named ("the collapse of Isis in Syria": a later "the group"),
        the regimes named with their state ("the Assad regime": a later "the regime") and the
        countries named ("the country"). Read without changing what the document remembers
        for its pronouns (the order of its actors)."""
        for mention in {id(m): m for m in self.mentions.values()}.values():
            entry = mention.entries[0]
            if entry.kind in ("country", "demonym") and entry.country:
                at = self.offset + mention.span.start_char
                if entry.country not in REGION_CODES and entry.country not in PEOPLE_CODES:
                    self.ctx.country_names.append((at, entry.country))
        for tok in self.doc:
            mention = self.mentions.get(tok.i)
            org = mention is not None and mention.kind == "org" and tok == mention.span.root
            regime = tok.lower_ == "regime" and any(
                c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children
            )
            if tok.i in self._cache or not (org or regime):
                continue
            actor = self._peek(tok)
            if actor is None:
                continue
            if org and actor.rule and actor.rule.startswith("org "):
                self.ctx.organisations.append(("org", actor))
            elif regime and actor.country and actor.sector == "GOV":
                self.ctx.regimes.append(actor)

    def _peek(self, tok: Token) -> Actor | None:
        """The actor ``tok`` stands for, resolved without remembering it."""
        ctx = self.ctx
        saved = {
            name: (value.copy() if hasattr(value, "copy") else value)
            for name, value in vars(ctx).items()
            if name != "kb"
        }
        try:
            return self.actor(tok)
        finally:
            for name, value in saved.items():
                setattr(ctx, name, value)

    def register_people(self) -> None:
        """Remember every titled person of the sentence, even outside any event."""
        last = None
        names = [ent for ent in self.doc.ents if ent.label_ == "PERSON"]
        # a name the parser took for an organisation or a place, or missed ("Staffan de
        # Mistura", "Geir Pedersen", "Volker Perthes"), is a person too
        names += [ent for ent in self.doc.ents if ent.label_ != "PERSON" and self._named(ent)]
        names += [
            span
            for t in self.doc
            if t.ent_type_ == "" and t.dep_ != "compound" and t.pos_ == "PROPN"
            for span in [_name_span(t)]
            if self._named(span)
        ]
        for ent in sorted(names, key=lambda e: e.start):
            last = (ent.root, self.actor(ent.root))
        if last is not None and last[1] is None and last[0].i not in self.mentions:
            # "De Mistura ... . He urged Russia": the last person named is one the knowledge
            # base does not know; a later "he" is no one rather than a person named before
            self.ctx.last_person = None

    def _unknown_name_before(self, tok: Token) -> bool:
        """Whether the last person's name before ``tok`` in its sentence (a PERSON entity, or
        a name the parser took for something else) is one no rule resolves."""
        names = [
            ent
            for ent in self.doc.ents
            if ent.end <= tok.i and (ent.label_ == "PERSON" or self._named(ent))
        ]
        names += [
            span
            for t in self.doc[: tok.i]
            if t.ent_type_ == "" and t.dep_ != "compound" and t.pos_ == "PROPN"
            for span in [_name_span(t)]
            if self._named(span)
        ]
        if not names:
            return False
        last = max(names, key=lambda e: e.start)
        return last.root.i not in self.mentions and self.actor(last.root) is None

    def _named(self, span: Span) -> bool:
        """Whether a span the parser did not call a person looks like a person's name: two
        or more capitalised words, maybe with particles ("Staffan de Mistura", "Abdel Fattah
        al-Burhan"), no organisation's head word, no knowledge-base phrase, no role or title
        word, no digits."""
        words = [t for t in span if t.text not in ("-", "'")]
        capitalised = [t for t in words if t.text[:1].isupper()]
        if len(capitalised) < 2 or not words[0].text[:1].isupper():
            return False
        kb = self.ctx.kb
        for t in words:
            if t.i in self.mentions or not t.is_alpha:
                return False
            if not t.text[:1].isupper() and t.lower_ not in NAME_PARTICLES:
                return False
            if t.lower_ in ORGANISATION_HEADS or kb.role(t.lower_) or t.is_stop:
                return False
        return True

    # -- resolution -------------------------------------------------------------

    def _resolve(self, tok: Token) -> Actor | None:
        lower = tok.lower_
        if tok.pos_ == "PRON" or (lower in RELATIVE_PRONOUNS and not _acronym_name(tok)):
            return self._pronoun(tok)
        mention = self.mentions.get(tok.i)
        leader = _led_by(tok) if mention is None or mention.kind == "role" else None
        if leader is not None:
            # "A coalition led by Saudi Arabia attacked the Houthis": the leader's, as the
            # "Saudi-led coalition" is
            found = self.actor(leader)
            if found is not None:
                return found
        if mention is not None and mention.kind == "igo" and _in_place_phrase(tok):
            # "talks in Brussels", "flew to Brussels": the city, not the organisation seated
            # there ("Brussels warned Rome")
            capital = [e for e in mention.entries if e.kind == "capital"]
            if capital:
                mention = Mention(mention.span, tuple(capital))
        if (
            mention is not None
            and mention.kind == "capital"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "at")
            and tok.head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "dobj" and self._someone(c) for c in tok.head.head.children)
        ):
            # "arrested two men in Cairo": where people were acted on, not the government
            # (a thing acted on there keeps the place's country: "defied the curfew in Cairo")
            return None
        if mention is not None and mention.kind == "capital" and _place_acted_on(tok):
            # "farmers would blockade Paris", "rebels shelled Kabul", "marched on Rome": the
            # city and its people, not the government seated there
            entry = mention.entries[0]
            country = self._town_country(entry.country, mention)
            return self._make(
                tok, country, "CVL", rule=f"capital acted on as a place {entry.source}"
            )
        if mention is not None and mention.kind == "capital" and _locates_thing(tok):
            # "stormed a hotel in central Mogadishu", "shelled the airport in Tripoli": where
            # a thing stands is the city, so the country, not the government seated there
            entry = mention.entries[0]
            return self._make(
                tok, entry.country, None, rule=f"capital locating a thing {entry.source}"
            )
        if mention is not None and _names_place_of(mention):
            return None  # "the Riyadh agreement", "the Astana talks": a place, not a state
        if (
            mention is not None
            and mention.kind == "demonym"
            and tok.dep_ in ("amod", "compound")
            and tok.head.i > tok.i
            and self._owned_thing(tok.head)
        ):
            return None  # the "Syrian" of "his Syrian ascendancy"
        if mention is not None and self._wields_means(tok, mention):
            # "backed by intense Russian air strikes": the country of an attack from the air
            # or by artillery is its military
            entry = mention.entries[0]
            return self._make(
                tok, entry.country, "MIL", rule=f"country of a military means {entry.source}"
            )
        if mention is not None and mention.kind in ("igo", "org") and _for_or_against(mention.span):
            return None  # the "Islamic State" of "the anti-Islamic State coalition": no actor
        if mention is not None and mention.kind in ("metonym", "igo", "org", "country", "capital"):
            return self._from_mention(tok, mention)
        if self._is_name(tok) or (
            mention is not None and mention.kind == "person" and tok.pos_ == "PROPN"
        ):
            return self._person(tok)
        return self._described(tok)

    def _pronoun(self, tok: Token) -> Actor | None:
        lower = tok.lower_
        if _expletive(tok):
            return None  # "it is clear that", "it seems", "it is legal to kill them"
        if lower in WE_PRONOUNS:
            return self._speakers_side(tok)
        if lower in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self.actor(tok.head.head)
        if lower in OBJECT_PRONOUNS and tok.dep_ in OBJECT_DEPS:
            return self._object_antecedent(tok)
        outside = _relative_clause_subject(tok)
        if outside is not None:
            # "the Wagner group, which it accused of abuses": the subject of a relative
            # clause whose object is the antecedent is not the antecedent itself
            return self.actor(outside) if outside.pos_ != "PRON" else None
        if lower in PERSON_PRONOUNS:
            # "Kofi Annan announced that he will withdraw": the person speaking, even one
            # coded through a title or an organisation; else the person last named
            subject = _clause_subject_above(tok) or _adverbial_clause_subject(tok)
            if subject is not None and subject.i != tok.i and self._person_like(subject):
                actor = self.actor(subject)
                if actor is not None and not _other_gender(actor, lower):
                    return actor
            if (
                subject is not None
                and subject.i != tok.i
                and subject.pos_ == "PROPN"
                and subject.i not in self.mentions
                and subject.ent_type_ in ("PERSON", "ORG", "")
                and self.actor(subject) is None
            ):
                # "Yildirim stressed he was not threatening Europe", "Staffan de Mistura
                # met them when he urged": a name the knowledge base does not know (spaCy
                # may call it an organisation), not a person named earlier
                return None
            if self._unknown_name_before(tok):
                # "After talks with Geir Pedersen in Geneva, he flew to Moscow": a person the
                # knowledge base does not know was named since; not a person named before
                return None
            return self._last_person_before(tok)
        if lower in THING_PRONOUNS:
            subject = (
                _clause_subject_above(tok)
                or _fronted_clause_subject(tok)
                or _agreeing_adverbial_subject(tok)
            )
            told = _plural_told(tok, subject) if lower == "they" else None
            if told is not None:
                # "Myanmar's junta warned protesters that they were risking their lives":
                # "they" agrees with the plural told, not the single speaker
                return self.actor(told)
            if subject is not None and subject.i != tok.i:
                return self.actor(subject)
            last = self._last_thing_before(tok)
            if lower in ("they", "them") and last is not None and id(last) not in self.ctx.groups:
                # "they" is no one state, institution or thing named last: the nearest group
                at = self.offset + tok.idx
                groups = [a for a in self.ctx.seen if id(a) in self.ctx.groups and a.start < at]
                if not groups:
                    return None
                nearest = max(groups, key=lambda a: a.start)
                # not past a nearer plural noun that names no group ("militants beheaded 52
                # men after they refused": the men, whom no word codes)
                since = max(nearest.start - self.offset, 0)
                for t in self.doc[: tok.i]:
                    if (
                        t.idx > since
                        and t.tag_ == "NNS"
                        and id(self.actor(t)) not in self.ctx.groups
                    ):
                        return None
                return nearest
            return last
        return None

    def _speakers_side(self, tok: Token) -> Actor | None:
        """ "We" or "us" in what someone is said to say: the speaker, the subject of the verb
        of saying above it ("'We will not withdraw,' the Russian defence minister said": RUS
        GOV); no one outside speech (a writer's "we"), nor the actor named last."""
        verb = tok.head
        while True:
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in SPEECH_VERBS:
                speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if speaker is None or speaker.lower_ in WE_PRONOUNS | {"i", "you", "it"}:
                    return None
                return self.actor(speaker) if speaker.i != tok.i else None
            if verb.head.i == verb.i:
                return None
            verb = verb.head

    def _last_person_before(self, tok: Token) -> Actor | None:
        """The last person named before ``tok``: the sentence's people are remembered before
        its pronouns are read, so one named after the pronoun ("He was taken hostage by
        forces loyal to Bashar al-Assad") is passed over for the last one before it."""
        last = self.ctx.last_person
        at = self.offset + tok.idx
        if last is None:
            return None
        before = [a for a in self.ctx.people if a.start is not None and a.start < at]
        if PRONOUN_GENDERS.get(tok.lower_) == "f" and _gender(last) is None:
            # "she" is a woman named before rather than a person whose gender nothing says
            # ("Theresa May ... Alexander Yakovenko's ... she said": May)
            women = [a for a in before if _gender(a) == "f"]
            if women:
                return max(women, key=lambda a: a.start or 0)
        if (last.start is None or last.start < at) and not _other_gender(last, tok.lower_):
            return last
        # nor one of the other gender ("Theresa May met Emmanuel Macron. She urged him")
        for actor in sorted(before, key=lambda a: -(a.start or 0)):
            if not _other_gender(actor, tok.lower_):
                return actor
        return None

    def _last_thing_before(self, tok: Token) -> Actor | None:
        """The last actor named before ``tok`` (not after it), that agrees with a subject
        "it": no group named by a plural noun ("Turkey has not decided whether it will allow
        refugees in. It has been pushing Russia": Turkey, not the refugees). An object "it" is
        more often a thing or a place, which no actor stands for ("withdraw from it")."""
        last = self.ctx.last_actor
        at = self.offset + tok.idx
        agree = tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass")
        plural = agree and last is not None and id(last) in self.ctx.plurals
        if last is None or (not plural and (last.start is None or last.start < at)):
            return last
        if not plural:
            # the last named is after the pronoun, read first for its event: the sentence's
            # earlier actors, remembered in order, come before those of earlier sentences
            for t in self.doc[: tok.i]:
                if t.pos_ in ("NOUN", "PROPN"):
                    self.actor(t)
        for actor in reversed(self.ctx.things):
            if actor.start is not None and actor.start < at:
                if not agree or id(actor) not in self.ctx.plurals:
                    return actor
        return None

    def _object_antecedent(self, tok: Token) -> Actor | None:
        """ "Tehran accused him", "summoned the ambassador and ordered him to leave", "police
        arrested protesters and beat them": the last person ("him", "her") or group ("them")
        named before the pronoun that is not the subject of its own clause."""
        shared = _shared_verb_object(tok)
        if shared is not None:
            # "captured five soldiers and put them on trial": the object of the verb "them"'s
            # verb is joined to, even one no word codes (then no one, not a group before)
            return self.actor(shared)
        subject = _own_subject(tok)
        own = self.actor(subject) if subject is not None and subject.i != tok.i else None
        for t in self.doc[: tok.i]:  # the sentence's earlier actors, remembered in order
            if t.pos_ in ("NOUN", "PROPN"):
                self.actor(t)
        at = self.offset + tok.idx
        # an apposition describes the noun before it, which is the antecedent ("67 British
        # nationals, most of them Asians, ... expelled them")
        described = [
            (self.offset + a.left_edge.idx, self.offset + a.right_edge.idx)
            for a in self.doc[: tok.i]
            if a.dep_ == "appos"
        ]
        if tok.lower_ == "them":
            # "them" agrees in number: the nearest group named ("Isis fighters ... British
            # forces may kill them"), never one state ("Britain") nor a thing
            people = {id(a) for a in self.ctx.people}
            pool = [a for a in self.ctx.seen if id(a) not in people and id(a) in self.ctx.groups]
        else:
            pool = self.ctx.people
        for actor in sorted((a for a in pool if a.start < at), key=lambda a: -a.start):
            if any(start <= actor.start <= end for start, end in described):
                continue
            if _other_gender(actor, tok.lower_):
                continue  # "her" is no man ("Putin ... . A court convicted her")
            if own is not None and _same_actor(actor, own):
                continue
            if tok.lower_ == "them" and self._thing_plural_between(actor, tok):
                return None
            return actor
        return None

    def _thing_plural_between(self, actor: Actor, tok: Token) -> bool:
        """Whether a plural noun that codes no group stands between ``actor`` and "them" in
        the sentence, as a verb's subject or object: the nearer antecedent, of things no
        actor stands for ("jammers to disable the drones, and cannons to shoot them down")."""
        since = max(actor.start - self.offset, 0)
        subject = _own_subject(tok)
        # not the subject's own words ("the US and its allies would be forced to release
        # them"), nor attacks, acts rather than things
        own = {t.i for t in subject.subtree} if subject is not None else set()
        # nor what the group itself has or does ("Isis fighters who lose civilian protections
        # ... may kill them", "Hezbollah fighters lose their protections and ... kill them")
        named = next((t for t in self.doc if t.idx >= since), None)
        if named is not None and actor.start >= self.offset:
            group = named
            while group.dep_ in ("compound", "amod") and group.head.i > group.i:
                group = group.head
            own |= {t.i for t in group.subtree}
            if group.dep_ in SUBJECTS:
                own |= {t.i for t in group.head.subtree}
        for t in self.doc[: tok.i]:
            if (
                t.idx > since
                and t.i not in own
                and t.lemma_.lower() not in ATTACK_HEADS
                and t.tag_ == "NNS"
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
                and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY")
                and id(self.actor(t)) not in self.ctx.groups
            ):
                return True
        return False

    def _someone(self, tok: Token) -> bool:
        """Whether a noun names people ("two men", "a judge", "students", a name)."""
        return (
            tok.ent_type_ == "PERSON"
            or tok.lemma_.lower() in SOMEONE_WORDS
            or bool(self.ctx.kb.role(tok.lemma_.lower()) or self.ctx.kb.role(tok.lower_))
        )

    def _person_like(self, tok: Token) -> bool:
        """Whether a subject names a person: a name, or a title or role word ("the
        minister")."""
        mention = self.mentions.get(tok.i)
        if tok.ent_type_ == "PERSON" or (mention is not None and mention.kind == "person"):
            return True
        return tok.tag_ in ("NN", "NNP") and bool(
            self.ctx.kb.role(tok.lemma_) or self.ctx.kb.role(tok.lower_)
        )

    def _state_acted_on(self, tok: Token) -> str | None:
        """The country the clause above ``tok``'s clause acts on: its direct object."""
        verb, _, _ = _clause_verb(tok)
        if verb is None or verb.dep_ not in ("advcl", "ccomp", "conj"):
            return None
        for obj in (c for c in verb.head.children if c.dep_ == "dobj"):
            mention = self.mentions.get(obj.i)
            if mention is not None and mention.kind == "country":
                return mention.entries[0].country
        return None

    def _possessor(self, tok: Token) -> Actor | None:
        """The actor a possessive pronoun on ``tok`` points back at ("their forces", "its
        army", "his government"): the subject of its clause, or of the clause above; none
        without such a subject."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in POSSESSIVE_PRONOUNS:
            return None
        person = owner.lower_ in ("his", "her")
        verb, arg, _ = _clause_verb(tok)
        subject = None
        if verb is not None and arg.dep_ not in SUBJECTS:
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        elif verb is not None and verb.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
            subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.pos_ != "PRON" and subject.i != tok.i:
            if not person or self._person_like(subject):
                actor = self.actor(subject)
                if actor is not None:
                    return actor
        if (
            owner.lower_ == "its"
            and verb is not None
            and verb.dep_ == "relcl"
            and any(c.lower_ == "where" for c in verb.children)
        ):
            # "in Iraq, where its military has ousted the group": the place the clause
            # describes, when a country names it
            mention = self.mentions.get(verb.head.i)
            if mention is not None and mention.kind == "country":
                return self.actor(verb.head)
        return None  # the actor last named: too often not the owner (a false alarm on news)

    def _from_mention(self, tok: Token, mention: Mention) -> Actor | None:
        entry = mention.entries[0]
        if entry.kind in ("country", "capital") and tok.dep_ not in SUBJECTS:
            # "food distribution in Houthi-controlled northern Yemen": the place stands for
            # the organisation that holds it
            holder = self._holder(tok)
            if holder is not None and holder.kind in ("org", "igo"):
                return self._from_mention(holder.span.root, holder)
        if entry.kind == "country":
            # "Russia's foreign ministry": a role word modifying the country phrase.
            sector = self._sector_in(_np_tokens(tok), exclude=mention.span)
            if sector:
                return self._make(tok, entry.country, sector, rule=f"country+role {entry.source}")
        if entry.kind == "capital":
            return self._make(tok, entry.country, "GOV", rule=f"capital metonym {entry.source}")
        if entry.kind == "org" and entry.code in INTERNATIONAL_CODES:
            # "aid workers from a French charity", "Congolese aid workers": a generic
            # non-governmental group named with its country is that country's (FRANGO)
            country = self._country_in(
                _np_tokens(tok) + _phrase_tokens(tok, PLACE_PREPS), exclude=mention.span
            )
            if country is None and tok.dep_ in ("dobj", "nsubjpass"):
                # "kidnapped two aid workers from a French charity", the parser hanging the
                # from-phrase on the verb: a group of the same kind with a country is theirs
                for prep in (c for c in tok.head.children if c.dep_ == "prep"):
                    if prep.lower_ != "from":
                        continue
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        found = self.actor(pobj)
                        if found is not None and found.country and found.sector == entry.code:
                            country = found.country
            if country:
                return self._make(
                    tok, country, entry.code, rule=f"country+organisation {entry.source}"
                )
        if entry.kind == "metonym" and entry.sector:
            # "Ivory Coast's Supreme Court", "the Nigerian Senate": an institution named with
            # its country is that country's, whatever country the bare name stands for.
            country = self._country_in(_np_tokens(tok), exclude=mention.span)
            if country and country != entry.country:
                return self._make(
                    tok, country, entry.sector, rule=f"country+institution {entry.source}"
                )
        actor = Actor(
            text=self._np_text(tok),
            code=entry.code,
            country=entry.country,
            sector=entry.sector,
            start=self.offset + mention.span.start_char,
            end=self.offset + mention.span.end_char,
            name=entry.name,
            rule=f"{entry.kind} {entry.source}{self._respelling(mention.span)}",
        )
        self.ctx.remember(actor, number=self._number(tok, mention))
        if entry.kind in ("org", "igo"):
            self.ctx.organisations.append((entry.kind, actor))
        return actor

    def _person(self, tok: Token) -> Actor | None:
        name = _name_span(tok, self._is_title)
        full = name.text
        for key in (full, full.split()[-1]):
            known = self.ctx.persons.get(key.lower())
            if known is not None:
                return self._again(known, name)
        mention = self.mentions.get(tok.i)
        if mention is not None and mention.kind == "person":
            # a full name or alias found in the text, title included ("King Hassan")
            entries = list(mention.entries)
        else:
            entries = self.ctx.kb.person(full, on=self.ctx.published)
        if not entries and " " in full:
            # "Omar Hassan al-Bashir" for "Omar al-Bashir": the surname, with the same
            # first name
            # "Dos Santos" for "Jose Eduardo dos Santos": the whole surname
            first, whole = normalize(full.split()[0]), normalize(full)
            entries = [
                e
                for e in self.ctx.kb.person(full.split()[-1], on=self.ctx.published)
                if normalize(e.name).split()[0] == first or normalize(e.name).endswith(" " + whole)
            ]
        respelt = ""
        if not entries:
            entries, respelt = self._respelt_person(name)

        if entries:
            # "King Hassan of Morocco": a country named in the phrase picks among the
            # office-holders of that name, and rules out those of other countries.
            named = self._country_in(
                [t for t in self._phrase_of(tok) if not name.start <= t.i < name.end]
            )
            if named is not None:
                kept = [e for e in entries if e.country == named]
                # a full name the knowledge base knows keeps its holder when the country
                # is another's ("Vladimir Putin, a Turkish presidential source told
                # Reuters": the source's country, misparsed as Putin's apposition)
                entries = kept if kept or " " not in full or respelt else entries
        span = {"start": self.offset + name.start_char, "end": self.offset + name.end_char}
        if entries:
            entry = entries[0]
            code, sector = entry.code, entry.sector
            titled = self._undated_title(tok, entries)
            if titled is not None:
                # "General Michel Aoun" in an undated text: the title the text gives, not
                # an office the table knows him in at some other time (president, 2016-2022)
                code, sector = titled
            if entry.country and _no_longer(tok):
                # "former prime minister Andreas Papandreou": an elite, no longer in office
                code, sector = entry.country + "ELI", "ELI"
            actor = Actor(
                text=self._np_text(tok),
                code=code,
                country=entry.country,
                sector=sector,
                name=entry.name,
                rule=f"office-holder {entry.source}{respelt}",
                **span,
            )
        else:  # a name the knowledge base does not know: coded by its title, if any
            described = self._described(tok, person=True)
            if described is None:
                # "Barack Obama criticised Russia" in 2018: a former office-holder, by full
                # name and with no title of another office, is an elite of the country served
                # (codebook: ELI, "former government officials")
                former = self._former_holder(tok, full, span)
                if former is not None:
                    self.ctx.remember(former, person_name=full)
                    return former
            if described is None:
                return None
            actor = replace(
                described, name=full, rule=f"person with title: {described.rule}", **span
            )
            if actor.country and _no_longer(tok):
                # "former dictator Efrain Rios Montt", "ousted president X": an elite
                actor = replace(actor, code=actor.country + "ELI", sector="ELI")
        self.ctx.remember(actor, person_name=full)
        return actor

    def _former_holder(self, tok: Token, full: str, span: dict[str, int]) -> Actor | None:
        """A person the knowledge base knows by full name only in offices that ended before
        the article's date, all of one country: an elite (ELI) of that country."""
        if self.ctx.published is None or " " not in full:
            return None
        former = self.ctx.kb.former(full, on=self.ctx.published)
        if not former or len({e.country for e in former}) != 1 or not former[0].country:
            return None
        entry = former[-1]
        return Actor(
            text=self._np_text(tok),
            code=entry.country + "ELI",
            country=entry.country,
            sector="ELI",
            name=entry.name,
            rule=f"former office-holder {entry.source}",
            **span,
        )

    def _undated_title(self, tok: Token, entries: list[Entry]) -> tuple[str, str] | None:
        """In a text of no known date, the code a person's title gives when it names another
        role than every office the office-holder table knows the person in ("General Michel
        Aoun": LBNMIL, not the president of 2016-2022); None otherwise (a dated text: the
        table says who held office that day)."""
        if self.ctx.published is not None:
            return None
        described = self._described(tok, person=True)
        if described is None or described.sector is None:
            return None
        if described.sector in {e.sector for e in entries}:
            # "Opposition leader Benjamin Netanyahu": the title picks among the roles the
            # tables know the person in (prime minister, and opposition leader between)
            titled = next(e for e in entries if e.sector == described.sector)
            return None if titled is entries[0] else (titled.code, described.sector)
        country = described.country or entries[0].country
        if country is None or country != entries[0].country:
            return None
        return country + described.sector, described.sector

    def _respelt_person(self, name: Span) -> tuple[list[Entry], str]:
        """A name the knowledge base does not know whose surname is one slip of the keyboard
        from the surname of exactly one known person ("President Francois Mitterand",
        "Abdelaziz Bouteflicka"), given with that person's first name, or with a title of
        that person's role ("President Mitterand"): that person's entries, and the rule's
        note ("; 'Mitterand' read as 'mitterrand'"); else none."""
        words = [t for t in name if t.is_alpha]
        if not words or not words[-1].text[:1].isupper():
            return [], ""
        surname = words[-1]
        found = self.ctx.kb.respelt_persons(surname.text, on=self.ctx.published)
        if len(words) > 1:
            first = normalize(words[0].text)
            found = [(k, e) for k, e in found if normalize(e.name).split()[0] == first]
        else:
            before = self.doc[name.start - 1] if name.start > 0 else None
            role = self.ctx.kb.role(before.lower_) if before is not None else None
            if before is None or not self._is_title(before) or role is None:
                return [], ""
            found = [(k, e) for k, e in found if e.sector == role]
        if len({e.name for _, e in found}) != 1:
            return [], ""  # none, or two persons as near
        return [e for _, e in found], f"; {surname.text!r} read as {found[0][0]!r}"

    def _named_before(self, tok: Token) -> Actor | None:
        """ "The group", "the paramilitary group", "the militia": a definite noun for an
        organisation, with no words of its own but kind words, points back at the
        organisation named last before it, in its sentence or an earlier one ("a day after
        the group launched rockets": Hezbollah, named before)."""
        armed = tok.lower_ in ARMED_BACK_REFERENCE_HEADS
        if tok.lower_ not in BACK_REFERENCE_HEADS and not armed:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        people: Token | None = None
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.lower_ not in KIND_WORDS:
                mention = self.mentions.get(child.i)
                if (
                    people is None
                    and tok.lower_ in BACK_REFERENCE_HEADS
                    and mention is not None
                    and mention.kind == "demonym"
                    and mention.span.start == mention.span.end - 1
                ):
                    people = child  # "the Kurdish militia", "the Palestinian group"
                    continue
                return None  # "the rights group", "the Kurdish rights group": its own words
            if child.dep_ in ("appos", "prep", "nummod", "poss", "conj"):
                return None  # "the group Islamic Jihad", "the group of 20"
        if armed and self._country_mentions():
            return None  # "the rebels" in a sentence naming a country: of that country
        for t in self.doc[: tok.i]:  # the sentence's earlier actors, remembered in order
            if t.pos_ in ("NOUN", "PROPN"):
                self.actor(t)
        at = self.offset + tok.idx
        # an intergovernmental body is no "group" or "militia" ("Al-Shabaab attacked an
        # African Union base ..., the group said": al-Shabaab)
        kinds = ("org", "igo") if tok.lower_ in ("organisation", "organization") else ("org",)
        before = [a for kind, a in self.ctx.organisations if a.start < at and kind in kinds]
        if armed:
            # "the rebels", "the insurgents": an armed organisation
            before = [a for a in before if a.sector in ARMED_SECTORS or a.code[:3] == "IMG"]
        if people is not None:
            # "Kurdish YPG fighters ... The Kurdish militia said": an organisation of that
            # people or country, named with the same word or coded with its country (Hamas for
            # "the Palestinian group")
            country = self.mentions[people.i].entries[0].country
            word = people.lower_
            before = [
                a
                for a in before
                if a.country == country or word in a.text.lower().replace("-", " ").split()
            ]
        if not before:
            return None
        known = max(before, key=lambda a: a.start)
        rule = f"the organisation named before: {known.rule}"
        actor = self._named_again(known, _np_span(tok), rule)
        self.ctx.remember(actor, number="group")
        return actor

    def _country_named_before(self, tok: Token) -> Actor | None:
        """ "Islamic State fighters seized much of Iraq ... . Militias retook the country": a
        bare "the country" ("the whole country") is the last country named before it, by its
        name or people's adjective, in its sentence or an earlier one; not one named by the
        words of the phrase it hangs on ("US aims in the country"), nor, for an object, the
        country of its own clause's subject ("the first British foreign secretary to visit
        the country" is not Britain)."""
        if tok.lower_ != "country":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(
            c.dep_ in BARE_NOT_DEPS and not (c.dep_ == "amod" and c.lower_ in WHOLE_WORDS)
            for c in tok.children
        ):
            return None  # "the Gulf country", "the country of origin", "the other country"
        skip: set[int] = set()
        up = tok
        while up.head.i != up.i and up.head.pos_ not in ("VERB", "AUX"):
            up = up.head
            if up.pos_ in ("NOUN", "PROPN"):
                skip |= {t.i for c in up.lefts for t in c.subtree}  # "US aims in the country"
        verb, arg, _ = _clause_verb(tok)
        while verb is not None and arg.dep_ not in SUBJECTS:
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            for subject in (c for c in verb.children if c.dep_ in SUBJECTS | {"attr"}):
                skip |= {t.i for t in subject.subtree}  # "Johnson became the British ..."
            if subjects or verb.dep_ not in ("xcomp", "advcl", "acl", "relcl", "conj"):
                break
            if verb.dep_ in ("acl", "relcl"):
                # "the first British foreign secretary to visit the country": who does it
                skip |= {t.i for c in verb.head.lefts for t in c.subtree} | {verb.head.i}
                break
            verb, arg = verb.head, verb  # "agreed to visit the country": the subject above
        at = self.offset + tok.idx
        named = [(start, iso3) for start, iso3 in self.ctx.country_names if start < self.offset]
        for mention in self._country_mentions():
            if mention.kind == "capital" or mention.span.start >= tok.i:
                continue
            if any(t.i in skip for t in mention.span):
                continue
            named.append((self.offset + mention.span.start_char, mention.entries[0].country))
        if not named:
            return None
        start, country = max(named)
        if start >= at:
            return None
        return self._make(tok, country, None, rule="the country named before")

    def _office_holder_named_before(self, tok: Token) -> Actor | None:
        """ "Donald Trump ... . The president says he wants to bring in refugees": a bare
        title ("the president", "the prime minister", "the foreign minister"; no owner,
        country, of-phrase or "former") that the sentence does not place is the last person
        named before it who held that office on the article's date (`office_holders.tsv`)."""
        if self.ctx.published is None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = []
        for child in tok.children:
            if child.dep_ in ("compound", "amod") and child.i < tok.i:
                words.append(child)
            elif child.dep_ in BARE_NOT_DEPS:
                return None  # "the president of Egypt", "the president's", "the then ..."
        if any(c.lower_ in FORMER_WORDS or c.lower_ == "then" for c in tok.subtree):
            return None
        title = " ".join([*(w.lower_ for w in sorted(words)), tok.lower_]).replace(
            "defense", "defence"
        )
        if title not in set(_office_titles().values()):
            return None
        at = self.offset + tok.idx
        # the holder the document names most often ("Trump", not "Bashar al-Assad's regime"
        # named once since), the last one named of those named as often
        named: dict[str, list[Actor]] = {}
        for actor in self.ctx.people:
            if actor.start is not None and actor.start < at and actor.name:
                named.setdefault(actor.name, []).append(actor)
        ranked = []
        for name, mentions in named.items():
            entries = self.ctx.kb.person(name, on=self.ctx.published)
            last = max(mentions, key=lambda a: a.start or 0)
            if any(_office_title(e) == title and e.code == last.code for e in entries):
                ranked.append((len({a.start for a in mentions}), last.start or 0, last))
        if not ranked:
            return None
        _, _, actor = max(ranked, key=lambda r: (r[0], r[1]))
        rule = f"the {title} named before: {actor.name}"
        found = self._named_again(actor, _np_span(tok), rule)
        self.ctx.people.append(found)
        self.ctx.seen.append(found)
        return found

    def _regime_named_before(self, tok: Token) -> Actor | None:
        """ "The Assad regime shelled Idlib. ... Rebels attacked the regime": a bare "the
        regime" (no word of its own, no owner, no of-phrase or relative clause) is the last
        regime named before it with its state, in its sentence or an earlier one."""
        if tok.lower_ != "regime":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in BARE_NOT_DEPS for c in tok.children):
            return None  # "the Syrian regime", "the regime of Bashar al-Assad"
        at = self.offset + tok.idx
        before = [a for a in self.ctx.regimes if a.start is not None and a.start < at]
        if not before:
            return None
        known = max(before, key=lambda a: a.start or 0)
        actor = self._named_again(known, _np_span(tok), f"the regime named before: {known.rule}")
        self.ctx.remember(actor, number="singular")
        return actor

    def _named_again(self, known: Actor, span: Span, rule: str) -> Actor:
        """A known actor, named again by ``span`` of this sentence."""
        return replace(
            known,
            text=span.text,
            start=self.offset + span.start_char,
            end=self.offset + span.end_char,
            rule=rule,
        )

    def _again(self, known: Actor, name: Span) -> Actor:
        actor = self._named_again(known, name, f"later mention of {known.name}")
        self.ctx.last_person = actor
        self.ctx.seen.append(actor)
        self.ctx.people.append(actor)
        return actor

    def _described(self, tok: Token, *, person: bool = False) -> Actor | None:
        """An actor from the words of its noun phrase, else of its partitive of-phrase."""
        if not person:
            named = self._named_before(tok) or self._country_named_before(tok)
            if named is not None:
                return named
        if not person and tok.lower_ in PLIGHT_HEADS:
            # "the welfare of nearly 2,000 Libyans", "the fate of the hostages": the people
            # whose lot it is
            for pobj in (c for p in tok.children if p.lower_ == "of" for c in p.children):
                found = self.actor(pobj) if pobj.dep_ == "pobj" else None
                if found is not None:
                    return found
        collective = not person and _collective(tok)
        partitive = collective or (not person and tok.lower_ in PARTITIVE_HEADS)
        if partitive or (not person and tok.lower_ in HEAD_WORDS):
            # "members of the banned Movement for ...", "leaders of Hamas", "the head of
            # Hezbollah", "the head of the Palestinian group Islamic Jihad": the organisation;
            # "thousands of Nigerians", "a group of refugees": the people of the of-phrase
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    named = [pobj, *(c for c in pobj.children if c.dep_ == "appos")]
                    for name in named:
                        mention = self.mentions.get(name.i)
                        if mention is not None and mention.kind in ("org", "igo"):
                            return self.actor(name)
                    if collective:
                        found = self.actor(pobj)
                        if found is not None:
                            return found
        actor = self._described_words(tok, person=person)
        if actor is None and partitive:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self.actor(pobj)
                    sector = self._sector_in([tok])
                    if found is not None and found.country and sector:
                        # "Druze inhabitants of the Syrian Golan Heights": the head's role
                        # in the of-phrase's country
                        return self._make(
                            tok, found.country, sector, rule="role of its of-phrase's country"
                        )
                    return found
        return actor

    def _described_words(self, tok: Token, *, person: bool = False) -> Actor | None:
        """An actor from the words of its noun phrase: country words plus role words."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ACTIVITY_NOUNS:
            return None  # "offering military training to 500 men": an activity, no one
        if tok.lower_ in GROUP_HEADS or tok.lower_ in REPRESENTATIVE_HEADS:
            # "the Islamic Jihad movement", "Russia's FSB security service", "Taliban
            # negotiators", "Hamas officials"
            for child in (c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")):
                mention = self.mentions.get(child.i)
                if mention is None or _for_or_against(mention.span):
                    continue  # "the anti-Islamic State coalition" is not Islamic State
                if mention.kind in ("org", "igo") or (
                    mention.kind == "metonym" and mention.entries[0].sector
                ):
                    return self._from_mention(child, mention)
        if tok.lower_ in FORCE_HEADS:
            # "Houthi forces", "Taliban forces", "Hezbollah troops": the armed organisation
            # named before them, not their country's state military (YEMREB, not YEMMIL)
            # (also a name right before the head that the parser joined to another
            # modifier: "Sudan's army and RSF paramilitaries")
            mods = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")]
            for child in [*mods, *self.doc[tok.i - 1 : tok.i]]:
                mention = self.mentions.get(child.i)
                if (
                    mention is not None
                    and mention.kind == "org"
                    and mention.entries[0].sector
                    and (child in mods or mention.span.end == tok.i)
                ):
                    return self._from_mention(child, mention)
        loyal = self._loyal_to(tok)
        if loyal is not None:
            return loyal
        tokens = self._phrase_of(tok)
        if tok.lower_ in RELATIONAL_HEADS:
            # "Israel's ally", and a name compounded on it ("a US ally", "its Nato ally"):
            # the other party of the relation, not the one the head names
            one = tok.tag_ == "NN"  # a role word stays its own ("Israel's militia ally")
            owners = {
                t.i
                for c in tok.children
                if c.dep_ == "poss" or (one and c.dep_ == "compound" and c.pos_ == "PROPN")
                for t in c.subtree
            }
            tokens = [t for t in tokens if t.i not in owners]
        country = self._country_in(tokens)
        # the phrase's own role before an apposition's ("Serb refugees, a human rights
        # group ...": the parser's apposition describes someone else as often as the head)
        own = {t.i for t in _np_tokens(tok)}
        sector = self._sector_in([t for t in tokens if t.i in own]) or self._sector_in(tokens)
        if sector == "GOV" and tok.pos_ == "PROPN":
            # "The Syrian Negotiations Commission (SNC), Syria's umbrella opposition group":
            # an apposition naming the kind of group the name stands for wins over a word
            # of the name that implies the state
            for appos in (c for c in tok.children if c.dep_ == "appos"):
                if appos.lower_ in KIND_HEADS:
                    kind = self._sector_in([t for t in appos.subtree if t.i != appos.i])
                    if kind in ("OPP", "REB", "RAD", "NGO", "PTY"):
                        sector = kind
        if (
            sector == "GOV"
            and tok.lower_ in LEADER_WORDS
            and self._sector_in([t for t in tokens if t.i != tok.i]) is None
            and any(self._ethnic_group(t) for t in tokens)
        ):
            sector = "ELI"  # "Yoruba leaders", "Tamil leaders": leaders of a people, no state
        if sector is not None and tok.lower_ in REPRESENTATIVE_HEADS:
            # "the Syrian opposition delegation", "a rebel spokesman": the group's role
            group = self._sector_in([t for t in tokens if t.i in own and t.i != tok.i])
            if group is not None and group not in REPRESENTED_NOT:
                sector = group
        if tok.lemma_.lower() in HELD_PLACES or tok.ent_type_ in ("GPE", "LOC"):
            holder = self._holder(tok)
            if holder is not None and holder.kind in ("org", "igo"):
                # "Taliban-run Kandahar", "Hamas-controlled areas": the organisation
                return self._from_mention(holder.span.root, holder)
            if holder is not None and sector == "OPP":
                # "the opposition-held enclave of Eastern Ghouta": an opposition that holds
                # ground is armed, rebels
                sector = "REB"
        if sector in ("ELI", "OPP") and tok.lemma_.lower() in SUPPORTER_HEADS:
            # "supporters of former President Ahmed Ben Bella", "followers of the opposition
            # leader": people who back one out of power are the opposition
            sector = "OPP"
        if sector == "PTY" and any(
            self._sector_in([t]) == "OPP" for t in tokens if t.i in own and t.i != tok.i
        ):
            # "the opposition Future Forward Party": a party is coded by its standing first
            # (codebook 3.1.4: OPPPTY)
            sector = "OPP"
        if sector != "LAB" and self._sector_in([tok]) == "LAB":
            sector = "LAB"  # "workers of the United Bus Company": workers, not the company
        if sector is None and country is not None:
            # "a Karen guerrilla stronghold", "Hezbollah positions": a national organisation
            # named before a thing it holds is the actor
            for child in (c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")):
                mention = self.mentions.get(child.i)
                if mention is not None and mention.kind == "org" and mention.entries[0].sector:
                    entry = mention.entries[0]
                    return self._make(
                        tok,
                        entry.country,
                        entry.sector,
                        code=entry.code,
                        rule=f"organisation named before its thing {entry.source}",
                    )
        if sector is None and self._wielder(tok) is not None:
            sector = "MIL"  # "Russian air strikes killed 20 people": the country's military
        if sector is None and country is not None and self._held_site(tok):
            # "Turkey shelled Kurdish positions": the fighters who hold them
            sector = "REB" if country in STATELESS_PEOPLES else "MIL"
        if sector == "MED" and any(t.i != tok.i and t.lower_ in STATE_WORDS for t in tokens):
            sector = "GOV"  # "an official Syrian newspaper", "state-run television": the state
        rule = "words of the phrase"
        people = self._people_noun(tok)
        # "the Turkish minority in Bulgaria", "the Albanian population of Montenegro": a
        # people named by its demonym and a word for a group living among others
        minority = tok.lemma_.lower() in MINORITY_HEADS and any(
            t.i != tok.i and self._country_of(t) and self.mentions[t.i].kind == "demonym"
            for t in tokens
        )
        if sector is None and tok.lemma_.lower() in MINORITY_HEADS | {"tribe", "clan"}:
            # "the Masalit community in West Darfur": a people the knowledge base does not
            # know by name, its civilians, of where the sentence places them
            if any(
                c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i not in self.mentions
                for c in tok.children
            ):
                sector = "CVL"
        if people or minority or any(t.lower_ == "ethnic" for t in tokens):
            # "Albanians of southern Serbia", "ethnic Albanian guerrillas operating in
            # Macedonia": a people or ethnic group is coded by the country it lives in.
            place = _phrase_tokens(tok, frozenset({"of"}))
            if tokens and (minority or any(t.lower_ == "ethnic" for t in tokens)):
                place += _phrase_tokens(tok, PLACE_PREPS)
                for acl in (c for c in tok.children if c.dep_ == "acl"):
                    place += _phrase_tokens(acl, PLACE_PREPS)
                subject = _partitive_top(tok)
                if not place and subject.dep_ in SUBJECTS | {"dobj"}:
                    # "ethnic Turks rallied in Bulgaria", "killed three ethnic Albanians in
                    # a gunbattle in southern Serbia"
                    place = _verb_places(subject.head)
                elif minority and subject.dep_ == "pobj" and not self._place_country(place):
                    # "a campaign in Montenegro against the Albanian population of the
                    # province"
                    verb, _, _ = _clause_verb(subject)
                    place = _verb_places(verb) if verb is not None else []
            country = self._place_country(place) or country
            if minority and sector is None:
                sector = "CVL"
        homelands = {
            e.country
            for t in tokens
            if self._country_of(t) == country and self._ethnic_group(t)
            for e in self.mentions[t.i].entries
        }
        if country is not None and len(homelands) > 1:
            # "demands from Shona rebels" in a sentence on Mozambique: a people living in
            # several countries (listed once for each) is of the one other country its
            # sentence names, when that is one of its own
            host = self._host_country(tok, tokens, country)
            if host in homelands:
                country, rule = host, "ethnic group: the sentence's one other country"
        elif (
            country is not None
            and country not in PEOPLE_CODES
            and any(t.lower_ == "ethnic" for t in tokens)
            and any(self._country_of(t) == country for t in tokens)
        ):
            # "Ethnic Albanians ... villages near Macedonia's border with Bulgaria, Macedonian
            # officials said": a nation's people called ethnic live outside it, in the
            # country the sentence names most, when one does
            host = self._minority_host(tok, tokens, country)
            if host is not None:
                country, rule = host, "ethnic minority: the sentence's main other country"
        if country in PEOPLE_CODES:
            # "Kurdish Syrian fighters", "Arab Israeli lawmakers": a state named beside the
            # people is the country
            national = self._country_in(
                [t for t in tokens if self._country_of(t) not in PEOPLE_CODES]
            )
            if national is not None and national not in PEOPLE_CODES:
                country = national
        if country in STATELESS_PEOPLES:
            # "Kurdish militias in Syria": a place of its own is the country; else an armed
            # group of a people without a state is the people's rebels, wherever it fights
            # ("Kurdish fighters attacked ..." → KURREB, codebook 10.0.6); the others act
            # where they are, as the Arabs below ("Kurds marched in Diyarbakir")
            # ("Turkish soldiers killed three Kurdish fighters": the sentence's only country,
            # when it is not the other party, as for any role; the project's tests pin it)
            place = _phrase_tokens(tok, PLACE_PREPS) + _clause_places(tok)
            placed = self._place_country(place) or self._city_country(place)
            if placed is not None and placed not in PEOPLE_CODES:
                country = placed
                if sector == "MIL":
                    # "Kurdish-led forces in northeastern Syria": the people's armed group in
                    # that country, not its state's military (SYRREB, not SYRMIL)
                    sector = "REB"
            elif sector in ARMED_SECTORS and sector not in ("SEP", "INS"):
                implied, implied_rule = self._implied_country(tok, sector)
                if implied is not None and implied in PEOPLE_HOMELANDS.get(country, ()):
                    country, rule = implied, implied_rule
                else:
                    sector = "REB"
                    rule = "armed group of a people without a state (codebook 10.0.6)"
        if country == "ARB" and (sector in STATE_SECTORS or tok.lemma_.lower() in TERRITORY_HEADS):
            # "Arab countries", "Arab foreign ministers": states, not the people; the codebook:
            # "don't confuse ethnicity with territory ... ARAB_CAPITALS [MEA]"
            country = "MEA"
        if (
            country in PEOPLE_CODES
            and sector not in TRAVELLING_SECTORS
            and not (country in STATELESS_PEOPLES and sector == "REB")
        ):
            # "Arab militias killed villagers in Darfur", "Arabs living in Israel": a people
            # of many countries is of the country its clause places it in, when one does
            place = _phrase_tokens(tok, PLACE_PREPS) + _clause_places(tok)
            top = _partitive_top(tok)
            if top.dep_ in SUBJECTS | {"dobj"}:
                place += _verb_places(top.head)
            country = self._place_country(place) or self._city_country(place) or country
            if country in PEOPLE_CODES:
                # "the RSF and allied Arab militias killed ... in West Darfur": the one
                # country the sentence names, unless it is the other party, or a state a
                # stateless people does not live in ("the US armed the Kurds": KUR)
                implied = self._implied_country(tok, sector)[0]
                if country in PEOPLE_HOMELANDS and implied not in PEOPLE_HOMELANDS[country]:
                    implied = None
                country = implied or country
        # a nation named bare ("the Turks"), not an ethnic group of a state ("Bosnian Serbs")
        nation = people and sector is None and _bombs(tok) and not _modified_demonym(tok)
        if nation and country not in PEOPLE_CODES and not self._ethnic_group(tok):
            sector = "MIL"  # "the Turks bombed a YPJ position": Turkey's forces
        elif nation and country in STATELESS_PEOPLES:
            sector = "REB"  # "the Kurds shelled Turkish positions": their armed groups
        if people and sector is None:
            sector = "CVL"  # "Palestinians", "Bosnian Serbs": the people, civilians
        religion = self._religion_in(tokens)
        believers = religion is not None and self._believers(tok)
        if religion is not None and sector == "GOV" and tok.lower_ in LEADER_WORDS:
            sector = "REL"  # "Muslim leaders", "Catholic leaders": religious leaders
        if sector is None and believers:
            sector = "CVL"  # "Iraqi Shiites", "Sunnis in Iraq": a country's people
        if country is None and sector is None and religion is not None and self._of_faith(tok):
            # "Muslim groups", "their Christian followers": the religion is the actor
            return self._make(tok, None, None, rule="religion of the phrase", code=religion)
        if sector is None and tok.lower_ in COUNTERPART_WORDS:
            sector = "GOV"
        if sector is None and country is not None and self._owned_thing(tok):
            # "legitimise his Syrian ascendancy": a thing of the pronoun's owner, in a
            # country's domain; the country adjective is not its actor
            return None
        owner = self._owning_actor(tok) if sector is None and country is not None else None
        if owner is not None:
            # "rejected Trump's idea", "condemned Donald Trump's rhetoric": the person whose
            # thing it is, coded as the person is (USAGOV), not the bare country
            return owner
        described = tok.pos_ == "PROPN" and any(c.dep_ == "appos" for c in tok.children)
        if country is None and (sector is not None or tok.tag_ == "NNS" or person or described):
            # "European Community foreign ministers", "NATO officials", "leaders of
            # ECOWAS": people of an organisation and no country are the organisation; so
            # is a name described by an apposition, whatever the parser took the name
            # for ("Kenzo Oshima, the United Nations relief coordinator")
            for t in tokens:
                mention = self.mentions.get(t.i)
                if t.i != tok.i and mention is not None and mention.kind in ("igo", "org"):
                    return self._from_mention(t, mention)
            for owner_tok in (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"):
                # "The group's spokesman said": the organisation "the group" points back at
                owner = self._named_before(owner_tok)
                if owner is not None:
                    return self._make(
                        tok,
                        owner.country,
                        owner.sector,
                        rule="role of the organisation named before",
                        code=owner.code,
                    )
        if country is None and sector is None:
            return None
        if country is None and not person:
            # "the International Criminal Court said its judges": an international
            # organisation's people are the organisation, wherever they act
            owner = self._possessor(tok)
            if owner is not None and not owner.country and owner.code[:3] in INTERNATIONAL_CODES:
                state = self._state_acted_on(tok) if tok.lower_ in DOCUMENT_ORGANS else None
                if state is not None:
                    # "The EU threatened Belarus after its authorities forced a flight to
                    # land": an organisation has no authorities; the state it acts on has
                    return self._make(
                        tok, state, sector, rule="possessive pronoun: the state acted on"
                    )
                return self._make(
                    tok, None, None, rule="possessive pronoun: the organisation", code=owner.code
                )
        if country is None:  # "doctors from two American aid groups", "rebels in Darfur"
            country = self._country_in(_phrase_tokens(tok, PLACE_PREPS))
        if country is None:
            # "a newspaper based in east Beirut", "refugees fleeing the war in Liberia"
            country = self._country_in(_clause_places(tok))
        if country is None and sector is not None:
            # "police in Herat", "protesters in the town of Cizre": a city's country
            country = self._city_country(
                _phrase_tokens(tok, PLACE_PREPS | {"of"}) + _clause_places(tok)
            )
            if country is not None:
                rule = "role in a city: the city's country"
        if country is None and sector in LOCAL_SECTORS | NON_STATE_ARMED:
            # "people blocked streets in Hong Kong", "prisoners rioted at a jail in Dili":
            # people who protest, strike or riot do it where they live
            top = _partitive_top(tok)
            verb = None
            if top.dep_ == "nsubj":
                verb = top.head
            elif top.dep_ == "pobj" and top.head.dep_ == "agent":
                # "a demonstration staged by students in Sivas", "a strike called by workers
                # at a plant in Bursa": who acts in a passive clause, where it happens
                verb = top.head.head
            if verb is not None:
                # "farmers blocked highways into New Delhi": where they go is theirs too
                place = _verb_places(verb, frozenset({"into"}))
                country = self._place_country(place) or self._city_country(place)
                if country is not None:
                    rule = "role acting in a place: the place's country"
        if country is None and tok.lower_ == "government" and tok.dep_ not in SUBJECTS:
            # "Greek workers ... against the government": a bare "the government" acted
            # on in a sentence that names one country only is that country's.
            country = self._only_country()
        if country is None and tok.lower_ in OTHER_STATE_WORDS and tok.dep_ not in SUBJECTS:
            # "Washington imposed sanctions on Burma, accusing the junta": a regime or junta
            # acted on is the state of the one country the sentence names besides the actor's
            country = self._other_country(tok)
            if country is not None:
                rule = "regime acted on: the sentence's other country"
        if country is None and not person:
            # "The Assad regime ... . Rebels fought the regime": a bare "the regime" is the
            # regime the document named last with its state
            known = self._regime_named_before(tok)
            if known is not None:
                return known
        if country is None and sector is not None and not person:
            # "Israel withdrew its troops", "Russia said its forces": the antecedent's country
            owner = self._possessor(tok)
            if owner is not None and owner.country:
                country, rule = owner.country, "possessive pronoun: the antecedent's country"
        if country is None and any(
            t.dep_ == "amod" and t.lower_ in UNIDENTIFIED_WORDS for t in tokens
        ):
            return None  # "unidentified gunmen": who they are is what the sentence denies
        if country is None and sector is not None and not person:
            # "Venezuela's government and opposition": a bare role coordinated with a role
            # owned by a country shares the owner
            country = self._shared_owner(tok)
            if country is not None:
                rule = "coordinated role sharing the first one's possessive country"
        if country is None and sector in FORCES_SECTORS and not person:
            # "hours after soldiers detained Prime Minister Abdalla Hamdok, and the United
            # States suspended aid": forces who seize a state's leaders are that state's own
            country = self._state_of_the_seized(tok)
            if country is not None:
                rule = "forces seizing a state's officials: that state's"
        if country is None and sector is not None and tok.lower_ not in COUNTERPART_WORDS:
            # "the president", "police", "President Dos Santos": a role without a country
            # is of the one country the sentence names, else of the document's country.
            country, rule = self._implied_country(tok, sector)
        if country is None and sector == "GOV" and not person:
            # "Trump ... . The president said": the office-holder named before with that title
            known = self._office_holder_named_before(tok)
            if known is not None:
                return known
        if country is None and sector is not None and not person:
            # "after its authorities arrested a journalist": one held by a state's police or
            # courts is of that state, however many countries the sentence names
            country, rule = self._held_by_state(tok)
        if country is None and sector in STATE_SECTORS and not person:
            # "The RSF, fighting the Sudanese army, accused the military of ...": a bare state
            # organ after the same organ named with its country is that country's
            country, rule = self._organ_named_before(tok, sector)
        if country is None and sector in STATE_SECTORS | ARMED_CHALLENGER_SECTORS and not person:
            # "Kenya held elections ... . The police arrested two men.": a state organ, or its
            # bare challengers ("the rebels"), in a sentence that names no country is of the
            # document's one clear country
            country, rule = self._document_country(tok)
        if country is None and sector in STATE_SECTORS:
            # "President Dos Santos conceded to demands from UNITA": a state organ in a
            # sentence that names no country, facing that country's own rebels
            country, rule = self._challenged_state(tok)
        if (
            country is None
            and sector in STATE_SECTORS
            and not person
            and religion is not None
            and not self._country_mentions()
        ):
            # "Islamic State killed Shi'ite air force cadets after capturing them near Tikrit":
            # a state organ of a faith, in a sentence that names no country and towns of one
            # country only, is of that country, not of its religion (a state's organ; soldiers
            # with no faith word stay unplaced: "Troops landed at an airfield near Herat")
            country = self._towns_country()
            if country is not None:
                rule = "state organ in a sentence naming towns of one country"
        if country is None and religion is not None and sector not in TRANSNATIONAL_SECTORS:
            # "Sunnis demanded ...", "Shiite religious parties", "Islamic fundamentalist
            # leaders": a religious group no word places in a country is coded by its religion
            # (codebook 10.0.4), with its role ("MOSSHIPTY"); a believer or cleric by the
            # religion alone
            faithful = tok.lemma_.lower() in FAITHFUL_HEADS  # "Buddhist worshippers"
            extra = "" if believers or faithful or sector in (None, "REL") else sector
            return self._make(tok, None, None, rule="religion of the phrase", code=religion + extra)
        if country is None:
            return self._unplaced(tok, sector)
        if (
            (country in REGION_CODES or country in PEOPLE_CODES)
            and sector not in (None, "GOV", "MIL", "COP", "LEG", "SPY")
            and any(t.lower_ in ASSOCIATION_HEADS and t.text[:1].isupper() for t in tokens)
        ):
            # "the Association of African Jurists", "the Union of Arab Journalists": a named
            # body of a region's or a people's professionals (lawyers and judges too, JUD;
            # not officials, soldiers or police) is non-governmental and transnational
            # (NGOJUD, NGOLAB), not the region's
            return self._make(
                tok, None, sector, rule="association of a region's people: NGO", code="NGO" + sector
            )
        if not person:
            # "its leader Abdullah Ocalan": a person the knowledge base knows is who the
            # phrase names, whatever its words and pronouns suggest
            former = any(c.lower_ in FORMER_WORDS for c in tok.children)
            for appos in (c for c in tok.children if c.dep_ == "appos" and not former):
                mention = self.mentions.get(appos.i)
                if mention is not None and mention.kind == "person" and appos.pos_ == "PROPN":
                    known = self.actor(appos)
                    if known is not None:
                        return known
        if sector in STATE_SECTORS and not person and _former(tok):
            # "former Iraqi officials" are elites (codebook: ELI, "former government
            # officials"); "a former British soldier", "former policemen" are civilians now
            sector = "ELI" if sector in ("GOV", "LEG", "JUD") else "CVL"
            rule = "no longer in office or service"
        if religion is not None and sector in ("RAD", "CVL") and self._radical_in(tokens):
            # "Moslem fundamentalist demonstrators", "Shiite extremists": the codebook's
            # religious radicals (10.0.4: "fundamentalist", "radical", "extremist" Muslim is
            # MOSRAD), of the phrase's country, whatever people the head names
            code = country + religion + "RAD"
            return self._make(tok, country, "RAD", rule="radicals of a faith", code=code)
        actor = self._make(tok, country, sector, rule=rule, remember=not person)
        if not person:
            # "his Greek counterpart George Gerapetritis": the named person is this actor.
            for appos in (c for c in tok.children if c.dep_ == "appos" and self._looks_named(c)):
                self.ctx.remember(actor, person_name=_name_span(appos).text)
        return actor

    def _holder(self, tok: Token) -> Mention | None:
        """The knowledge-base phrase before "-held", "-controlled" or "-run" modifying a
        place ("Houthi-controlled northern Yemen", "the opposition-held enclave")."""
        for word in tok.children:
            if word.dep_ not in ("amod", "compound") or word.lower_ not in HELD_WORDS:
                continue
            if word.i >= 2 and self.doc[word.i - 1].text == "-":
                return self.mentions.get(word.i - 2)
        return None

    def _loyal_to(self, tok: Token) -> Actor | None:
        """The organisation an armed group with no country words of its own is loyal,
        affiliated or linked to ("militants loyal to Islamic State", "fighters affiliated
        with al-Qaeda"): that organisation, as "members of Hamas" are Hamas."""
        if self._sector_in([tok]) not in ARMED_SECTORS or self._country_in(_np_tokens(tok)):
            return None
        for word in _loyalties(tok):
            for pobj in (
                o
                for prep in word.children
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                for o in prep.children
                if o.dep_ == "pobj"
            ):
                mention = self.mentions.get(pobj.i)
                if mention is not None and mention.kind in ("org", "igo"):
                    return self.actor(pobj)
        return None

    def _owning_actor(self, tok: Token) -> Actor | None:
        """The actor that owns ``tok``, a thing (no role, no counterpart or relation), when a
        name with a role of its own owns it: "Trump's idea" -> Trump (USAGOV), "the Kremlin's
        plan" -> RUSGOV; None for a bare country's thing ("Russia's proposal" stays RUS)."""
        if tok.tag_ not in ("NN", "NNS") or tok.lower_ in RELATIONAL_HEADS | COUNTERPART_WORDS:
            return None
        for owner in (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            found = self.actor(owner)
            if found is not None and found.sector is not None:
                return found
        return None

    def _owned_thing(self, tok: Token) -> bool:
        """Whether ``tok`` is a thing (no role, no counterpart or relation) owned by a
        possessive pronoun: "his Syrian ascendancy", "its Iraqi operation"."""
        return (
            tok.tag_ == "NN"
            and tok.lower_ not in RELATIONAL_HEADS
            and tok.lower_ not in COUNTERPART_WORDS
            and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in tok.children)
            and self._sector_in(_np_tokens(tok)) is None
        )

    def _unplaced(self, tok: Token, sector: str | None) -> Actor | None:
        """A role no word of the sentence places in a country ("The government expressed
        appreciation for China's aid", "a human rights group protested"): CAMEO codes it with
        the country unknown ("---GOV"), a non-governmental group as transnational ("NGOHRI")."""
        if sector is None or tok.lower_ in COUNTERPART_WORDS:
            return None
        if sector in TRANSNATIONAL_SECTORS:
            code = "NGO" + ("" if sector == "NGO" else sector)
        elif (
            _partitive_top(tok).dep_ == "nsubj"
            and not self.ctx.countries
            and not self._country_mentions()
        ):
            # only the one acting, and only where neither the sentence nor the document
            # so far names any country: else the role is probably of a country the
            # document names, and an unknown country would be a guess (measured: coding
            # every unplaced role "---" added false alarms on every gold set; coding a
            # subject "---" where the sentence's countries are all the other party also
            # did, on petr2 and gold-news)
            code = UNKNOWN_COUNTRY + sector
        else:
            return None
        return self._make(
            tok, None, sector, rule="role without a country: country unknown", code=code
        )

    def _place_country(self, tokens: list[Token]) -> str | None:
        """The country a place phrase names: a country or capital before a demonym
        ("the Israeli-occupied West Bank" is PSE)."""
        for t in tokens:
            mention = self.mentions.get(t.i)
            if mention is not None and mention.kind in ("country", "capital"):
                return mention.entries[0].country
        return self._country_in(tokens)

    def _phrase_of(self, tok: Token) -> list[Token]:
        """The head's noun phrase with its appositions' ("Putin, Russia's president")."""
        tokens = _np_tokens(tok)
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            tokens += _np_tokens(appos)
        return tokens

    def _religion_in(self, tokens: list[Token]) -> str | None:
        """The code of the first religion word in ``tokens`` ("Shiite" → MOSSHI)."""
        for t in tokens:
            mention = self.mentions.get(t.i)
            if mention is not None and mention.kind == "religion" and not _negated(mention.span):
                return mention.entries[0].code
        return None

    def _of_faith(self, tok: Token) -> bool:
        """Whether ``tok`` names people of a faith: "Sunnis", "Muslim groups", "Christian
        followers" (not "Muslim holidays", "Islamic law")."""
        return self._believers(tok) or tok.lemma_.lower() in FAITHFUL_HEADS

    def _believers(self, tok: Token) -> bool:
        """Whether ``tok`` is a religion's plural noun: "Sunnis", "Christians"."""
        mention = self.mentions.get(tok.i)
        return (
            mention is not None
            and mention.kind == "religion"
            and tok.i == mention.span.end - 1
            and tok.tag_ in ("NNS", "NNPS")
        )

    def _ethnic_group(self, tok: Token) -> bool:
        """Whether ``tok`` names an ethnic group living mostly in one country ("Yoruba",
        "Tamils"): a demonym whose knowledge-base name is the group's own, not its country's."""
        mention = self.mentions.get(tok.i)
        if mention is None or mention.kind != "demonym":
            return False
        entry = mention.entries[0]
        info = self.ctx.kb.country(entry.country) if entry.country else None
        name, phrase = normalize(entry.name), normalize(mention.span.text)
        return (
            info is not None
            and name in (phrase, phrase[:-1])
            and name != normalize(info.name)  # "Djibouti" is the country's own name
            # nor a country's other name ("Russian": Russia, not the Russian Federation)
            and not any(e.kind == "country" for e in self.ctx.kb.lookup(entry.name))
        )

    def _people_noun(self, tok: Token) -> bool:
        """Whether ``tok`` is a demonym used as a plural noun: "Albanians", "Serbs"."""
        mention = self.mentions.get(tok.i)
        return (
            mention is not None
            and mention.kind == "demonym"
            and tok.i == mention.span.end - 1
            and tok.tag_ in ("NNS", "NNPS")
        )

    def _other_country(self, tok: Token) -> str | None:
        """The one country the sentence names besides that of the subject acting on ``tok``
        ("Washington ... accusing the junta" → MMR when the sentence names Burma)."""
        subject = _own_subject(tok)
        if subject is None or subject.i == tok.i:
            return None
        own = {a.country for a in self.actors(subject) if a.country}
        if not own:
            return None
        found = {m.entries[0].country for m in self._country_mentions()} - own
        return found.pop() if len(found) == 1 else None

    def _held_by_state(self, tok: Token) -> tuple[str | None, str]:
        """The country of the state organ (not its army) that arrests, jails or sentences
        ``tok``, a role without a country ("its authorities arrested a journalist")."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in HELD_BY_STATE:
            return None, ""
        subject = _own_subject(tok)
        if subject is None or subject.i == tok.i:
            return None, ""
        states = {a.country for a in self.actors(subject) if a.sector in CUSTODIANS}
        if len(states) != 1 or None in states:
            return None, ""
        return states.pop(), "held by a state's police or courts: that state's"

    def _only_country(self) -> str | None:
        """The country of the sentence when its words name exactly one (not "a UK-based
        group", "an anti-Syria journalist")."""
        found = {m.entries[0].country for m in self._country_mentions()}
        return found.pop() if len(found) == 1 else None

    def _implied_country(self, tok: Token, sector: str | None) -> tuple[str | None, str]:
        """The country a role without one takes from its sentence, with the rule used: the
        one country the sentence names, unless that country is the other party of the
        role's own verb ("the government thanked China") or acted on elsewhere ("the
        president will visit Russia"); none for a role called foreign ("open its market to
        foreign companies": of any country but that one)."""
        mentions = self._country_mentions()
        if len({m.entries[0].country for m in mentions}) != 1:
            return None, ""
        if any(c.dep_ == "amod" and c.lower_ == "foreign" for c in tok.children):
            return None, ""
        own = any(self._own_state(m, sector) for m in mentions)
        # "refugees protesting the Russian government's refusal to free Chechnya": a
        # challenger acting on its own state is of that state's country, wherever else the
        # sentence names it
        if not own and any(_other_party(m.span.root, tok) for m in mentions):
            return None, ""
        if any(self._wields_means(m.span.root, m) for m in mentions):
            # "civilians killed in a Russian airstrike on Idlib": the country is the
            # attacker's; the victims are of the towns the sentence names, if of one country
            town = self._towns_country()
            return (
                (town, "victims of an attack: the country of the towns named")
                if town
                else (None, "")
            )
        return mentions[0].entries[0].country, GUESSED_COUNTRY

    def _minority_host(self, tok: Token, tokens: list[Token], own: str) -> str | None:
        """The country other than ``own`` that the sentence names most often outside the
        phrase, more often than any other (see :meth:`_outside_countries`)."""
        outside = self._outside_countries(tok, tokens)
        counts = Counter(m.entries[0].country for m in outside)
        counts.pop(own, None)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        host = ranked[0][0]
        return host if self._may_live_in(tok, tokens, host, outside) else None

    def _host_country(self, tok: Token, tokens: list[Token], own: str) -> str | None:
        """The one country other than ``own`` (an ethnic group's) that the sentence names
        outside the group's phrase, when the sentence does not name ``own`` elsewhere (see
        :meth:`_outside_countries`)."""
        outside = self._outside_countries(tok, tokens)
        named = {m.entries[0].country for m in outside}
        if own in named or len(named) != 1:
            return None
        host = named.pop()
        return host if self._may_live_in(tok, tokens, host, outside) else None

    def _outside_countries(self, tok: Token, tokens: list[Token]) -> list[Mention]:
        """The sentence's country mentions outside the group's phrase ``tokens``; none when
        a place phrase of the group's own places it."""
        place = _phrase_tokens(tok, PLACE_PREPS | {"of"}) + _clause_places(tok)
        if self._place_country(place) or self._city_country(place):
            return []
        inside = {t.i for t in tokens}
        return [
            m
            for m in self._country_mentions()
            if m.span.root.i not in inside and m.entries[0].country not in PEOPLE_CODES
        ]

    def _may_live_in(
        self, tok: Token, tokens: list[Token], host: str, outside: list[Mention]
    ) -> bool:
        """Whether the group may live in ``host``: the sentence does not make ``host`` the
        group's other party ("Shona rebels attacked Mozambican troops", "ethnic Turks protested
        against Sweden's decision"), unless as the group's own state ("Shona villagers
        protested against the Mozambican government")."""
        named = [m for m in outside if m.entries[0].country == host]
        sector = self._sector_in(tokens) or "CVL"
        return any(self._own_state(m, sector) for m in named) or not any(
            _other_party(m.span.root, tok) for m in named
        )

    def _challenged_state(self, tok: Token) -> tuple[str | None, str]:
        """The country of the one national rebel, separatist or insurgent organisation the
        sentence names ("conceded to demands from UNITA" → AGO), with the rule, when the
        sentence names no country and the document no other: the state an armed challenger
        faces is most often its own."""
        unique = {id(m): m for m in self.mentions.values()}.values()
        if self._country_mentions():
            return None, ""
        countries = {
            m.entries[0].country
            for m in unique
            if m.kind == "org" and m.entries[0].sector in CHALLENGED_BY
        }
        if len(countries) != 1 or None in countries:
            return None, ""
        country = countries.pop()
        if set(self.ctx.countries) - {country} - REGION_CODES - PEOPLE_CODES:
            return None, ""  # the document has named another state, whose organ it may be
        return country, "state organ facing a national armed group: its country"

    def _organ_named_before(self, tok: Token, sector: str) -> tuple[str | None, str]:
        """The country of the same state organ named earlier in the sentence with its
        country ("the Sudanese army", "Sudan's military"), with the rule, for a bare "the
        army", "the military", "the government" (only "the" before it): the organ named
        again. Not when the earlier organs of that sector are of two countries, nor when the
        earlier one is the bare organ's co-argument ("Russian troops fought the army")."""
        if tok.lower_ not in DOCUMENT_ORGANS or tok.dep_ in ("compound", "amod", "nmod", "poss"):
            return None, ""
        if any(c.dep_ != "det" or c.lower_ != "the" for c in tok.lefts):
            return None, ""
        if any(c.dep_ in ("relcl", "acl") for c in tok.rights):
            return None, ""  # "the army that has been unleashed"
        own_verb, _, _ = _clause_verb(_partitive_top(tok))
        found: set[str] = set()
        for mention in self._country_mentions():
            root = mention.span.root
            head = root.head
            if root.dep_ not in ("amod", "compound", "poss", "nmod") or head.i >= tok.i:
                continue
            if head.lower_ not in DOCUMENT_ORGANS or self._sector_in([head]) != sector:
                continue
            verb, _, _ = _clause_verb(_partitive_top(head))
            if verb is not None and verb == own_verb:
                return None, ""
            found.add(mention.entries[0].country)
        if len(found) != 1:
            return None, ""
        return found.pop(), "state organ named again: the country it was named with"

    def _state_of_the_seized(self, tok: Token) -> str | None:
        """The one country of the officials (GOV) known by name that ``tok``, the subject,
        arrests, detains or overthrows ("soldiers detained Prime Minister Abdalla Hamdok" →
        SDN), unless the sentence names forces of another country."""
        top = _partitive_top(tok)
        verb = top.head
        if top.dep_ != "nsubj" or verb.lemma_.lower() not in SEIZING_VERBS:
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        countries = set()
        for obj in objects:
            mention = self.mentions.get(obj.i)
            if mention is None or mention.kind != "person":
                continue  # "two Palestinian ministers": a nationality set against the forces'
            actor = self.actor(obj)
            if actor is not None and actor.country and actor.sector == "GOV":
                countries.add(actor.country)
        if len(countries) != 1:
            return None
        country = countries.pop()
        for mention in self._country_mentions():
            # "soldiers arrested two Palestinian ministers, Israel's army said": forces of
            # another country named in the sentence may be those who seized them
            root = mention.span.root
            if root.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if (
                mention.entries[0].country != country
                and self._sector_in([root.head]) in FORCES_SECTORS
            ):
                return None
        return country

    def _document_country(self, tok: Token) -> tuple[str | None, str]:
        """The document's one clear country, with the rule, for a state organ ("the
        government", "the army", "police", "the authorities", "security forces") in a
        sentence that names no country nor any other actor with a country: the dateline's
        country when the document has named no other (``DocContext.home``), else the one
        country the document has named, in two or more earlier sentences, and no other; not
        for one person by a title ("the president", "the minister": often a visitor)."""
        state_troops = tok.lower_ in STATE_TROOPS and any(
            c.dep_ in ("compound", "amod") and c.lower_ in TROOP_OWNERS for c in tok.children
        )  # "government soldiers", "regime troops": a state's, unlike bare "troops"
        if not (
            tok.lower_ in DOCUMENT_ORGANS or tok.lower_ in DOCUMENT_CHALLENGERS or state_troops
        ) or tok.dep_ in (
            "compound",
            "amod",
            "nmod",
            "poss",
        ):
            return None, ""  # not a modifier ("a police station", "government functions")
        mention = self.mentions.get(tok.i)
        for child in tok.children:
            if child.dep_ == "det" and child.lower_ != "the":
                return None, ""  # "an army of commentators", "a national military"
            if child.dep_ in ("poss", "relcl", "nummod"):
                return None, ""  # "their soldiers", "the forces that have been unleashed"
            if (
                child.dep_ in ("amod", "compound", "nmod")
                and not (mention is not None and child.i in range(mention.span.start, tok.i))
                and child.lower_ not in ORGAN_MODIFIERS
            ):
                return None, ""  # "local authorities", "regional officials", "rebel army"
        if tok.lower_ == "forces" and not any(c.lower_ in FORCE_WORDS for c in tok.children):
            return None, ""  # "security forces", not any forces
        unique = {id(m): m for m in self.mentions.values()}.values()
        if any(e.country or e.code[:3] in INTERNATIONAL_CODES for m in unique for e in m.entries):
            return None, ""  # the sentence names a country, or an actor with its own
        sentences: dict[str, set[int]] = {}
        for start, country in self.ctx.placed:
            if start >= self.offset or country in PEOPLE_CODES:
                continue
            sentence = max((s for s in self.ctx.sentence_starts if s <= start), default=0)
            sentences.setdefault(country, set()).add(sentence)
        home = self.ctx.home
        if home is not None:
            found = home if set(sentences) <= {home} else None
        else:
            # the one country named in two or more earlier sentences, and named in at least
            # twice as many as any other
            ranked = sorted(sentences.items(), key=lambda kv: -len(kv[1]))
            # (or in one, when the document has named no other country and the organ is
            # its own soldiers: "... fighting with Afghan security forces. ... called on
            # government soldiers to surrender")
            least = 1 if state_troops and len(ranked) == 1 else 2
            found = ranked[0][0] if ranked and len(ranked[0][1]) >= least else None
            if found is not None and len(ranked) > 1 and len(ranked[1][1]) * 2 > len(ranked[0][1]):
                found = None
        if found is None:
            return None, ""
        # not where the sentence puts the act in a town of another country
        verb, _, _ = _clause_verb(_partitive_top(tok))
        if verb is not None and self._city_country(_verb_places(verb)) not in (None, found):
            return None, ""
        challenger = tok.lower_ in DOCUMENT_CHALLENGERS
        return found, DOCUMENT_CHALLENGER if challenger else DOCUMENT_COUNTRY

    def _towns_country(self) -> str | None:
        """The one country of every town the sentence names (proper nouns the gazetteer
        knows, outside knowledge-base phrases and people's names)."""
        from detente.geo.gazetteer import load_gazetteer  # built once, shared

        gazetteer = load_gazetteer()
        known = [c for c, _ in self.ctx.countries.most_common()]
        found = set()
        seen = set()
        for t in self.doc:
            if t.pos_ != "PROPN" or t.i in self.mentions or t.text.isupper():
                continue
            if t.ent_type_ in NOT_PLACE_LABELS:
                continue
            name = _name_span(t).text
            if name in seen:
                continue
            seen.add(name)
            place = gazetteer.lookup(name, countries=known, on=self.ctx.published)
            if place is not None and place.country:
                found.add(place.country)
        return found.pop() if len(found) == 1 else None

    def _town_country(self, iso3: str | None, town: Mention) -> str | None:
        """The country the town named by ``town``, of ``iso3``, was in on the document's date
        (a town of South Sudan is Sudan's before 2011, and in an undated story whose other
        words name Sudan and not South Sudan)."""
        if iso3 is None:
            return None
        from detente.geo.gazetteer import load_gazetteer  # built once, shared

        known = [c for c, _ in self.ctx.countries.most_common()]
        known += [m.entries[0].country for m in self._country_mentions() if m is not town]
        return load_gazetteer().country_on(iso3, on=self.ctx.published, countries=known)

    def _city_country(self, tokens: list[Token]) -> str | None:
        """The country of a city named in ``tokens`` (a name the gazetteer knows), preferring
        the countries the document has named."""
        # the parser's entity labels of towns are unreliable ("in Herat" is often an ORG):
        # a proper noun under a place preposition is taken as a place name
        # (not a knowledge-base name: "UN troops" is no town "Un"; nor an acronym)
        names = {
            _name_span(t).text: t
            for t in tokens
            if (t.pos_ == "PROPN" or (t.ent_type_ in ("GPE", "LOC") and t.is_title))
            and t.i not in self.mentions
            and not t.text.isupper()
        }
        if not names:
            return None
        from detente.geo.gazetteer import load_gazetteer  # built once, shared with the pipeline

        gazetteer = load_gazetteer()
        known = [c for c, _ in self.ctx.countries.most_common()]
        # the sentence's own countries too ("rival militias in Tripoli ... the north Lebanese
        # port": Lebanon's Tripoli), after the document's
        for mention in self._country_mentions():
            if mention.entries[0].country not in known:
                known.append(mention.entries[0].country)
        for name in names:
            place = gazetteer.lookup(name, countries=known, on=self.ctx.published)
            if place is not None and place.country:
                return place.country
        return None

    def _own_state(self, mention: Mention, sector: str | None) -> bool:
        """Whether a challenger (opposition, judges, civilians, refugees, workers) acts on
        the state its country word names ("demanded the resignation of the Algerian
        president", "protest the Russian government's refusal"): its own state."""
        if sector not in CHALLENGER_SECTORS:
            return False
        head = mention.span.root.head
        return mention.span.root.dep_ in ("amod", "compound", "poss", "nmod") and (
            head.lemma_.lower() in STATE_HEADS or head.lower_ in STATE_HEADS
        )

    def _country_mentions(self) -> list[Mention]:
        """The sentence's mentions of countries (names, demonyms, capitals)."""
        unique = {id(m): m for m in self.mentions.values()}.values()
        return [
            m
            for m in unique
            if m.entries[0].country
            and m.kind in COUNTRY_KINDS
            and m.entries[0].country not in REGION_CODES
            and not _for_or_against(m.span)  # "an anti-Syria journalist" is not Syrian
            and not _based(m.span)  # "a UK-based group": where the group sits, only
            and not _backed(m.span)  # "Iran-backed militias": who backs them
        ]

    def _looks_named(self, tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"

    def _make(
        self,
        tok: Token,
        country: str | None,
        sector: str | None,
        *,
        rule: str,
        remember: bool = True,
        code: str | None = None,
    ) -> Actor:
        span = _np_span(tok)
        actor = Actor(
            text=span.text,
            code=code or (country or "") + (sector or ""),
            country=country,
            sector=sector,
            start=self.offset + span.start_char,
            end=self.offset + span.end_char,
            rule=rule + self._respelling(span),
        )
        if remember:
            self.ctx.remember(actor, person=self._one_person(tok), number=self._number(tok))
        return actor

    def _number(self, tok: Token, mention: Mention | None = None) -> str | None:
        """ "group" when ``tok`` names people together, an antecedent for "they" and "them"
        ("the Taliban", "police", "Russia and Ukraine"), "plural" when by a plural noun
        ("fighters", "Kurds"), which "it" never points back at; "singular" when it names one
        state or institution ("Britain", "the Kremlin", "the government"); else None (a thing:
        "civilian protections")."""
        mention = mention or self.mentions.get(tok.i)
        kind = mention.kind if mention is not None else None
        if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
            return "group"  # "Russia and Ukraine ... urged them": two or more together
        if tok.tag_ in ("NNS", "NNPS") or _collective(tok):
            if kind is not None or self._sector_in([tok]) or self._believers(tok):
                # a name with a plural head is one organisation ("the Syrian Democratic Forces")
                return "plural" if tok.tag_ == "NNS" else "group"
            return None
        if kind in ("org", "igo") or tok.lower_ in ("police", "military", "people"):
            return "group"  # "the Taliban said they", "Hamas ... them"
        if kind in COUNTRY_KINDS or kind == "metonym":
            return "singular"
        if tok.tag_ in ("NN", "NNP") and self._sector_in([tok]):
            return "singular"
        return None

    def _one_person(self, tok: Token) -> bool:
        """Whether a role noun names one person ("the ambassador", "his counterpart"), not
        an institution ("the government") nor a group ("the ministers")."""
        if tok.tag_ not in ("NN", "NNP") or tok.lemma_.lower() in INSTITUTION_WORDS:
            return False
        kb = self.ctx.kb
        return tok.lower_ in COUNTERPART_WORDS or bool(kb.role(tok.lemma_) or kb.role(tok.lower_))

    def _country_in(self, tokens: list[Token], exclude: Span | None = None) -> str | None:
        for t in tokens:
            mention = self.mentions.get(t.i)
            if mention is None or (exclude is not None and mention.span == exclude):
                continue
            if _for_or_against(mention.span):  # "an anti-Syria journalist" is not Syrian
                continue
            if _backed(mention.span):  # "Iran-backed militias" are not Iran's
                continue
            if _names_place_of(mention):  # "the opposition's Riyadh agreement"
                continue
            for entry in mention.entries:
                if entry.country and entry.kind != "role":
                    return entry.country
        for t in tokens:
            # a known actor owning or naming the phrase: "Putin's government", "the Bush
            # administration"
            if t.pos_ == "PROPN" and (
                t.dep_ == "poss"
                or (
                    t.dep_ == "compound"
                    and t.ent_type_ == "PERSON"
                    and t.head.ent_type_ != "PERSON"  # not a part of the name itself
                )
            ):
                actor = self.actor(t)
                if actor and actor.country:
                    return actor.country
        return None

    def _radical_in(self, tokens: list[Token]) -> bool:
        """Whether a word of ``tokens`` is a radical's role word ("fundamentalist",
        "extremist")."""
        return any(self.ctx.kb.role(t.lower_) == "RAD" for t in tokens)

    def _sector_in(self, tokens: list[Token], exclude: Span | None = None) -> str | None:
        kb = self.ctx.kb
        best = None
        led = None  # the sector of an organisation named before a leader word
        for t in tokens:
            if exclude is not None and exclude.start <= t.i < exclude.end:
                continue
            if t.pos_ == "ADJ" and t.lower_ in ADJECTIVE_NOT_ROLE:
                continue  # "a general strike" names no general
            if _in_company_name(t, kb):
                continue  # "General Motors", "General Dynamics": no general
            if _participle_object(t):
                continue  # "troop-contributing nations" contribute troops; they are none
            mention = self.mentions.get(t.i)
            if mention is not None:
                for entry in mention.entries:
                    if entry.kind == "role" and entry.sector:
                        if (best or led) and mention.span.text.lower() in LEADER_WORDS:
                            # "business leaders": the role of the group led; "the Labour
                            # leader", "the Hamas leader": the party's or movement's
                            best = best or led
                            continue
                        best = entry.sector
                        if best == "LAB" and _party_union(t):
                            best = "PTY"  # "the Christian Democratic Union" is a party
                    elif entry.kind == "metonym" and entry.sector and t.i == tokens[-1].i:
                        best = entry.sector
                first = mention.entries[0]
                if first.kind == "org" and first.sector in LED_SECTORS:
                    led = first.sector
                continue
            role = kb.role(t.lemma_) or kb.role(t.lower_)
            if role and not (best and t.lower_ in LEADER_WORDS):
                best = role
        return best

    def _is_name(self, tok: Token) -> bool:
        if tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" or tok.lower_ in self.ctx.persons):
            return True
        if self._bare_surname(tok):
            return True
        # "President obama", "Chancellor merkel": a name the parser missed (no entity, or
        # a common noun in lower case), after a title, that the knowledge base knows as a
        # person
        return (
            (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_lower))
            and tok.ent_type_ == ""
            and any(c.dep_ == "compound" and self._is_title(c) for c in tok.lefts)
            and bool(
                self.ctx.kb.person(_name_span(tok, self._is_title).text, on=self.ctx.published)
            )
        )

    def _bare_surname(self, tok: Token) -> bool:
        """ "Trump said ...", on a 2018 article: a surname alone, that the parser takes for an
        organisation or for no entity, of the one person in office on the article's date with
        that surname, a head of state or government or a foreign minister, or an opposition
        or congressional leader of notables.tsv ("Corbyn said ...", 2018)."""
        # the parser also tags a surname a common noun, as a person ("Corbyn criticised")
        misread = tok.pos_ == "NOUN" and tok.is_title and tok.ent_type_ == "PERSON"
        if (
            (tok.pos_ != "PROPN" and not misread)
            or tok.ent_type_ not in ("ORG", "", "PERSON")
            or (tok.ent_type_ in ("ORG", "PERSON") and len(_entity_of(tok)) != 1)
            or tok.dep_ == "compound"
            or tok.i in self.mentions
            or self.ctx.published is None
            or len(_name_span(tok, self._is_title)) != 1
        ):
            return False
        entries = self.ctx.kb.person(tok.text, on=self.ctx.published)
        if len({e.name for e in entries}) != 1:
            return False
        return all(_office_title(e) in LEADER_TITLES or _party_leader(e) for e in entries)

    def _is_title(self, tok: Token) -> bool:
        mention = self.mentions.get(tok.i)
        if mention is not None:
            return any(e.kind == "role" for e in mention.entries)
        return bool(self.ctx.kb.role(tok.lower_))

    def _np_text(self, tok: Token) -> str:
        return _np_span(tok).text


def _modified_demonym(tok: Token) -> bool:
    """Whether a people's name has a word of place or kind before it ("Bosnian Serbs",
    "ethnic Albanians")."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i for c in tok.children)


def _led_by(tok: Token) -> Token | None:
    """Who leads a group named by a common noun ("a coalition led by Saudi Arabia", "a
    delegation headed by Foreign Minister Lavrov"): the agent of its "led"/"headed" clause."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in LED_GROUPS:
        return None
    for clause in tok.children:
        if clause.dep_ != "acl" or clause.lower_ not in ("led", "headed"):
            continue
        for prep in (c for c in clause.children if c.dep_ == "agent" or c.lower_ == "by"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _bombs(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb of attack from the air or by artillery."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in AERIAL_VERBS


def _party_union(tok: Token) -> bool:
    """Whether "Union" heads a party's name, not a trade union's: a capitalised "Union" in a
    name holding a political word and no word of work ("the Homeland Union (Conservatives)",
    "Christian Democratic Union"; not "the National Union of Mineworkers", "the Democratic
    Union of Teachers" or "the union")."""
    if tok.text not in ("Union", "Unions"):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    name = list(ent) if ent is not None else [tok, *tok.lefts]
    name += [t for c in tok.children if c.dep_ in ("appos", "prep") for t in c.subtree]
    words = {t.lower_ for t in name}
    if words & LABOUR_NAME_WORDS or any(w.endswith("workers") for w in words):
        return False
    return bool(words & PARTY_NAME_WORDS)


def _in_company_name(tok: Token, kb: KnowledgeBase) -> bool:
    """Whether a title word is in a company's name: one that ends in a company word ("General
    Electric Co", "Supermarkets General Corp"), or starts with the title, whose next word is a
    plural proper noun naming no role ("General Motors", "General Mills", also in "General
    Motors Corp's subsidiary"): a company, not a person's title."""
    if tok.dep_ != "compound" or tok.tag_ != "NNP":
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.lower_.rstrip(".") in COMPANY_SUFFIXES and head.i > tok.i:
        return True  # "General Electric Co", "Supermarkets General Corp", "Admiral Insurance Ltd"
    if tok.ent_type_ != "ORG" or tok.i + 1 >= len(tok.doc):
        return False
    name = tok.doc[tok.i + 1]
    return (
        name.tag_ == "NNPS"
        and name.ent_type_ == "ORG"
        and tok.head.i > tok.i
        and not (kb.role(name.lemma_) or kb.role(name.lower_))
    )


def _former(tok: Token) -> bool:
    """Whether a common noun of a person in a role is said to be past: "former officials", "a
    former British soldier" (not an institution: "the former Soviet army" is the army of the
    former Soviet Union)."""
    if tok.lower_ in ORGANISATION_HEADS or tok.lemma_.lower() in INSTITUTION_WORDS:
        return False
    return tok.pos_ == "NOUN" and any(
        c.lower_ in ("former", "ex") and c.dep_ in ("amod", "compound", "advmod", "nmod")
        for c in tok.children
    )


def _no_longer(tok: Token) -> bool:
    """Whether a name's title says the person left office: "former prime minister X",
    "ousted President X" (not "the former Soviet Union's President X")."""
    # the whole compound chain: "Former Kenyan president Daniel arap Moi" hangs the title on
    # "arap", not on the surname
    titles, stack = [], [tok]
    while stack:
        t = stack.pop()
        titles.append(t)
        stack.extend(c for c in t.children if c.dep_ == "compound")
    return any(
        c.lower_ in FORMER_WORDS for t in titles for c in t.children if c.dep_ in ("amod", "advmod")
    )


def _for_or_against(span: Span) -> bool:
    """Whether a country word is the object of "anti-" or "pro-" ("anti-Syria", "pro-Iranian")."""
    doc, i = span.doc, span.start
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES:
        return True
    return i >= 1 and doc[i - 1].lower_ in {p + "-" for p in STANCE_PREFIXES}


def _in_place_phrase(tok: Token) -> bool:
    """Whether ``tok`` heads the object of a place preposition, or of "to" or "from"
    ("in Brussels", "flew to Brussels")."""
    return (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and (tok.head.lower_ in PLACE_WORDS or tok.head.lower_ in ("to", "from"))
    )


def _based(span: Span) -> bool:
    """Whether a country word only says where something is based ("a UK-based group")."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based":
        return True
    return end < len(doc) and doc[end].lower_ in ("-based", "based") and doc[end].i == end


def _backed(span: Span) -> bool:
    """Whether a country word names a backer ("Iran-backed militias", "US-trained forces")."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in BACKED_WORDS:
        return True
    return (
        end < len(doc) and doc[end].lower_.startswith("-") and doc[end].lower_[1:] in BACKED_WORDS
    )


def _place_acted_on(tok: Token) -> bool:
    """Whether a place name is what a physical act is done to: the object of "shell",
    "blockade", "besiege", "storm", "capture"... ("blockade Paris"), or of "on", "at" or "into"
    after "fire", "march", "advance" and those verbs ("fired rockets at Kabul", "marched on
    Rome"); not "attacked Washington's policy" (a possessive), nor "visited Paris"."""
    if any(c.dep_ == "case" for c in tok.children):
        return False  # "Washington's", a possessor
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "into", "upon"):
        verb = tok.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (
            PLACE_ACTION_VERBS | AIMED_VERBS
        ):
            return False
        return True
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in PLACE_ACTION_VERBS


def _locates_thing(tok: Token) -> bool:
    """Whether a place name says where a thing stands: the object of "in" on a common noun
    ("a hotel in central Mogadishu", "the airport in Tripoli"), not on a verb ("talks held in
    Kabul") nor on a noun of people or a state ("the government in Kabul", "diplomats in
    Moscow")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return False
    thing = tok.head.head
    return thing.pos_ == "NOUN" and thing.lemma_.lower() in LOCATED_THINGS


def _names_place_of(mention: Mention) -> bool:
    """Whether a capital names the place of an agreement or meeting ("the Riyadh agreement",
    "the Minsk accords"), not its government."""
    root = mention.span.root
    return (
        mention.kind == "capital"
        and root.dep_ in ("compound", "nmod")
        and root.head.i > root.i
        and root.head.lower_ in PLACE_NAMED_HEADS
    )


def _negated(span: Span) -> bool:
    """Whether a word is the object of "non-" ("non-Muslims" are no Muslims)."""
    doc, i = span.doc, span.start
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "non":
        return True
    return i >= 1 and doc[i - 1].lower_ == "non-"


def _name_span(tok: Token, title: Callable[[Token], bool] | None = None) -> Span:
    """The person name around ``tok``: the NER entity, else the PROPN compound chain (up to
    a title, when ``title`` tells titles: "President obama" → "obama")."""
    if tok.ent_type_ == "PERSON":
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
    start = tok.i
    while (
        start > 0
        and tok.doc[start - 1].pos_ == "PROPN"
        and tok.doc[start - 1].dep_ == "compound"
        and not (title is not None and title(tok.doc[start - 1]))
    ):
        start -= 1
    return tok.doc[start : tok.i + 1]


def _np_tokens(tok: Token) -> list[Token]:
    """The head and its modifiers, without clauses, prepositions or appositions."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ not in NP_EXCLUDED_DEPS]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in NP_EXCLUDED_DEPS)
    # "the foreign minister of Russia": an of-phrase names whose minister it is.
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            # with the of-phrase's own adjectives and compounds ("of African Jurists")
            out.append(pobj)
            out.extend(c for c in pobj.children if c.dep_ in ("amod", "compound"))
    return sorted(out, key=lambda t: t.i)


def _phrase_tokens(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The noun phrases in ``tok``'s own prepositional phrases headed by ``preps``."""
    return [t for pobj in _phrase_objects(tok, preps) for t in _np_tokens(pobj)]


def _phrase_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``tok``'s own prepositional phrases headed by ``preps``."""
    return [
        pobj
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _attack_noun(tok: Token) -> bool:
    """Whether a noun names an attack ("an ambush", "an Israeli air strike"), whose country
    word is the attacker's, not a place's."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in ATTACK_HEADS or _military_means(tok))


def _participle_object(tok: Token) -> bool:
    """Whether ``tok`` is the first half of a hyphened present participle modifying a noun
    ("troop" of "troop-contributing nations", "oil" of "oil-producing countries"): what
    the noun does something with, not what it is."""
    head = tok.head
    return (
        head.tag_ == "VBG"
        and head.dep_ in ("amod", "compound")
        and head.i == tok.i + 2
        and tok.doc[tok.i + 1].text == "-"
    )


def _military_means(tok: Token) -> bool:
    """Whether a noun names an attack from the air, from the sea or by artillery ("air
    strikes", "shelling", "a drone attack", "artillery fire")."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in MILITARY_MEANS or lemma in MILITARY_MEANS:
        return True  # "shelling" too when the tagger takes it for a gerund
    return (
        tok.pos_ == "NOUN"
        and lemma in MEANS_HEADS
        and any(c.dep_ in ("compound", "amod") and c.lower_ in MEANS_KINDS for c in tok.children)
    )


def _collective(tok: Token) -> bool:
    """Whether ``tok`` is a quantity or collection of its of-phrase ("thousands of",
    "two of", "a group of")."""
    if tok.lower_ in COLLECTIVE_HEADS or tok.like_num:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return False


def _partitive_top(tok: Token) -> Token:
    """The partitive head above ``tok`` ("hundreds" of "hundreds of ethnic Turks"), or ``tok``."""
    while (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and (tok.head.head.lower_ in PARTITIVE_HEADS or _collective(tok.head.head))
        and tok.head.head.i != tok.i
    ):
        tok = tok.head.head
    return tok


def _verb_places(verb: Token, extra: frozenset[str] = frozenset()) -> list[Token]:
    """The noun phrases of a verb's place phrases (and ``extra`` prepositions') and of its
    object's, with the place phrases nested in them ("rioted at a jail in East Timor's capital
    Dili")."""
    out: list[Token] = []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # "scaled the walls of the U.S. embassy in Cairo": the place of the building they are of
    heads += [
        o
        for h in heads[1:]
        if h.lemma_.lower() in BUILDING_PARTS
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    preps = PLACE_WORDS | extra
    stack = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps]
    while stack:
        prep = stack.pop()
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            out += [] if _attack_noun(pobj) else _np_tokens(pobj)
            stack += [
                p
                for p in pobj.children
                if p.dep_ == "prep" and (p.lower_ in PLACE_WORDS or p.lower_ == "of")
            ]
    return sorted(out, key=lambda t: t.i)


def _clause_places(tok: Token) -> list[Token]:
    """The places of a participle clause on ``tok``: its place phrases, its object and the
    object's place phrases ("based in Beirut", "fleeing Liberia", "fleeing the war in Liberia"),
    and whom it is loyal to."""
    out: list[Token] = []
    for acl in (c for c in tok.children if c.dep_ == "acl"):
        for pobj in _phrase_objects(acl, PLACE_PREPS):
            # "people killed in an Israeli air strike in Gaza": an attack is no place, its
            # adjective the attacker's; where it struck is
            attack = _attack_noun(pobj)
            out += _phrase_tokens(pobj, PLACE_PREPS) if attack else _np_tokens(pobj)
        for obj in (c for c in acl.children if c.dep_ == "dobj"):
            out += _np_tokens(obj) + _phrase_tokens(obj, PLACE_PREPS)
    # "militants loyal to Iraq's al-Qaeda leader", "troops loyal to the president of Chad",
    # "workers affiliated with the Serbian union", "a group linked to Iran's army"
    for loyal in _loyalties(tok):
        out += _phrase_tokens(loyal, frozenset({"to", "with"}))
    return out


def _loyalties(tok: Token) -> list[Token]:
    """The words tying ``tok`` to another ("loyal", "affiliated", "linked", "allied")."""
    return [
        c
        for c in tok.children
        if (c.dep_ == "amod" and c.lower_ == "loyal")
        or (c.dep_ in ("acl", "amod") and c.lemma_.lower() in AFFILIATION_WORDS)
    ]


def _np_span(tok: Token) -> Span:
    # (the head itself stays, even where the parser made it a preposition)
    tokens = [t for t in _np_tokens(tok) if t.dep_ != "prep" or t.i == tok.i]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens if t.i >= tok.i or t.head.i <= tok.i) + 1
    start = max(start, tok.left_edge.i)
    return tok.doc[start:end]


def _clause_verb(tok: Token) -> tuple[Token | None, Token, bool]:
    """The verb above ``tok``, the argument of that verb that holds ``tok``, and whether
    the way up passes a place preposition ("protesters in Kiev")."""
    arg, place = tok, False
    while arg.head.i != arg.i and arg.head.pos_ not in ("VERB", "AUX"):
        if arg.dep_ == "prep" and arg.lower_ in PLACE_WORDS:
            place = True
        arg = arg.head
    if arg.dep_ == "prep" and arg.lower_ in PLACE_WORDS:
        place = True
    return (arg.head if arg.head.i != arg.i else None), arg, place


def _other_party(country: Token, role: Token) -> bool:
    """Whether a country word is another party than ``role``: the object of the verb whose
    subject the role is, or the object of another verb; not a place, nor a subject."""
    verb, arg, place = _clause_verb(country)
    if place or verb is None:
        return False
    if verb.lower_ == "according":
        # "..., according to the Pakistani interior secretary": who reports, no party
        return False
    role_verb, role_arg, _ = _clause_verb(_partitive_top(role))
    if verb == role_verb:
        # "Syrian forces shelled protesters": the protesters are Syrian too; but "the
        # government thanked China": a subject is not of its object's country.
        return role_arg.dep_ in SUBJECTS and arg.dep_ not in SUBJECTS
    return arg.dep_ not in SUBJECTS


def _expletive(tok: Token) -> bool:
    """Whether "it" is a dummy subject standing for a clause that follows ("it is clear that
    ...", "it is legal to kill them", "it is time to go", "it seems that ...", "it was reported
    that ..."): it refers to nothing. "It is ready to attack", "it said it would": it refers."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    if tok.dep_ not in SUBJECTS:
        return False
    verb = tok.head
    children = list(verb.children)
    clause = [c for c in children if c.dep_ in ("ccomp", "csubj") and c.i > tok.i]
    lemma = verb.lemma_.lower()
    if tok.dep_ == "nsubjpass":
        # "it was reported that", "it is believed that", "it is feared that"
        return lemma in REPORT_VERBS and bool(clause)
    if lemma in RAISING_VERBS:
        # "it seems that", "it emerged that", "it remains unclear whether", "it appears so"
        return bool(clause) or any(c.dep_ == "acomp" for c in children)
    if lemma != "be":
        return False
    # "it is clear that", "it is unclear whether": a copula with a clause after it
    if clause and any(c.dep_ in ("acomp", "attr") for c in children):
        return True
    for pred in (c for c in children if c.dep_ in ("acomp", "attr") and c.i > tok.i):
        word = pred.lemma_.lower()
        infinitive = [
            c for c in (*pred.children, *children) if c.dep_ in ("xcomp", "relcl", "acl", "ccomp")
        ]
        if word in EXTRAPOSING_WORDS and infinitive:
            return True  # "it is legal to kill them", "it is time to end the war"
    return False


def _same_actor(one: Actor, other: Actor) -> bool:
    """Whether two mentions stand for the same actor: the same person, else the same code."""
    if one.name and other.name:
        return one.name == other.name
    return one.code == other.code


def _own_subject(tok: Token) -> Token | None:
    """The subject of the clause whose object ``tok`` is ("Tehran" of "Tehran accused him"),
    also of a coordinated or complement verb sharing it ("summoned X and ordered him")."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _shared_verb_object(tok: Token) -> Token | None:
    """For "them" in "captured five soldiers and put them on trial": the plural direct object
    of the verb that "them"'s verb is joined to, sharing its subject."""
    verb = tok.head
    if tok.lower_ != "them" or tok.dep_ != "dobj" or verb.dep_ != "conj":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None  # a clause of its own ("police arrested them and the court freed them")
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < tok.i]
    if len(objects) != 1:
        return None
    obj = objects[0]
    if obj.lower_ in RELATIVE_PRONOUNS and verb.head.dep_ == "relcl":
        obj = verb.head.head  # "fighters that we captured and put them on trial"
    return obj if obj.tag_ in ("NNS", "NNPS") and obj.pos_ != "PRON" else None


def _adverbial_clause_subject(tok: Token) -> Token | None:
    """For "Putin declared victory as he hosted Rouhani": the subject of the main verb of a
    subject pronoun's adverbial clause ("as", "when", "while", "after" clauses)."""
    clause = tok.head
    if tok.dep_ not in SUBJECTS or clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _fronted_clause_subject(tok: Token) -> Token | None:
    """For "it" in "If Europe was hoping for a lead, it has been disappointed": the subject of
    an adverbial clause put before the pronoun's own clause, agreeing with it in number."""
    verb = tok.head
    if tok.dep_ not in SUBJECTS or tok.lower_ not in ("it", "they"):
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i):
        if not any(
            m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ in ("when", "whenever"))
            for m in clause.children
        ):
            continue
        for subject in (c for c in clause.children if c.dep_ in SUBJECTS):
            plural = subject.tag_ in ("NNS", "NNPS") or any(
                c.dep_ == "conj" for c in subject.children
            )
            if subject.pos_ in ("NOUN", "PROPN") and plural == (tok.lower_ == "they"):
                return subject
    return None


def _agreeing_adverbial_subject(tok: Token) -> Token | None:
    """For "they" in "two Reuters journalists face jail when they should be honoured": the
    plural noun subject of the clause its adverbial clause hangs on, unless that clause has
    a plural object too ("militants beheaded 52 men after they refused": either)."""
    if tok.lower_ != "they":
        return None
    subject = _adverbial_clause_subject(tok)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if not (subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)):
        return None
    verb = tok.head.head
    if any(c.dep_ in ("dobj", "dative") and c.tag_ in ("NNS", "NNPS") for c in verb.children):
        return None
    return subject


def _relative_clause_subject(tok: Token) -> Token | None:
    """For "it" in "the Wagner group, which it accused": the subject of the clause the
    antecedent stands in ("The European Union imposed sanctions on ..."), when ``tok`` is the
    subject of a relative clause whose relative pronoun is the object."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return None
    antecedent = verb.head
    clause = antecedent
    while clause.head.i != clause.i:
        clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.i != antecedent.i and not subj.is_ancestor(antecedent):
                return subj  # not the antecedent ("Officials said the militants, whom they
            # blamed, had fled": the officials)
    return None


def _plural_told(tok: Token, subject: Token | None) -> Token | None:
    """The plural object of the verb above the clause of "they", when that verb's subject
    is one singular noun ("the junta warned protesters that they ...")."""
    if subject is None or tok.dep_ != "nsubj" or subject.tag_ not in ("NN", "NNP"):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "Russia and China told ... that they": the two speakers
    verb = tok.head.head
    if tok.head.dep_ != "ccomp" or verb.i == tok.head.i:
        return None
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < tok.i]
    if len(told) == 1 and told[0].tag_ in ("NNS", "NNPS"):
        return told[0]
    return None


def _pronoun_subject(tok: Token, subject: Token, verb: Token) -> Token | None:
    """For "families who feared they would not return", "foreigners, some of whom insist they
    were forced": the noun a relative or partitive pronoun subject of the verb above stands
    for, agreeing with ``tok`` in number; a bare quantifier ("Many fear they ...") itself, which
    codes no one; None for a personal pronoun ("he said they ...")."""
    noun = None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        noun = verb.head
    elif subject.lower_ in QUANTIFIER_PRONOUNS:
        of = [
            p
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not of:
            return subject if tok.lower_ == "they" else None
        noun = verb.head if of[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else of[0]
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    return noun if plural == (tok.lower_ == "they") else None


def _clause_subject_above(tok: Token) -> Token | None:
    """For "Russia says it will supply": the subject of the verb that governs ``it``'s clause;
    also through "as saying" ("King Hassan was quoted as saying he would"); for "Russia's
    announcement that it will join", the noun's possessor."""
    clause = tok.head
    if (
        clause.dep_ == "acl"
        and clause.head.lemma_.lower() in COMMITMENT_NOUNS
        and tok.dep_ in SUBJECTS
    ):
        # "Russia's announcement that it will vote", "the decision by Iran that it would"
        noun = clause.head
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                return c
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                return pobj
        for c in noun.children:
            if c.dep_ in ("compound", "amod") and c.i < noun.i and c.ent_type_ in OWNER_ENTS:
                return c  # "a US announcement that it would build a border force"
        return None
    if (
        clause.dep_ == "acl"
        and clause.head.lemma_.lower() in ALLEGATION_NOUNS
        and tok.dep_ in SUBJECTS
        and clause.head.dep_ == "dobj"
    ):
        # "Moscow denied Kiev's claims that it was sending troops": the one accused, who
        # denies or rejects what is said of it
        denier = clause.head.head
        return next((c for c in denier.children if c.dep_ == "nsubj"), None)
    if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
        return None
    above = clause.head
    # "quoted as saying that ...", "cited as saying ...": climb the speech participle and
    # its preposition to the verb with the subject
    if (
        above.dep_ == "pcomp"
        and above.head.dep_ == "prep"
        and above.head.lower_ == "as"
        and above.head.head.i != above.head.i
    ):
        above = above.head.head
    # "France announced ... and in October said it was planning": a verb joined to one
    # before, with no subject of its own, shares that one's
    while (
        above.dep_ == "conj"
        and above.head.i != above.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in above.children)
    ):
        above = above.head
    for c in above.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON":
            return c
        if c.dep_ in ("nsubj", "nsubjpass"):
            return _pronoun_subject(tok, c, above)
    if above.dep_ == "advcl" and above.tag_ == "VBG" and above.head.i != above.i:
        # "leaders gave the junta a week, warning they could use force": the participle's
        # subject is its clause's
        for c in above.head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON":
                return c
    return None
