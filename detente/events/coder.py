"""The event coder: lexicon patterns over the dependency parse of one sentence.

For each token whose lemma is a trigger of the lexicon, the coder tries the
trigger's patterns, most specific first, and keeps the first whose slots are
filled by actors: the subject (or the passive agent) is the source, the direct
object (or the passive subject, or a preposition's object) the target. A
nominal trigger ("talks with", "a visit to") takes its source from its
possessor, its nationality adjective, or the subject of the verb above it.
Coordinated actors multiply out; one event per trigger and actor pair.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from detente.actors.resolve import (
    GUESSED_COUNTRY,
    RELATIONAL_HEADS,
    SentenceActors,
)
from detente.events.directives import DIRECTIVE_NOUNS, directive
from detente.events.factuality import (
    FUTURE_AUX,
    PERSUADING_VERBS,
    STOP_VERBS,
    ends_up,
    in_reaction_frame,
    permission_of,
    readied_for,
    reported_done,
    result_verb,
)
from detente.events.intent import (
    SUPPORT_VERBS,
    THREATEN_WORDS,
    apply_stance,
    is_stance_word,
    stance_code,
    to_infinitive,
)
from detente.events.lexicon import Lexicon, Pattern
from detente.geo.gazetteer import DIVISION_WORDS, load_gazetteer
from detente.nlp.inflect import verb_lemma
from detente.records import Actor

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Verbs that say what their object is called ("called the plans a fantasy").
COMPLEMENT_NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
INNER_PREPS = frozenset({"by", "of", "from", "against", "on", "with", "to", "for"})
REVERSAL_NOUNS = frozenset(
    {"lifting", "end", "easing", "removal", "suspension", "halt", "cessation", "relaxation"}
    | {"repeal", "withdrawal", "cancellation", "ending"}
)
REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "allege", "insist"}
)
# What a directive codes when the action asked for has no appeal or demand code of its own.
DIRECTIVE_DEFAULT = {"appeal": "020", "demand": "100"}
# A lexicon trigger "be:WORD" is a predicate adjective or stative passive ("be:opposed to $T").
STATIVE = "be:"
PREDICATE_DEPS = frozenset({"acomp", "oprd", "ROOT", "conj", "xcomp", "ccomp"})
# Prepositions whose object can be an event's target when the pattern names none
# ("evacuated the wounded from Gorazde", "imposed a curfew in Cizre").
TARGET_PREPS = (
    "to",
    "against",
    "on",
    "with",
    "from",
    "toward",
    "towards",
    "into",
    "at",
    "upon",
    "in",
    "across",  # "pounded targets across the Gaza Strip"
    "among",  # "halt mediation efforts among Serbia's feuding republics"
)
# Appeals and demands, which a pair makes together of others, never of each other.
JOINT_APPEAL_ROOTS = frozenset({"02", "10"})
# Particles that make another verb of a trigger, which its patterns without them do not name.
OTHER_PHRASALS = {"set": frozenset({"off", "up", "out"}), "turn": frozenset({"down"})}
# Verbs whose to-infinitive is their subject's purpose, not an act they ask of the object.
PURPOSE_VERBS = frozenset({"summon", "send", "dispatch", "recall"})
# Verbs whose passive with-phrase is how the subject was received ("was met with criticism").
RECEIVED_VERBS = frozenset({"meet", "greet"})
# Verbs that also name or describe what their object is ("is called X", "called into question").
NAMING_VERBS = frozenset({"call"})
# Evacuations ordered (201 when of another country's town or people: coder._evacuations).
EXPULSION_CODE = "201"
EVACUATION_WORDS = frozenset({"evacuation", "evacuate"})
DISPLACED_SECTORS = frozenset({None, "CVL", "REF"})
# Verbs that drive people out, and who they must be (201 when the pattern names no one).
DRIVING_VERBS = frozenset({"drive", "force", "push", "chase"})
PEOPLE_SECTORS = frozenset({"CVL", "REF"})
# Military acts that, done jointly by two countries, are also military cooperation (062).
JOINT_ROOTS = frozenset({"15", "18", "19"})
JOINT_WORDS = ("joint", "combined")
EXERCISE_NOUNS = frozenset({"exercise", "drill", "game", "manoeuvre", "maneuver", "wargame"})
# What stopping each root is (the stopping verbs: factuality.STOP_VERBS).
STOPPED_CODES = {"18": "087", "19": "087", "20": "087", "14": "082"}
# Roots whose events a weapon or an attack can be the subject of ("a roadside bomb killed").
CONDITION_MARKS = frozenset({"if", "unless"})
# Attacks whose target may be a place's positions ("fired at targets in Jericho").
ATTACK_ROOTS = frozenset({"18", "19", "20"})
ASSAULT_ROOT = "18"
# Humanitarian aid given or stopped: a town it reaches stands for its people.
AID_TO_PEOPLE = frozenset({"073", "1623"})
SUPPORT_ROOT = "05"
CLAIM_CODE = "015"  # claim responsibility
# Place nouns that, bare and definite, point back at a place named before ("the city").
ANAPHORIC_PLACES = frozenset({"city", "town", "village", "capital", "country", "port"})
PROTEST_ROOT = "14"
# Campaigns whose purpose infinitive names whom a protest would sway ("a drive to convince").
CAMPAIGN_NOUNS = frozenset({"drive", "campaign", "bid", "effort", "attempt", "push"})
# Prepositions of the protest an act happens in ("threw stones during demonstrations").
PROTEST_FRAME_PREPS = frozenset({"during", "in", "at", "amid"})
# Meetings whose place is their venue, never a party ("the peace talks in Geneva").
VENUE_NOUNS = frozenset(
    {"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "conference"}
    | {"session", "consultation", "consultations", "dialogue", "forum", "round"}
)
# Roots of acts done with people rather than at places: consult, refuse to meet.
MEETING_ROOTS = frozenset({"04", "12"})
# Persons released (0841), and what else is released: publications, recordings, money.
PERSONS_RELEASED = "0841"
RELEASED_THINGS = frozenset(
    {"report", "statement", "video", "footage", "figure", "data", "detail", "result", "name"}
    | {"photo", "photograph", "image", "picture", "document", "transcript", "list", "finding"}
    | {"study", "survey", "audio", "recording", "tape", "message", "communique", "text"}
    | {"information", "evidence", "version", "update", "guideline", "budget", "fund", "money"}
    | {"tranche", "statistic", "poll", "album", "film", "book", "letter", "memo", "record"}
)
# Words that make a war a figure of speech ("a trade war with the United States").
FIGURATIVE_WARS = frozenset(
    {"trade", "cold", "price", "currency", "tariff", "culture", "propaganda", "information"}
    | {"media", "legal", "tech", "technology", "bidding", "turf", "word"}
)
# Objects by which a verb of meeting or calling names a thing, not a party: "met its
# financial obligations", "called an emergency cabinet meeting" (convened, no one telephoned).
NOT_PARTY_OBJECTS: dict[str, frozenset[str]] = {
    "meet": frozenset(
        {"obligation", "commitment", "requirement", "deadline", "target", "goal", "need"}
        | {"expectation", "standard", "criterion", "criteria", "cost", "payment", "quota"}
        | {"threshold", "challenge", "promise", "pledge", "debt", "bill", "shortfall"}
    ),
    "call": frozenset(
        {"meeting", "session", "election", "vote", "referendum", "summit", "conference"}
        | {"strike", "rally", "protest", "demonstration", "halt", "truce", "ceasefire"}
        | {"recess"}
    ),
    # idioms of effort and of the ballot, not a visit ("had gone to considerable trouble to
    # keep Iran in line", "went to great lengths", "will go to the polls")
    "go": frozenset(
        {"trouble", "length", "extreme", "pains", "poll", "waste", "bed", "sleep", "work"}
    ),
    # a welcome of a thing done, said or coming is no visit hosted (043): "welcomed the rise
    # in U.S. imports", "welcomed foreign investment" (the ones endorsed are in verbs/05.tsv)
    "welcome": frozenset(
        {"rise", "increase", "fall", "drop", "decline", "cut", "move", "step", "idea"}
        | {"investment", "competition", "support", "help", "opportunity", "chance", "trend"}
        | {"figure", "data", "debate", "initiative", "plan", "proposal", "offer", "decision"}
    ),
}
# What is found rather than taken ("took refuge in the town", "sought shelter in Rafah").
SHELTER_NOUNS = frozenset({"refuge", "shelter", "cover", "sanctuary", "asylum", "haven"})
# Ills and practices that are fought or attacked in words only ("fight corruption").
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ABSTRACT_FOES = frozenset(
    {"terrorism", "extremism", "radicalism", "corruption", "crime", "poverty", "hunger"}
    | {"disease", "epidemic", "pandemic", "virus", "inflation", "unemployment", "racism"}
    | {"discrimination", "impunity", "trafficking", "fire", "blaze", "wildfire", "drought"}
    | {"injustice", "inequality", "misinformation", "disinformation", "piracy", "smuggling"}
    # plans and processes, killed or attacked in words ("killed off any challenge to Assad")
    | {"challenge", "plan", "proposal", "deal", "bill", "idea", "hope", "process", "reform"}
    | {"initiative", "legislation", "prospect", "chance", "momentum", "policy", "decision"}
    # ties and standing, destroyed or damaged in words ("could destroy its understanding")
    | {"understanding", "relationship", "relation", "trust", "confidence", "credibility"}
    | {"reputation", "image", "economy", "career", "unity", "consensus", "cooperation"}
    # industries and trade, injured or hit in trade news ("shipments were injuring the U.S.
    # industry", "the tariffs will hit exports"); not a market, a place attacked
    | {"industry", "sector", "trade", "export", "growth", "earnings", "profit"}
    # figures that reach a level ("reserves hit a new high", "the yen hit a record low")
    | {"high", "low", "record", "peak", "level", "mark", "ceiling", "floor"}
)
COERCE_ROOT = "17"
# Appeals whose from-phrase names who made them ("calls from France and the Netherlands for
# changes", "appeals from southern member states for protection"); not "demands from", which
# the codebook sets read under the verb that accepts or rejects them (PLOVER-GSR CONCEDE-0010).
FROM_AUTHOR_NOUNS = frozenset({"call", "appeal", "plea", "request", "petition"})
# Nouns of an act done at another's bidding: "at the urging of the Reagan Administration, the
# banks bowed", "at the behest of Moscow": the of-phrase urged, the clause's subject was urged.
BEHEST_NOUNS = frozenset({"urging", "behest", "insistence", "instigation"})
# Nouns whose with-phrase names the other party ("its dispute with Iceland", "ties with Iran").
PARTY_NOUNS = frozenset(
    {"dispute", "conflict", "row", "feud", "quarrel", "standoff", "war", "differences"}
    | {"relation", "relations", "ties", "cooperation", "partnership", "rapprochement"}
)
# Gatherings whose infinitive their participants do ("came out for a rally to protest").
GATHERING_NOUNS = frozenset(
    {"rally", "protest", "demonstration", "march", "strike", "sit-in", "vigil", "gathering"}
)
# Bodies set up or sent to act for whoever sent them ("set up a mission to investigate").
AGENT_BODIES = frozenset(
    {"mission", "commission", "team", "panel", "committee", "inquiry", "delegation", "envoy"}
    | {"body", "tribunal", "investigator", "expert", "inspector", "monitor", "observer"}
)
# Participles whose agent serves two sides as a third party ("a deal brokered by China",
# "talks hosted by Mexico"), and the code of that service.
THIRD_PARTY_VERBS = {"broker": "045", "mediate": "045", "facilitate": "045", "host": "043"}
# Codes whose object is what is asked for, promised or demanded, not whom it is done to.
ASKED_ROOTS = frozenset({"02", "03", "10"})
# Verbs that only carry the act their object names ("of committing abuses").
LIGHT_VERBS = frozenset({"commit", "perpetrate", "carry", "conduct", "stage"})
# Nouns of mediation whose by-phrase names the mediator ("after mediation by Qatar").
MEDIATION_NOUNS = frozenset({"mediation"})
# Participles of backing whose agent may be a use of force ("backed by air strikes").
BACKING_VERBS = frozenset({"back", "support", "cover", "aid", "assist", "accompany"})
# Backing an armed force is military aid (CAMEO 072: "extend military aid"), not the political
# endorsement (051) it is when a government, a plan or a candidate is backed.
ARMED_BACKING_VERBS = frozenset({"back", "support"})
# Verbs of talking, which with the press as their object report a statement, not a meeting.
PRESS_TALK_VERBS = frozenset({"talk", "speak"})
# Investigations, whose target is who did what is investigated, or where it was done.
INVESTIGATE_ROOT = "09"
SITE_PREPS = frozenset({"in", "near", "inside", "outside"})
# Prepositions whose town or area is, for an event that is no use of force, only a place.
WHERE_PREPS = SITE_PREPS | {"from", "at", "across"}
# Parts of a place, whose of-phrase names it ("residential areas of Kharkiv").
AREA_NOUNS = frozenset(
    {"area", "part", "outskirts", "district", "neighbourhood", "neighborhood", "suburb"}
    | {"region", "province", "city", "town", "village", "centre", "center"}
)
# Nouns for a town whose of-phrase names it ("the resort of Sochi", "the port of Hodeidah").
TOWN_NOUNS = frozenset(
    {"town", "city", "village", "resort", "port", "enclave", "capital", "bordertown"}
    | {"stronghold", "suburb", "district", "hamlet", "settlement"}
)
# Missiles fired into the sea near a country are a show of force, not an attack on it.
OPEN_WATERS = frozenset({"water", "waters", "sea", "ocean"})
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# Force posture (CAMEO 15): the forces moved are the actor's own, never its target.
POSTURE_ROOTS = ("15",)
# Prepositions, in the words describing forces shown, that name whom they are aimed at.
AIM_PREPS = frozenset({"against", "at"})
FORCES = frozenset({"MIL", "COP", "SPY"})
# Verbs that move their object somewhere: troops or peacekeepers sent are what is moved, and
# the place they go to (or leave) is the target ("refused to deploy peacekeepers in Iraq").
CONVEYING_VERBS = frozenset(
    {"send", "deploy", "dispatch", "ship", "station", "post", "airlift", "fly", "redeploy"}
    | {"withdraw", "pull", "move", "transfer", "base", "position", "rotate", "commit"}
)
# Nouns of forces moving, whose of-phrase names who moves ("the withdrawal of Russian troops").
MOVEMENT_NOUNS = frozenset(
    {"withdrawal", "pullout", "pull-out", "deployment", "redeployment", "retreat", "arrival"}
    | {"departure", "advance", "incursion", "entry", "return", "buildup", "build-up"}
)
# Nouns that name a force's act without a target only as a state it is in or forced into
# ("in full retreat", "forced into retreat"); elsewhere they may be a gathering ("a retreat").
STATE_NOUNS = frozenset({"retreat"})
STATE_PREPS = frozenset({"in", "into"})
# Nouns for armed forces, whose owner moves with them.
FORCE_NOUNS = frozenset(
    {"troop", "troops", "soldier", "force", "forces", "peacekeeper", "personnel", "unit"}
    | {"warship", "jet", "aircraft", "tank", "battalion", "brigade", "contingent"}
)
# Who is moved: forces and peacekeepers, of no country or of the mover's own.
CONVEYED_SECTORS = FORCES | {"PKO"}
ADJUNCT_PREPS = frozenset(
    {"after", "during", "before", "in", "at", "for", "since", "following", "ahead", "amid"}
)
# Prepositions that frame a clause in time or circumstance: their object is never the
# object word of the clause's pattern.
FRAME_PREPS = frozenset(
    {"during", "after", "before", "amid", "since", "following", "despite", "ahead", "until"}
)
# Prepositions of the circumstances a clause happens in, not of the subject's own acts.
CIRCUMSTANCE_PREPS = frozenset({"amid", "despite"})
# A refusal "despite calls from X": the refusal's code (120-125) and the code of what was
# asked, in the appeal (02x) and demand (10x) families, which CAMEO numbers alike
REFUSED_ASKS = {"120": "0", "121": "1", "122": "3", "123": "4", "124": "5", "125": "6"}
ASKING_NOUNS = {
    "call": "02",
    "appeal": "02",
    "plea": "02",
    "request": "02",
    "urging": "02",
    "demand": "10",
    "pressure": "10",
}
# Event nouns an adjunct phrase gives to the clause's subject: meetings and visits.
ADJUNCT_EVENT_NOUNS = frozenset(
    {"talk", "talks", "meeting", "visit", "trip", "tour", "summit", "negotiation"}
    | {"negotiations", "consultation", "consultations", "discussion", "discussions"}
    | {"conversation", "conference", "dialogue", "stopover", "audience", "session"}
)
# Symmetric events: "Russia, China and India met", "Israel and Lebanon renewed
# negotiations": with coordinated subjects and no target, the event goes both ways.
RECIPROCAL_VERBS = frozenset(
    {"meet", "talk", "negotiate", "clash", "fight", "cooperate", "confer", "consult"}
    | {"reconcile", "battle", "skirmish", "discuss"}
)
# Verbs of a reaction to what was done to the subject's side: "vowed revenge for the
# killing of its general", "called for sanctions after the killing of a British citizen".
REACTION_VERBS = frozenset(
    {"vow", "call", "condemn", "demand", "protest", "denounce", "warn", "threaten", "urge"}
    | {"retaliate", "respond", "react", "mourn", "decry", "criticise", "criticize", "blame"}
    | {"accuse", "summon", "expel", "recall", "seek", "pledge", "promise", "swear"}
)
# Uses of force that strike a town's people ("shelled Kharkiv", "besieged Madaya"), not
# the ground fought over ("advanced toward Kirkuk" 190, "captured the town" 192).
PEOPLE_STRUCK = frozenset({"191", "193", "194", "195", "196"})
# Commands: given to one's own forces or officials, what is commanded is the commander's
# act ("Putin ordered his defence chiefs to put the nuclear forces on alert": 152).
COMMAND_VERBS = frozenset({"order", "instruct", "command", "direct", "tell"})
SUBORDINATE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})
SUBORDINATE_NOUNS = frozenset(
    {"chief", "commander", "general", "troop", "force", "army", "military", "officer"}
    | {"soldier", "police", "minister", "ministry", "government", "official", "agency"}
    | {"navy", "aide", "cabinet", "staff", "unit", "service"}
)
# What a group claims when it claims an attack: "claimed responsibility for", "claimed
# the bombing".
CLAIMED_WORDS = frozenset(
    {"responsibility", "attack", "attacks", "bombing", "bombings", "assault", "killing"}
    | {"ambush", "raid", "strike", "blast", "explosion", "massacre", "abduction"}
)
# Figures of a population: "the number of refugees arriving", "the flow of migrants crossing".
COUNT_NOUNS = frozenset(
    {"number", "total", "count", "flow", "influx", "stream", "share", "proportion", "tally"}
    | {"percentage", "rate", "figure"}
)
# Reciprocal verbs of combat: coordinated nouns a participle of them describes are allies.
COMBAT_VERBS = frozenset({"fight", "battle", "clash", "skirmish"})
# Verbs whose subject is the agent of an event noun after "on": "is on a visit to Japan",
# "arrived on a state visit" (not "commented on the attack").
ON_VERBS = frozenset({"be", "arrive", "travel", "go", "come", "embark", "leave", "depart"})
# Reciprocal verbs whose object is what is talked about, not a party ("discussed trade").
TOPIC_VERBS = frozenset({"discuss", "negotiate"})
RECIPROCAL_NOUNS = frozenset(
    {"talks", "talk", "negotiation", "negotiations", "meeting", "consultation", "consultations"}
    | {"conversation", "agreement", "accord", "treaty", "pact", "clash", "clashes"}
    | {"ties", "relations", "consensus", "understanding", "deal", "ceasefire", "truce"}
    | {"partnership", "cooperation", "alliance", "dialogue"}
)
# Fight nouns that are reciprocal only with their sides named: "fighting between the army
# and the RSF" (alone, "fighting" is often the frame of another act: measured, adding them
# to RECIPROCAL_NOUNS cost plover and gold-wire precision).
BETWEEN_FIGHT_NOUNS = frozenset(
    {"fighting", "battle", "battles", "fight", "skirmish", "skirmishes", "firefight"}
    | {"gunbattle", "gunbattles", "hostilities"}
)
# Passive verbs whose subject is the subject of their complement ("is expected to visit").
RAISING_PASSIVES = frozenset(
    {"schedule", "expect", "set", "due", "plan", "slate", "say", "report", "believe", "require"}
    | {"supposed", "poise", "prepare", "force", "compel", "oblige", "invite", "ask", "urge"}
)
# Quantities an object is seen through ("deployed thousands of troops").
QUANTITY_HEADS = frozenset(
    {"thousands", "hundreds", "dozens", "tens", "scores", "millions", "number", "batch"}
    | {"contingent", "group", "unit", "battalion", "company", "team", "force", "wave", "fleet"}
    | {"days", "weeks", "months", "series", "round", "spate", "worth", "tons", "tonnes"}
    | {"part", "parts", "half", "most", "some", "all", "much"}  # "suspended part of its aid"
    | {"barrage", "salvo", "volley", "hail", "swarm"}  # "a barrage of rockets"
)
# Nouns whose to-infinitive is an act of the one who has them: "reached a consensus to
# exchange", "took the decision to expel", "made an offer to mediate".
INTENTION_NOUNS = frozenset(
    {"consensus", "agreement", "decision", "plan", "pledge", "promise", "offer", "commitment"}
    | {"readiness", "willingness", "intention", "bid", "attempt", "effort", "move", "step"}
    | {"threat", "refusal", "deal", "accord", "resolve", "determination", "vow", "right"}
)
# Named-entity types of a word before a decision or plan that says whose it is ("the US
# decision", "a Russian offer", "the Hamas plan").
MAKER_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# What is said or written, whose participle is its author's act: "issued a statement
# condemning the attack", "sent a letter urging".
STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "letter", "message", "note"}
    | {"speech", "address", "decree", "release", "announcement", "report", "editorial"}
)
# Protests whose subcode says what they demand (1411-1454).
PROTEST_CODES = frozenset({"141", "142", "143", "144", "145"})
# Prepositions after which a verb's gerund is done by the verb's subject: "resorted to
# throwing stones", "responded by shelling", "insisted on attacking" (not "accused X of").
AGENT_GERUND_PREPS = frozenset(
    {"to", "in", "by", "on", "upon", "after", "before", "while", "without", "since"}
)
# Predicate adjectives whose gerund ("are guilty of violating", "was responsible for killing")
# is done by the subject of the copula.
CULPABLE_ADJECTIVES = frozenset({"guilty", "responsible", "culpable"})
# Verbs whose object does what an in-gerund says: "helped Syria in retaking Aleppo".
ENABLING_VERBS = frozenset(
    {"help", "assist", "aid", "support", "back", "embolden", "encourage", "enable", "spur"}
)
# Verbs whose object did what their complement says ("prompting Amnesty to demand",
# "forcing Russian troops to retreat", "helped Ukraine to repel"): the object, not the
# subject, is the complement's agent. Only verbs that assert the complement happened:
# "pressured X to", "encouraged X to", "a drive to convince X to" do not (measured: adding
# persuade/convince/pressure/push/encourage coded a mere goal on plover and cameo).
# Directives (urge, order, ask) are directives.py's.
OBJECT_CONTROL_VERBS = frozenset(
    {"prompt", "force", "compel", "cause", "drive", "lead", "oblige", "help", "enable"}
    | {"assist", "leave"}  # "refused to meet Bolton, leaving the adviser to hold talks"
)
# Verbs that claim what their that-clause says, without its being reported as done.
ALLEGE_VERBS = frozenset({"allege", "claim", "charge", "contend"})
# Verbs whose bare pattern (no object, target or particle) is an accusation only with the
# clause that says what is charged ("charged that Japan broke the accord"; not "charged into
# the crowd", "the police charged").
CLAUSE_ONLY_VERBS = frozenset({"charge"})
# What one is removed from without force being used on a place ("ousted from power").
OFFICE_WORDS = frozenset({"power", "office", "government", "post", "position", "leadership"})
# Nouns of a charge and the verbs that deny one ("rejected the allegation", "charges the
# fighters denied"): a denial of responsibility (016) toward whoever made the charge.
CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim"})
DENIAL_CODE = "016"
# Verbs whose subject makes the charge that a noun after them sums up ("Israel accused Iran
# of attacking the ship, a charge Tehran denied").
CHARGING_VERBS = ALLEGE_VERBS | {"accuse", "blame", "say"}
# Verbs that attribute an act to someone ("blamed Hamas for firing"): what the act's doer
# did is the speaker's charge, not a report.
ATTRIBUTING_VERBS = frozenset(
    {"blame", "accuse", "charge", "indict", "sue", "convict", "sentence", "arrest", "detain"}
    | {"prosecute", "try", "fine", "jail", "punish", "sanction", "investigate", "suspect"}
)
# Roots from which an event is hostile (demand, disapprove, ..., mass violence).
HOSTILE_ROOT = "10"
# Nouns whose to-infinitive is asked of someone else: "rejected a U.S. request to extradite".
REQUEST_NOUNS = frozenset(
    {"request", "call", "appeal", "demand", "plea", "invitation", "pressure", "order", "ultimatum"}
)
# Verbs that coordinated subjects without a target do together ("X and Y agreed to ...").
MUTUAL_VERBS = frozenset(
    {"agree", "exchange", "swap", "sign", "reach", "share", "trade", "normalize", "normalise"}
    | {"conclude", "settle", "reconcile", "ally", "cooperate", "coordinate", "collaborate"}
    | {"speak", "chat", "converse"}  # "Xi and Biden spoke by telephone"
)


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern filled with actors, before it becomes an Event."""

    pattern: Pattern
    trigger: Token
    source: Actor | None
    target: Actor | None
    passive: bool
    reporter: Actor | None = None  # who said it, when the event is in a reported clause
    means: Token | None = None  # the weapon or attack named ("killed in an air strike")


