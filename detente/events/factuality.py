"""Factuality of an event: asserted, negated, hypothetical or future.

Read from the trigger's clause and the clauses above it: a negation on the
trigger or on a governing verb ("did not meet", "denied attacking"), a future
auxiliary or plan verb ("will visit", "plans to"), or a modal, a condition or a
likelihood word ("could", "if", "likely to"). Negation wins over the others.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.records import Factuality

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUX = frozenset({"could", "may", "might", "would", "should", "must", "can", "ca"})
FUTURE_VERBS = frozenset(
    {
        "plan",
        "intend",
        "expect",
        "schedule",
        "prepare",
        "set",
        "aim",
        "due",
        "go",
        "promise",
        "pledge",
        "vow",
    }
)
HYPOTHETICAL_WORDS = frozenset(
    {
        "likely",
        "unlikely",
        "possible",
        "possibly",
        "probably",
        "may",
        "might",
        "could",
        "consider",
        "weigh",
        "threaten",
        "want",
        "hope",
        "seek",
        "propose",
        "offer",  # "offered its troops to help him oust Aoun": what the offer is for
        "suggest",
        "able",
        "ready",
        "willing",
        "if",
        "unless",
        "whether",
        "perhaps",
        "potential",
        "would",
    }
)
HYPOTHETICAL_ADVERBS = frozenset({"probably", "possibly", "perhaps", "maybe"})
# Adjectives that make an event noun unreal or not yet real: "a possible war against Iraq",
# "the planned deployment of missiles".
NOMINAL_HYPOTHETICAL = frozenset(
    {"possible", "potential", "likely", "probable", "eventual", "hypothetical", "feared"}
)
NOMINAL_FUTURE = frozenset(
    {
        "planned",
        "proposed",
        "upcoming",
        "forthcoming",
        "future",
        "impending",
        "imminent",
        "scheduled",
        "expected",
        "intended",
        "prospective",
    }
)
# Nouns that hold an event not (yet) real: "plans for a strike", "the threat of sanctions".
MODAL_NOUNS = {
    "plan": "future",
    "preparation": "future",
    "proposal": "hypothetical",
    "possibility": "hypothetical",
    "prospect": "hypothetical",
    "option": "hypothetical",
    "threat": "hypothetical",
    "risk": "hypothetical",
    "fear": "hypothetical",
    "idea": "hypothetical",
    # what is offered or invited has not happened: "rejected an offer for direct talks"
    "offer": "hypothetical",
    "invitation": "hypothetical",
}
# What is only claimed of someone is unconfirmed: "denied Kiev's claims that it was sending
# troops".
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "suggestion", "rumour", "rumor"})
MODAL_NOUNS |= dict.fromkeys(CLAIM_NOUNS, "hypothetical")
# Nouns whose to-infinitive is permitted, not done: "permission to land".
PERMISSION_NOUNS = frozenset(
    {"permission", "authorization", "authorisation", "approval", "consent", "licence"}
    | {"license", "mandate", "go-ahead", "light", "clearance", "leave", "right"}
)
# Verbs that stop the event they govern ("agreed to stop fighting"); shared with the coder
# (stopped violence is de-escalation) and the directives ("urged X to stop ... and resume").
STOP_VERBS = frozenset({"stop", "cease", "halt", "end"})
NEGATING_VERBS = frozenset(
    {"deny", "refuse", "reject", "fail", "decline", "avoid", "rule"}
    # "urged them to end the war": the event is what stops
    | STOP_VERBS
    | {"quit", "suspend", "abandon"}
    # "cancel plans to sell weapons": what is cancelled does not happen
    | {"cancel", "scrap", "shelve"}
)
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
# Nouns whose to-infinitive did not happen: "Japan's failure to open its market".
NEGATING_NOUNS = frozenset({"failure", "refusal", "reluctance", "unwillingness"})
# Nouns of a reaction to another's act: "in protest at the killing", "in response to the
# attack", "in retaliation for the shelling" (shared with the coder).
REACTION_NOUNS = frozenset(
    {"protest", "response", "retaliation", "revenge", "reaction", "reprisal", "anger"}
    | {"outrage", "answer", "condemnation"}
)
# Verbs whose result a gerund clause after their preposition names ("lead to X doing").
RESULT_VERBS = {"lead": "to", "result": "in"}
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Clause links that carry modality down to the trigger ("likely to launch").
CARRYING_DEPS = frozenset({"xcomp", "acomp", "oprd", "pcomp", "conj", "aux", "relcl"})


# Stance adjectives whose "would" is the conditional of a stated readiness, not a guess:
# "he would be ready to host a meeting" expresses an intent (the codebook's example of 039).
READINESS_WORDS = frozenset({"ready", "willing", "prepared", "happy"})


def _to_infinitive(tok: Token) -> bool:
    """Whether ``tok`` is a "to"-infinitive complement of the verb above it ("is to
    suspend")."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def factuality(trigger: Token, *, own_code_root: str | None = None) -> Factuality:
    """The factuality of the event whose trigger is ``trigger``."""
    chain = _governing_chain(trigger)
    readiness = trigger.pos_ == "ADJ" and trigger.lemma_.lower() in READINESS_WORDS
    negated = future = hypothetical = False
    for depth, tok in enumerate(chain):
        # a conjunct with an auxiliary or subject of its own is a clause of its own: the
        # first clause's "not" or "will" is not its ("is not a banned group and is supported
        # by the US")
        own_clause = depth > 0 and chain[depth - 1].dep_ == "conj" and _own_clause(chain[depth - 1])
        for child in () if own_clause else tok.children:
            lower = child.lower_
            if child.dep_ == "neg" or (lower in NEGATION_WORDS and child.dep_ in ("neg", "advmod")):
                negated = True
            if no_longer(child):
                negated = True  # "will no longer supply arms"
            if child.dep_ in ("aux", "auxpass"):
                if lower in FUTURE_AUX:
                    future = True
                elif lower == "would" and readiness and depth <= 1:
                    pass  # "would be ready to": the readiness is stated
                elif lower in MODAL_AUX:
                    hypothetical = True
            if child.dep_ == "mark" and lower in CONDITION_MARKS:
                hypothetical = True
            if child.dep_ == "advmod" and lower in HYPOTHETICAL_ADVERBS:
                hypothetical = True
            if (
                child.dep_ == "advcl"
                and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in child.children)
                and not (depth == 0 and own_code_root == "13")
            ):
                # "X will attack Y if talks fail"; but a threat is conditional by nature:
                # "warned Syria of consequences if it used chemical weapons" was said
                hypothetical = True
            if child.dep_ in ("nsubj", "nsubjpass") and _negated_subject(child):
                negated = True  # "Neither Tehran nor Baghdad has given permission"
        sibling = depth > 0 and chain[depth - 1].dep_ == "conj"  # "stop X and resume Y"
        lemma = tok.lemma_.lower()
        if depth > 0 and not sibling and tok.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
            if (lemma in NEGATING_VERBS and not ends_up(tok)) or holds_off(tok):
                negated = True
            elif lemma in FUTURE_VERBS and not (lemma == "go" and tok.tag_ != "VBG"):
                future = True  # "is going to attack"; not "went on Twitter to denounce"
            elif lemma == "be" and _to_infinitive(chain[depth - 1]):
                future = True  # "The Home Office is to suspend cooperation": arranged
            elif lemma in HYPOTHETICAL_WORDS or tok.lower_ in HYPOTHETICAL_WORDS:
                hypothetical = True
        elif depth > 0 and not sibling and tok.pos_ == "NOUN" and lemma in NEGATING_NOUNS:
            negated = True  # "Japan's failure to open its market": not opened
        elif depth > 0 and not sibling and tok.pos_ == "NOUN" and _denied_of(tok, chain[depth - 1]):
            pass  # "a charge Tehran denied": the denial was made, whatever the charge
        elif depth > 0 and not sibling and tok.pos_ == "NOUN" and lemma in MODAL_NOUNS:
            # "plans for a missile strike", "the threat of sanctions"
            future = future or MODAL_NOUNS[lemma] == "future"
            hypothetical = hypothetical or MODAL_NOUNS[lemma] == "hypothetical"
    if _denied(trigger) or any(c.dep_ == "dobj" and _denied(c) for c in trigger.children):
        negated = True  # "reached no agreement", "sent no troops", "launched no attack"
    if _asked_whether(chain[-1]):
        hypothetical = True  # "Will Russia hit back at the US?"
    if _said_likely(trigger):
        hypothetical = True  # "a direct military clash with the US was likely"
    if any(_permitted_by_verb(tok) for tok in chain):
        hypothetical = True  # "Egypt allowed Iran to send warships": allowed, not done
    if any(_trained_for(tok) for tok in chain):
        future = True  # "trained Iraqi soldiers to fight the Islamic State": not yet
    if any(_extraposed_modal(tok) for tok in chain):
        hypothetical = True  # "it was possible for Turkey to renege on its agreement"
    if _ahead_of(trigger) or _before_present(trigger):
        future = True  # "comes ahead of Putin's visit", "a day before Sarkozy heads to Beijing"
    if trigger.pos_ == "NOUN":
        for child in trigger.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in NOMINAL_HYPOTHETICAL:
                hypothetical = True
            elif child.dep_ in ("amod", "compound") and child.lower_ in NOMINAL_FUTURE:
                future = True
    if permission_of(trigger) is not None:
        # "gave permission to Russia to help Israel": what is permitted is not yet done
        hypothetical = True
    if (own_code_root or "") >= "18" and any(_purpose(t) for t in chain):
        # "sent troops to fight the rebels", "asked for weapons to fight insurgents": the
        # violence is what an act is for, not yet done (only violence: "opened the bridge to
        # allow the delivery of grain" is coded as the delivery allowed)
        future = True
    if negated:
        return "negated"
    if hypothetical:
        return "hypothetical"
    if future:
        return "future"
    return "asserted"


