"""Directives: an actor asking or telling another to act.

"Congress urged Obama to help Iran" is not Congress helping Iran, nor Obama helping
Iran: it is Congress appealing to Obama for aid (CAMEO 023). "France demanded that
Iraq cooperate" and "Washington said Beijing must drop its barriers" are demands
(10x) on Iraq and Beijing. The requested action is coded by the lexicon as usual;
this module finds the directive word that governs it and recodes the pair:

- the code comes from the action's code through ``data/cameo/intent.tsv``
  (stances ``appeal`` and ``demand``: aid 07 -> 023 / 103, meeting 04 -> 026 / 106);
- the source is the one who asks, the target the one asked (the object of "urged",
  "called on", "appealed to", or the subject of the that-clause), else the action's
  own target ("called for sanctions against X");
- the requested action itself is dropped: it has not happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.events.factuality import STOP_VERBS

APPEAL_VERBS = frozenset(
    {"urge", "ask", "appeal", "call", "press", "push", "encourage", "invite", "request"}
    | {"implore", "exhort", "beg", "plead", "petition", "lobby", "advise", "want", "wish"}
)
DEMAND_VERBS = frozenset(
    {"demand", "order", "require", "insist", "instruct", "command", "direct", "ultimatum"}
)
# Verbs of saying that direct with an object and an infinitive: "told Serbia to recognise".
TELLING_VERBS = frozenset({"tell"})
# "call" and "appeal" direct only with their preposition: "called on X to", "appealed to X to".
ADDRESS_PREPS = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",)}
SPEECH_VERBS = frozenset(
    {"say", "declare", "tell", "state", "reiterate", "stress", "insist", "conclude", "add"}
    | {"write", "remind", "argue", "announce", "repeat", "emphasize", "emphasise", "maintain"}
)
# Nouns of asking whose that-clause is asked of its subject: "its demand that Israel ease".
DIRECTIVE_NOUNS = {
    "demand": "demand",
    "ultimatum": "demand",
    "insistence": "demand",
    "reminder": "demand",  # "issued a stern reminder to Iraq that it must cooperate"
    "call": "appeal",
    "appeal": "appeal",
    "plea": "appeal",
    "request": "appeal",
}
# "X said Y must ...": an obligation laid on another actor is a demand.
OBLIGATION_AUX = frozenset({"must", "should"})
OBLIGATION_VERBS = frozenset({"need", "have"})  # "needs to", "has to"
# "X must be ready to ...": the obligation is on the readiness to act.
READINESS_WORDS = frozenset({"ready", "prepared", "prepare", "willing", "able"})


@dataclass(frozen=True, slots=True)
class Directive:
    """The word that asks for an event, what kind of asking it is, and who is asked."""

    kind: str  # "appeal" or "demand"
    governor: Token  # "urged", "demanded", "said"
    addressee: Token | None  # "Obama" in "urged Obama to"; None when nobody is named


def directive(trigger: Token) -> Directive | None:
    """The directive above ``trigger``'s clause, if its event is asked for, not done."""
    verb = _clause_verb(trigger)
    if verb is None:
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBLIGATION_VERBS:
        verb = verb.head  # "said Japan needs to enact reforms": the obligation is "needs"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READINESS_WORDS:
        # "said the US must be ready to mediate": the obligation is "must be (ready)"
        ready = verb.head.head if verb.head.dep_ == "acomp" else verb.head
        if _obliged(ready):
            verb = ready
    if verb.dep_ == "conj" and verb.head.dep_ in ("xcomp", "ccomp"):
        verb = verb.head  # "urged X to stop the attacks and release ...": both are asked
        if verb.dep_ == "xcomp" and verb.head.dep_ == "xcomp" and verb.head.lemma_ in STOP_VERBS:
            verb = verb.head  # "urged X to stop fighting and resume talks": so is "resume"
    governor = verb.head
    lemma = governor.lemma_.lower()
    if verb.dep_ == "xcomp":
        kind = _kind(governor)
        if kind is None and lemma in TELLING_VERBS and _addressee(governor) is not None:
            kind = "demand"  # "The EU told Serbia to recognise Kosovo"
        if kind is None:
            return None
        addressee = _addressee(governor)
        if lemma in ("want", "wish") and addressee is None:
            return None  # "Obama wants to attack": his own intention, not a request
        return Directive(kind, governor, addressee)
    if verb.dep_ == "advcl" and _marked_for(verb):
        # "renewed its call for Israel to withdraw": the noun of asking is the object
        noun = next(
            (
                c
                for c in governor.children
                if c.dep_ == "dobj" and c.lemma_.lower() in DIRECTIVE_NOUNS
            ),
            None,
        )
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is not None and subject is not None:
            return Directive(DIRECTIVE_NOUNS[noun.lemma_.lower()], noun, subject)
    if verb.dep_ == "advcl" and _marked_for(verb) and lemma in APPEAL_VERBS | DEMAND_VERBS:
        # "called for Burma to institute reforms": the for-subject is the one asked
        kind = "demand" if lemma in DEMAND_VERBS else "appeal"
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return Directive(kind, governor, subject)
    if verb.dep_ in ("acl", "ccomp") and governor.pos_ == "NOUN" and lemma in DIRECTIVE_NOUNS:
        # "reiterated its demand that Israel ease restrictions", "an appeal for X to ..."
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None  # "a demand to be heard": nobody else is asked
        if subject.pos_ == "PRON":  # "a reminder to Iraq that it must": the one addressed
            subject = _noun_addressee(governor) or subject
        return Directive(DIRECTIVE_NOUNS[lemma], governor, subject)
    if verb.dep_ == "ccomp":
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        kind = _kind(governor)
        if kind is None and lemma in SPEECH_VERBS and _obliged(verb):
            kind = "demand"
        if kind is None:
            return None
        if lemma in ("want", "wish") and subject is None:
            return None
        return Directive(kind, governor, subject)
    return None


def _clause_verb(trigger: Token) -> Token | None:
    """The verb of the trigger's own clause: the trigger, or the verb whose object or
    for-phrase a nominal trigger is ("urged X to hold talks": hold)."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    tok = trigger
    if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def _marked_for(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _kind(governor: Token) -> str | None:
    lemma = governor.lemma_.lower()
    if lemma in DEMAND_VERBS:
        return "demand"
    if lemma in APPEAL_VERBS:
        preps = ADDRESS_PREPS.get(lemma)
        if preps is None or _prep_child(governor, preps) is not None:
            return "appeal"
    return None


def _addressee(governor: Token) -> Token | None:
    """The one asked: the object of the directive verb or of its "on"/"to" phrase, or
    the subject of the passive ("Iran was urged to release ...")."""
    for child in governor.children:
        if child.dep_ == "nsubjpass":
            return child
    for child in governor.children:
        if child.dep_ in ("dobj", "dative", "nsubj") and child.i > governor.i:
            return child
    prep = _prep_child(governor, ("on", "upon", "to", "with"))
    if prep is not None:
        return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _noun_addressee(noun: Token) -> Token | None:
    """Who a noun of asking is addressed to: its to-phrase, or the to-phrase of the verb
    that issues it ("issued a reminder Saturday to Iraq")."""
    hosts = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for host in hosts:
        prep = next(
            (c for c in host.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None
        )
        if prep is not None:
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _prep_child(tok: Token, words: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in words), None)


def _obliged(verb: Token) -> bool:
    """ "China must drop", "Iraq should cooperate", "Japan needs to enact"."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
        return True
    if verb.lemma_.lower() in OBLIGATION_VERBS:
        return any(c.dep_ == "xcomp" for c in verb.children)
    return False