class SentenceCoder:
    """Codes one parsed sentence."""

    def __init__(
        self, actors: SentenceActors, lexicon: Lexicon, *, trace: list[str] | None = None
    ) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.consumed: set[int] = set()  # object nouns a verb pattern already used
        self.trace = trace  # when a list, each pattern tried is explained in it
        self.words = _sentence_words(actors.doc)  # the forms a pattern word can match

    def _note(self, tok: Token, pattern: Pattern, outcome: str) -> None:
        if self.trace is not None:
            where = f"{tok.text} [{tok.i}] {pattern.code} '{pattern.text}' ({pattern.origin})"
            self.trace.append(f"{where}: {outcome}")

    def matches(self) -> Iterator[Match]:
        doc = self.actors.doc
        seen: set[tuple[str, str, str]] = set()
        found_all: list[Match] = []
        for tok in doc:
            if tok.i in self.consumed:
                continue
            if tok.pos_ in ("VERB", "AUX"):
                found = self._stative(tok) if _is_stative(tok) else []
                found = found or self._verb(tok)
                if not found and _gerund(tok):  # "after days of fighting with X": a noun
                    found = self._noun(tok)
            elif tok.pos_ == "ADJ" and tok.dep_ in PREDICATE_DEPS:
                found = self._stative(tok)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in self.consumed:
                found = self._noun(tok)
            else:
                continue
            for match in found:
                key = (
                    match.pattern.code,
                    match.source.code if match.source else "",
                    match.target.code if match.target else "",
                )
                if key in seen:
                    continue
                seen.add(key)
                found_all.append(match)
        found_all = [
            _fire_of_words(
                _war_of_words(
                    _diplomats(
                        _riot(_stopped(_peacekeeping(_labour_strike(_by_instrument(_attempt(m))))))
                    )
                )
            )
            for m in found_all
            if not _unarmed_crossing(m) and not _press_talk(m)
        ]
        # (after the fire a backing names: "backed by Russian air strikes" is the strikes')
        found_all = [_armed_backing(m) for m in self._claimed(self._backing_fire(found_all))]
        joint = _joint_operations(found_all)
        # "French and Egyptian warships launched war games": the drills with no target
        # say no more than the two cooperating (062)
        joined = {m.trigger.i for m in joint}
        found_all = [m for m in found_all if m.target or m.trigger.i not in joined] + joint
        found_all = self._third_parties(found_all)
        matches = self._refused_requests(self._directed(found_all))
        matches += self._refused_despite(matches)
        matches = _protest_purposes(self._alleged(matches))
        matches = _drop_said_again(_drop_empty_governors(_asked_of_captors(matches)))
        matches = _shared_targets(matches)
        matches = _drop_country_told_again(_evacuations(matches))
        for match in _drop_empty_purposes(matches):
            speaker = _reporting_subject(match.trigger)
            reporter = None
            if speaker is not None:
                reporter = next(iter(self.actors.actors(speaker)), None)
            yield replace(match, reporter=reporter) if reporter is not None else match

    def _claimed(self, matches: list[Match]) -> list[Match]:
        """An attack by an attacker of no known side ("a roadside bomb", "a suicide bomber")
        is the group's that the sentence says claimed it ("in an attack later claimed by
        JNIM"); the claimer is then no target of its own attack."""
        out: list[Match] = []
        victims: dict[int, Actor] = {}  # the claiming verb -> the target of what it claims
        for m in matches:
            unknown = m.source is None or m.source.code.startswith("---")
            if m.pattern.code[:2] not in ATTACK_ROOTS or not unknown:
                out.append(m)
                continue
            claimer = _claimer(m.trigger)
            found = self.actors.actors(claimer) or self._inner_actors(claimer) if claimer else []
            if not found:
                out.append(m)
            elif m.target is None or m.target.code != found[0].code:
                out.append(replace(m, source=found[0]))
                if m.target is not None and claimer is not None:
                    verb = claimer.head.head if claimer.head.dep_ == "agent" else claimer.head
                    victims.setdefault(verb.i, (found[0], m.target))
        # "IS claimed responsibility for the bombing that killed 60 people": the claim is
        # aimed at the attack's victims; "in an attack later claimed by JNIM" is a claim too
        claims = {m.trigger.i for m in out if m.pattern.code == CLAIM_CODE}
        out = [
            replace(m, target=victims[m.trigger.i][1])
            if m.pattern.code == CLAIM_CODE and _placeholder(m.target) and m.trigger.i in victims
            else m
            for m in out
        ]
        plain = [p for p in self.lexicon.patterns("claim") if p.code == CLAIM_CODE]
        for i, (claimer_actor, target) in victims.items():
            if i not in claims and plain:
                pattern = min(plain, key=lambda p: (p.specificity, p.origin))
                out.append(Match(pattern, self.actors.doc[i], claimer_actor, target, False))
        return out

    def _backing_fire(self, matches: list[Match]) -> list[Match]:
        """ "Syrian forces, backed by Russian air strikes, pushed into rebel-held Aleppo",
        "Israeli troops raided the camp, backed by drones": backing given by a use of force
        is no political support (05) but an attack of its own, with the code its means
        gives (``data/cameo/instruments.tsv``), by whom the means names (else by the backed
        side) on the target of the act it backs."""
        out: list[Match] = []
        for m in matches:
            means = _backing_means(m.trigger) if m.pattern.code[:2] == SUPPORT_ROOT else None
            backed = _backed_act(m.trigger) if means is not None else None
            attacks = [
                x for x in matches
                if backed is not None and x.trigger.i == backed.i
                and x.pattern.code[:2] in ATTACK_ROOTS and x.target is not None
            ]  # fmt: skip
            if means is None or not attacks:
                out.append(m)
                continue
            _, code = _instrument(means) or ("", "190")
            sources = self._means_actors(means)
            sources = [a for a in sources if not a.code.startswith("---")] or [attacks[0].source]
            origin = f"{m.pattern.origin} backing:{means.lemma_.lower()}"
            pattern = replace(m.pattern, code=code, origin=origin)
            self._note(m.trigger, pattern, f"backing by '{means.text}' is an attack of its own")
            out += [replace(m, pattern=pattern, source=src, target=attacks[0].target)
                    for src in sources[:2]]  # fmt: skip
        return out

    def _third_parties(self, matches: list[Match]) -> list[Match]:
        """ "Saudi Arabia and Iran agreed ... under a deal brokered by China", "talks hosted
        by Mexico": the broker mediates for (045), the host hosts (043), each of the two
        sides of the act the deal or talks belong to."""
        out = list(matches)
        for tok in self.actors.doc:
            code = THIRD_PARTY_VERBS.get(tok.lemma_.lower())
            if code is None or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "advcl"):
                continue  # "talks hosted by Mexico"; "agreed at talks ..., hosted by Cuba"
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            brokers = self.actors.actors(pobj) if pobj is not None else []
            sides = [a for a in self._sides(tok.head, matches) if a.code not in
                     {b.code for b in brokers}]  # fmt: skip
            patterns = [p for p in self.lexicon.patterns(tok.lemma_.lower()) if p.code == code]
            if not brokers or len({a.code for a in sides}) < 2 or not patterns:
                continue
            pattern = min(patterns, key=lambda p: (p.specificity, p.origin))
            pattern = replace(pattern, origin=f"{pattern.origin} third-party:{tok.head.lower_}")
            self._note(tok, pattern, "a broker or host of the two sides' act")
            out = [m for m in out if m.trigger.i != tok.i]
            out += _pairs(pattern, tok, brokers[:1], sides, False)
        return out + self._mediation_by(out)

    def _mediation_by(self, matches: list[Match]) -> list[Match]:
        """ "Hamas released two hostages after mediation by Qatar": the mediator mediates
        (045) for the one whose act it brought about."""
        out: list[Match] = []
        for noun in self.actors.doc:
            if noun.lemma_.lower() not in MEDIATION_NOUNS or noun.dep_ != "pobj":
                continue
            by = _prep_object(noun, "by", None, direct=True)
            brokers = self.actors.actors(by) if by is not None else []
            verb = noun.head.head
            if not brokers or verb.pos_ != "VERB" or any(m.trigger.i == noun.i for m in matches):
                continue
            own = {b.code for b in brokers}
            sides = [a for s in _subject_of(verb) for a in self.actors.actors(s)]
            sides = [a for a in sides if a.code not in own]
            patterns = [p for p in self.lexicon.patterns("mediate") if p.code == "045"]
            if not sides or not patterns:
                continue
            pattern = min(patterns, key=lambda p: (p.specificity, p.origin))
            pattern = replace(pattern, origin=f"{pattern.origin} mediation-by:{verb.lower_}")
            self._note(noun, pattern, "a mediator of the act the clause reports")
            out += _pairs(pattern, noun, brokers[:1], sides, False)
        return out

    def _sides(self, noun: Token, matches: list[Match]) -> list[Actor]:
        """The two sides of the deal or talks ``noun`` names: its between-phrase, else the
        pair coded both ways from the clause it belongs to ("X and Y agreed ... under a
        deal"), else the coordinated subjects of that clause."""
        between = _noun_prep_object(noun, "between")
        if between is not None and len({a.code for a in self.actors.actors(between)}) > 1:
            return self.actors.actors(between)
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        triggers = {noun.i, verb.i}
        pairs = {(_code(m.source), _code(m.target)) for m in matches if m.trigger.i in triggers}
        sides: dict[str, Actor] = {}
        for m in matches:
            if m.trigger.i in triggers and (_code(m.target), _code(m.source)) in pairs:
                sides.setdefault(m.source.code, m.source)
        if len(sides) > 1:
            return list(sides.values())
        return [a for s in _subject_of(verb) for a in self.actors.actors(s)]

    def _directed(self, matches: list[Match]) -> list[Match]:
        """Events asked for ("urged X to help Y") become the asker's appeal or demand to
        the one asked; the plain appeal on the asking word gives way (see directives.py)."""
        plain: list[Match] = []
        asked: list[Match] = []
        for m in matches:
            found = directive(m.trigger)
            if found is None:
                plain.append(m)
                continue
            gov = found.governor
            code = stance_code(found.kind, m.pattern.code) or DIRECTIVE_DEFAULT[found.kind]
            if gov.pos_ == "NOUN":  # "Hamas reiterated its demand that Israel ease ..."
                sources = self._noun_sources(gov) or [
                    a for v in [_governing_verb(gov)] if v is not None
                    for s in _subject_of(v) for a in self.actors.actors(s)
                ]  # fmt: skip
            else:  # "Iran was urged by Britain to release ...": the by-agent asks
                asker = self._subjects(gov, _is_passive(gov))
                sources = [a for s in asker for a in self.actors.actors(s)]
            targets = self.actors.actors(found.addressee) if found.addressee is not None else []
            if _lemma(gov) in COMMAND_VERBS and _subordinates(found.addressee, targets, sources):
                # "Putin ordered his defence chiefs to put ... on alert", "Biden ordered U.S.
                # troops to withdraw": a command to one's own forces is the commander's act
                self._note(
                    gov, m.pattern, f"commands its own forces: '{m.trigger.text}' is its act"
                )
                plain.append(replace(m, source=sources[0]) if sources else m)
                continue
            targets = targets or ([m.target] if m.target is not None else [])
            origin = f"{m.pattern.origin} {found.kind}:{gov.lemma_.lower()}"
            pattern = replace(m.pattern, code=code, origin=origin)
            self._note(gov, pattern, f"asks for '{m.trigger.text}' ({m.pattern.code})")
            if sources or targets:
                asked += _pairs(pattern, gov, sources or [None], targets or [None], False)
        asking = {(m.trigger.i, m.pattern.code[:2]) for m in asked}
        for m in asked:  # "reiterated its demand that ...": the verb's own 'demand' too
            verb = _governing_verb(m.trigger) if m.trigger.pos_ == "NOUN" else None
            if verb is not None:
                asking.add((verb.i, m.pattern.code[:2]))
        plain = [m for m in plain if (m.trigger.i, m.pattern.code[:2]) not in asking]
        seen: set[tuple[int, str, str, str]] = set()
        unique = []
        for m in plain + asked:
            key = (m.trigger.i, m.pattern.code, _code(m.source), _code(m.target))
            if key not in seen:
                seen.add(key)
                unique.append(m)
        return sorted(unique, key=lambda m: m.trigger.i)

    def _refused_requests(self, matches: list[Match]) -> list[Match]:
        """ "Russia rejected a U.S. request to extradite the suspect", "rejected calls to
        resign": a rejection of a request is the refusal of what was asked (``intent.tsv``,
        stance ``refuse``: extradite 063 -> 121, resign 0831 -> 1231), when no more specific
        pattern has coded it already."""
        out = []
        for m in matches:
            asked = _requested_action(m.trigger) if m.pattern.code[:2] == "12" else None
            pattern = self._structural(asked) if asked is not None else None
            code = stance_code("refuse", pattern.code) if pattern is not None else None
            if code is None or len(m.pattern.code) > 3 or m.pattern.xcomp:
                out.append(m)
                continue
            origin = f"{m.pattern.origin} refuses:{pattern.code} {pattern.text}"
            self._note(m.trigger, pattern, f"refused as asked for ({code})")
            out.append(replace(m, pattern=replace(m.pattern, code=code, origin=origin)))
        return out

    def _refused_despite(self, matches: list[Match]) -> list[Match]:
        """ "Iran refused to release the aid worker despite calls from London": the calls are
        London's appeal (02x) for what was refused, to the refuser; pressure or demands are
        a demand (10x). Only refusals 120-125, whose codes mirror the appeals'; one appeal
        per asking noun, for the most specific refusal."""
        best: dict[int, tuple[Match, str, Token]] = {}
        for m in matches:
            nouns = list(_despite_nouns(m.trigger)) if m.source is not None else []
            if not nouns:
                continue  # the usual case: no stance to work out
            refused = apply_stance(m.trigger, m.pattern.code, "asserted")[0]
            if refused[:3] not in REFUSED_ASKS:
                continue
            for noun in nouns:
                if noun.i not in best or len(refused) > len(best[noun.i][1]):
                    best[noun.i] = (m, refused, noun)
        out: list[Match] = []
        for m, refused, noun in best.values():
            askers = [a for a in self._inner_actors(noun) if a.code != m.source.code]
            if not askers:
                continue
            code = ASKING_NOUNS[noun.lemma_.lower()] + REFUSED_ASKS[refused[:3]] + refused[3:]
            origin = f"{m.pattern.origin} despite:{noun.lemma_.lower()}"
            pattern = replace(m.pattern, code=code, origin=origin)
            self._note(noun, pattern, f"asked for what was refused ({refused})")
            out += [Match(pattern, noun, a, m.source, False) for a in askers[:2]]
        return out

    def _alleged(self, matches: list[Match]) -> list[Match]:
        """A hostile act that someone claims or alleges is not reported as done: "The US
        claimed that ISIL had attacked Iraq" is the US accusing ISIL (112), and "The US
        claimed that it had attacked Iraq" the US claiming responsibility (015)."""
        out: list[Match] = []
        keys = {(m.trigger.i, m.pattern.code, _code(m.source), _code(m.target)) for m in matches}
        for m in matches:
            gov = _alleging_verb(m.trigger)
            claimers = [a for s in _subject_of(gov) for a in self.actors.actors(s)] if gov else []
            if gov is None or m.pattern.code[:2] < HOSTILE_ROOT or not claimers:
                out.append(m)
                continue
            for claimer in claimers:
                own = m.source is not None and m.source.code == claimer.code
                code, target = ("015", m.target) if own else ("112", m.source)
                key = (gov.i, code, claimer.code, _code(target))
                if key in keys:
                    continue
                keys.add(key)
                origin = f"{m.pattern.origin} alleged:{gov.lemma_.lower()}"
                pattern = replace(m.pattern, code=code, origin=origin)
                self._note(gov, pattern, f"alleges '{m.trigger.text}' ({m.pattern.code})")
                out.append(Match(pattern, gov, claimer, target, False))
        return sorted(out, key=lambda m: m.trigger.i)

    # -- verbs ------------------------------------------------------------------

    def _verb(self, verb: Token) -> list[Match]:
        denied = self._charge_denied(verb)
        if denied:
            return denied
        patterns = self.lexicon.patterns(_lemma(verb))
        if _lemma(verb) in GROUND_TAKING_VERBS:
            # "captured Mosul", "seized Idlib": a place taken is ground occupied (192) before
            # a person captured (173) or property seized (171) of the same pattern rank
            patterns = sorted(patterns, key=lambda p: not _takes_ground(verb, p))
        for pattern in patterns:
            if _bare(pattern) and _lemma(verb) in CLAUSE_ONLY_VERBS and not _has_clause(verb):
                self._note(verb, pattern, "no clause of what is charged ('charged that ...')")
                continue
            if pattern.code[:2] in VIOLENT_ROOTS and _from_office(verb):
                self._note(verb, pattern, "ousted from power or office: no force")
                continue
            found = self._try_verb(verb, pattern)
            if found:
                self._note(verb, pattern, f"coded {len(found)} event(s)")
                return self._object_event(verb, pattern, found) or self._denied_to_charger(
                    verb, pattern, found
                )
        if verb.lemma_.lower() in RECIPROCAL_VERBS:
            found = self._reciprocal_verb(verb)
            if found:
                return found
        if verb.lemma_.lower() in VICTIM_VERBS:
            return self._victim(verb)
        if verb.lemma_.lower() in WARNING_VERBS:
            found = self._warned_that(verb)
            if found:
                return found
        if directive(verb) is not None:
            # "said Libya must hand over the bombers": what is asked for needs no actors of
            # its own; the directive supplies the asker and the one asked
            pattern = self._structural(verb)
            if pattern is not None:
                self._note(verb, pattern, "asked for: coded through the directive above")
                return [Match(pattern, verb, None, None, False)]
        return []

    def _object_event(self, verb: Token, pattern: Pattern, found: list[Match]) -> list[Match]:
        """ "Ankara launched a military offensive into Afrin": a verb pattern of force naming
        no target ("launch military offensive") yields to its object noun's own pattern of the
        same root that does ("n:offensive into $T"), whose source is the verb's subject."""
        if pattern.has_target or not pattern.object_lemma or any(m.target for m in found):
            return []
        if pattern.code[:2] not in VIOLENT_ROOTS:
            return []  # "completed their withdrawal from Gorazde": a place left is no target
        obj = next(
            (
                c
                for c in verb.children
                if c.dep_ in OBJECT_DEPS and c.lemma_.lower() == pattern.object_lemma
            ),
            None,
        )
        if obj is None:
            return []
        nominal = [m for m in self._noun(obj) if m.target is not None]
        if not nominal or any(m.pattern.code[:2] != pattern.code[:2] for m in nominal):
            return []
        self._note(verb, pattern, "gave way to its object's pattern, which names a target")
        return nominal

    def _charge_denied(self, verb: Token) -> list[Match]:
        """ "Israel accused Iran of attacking the ship, a charge Tehran denied": a verb of
        denial in a relative clause on a charge, with no object of its own, denies that
        charge (016) to the one who made it."""
        charge = verb.head
        if verb.dep_ != "relcl" or charge.i > verb.i or _lemma(charge) not in CHARGE_NOUNS:
            return []
        if any(c.dep_ in OBJECT_DEPS and c.tag_ != "WDT" for c in verb.children):
            return []  # "the charge that Iran attacked the ship" (not "a charge that X denied")
        patterns = [
            p
            for p in self.lexicon.patterns(_lemma(verb))
            if p.code == DENIAL_CODE and p.object_lemma == _lemma(charge) and not p.has_target
        ]
        sources = [a for s in _subject_of(verb) for a in self.actors.actors(s)]
        if not patterns or not sources:
            return []
        targets = self._charger(charge, sources)
        self._note(verb, patterns[0], "coded: the denial of the charge it is said of")
        return [
            Match(patterns[0], verb, a, targets[0] if targets else None, False) for a in sources
        ]

    def _denied_to_charger(self, verb: Token, pattern: Pattern, found: list[Match]) -> list[Match]:
        """ "Israel accused Iran of attacking the ship, but Tehran denied the allegation": a
        denied charge with no maker named is the one's who made the charge before."""
        if pattern.code != DENIAL_CODE or all(m.target is not None for m in found):
            return found
        charge = next(
            (c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in CHARGE_NOUNS), None
        )
        if charge is None or verb.dep_ != "conj" or _lemma(verb.head) not in CHARGING_VERBS:
            return found
        sources = [m.source for m in found if m.source is not None]
        chargers = [a for s in _subject_of(verb.head) for a in self.actors.actors(s)]
        chargers = [a for a in chargers if a.code not in {s.code for s in sources}]
        if not chargers:
            return found
        return [replace(m, target=chargers[0]) if m.target is None else m for m in found]

    def _charger(self, charge: Token, denied_by: list[Actor]) -> list[Actor]:
        """Who made a charge: its possessor or by-phrase ("Kiev's claims", "charges by Ivory
        Coast"), else the subject of the charging verb it sums up ("Israel accused Iran ...,
        a charge Tehran denied")."""
        named = self._named_agents(charge)
        if named:
            return named
        verb = charge.head
        if charge.dep_ == "appos" and verb.dep_ == "nsubj":
            verb = verb.head  # "Israel said Iran attacked the ship, a claim Tehran denied"
        elif charge.dep_ not in ("npadvmod", "appos", "dobj"):
            return []
        if _lemma(verb) not in CHARGING_VERBS:
            return []
        own = {a.code for a in denied_by}
        return [a for s in _subject_of(verb) for a in self.actors.actors(s) if a.code not in own]

    def _warned_that(self, verb: Token) -> list[Match]:
        """ "Cairo's security chief warned that police will no longer tolerate rallies by
        the Kifaya group": a warning that the speaker's own side will act is a threat (13)
        to whom that act is aimed at; a warning of what others or events will do is not."""
        if any(c.dep_ in OBJECT_DEPS for c in verb.children):
            return []  # "warned Iran that ...": the pattern's own target
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or not any(
            c.dep_ == "aux" and c.lower_ in (*FUTURE_AUX, "would") for c in clause.children
        ):
            return []
        sources = [a for s in _subject_of(verb) for a in self.actors.actors(s)]
        actors = [a for s in _subject_of(clause) for a in self.actors.actors(s)]
        if not sources or not actors or any(a.country != sources[0].country for a in actors):
            return []  # "warned that famine will hit Somalia": not the speaker's own act
        own = {a.code for a in sources + actors}
        aimed = [
            a
            for t in clause.subtree
            if t.i > clause.i and t.dep_ in ("dobj", "pobj")
            for a in self.actors.actors(t)
            if a.code not in own
        ]
        pattern = next(
            (
                p
                for p in self.lexicon.patterns(_lemma(verb))
                if p.has_target and not (p.particles or p.object_lemma or p.target_prep)
            ),
            None,
        )
        if not aimed or pattern is None:
            return []
        self._note(verb, pattern, "coded: a warning that the speaker's own side will act")
        return [Match(pattern, verb, sources[0], aimed[0], False)]

    def _structural(self, verb: Token) -> Pattern | None:
        """The most specific pattern whose words the verb's phrase has, actors aside."""
        for pattern in self.lexicon.patterns(verb.lemma_):
            if pattern.xcomp or pattern.source_prep:
                continue
            if not all(_has_particle(verb, verb, p) for p in pattern.particles):
                continue
            obj = None
            if pattern.object_lemma:
                obj = _find_object(
                    verb, pattern.object_lemma, pattern.object_mods, pattern.object_of
                )
                if obj is None:
                    continue
            if pattern.has_target and self._target_slot(verb, pattern, obj, False) is None:
                continue
            return pattern
        return None

    def _reciprocal_verb(self, verb: Token) -> list[Match]:
        """ "The US, Russia and Switzerland met": no target, two or more coordinated
        subjects; the plainest target pattern of the verb ("meet $T"), both ways."""
        if verb.dep_ == "acl" and _lemma(verb) in COMBAT_VERBS:
            return []  # "US and Kurdish forces fighting in Syria" fight side by side
        topic = verb.lemma_.lower() in TOPIC_VERBS  # "Putin and Xi discussed trade"
        if _is_passive(verb) or (not topic and any(c.dep_ in OBJECT_DEPS for c in verb.children)):
            return []
        plain = [
            p
            for p in self.lexicon.patterns(verb.lemma_)
            if p.has_target
            and p.target_prep in (None, "with")
            and not (p.object_lemma or p.particles or p.xcomp or p.source_prep)
        ]
        if not plain:
            return []
        pattern = min(plain, key=lambda p: (p.specificity, p.origin))
        between = _prep_object(verb, "between", None, direct=True) if _gerund(verb) else None
        if between is not None:  # "fighting between Armenian and Azerbaijani forces"
            sources = self.actors.actors(between)
        else:
            sources = [a for s in _subject_of(verb) for a in self.actors.actors(s)]
        if len({a.code for a in sources}) < 2:
            return []
        self._note(verb, pattern, "coordinated subjects, no target: reciprocal")
        return _reciprocal(pattern, verb, sources)

    def _stative(self, tok: Token) -> list[Match]:
        """ "Russia is opposed to", "Iran was pessimistic about": ``be:`` patterns on a
        predicate adjective or a passive participle without an agent."""
        patterns = self.lexicon.patterns(STATIVE + tok.lower_) or self.lexicon.patterns(
            STATIVE + tok.lemma_
        )
        for pattern in patterns:
            found = self._try_verb(tok, pattern, stative=True)
            if found:
                self._note(tok, pattern, f"coded {len(found)} event(s)")
                return found
        return []

    def _try_verb(self, verb: Token, pattern: Pattern, *, stative: bool = False) -> list[Match]:
        missing = _missing_word(pattern, self.words)
        if missing is not None:
            self._note(verb, pattern, f"no '{missing}' in the sentence")
            return []
        if _as_clause(verb):
            self._note(verb, pattern, "an as-clause without a subject ('as agreed'): no new act")
            return []
        if _counted_description(verb):
            self._note(verb, pattern, "a participle describing what is counted: no event")
            return []
        if _describes_fighters(verb, pattern):
            self._note(verb, pattern, "a participle describing fighters, with no enemy named")
            return []
        head = verb
        object_host = verb
        if pattern.xcomp:
            head = next((c for c in verb.children if _is_complement(c, pattern.xcomp)), None)
            if head is None and pattern.told:  # "allowed the opposition to hold": a clause
                head = next((c for c in verb.children if _told_clause(c, pattern.xcomp)), None)
            if head is None and pattern.object_lemma:
                # "rejected calls to resign": the complement of the pattern's object
                asked = _pattern_object(verb, pattern)
                head = next(
                    (
                        c
                        for c in (asked.children if asked else ())
                        if _is_complement(c, pattern.xcomp)
                    ),
                    None,
                )
            else:
                object_host = head
            if head is None:
                self._note(verb, pattern, f"no complement verb '{pattern.xcomp}'")
                return []
        if not all(_has_particle(verb, head, p) for p in pattern.particles):
            self._note(verb, pattern, f"particle(s) {pattern.particles} missing")
            return []
        if pattern.object_lemma and not pattern.particles and _phrasal(head):
            # "setting off huge fires" is no "set fire": the particle makes another verb
            self._note(verb, pattern, "the verb has a particle the pattern does not name")
            return []
        obj = None
        if pattern.object_lemma:
            obj = _pattern_object(object_host, pattern)
            if obj is None:
                self._note(verb, pattern, f"no object '{pattern.object_lemma}'")
                return []
        if pattern.code == PERSONS_RELEASED and not pattern.object_lemma and _published(head):
            # "The UN released a report on Syria", "Hamas released a video of the hostage"
            self._note(verb, pattern, "what is released is a publication, not a person")
            return []
        if not pattern.object_lemma and _abstract_foe(head, pattern):
            # "vowed to fight corruption", "is fighting poverty in Africa", "killed off any
            # political challenge to Assad": no one is fought
            self._note(verb, pattern, "the object is an ill or a practice, not a foe")
            return []
        if _anonymity(head):
            # "an activist, who refused to be named": a source's anonymity, no refusal
            self._note(verb, pattern, "declining to be named is no refusal")
            return []
        if not pattern.object_lemma and _thing_not_party(head):
            # "May has called an emergency cabinet meeting", "Poland would meet its financial
            # obligations to the United States", "had gone to considerable trouble": no one
            # is telephoned, met or visited
            self._note(verb, pattern, "the object is a thing met, convened or gone to, not a party")
            return []
        if not pattern.object_lemma and _object_complement(head):
            # "called Israel a terrorist state" is no call to Israel
            self._note(verb, pattern, "the object has a complement ('called X a Y')")
            return []
        if not pattern.object_lemma and _lemma(head) in NAMING_VERBS and _named(head):
            # "This is called carrying out an operation against Turkey", "could be called
            # into question": the subject is named or doubted, no one is called
            self._note(verb, pattern, "a naming or a doubt, not a call")
            return []
        passive = _is_passive(verb) and not stative
        if passive and _lemma(verb) in RECEIVED_VERBS and _received_with(verb):
            # "violations would be met with a severe response": what the subject received
            self._note(verb, pattern, "a passive 'met with' is a reception, not a meeting")
            return []
        if stative:  # the one described is the subject, also of a passive participle
            described = [c for c in verb.children if c.dep_ == "nsubjpass"]
            subjects = _without_fronted_description(described) or _subject_of(verb)
        else:
            subjects = self._subjects(verb, passive)
        slot = None
        if pattern.source_prep:
            source_tok = _prep_object(head, pattern.source_prep, obj)
            if source_tok is None:
                self._note(verb, pattern, f"no object of '{pattern.source_prep}' for the source")
                return []
            sources = self.actors.actors(source_tok)
            targets = [a for s in subjects for a in self.actors.actors(s)]
            if pattern.code == OCCUPY_CODE and not pattern.object_lemma:
                lost = self._ground_lost(head, subjects)
                if lost is None:
                    # "lost the election to Trump", "lost market share to Japan", "the task
                    # fell to the UN": only a place lost to a rival is ground it took
                    self._note(verb, pattern, "what is lost is no place")
                    return []
                if lost in subjects and not targets:
                    targets = self._city(lost, pattern.code)  # "Mosul fell to Isis": Iraq's
                if _rivals_at_home(sources, targets):
                    # "Clinton lost Michigan to Trump": a seat or a state lost at the polls
                    self._note(verb, pattern, "a place lost at home with no force: a vote")
                    return []
        else:
            sources = [
                a for s in subjects if not self._patient_only(s) for a in self.actors.actors(s)
            ]
            sources = sources or self._absolute_with(verb) or self._commissioner(verb)
            sources = sources or self._attempted(verb, pattern, passive)
            sources = sources or self._custodian(verb, pattern, passive)
            if not sources and pattern.code[:2] == PROTEST_ROOT and not passive:
                # "thousands of protesters took to the streets of Khartoum": people of no
                # named country, whose country the event's place gives (the pipeline)
                sources = [a for s in subjects[:1] for a in self._unnamed_victims(_counted(s) or s)]
            # only force names its user: "a bomb blasted the station" is no criticism,
            # "rockets landed in Israel" no visit
            forceful = pattern.code[:2] in FORCE_ROOTS
            if forceful and _accident(verb, subjects, passive):
                # "soldiers were killed in a plane crash": nobody's act
                self._note(verb, pattern, "an accident or a disaster, not an actor's act")
                return []
            slot = self._target_slot(head, pattern, obj, passive)
            if pattern.has_target and slot is None:
                # The pattern names a slot the sentence lacks ("meet with" without "with"):
                # let a less specific pattern try.
                self._note(verb, pattern, "no target slot in the parse")
                return []
            if _takes_ground(verb, pattern) and not self._place_lost(slot):
                # "took over the company", "took over the presidency": only a place taken
                # over is ground occupied
                self._note(verb, pattern, "what is taken over is no place")
                return []
            if _takes_ground(verb, pattern) and passive and not sources:
                # "a week after the group's capital was liberated": whose the place was is no
                # target of a taker the sentence does not name
                self._note(verb, pattern, "a place taken by no one named")
                return []
            means = None if sources or not forceful else _means(verb, subjects, passive)
            if means is not None:  # "killed in an Israeli air strike", "a roadside bomb killed"
                if slot is not None and slot.pos_ == "PRON":
                    # a pronoun target is read before the place the means came from, which
                    # follows it: "a bomb was fired at it from the Gaza Strip"
                    self.actors.actors(slot)
                sources = self._means_actors(means)
            # a gerund in the slot is an act, not an actor ("warned NATO against deploying")
            named = slot is not None and slot.pos_ not in ("VERB", "AUX")
            targets = self.actors.actors(slot) if named else []
            if targets and not passive and _object_is_subject(verb, slot, subjects):
                # "demanded that the mission leave, accusing it of ...": a pronoun object
                # is never its own clause's subject, so the participle is the clause above's
                subjects = _subject_of(verb.head.head)
                sources = [a for s in subjects for a in self.actors.actors(s)]
            own = _lemma(verb) in COMMAND_VERBS and _subordinates(slot, targets, sources)
            if pattern.told and own:
                # "ordered U.S. troops to withdraw": no expulsion; the withdrawal is coded
                self._note(verb, pattern, "the one told is the source's own forces")
                return []
            targets = targets or self._city(slot, pattern.code)  # "rockets struck Kharkiv"
            targets = targets or self._slot_inner(slot, pattern.code)
            if not targets and sources and pattern.code[:2] in ATTACK_ROOTS:
                # "four children were killed in"; "a suicide bombing killed 60 people in
                # Kabul": an unidentified attacker and civilians, both of the event's place
                # (the pipeline drops the event when it has none)
                targets = self._unnamed_victims(slot)
            if targets and pattern.code.startswith((*POSTURE_ROOTS, INVESTIGATE_ROOT)):
                # "drills near Kaliningrad", "an investigation into crimes in Marseille"
                targets = _not_own_ground(targets, sources)
            if not targets and slot is None and len(sources) > 1 and _symmetric(verb, obj):
                # "X and Y held talks in Paris": each other, not the place; a with-phrase
                # still names a third party ("X and Y signed a pact with Z")
                with_tok = _prep_object(head, "with", obj)
                targets = self.actors.actors(with_tok) if with_tok is not None else []
            elif not targets and passive and slot is not None and slot == _shared_subject(head):
                # "the operation was coordinated with Japan and was funded by the Fed": what
                # the first verb is done to is the target or none; no phrase of that verb is
                targets = []
            elif (
                not targets
                and passive
                and not sources
                and not forceful
                and _done_to_no_one(verb, self.actors.actors)
            ):
                # "the annual shareholder meeting will be held in London", "a detente would be
                # well received in Tel Aviv": with no one acting on an actor, the place or
                # phrase of the clause is no party to it
                targets = []
            elif not targets:
                if pattern.code[:2] == PROTEST_ROOT:
                    targets = self._campaigned_on(head, sources)
                targets = targets or self._fallback_targets(
                    head, slot, obj, sources, where_only=not forceful
                )
                if targets and (pattern.code[:2] == ASSAULT_ROOT or pattern.code in AID_TO_PEOPLE):
                    targets = self._town_of_people(head, obj, targets, pattern.code)
                if not targets and pattern.code[:2] == PROTEST_ROOT:
                    targets = self._protested(head, sources)
                if not targets and forceful:
                    # "captured the provincial capital of Kunduz", "overran the city": the
                    # pattern's own place noun names the town
                    targets = self._city(obj, pattern.code)
                if not targets and head != verb:
                    # "ordered the newspaper La Prensa to suspend publication": the one told
                    told = [c for c in verb.children if c.dep_ == "dobj"]
                    own = {a.code for a in sources}
                    targets = [a for t in told for a in self.actors.actors(t) if a.code not in own]
                if not targets and obj is not None and pattern.code.startswith(POSTURE_ROOTS):
                    targets = self._aimed_at(obj, sources)
                if not targets and not pattern.has_target:
                    # sympathy may be with one's own country ("Obama expressed sorrow for
                    # the shootings in South Carolina"), the rest is done abroad
                    home = [] if pattern.code == SYMPATHY else sources
                    targets = self._place_within(head, obj, home)
                if not targets and not pattern.has_target:
                    targets = self._party_within(head, obj, sources)
                if pattern.code.startswith(POSTURE_ROOTS):
                    # "authorities will deploy police", "Russia massed troops": one's own
                    # forces are what is deployed, not a target
                    own = {a.country for a in sources}
                    targets = [a for a in targets if not (a.country in own and a.sector in FORCES)]
                    # "war games in the Mediterranean": a sea or region is where, not whom
                    targets = [a for a in targets if not _region(a)]
        friendly = pattern.code[:2] in FRIENDLY_ROOTS and not pattern.object_lemma
        if targets and friendly and self._hostile_act(slot or obj):
            # "backed Assad's overthrow", "praised the arrest of the general", "backed
            # sanctions against Russia": the one the act is done to is no partner of the support
            # (a pattern naming its object, "cut tariffs on $T", has said what it means)
            self._note(verb, pattern, "the object is a hostile act: its victim is no partner")
            return []
        if pattern.has_target and not targets:
            self._note(verb, pattern, "the target is not a known actor")
            return []
        if sources and all(a.code == UNNAMED_VICTIMS for a in sources) and not pattern.has_target:
            targets = []  # "protesters took to the streets of Khartoum": only the place
        if not sources and not (passive and not subjects):
            self._note(verb, pattern, "the source is not a known actor")
            return []
        if not sources and _reduced_passive(verb):
            # "a Hamas member jailed a year ago": a description, not a report of the event
            self._note(verb, pattern, "a participle describing a noun, with no known agent")
            return []
        if not sources and not targets:
            self._note(verb, pattern, "neither source nor target is a known actor")
            return []
        if not targets and all(a.code == UNIDENTIFIED for a in sources):
            self._note(verb, pattern, "an unidentified attacker and no known target")
            return []
        if obj is not None:
            self.consumed.add(obj.i)
        if head != verb and not (pattern.told and _lemma(verb) in OBJECT_CONTROL_VERBS):
            # "refused to meet": the complement is this event; but "forced Russian troops to
            # retreat" is also the troops' retreat
            self.consumed.add(head.i)
        joint_appeal = pattern.code[:2] in JOINT_APPEAL_ROOTS  # "the two leaders called for a
        # ceasefire in Gaza": what a pair asks or demands together, it asks of others
        if not targets and len(sources) > 1 and _symmetric(verb, obj) and not joint_appeal:
            return _reciprocal(pattern, verb, sources)  # "X and Y met": each other
        pairs = _pairs(pattern, verb, sources or [None], targets or [None], passive)
        means = _means(verb, subjects, passive)
        return [replace(m, means=means) for m in pairs] if means is not None else pairs

    def _victim(self, verb: Token) -> list[Match]:
        """ "Three policemen died in a suicide attack by the Taliban": the subject is the
        target of the attack the verb names, whose user is the source."""
        means = _means(verb, [], True)
        custodians = [] if means is not None else self._custody_holder(verb)
        if custodians:
            # "A prisoner died as a result of torture while in Israeli police custody":
            # killed by physical assault (1823) by the one who held him
            means = next((m for m in _means_adjuncts(verb) if _lemma(m) in HARM_IN_CUSTODY), None)
        if means is None:
            return []
        found = _instrument(means) or (("", KILLED_IN_CUSTODY) if custodians else None)
        phrase = (found[0] if found else "") or means.lemma_.lower()
        pattern = Pattern(
            code=found[1] if found else "190",
            trigger=verb.lemma_.lower(),
            nominal=False,
            particles=(),
            object_lemma=None,
            object_mods=(),
            trigger_mods=(),
            target_prep=None,
            has_target=True,
            source_prep=None,
            xcomp=None,
            text=f"{verb.lemma_.lower()} in {phrase}",
            origin="coder:victim",
        )
        sources = custodians or self._means_actors(means)
        subjects = _subject_of(verb)
        targets = [a for s in subjects for a in self.actors.actors(s)]
        targets = targets or [a for s in subjects[:1] for a in self._unnamed_victims(s)]
        if not (sources and targets):
            self._note(verb, pattern, "the attacker or the victim is not a known actor")
            return []
        self._note(verb, pattern, "coded: the subject is the victim")
        self.consumed.add(means.i)
        pairs = _pairs(pattern, verb, sources, targets, False)
        return [replace(m, means=means) for m in pairs]

    def _unnamed_victims(self, slot: Token | None) -> list[Actor]:
        """Civilians an attack names without their country ("four children were killed in
        Israeli shelling in Gaza", "the strike killed eight people"): an actor whose country
        the event's place gives (the pipeline fills it in)."""
        mention = self.actors.mentions.get(slot.i) if slot is not None else None
        if mention is None or slot.pos_ != "NOUN":
            return []
        if not all(e.kind == "role" and e.sector == CIVILIANS for e in mention.entries):
            return []
        rule = "civilians of no named country: the event's place gives the country"
        return [self._span_actor(mention.span, UNNAMED_VICTIMS, rule, sector=CIVILIANS)]

    def _means_actors(self, means: Token) -> list[Actor]:
        """Who used the means: the actor the phrase names ("an Israeli air strike", "a
        Taliban ambush", "an attack by rebels"); else, for a weapon or bombing that names
        no one, an unidentified armed force, whose country the event's place gives (the
        CAMEO codebook, 1833: "the particular locations of such attacks are typically
        coded as source actors")."""
        found = self._named_agents(means)  # its own words, not its place ("in Helmand")
        counter = means.head.head if means.dep_ == "pobj" and means.head.lower_ == "of" else None
        if not found and counter is not None and _counted(counter) == means:
            found = self._named_agents(counter)  # "a series of airstrikes by Russian jets"
        if not found:  # "a missile believed to be fired by pro-Russia rebels"
            agents = [
                t
                for t in means.subtree
                if t.dep_ == "agent" and t.i > means.i and _lemma(t.head) not in SUPPLIER_VERBS
            ]
            pobjs = [c for a in agents[:1] for c in a.children if c.dep_ == "pobj"]
            found = [a for p in pobjs for a in self.actors.actors(p)]
        if found or not _identifies_means(means):
            return found
        span = means.doc[means.left_edge.i : means.i + 1]
        launched = self._launch_country(means)
        if launched is not None:  # "rockets fired from Lebanon", "a missile from Syria"
            rule = "unidentified attacker: the country the means was launched from"
            return [self._span_actor(span, launched + "UAF", rule, country=launched, sector="UAF")]
        rule = (
            "unidentified attacker: the means names no actor; the event's place gives the country"
        )
        return [self._span_actor(span, UNIDENTIFIED, rule, sector="UAF")]

    def _span_actor(
        self,
        span: Span,
        code: str,
        rule: str,
        *,
        country: str | None = None,
        sector: str | None = None,
    ) -> Actor:
        """An actor the coder makes up for a span of the sentence (no knowledge-base entry)."""
        return Actor(
            text=span.text,
            code=code,
            country=country,
            sector=sector,
            start=self.actors.offset + span.start_char,
            end=self.actors.offset + span.end_char,
            rule=rule,
        )

    def _launch_country(self, means: Token) -> str | None:
        """The country a weapon came from: "a missile from Syria", "rockets fired from
        Lebanon" (the codebook, 1833: the location of such attacks is their source)."""
        hosts = [means, *(c for c in means.children if c.dep_ == "acl")]
        if means.dep_ == "nsubjpass":
            hosts.append(means.head)  # "rockets were fired at Israel from Gaza"
        for host in hosts:
            origin = _prep_object(host, "from", None, direct=True)
            found = self.actors.actors(origin) if origin is not None else []
            countries = {a.country for a in found if a.country and a.code == a.country}
            if len(countries) == 1:
                return countries.pop()
        return None

    def _absolute_with(self, verb: Token) -> list[Actor]:
        """The one acting in an absolute with-clause that names no one: "Turkey launched an
        offensive, with warplanes striking the town" (the warplanes are Turkey's, taking
        its country and their own sector)."""
        noun = verb.head
        if verb.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
            return []
        clause = noun.head.head
        if clause.pos_ != "VERB":
            return []
        role = self.actors.mentions.get(noun.i)
        sector = next((e.sector for e in role.entries if e.kind == "role"), None) if role else None
        found = []
        for a in (a for s in _subject_of(clause) for a in self.actors.actors(s)):
            if sector and a.country and a.code == a.country:
                rule = f"an absolute with-clause: the {noun.lower_} of {a.text}"
                span = noun.doc[noun.left_edge.i : noun.i + 1]
                a = self._span_actor(span, a.country + sector, rule, country=a.country,
                                     sector=sector)  # fmt: skip
            found.append(a)
        return found

    def _protested(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a protest act is aimed at when the protest it happens in names it: "youths
        threw stones during demonstrations against violations by the Israeli military"."""
        own = {a.code for a in sources}
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in PROTEST_FRAME_PREPS:
                continue
            for frame in (c for c in prep.children if c.dep_ == "pobj"):
                if frame.lemma_.lower() not in GATHERING_NOUNS | {"protest"}:
                    continue
                aimed = _prep_object(frame, "against", None, direct=True)
                if aimed is None:
                    continue
                found = self.actors.actors(aimed) or self._inner_actors(aimed)
                found = [a for a in found if a.code not in own]
                if found:
                    return found
        return []

    def _campaigned_on(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a protest is aimed at when it is done in a campaign to sway them: "began
        collecting signatures in part of a drive to convince the Lithuanian Parliament to
        amend the constitution", "rallied in a bid to persuade parliament": the object of
        the campaign's purpose infinitive."""
        own = {a.code for a in sources}
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "as")):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if noun.lemma_.lower() == "part":  # "as part of a campaign", "in part of"
                    noun = _prep_object(noun, "of", None, direct=True) or noun
                if noun.lemma_.lower() not in CAMPAIGN_NOUNS:
                    continue
                for aim in (c for c in noun.children if _purpose(c)):
                    for swayed in (c for c in aim.children if c.dep_ == "dobj"):
                        found = [a for a in self.actors.actors(swayed) if a.code not in own]
                        if found:
                            return found
        return []

    def _commissioner(self, verb: Token) -> list[Actor]:
        """The one who sets up or sends a body to act: "the Council set up a fact-finding
        mission to investigate abuses", "sent a team to monitor the ceasefire" (the body
        names no actor of its own; it acts for its sender)."""
        body = verb.head
        if verb.dep_ not in ("acl", "relcl") or not to_infinitive(verb) or body.dep_ != "dobj":
            return []
        if body.lemma_.lower() not in AGENT_BODIES or self.actors.actors(body):
            return []
        sender = body.head
        if sender.pos_ != "VERB":
            return []
        return [a for s in _subject_of(sender) for a in self.actors.actors(s)]

    def _subjects(self, verb: Token, passive: bool) -> list[Token]:
        if passive:
            agents = [c for c in verb.children if c.dep_ == "agent"]
            if not agents:  # "were kidnapped and killed by the PKK", "fighters trained and
                # armed by the US": the agent of both
                agents = [
                    c
                    for conj in verb.children
                    if conj.dep_ == "conj" and (_elided_passive(conj) or _reduced_passive(conj))
                    for c in conj.children
                    if c.dep_ == "agent"
                ]
            if not agents and _lemma(verb) in CONVEYING_VERBS:
                # "2,000 US troops are stationed in Syria": forces of a state, moved with no
                # mover named, were moved by their own state
                return [c for c in verb.children if c.dep_ == "nsubjpass" and self._forces(c)]
            return [p for a in agents for p in a.children if p.dep_ == "pobj"]
        return _subject_of(verb)

    def _forces(self, tok: Token) -> bool:
        """Whether ``tok`` stands for forces of a known state (US troops, Russian soldiers)."""
        found = self.actors.actors(tok)
        return bool(found) and all(
            a.sector in CONVEYED_SECTORS and a.country is not None for a in found
        )

    def _target_slot(
        self, head: Token, pattern: Pattern, obj: Token | None, passive: bool
    ) -> Token | None:
        """The token the pattern's $T points at (None when the pattern has no $T)."""
        if not pattern.has_target:
            return None
        if pattern.told:  # "ordered the ambassador to leave", "allowed the candidate to run"
            told = [c for c in head.head.children if c.dep_ == "dobj"]
            return next(iter(told + [c for c in head.children if c.dep_ == "nsubj"]), None)
        if pattern.target_prep:
            found = _prep_object(head, pattern.target_prep, obj)
            if found is not None and _is_date(found):
                found = None  # "called Netanyahu on Friday" is no call on Friday
            if found is None and head.dep_ == "xcomp":  # "called on Iraq to lift"
                found = _prep_object(head.head, pattern.target_prep, None)
            if found is None and pattern.target_prep == "to":  # "gave Tanzania a grant"
                found = _dative(head)
            if found is None and _particle_without_object(head, pattern.target_prep):
                # "hand over $T" read as a particle verb: "handed over the suspects"
                found = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
            return found
        if passive:
            noun = _participle_noun(head)
            if noun is not None:
                return noun
            found = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            found = found if found is not None else _shared_subject(head)
            if found is None and head.dep_ == "conj" and _has_auxpass(head):
                # "landed in Asmara and was greeted by President Afwerki": the one greeted
                # is the subject the coordinated verb shares
                found = next(iter(_subject_of(head.head)), None)
            return found
        found = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
        return found if found is not None else _shared_object(head)

    def _aimed_at(self, obj: Token, sources: list[Actor]) -> list[Actor]:
        """ "trained hackers capable of launching cyber warfare against the United States",
        "deployed missiles aimed at Taiwan": forces shown or readied are aimed at whom the
        words describing them name in an against- or at-phrase."""
        own = {a.code for a in sources}
        for tok in obj.subtree:
            if tok.dep_ != "pobj" or tok.head.lower_ not in AIM_PREPS or tok.head.head == obj:
                continue
            found = [a for a in self.actors.actors(tok) if a.code not in own]
            if found:
                return found
        return []

    def _fallback_targets(
        self,
        head: Token,
        slot: Token | None,
        obj: Token | None,
        sources: list[Actor],
        *,
        where_only: bool = False,
    ) -> list[Actor]:
        """A target named inside the object ("rejected a U.S. request", "allegations by
        Rwanda") or as the subject of a complement clause ("demanded that Hamas renounce")."""
        source_codes = {a.code for a in sources}
        candidates = [t for t in (slot, obj) if t is not None]
        if slot is not None and slot.pos_ in ("VERB", "AUX"):
            candidates = []  # "warned NATO against deploying troops": the one warned first
        candidates += [
            c
            for c in head.children
            if c.dep_ in ("dobj", "nsubjpass") and not _fronted_description(c)
        ]
        candidates += [t for t in (slot, obj) if t is not None and t not in candidates]
        candidates += _as_apposed(head)  # "denounced as a crime Serbia's suppression"
        for tok in candidates:
            if _own(tok):
                continue  # "strengthened its forces": the source's own, not a target
            if self._conveyed(head, tok, sources):
                continue  # "deployed peacekeepers in Iraq": the peacekeepers go to Iraq
            # the object itself ("expelled two Russian diplomats"), then what modifies it;
            # an event noun is no actor through a role word before it ("launched a military
            # offensive" targets no military)
            found = [a for a in self.actors.actors(tok) if a.code not in source_codes]
            found = [] if self._event_object(tok, obj) else found
            if not found:
                found = [a for a in self._inner_actors(tok) if a.code not in source_codes]
                if found and self._owners_word(tok, found, sources):
                    found = []  # "ending all US military operations in Syria": the US's own
            if found:
                return found
        own_countries = {a.country for a in sources if a.country}
        for comp in (c for c in head.children if c.dep_ in ("ccomp", "xcomp")):
            for subj in (c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")):
                found = [a for a in self.actors.actors(subj) if a.code not in source_codes]
                # "Macron was discussing with allies whether a French presence could act":
                # the source's own country, bare, is not whom it discusses with
                found = [a for a in found if a.sector or a.country not in own_countries]
                if found and subj.pos_ != "PRON":
                    return found
        found = self._phrase_targets(head, obj, source_codes, depth=0, where_only=where_only)
        return found or self._condition_targets(head, source_codes)

    def _place_within(self, head: Token, obj: Token | None, sources: list[Actor]) -> list[Actor]:
        """A country or town named deep inside the object, when nothing else names a target:
        "attended a summit on the unrest in Iran", "agreed to an extension of the mandate
        for the force in Lebanon". Not one of the source's own country."""
        own = {a.country for a in sources}
        hosts = [obj] if obj is not None else [c for c in head.children if c.dep_ == "dobj"]
        for host in hosts:
            for tok in host.subtree:
                if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into") or tok.i == host.i:
                    continue
                if tok.head.head.lemma_.lower() in VENUE_NOUNS or _party_met(tok.head.head):
                    continue  # "attended the peace talks in Geneva": only where they met
                found = [a for a in self.actors.actors(tok) if not a.sector]
                found = found or self._city(tok)
                found = [a for a in found if a.country and a.country not in own]
                if found:
                    return found
        return []

    def _party_within(self, head: Token, obj: Token | None, sources: list[Actor]) -> list[Actor]:
        """The other party of a dispute or of ties named deep inside the object, when nothing
        else names a target: "accepted a formula for ending its fisheries dispute with its
        common market partners", "backed a plan to restore ties with Iran"."""
        own = {a.code for a in sources}
        hosts = [obj] if obj is not None else [c for c in head.children if c.dep_ == "dobj"]
        for host in hosts:
            for tok in host.subtree:
                if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.i == host.i:
                    continue
                if tok.head.head.lemma_.lower() not in PARTY_NOUNS:
                    continue
                found = [a for a in self.actors.actors(tok) if a.code not in own]
                if found:
                    return found
        return []

    def _conveyed(self, head: Token, tok: Token, sources: list[Actor]) -> bool:
        """Whether ``tok`` is the forces a conveying verb moves: its object, standing for
        troops or peacekeepers of no country, of the UN, or of the source's own."""
        if not sources or _lemma(head) not in CONVEYING_VERBS:
            return False  # "peacekeepers were shipped out": with no mover, the moved stay
        if tok.dep_ not in ("dobj", "nsubjpass"):
            return False
        if tok.head.i != head.i:
            return False
        own = {a.country for a in sources}
        found = self.actors.actors(tok)
        return bool(found) and all(
            a.code == PEACEKEEPERS
            or (a.sector in CONVEYED_SECTORS and (a.country is None or a.country in own))
            for a in found
        )

    def _event_object(self, tok: Token, obj: Token | None) -> bool:
        """Whether ``tok`` is the pattern's object word, an event noun the knowledge base
        does not know ("offensive" in "launched a military offensive")."""
        if obj is None or tok.i != obj.i or tok.i in self.actors.mentions:
            return False
        return bool(self.lexicon.patterns(tok.lemma_.lower(), nominal=True))

    def _slot_inner(self, slot: Token | None, code: str, *, nominal: bool = False) -> list[Actor]:
        """The one a target slot's noun stands for: the place of what is attacked ("fired
        at targets in Jericho", "shelled positions near Kharkiv"), the one asked in a
        demand ("insisted on its demands that Burundi's government grant ...")."""
        if slot is None or slot.pos_ != "NOUN":
            return []
        if slot.lemma_.lower() in DIRECTIVE_NOUNS:
            for clause in (c for c in slot.children if c.dep_ in ("acl", "ccomp")):
                for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                    if subj.pos_ != "PRON" and (found := self.actors.actors(subj)):
                        return found
            return []
        if code[:2] == INVESTIGATE_ROOT:  # "an investigation into abuses by X / in X"
            by_agent = _prep_object(slot, "by", None, direct=True)
            if by_agent is not None and (found := self.actors.actors(by_agent)):
                return found
        elif code[:2] not in ATTACK_ROOTS or slot.lemma_.lower() in OPEN_WATERS:
            return []
        # an event noun's own in-phrase is where it happened, which the pipeline places
        preps = set() if nominal else set(SITE_PREPS)
        if slot.lemma_.lower() in AREA_NOUNS:
            preps.add("of")  # "the shelling of residential areas of Kharkiv"
        hosts = [slot]
        if not nominal and slot.dep_ == "dobj":
            hosts.append(slot.head)  # "attacked targets | in the Donetsk region"
        for host in hosts:
            for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ in preps):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if found := self.actors.actors(pobj) or self._city(pobj, code):
                        return found
        return []

    def _condition_targets(self, head: Token, source_codes: set[str]) -> list[Actor]:
        """The one a threat is aimed at: the subject of its condition ("threatened to stop
        the talks if the United States goes ahead", "... unless Israel rescinded")."""
        chain = [head]
        while chain[-1].dep_ in ("xcomp", "ccomp") and len(chain) < 4:
            chain.append(chain[-1].head)
        if not any(_lemma(t) in THREATEN_WORDS for t in chain):
            return []
        chain += [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
        for verb in chain:
            for clause in (c for c in verb.children if c.dep_ == "advcl"):
                if not any(
                    m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
                ):
                    continue
                for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                    found = [a for a in self.actors.actors(subj) if a.code not in source_codes]
                    if found and subj.pos_ != "PRON":  # a pronoun's antecedent is unsure
                        return found
        return []

    def _phrase_targets(
        self,
        head: Token,
        obj: Token | None,
        source_codes: set[str],
        *,
        depth: int,
        where_only: bool = False,
    ) -> list[Actor]:
        """A target the pattern does not name: a dative ("gave Tanzania a grant"), the
        object of a to/against/from/with/in phrase on the verb or its object, or, through
        a control verb, the object of its complement ("threatened to cut off power to X").

        With ``where_only`` (an event that is no use of force), a town or area of the
        source's own country in an in/from/at phrase is where it happened, not whom it was
        done to ("rebels surrendered in the town of Soroti"; but "Russian forces withdrew
        from the Ukrainian city of Kherson" targets Ukraine)."""
        candidates = [] if depth == 0 else [c for c in head.children if c.dep_ in OBJECT_DEPS]
        dative = _dative(head)
        if dative is not None:
            candidates.append(dative)
        hosts = [head, *(c for c in head.children if c.dep_ in ("dobj", "prt"))]
        where: set[int] = set()
        if obj is not None and obj not in hosts:
            hosts.append(obj)
        # "launched artillery, mortar and rocket fire against X": the phrase hangs on the
        # object's last conjunct
        hosts += [c for h in hosts if h.pos_ == "NOUN" for c in h.conjuncts if c not in hosts]
        for prep in TARGET_PREPS:
            for host in hosts:
                found = _prep_object(host, prep, None, direct=True)
                if found is None:
                    continue
                if where_only and prep in WHERE_PREPS and found.lemma_.lower() in AREA_NOUNS:
                    where.add(found.i)
                candidates.append(found)
        for host in hosts:  # "mobilized reservists for a possible war against Iraq"
            purpose = _prep_object(host, "for", None, direct=True)
            aimed = _prep_object(purpose, "against", None, direct=True) if purpose else None
            if aimed is not None:
                candidates.append(aimed)
        own_ground = {code[:3] for code in source_codes}
        for tok in candidates:
            found = [a for a in self.actors.actors(tok) if a.code not in source_codes]
            if not found:  # not a by-agent: "killed in an attack by X" makes X no target
                inner = self._inner_actors(tok, preps=INNER_PREPS - {"by"})
                found = [a for a in inner if a.code not in source_codes]
            if tok.i in where:  # a town of the source's own country is only where
                found = [a for a in found if a.country not in own_ground]
            if found:
                return found
        if depth == 0:
            # the complement of a control verb; a coordinated verb sharing the phrase
            # ("donated and delivered goods to X")
            related = [c for c in head.children if c.dep_ == "xcomp" or _purpose(c)]
            for dobj in (c for c in head.children if c.dep_ == "dobj"):
                related += [c for c in dobj.children if _purpose(c)]  # "a strike to protest"
            # Only a verb without an object of its own shares its conjunct's phrase:
            # "will supply Iran ... and will retake possession of the fuel" does not.
            # Nor does one with a subject of its own ("appealed to the regime, and Syria's
            # military arrived at the frontline").
            if not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
                related += [
                    c for c in head.children
                    if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_own_subject(c)
                ]  # fmt: skip
                if head.dep_ == "conj" and head.head.pos_ == "VERB" and not _has_own_subject(head):
                    related.append(head.head)
            for comp in related:
                found = self._phrase_targets(
                    comp, None, source_codes, depth=1, where_only=where_only
                )
                if found:
                    return found
        elif depth == 1:
            # "to provide loans to help rebuild areas of Iraq": the verb "help" governs
            for comp in (c for c in head.children if c.dep_ == "xcomp"):
                found = self._phrase_targets(
                    comp, None, source_codes, depth=2, where_only=where_only
                )
                if found:
                    return found
        return []

    def _patient_only(self, subject: Token) -> bool:
        """Whether a subject is an event noun that names only whom it was done to, in its
        of-phrase ("The invasion of Iran started a war": Iran started nothing); one with an
        agent before it ("Iraq's invasion of Iran") is its agent's."""
        if subject.pos_ != "NOUN" or subject.i in self.actors.mentions:
            return False
        if not self.lexicon.patterns(subject.lemma_.lower(), nominal=True):
            return False
        before = ("poss", "amod", "compound", "nmod")
        if any(c.dep_ in before and c.i < subject.i for c in subject.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)

    def _owners_word(self, tok: Token, found: list[Actor], sources: list[Actor]) -> bool:
        """Whether the actors a noun's modifier gives are the source's own country named by
        an adjective or a name before the noun ("all US military operations" of a US source;
        "a US troop withdrawal promised by Trump"), not by a possessor ("the Israeli
        opposition's plan" stays the opposition's)."""
        own = {a.country for a in sources if a.country}
        if not own or any(a.country not in own for a in found):
            return False
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < tok.i:
                if self.actors.actors(child):
                    return child.dep_ != "poss"
        return False

    def _inner_actors(self, tok: Token, preps: frozenset[str] = INNER_PREPS) -> list[Actor]:
        """Actors that modify a non-actor noun: its possessor, a nationality word, or the
        object of by/of/from/against/on attached to it. Not of one ally, rival or neighbour,
        whose modifiers name the other party ("confront its Nato ally" is no confronting of
        Nato)."""
        if tok.lower_ in RELATIONAL_HEADS and tok.tag_ == "NN":
            return []
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < tok.i:
                if child.dep_ == "amod" and self._role_word(child):
                    continue  # "a general strike" names no general
                if _sponsor(child):
                    continue  # "the US-backed Kurdish offensive" is no offensive on the US
                found = self.actors.actors(child)
                if found:
                    return found
        hosts = [tok]
        if "by" in preps:  # "the demonstration staged by students", "killings carried out by"
            hosts += [
                c for c in tok.children
                if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() not in THIRD_PARTY_VERBS  # "talks hosted by Mexico"
            ]  # fmt: skip
        phrases = [c for h in hosts for c in h.children if c.dep_ in ("prep", "agent")]
        # "the arrest of two journalists by Myanmar police": the doer before the one it was
        # done to
        phrases.sort(key=lambda c: c.lower_ != "by")
        for prep in phrases:
            if prep.lower_ in preps and (prep.head.i == tok.i or prep.dep_ == "agent"):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    if _own(pobj):
                        continue  # "a call for its peacekeepers to be deployed": the source's
                    found = self.actors.actors(pobj)
                    if not found and tok.lemma_.lower() in REVERSAL_NOUNS:
                        found = self._inner_actors(pobj, preps)  # "the lifting of sanctions on X"
                    if found:
                        return found
        return []

    def _hostile_act(self, tok: Token | None) -> bool:
        """Whether ``tok`` is a noun naming a hostile act (one the lexicon codes 11-20 as an
        event noun, or a removal from power): "overthrow", "arrest", "sanctions"."""
        if tok is None or tok.pos_ != "NOUN":
            return False
        if tok.lemma_.lower() in OUSTER_NOUNS:
            return True
        patterns = self.lexicon.patterns(tok.lower_, nominal=True)
        patterns += self.lexicon.patterns(tok.lemma_.lower(), nominal=True)
        return any(p.code[:2] >= "11" and not (p.trigger_mods or p.object_lemma) for p in patterns)

    def _role_word(self, tok: Token) -> bool:
        """Whether ``tok`` is only a role word in the knowledge base ("general", "military")."""
        mention = self.actors.mentions.get(tok.i)
        return mention is None or all(e.kind == "role" for e in mention.entries)

    # -- nouns ------------------------------------------------------------------

    def _noun(self, noun: Token) -> list[Match]:
        if _is_reversed(noun):
            return []
        patterns = self.lexicon.patterns(noun.lower_, nominal=True)
        if noun.lemma_.lower() != noun.lower_:  # "negotiations": also "n:negotiation with $T"
            patterns += self.lexicon.patterns(noun.lemma_, nominal=True)
        reciprocal: Pattern | None = None  # "X and Y held talks": no with-phrase
        for pattern in patterns:
            if not all(_has_modifier(noun, m) for m in pattern.trigger_mods):
                continue
            if not pattern.has_target and _state_noun_out_of_state(noun):
                # "met at a retreat in Camp David", "held a retreat with her cabinet": a
                # retreat is a force's only as a state it is in ("in full retreat")
                self._note(noun, pattern, "a retreat not written as a state ('in retreat')")
                continue
            if pattern.code[:2] in VIOLENT_ROOTS and _figurative(noun):
                self._note(noun, pattern, "a war in a figure ('trade war', 'cold war')")
                continue
            obj = None
            if pattern.object_lemma:  # "n:suspension of air links with $T"
                obj = _pattern_object(noun, pattern)
                if obj is None:
                    self._note(noun, pattern, f"no object '{pattern.object_lemma}'")
                    continue
            target_tok = _noun_prep_object(noun, pattern.target_prep)
            if target_tok is None and obj is not None and pattern.target_prep:
                target_tok = _prep_object(obj, pattern.target_prep, None, direct=True)
            placed = self._place_modifier(noun, pattern) if target_tok is None else []
            if pattern.has_target and target_tok is None and not placed:
                self._note(noun, pattern, f"no '{pattern.target_prep}' phrase")
                if reciprocal is None and pattern.target_prep == "with":
                    reciprocal = pattern
                continue
            targets = self.actors.actors(target_tok) if target_tok is not None else placed
            if placed:  # only when no preposition named a target
                # "The Afrin offensive was launched": whose, the article says elsewhere
                sources = self._noun_sources(noun, targets)
                if not sources:
                    self._note(noun, pattern, "a place before the noun, but no source")
                    continue
                self._note(noun, pattern, "coded: the place named before the noun is the target")
                return _pairs(pattern, noun, sources, targets, False)
            targets = targets or self._city(target_tok, pattern.code)  # "shelling of Kharkiv"
            targets = targets or self._slot_inner(target_tok, pattern.code, nominal=True)
            if pattern.has_target and not targets:
                self._note(noun, pattern, "the target is not a known actor")
                continue
            if noun.lemma_.lower() in BEHEST_NOUNS:
                # "at the urging of X, the banks bowed": X urged, the subject was urged; the
                # noun anywhere else ("the urging of restraint") names no appeal
                if not _at_behest(noun):
                    self._note(noun, pattern, "not written 'at the urging of' someone")
                    continue
                urger = self._named_agents(noun)
                clause = noun.head.head  # the verb, or the subject it hangs on ("The banks,
                urged = (  # at the urging of ..., bowed")
                    [a for s in _subject_of(clause) for a in self.actors.actors(s)]
                    if clause.pos_ in ("VERB", "AUX")
                    else self.actors.actors(clause)
                )
                if not urger:
                    self._note(noun, pattern, "no one named in the of-phrase")
                    continue
                self._note(noun, pattern, "coded: the of-phrase urged the clause's subject")
                return _pairs(pattern, noun, urger, urged or [None], False)
            sources = self._noun_sources(noun, targets) or self._unclaimed(noun, pattern, targets)
            if not sources:
                self._note(noun, pattern, "no source actor (possessor, adjective or subject)")
                continue
            if not targets and obj is not None and pattern.code[:2] not in ASKED_ROOTS:
                # "Britain's expulsion of Russian diplomats": the object's own actor (not
                # what is asked for or offered: "Haiti's request for foreign troops")
                own = {a.code for a in sources}
                targets = [a for a in self.actors.actors(obj) if a.code not in own]
            self._note(noun, pattern, "coded")
            return _pairs(pattern, noun, sources, targets or [None], False)
        between_fight = noun.lower_ in BETWEEN_FIGHT_NOUNS
        if reciprocal is not None and (noun.lower_ in RECIPROCAL_NOUNS or between_fight):
            between = _noun_prep_object(noun, "between")  # "talks between X and Y"
            if between is None and between_fight:
                return []  # "heavy fighting in the east": no sides named
            sources = self.actors.actors(between) if between is not None else []
            sources = sources if len(sources) > 1 else self._noun_sources(noun)
            if between is None and _framing_fight(noun, reciprocal):
                # "The Turks and their allies moved in after weeks of clashes": the
                # subjects fought side by side, not each other
                self._note(noun, reciprocal, "a fight framing the clause: its subjects are allies")
                return []
            pairs = self._paired_sides(between) if between is not None else None
            if pairs:
                # "clashes between Iran and Israel, Syria and Israel, and Turkey and the
                # Kurds": each pair fights, not every member of the list every other
                self._note(noun, reciprocal, "a list of pairs: each pair reciprocal")
                return [m for pair in pairs for m in _reciprocal(reciprocal, noun, pair)]
            if len({a.code for a in sources}) >= 2:
                self._note(noun, reciprocal, "coordinated sources, no target: reciprocal")
                return _reciprocal(reciprocal, noun, sources)
        return []

    def _ground_lost(self, verb: Token, subjects: list[Token]) -> Token | None:
        """The place lost: the verb's direct object, or the subject of a verb with none ("Mosul
        fell to Isis"), when it is a named town or region, a word for one, or control of one
        ("lost Raqqa", "ceded the town", "lost control of the border")."""
        lost = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if lost is None and _lemma(verb) in FALLING_VERBS:
            lost = next(iter(subjects), None)
        ground = self._place_lost(lost)
        return lost if ground else None

    def _place_lost(self, lost: Token | None) -> bool:
        """Whether ``lost`` is a place: a named town or region, a word for one, or control
        of one."""
        if lost is not None and lost.lemma_.lower() == "control":
            lost = _prep_object(lost, "of", None, direct=True)
        if lost is None:
            return False
        if lost.ent_type_ in PLACE_ENTITIES or lost.lemma_.lower() in GROUND_NOUNS:
            return True
        if lost.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.ent_type_ in PLACE_ENTITIES for c in lost.children
        ):
            return True  # "Deir ez-Zor", parsed with "Deir" a compound of "Zor"
        if lost.ent_type_ == "PERSON" and any(c.dep_ == "compound" for c in lost.children):
            return False  # "captured Ahmed Yassin": a person, whatever town has the name
        return bool(self._city(lost))

    def _paired_sides(self, between: Token) -> list[list[Actor]] | None:
        """The pairs of a between-list of pairs ("between Iran and Israel, Syria and Israel,
        and Turkey and the Kurds": more than one "and" over an even number of members), each
        pair's actors; None for a plain list ("between Russia, China and India")."""
        members = sorted([between, *between.conjuncts], key=lambda t: t.i)
        ands = [t for m in members for t in m.children if t.dep_ == "cc" and t.lower_ == "and"]
        if len(members) < 4 or len(members) % 2 or len(ands) < 2:
            return None
        pairs = []
        for first, second in zip(members[::2], members[1::2], strict=True):
            pair = self.actors.actors(first)[:1] + self.actors.actors(second)[:1]
            if len({a.code for a in pair}) == 2:
                pairs.append(pair)
        return pairs

    def _custodian(self, verb: Token, pattern: Pattern, passive: bool) -> list[Actor]:
        """ "A prisoner was tortured in Israeli police custody": harm done to someone in
        custody, naming no one who did it, is the custodian's."""
        if not passive or not pattern.has_target or pattern.code[:2] not in ATTACK_ROOTS:
            return []  # the one harmed is the passive subject, not in the custody phrase
        return self._custody_holder(verb)

    def _custody_holder(self, verb: Token) -> list[Actor]:
        """Who holds the one the verb is about: "in Israeli police custody", "in the custody
        of the police"."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.lemma_.lower() != "custody":
                    continue
                holder = _prep_object(pobj, "of", None, direct=True) or pobj
                return self.actors.actors(holder)
        return []

    def _attempted(self, verb: Token, pattern: Pattern, passive: bool) -> list[Actor]:
        """ "An attempt to assassinate the deputy governor was thwarted": an attempt the
        sentence reports, naming no one who made it, is an unidentified armed force's."""
        noun = verb.head
        if passive or verb.dep_ != "acl" or noun.pos_ != "NOUN":
            return []
        if noun.lemma_.lower() not in ATTEMPT_NOUNS or pattern.code[:2] not in ATTACK_ROOTS:
            return []
        if noun.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "poss" for c in noun.children):
            return []  # "condemned an attempt to", "the rebels' attempt to": not unnamed
        span = noun.doc[noun.left_edge.i : noun.i + 1]
        return [self._span_actor(span, UNIDENTIFIED, ATTEMPTED, sector="UAF")]

    def _unclaimed(self, noun: Token, pattern: Pattern, targets: list[Actor]) -> list[Actor]:
        """ "An assassination attempt on the governor was foiled": an attack the sentence
        reports as having happened, naming its victim but no attacker, is an unidentified
        armed force's, whose country the event's place gives (codebook 1833: "the particular
        locations of such attacks are typically coded as source actors")."""
        if not targets or pattern.code[:2] not in ATTACK_ROOTS:
            return []
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return []  # "condemned the attack on X": who attacked may be said elsewhere
        span = noun.doc[noun.left_edge.i : noun.i + 1]
        rule = "unidentified attacker: an attack with no attacker named"
        return [self._span_actor(span, UNIDENTIFIED, rule, sector="UAF")]

    def _place_modifier(self, noun: Token, pattern: Pattern) -> list[Actor]:
        """ "launched the Afrin operation", "the Deir ez-Zor offensive": a town or region named
        right before a noun of force is where the force is aimed, the target its pattern's
        preposition would have named. A name the resolver knows as an actor ("a US
        offensive", "the Gaza offensive") is not taken: it may be who attacks."""
        if not pattern.has_target or pattern.code[:2] not in VIOLENT_ROOTS:
            return []
        end = noun.i  # "the Idlib bombing campaign": past the pattern's own modifiers
        mods = {m.lower() for m in pattern.trigger_mods}
        while end > 0 and noun.doc[end - 1].lemma_.lower() in mods:
            end -= 1
        start = end
        while start > 0 and _name_before(noun.doc[start - 1], noun):
            start -= 1
        span = noun.doc[start:end]
        if not span or not any(t.pos_ == "PROPN" for t in span):
            return []
        if any(t.ent_type_ == "PERSON" or self.actors.actors(t) for t in span):
            return []
        if len(span) > 1 and all(t.is_alpha and t.is_title for t in span):
            # "the Olive Branch operation", "Euphrates Shield": a code name of capitalised
            # words, not the town in Mississippi ("Deir ez-Zor" has its particle and hyphen)
            return []
        return self._town_actor(span, pattern.code)

    def _town_actor(self, span: Span, code: str) -> list[Actor]:
        """The town or region ``span`` names, from the gazetteer (preferring the document's
        countries), as a target of ``code``: its country, or its people."""
        countries = [c for c, _ in self.actors.ctx.countries.most_common()]
        place = load_gazetteer().lookup(
            span.text, countries=countries, on=self.actors.ctx.published
        )
        if place is None or not place.country:
            return []
        if _strikes_people(code):
            rule = f"a town attacked: its people, {place.name}, {place.country}"
        else:
            rule = f"a town as target: {place.name}, {place.country}"
        return [self._country_actor(span, place.country, rule, code)]

    def _city(self, tok: Token | None, code: str = "") -> list[Actor]:
        """A town the pattern's target slot names is its country ("a visit to Kharkiv"), or
        the country's civilians when it is attacked ("struck Kharkiv": UKRCVL, as the
        resolver codes a capital attacked): the gazetteer's place, preferring the document's
        countries. Only the slot: a town in an adjunct ("talks in Geneva") is where, not whom."""
        if tok is None or tok.text.isupper() or tok.dep_ == "compound":
            return []
        if tok.ent_type_ == "PERSON" and code[:2] in MEETING_ROOTS:
            return []  # "refused to meet Bolton": a person, not the English town
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in TOWN_NOUNS:
            # "the Black Sea resort of Sochi", "the Turkish border town of Reyhanli"
            named = _prep_object(tok, "of", None, direct=True)
            if named is not None and named.pos_ == "PROPN":
                return self._city(named, code)
        antecedent = _antecedent_place(tok)
        if antecedent is not None:
            # "Abadi declared victory in Mosul, three years after the militants overran the
            # city": the place named before in the sentence
            return self._antecedent_actor(tok, antecedent, code)
        division = tok.pos_ == "NOUN" and tok.lemma_.lower() in DIVISION_WORDS
        if tok.pos_ != "PROPN" and not division:  # "shelled the Donetsk region"
            return []
        start = tok.i
        while (
            start > 0
            and tok.doc[start - 1].dep_ == "compound"
            and tok.doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
        if division and start == tok.i:
            return []  # "the region" alone
        return self._town_actor(tok.doc[start : tok.i + 1], code)

    def _town_of_people(
        self, verb: Token, obj: Token | None, targets: list[Actor], code: str
    ) -> list[Actor]:
        """An assault done in a town that names no victim ("blew themselves up in Tel Aviv",
        "a suicide bomber blew himself up in Baghdad") strikes the town's people (ISRCVL,
        IRQCVL), not its country or the government its capital stands for; so does
        humanitarian aid delivered or stopped there ("suspended aid deliveries in Baghdad")."""
        # aid reaches the town its deliveries are in; an assault's object is its own target
        hosts = [verb, obj] if obj is not None and code in AID_TO_PEOPLE else [verb]
        preps = [c for h in hosts for c in h.children if c.dep_ == "prep"]
        for prep in (p for p in preps if p.lower_ in ("in", "at")):
            for town in (c for c in prep.children if c.dep_ == "pobj"):
                mention = self.actors.mentions.get(town.i)
                place = (
                    load_gazetteer().lookup(mention.span.text, on=self.actors.ctx.published)
                    if mention
                    else None
                )
                if place is not None and place.admin1 is None:
                    continue  # "attacked a refugee camp in Rwanda": a country stays itself
                named = self.actors.actors(town)
                if named and named == targets and all(a.sector in (None, "GOV") for a in named):
                    return self._city(town, code) or targets
        return targets

    def _country_actor(self, span: Span, country: str, rule: str, code: str) -> Actor:
        """A place's country as a target: its people when the act strikes people
        (``_strikes_people``), else the country itself."""
        if _strikes_people(code) or code in AID_TO_PEOPLE:
            actor = self._span_actor(span, country + CIVILIANS, rule, sector=CIVILIANS)
            return replace(actor, country=country)
        return self._span_actor(span, country, rule, country=country)

    def _antecedent_actor(self, tok: Token, antecedent: Token, code: str) -> list[Actor]:
        """The actor a bare "the city" or "the country" stands for: the country of the place
        named before it (its people when struck, as ``_city``)."""
        if tok.lemma_.lower() == "country":
            countries = [a for a in self.actors.actors(antecedent) if a.code == a.country]
            if not countries:
                return []
            country = countries[0].country
        else:
            found = self._city(antecedent, code)
            return [replace(a, text=tok.text, rule=f"{a.rule} (the {tok.lower_} named before)")
                    for a in found]  # fmt: skip
        span = tok.doc[tok.i - 1 : tok.i + 1]
        rule = f"'the country' named before: {countries[0].text}"
        return [self._country_actor(span, country, rule, code)]

    def _named_agents(self, noun: Token) -> list[Actor]:
        """The actor an event noun names as its agent: its possessor or a modifier before it
        ("Israel's", "Israeli air strike"), else its by-phrase ("an air strike by Israel")."""
        for child in noun.children:
            if _sponsor(child):
                continue  # "the Russian-approved Turkish occupation": Turkey occupies
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.i < noun.i):
                actors = self.actors.actors(child)
                if actors:
                    return actors
        by_agent = _prep_object(noun, "by", None, direct=True)
        of_noun = _prep_object(noun, "of", None, direct=True)
        if by_agent is None and noun.lemma_.lower() in FROM_AUTHOR_NOUNS:
            # "calls from France for changes": the from-phrase right after the noun made it
            # ("an appeal for aid from Japan" asks Japan)
            after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
            if after is not None and after.lower_ == "from" and after.head == noun:
                by_agent = _prep_object(noun, "from", None, direct=True)
        if _at_behest(noun):
            by_agent = of_noun  # "at the urging of the Reagan Administration"
        if by_agent is None and of_noun is not None:
            # "the killing of a Hamas commander by Israel": the parser hangs it on the of-noun
            by_agent = _prep_object(of_noun, "by", None, direct=True)
        if by_agent is not None:
            return self.actors.actors(by_agent)
        during = _prep_object(noun, "during", None, direct=True) or _prep_object(
            noun, "in", None, direct=True
        )
        if during is not None and _is_means(during) and during is not noun:
            # "the killing of nine Palestinians during an Israeli army raid": the raid's
            found = self._named_agents(during)
            if found:
                return found
        if of_noun is not None and noun.lemma_.lower() in MOVEMENT_NOUNS:
            # "the withdrawal of Russian troops from Kherson": the forces moved move
            moved = self.actors.actors(of_noun)
            if of_noun.lemma_.lower() in FORCE_NOUNS:  # "the deployment of NATO troops"
                return moved
            return [a for a in moved if a.sector in CONVEYED_SECTORS or a.code == PEACEKEEPERS]
        return []

    def _noun_sources(self, noun: Token, targets: list[Actor] = ()) -> list[Actor]:
        named = self._named_agents(noun)
        if named and not all(a.rule == GUESSED_COUNTRY for a in named):
            return named
        # "Trump announced a troop withdrawal from Syria": a role whose country is only
        # guessed from the sentence ("troop" → Syria) gives way to the one who announced it
        verb = _governing_verb(noun)
        if verb is None or not _lends_subject(noun, verb):
            return named
        lent = [a for s in _subject_of(verb) for a in self.actors.actors(s)]
        if verb.lemma_.lower() in REACTION_VERBS and _own_side(lent, targets):
            # "Britain called for sanctions after the killing of a British citizen", "Iran
            # vowed revenge for the killing of its general": the subject reacts to an act
            # done to its own side; it did not do it
            return named
        return lent or named