def _denied_of(noun: Token, clause: Token) -> bool:
    """Whether ``clause`` is a relative clause on a claim that denies it ("a charge the
    fighters denied", "an allegation that Tehran rejected")."""
    return (
        clause.dep_ == "relcl"
        and noun.lemma_.lower() in CLAIM_NOUNS | {"charge"}
        and clause.lemma_.lower() in NEGATING_VERBS
        and not any(c.dep_ == "dobj" and c.tag_ != "WDT" for c in clause.children)
    )


def _own_clause(conjunct: Token) -> bool:
    """Whether a coordinated verb has an auxiliary or a subject of its own."""
    own = ("aux", "auxpass", "nsubj", "nsubjpass", "neg")
    return any(c.dep_ in own and c.i > conjunct.head.i for c in conjunct.children)


# Conjunctions of a clause that happens after its main clause: "before he leaves".
LATER_MARKS = frozenset({"before", "until", "till"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _ahead_of(trigger: Token) -> bool:
    """An event noun after "ahead of" or "in advance of" is awaited, not done: "deployed
    troops ahead of the elections", "the talks come ahead of Putin's visit to China"."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return False
    word = trigger.head.head
    return word.lower_ == "ahead" or (word.lower_ == "advance" and word.dep_ == "pobj")


def _before_present(trigger: Token) -> bool:
    """A present-tense verb of a before- or until-clause speaks of what is to come: "the
    statement comes a day before Sarkozy heads to Beijing" (he has not gone yet); a past
    tense ("before he flew") was done."""
    return (
        trigger.tag_ in PRESENT_TAGS
        and any(c.dep_ == "mark" and c.lower_ in LATER_MARKS for c in trigger.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    )


# Determiners that deny what their noun phrase does: "neither X nor Y", "no country".
NEGATING_DETERMINERS = frozenset({"neither", "no"})


def _negated_subject(subject: Token) -> bool:
    """A subject that says no one did it: "Neither Russia nor China condemned", "No
    country has recognised" (not "not only X but also Y")."""
    return any(
        c.dep_ in ("det", "preconj") and c.lower_ in NEGATING_DETERMINERS and c.i < subject.i
        for c in subject.children
    )


def _denied(noun: Token) -> bool:
    """A noun (the trigger or its object) that says none was: "reached no agreement"; not
    a stance noun whose clause is the act ("had no intention of holding talks" is a refusal,
    which the stance codes)."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    return not any(
        c.dep_ == "acl" or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
        for c in noun.children
    )


# Passives that give their subject a purpose, not a mode: "were intended to reassure".
PURPOSE_PASSIVES = frozenset({"intend", "design", "mean", "aim"})


def no_longer(tok: Token) -> bool:
    """Whether ``tok`` is the "longer" or "more" of "no longer", "no more", negating its verb
    ("the US will no longer supply arms")."""
    return (
        tok.dep_ == "advmod"
        and tok.lower_ in ("longer", "more")
        and any(c.lower_ == "no" for c in tok.children)
    )


def holds_off(tok: Token) -> bool:
    """ "held off on launching an attack", "holds off from": refrained, not done."""
    return tok.lemma_.lower() == "hold" and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "off" for c in tok.children
    )


def ends_up(tok: Token) -> bool:
    """ "could end up reaching a deal": "end up" is coming to do it, not stopping it."""
    return tok.lemma_.lower() == "end" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children
    )


# Verbs whose object is readied for what their infinitive says ("trained Iraqi soldiers to
# fight the Islamic State"): the object would do it, and has not yet (shared with the coder,
# which makes the object the infinitive's agent).
TRAINING_VERBS = frozenset({"train", "teach", "equip", "arm", "recruit"})
# Verbs whose object is brought round to do what their infinitive says ("Egypt persuaded
# Hamas to accept the truce"): done when the persuading is reported done; when it is only
# tried or meant ("tried to persuade Japan to abide", "a drive to convince Parliament to
# amend") the coder codes no act of the one persuaded, as of one urged.
PERSUADING_VERBS = frozenset({"persuade", "convince", "induce", "coax", "entice"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def readied_for(tok: Token) -> Token | None:
    """The verb of training or persuading whose object ``tok``, an infinitive on it, is what
    that object is trained or persuaded to do; None if it is not one."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl") or head.i > tok.i or head.pos_ != "VERB":
        return None
    if head.lemma_.lower() not in TRAINING_VERBS | PERSUADING_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < tok.i]
    return head if objects else None


