"""Stance: an actor saying it will, will not, or threatens to do something.

CAMEO codes "Portugal will support Turkey" as an *expressed intent* (032), "Israel
refused to meet Syria" as a *rejection* (125) and "Iran threatened to attack Iraq"
as a *threat* (138), not as the action. The stance comes from a governing control
verb or adjective ("agreed to", "refused to", "threatened to", "is ready to") or a
future auxiliary on the trigger itself; the new code from ``data/cameo/intent.tsv``.
The event's factuality is then that of the statement (usually asserted: the intent
was expressed), read from the governing word.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from spacy.tokens import Token

from detente.events.factuality import FUTURE_AUX, HYPOTHETICAL_ADVERBS, factuality, no_longer
from detente.records import Factuality

TABLE = Path(__file__).resolve().parent.parent / "data" / "cameo" / "intent.tsv"

INTEND_WORDS = frozenset(
    {
        "agree",
        "pledge",
        "promise",
        "vow",
        "swear",
        "offer",
        "plan",
        "intend",
        "commit",
        "prepare",
        "willing",
        "ready",
        "prepared",
        "determined",
        "resolve",
        "undertake",
        "aim",
        "expect",
        "seek",
        "want",
        "hope",
        "propose",
        "announce",
        "agreement",
        "consensus",
        "decision",
        "commitment",
        "readiness",
        "willingness",
        "intention",
    }
)
SPEECH_LEMMAS = frozenset(
    {"say", "announce", "declare", "tell", "state", "confirm", "add", "insist", "warn"}
)
# Verbs whose direct object, an event noun, is promised, offered or refused rather than done
# ("pledged aid", "offered talks"; not "committed atrocities", "undertook a mission").
NOMINAL_STANCE_VERBS = frozenset(
    {"promise", "pledge", "vow", "offer", "propose", "plan", "seek", "want", "threaten"}
    | {"refuse", "reject", "decline", "rule"}
)
# Verbs that carry a nominal event as their object: "held talks", "launched an attack".
SUPPORT_VERBS = frozenset(
    {
        "hold",
        "renew",
        "have",
        "conduct",
        "begin",
        "start",
        "open",
        "resume",
        "attend",
        "launch",
        "carry",
        "make",
        "pay",
        "stage",
        "stag",
        "mount",
        "continue",
        "wage",
        "undertake",
        "complete",
        "end",
        "finish",
        "plan",
        "announce",
        "seek",
        "propose",
        "offer",
        "agree",
        "sign",
        "reach",
        "conclude",
        "commit",
        "perpetrate",
        "step",
        "intensify",
        "escalate",
        "impose",
        "give",
        "provide",
        "send",
        "extend",
        "deliver",
        "grant",
        "host",
        "receive",
        # what is said or filed: "issued a condemnation of", "voiced criticism of",
        # "lodged a protest with", "levelled accusations against"
        "issue",
        "voice",
        "express",
        "lodge",
        "file",
        "level",
        "register",
        "air",
        "submit",
        "unleash",
        "initiate",
        "repeat",
        "reiterate",
        # what is adopted or unveiled: "adopted a new package of sanctions against Russia"
        "adopt",
        "approve",
        "unveil",
    }
)
# Passive verbs that report a forecast, not the subject's own stance.
FORECAST_PASSIVES = frozenset(
    {"expect", "schedule", "set", "slate", "say", "report", "believe", "suppose", "think"}
)
# Considering an action is its own code, whatever the action (014).
CONSIDER_WORDS = frozenset({"consider", "weigh", "mull", "contemplate", "ponder"})
# Force posture (15): an announced deployment or mobilisation already exhibits it.
POSTURE_ROOT = "15"
# Getting ready for violence is exhibiting force posture (150), not an intent or a threat.
PREPARE_WORDS = frozenset({"prepare", "gear"})
# Verbs that say nothing of the stance: "promised to continue aid" is a promise of aid.
ASPECT_VERBS = frozenset({"continue", "resume", "keep", "begin", "start", "maintain"})
REFUSE_WORDS = frozenset({"refuse", "decline", "reject", "unwilling", "refusal"})
THREATEN_WORDS = frozenset({"threaten", "warn", "vow", "swear", "threat", "ultimatum"})
# An intent to harm is a threat, but a decision or an announcement is the act itself.
DECISION_WORDS = frozenset({"decide", "decision", "announce"})
DECIDE_WORDS = frozenset({"decide", "decision", "resolve", "rule"})
# Nouns that carry a stance to their to-infinitive ("an agreement to exchange prisoners").
STANCE_NOUNS = frozenset(
    {"agreement", "consensus", "decision", "plan", "pledge", "promise", "offer", "commitment"}
    | {"readiness", "willingness", "intention", "threat", "ultimatum", "refusal", "vow"}
)


@cache
def stance_table() -> Mapping[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stance, action, code = line.split("\t")
        table[(stance, action)] = code
    return MappingProxyType(table)


def stance_code(stance: str, code: str) -> str | None:
    """The code for ``stance`` towards action ``code`` (longest matching prefix), if any."""
    table = stance_table()
    for length in range(len(code), 1, -1):
        found = table.get((stance, code[:length]))
        if found:
            return found
    return None


def apply_stance(trigger: Token, code: str, fact: Factuality) -> tuple[str, Factuality, str | None]:
    """Recode an event for the stance its trigger is under.

    An intent to do harm ("will impose sanctions", "plans to attack") is a threat.
    Returns (code, factuality, stance) — stance None when nothing changed.
    """
    governor = _governor(trigger)
    if governor is not None and _predicted(governor):
        governor = None  # "Obama is expected to visit": a forecast, not Obama's intent
    if governor is not None:
        lemma = governor.lemma_.lower()
        if lemma == "rule" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in governor.children
        ):
            lemma = "refuse"  # "France ruled out sending troops": a refusal
        if lemma in CONSIDER_WORDS:
            return "014", factuality(governor), "consider"  # "is considering giving money"
        if lemma in PREPARE_WORDS and code[:2] in ("18", "19", "20"):
            # "the army prepared to resume shelling": a show of force posture (CAMEO 15)
            return "150", factuality(governor), "prepare"
        denied = _negated(trigger) or _no(governor)  # "vowed not to", "had no intention of"
        if lemma in INTEND_WORDS and denied:
            new = stance_code("refuse", code)
            if new is not None:
                return new, factuality(governor), "refuse"  # "vowed not to resign"
            # "has no plans to attack Ukraine": no act refused in CAMEO's terms, and no
            # threat either; the act itself is denied
            return code, "negated", None
        for stance, words in (
            ("refuse", REFUSE_WORDS),
            ("threaten", THREATEN_WORDS),
            ("intend", INTEND_WORDS),
        ):
            if lemma in words or governor.lower_ in words:
                found = _stance(stance, code, harm=lemma not in DECISION_WORDS)
                if found is not None:
                    return found[0], factuality(governor), found[1]
    clause = trigger  # a nominal event's clause is the verb whose object it is
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ == "dobj":
        clause = trigger.head
    if clause.pos_ not in ("VERB", "AUX"):
        return code, fact, None
    if _will_not(clause):
        new = stance_code("refuse", code)  # "said it would not accept refugees"
        if new is not None:
            return new, "asserted", "refuse"
    future = _has_future_aux(clause) and (
        fact == "future" or (_conditional(clause) and not _speculated(clause))
    )
    # "The European Community may halt mediation efforts if cooperation founders": an act
    # of one's own made conditional is announced, as with "will"
    future = future or (
        _has_possible_aux(clause) and _conditional(clause) and not _speculated(clause)
    )
    if future or _reported_would(clause):
        # "announced that he will extend the curfew" is a threat: the CAMEO codebook, 1323
        # and 136, "the future tense used in the lead implies a threat"; what was decided
        # is the act ("decided that it would expel"), unless a condition makes it a threat
        harm = not _announced(clause, DECIDE_WORDS) or _conditional(clause)
        found = _stance("intend", code, harm=harm)
        if found is not None:
            return found[0], "asserted", found[1]
        if _announced(clause):
            return code, "future", None  # announced, to come
    return code, fact, None


def _speculated(verb: Token) -> bool:
    """ "will probably attack": someone's guess, not the actor's word."""
    return any(c.dep_ == "advmod" and c.lower_ in HYPOTHETICAL_ADVERBS for c in verb.children)


def _announced(verb: Token, words: frozenset[str] = DECISION_WORDS) -> bool:
    """Whether the clause is what an actor announced or decided ("announced it would")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in words