def _at_behest(noun: Token) -> bool:
    """Whether ``noun`` is a bidding noun in an "at the ... of" adjunct of a verb ("at the
    urging of the Reagan Administration", "at the behest of Moscow")."""
    prep = noun.head
    return (
        noun.lemma_.lower() in BEHEST_NOUNS
        and noun.dep_ == "pobj"
        and prep.lower_ == "at"
        and (prep.head.pos_ in ("VERB", "AUX") or prep.head.dep_ in ("nsubj", "nsubjpass"))
        and _prep_object(noun, "of", None, direct=True) is not None
    )


def _state_noun_out_of_state(noun: Token) -> bool:
    """Whether ``noun`` is a state noun ("retreat") not written as a state: not the object
    of "in" or "into"."""
    if noun.lemma_.lower() not in STATE_NOUNS:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in STATE_PREPS)


def _takes_ground(verb: Token, pattern: Pattern) -> bool:
    """Whether ``pattern`` is a taking of ground that names no place word of its own ("take
    over $T"), whose target must then be a place."""
    return (
        pattern.code == OCCUPY_CODE
        and not pattern.object_lemma
        and pattern.has_target
        and _lemma(verb) in GROUND_TAKING_VERBS
    )


def _rivals_at_home(sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether both sides are known, all of one country and none armed ("Clinton lost
    Michigan to Trump"): a rivalry at the polls, not a war."""
    actors = sources + targets
    countries = {a.country for a in actors}
    if not sources or not targets or None in countries or len(countries) > 1:
        return False
    return not any(a.sector in ARMED_FORCE_SECTORS for a in actors)


def _is_date(tok: Token) -> bool:
    """A date or time, not a name the parser ran into one ("met with President Bashar
    Assad Tuesday")."""
    return tok.ent_type_ in ("DATE", "TIME") and not any(
        c.dep_ == "compound" and c.ent_type_ not in ("DATE", "TIME") for c in tok.children
    )


def _region(actor: Actor) -> bool:
    """An actor whose "country" is a world region of the codebook (MDT, WAF ...)."""
    return actor.country is not None and load_gazetteer().country_place(actor.country) is None


def _not_own_ground(targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    """A show of force on one's own ground ("Russian troops held drills near
    Kaliningrad") is aimed at no one there."""
    own = {a.country for a in sources}
    return [a for a in targets if not (a.country in own and a.sector is None)]


def _as_apposed(head: Token) -> list[Token]:
    """The object a verb puts after its "as" phrase, which the parser hangs on that
    phrase as an apposition: "denounced as an ugly crime Serbia's suppression of ..."."""
    if any(c.dep_ == "dobj" for c in head.children):
        return []
    as_obj = _prep_object(head, "as", None, direct=True)
    if as_obj is None:
        return []
    after_as = next(t for t in as_obj.doc[as_obj.head.i + 1 :] if not t.is_punct)
    if after_as.pos_ == "ADJ" and after_as.dep_ == "amod":
        return [as_obj]  # "condemned as unacceptable allegations by Rwanda"
    return [c for c in as_obj.children if c.dep_ == "appos"]


def _code(actor: Actor | None) -> str:
    return actor.code if actor is not None else ""


def _asked_of_captors(matches: list[Match]) -> list[Match]:
    """ "The Houthis have detained 11 UN staff members, the UN said, demanding their
    release": a release asked for that names no one to release them is asked of the one
    the sentence says holds them (its one detainer or abductor)."""
    captures = [
        m for m in matches if m.source is not None and m.pattern.code.startswith(CAPTURE_CODES)
    ]
    if len({m.source.code for m in captures}) != 1:
        return matches
    captor = captures[0].source
    held = {m.target.code for m in captures if m.target is not None}
    return [
        replace(m, target=captor)
        if m.pattern.code in RELEASE_ASKED
        and (m.target is None or m.target.code in held)  # not the captives themselves
        and m.source is not None
        and m.source.code != captor.code
        else m
        for m in matches
    ]


def _object_complement(verb: Token) -> bool:
    """Whether the verb's object has a complement saying what it is called ("called Israel a
    terrorist state"), also where spaCy hangs the complement on the object's last noun as an
    apposition with no comma before it ("calling Moon's plans for dialogue a fantasy")."""
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    if verb.lemma_.lower() not in COMPLEMENT_NAMING_VERBS:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for tok in obj.subtree:
            if (
                tok.dep_ == "appos"
                and tok.i > obj.i
                and tok.doc[tok.left_edge.i - 1].text != ","
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            ):
                return True
    return False


def _published(verb: Token) -> bool:
    """Whether the object of "release" (the subject of "was released") is something
    published or paid out, not a person."""
    objects = ("dobj", "nsubjpass")
    return any(c.dep_ in objects and _lemma(c) in RELEASED_THINGS for c in verb.children)


def _figurative(noun: Token) -> bool:
    """Whether a noun of violence is a figure of speech ("trade war", "cold war", "price
    war"): no force is used."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_WARS for c in noun.children
    )


def _anonymity(verb: Token) -> bool:
    """Whether ``verb`` refuses or declines to be named, identified or quoted."""
    return verb.lemma_.lower() in ("refuse", "decline") and any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in ("name", "identify", "quote")
        and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def _thing_not_party(verb: Token) -> bool:
    """Whether "meet", "call" or "go" has as its object (for "go", the object of its "to") a
    thing met, convened or gone to (an obligation, a meeting, "considerable trouble") rather
    than a party (:data:`NOT_PARTY_OBJECTS`)."""
    things = NOT_PARTY_OBJECTS.get(verb.lemma_.lower(), frozenset())
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
    ]
    return any(o.dep_ in ("dobj", "pobj") and _lemma(o) in things for o in objects)


def _abstract_foe(verb: Token, pattern: Pattern) -> bool:
    """Whether a violent verb's object is an ill or a practice, not an actor ("fight
    terrorism", "combat corruption")."""
    if pattern.code[:2] not in VIOLENT_ROOTS | {COERCE_ROOT}:
        return False
    # the passive subject too: "the domestic industry was being injured by Brazilian imports"
    objects = ("dobj", "nsubjpass")
    return any(c.dep_ in objects and _lemma(c) in ABSTRACT_FOES for c in verb.children)


def _party_met(noun: Token) -> bool:
    """Whether ``noun`` is the one a meeting was with ("held a meeting with bankers in New
    York": the model hangs where they met on the bankers)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in VENUE_NOUNS


def _has_own_subject(verb: Token) -> bool:
    """Whether a verb names a subject (active or passive) of its own."""
    return any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass") for c in verb.children)


def _shared_targets(matches: list[Match]) -> list[Match]:
    """ "The United States demanded that Turkey release the pastor, and threatened to impose
    sanctions": a verb coordinated with an earlier one of the same actor, naming no one, acts
    on the one the earlier verb acts on; and "Separatists violated the ceasefire, shelling army
    positions": one that a participle of the same actor goes on to tell, on its target."""
    aimed: dict[tuple[int, str], Actor] = {}
    told: dict[tuple[int, str], Actor] = {}
    for m in matches:
        if m.source is None or m.target is None or m.target.code == m.source.code:
            continue
        aimed[(m.trigger.i, m.source.code)] = m.target
        if m.trigger.tag_ == "VBG" and m.trigger.dep_ == "advcl":
            told.setdefault((m.trigger.head.i, m.source.code), m.target)
    out = []
    for m in matches:
        target = None
        if m.target is None and m.source is not None and m.trigger.pos_ == "VERB":
            if m.trigger.dep_ == "conj":
                target = aimed.get((m.trigger.head.i, m.source.code))
            target = target or told.get((m.trigger.i, m.source.code))
        out.append(replace(m, target=target) if target is not None else m)
    return out


def _drop_country_told_again(matches: list[Match]) -> list[Match]:
    """ "Abiy Ahmed landed in Asmara, the first visit by an Ethiopian leader to Eritrea": an
    act a noun names, done to a bare country that the sentence also codes, same code and
    source, as done to an actor of that country says nothing more (one visit told twice)."""
    richer = {
        (m.pattern.code, m.source.code, m.target.country)
        for m in matches
        if m.source is not None and m.target is not None and m.target.sector
    }
    return [
        m
        for m in matches
        if m.source is None
        or m.target is None
        or m.target.sector
        or m.trigger.pos_ != "NOUN"
        or (m.pattern.code, m.source.code, m.target.country) not in richer
    ]


def _evacuations(matches: list[Match]) -> list[Match]:
    """ "Israel ordered the evacuation of northern Gaza": an evacuation ordered is a forced
    displacement (201) only of another country's town or people; one ordered of one's own
    people ("Ukraine ordered the evacuation of Donetsk region") or staff ("the United States
    ordered the evacuation of its embassy") is none. "Drove Rohingya Muslims out of Rakhine":
    people driven out by a pattern that does not name them are civilians or refugees, not
    fighters driven back ("drove Islamic State militants out of the city")."""
    matches = [_people_driven_out(m) for m in matches]
    return [
        m
        for m in matches
        if not (_evacuation(m.pattern) and not _displaced(m))
        and not (_driven_out(m.pattern) and not _civilians(m.target))
    ]


def _people_driven_out(match: Match) -> Match:
    """ "Drove Rohingya Muslims out of Rakhine": a foe driven out is force (190, 'drive $T
    out of' in 19.tsv, the pattern's one line), but civilians or refugees driven out are
    displaced (201), as the other driving patterns of 20.tsv code them."""
    pattern = match.pattern
    if pattern.code != "190" or pattern.trigger not in DRIVING_VERBS or not pattern.has_target:
        return match
    if not _civilians(match.target):
        return match
    origin = f"{pattern.origin} (people driven out: 201)"
    return replace(match, pattern=replace(pattern, code=EXPULSION_CODE, origin=origin))


def _driven_out(pattern: Pattern) -> bool:
    return (
        pattern.code == EXPULSION_CODE
        and pattern.trigger in DRIVING_VERBS
        and pattern.has_target
        and not pattern.object_lemma
    )


def _civilians(target: Actor | None) -> bool:
    return target is not None and target.sector in PEOPLE_SECTORS


def _evacuation(pattern: Pattern) -> bool:
    return pattern.code == EXPULSION_CODE and EVACUATION_WORDS & {
        pattern.object_lemma,
        pattern.xcomp,
    }


def _displaced(match: Match) -> bool:
    target, source = match.target, match.source
    if target is None or not target.country or target.sector not in DISPLACED_SECTORS:
        return False
    return source is None or source.country != target.country


def _drop_said_again(matches: list[Match]) -> list[Match]:
    """ "Gunmen stormed a hotel, opening fire on guests, killing 15 people": an act with no
    target that another trigger of the sentence codes, by the same actor, with its target
    says nothing more (one attack told in a chain of verbs)."""
    aimed = {(m.pattern.code, m.source.code) for m in matches if m.source and m.target}
    return [
        m
        for m in matches
        if m.target is not None or m.source is None or (m.pattern.code, m.source.code) not in aimed
    ]


def _drop_empty_governors(matches: list[Match]) -> list[Match]:
    """ "France agreed to send troops to Mali": a target-less event on "agreed" says less
    than the event on its complement "send", which carries the stance; keep the latter
    (also when the governor borrowed the complement's target); nor does a target-less one
    whose complement, under its stance, has the governor's root ("threatened to send his
    forces": the threat to send forces, 138, not also a bare threat, 130)."""
    targets: dict[int, set[str]] = {}
    roots: dict[int, set[str]] = {}
    for m in matches:
        stanced = apply_stance(m.trigger, m.pattern.code, "asserted")[0]
        roots.setdefault(m.trigger.i, set()).add(stanced[:2])
        if m.target is not None:
            targets.setdefault(m.trigger.i, set()).add(m.target.code)
    out = []
    for m in matches:
        below = [c.i for c in m.trigger.children if c.dep_ in ("xcomp", "ccomp")]
        below_targets = set().union(*(targets.get(i, set()) for i in below))
        if below_targets and (m.target is None or m.target.code in below_targets):
            continue
        below_roots = set().union(*(roots.get(i, set()) for i in below))
        if m.target is None and m.pattern.code[:2] in below_roots:
            continue
        out.append(m)
    return out


def _protest_purposes(matches: list[Match]) -> list[Match]:
    """ "Students staged demonstrations to demand political reforms": what a protest demands
    chooses its subcode (CAMEO 141x-145x follow 104x: 1 leadership change, 2 policy change,
    3 rights, 4 change of institutions), and the demand, made by protesting, is folded in,
    giving the protest its target ("went on strike to demand higher wages from the
    government")."""
    out = list(matches)
    for protest in matches:
        code = protest.pattern.code
        if len(code) != 3 or code not in PROTEST_CODES:
            continue
        for demand in matches:
            want = demand.pattern.code
            if (
                demand is protest
                or want[:2] not in ("10", "02")
                or _code(demand.source) != _code(protest.source)
                or not _demanded_by(demand.trigger, protest.trigger)
                or demand not in out
            ):
                continue
            origin = f"{protest.pattern.origin} purpose:{want}"
            new = code + want[3:] if len(want) == 4 and want[:3] in ("104", "024") else code
            pattern = replace(protest.pattern, code=new, origin=origin)
            index = out.index(protest)
            out[index] = replace(protest, pattern=pattern, target=protest.target or demand.target)
            out.remove(demand)
            break
    return out


def _demanded_by(demand: Token, protest: Token) -> bool:
    """Whether ``demand`` is the purpose of ``protest`` ("marched to demand", "demonstrated
    calling for", "staged demonstrations to demand", "blocked roads to press demands")."""
    clause = demand
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ == "dobj":
        clause = clause.head  # "to press their demands for ..."
    if clause.dep_ not in ("advcl", "xcomp", "acl", "ccomp"):
        return False
    hosts = {protest.i, protest.head.i} if protest.pos_ in ("NOUN", "PROPN") else {protest.i}
    return clause.head.i in hosts


def _drop_empty_purposes(matches: list[Match]) -> list[Match]:
    """ "Pakistan summoned the Afghan ambassador to protest the shelling": the purpose of an
    event already coded with a target adds nothing when it has no target of its own."""
    with_target = {(m.trigger.i, _code(m.source)) for m in matches if m.target is not None}
    return [
        m for m in matches
        if m.target is not None
        or not (_purpose(m.trigger) or _told_purpose(m.trigger))
        or (m.trigger.head.i, _code(m.source)) not in with_target
    ]  # fmt: skip


def _told_purpose(tok: Token) -> bool:
    """ "Islamabad summoned the Afghan charge d'affaires to protest": an infinitive the parser
    hangs as a complement on a verb that takes none (summon, send, call in)."""
    return (
        tok.dep_ == "xcomp"
        and _lemma(tok.head) in PURPOSE_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _counted_description(verb: Token) -> bool:
    """ "the number of refugees arriving in Germany rose": a participle describing what a
    figure counts reports a statistic, not an actor's act."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN"):
        return False
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.head.head.lemma_.lower() in COUNT_NOUNS


def _as_clause(verb: Token) -> bool:
    """ "had not left Manbij, as agreed in a US-Turkish deal", "as promised": a clause of
    manner with no subject of its own refers to an act told elsewhere, or to none."""
    if verb.dep_ not in ("advcl", "ccomp") or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _describes_fighters(verb: Token, pattern: Pattern) -> bool:
    """ "Kurdish forces fighting in Syria": a participle of combat with no enemy named
    describes who the forces are; it reports no fight ("rebels fighting the government"
    names one, and codes)."""
    if verb.dep_ != "acl" or _lemma(verb) not in COMBAT_VERBS or pattern.has_target:
        return False
    enemy = any(c.dep_ == "dobj" for c in verb.children)
    return not enemy and _prep_object(verb, "against", None) is None


def _symmetric(verb: Token, obj: Token | None) -> bool:
    """An event that coordinated subjects do with each other ("met", "held talks",
    "agreed", "exchanged prisoners", "restored ties"); not fighters a participle describes
    ("US and Kurdish forces fighting in Syria" fight side by side)."""
    if verb.dep_ == "acl" and verb.lemma_.lower() in COMBAT_VERBS:
        return False
    if verb.lemma_.lower() in RECIPROCAL_VERBS or verb.lemma_.lower() in MUTUAL_VERBS:
        return True
    return obj is not None and (
        obj.lower_ in RECIPROCAL_NOUNS
        or obj.lemma_.lower() in RECIPROCAL_NOUNS
        or any(c.lower_ in ("joint", "bilateral", "mutual") for c in obj.children)
        # "began joint drills", "a bilateral agreement"; "India and China pulled their
        # troops back", "reopen their embassies": what the two do to each other
        or any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children)
    )


def _reciprocal(pattern: Pattern, trigger: Token, actors: list[Actor]) -> list[Match]:
    """ "X and Y signed an agreement": the event goes both ways between every pair."""
    out = []
    for a in actors:
        for b in actors:
            if a.code != b.code:
                out.append(Match(pattern, trigger, a, b, False))
    return out


def _pairs(
    pattern: Pattern, trigger: Token, sources: list, targets: list, passive: bool
) -> list[Match]:
    out = []
    for source in sources:
        for target in targets:
            if source is not None and target is not None and source.code == target.code:
                continue
            out.append(Match(pattern, trigger, source, target, passive))
    return out


def _name_before(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` is part of a name written as a modifier right before ``noun``
    ("Afrin" in "the Afrin operation"; "Deir", "ez", "-", "Zor" in "the Deir ez-Zor
    offensive", which the parser hangs on the noun as amod and compounds, or on a
    modifier of it: "Idlib" on "bombing" in "the Idlib bombing campaign")."""
    if tok.dep_ not in ("compound", "amod") or noun not in (tok.head, tok.head.head):
        return False
    return tok.pos_ == "PROPN" or (tok.text == "-" and tok.dep_ == "compound")


def _noun_prep_object(noun: Token, prep: str | None) -> Token | None:
    """The object of ``prep`` on a nominal trigger, or on the support verb whose object
    it is, where the parser often attaches it ("continue military aid to Mozambique")."""
    if prep is None:
        return None
    found = _prep_object(noun, prep, None)
    verb = noun.head
    if found is None and noun.dep_ == "dobj" and verb.lemma_.lower() in SUPPORT_VERBS:
        found = _prep_object(verb, prep, None, direct=True)
    agent = _prep_object(noun, "by", None, direct=True) if prep != "by" else None
    if found is None and agent is not None:
        # "airstrikes by US forces on Syrian targets": the parser hangs "on" on the agent
        found = _prep_object(agent, prep, None, direct=True)
    if found is None and noun.i + 1 < len(noun.doc):
        # "at the forefront of Russia's assault on Bakhmut": the parser hangs the phrase
        # right after the noun on a noun higher up; right after it, it is the noun's (not
        # where it hangs on a verb: "pledged aid to Afghanistan" is the verb's pattern)
        after = noun.doc[noun.i + 1]
        higher = after.head in noun.ancestors and after.head.pos_ in ("NOUN", "PROPN")
        owned = any(c.dep_ in ("poss", "amod") for c in noun.children)  # "Russia's assault"
        if after.lower_ == prep and after.dep_ == "prep" and higher and owned:
            found = next((c for c in after.children if c.dep_ == "pobj"), None)
    return found


def _is_reversed(noun: Token) -> bool:
    """ "the lifting of sanctions", "an end to the blockade": the nominal event is what is
    being undone, not an event of its own."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "to", "on")
        and prep.head.lemma_.lower() in REVERSAL_NOUNS
    )


def _reporting_subject(trigger: Token) -> Token | None:
    """The one who says the clause of ``trigger`` ("A said B attacked C": A), or the
    object of "according to" on that clause."""
    tok = trigger
    if tok.pos_ in ("NOUN", "PROPN"):
        verb = _governing_verb(tok)
        if verb is None:
            return None
        tok = verb
    for _ in range(6):
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "according"):
            for to in (c for c in prep.children if c.lower_ == "to"):
                found = next((g for g in to.children if g.dep_ == "pobj"), None)
                if found is not None:
                    return found
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORTING_VERBS:
            return next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
        if tok.dep_ not in ("xcomp", "conj", "aux", "advcl", "acomp") or tok.head == tok:
            return None
        tok = tok.head
    return None


def _requested_action(verb: Token) -> Token | None:
    """The action a rejected request asks for: "rejected a U.S. request to extradite":
    extradite."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in REQUEST_NOUNS | {"offer", "proposal", "plan", "bid"}:
            for acl in (c for c in obj.children if c.dep_ in ("acl", "relcl")):
                if acl.pos_ == "VERB" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in acl.children
                ):
                    return acl
    return None


def _bare(pattern: Pattern) -> bool:
    """Whether ``pattern`` is its verb alone: no target, object word, particle or clause."""
    return not (pattern.has_target or pattern.object_lemma or pattern.particles or pattern.xcomp)


def _from_office(verb: Token) -> bool:
    """Whether ``verb`` removes someone from power or an office ("ousted the president from
    power"), not a foe from a place."""
    place = _prep_object(verb, "from", None, direct=True)
    return place is not None and place.lemma_.lower() in OFFICE_WORDS


def _has_clause(verb: Token) -> bool:
    """Whether ``verb`` has a finite clause complement ("charged that X did Y")."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _alleging_verb(trigger: Token) -> Token | None:
    """The verb that claims or alleges the clause of ``trigger`` ("claimed that ISIL had
    attacked Iraq": claimed), if any."""
    tok = trigger
    if tok.pos_ in ("NOUN", "PROPN"):
        verb = _governing_verb(tok)
        if verb is None:
            return None
        tok = verb
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ALLEGE_VERBS:
            return tok.head
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return None
        tok = tok.head
    return None


def _phrasal(verb: Token) -> bool:
    """Whether ``verb`` has a particle right after it that makes another verb of it ("set off
    fires" is no "set fire"; "cut off gas supplies" still cuts them)."""
    other = OTHER_PHRASALS.get(_lemma(verb), frozenset())
    return any(c.dep_ == "prt" and c.i == verb.i + 1 and c.lower_ in other for c in verb.children)


def _has_auxpass(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _received_with(verb: Token) -> bool:
    """Whether a passive verb has a with-phrase and no agent ("was met with criticism")."""
    children = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def _done_to_no_one(verb: Token, actors_of: Callable[[Token], list[Actor]]) -> bool:
    """Whether a passive verb's subject is something no actor names ("the meeting will be
    held", "what was agreed"), so that nothing else in the clause is what was acted on."""
    done = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(done) and not any(actors_of(c) for c in done)


def _named(verb: Token) -> bool:
    """Whether a verb of naming names or doubts its subject rather than calls anyone: a
    passive with a complement of what the subject is called ("is called carrying out an
    operation", "is called the YPG"), or "into question"."""
    children = list(verb.children)
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "in")
        and any(p.dep_ == "pobj" and p.lemma_.lower() == "question" for p in c.children)
        for c in children
    ):
        return True
    complements = [c for c in children if c.dep_ in ("oprd", "attr", "xcomp")]
    # "was called to testify" is still a summons: a to-infinitive names no one
    named = [c for c in complements if not any(a.lower_ == "to" for a in c.children)]
    return _is_passive(verb) and bool(named)


def _gerund(verb: Token) -> bool:
    """A verb used as a noun: "fighting between X and Y killed ...", "killed in fighting"."""
    return verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _is_stative(verb: Token) -> bool:
    """A passive participle used as a predicate adjective ("is opposed to"): no agent."""
    return _is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


def _is_passive(verb: Token) -> bool:
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or _reduced_passive(verb)
        or _elided_passive(verb)
    )


def _elided_passive(verb: Token) -> bool:
    """ "were detained and later released by the police": a participle coordinated with a
    passive verb, its subject and auxiliary left out, is passive too."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
    )


def _shared_subject(verb: Token) -> Token | None:
    """The subject a passive conjunct with none of its own shares with the first verb of its
    coordination: "three journalists were detained and later released", "the civilians
    imprisoned for ... were released by Putin" (the parser makes "imprisoned" the main verb)."""
    if verb.dep_ != "conj" or _has_own_subject(verb):
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return next((c for c in first.children if c.dep_ in ("nsubjpass", *SUBJECT_DEPS)), None)


def _reduced_passive(verb: Token) -> bool:
    """ "officials accused of ...", "civilians threatened with starvation": a past participle
    modifying a noun, which is its object, not its subject; or one coordinated with such a
    participle ("fighters, armed and supported by the US military")."""
    return _participle_noun(verb) is not None


def _participle_noun(verb: Token) -> Token | None:
    """The noun a reduced passive modifies: its head, or its first conjunct's head."""
    if verb.tag_ != "VBN":
        return None
    first = verb
    if verb.dep_ == "conj":
        if any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass", "aux", "auxpass") for c in verb.children):
            return None
        first = verb.head  # "armed and supported": the parser may tag the first as JJ
        if first.tag_ not in ("VBN", "JJ") or not _coordinated(verb):
            return None
    if first.dep_ == "acl" and first.head.pos_ in ("NOUN", "PROPN"):
        return first.head
    return None


def _coordinated(verb: Token) -> bool:
    """Whether a verb the parser made a conjunct is joined by "and"/"but"/"or" or a comma
    (a conjunct with neither is a misparse: a participle after a noun far from its head)."""
    head = verb.head
    between = verb.doc[head.i + 1 : verb.i]
    return any(t.dep_ in ("cc", "preconj") or t.text in (",", ";") for t in between) or any(
        c.dep_ == "cc" for c in verb.children
    )


def _sponsor(tok: Token) -> bool:
    """A modifier naming who backs or approved a thing, not who does it: "US-backed",
    "Russian-approved", "UN-brokered"."""
    return tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() in SPONSOR_VERBS


def _subject_of(verb: Token) -> list[Token]:
    """The subject of ``verb``, inherited through control, coordination and relative clauses;
    for a coordinated verb whose object names its inherited subject again ("Israel ordered
    ..., a directive that the UN said ..., and urged Israel to rescind it"), the subject of
    the nearer clause before it, which the parser failed to coordinate."""
    found = _inherited_subject(verb)
    if verb.dep_ != "conj" or not found:
        return found
    named = {t.text.lower() for t in found}
    if not any(c.dep_ == "dobj" and c.text.lower() in named for c in verb.children):
        return found
    for tok in reversed(verb.doc[found[-1].i + 1 : verb.i]):
        if tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN") and tok.text.lower() not in named:
            return [tok]
    return found


def _inherited_subject(verb: Token) -> list[Token]:
    tok = verb
    for depth in range(6):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and depth > 0 and tok.lemma_.lower() in RAISING_PASSIVES:
            # "Obama is scheduled to attend": the passive subject of a raising verb
            subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subjects:
            return _without_fronted_description(subjects)
        if tok.dep_ == "relcl":
            if _gathered_for(tok):  # "converged for a rally to protest": the ones rallying
                tok = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head.head
                continue
            return [tok.head]
        if (permission := permission_of(tok)) is not None:
            # "gave permission to Russia to help": the one permitted would act
            return _permitted(permission)
        if (readied := readied_for(tok)) is not None:
            # "trained Iraqi soldiers to fight", "persuaded Hamas to accept": the one trained
            # or persuaded would do it; not what one only tries to persuade another to do
            if _lemma(readied) in PERSUADING_VERBS and not reported_done(readied):
                return []
            return [c for c in readied.children if c.dep_ == "dobj"]
        if tok.dep_ == "xcomp" and _lemma(tok.head) in OBJECT_CONTROL_VERBS:
            made = [c for c in tok.head.children if c.dep_ == "dobj"]
            if made:  # "prompting Amnesty International to demand": Amnesty demands
                return made
        if (
            tok.dep_ in ("xcomp", "conj", "acomp", "oprd", "pcomp", "advcl", "acl")
            and tok.head != tok
        ):
            if tok.dep_ in ("advcl", "pcomp") and (verb := result_verb(tok)) is not None:
                # "could lead to the Turkish president reaching a deal": the president would
                return _result_subject(verb, tok)
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
                noun = tok.head.head
                if tok.head.lower_ == "of" and noun.lemma_.lower() in INTENTION_NOUNS:
                    # "said it had no intention of holding talks": the one who intends
                    owner = _owner(noun)
                    verb = _governing_verb(noun)
                    if owner or verb is None:
                        return owner
                    tok = verb
                    continue
                if tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB":
                    # "criticised NATO for refusing", "thanked Turkey for hosting": the one
                    # judged did it (not "blamed X for": an attribution, not a report)
                    judge = tok.head.head
                    judged = [c for c in judge.children if c.dep_ == "dobj"]
                    if judged and judge.lemma_.lower() not in ATTRIBUTING_VERBS:
                        return judged
                    break
                adjective = tok.head.head
                if (
                    adjective.dep_ == "acomp"
                    and adjective.lemma_.lower() in CULPABLE_ADJECTIVES
                    and _lemma(adjective.head) == "be"
                ):
                    # "are guilty of violating the ceasefire": the subject of the copula did it
                    # (not "found X guilty of": there the one judged, not the judge, did it)
                    tok = adjective.head
                    continue
                helper = tok.head.head
                helped = [c for c in helper.children if c.dep_ == "dobj"]
                if tok.head.lower_ == "into" and helped and helper.pos_ == "VERB":
                    # "pressured Hamas into accepting": Hamas accepts; not when the pressing
                    # is only tried ("tried to talk the Taliban into releasing him")
                    return helped if reported_done(helper) else []
                if tok.head.lower_ not in AGENT_GERUND_PREPS or helper.pos_ != "VERB":
                    break  # "accused X of attacking": the attacker is X, not the accuser
                if tok.head.lower_ == "in" and helped and _lemma(helper) in ENABLING_VERBS:
                    return helped  # "emboldened Turkey in attacking": Turkey attacks
                tok = tok.head.head  # "resorted to throwing stones", "responded by shelling"
                continue
            if tok.dep_ == "conj" and not _coordinated(tok):
                break  # "areas of Iraq recaptured from IS" misparsed as "pledged ... recaptured"
            if (noun := _modified_object(tok)) is not None:
                return [noun]  # "prosecute their citizens fighting in Syria": the citizens fight
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                if tok.head.lemma_.lower() in REQUEST_NOUNS:
                    return []  # "a U.S. request to extradite him": the one asked would act
                if tok.head.lemma_.lower() in STATEMENT_NOUNS:
                    # "issued a statement condemning", "Russia's note protesting": its author
                    return _author(tok.head)
                if tok.head.lemma_.lower() not in INTENTION_NOUNS:
                    return [tok.head]
                owner = _owner(tok.head) or _maker(tok.head)
                if owner:
                    # "condemned Turkey's decision to send warships", "criticised the US
                    # decision to strike Syria", "the decision by Trump to bomb Syria"
                    return owner
                # "X reached a consensus to exchange ...": the one who reached it
                verb = _governing_verb(tok.head)
                return _subject_of(verb) if verb is not None and verb != tok else []
            tok = tok.head
            continue
        break
    return []


def _without_fronted_description(subjects: list[Token]) -> list[Token]:
    """Subjects less a describing noun phrase fronted before the named one, which the parser
    makes a second subject: "A longstanding US ally and Nato member, Turkey is opposed to"
    has one subject, Turkey (not the US, nor Nato)."""
    return [s for s in subjects if not _fronted_description(s)]


def _fronted_description(subject: Token) -> bool:
    """Whether the common-noun subject ``subject``, opening its sentence, is followed after
    its own words and a comma by a named subject of its verb ("A Nato member, Turkey has
    condemned"; not "Members of X, a body linked to Y, investigated": no name follows)."""
    if subject.pos_ != "NOUN" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if subject.left_edge.i != subject.sent.start:
        return False
    after = next(
        (c for c in subject.head.children if c.i > subject.i and c.dep_ in ("nsubj", "nsubjpass")),
        None,
    )
    if after is None or after.pos_ != "PROPN":
        return False
    between = subject.doc[subject.i + 1 : after.left_edge.i]
    return (
        len(between) > 0
        and between[-1].text == ","
        and all(t.i <= subject.right_edge.i or t.text == "," for t in between)
    )


def _result_subject(verb: Token, gerund: Token) -> list[Token]:
    """The object of the preposition of ``verb`` right before ``gerund``, the gerund's own
    subject ("lead to the Turkish president, Recep Tayyip Erdogan, reaching")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i < gerund.i]
    objects = [c for p in preps[-1:] for c in p.children if c.dep_ == "pobj" and c.i < gerund.i]
    return objects[:1]


# What a verb with an object of its own takes besides it: any of these makes it no verb
# that shares the object of the verb coordinated after it.
OWN_COMPLEMENT_DEPS = frozenset(
    {*OBJECT_DEPS, "prep", "prt", "ccomp", "xcomp", "agent", "auxpass", "acomp", "dative"}
    | {"nsubjpass", "advcl", "npadvmod"}
)


def _shared_object(verb: Token) -> Token | None:
    """The direct object of the verb coordinated right after ``verb``, when ``verb`` has
    no object or phrase of its own: "the coalition has backed and later armed the
    fighters" backed the fighters too. Not a conjunct with a subject of its own."""
    if verb.pos_ != "VERB" or any(c.dep_ in OWN_COMPLEMENT_DEPS for c in verb.children):
        return None
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None or _has_own_subject(conj):
        return None
    between = verb.doc[verb.i + 1 : conj.i]
    if not between or any(t.dep_ not in ("cc", "advmod", "aux") for t in between):
        return None  # "backed and later armed": only the conjunction and adverbs between
    return next((c for c in conj.children if c.dep_ == "dobj"), None)


def _modified_object(verb: Token) -> Token | None:
    """The object a bare participle the parser hung on its verb modifies, as a reduced
    relative clause: right after that object, with no comma, marker, subject or object of
    its own ("prosecute their citizens fighting in Syria"; not "stormed the camp killing
    three militants", where the participle is what the storming did)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ != "VERB":
        return None
    own = ("mark", "aux", "dobj", "dative")
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in own for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects or objects[-1].right_edge.i != verb.i - 1:
        return None
    return objects[-1]


def _object_is_subject(verb: Token, slot: Token | None, subjects: list[Token]) -> bool:
    """Whether a participle after a comma inherits, from the complement clause it hangs on,
    the very subject its object pronoun points back to ("that the mission leave, accusing it
    of ...").  Such a pronoun would be "itself"; the participle is the reporting clause's."""
    if slot is None or slot.lower_ not in ("it", "them", "him", "her"):
        return False
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.dep_ != "ccomp":
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    own = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(own) and [s.i for s in subjects] == [s.i for s in own]


def _despite_nouns(trigger: Token) -> Iterator[Token]:
    """The asking nouns of a "despite" phrase on the trigger or on the verb it complements
    ("refused to release X despite calls from London")."""
    hosts = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    if trigger.dep_ in ("xcomp", "ccomp") and trigger.head.i != trigger.i:
        hosts.append(trigger.head)
    hosts += [c for h in hosts for c in h.children if c.dep_ == "dobj"]  # "the crossing | despite"
    for host in hosts:
        for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "despite"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if noun.lemma_.lower() in ASKING_NOUNS:
                    yield noun


def _strikes_people(code: str) -> bool:
    """Whether an act with this code strikes a place's people (18x, 20x and
    ``PEOPLE_STRUCK``), so that a town it targets stands for its civilians."""
    return code[:2] in ("18", "20") or code[:3] in PEOPLE_STRUCK


def _antecedent_place(tok: Token) -> Token | None:
    """The place a bare definite "the city", "the town" or "the country" points back to:
    the nearest proper name of a place before it in the sentence."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ANAPHORIC_PLACES:
        return None
    if [c.lower_ for c in tok.children if c.i < tok.i] != ["the"]:
        return None  # "the Syrian city of", "a town", "the border town": not a back-reference
    if any(c.dep_ == "prep" for c in tok.children):
        return None  # "the town of Boni"
    for before in reversed(tok.doc[: tok.i]):
        if before.pos_ == "PROPN" and before.ent_type_ in ("GPE", "LOC"):
            return before
    return None


def _gathered_for(verb: Token) -> bool:
    """An infinitive on a gathering noun that names no one ("a rally to protest the law",
    "a strike to demand higher wages"): those who gather do it."""
    noun = verb.head
    if not to_infinitive(verb):
        return False
    if noun.lemma_.lower() not in GATHERING_NOUNS or noun.dep_ not in ("pobj", "dobj"):
        return False
    return not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN"
                   for c in noun.children)  # fmt: skip


def _permitted(permission: Token) -> list[Token]:
    """Who is given a permission: "for X to", the dative of the verb that gives it ("gave
    Iran permission", "gave permission to Iran"); none when unnamed."""
    for prep in permission.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return [c for c in prep.children if c.dep_ == "pobj"]
    giver = permission.head
    if permission.dep_ != "dobj" or giver.pos_ != "VERB":
        return []
    for c in giver.children:
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN"):
            return [c]
        if c.dep_ in ("dative", "prep") and c.lower_ == "to":
            return [g for g in c.children if g.dep_ == "pobj"]
    return []


def _author(statement: Token) -> list[Token]:
    """Who made a statement: its possessor, its by-phrase ("a statement by the ministry"),
    or the subject of the verb it is the object of ("issued a statement")."""
    owner = _owner(statement)
    if owner:
        return owner
    for prep in statement.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return [c for c in prep.children if c.dep_ == "pobj"]
    if statement.dep_ == "dobj" and statement.head.pos_ == "VERB":
        return _subject_of(statement.head)
    return []


def _own_side(sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether every source shares its country with a target that is people of it."""
    countries = {t.country for t in targets if t is not None and t.country and t.sector}
    return bool(sources) and all(a.country in countries for a in sources)


def _owner(noun: Token) -> list[Token]:
    """The named possessor of a noun ("Turkey's decision"); not a pronoun ("its")."""
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]


def _maker(noun: Token) -> list[Token]:
    """Who a decision, plan or threat is made by when no possessor says so: a name or a
    nationality word before it ("the US decision", "Western threats", "a Russian offer") or
    its by-phrase ("the decision by Trump"); none for a common word ("a final decision")."""
    named = [
        c
        for c in noun.lefts
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in MAKER_ENTITIES
    ]
    if named:
        return named[-1:]
    by = (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by")
    return [g for p in by for g in p.children if g.dep_ == "pobj"][:1]


def _through_of(noun: Token) -> Token:
    """The noun an of-phrase chain hangs from: "talks" in "a round of talks" gives "round"."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return tok


def _lends_subject(noun: Token, verb: Token) -> bool:
    """Whether the subject of ``verb`` is the agent of the nominal event ``noun``.

    "Russia held talks with Iran", "Ivanov, after talks with...": yes. "France condemned
    the attack on Israel": no — France judged the attack, it did not make it.
    """
    tok = _through_of(noun)  # "a round of talks", "an initial set of talks"
    if tok.head == verb and tok.dep_ in ("dobj", "attr"):
        # "held talks", and stance verbs: "promised aid", "refused talks", "threatened an attack"
        return verb.lemma_.lower() in SUPPORT_VERBS or is_stance_word(verb)
    if tok.dep_ == "pobj" and tok.head.lower_ == "on":  # "is on a visit to", not "commented on"
        return verb.lemma_.lower() in ON_VERBS
    # "after talks with", "during a visit to": the subject's own; amid or despite
    # something, only a meeting or a visit is ("amid growing calls for a ceasefire, Israel
    # pressed on" is not). Measured: restricting after/before/since/following as well cut
    # gold-news triple F1 by a point.
    if tok.dep_ != "pobj" or tok.head.lower_ not in ADJUNCT_PREPS:
        return False
    if in_reaction_frame(tok):
        return False  # "in protest at the killing of nine Palestinians": another's act
    return tok.head.lower_ not in CIRCUMSTANCE_PREPS or noun.lemma_.lower() in ADJUNCT_EVENT_NOUNS


def _framing_fight(noun: Token, pattern: Pattern) -> bool:
    """Whether ``noun`` is a fight in a phrase framing the clause ("after weeks of clashes",
    "during the fighting"), whose subjects it is not the parties of."""
    if pattern.code[:2] not in FORCE_ROOTS:
        return False
    tok = _through_of(noun)  # "seven weeks of clashes"
    if tok.dep_ != "pobj" or tok.head.lower_ not in ADJUNCT_PREPS:
        return False
    # "Israel and Hamas agreed to a truce after weeks of fighting": a mutual act after the
    # fight makes its subjects the two sides of it
    verb = _governing_verb(noun)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
    return verb is None or not _symmetric(verb, obj)


def _governing_verb(noun: Token) -> Token | None:
    tok = noun
    for _ in range(8):
        if tok.head == tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _has_particle(verb: Token, head: Token, word: str) -> bool:
    for tok in {verb, head}:
        for c in tok.children:
            if c.dep_ in ("prt", "prep", "agent", "advmod", "dative") and c.lower_ == word:
                if _infinitive_to(c):
                    continue
                return True
            # "walked out of the talks": the preposition hangs off the particle
            if c.dep_ in ("prt", "advmod", "prep") and any(
                g.dep_ == "prep" and g.lower_ == word for g in c.children
            ):
                return True
    return False


INSTRUMENTS = Path(__file__).resolve().parent.parent / "data" / "cameo" / "instruments.tsv"
# Nouns that name an attack whatever its means: "killed in an attack", "wounded in an ambush".
ATTACK_NOUNS = frozenset(
    {"attack", "assault", "ambush", "raid", "strike", "airstrike", "bombing", "shelling"}
    | {"bombardment", "shooting", "gunfire", "firefight", "gunbattle", "bomb", "rocket"}
    | {"missile", "mortar", "grenade"}
)
# Means that may be no attack at all ("a gas explosion", "a fire"): they name an attacker
# only with a word that makes them one ("a bomb explosion", "artillery fire").
VAGUE_MEANS = frozenset({"explosion", "blast", "fire", "mine", "device", "shell"})
# Adjectives that the parser may hang on the object though they complete the verb:
# "shot dead two protesters".
RESULT_ADJECTIVES = frozenset({"dead", "unconscious"})
# Sectors whose strikes are stoppages of work, not attacks.
LABOUR_SECTORS = frozenset({"LAB", "EDU", "HLH", "MED", "CVL", "BUS", "OPP"})
# Unarmed people whose clash with the police or the army is a riot (145).
UNARMED_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REF"})
CLASH_VERBS = frozenset({"clash", "scuffle", "skirmish", "brawl", "clashes", "clashing"})
STORM_VERBS = frozenset({"storm", "ransack"})
CROSSING_VERBS = frozenset({"cross", "enter", "infiltrate"})
RIOT_CODE = "145"
# Ground taken (192): "lost Raqqa to Kurdish forces" is the Kurds' only when a place is lost.
OCCUPY_CODE = "192"
# What a party loses that is ground: a named place, or a word for one ("the town", "territory").
GROUND_NOUNS = (
    TOWN_NOUNS
    | AREA_NOUNS
    | frozenset(
        {"territory", "ground", "land", "position", "base", "airbase", "airport", "border"}
        | {"crossing", "oilfield", "field", "bastion", "heartland", "foothold", "country"}
    )
)
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Verbs whose subject is the place that passes to another ("Mosul fell to Isis").
FALLING_VERBS = frozenset({"fall"})
# Verbs that take ground only when their target is a place ("took over Aleppo").
GROUND_TAKING_VERBS = frozenset(
    {"take", "capture", "seize", "conquer", "regain", "reclaim", "liberate", "grab"}
)
# Sectors of the armed (a state's forces, police and spies included; the resolver's
# ARMED_SECTORS leaves police and spies out): ground they lose at home is lost in a fight, not
# at the polls, and backing them is military aid.
ARMED_FORCE_SECTORS = FORCES | frozenset({"REB", "UAF", "INS", "SEP"})
EXPEL_CODE = "174"
DIPLOMAT_WORDS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul"}
    | {"consuls", "attache", "attaché", "charge", "chargé", "emissary", "emissaries"}
)
# Verbs whose subject is the victim of the attack they name: "died in an air strike".
VICTIM_VERBS = frozenset({"die", "perish"})
# Prepositions that introduce the means of a passive act of violence.
# Roots of acts that favour their target: intents to cooperate, consultations, support,
# cooperation and aid (03-07).
FRIENDLY_ROOTS = frozenset({"03", "04", "05", "06", "07"})
# A leader's removal, which no lexicon entry names as an event noun of its own.
OUSTER_NOUNS = frozenset({"overthrow", "ouster", "removal", "downfall", "toppling", "fall"})
# Participles whose hyphened actor backs a thing another does ("US-backed", "UN-brokered").
SPONSOR_VERBS = frozenset(
    {"back", "approve", "sponsor", "support", "fund", "finance", "arm", "train", "endorse"}
    | {"broker", "mediate", "sanction", "bless"}
)
# Participles whose agent gave or made a weapon, not used it ("a missile supplied by Russia",
# "rockets made in Iran"): the weapon's supplier is not the attacker.
SUPPLIER_VERBS = SPONSOR_VERBS | (
    {"supply", "provide", "sell", "make", "manufacture", "build", "produce", "design", "give"}
    | {"deliver", "ship", "send", "donate", "develop", "smuggle", "transfer", "export"}
)
# Harm that is nobody's act: accidents and natural disasters.
ACCIDENT_NOUNS = frozenset(
    {"crash", "accident", "collision", "derailment", "stampede", "crush", "capsizing"}
    | {"earthquake", "quake", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone"}
    | {"landslide", "mudslide", "avalanche", "tsunami", "eruption", "wildfire", "heatwave"}
    | {"outbreak", "epidemic", "disease", "drought", "lightning"}
)
MEANS_PREPS = frozenset({"in", "during", "by", "from"})
# An armed force that the report does not identify (CAMEO's UAF), its country unknown until
# the event's place gives it.
# Nouns of an attempt whose infinitive names the attack ("an attempt to assassinate").
ATTEMPT_NOUNS = frozenset({"attempt", "bid"})
# A release appealed for or demanded (0253, 1053) is asked of who detained (173) or
# abducted (181) the people to be released
RELEASE_ASKED = frozenset({"0253", "1053"})
CAPTURE_CODES = ("173", "181")
# Harm whose user, when none is named, is who held the victim ("while in police custody")
HARM_IN_CUSTODY = frozenset({"torture", "beating", "abuse", "mistreatment", "ill-treatment"})
KILLED_IN_CUSTODY = "1823"  # kill by physical assault
ATTEMPTED = "unidentified attacker: an attempt with no one named who made it"
ASSASSINATE = "186"
# Verbs whose that-clause on the speaker's own future act is a threat.
WARNING_VERBS = frozenset({"warn", "threaten"})
UNIDENTIFIED = "---UAF"
# Verbs whose passive subject is the weapon itself: "rockets were fired / launched at".
LAUNCH_VERBS = frozenset({"fire", "launch", "lob", "drop"})
SYMPATHY = "018"  # make an empathetic comment
PEACEKEEPERS = "IGOPKO"
CIVILIANS = "CVL"
UNNAMED_VICTIMS = "---CVL"
# The codes a named means may refine: violence or force with the means not specified.
GENERIC_FORCE = frozenset({"180", "182", "183", "190", "193", "194", "195"})


@cache
def _instruments() -> dict[tuple[str, ...], str]:
    table = {}
    for line in INSTRUMENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, code = line.split("\t")
            table[tuple(phrase.split())] = code
    return table


def _by_instrument(match: Match) -> Match:
    """ "A suicide bomber killed ...", "Israeli air strikes killed ...": the means named as
    the subject of an assault or a fight choose its code (``data/cameo/instruments.tsv``)."""
    verb = match.trigger
    if verb.pos_ != "VERB" or match.pattern.code not in GENERIC_FORCE | {"186"}:
        return match  # a more specific pattern ("killed a commander": 186) stands
    means = match.means or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = _instrument(means) if means is not None else None
    if found is None or found[1] == match.pattern.code:
        return match
    if match.pattern.code == "186" and found[1] != "1952":
        return match  # only a drone outranks an assassination (codebook 1952 example)
    if found[0] in VAGUE_MEANS and match.source is None:
        return match  # "killed in a gas explosion" is no bombing
    phrase, code = found
    origin = f"{match.pattern.origin} instrument:{phrase}"
    return replace(match, pattern=replace(match.pattern, code=code, origin=origin))


def _unarmed_crossing(match: Match) -> bool:
    """ "Refugees left their homes and crossed into Turkey": unarmed people crossing a border
    or into a place invade no one."""
    source = match.source
    return (
        match.pattern.trigger in CROSSING_VERBS
        and match.pattern.code[:2] in VIOLENT_ROOTS
        and source is not None
        and source.sector in UNARMED_SECTORS
    )


def _riot(match: Match) -> Match:
    """ "Demonstrators clashed with riot police": unarmed people who fight the police or the
    army riot (145), they do not use military force (190)."""
    pattern = match.pattern
    if pattern.code != "190" or pattern.trigger not in CLASH_VERBS | STORM_VERBS:
        return match
    source, target = match.source, match.target
    if source is None or source.sector not in UNARMED_SECTORS:
        return match
    # "Protesters stormed parliament": a building stormed by unarmed people is a riot, whoever
    # holds it; a clash is one only with the police or the army
    if pattern.trigger in CLASH_VERBS and (target is None or target.sector not in FORCES):
        return match
    origin = f"{pattern.origin} riot:{source.sector}"
    return replace(match, pattern=replace(pattern, code=RIOT_CODE, origin=origin))


# Sectors of people who clash in words: officials, lawmakers, judges, party leaders.
WORDY_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "ELI", "MED"})
REBUKE_CODE = "111"


def _war_of_words(match: Match) -> Match:
    """ "The UK ambassador to the UN also clashed with Trump": officials who clash with
    officials do so in words (111, criticise), not by military force (190); states, armies,
    police and crowds still clash as before."""
    pattern = match.pattern
    if pattern.code != "190" or pattern.trigger not in CLASH_VERBS:
        return match
    source, target = match.source, match.target
    if source is None or target is None:
        return match
    if source.sector not in WORDY_SECTORS or target.sector not in WORDY_SECTORS:
        return match
    origin = f"{pattern.origin} words:{source.sector}-{target.sector}"
    return replace(match, pattern=replace(pattern, code=REBUKE_CODE, origin=origin))


# Idioms of being shot at or attacked, which lawmakers, officials and the press do in words.
UNDER_FIRE_OBJECTS = frozenset({"fire", "attack"})


def _fire_of_words(match: Match) -> Match:
    """ "The trade surplus has come under fire from Congress", "the minister came under attack
    from opposition lawmakers": fire from lawmakers, officials or the press, at no armed force,
    is criticism (111), not fire (193) or an attack (190)."""
    pattern = match.pattern
    if pattern.trigger != "come" or pattern.object_lemma not in UNDER_FIRE_OBJECTS:
        return match
    if pattern.code[:2] != "19":
        return match
    source, target = match.source, match.target
    if source is None or source.sector not in WORDY_SECTORS | {"OPP"}:
        return match
    if target is not None and target.sector in ARMED_FORCE_SECTORS:
        return match
    origin = f"{pattern.origin} words:{source.sector}"
    return replace(match, pattern=replace(pattern, code=REBUKE_CODE, origin=origin))


def _armed_backing(match: Match) -> Match:
    """ "Iran backs Hezbollah", "Kurdish fighters, supported by the US military": an armed
    force backed is given military aid (072), not endorsed (051)."""
    pattern = match.pattern
    if pattern.code != "051" or pattern.trigger not in ARMED_BACKING_VERBS:
        return match
    target = match.target
    if pattern.object_lemma or target is None or target.sector not in ARMED_FORCE_SECTORS:
        return match
    origin = f"{pattern.origin} armed:{target.sector}"
    return replace(match, pattern=replace(pattern, code="072", origin=origin))


def _labour_strike(match: Match) -> Match:
    """ "Unions threatened to strike over pay": workers, teachers or doctors who strike stop
    work (143; a threat of it 133), they do not attack."""
    pattern = match.pattern
    if "strike" not in (pattern.trigger, pattern.xcomp) or pattern.code[:2] not in ("13", "19"):
        return match
    if match.source is None or match.source.sector not in LABOUR_SECTORS:
        return match
    target = match.target
    if target is not None and target.country is not None and target.sector is None:
        return match  # "before striking Syria": a country struck is attacked, not walked out on
    code = "133" if pattern.code[:2] == "13" else "143"
    origin = f"{pattern.origin} labour:{match.source.sector}"
    return replace(match, pattern=replace(pattern, code=code, origin=origin))


def _joint_operations(matches: list[Match]) -> list[Match]:
    """ "French and Malian troops launched a joint offensive against militants": besides
    the offensive, the two cooperate militarily with each other (CAMEO 062)."""
    out: list[Match] = []
    by_trigger: dict[int, list[Match]] = {}
    for m in matches:
        if m.pattern.code[:2] in JOINT_ROOTS:
            by_trigger.setdefault(m.trigger.i, []).append(m)
    for group in by_trigger.values():
        trigger = group[0].trigger
        things = [trigger] if trigger.pos_ == "NOUN" else []
        things += [c for c in trigger.children if c.dep_ == "dobj"]
        # "launched 10 days of war games": through a quantity to what it counts
        things += [
            o
            for t in things
            if t.lower_ in QUANTITY_HEADS
            if (o := _prep_object(t, "of", None, direct=True))
        ]
        joint = any(_has_modifier(t, w) for t in things for w in JOINT_WORDS)
        # exercises two countries hold are held together ("Russia and China held exercises")
        drills = any(t.lemma_.lower() in EXERCISE_NOUNS for t in things)
        if not (joint or drills):
            continue
        sources = {m.source.code: m.source for m in group if m.source and m.source.country}
        if len({a.country for a in sources.values()}) < 2:
            continue
        pattern = replace(group[0].pattern, code="062", origin=f"{group[0].pattern.origin} joint")
        out += _reciprocal(pattern, trigger, list(sources.values()))
    return out


def _stopped(match: Match) -> Match:
    """ "The rebels stopped fighting", "urged Israel to halt its offensive": violence that
    is stopped is de-escalation (CAMEO 087), a protest that is stopped eases dissent (082);
    the stopping verb is the trigger, so that "urged ... to stop fighting" is an appeal for
    de-escalation (0256) and "agreed to stop fighting" an intent to de-escalate (0356)."""
    trigger = match.trigger
    head = trigger.head
    if trigger.dep_ not in ("xcomp", "dobj") or head.lemma_.lower() not in STOP_VERBS:
        return match
    if ends_up(head):
        return match  # "Russia ended up attacking Ukraine" attacked it
    code = STOPPED_CODES.get(match.pattern.code[:2])
    if code is None:
        return match
    origin = f"{match.pattern.origin} stopped:{head.lemma_.lower()}"
    return replace(match, trigger=head, pattern=replace(match.pattern, code=code, origin=origin))


def _attempt(match: Match) -> Match:
    """An unnamed attempt to assassinate or kill a person is an attempted assassination
    (185), the act not done."""
    source = match.source
    if source is None or source.rule != ATTEMPTED or match.pattern.code != ASSASSINATE:
        return match
    origin = f"{match.pattern.origin} attempt"
    return replace(match, pattern=replace(match.pattern, code="185", origin=origin))


def _peacekeeping(match: Match) -> Match:
    """ "NATO peacekeeping troops arrived in Bosnia": peacekeepers who arrive or are
    deployed somewhere provide peacekeeping there (CAMEO 074), they do not visit it."""
    source = match.source
    if match.pattern.code not in ("042", "150", "154") or source is None:
        return match
    if match.target is None:
        return match
    if "PKO" not in source.code and "peacekeep" not in source.text.lower():
        return match  # "Bangladeshi peacekeeping troops" are BGD, and peacekeepers
    origin = f"{match.pattern.origin} peacekeepers"
    return replace(match, pattern=replace(match.pattern, code="074", origin=origin))


def _press_talk(match: Match) -> bool:
    """ "Erdogan talked to reporters", "spoke to the BBC": speaking to the press is how a
    statement is made, not a consultation (040) with the press."""
    target = match.target
    return (
        match.pattern.trigger in PRESS_TALK_VERBS
        and match.pattern.code == "040"
        and target is not None
        and target.sector == "MED"
    )


def _diplomats(match: Match) -> Match:
    """ "ordered the expulsion of the French ambassador": expelling diplomats reduces
    diplomatic relations (161), as the codebook's usage note to 174 says."""
    target = match.target
    if match.pattern.code != EXPEL_CODE or target is None:
        return match
    words = {w.lower().strip(".,'") for w in target.text.split()}
    if not words & DIPLOMAT_WORDS:
        return match
    origin = f"{match.pattern.origin} diplomats"
    return replace(match, pattern=replace(match.pattern, code="161", origin=origin))


def _instrument(tok: Token) -> tuple[str, str] | None:
    """The means a noun phrase names and its code, from ``data/cameo/instruments.tsv``:
    the phrase listed first among those the words before the head (and the head) hold,
    so "a suicide car bombing" is a suicide bombing (1831) before a car bombing (1832)."""
    words = [t.lower_ for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "amod")]
    words.append(tok.lemma_.lower())  # "a car bomb explosion": car, bomb, explosion
    for phrase, code in _instruments().items():  # in the table's order
        n = len(phrase)
        if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
            return " ".join(phrase), code
    return None


def _means(verb: Token, subjects: list[Token], passive: bool) -> Token | None:
    """The weapon or attack an act of violence names, where its user is not the subject:
    the subject itself ("a roadside bomb killed"), the passive agent ("killed by an
    improvised explosive device") or an adjunct ("killed in an Israeli air strike",
    "wounded during an ambush")."""
    candidates = [] if passive else list(subjects)
    if verb.dep_ == "relcl":  # "the suicide bombing that killed 60 people": the antecedent
        candidates = [verb.head if c.tag_ in ("WDT", "WP") else c for c in candidates]
    if passive:
        candidates += subjects
        # "a mortar bomb was fired at Israel": the weapon fired, before an adjunct's attack
        # (not "a jet was shot down": what is shot is hit)
        if _lemma(verb) in LAUNCH_VERBS:
            candidates += [c for c in verb.children if c.dep_ == "nsubjpass" and _is_weapon(c)]
        candidates += _means_adjuncts(verb)
    # "a series of airstrikes by Russian jets killed": through the quantity to what it counts
    candidates += [o for c in candidates if (o := _counted(c)) is not None]
    return next((c for c in candidates if _is_means(c)), None)


def _subordinates(told: Token | None, actors: list[Actor], commanders: list[Actor]) -> bool:
    """Whether the one told is the commander's own forces or officials: "his defence
    chiefs", "the army" of the commander's country, "U.S. troops" told by Biden."""
    if told is None or not commanders:
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in told.children):
        return told.lemma_.lower() in SUBORDINATE_NOUNS or all(
            a.sector in SUBORDINATE_SECTORS for a in actors
        )
    own = {a.country for a in commanders if a.country}
    return bool(actors) and all(
        a.country in own and a.sector in SUBORDINATE_SECTORS for a in actors
    )


def _backing_means(verb: Token) -> Token | None:
    """The means a participle of backing names as its agent: "backed by Russian air
    strikes", "supported by drones" (a weapon or an attack, not an actor)."""
    if verb.lemma_.lower() not in BACKING_VERBS or verb.tag_ != "VBN":
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for pobj in (c for c in agent.children if c.dep_ == "pobj"):
            if _is_means(pobj) and _instrument(pobj) is not None:
                return pobj
    return None


def _backed_act(verb: Token) -> Token | None:
    """The verb of the act a participle of backing modifies: its noun's verb ("forces,
    backed by ..., pushed") or the clause it hangs on ("raided the camp, backed by")."""
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        return verb.head.head
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB":
        return verb.head
    return None


def _claimer(tok: Token) -> Token | None:
    """Who the sentence says claimed the attack: "in an attack later claimed by Isis", "an
    attack for which al-Shabaab claimed responsibility", "JNIM claimed the attack"."""
    for claim in tok.sent:
        if claim.lemma_.lower() != "claim" or claim.pos_ != "VERB":
            continue
        if claim.dep_ == "acl" or _is_passive(claim):  # "claimed by X"
            agents = [c for c in claim.children if c.dep_ == "agent"]
            return next((p for a in agents for p in a.children if p.dep_ == "pobj"), None)
        objects = [c for c in claim.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in CLAIMED_WORDS for o in objects):
            return next((c for c in claim.children if c.dep_ == "nsubj"), None)
    return None


def _counted(tok: Token) -> Token | None:
    """What a quantity counts: "a series of airstrikes", "two waves of attacks"."""
    if tok.lower_ not in QUANTITY_HEADS and tok.lemma_.lower() not in QUANTITY_HEADS:
        return None
    return _prep_object(tok, "of", None, direct=True)


def _accident(verb: Token, subjects: list[Token], passive: bool) -> bool:
    """Whether harm is done by an accident or a disaster: the subject ("floods killed"),
    the passive agent ("killed by the crash") or an adjunct ("killed in a bus accident")."""
    candidates = list(subjects) + (_means_adjuncts(verb) if passive else [])
    return any(c.pos_ == "NOUN" and c.lemma_.lower() in ACCIDENT_NOUNS for c in candidates)


def _means_adjuncts(verb: Token) -> list[Token]:
    """The objects of the verb's in/during/by/from phrases ("killed in an air strike"), and
    of "as a result of" ("died as a result of torture")."""
    found = [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip
    for result in (
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "result"
    ):  # fmt: skip
        cause = _prep_object(result, "of", None, direct=True)
        if cause is not None:
            found.append(cause)
    return found


def _is_weapon(tok: Token) -> bool:
    """Whether ``tok`` is a weapon the instruments table knows ("a mortar bomb", "rockets"),
    not an attack noun."""
    found = _instrument(tok)
    return tok.pos_ == "NOUN" and found is not None and found[0] not in VAGUE_MEANS


def _is_means(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (
        tok.lemma_.lower() in ATTACK_NOUNS or _instrument(tok) is not None
    )


def _identifies_means(tok: Token) -> bool:
    """Whether a means phrase is surely an attack, so an unnamed user is an unidentified
    armed force: "an attack", "a roadside bomb", not "an explosion" or "a fire" alone."""
    if tok.lemma_.lower() in ATTACK_NOUNS - VAGUE_MEANS:
        return True
    found = _instrument(tok)
    return found is not None and found[0] not in VAGUE_MEANS


def _lemma(verb: Token) -> str:
    """The verb's lemma; an irregular past form the tagger left as it is ("forgave") is
    brought to its base form."""
    return verb_lemma(verb.lemma_) if verb.lower_ == verb.lemma_.lower() else verb.lemma_


def _own(tok: Token) -> bool:
    """An object owned by the subject: "its forces", "their troops"."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in tok.children
    )


def _placeholder(target: Actor | None) -> bool:
    """No target, or only a country standing for where something happened (no sector)."""
    return target is None or (not target.sector and target.code == target.country)


def _purpose(tok: Token) -> bool:
    """A purpose infinitive: "began a hunger strike to protest X's decision"."""
    return tok.dep_ in ("advcl", "relcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _is_complement(tok: Token, lemma: str) -> bool:
    """An open complement "to VERB", also where the parser calls it an adverbial clause
    ("threatened on Monday to secede")."""
    if tok.lemma_ != lemma:
        return False
    if tok.dep_ == "xcomp":
        return True
    return tok.dep_ in ("advcl", "relcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _told_clause(tok: Token, lemma: str) -> bool:
    """A complement with its own subject ("allowed the candidate to run"), as the parser
    reads the object of a verb of permission or command."""
    return (
        tok.dep_ == "ccomp"
        and tok.lemma_ == lemma
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _particle_without_object(verb: Token, word: str) -> bool:
    """ "handed over the suspects", "pushed back Russian troops" (the parser reads "back"
    as an adverb): the pattern's preposition is a particle, and the object follows it."""
    return any(
        c.dep_ in ("prt", "advmod")
        and c.lower_ == word
        and c.i == verb.i + 1
        and not any(True for _ in c.children)
        for c in verb.children
    )


def _has_modifier(noun: Token, word: str) -> bool:
    return any(c.lower_ == word or c.lemma_ == word or _hyphen_is(c, word) for c in noun.lefts)


def _word_is(tok: Token, word: str) -> bool:
    return tok.lemma_.lower() == word or tok.lower_ == word or _hyphen_is(tok, word)


def _hyphen_is(tok: Token, word: str) -> bool:
    """ "cease-fire" is the pattern word "cease-fire" or "ceasefire"."""
    joined = _hyphenated(tok)
    return joined is not None and word in (joined, joined.replace("-", ""))


def _sentence_words(doc: Doc) -> frozenset[str]:
    """Every form by which a pattern's word can match a word of ``doc``: its lemma (as
    tagged and lower-cased), its lower-cased text, and the hyphenated word it ends, with
    and without the hyphen ("cease-fire", "ceasefire"); see :func:`_word_is`."""
    words: set[str] = set()
    for tok in doc:
        words.update((tok.lemma_, tok.lemma_.lower(), tok.lower_))
        joined = _hyphenated(tok)
        if joined is not None:
            words.update((joined, joined.replace("-", "")))
    return frozenset(words)


def _missing_word(pattern: Pattern, words: frozenset[str]) -> str | None:
    """A word ``pattern`` needs that the sentence lacks (its object, the object's
    modifiers and of-object, its complement verb, its particles), if any: the pattern
    cannot match, so its object is not looked for ("impose sanctions on $T" in a sentence
    with no "sanctions")."""
    needed = (pattern.object_lemma, pattern.object_of, pattern.xcomp)
    for word in (*needed, *pattern.object_mods, *pattern.particles):
        if word and word not in words:
            return word
    return None


def _hyphenated(tok: Token) -> str | None:
    """The hyphenated word the parser split and ``tok`` ends ("cease-fire", "sit-in",
    "no-fly"), so that a pattern can name it as written."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-":
        return None
    if doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    return f"{doc[tok.i - 2].lower_}-{tok.lower_}"


def _pattern_object(head: Token, pattern: Pattern) -> Token | None:
    """The object word ``pattern`` names, under ``head`` (see :func:`_find_object`)."""
    return _find_object(
        head, pattern.object_lemma or "", pattern.object_mods, pattern.object_of, pattern.particles
    )


def _find_object(
    head: Token,
    word: str,
    mods: tuple[str, ...],
    of: str | None = None,
    preps: tuple[str, ...] = (),
) -> Token | None:
    """The object word of a pattern: a direct object, or the object of a preposition
    (one of the pattern's own, ``preps``, when it names any: "agree to talks")."""
    candidates = [c for c in head.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass", "npadvmod")]
    if _is_passive(head) and (shared := _shared_subject(head)) is not None:
        candidates.append(shared)  # "the civilians were detained and later released"
    # "shot dead a police officer", "shot two protesters dead": a resulting adjective
    candidates += [c for c in head.children if c.dep_ in ("acomp", "ccomp") and c.pos_ == "ADJ"]
    candidates += [
        a for c in head.children if c.dep_ == "dobj"
        for a in c.children if a.dep_ == "amod" and a.lower_ in RESULT_ADJECTIVES
    ]  # fmt: skip
    outer = [c for c in head.children if c.dep_ in ("prep", "prt", "advmod")]
    inner = [g for c in outer for g in c.children if g.dep_ == "prep"]  # "out of the talks"
    # "have taken refuge in the Syrian town of Mayedin" takes no town: a verb whose direct
    # object is a shelter found takes no object word from a phrase the pattern does not name
    other_object = not preps and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SHELTER_NOUNS for c in head.children
    )
    for prep in (c for c in outer + inner if c.dep_ in ("prep", "prt")):
        if (preps and prep.lower_ not in preps) or prep.lower_ in FRAME_PREPS:
            continue  # "during talks with Iran, Russia offered fuel" offers no talks
        if other_object and prep.dep_ == "prep":
            continue
        # "accused X of violating": the gerund after a preposition is a pcomp
        candidates.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    for cand in list(candidates):  # "accused X of committing abuses": through a light verb
        if cand.dep_ == "pcomp" and cand.lemma_.lower() in LIGHT_VERBS:
            candidates += [c for c in cand.children if c.dep_ == "dobj"]
    for cand in list(candidates):  # "deployed thousands of troops": see through the quantity
        if cand.lower_ in QUANTITY_HEADS:
            candidates += [
                g for p in cand.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"
            ]  # fmt: skip
    for cand in candidates:
        if _word_is(cand, word) and all(_has_modifier(cand, m) for m in mods):
            if of is None or _of_object(cand, of) is not None:
                return cand
    return None


def _of_object(noun: Token, word: str) -> Token | None:
    """ "state of emergency": the object of the noun's of-phrase, if it is ``word``."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and _word_is(g, word)):
            return pobj
    return None


def _infinitive_to(tok: Token) -> bool:
    """An infinitive's "to" that the parser hung as a preposition ("a strike to protest
    Assad's failure to usher in reforms"): tagged a particle, or with an object the tagger
    made an adjective ("usher")."""
    if tok.lower_ != "to":
        return False
    if any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return False  # "agreed to daily military pauses": a preposition the tagger made PART
    return tok.pos_ == "PART" or any(c.dep_ == "pobj" and c.pos_ == "ADJ" for c in tok.children)


def _dative(head: Token) -> Token | None:
    """The indirect object written without "to" ("gave Tanzania a grant")."""
    return next(
        (c for c in head.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")), None
    )


def _prep_object(
    head: Token, prep: str | None, obj: Token | None, *, direct: bool = False
) -> Token | None:
    """The object of preposition ``prep`` attached to the verb, its particle or its object
    (to ``head`` alone when ``direct``)."""
    hosts = [head]
    if obj is not None:
        # "imposed sanctions and a travel ban on Russia": the phrase may hang on the
        # object's last conjunct
        hosts += [obj, *obj.conjuncts]
    if not direct:
        hosts.extend(c for c in head.children if c.dep_ in ("prt", "dobj"))
    for host in hosts:
        for c in host.children:
            if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == prep:
                if _infinitive_to(c):
                    continue
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is None:
                    pobj = _stranded_object(c)
                if pobj is not None and not (_is_date(pobj) and _later_prep(c, prep)):
                    return pobj  # "imposed sanctions on Saturday on six members": the second
    return None


def _later_prep(prep: Token, word: str) -> bool:
    """Whether the same preposition comes again later in its head's phrase."""
    return any(t.i > prep.i and t.dep_ == "prep" and t.lower_ == word for t in prep.head.subtree)


def _stranded_object(prep: Token) -> Token | None:
    """The object the parser took from a preposition for the subject of a reduced relative
    that follows it: "granted asylum to five army officers holed up in an embassy" (parsed
    as "officers holed up" with "to" left bare)."""
    after = prep.nbor() if prep.i + 1 < len(prep.doc) else None
    if after is None:
        return None
    if after.dep_ == "cc":
        return _raised_object(prep, after)
    for tok in prep.head.subtree:
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.left_edge.i == after.i
            and tok.head.i > tok.i
            and tok.head.pos_ == "VERB"
        ):
            return tok
    return None


def _raised_object(prep: Token, cc: Token) -> Token | None:
    """The object a bare preposition shares with the conjunct after it: "established ties
    with and opened an embassy in Tehran", "talks with and aid to Kiev" (the parser gives
    the object to the last preposition only)."""
    conjunct = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)
    if conjunct is None:
        return None
    for tok in conjunct.subtree:
        if tok.i > cc.i and tok.dep_ == "prep" and tok.pos_ == "ADP":
            return next((g for g in tok.children if g.dep_ == "pobj"), None)
    return None