def reported_done(verb: Token) -> bool:
    """Whether ``verb`` is a finite verb or a perfect ("persuaded", "has persuaded"), not an
    infinitive or a gerund ("to persuade", "is persuading")."""
    return verb.tag_ in FINITE_TAGS or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


def _trained_for(tok: Token) -> bool:
    """An infinitive its object is trained for ("trained Iraqi soldiers to fight")."""
    head = readied_for(tok)
    return head is not None and head.lemma_.lower() in TRAINING_VERBS


# Verbs whose infinitive complement is only allowed: "allowed Iran to send warships".
PERMITTING_VERBS = frozenset({"allow", "permit", "authorize", "authorise", "let"})


def _permitted_by_verb(tok: Token) -> bool:
    """An infinitive a verb of permission governs ("allowed Iran to send", "authorized the
    president to use force"): permitted, not yet done."""
    if tok.dep_ not in ("xcomp", "ccomp") or tok.head.lemma_.lower() not in PERMITTING_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or (
        tok.head.lemma_.lower() == "let"
    )


def _extraposed_modal(tok: Token) -> bool:
    """An infinitive or that-clause extraposed after "it is possible/likely/unlikely": "it
    was possible for Turkey to renege", "it is unlikely that Russia will attack" (the model
    hangs the clause on the copula, beside the adjective)."""
    if tok.dep_ not in ("advcl", "ccomp", "xcomp") or tok.head.lemma_ != "be":
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    that_clause = tok.dep_ == "ccomp" and any(c.dep_ == "mark" for c in tok.children)
    if not (infinitive or that_clause):
        return False  # "it is unlikely that Russia will attack"
    return any(c.dep_ == "acomp" and c.lower_ in HYPOTHETICAL_WORDS for c in tok.head.children)