def _conditional(verb: Token) -> bool:
    """ "will withdraw ... unless X", "if X": a condition set on the act."""
    return any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        for c in verb.children
    )


def _stance(stance: str, code: str, *, harm: bool = True) -> tuple[str, str] | None:
    """The stance's code for ``code``; an intent with no code of its own may be a threat
    (``harm``), except after a decision, which is the act ("decided to expel")."""
    new = stance_code(stance, code)
    if new is not None:
        return new, stance
    if stance == "intend" and code.startswith(POSTURE_ROOT):
        return code, stance  # "will deploy 89,000 police": announcing it is the show of force
    if stance == "intend" and harm and (new := stance_code("threaten", code)) is not None:
        return new, "threaten"
    return None


def _governor(trigger: Token) -> Token | None:
    """The control verb or adjective whose open complement the trigger is ("agreed to send"),
    seen through an aspect verb ("promised to continue aid"); for a nominal event, the
    stance verb whose object it is ("pledged military aid", "offered talks")."""
    tok = trigger
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
            return None
        if tok.head.lemma_.lower() in NOMINAL_STANCE_VERBS:
            return tok.head  # "pledged aid", but "undertook a mission" is the mission
        if tok.head.lemma_.lower() not in SUPPORT_VERBS | ASPECT_VERBS:
            return None  # "vowed to avenge the killing": the killing is no intent
        tok = tok.head
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in STANCE_NOUNS:
        return tok.head  # "reached a consensus to exchange", "the threat to expel"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
        noun = tok.head.head
        if noun.lemma_.lower() in STANCE_NOUNS:
            return noun  # "had no intention of holding talks", "its plan of attacking"
    for _ in range(2):
        if tok.dep_ == "xcomp" and tok.head != tok:
            governor = tok.head
        elif tok.dep_ == "advcl" and to_infinitive(tok) and is_stance_word(tok.head):
            governor = tok.head  # "have sworn to fight", parsed as an adverbial clause
        elif tok.dep_ == "conj" and tok.head.dep_ == "xcomp":
            governor = tok.head.head
        else:
            return None
        if governor.lemma_.lower() not in ASPECT_VERBS:
            return governor
        tok = governor
    return None


def to_infinitive(tok: Token) -> bool:
    """Whether ``tok`` is a to-infinitive ("agreed to send": "send")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def is_stance_word(tok: Token) -> bool:
    """Whether ``tok`` is a word of intent, refusal or threat ("pledged", "refused")."""
    lemma = tok.lemma_.lower()
    return lemma in INTEND_WORDS or lemma in REFUSE_WORDS or lemma in THREATEN_WORDS


def _predicted(governor: Token) -> bool:
    """ "is expected to", "is scheduled to", "was said to": others' forecast of the act."""
    return governor.lemma_.lower() in FORECAST_PASSIVES and any(
        c.dep_ == "auxpass" for c in governor.children
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _no(noun: Token) -> bool:
    """ "no intention", "no plan": a stance noun its determiner denies."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "neg") and c.lower_ == "no" for c in noun.children
    )


def _will_not(verb: Token) -> bool:
    """ "will not accept", "would not provide", "won't attend": a refusal."""
    children = list(verb.children)
    return any(c.dep_ == "neg" or no_longer(c) for c in children) and any(
        c.dep_ == "aux" and c.lower_ in (*FUTURE_AUX, "would") for c in children
    )


def _reported_would(verb: Token) -> bool:
    """ "Iraq said it would allow the inspectors back": the future of reported speech."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in verb.children):
        return False
    speech = clause.head.lemma_.lower()
    # "warned that Turkey could cut ties if ...": a warning's could is a threat's would
    modals = ("would", "could", "might") if speech in THREATEN_WORDS else ("would",)
    return speech in SPEECH_LEMMAS and any(
        c.dep_ == "aux" and c.lower_ in modals for c in verb.children
    )


def _has_possible_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in verb.children)


def _has_future_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