def _governing_chain(trigger: Token) -> list[Token]:
    """The trigger, then the words above it while the link carries modality.

    A nominal trigger ("a war against X") starts from the verb that takes it.
    """
    chain = [trigger]
    tok = trigger
    purposed = tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in PURPOSE_PASSIVES
    if purposed and any(c.dep_ == "xcomp" for c in tok.head.children):
        # "Airstrikes by US forces were intended to provide reassurance": what was intended
        # is the infinitive, not the strikes
        return chain
    if in_reaction_frame(tok):
        return chain  # "would suspend talks in protest at the killing": the killing was
    if tok.dep_ == "pobj" and tok.head.lower_ in ("despite", "amid"):
        return chain  # "refused to release her despite calls from London": the calls were
    if tok.dep_ == "pobj" and _cause(tok.head):
        return chain  # "talks were suspended due to the kidnapping": the kidnapping was
    if _said_to_happen(tok):
        # "never said when an attack on Syria would take place", "any attack against Syria
        # would be reckless": the event noun's own predicate says whether it is real
        tok = tok.head
        chain.append(tok)
    elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "pobj", "attr"):
        tok = tok.head if tok.dep_ != "pobj" else tok.head.head
        chain.append(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in MODAL_NOUNS and tok.head != tok:
            # "considering plans for a missile strike": on to the verb that takes the plan
            tok = tok.head if tok.dep_ != "pobj" else tok.head.head
            chain.append(tok)
    # a purpose infinitive shares the modality of its clause: "if France stays in Syria to
    # protect the YPG", "will send troops to help"
    while (
        (led := result_verb(tok)) is not None
        or (
            tok.dep_ in CARRYING_DEPS
            or (_purpose(tok) and permission_of(tok) is None)
            or (tok.dep_ == "acl" and tok.head.lemma_.lower() in CLAIM_NOUNS)  # "claims that"
            # "Turkish plans to unleash forces to destroy the Kurds": what the plan is for
            or (tok.dep_ == "acl" and tok.head.lemma_.lower() in MODAL_NOUNS)
            or _means_of_verb(tok, chain)  # "would respond by hitting Iran's naval base"
            or _helped_act(tok)  # "offered its troops to help him oust Aoun"
            or (tok.dep_ == "acl" and tok.head.lemma_.lower() in NEGATING_NOUNS)  # "failure to"
            or _denied_clause(tok)  # "denied that the army had attacked civilians"
            # "held off on launching an attack": the gerund's preposition leads to "held off"
            or (tok.dep_ == "prep" and tok.lower_ in ("on", "from") and holds_off(tok.head))
            or _led_into(tok)  # "tried to pressure Hamas into accepting": as the pressing is
        )
        and tok.head != tok
    ):
        tok = led if led is not None else tok.head
        chain.append(tok)
    return chain


def result_verb(tok: Token) -> Token | None:
    """The verb that ``tok``, a gerund with a subject of its own, is the result of: "could
    lead to Erdogan reaching a deal", "may result in Iran releasing the sailors" (the
    result is as real as the leading: here only possible). The parser hangs the gerund on
    the verb, on its preposition, or on the preposition's object."""
    if tok.tag_ != "VBG":
        return None
    if tok.dep_ == "advcl":
        verb = tok.head
        if RESULT_VERBS.get(verb.lemma_.lower()) in [
            c.lower_ for c in verb.children if c.dep_ == "prep" and c.i < tok.i
        ]:
            return verb
        return None
    prep = tok.head if tok.dep_ == "pcomp" else tok.head.head if tok.dep_ == "acl" else None
    if tok.dep_ == "acl" and tok.head.dep_ != "pobj":
        return None
    if prep is None or prep.dep_ != "prep" or prep.head == prep:
        return None
    verb = prep.head
    return verb if RESULT_VERBS.get(verb.lemma_.lower()) == prep.lower_ else None


def _led_into(prep: Token) -> bool:
    """An into-phrase on a verb whose object is led into a gerund ("pressured Hamas into
    accepting the truce"): the gerund is as real as the verb."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "into"
        and prep.head.pos_ == "VERB"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    )


def _cause(prep: Token) -> bool:
    """Whether ``prep`` opens the cause of its clause: "due to", "owing to", "thanks to",
    "because of" (what caused an act happened, whatever the act's own factuality)."""
    if prep.lower_ in ("due", "owing", "thanks", "because"):  # the model's one-word prep
        return True
    word = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return (prep.lower_ == "to" and word.lower_ in ("due", "owing", "thanks")) or (
        prep.lower_ == "of" and word.lower_ == "because"
    )


def _asked_whether(verb: Token) -> bool:
    """Whether ``verb`` heads a yes-no question: its sentence ends with "?" and an auxiliary
    of its own stands before its subject ("Will Russia hit back?", "Did Iran attack?")."""
    sent = verb.sent
    if not sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(t.tag_ in ("WRB", "WP", "WDT") for t in sent if t.i < subjects[0]):
        return False  # "Why did Russia attack Ukraine?" takes the attack as done
    return any(c.dep_ in ("aux", "auxpass") and c.i < subjects[0] for c in verb.children)


def _said_likely(noun: Token) -> bool:
    """Whether an event noun is the subject of "is likely", "was possible", "seems
    unlikely": weighed, not done."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and head.lemma_.lower() in ("be", "seem", "appear", "look", "remain")
        and any(c.dep_ == "acomp" and c.lower_ in HYPOTHETICAL_WORDS for c in head.children)
    )


# Predicates that say no more of an event noun, their subject, than whether it is (to be):
# "the attack would take place", "the strike did not happen", "any attack would be reckless".
HAPPENING_VERBS = frozenset({"happen", "occur", "be", "begin", "start", "proceed"})


def _said_to_happen(noun: Token) -> bool:
    """Whether an event noun is the subject of a predicate of happening ("an attack on Syria
    would take place"), which carries that predicate's modality to it."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in HAPPENING_VERBS


def _denied_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the that-clause of a denial ("the ambassador denied that
    Syrian forces had carried out chemical attacks"): not done, as far as the text says."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() == "deny"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


def _helped_act(verb: Token) -> bool:
    """Whether ``verb`` is the act that "help" or "assist" helps someone do ("help him oust
    Aoun", the model's clause of "help"): it is done as far as the helping is."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("help", "assist")


def _means_of_verb(prep: Token, chain: list[Token]) -> bool:
    """Whether ``prep`` is the "by" of a gerund that tells how its verb is done ("would
    respond by hitting the base"): the gerund shares the verb's modality."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("by", "through")
        and len(chain) > 1
        and chain[-2].dep_ == "pcomp"
        and chain[-2].tag_ == "VBG"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def in_reaction_frame(noun: Token) -> bool:
    """Whether ``noun`` is what a clause reacts to: "in protest at the killing", "in
    response to the attack", "in retaliation for the shelling" (another's act, done)."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    before = noun.doc[prep.i - 1] if prep.i > 0 else prep
    return bool(REACTION_NOUNS & {prep.head.lemma_.lower(), before.lemma_.lower()})


def permission_of(verb: Token) -> Token | None:
    """The permission noun a to-infinitive depends on ("permission to land", "gave X the
    green light to strike", "granted approval for the army to attack"), or None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in PERMISSION_NOUNS:
        return head
    if verb.dep_ == "advcl" and head.pos_ == "VERB":
        for obj in (c for c in head.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in PERMISSION_NOUNS:
                return obj
    return None


def _purpose(tok: Token) -> bool:
    """A purpose infinitive: "sent troops to fight" (not "in order" marked clauses alone)."""
    return (
        tok.dep_ == "advcl"
        and tok.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ == "mark" for c in tok.children)
    )
