"""Repairs of parses the small English model gets wrong in a way the coder cannot read.

The repairs run on each parsed sentence before its actors and events are read. Each one
fixes one known, recurring misparse of news wording and changes only the arcs (and the
part of speech) of the tokens involved; a sentence the model parses as expected is left
as it is.

- **A gerund of violence after a stranded modifier**: "killed in Israeli shelling",
  "wounded in Russian tank shelling" come out with the nationality (or the noun
  before the gerund) as the object of "in" and the gerund as a clause of the verb
  ("shelling" an ``advcl`` of "killed"). The gerund is made the object of the preposition
  and the stranded word its modifier, as in "killed in an Israeli air strike".
- **A reduced relative read as the main verb**: "Rockets fired from Lebanon struck northern
  Israel" comes out with "fired" as the root and "struck" as its conjunct (or an adverbial
  clause, "Police sent to the scene arrested two men"), with no "and" between them. The
  second verb is made the root with the noun as its subject, the first a clause on the noun.
- **A clause read as a prepositional phrase**: "killed after a missile from Syria struck the
  town" comes out with "missile" as the object of "after" and "struck" as a conjunct of
  "killed". "after" is made the marker of a clause whose subject is "missile".
- **An object complement read as a modifier or a clause**: "held Hamas responsible for the
  attack" comes out with "responsible" as a modifier of "Hamas" (or, "holds Iran responsible",
  as a clause with "Iran" its subject). "Hamas" is made the object and "responsible" its
  complement, as the model reads "held Ukraine responsible".
- **A participle on the one asked read as the asking verb's complement**: "called on
  government soldiers still holding the airport to surrender" comes out with "holding" an
  ``xcomp`` of "called" and "to surrender" a clause of "holding". "holding" is made a clause
  on the soldiers and "to surrender" the complement of "called".
- **A subject hung on an auxiliary**: in "Egypt and Qatar are mediating between Israel and
  Hamas" the model makes "Egypt" the subject of "are"; it is made the subject of "mediating".
- **A main verb read as a participle on a root noun**: "A suicide bombing killed 60 people",
  "Israeli strikes killed 30" come out with the noun as the root and the verb as a reduced
  relative on it ("a bombing [that was] killed"), though the verb has an object, which a
  passive participle cannot have. The verb is made the root with the noun as its subject.
  Also when the noun was made the subject of a later participle the model read as the main
  verb ("A commander threatened to close the strait ..., warning that ..."); that participle
  becomes a clause of the verb, and a control verb's infinitive its complement.
- **A control verb's complement read as a purpose clause**: "threatened on Monday to cut gas
  supplies" comes out with "cut" an adverbial clause after the adjunct; the infinitive of a
  control verb (threaten, vow, agree, refuse, ...) is made its complement, as is the
  infinitive after the object of a verb of urging ("had been pressing Turkey to extradite").
- **A participle read as a subject clause**: "The Red Cross operating in Iraq said ..."
  comes out with "operating" as the subject of "said" and "Red Cross" as its subject. The
  noun is made the subject of "said" and "operating" a clause on it.
- **A subject hung on a fronted phrase**: in "With the signing of a memorandum, the
  government and the rebels have agreed to ..." the model may make "government" a conjunct
  of "memorandum" across the comma, leaving "agreed" with no subject; it is made the subject.
- **The charge hung on the one accused**: in "Human Rights Watch accused Egypt of torture"
  the model may attach "of torture" to "Egypt"; it is made the verb's, as in "accused Britain
  of espionage".
- **A noun read as a verb**: in "reopened the Kerem Shalom crossing into Gaza" or "ending
  its fisheries dispute with its partners" the model reads the last word of the noun phrase
  as a verb ("crossing" an adverbial clause of "reopened") and the word before it as the
  whole phrase. A bare verb with no subject, object or auxiliary of its own, right after a
  noun phrase opened by a determiner or possessive and right before a preposition, is made
  the head noun of the phrase, and the word before it its modifier; a gerund only after a
  name ("the Kerem Shalom crossing"), as one after a common noun is as often a clause on it
  ("a militant firing at them"), and not after a verb that takes an object and a clause
  ("saw the soldiers fleeing into the woods").
- **A verb read as a modifier of its object**: in "would double trade between the two
  neighbours" the model reads "double" as a modifier of "trade" and "trade" as the verb. A
  base-form verb the model hung as a modifier on the next word, with a modal or "to" of its
  own, is made the verb and that word, bare of subject and auxiliary, its object.
- **A main verb swallowed by a relative clause**: in "Protesters angered by a film that
  insults the Prophet Mohammad scaled the walls" the model reads "Mohammad scaled the walls"
  as a clause said by "insults" and leaves the sentence with a noun as its root. When the root
  is a noun and a relative clause's verb, not one of saying or thinking, has a finite clause
  of its own with a subject, that clause's verb is made the main verb with the root noun its
  subject, and its subject the object of the relative clause's verb.
- **A purpose read as a relative clause on a span of time**: in "blocked highways for a second
  week to press the government" the model hangs "to press" on "week". An infinitive on the
  object of a "for" or "over" phrase of time that hangs on a verb is made that verb's clause.
- **An object read as the subject of an adverb**: in "allowed U.N. inspectors back into the
  country" the model makes "back" a clause with "inspectors" its subject. A noun that is the
  only subject of an adverb of direction, hung as a clause on a verb with no object, is made
  the verb's object and the adverb the verb's modifier.
- **A second clause's subject read as a conjunct of the first's object**: in "Russia detained
  two journalists and Iran arrested a diplomat" the model makes "Iran" a conjunct of
  "journalists" and leaves "arrested" with no subject, so the first clause's subject would
  detain Iran and arrest the diplomat. A finite verb conjoined to an earlier verb, with no
  subject of its own, right after a noun phrase the model hung as the last conjunct of a noun
  in the first verb's clause, takes that noun phrase as its subject, and the "and" joins the
  two verbs. Likewise when the model reads "killed two Palestinians and Hamas fired rockets"
  as a clause said by "killed" with "Palestinians and Hamas" its subject: when the first verb
  takes no clause and has no object, the first conjunct is its object and the second the
  subject of the second verb.
- **A relative clause hung on the noun before a gerund's phrase**: in "accused the military
  of bombing a market in Nyala that killed dozens" the model hangs "that killed dozens" on
  "military", making the accused the killer. A "that" clause on a noun whose of-phrase holds
  a gerund with an object, after that object, is made a clause of the gerund's object (the
  market killed, as the bombing of it did).
- **What an act is against, hung on where it was done**: in "staged a protest outside the
  stadium against the Assad regime" the model hangs "against the Assad regime" on "stadium".
  An against-phrase on the common noun of a place phrase that hangs on a verb (outside, near,
  inside, opposite or in front of a noun, in or at a named kind of place: the square, the
  embassy) is made the verb's.
- **A passive's agent hung on an adjunct**: in "was condemned in the strongest terms by
  France" the model hangs "by France" on "terms". A by-phrase naming people (a name or
  nationality) on a noun of when, where or how (or a statement, meeting or session), in a
  phrase of a passive verb with no agent, is made the verb's agent. Conversely a by-phrase
  of place or time read as the agent ("killed in a village by the Syrian border") is made a
  phrase of the verb. And a by-phrase naming people right after an active verb's object
  ("criticised the invasion by Russia", also after the object's phrase of time: "the
  decision on Friday by Turkey"), hung on the verb, is made the object's; one on the
  of-object of a noun naming an act ("the killing on Sunday of three journalists by Syrian
  troops", also through a place phrase: "the arrest of two journalists in Yangon by Myanmar
  police") is made the act's.
- **A noun of charges read as a verb**: in "Ethiopia accused Tigrayan forces of killing
  civilians, charges the fighters denied" the model reads "charges" (or "claims") after the
  comma as the root with both clauses its complements. When the later clause has a subject
  and no object, the first clause's verb is made the root, the noun a phrase on it, and the
  later clause a relative clause on the noun.
- **An object after "as" and an adjective**: in "rejected as absurd British claims that ..."
  the model makes the noun the object of "as"; in "dismissed as baseless US claims that ..."
  it reads "US claims" as a clause marked by "as". The noun is made the verb's object, "as"
  with the adjective a phrase of the verb.
- **Two coordinated names read as one**: "Donald Trump and Theresa May spoke on the phone"
  comes out with "May" the head of the whole phrase, "Trump" its modifier and "Theresa" a
  conjunct of "Trump", one person called "Donald Trump and Theresa May". When a person's
  name ends a phrase whose modifier is the end of another person's name with "and" and a
  conjunct right before the head, the first name is made the head of the phrase and the
  second its conjunct.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["repair"]

# Gerunds that name an attack as a noun does ("in Israeli shelling", "in Saudi bombing").
VIOLENT_GERUNDS = frozenset(
    {"shelling", "bombing", "firing", "fighting", "shooting", "strafing", "rocketing"}
    | {"mortaring", "bombarding", "raiding", "gunning"}
)


# Verbs whose of-phrase is the charge: "accused X of torture", "convicted X of fraud".
CHARGE_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "absolve", "warn"})
# Verbs that take an object and its complement ("held X responsible"), and the complements.
COMPLEMENT_VERBS = frozenset({"hold", "deem", "consider", "find", "declare", "judge"})
BLAME_ADJECTIVES = frozenset({"responsible", "accountable", "liable", "guilty", "culpable"})
# Prepositions that also introduce a clause ("after a missile struck", "before troops left").
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "as"})
# Adverbs of direction that end a verb's object phrase ("let the inspectors back in").
DIRECTION_ADVERBS = frozenset({"back", "home", "out", "in", "away", "off", "inside"})
# Spans of time an act lasts ("for a second week", "over three days").
DURATION_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year", "time"})
# Prepositions of where an act was done ("a protest outside the embassy against the war"),
# and the places that "in" and "at" must name to be read so ("in the square"; not "ruled in
# the case against Israel").
PLACE_PREPS = frozenset({"outside", "near", "inside", "opposite"})
PLACE_KIND_PREPS = frozenset({"in", "at"})
PLACE_KINDS = frozenset(
    {"stadium", "embassy", "consulate", "parliament", "square", "street", "building", "office"}
    | {"headquarters", "ministry", "palace", "capital", "city", "town", "village", "mosque"}
    | {"church", "university", "campus", "plaza", "park", "port", "centre", "center"}
    | {"enclave", "region", "province", "district", "area", "zone", "territory", "country"}
    | {"camp", "neighbourhood", "neighborhood", "suburb", "base", "border", "north", "south"}
    | {"east", "west"}
)
# Nouns of when, where and how an act was done, which take no agent of their own: a
# by-phrase on them ("condemned in the strongest terms by France", "killed on Monday in the
# north of the country by Taliban fighters") names the doer of the passive verb; and nouns
# of what was said or held, whose author is that doer ("condemned in a statement by the
# ministry", "rejected at a meeting in Brussels by EU ministers").
CIRCUMSTANCE_NOUNS = (
    DURATION_NOUNS
    | PLACE_KINDS
    | {"morning", "afternoon", "evening", "weekend", "monday", "tuesday", "wednesday"}
    | {"thursday", "friday", "saturday", "sunday", "term", "way", "manner", "language"}
    | {"statement", "communique", "communiqué", "letter", "speech", "interview", "meeting"}
    | {"session", "summit", "conference", "sitting", "gulf", "sea", "strait", "waters"}
)
# Entity types of a doer named in a by-phrase, and of where or when an act was done.
DOER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# Nouns of a by-phrase of place or time ("a village by the Syrian border", "by Friday").
BESIDE_NOUNS = (
    DURATION_NOUNS
    | {"border", "frontier", "river", "coast", "road", "highway", "sea", "lake", "roadside"}
    | {"side", "end", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
    | {"sunday"}
)
# Nouns that name an act, by their ending ("killing", "detention", "expulsion",
# "deployment") or as such ("arrest", "attack"), and nouns with those endings that do not.
ACT_ENDINGS = ("ing", "tion", "sion", "ment")
ACT_NOUNS = frozenset(
    {"arrest", "attack", "raid", "strike", "capture", "seizure", "closure", "withdrawal"}
    | {"removal", "murder", "assault", "blockade", "siege", "abduction", "release", "visit"}
    | {"sale", "purchase", "ban", "crackdown", "massacre", "takeover", "annexation", "use"}
)
NOT_ACTS = frozenset(
    {"government", "parliament", "department", "apartment", "building", "nation", "station"}
    | {"region", "population", "organisation", "organization", "coalition", "opposition"}
    | {"position", "mission", "commission", "delegation", "administration", "evening", "morning"}
    | {"thing", "king", "something", "nothing", "everything", "ceiling", "wing", "ring"}
)
# Plural nouns of charges the model may read as a verb after a comma ("..., charges the
# fighters denied", "..., claims Moscow rejects").
SUMMING_NOUNS = frozenset({"charges", "claims"})
# What may stand between a verb and a later verb of its own clause.
LINKS = frozenset({"cc", "punct", "mark", "nsubj", "nsubjpass", "aux", "auxpass", "neg"})


def repair(doc: Doc) -> Doc:
    """``doc`` with the known misparses repaired (in place); returns it for chaining.

    Each repair passes over all the tokens before the next starts, in the order of
    ``REPAIRS``: a later one reads the arcs an earlier one mended (a token reads its arcs
    from the document when asked, so the same tokens serve every pass)."""
    tokens = list(doc)
    for fix in REPAIRS:
        for tok in tokens:
            fix(tok)
    return doc


def _second_verb(verb: Token) -> Token | None:
    """The verb the model hung on ``verb`` as a bare conjunct or adverbial clause: no
    subject, no marker, no "and" or comma before it, and an object of its own."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("conj", "advcl") or child.pos_ != "VERB":
            continue
        if any(c.dep_ in LINKS for c in child.children):
            return None
        if not any(c.dep_ == "dobj" for c in child.children):
            return None
        between = verb.doc[verb.i + 1 : child.i]
        if any(t.dep_ in ("cc", "punct") or t.pos_ in ("VERB", "AUX") for t in between):
            return None
        return child
    return None


def _reduced_relative_as_main_verb(root: Token) -> None:
    """ "Rockets fired from Lebanon struck northern Israel": "struck" is the main verb."""
    if root.dep_ != "ROOT" or root.tag_ not in ("VBD", "VBN"):
        return
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if len(subjects) != 1 or any(c.dep_ in ("dobj", "aux", "auxpass") for c in root.children):
        return
    if subjects[0].pos_ not in ("NOUN", "PROPN"):
        return
    main = _second_verb(root)
    if main is None:
        return
    subject = subjects[0]
    _rehang_punct(root, main)
    main.head = main
    main.dep_ = "ROOT"
    subject.head = main
    root.head = subject
    root.dep_ = "acl"
    root.tag_ = "VBN"


# Verbs whose to-infinitive is their complement ("threatened to close", "vowed to fight").
CONTROL_VERBS = frozenset(
    {"threaten", "warn", "vow", "pledge", "promise", "agree", "refuse", "decline", "offer"}
    | {"plan", "decide", "try", "attempt", "seek", "intend"}
)
# Verbs of urging, whose infinitive after the object is what the object is urged to do.
OBJECT_CONTROL_VERBS = frozenset(
    {"urge", "press", "push", "ask", "encourage", "request", "persuade", "pressure"}
    | {"pressurise", "pressurize", "lobby", "implore", "beg", "exhort", "order", "force"}
)
# Verbs whose passive participle keeps an object ("a soldier awarded a medal").
DOUBLE_OBJECT_VERBS = frozenset(
    {"give", "hand", "award", "grant", "offer", "deny", "show", "tell", "send", "pay"}
    | {"promise", "allow", "lend", "owe", "teach", "refuse", "assign", "issue"}
)


def _rehang_punct(old: Token, new: Token) -> None:
    """Punctuation on ``old`` after the later of the two verbs moves to ``new``."""
    after = max(old.i, new.i)
    for child in list(old.children):
        if child.dep_ == "punct" and child.i > after:
            child.head = new


def _main_verb_as_participle(verb: Token) -> None:
    """ "A suicide bombing killed 60 people": "killed" is the main verb, not a participle."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return
    # "A commander threatened to close the strait, warning that ...": the noun made the
    # subject of the later participle, which the model read as the main verb
    later = _trailing_participle(noun, verb)
    if noun.dep_ != "ROOT" and later is None:
        return
    if noun.pos_ not in ("NOUN", "PROPN") or verb.i != noun.i + 1:
        return
    if verb.lemma_.lower() in DOUBLE_OBJECT_VERBS:
        return
    # an object, or an infinitive ("A senior commander threatened to close the strait")
    if not any(c.dep_ == "dobj" or _infinitive(c) for c in verb.children):
        return
    for child in list(noun.children):
        if child.i > verb.i:
            child.head = verb  # the sentence's final stop and any later clause
    if later is not None:
        _rehang_punct(later, verb)
        later.head = verb
        later.dep_ = "advcl"
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    noun.head = verb
    noun.dep_ = "nsubj"
    _complement_as_purpose(verb)


def _trailing_participle(noun: Token, verb: Token) -> Token | None:
    """The root participle after a comma ("..., warning that") whose subject is ``noun``."""
    later = noun.head
    if noun.dep_ != "nsubj" or later.dep_ != "ROOT" or later.tag_ != "VBG":
        return None
    if later.i <= verb.i or later.doc[later.i - 1].text != ",":
        return None
    return later


def _complement_as_purpose(verb: Token) -> None:
    """ "vowed on Tuesday to expel the ambassador": the infinitive a control verb takes
    after an adjunct is its complement, not a clause of purpose; so is the infinitive after
    the object of a verb of urging ("had been pressing Turkey to extradite Prakash")."""
    lemma = verb.lemma_.lower()
    # not after what is asked for ("asked the United States for military equipment to fight
    # insurgents": the equipment is to fight them)
    urged = (
        lemma in OBJECT_CONTROL_VERBS
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    )
    if not (lemma in CONTROL_VERBS or urged) or verb.pos_ != "VERB":
        return
    if any(c.dep_ == "xcomp" for c in verb.children):
        return
    for clause in (c for c in verb.children if c.dep_ == "advcl" and _infinitive(c)):
        clause.dep_ = "xcomp"
        return


def _infinitive(tok: Token) -> bool:
    """Whether ``tok`` is a to-infinitive clause on its head."""
    if tok.dep_ not in ("xcomp", "advcl") or tok.i < tok.head.i:
        return False
    return _has_to(tok)


def _participle_as_subject_clause(verb: Token) -> None:
    """ "The Red Cross operating in Iraq said": the noun, not "operating", is the subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("nsubj", "csubj") or verb.head.pos_ != "VERB":
        return
    nouns = [c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1]
    if len(nouns) != 1 or nouns[0].pos_ not in ("NOUN", "PROPN"):
        return
    noun = nouns[0]
    noun.head = verb.head
    noun.dep_ = "nsubj"
    verb.head = noun
    verb.dep_ = "acl"


def _clause_as_prepositional_phrase(prep: Token) -> None:
    """ "killed after a missile from Syria struck the town": "after" marks a clause."""
    if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_PREPS:
        return
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if len(nouns) != 1:
        return
    noun = nouns[0]
    verb = _second_verb(prep.head) if prep.head.pos_ == "VERB" else None
    if verb is None or verb.i != noun.right_edge.i + 1:
        return
    verb.dep_ = "advcl"
    noun.head = verb
    noun.dep_ = "nsubj"
    prep.head = verb
    prep.dep_ = "mark"


def _gerund_after_stranded_modifier(tok: Token) -> None:
    """ "killed in Israeli shelling": make "shelling" the object of "in", "Israeli" its
    modifier (the model reads "in Israeli" and "shelling [in Gaza]" as a clause)."""
    if tok.dep_ != "pobj" or tok.i + 1 >= len(tok.doc) or tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return
    prep = tok.head
    gerund = tok.doc[tok.i + 1]
    if gerund.lower_ not in VIOLENT_GERUNDS or gerund.dep_ not in ("advcl", "acl", "xcomp"):
        return
    if gerund.head.i not in (prep.i, prep.head.i, tok.i) or prep.pos_ != "ADP":
        return
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in gerund.children):
        return  # a clause of its own: "killed in Basra shelling the town"
    gerund.head = prep
    gerund.dep_ = "pobj"
    gerund.pos_ = "NOUN"
    gerund.tag_ = "NN"
    tok.head = gerund
    if tok.pos_ == "NOUN":
        tok.dep_ = "compound"  # "in Israeli tank shelling"
    else:
        tok.dep_ = "amod"
        tok.pos_ = "ADJ"


def _object_complement(adj: Token) -> None:
    """ "held Hamas responsible for the attack": "responsible" completes "held"."""
    if adj.lower_ not in BLAME_ADJECTIVES or adj.dep_ not in ("amod", "ccomp"):
        return
    if adj.dep_ == "amod":
        obj = adj.head
        verb = obj.head
        if adj.i != obj.i + 1 or obj.dep_ != "dobj":
            return
    else:
        verb = adj.head
        subjects = [c for c in adj.children if c.dep_ == "nsubj" and c.i == adj.i - 1]
        if not subjects:
            return
        obj = subjects[0]
    if verb.lemma_.lower() not in COMPLEMENT_VERBS or verb.pos_ != "VERB":
        return
    obj.head = verb
    obj.dep_ = "dobj"
    adj.head = verb
    adj.dep_ = "oprd"


def _subject_of_an_auxiliary(subject: Token) -> None:
    """ "Egypt and Qatar are mediating": the subject belongs to the verb, not to "are"."""
    aux = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in ("aux", "auxpass"):
        return
    if aux.head.pos_ != "VERB" or aux.i > aux.head.i:
        return
    subject.head = aux.head


def _charge_on_the_accused(prep: Token) -> None:
    """ "accused Egypt of torture": "of torture" is the charge, not part of the name."""
    accused = prep.head
    if prep.lower_ != "of" or prep.dep_ != "prep" or accused.dep_ != "dobj":
        return
    verb = accused.head
    if verb.lemma_.lower() not in CHARGE_VERBS or accused.pos_ != "PROPN":
        return
    if any(c.dep_ == "det" for c in accused.children) or prep.i != accused.i + 1:
        return  # "accused the President of France of lying": the of-phrase is the name's
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return
    prep.head = verb


# What may stand between a subject and its verb.
BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _subject_in_a_fronted_phrase(verb: Token) -> None:
    """ "With the signing of a memorandum, the government and the rebels have agreed":
    the noun after the comma is the verb's subject, not a conjunct of "memorandum"."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    for noun in (t for p in fronted for t in p.subtree):
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        comma = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if comma is None or comma.text != "," or comma.i < noun.head.i:
            continue
        between = verb.doc[noun.right_edge.i + 1 : verb.i]
        if any(t.dep_ not in BEFORE_VERB for t in between):
            continue
        noun.head = verb
        noun.dep_ = "nsubj"
        return


# Verbs whose object may be the subject of a clause after it ("saw the troops fleeing into").
OBJECT_CLAUSE_VERBS = frozenset(
    {"see", "watch", "hear", "find", "leave", "keep", "send", "catch", "have", "get", "set"}
    | {"let", "make", "help", "feel", "notice", "spot", "force", "order", "want", "need"}
)
# What a verb has of its own that a noun cannot.
VERB_ONLY = frozenset(
    {"nsubj", "nsubjpass", "csubj", "dobj", "aux", "auxpass", "mark", "neg", "attr", "acomp"}
    | {"dative", "xcomp", "ccomp", "prt", "expl", "oprd"}
)


def _noun_read_as_verb(verb: Token) -> None:
    """ "reopened the Kerem Shalom crossing into Gaza": "crossing" heads the noun phrase."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VB", "VBP") or verb.i == 0:
        return
    if verb.dep_ not in ("advcl", "acl", "conj", "xcomp", "ccomp", "relcl"):
        return
    doc = verb.doc
    noun = doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj", "nsubj"):
        return
    if verb.tag_ == "VBG" and noun.pos_ != "PROPN":
        return  # "killed a militant firing at them": a gerund only after a name
    if any(c.i > noun.i for c in noun.children) or verb.i <= noun.head.i <= verb.right_edge.i:
        return
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return
    if any(c.dep_ in VERB_ONLY for c in verb.children) or verb.i + 1 >= len(doc):
        return
    after = doc[verb.i + 1]
    if after.dep_ != "prep" or after.head.i != verb.i:
        return
    if noun.head.lemma_.lower() in OBJECT_CLAUSE_VERBS:
        return
    _rehang_punct(verb, noun.head)
    verb.head = noun.head
    verb.dep_ = noun.dep_
    verb.pos_ = "NOUN"
    verb.tag_ = "NN"
    verb.lemma_ = verb.lower_
    for child in list(noun.children):
        child.head = verb
    noun.head = verb
    noun.dep_ = "compound"


def _verb_read_as_modifier(verb: Token) -> None:
    """ "would double trade between the two neighbours": "double" is the verb."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VB" or noun.i != verb.i + 1:
        return
    if not any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children):
        return
    if noun.tag_ not in ("VB", "VBP") or any(c.dep_ in VERB_ONLY for c in noun.children):
        return
    verb.head = verb if noun.head.i == noun.i else noun.head
    verb.dep_ = noun.dep_
    for child in list(noun.children):
        if child.dep_ == "punct" or child.i < verb.i:
            child.head = verb
    noun.head = verb
    noun.dep_ = "dobj"
    noun.pos_ = "NOUN"
    noun.tag_ = "NN"
    noun.lemma_ = noun.lower_
    verb.pos_ = "VERB"


# Verbs that take a clause as their object ("said [that] troops left").
CLAUSE_VERBS = frozenset(
    {"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "allege"}
    | {"insist", "believe", "think", "know", "show", "warn", "suggest", "argue", "deny"}
    | {"fear", "hope", "expect", "mean", "ensure", "find", "feel", "see", "hear", "learn"}
    | {"decide", "agree", "note", "predict", "write", "assert", "admit", "acknowledge"}
)


def _main_verb_in_a_relative_clause(verb: Token) -> None:
    """ "Protesters angered by a film that insults the Prophet Mohammad scaled the walls":
    "scaled" is the main verb, not a clause said by "insults"."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    relative, root = verb.head, verb.doc[verb.i].sent.root
    if relative.dep_ != "relcl" or relative.lemma_.lower() in CLAUSE_VERBS:
        return
    if root.pos_ not in ("NOUN", "PROPN") or relative not in root.subtree or root.i > relative.i:
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or any(c.dep_ in ("dobj", "mark") for c in relative.children):
        return
    if any(c.dep_ == "mark" for c in verb.children):
        return
    subject = subjects[0]
    subject.head = relative
    subject.dep_ = "dobj"
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb
    verb.head = verb
    verb.dep_ = "ROOT"
    root.head = verb
    root.dep_ = "nsubj"


def _purpose_after_a_duration(verb: Token) -> None:
    """ "blocked highways for a second week to press the government": the infinitive after a
    span of time the verb lasted is the verb's purpose, not a relative clause on the span."""
    span = verb.head
    if verb.dep_ not in ("relcl", "acl") or not _has_to(verb) or span.i > verb.i:
        return
    if span.lemma_.lower() not in DURATION_NOUNS or span.dep_ != "pobj":
        return
    prep = span.head
    if prep.lower_ not in ("for", "over") or prep.head.pos_ != "VERB":
        return
    verb.head = prep.head
    verb.dep_ = "advcl"


def _object_of_a_small_clause(adverb: Token) -> None:
    """ "allowed U.N. inspectors back into the country": the noun before an adverb of
    direction is the verb's object, not the subject of a clause the adverb heads."""
    verb = adverb.head
    if adverb.dep_ != "ccomp" or adverb.lower_ not in DIRECTION_ADVERBS or verb.pos_ != "VERB":
        return
    subjects = [c for c in adverb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if len(subjects) != 1 or any(c.dep_ == "dobj" for c in verb.children):
        return
    subjects[0].head = verb
    subjects[0].dep_ = "dobj"
    adverb.dep_ = "advmod"


def _against_on_the_place(prep: Token) -> None:
    """ "staged a protest outside the stadium against the Assad regime": what the act is
    against, not what the stadium is."""
    place = prep.head
    if prep.lower_ != "against" or prep.dep_ != "prep" or place.dep_ != "pobj":
        return
    if place.pos_ != "NOUN" or place.i > prep.i:
        return
    where = place.head
    if where.lower_ == "of":  # "in front of the embassy"
        front = where.head
        if front.lower_ != "front" or front.dep_ != "pobj":
            return
        where = front.head
    venue = where.lower_ in PLACE_KIND_PREPS and place.lemma_.lower() in PLACE_KINDS
    if not (where.lower_ in PLACE_PREPS or venue) or where.head.pos_ != "VERB":
        return
    prep.head = where.head


def _agent_on_an_adjunct(prep: Token) -> None:
    """ "was condemned in the strongest terms by France": the by-phrase the model hangs on
    a noun of when, where or how, in a phrase of a passive verb with no agent, is the
    verb's agent."""
    noun = prep.head
    if prep.lower_ != "by" or prep.dep_ != "prep" or noun.i > prep.i:
        return
    setting = noun.ent_type_ in SETTING_ENTITIES and noun.pos_ == "PROPN"
    if noun.lemma_.lower() not in CIRCUMSTANCE_NOUNS and not setting:
        return
    verb = _verb_of_adjunct(noun)
    if verb is None or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return
    if not (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl"):
        return
    doers = [c for c in prep.children if c.dep_ == "pobj"]
    if len(doers) != 1 or not _names_a_doer(doers[0]):
        return
    prep.head = verb
    prep.dep_ = "agent"


def _agent_of_the_object(prep: Token) -> None:
    """ "Germany criticised the invasion by Russia": a by-phrase naming people right after
    the object of an active verb is the object's doer, not the verb's means."""
    verb = prep.head
    if prep.lower_ != "by" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return
    if verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if len(objects) != 1 or _end_with_its_time(objects[0]) + 1 != prep.i:
        return
    doers = [c for c in prep.children if c.dep_ == "pobj"]
    if len(doers) != 1 or not _names_a_doer(doers[0]):
        return
    prep.head = objects[0]


def _end_with_its_time(obj: Token) -> int:
    """Where an object phrase ends, with a phrase of time after it that the model hung on the
    verb ("criticised the decision on Friday by Turkey")."""
    end = obj.right_edge.i
    for tok in obj.head.children:
        if tok.i != end + 1 or tok.dep_ not in ("prep", "npadvmod"):
            continue
        if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
            end = tok.right_edge.i
    return end


def _agent_on_the_patient(prep: Token) -> None:
    """ "condemned the killing on Sunday of three journalists by Syrian troops": a by-phrase
    naming people on the of-object of an act named by a noun is the act's doer."""
    if prep.lower_ != "by" or prep.dep_ != "prep" or _names_an_act(prep.head):
        return  # "the condemnation of the killing by X": the killing's own
    act = _act_of_patient(prep.head)
    if act is None:
        return
    doers = [c for c in prep.children if c.dep_ == "pobj"]
    if len(doers) != 1 or not _names_a_doer(doers[0]):
        return
    prep.head = act


def _act_of_patient(noun: Token) -> Token | None:
    """The act named by a noun whose of-phrase holds ``noun``, through a place phrase on it
    ("the arrest of two journalists in Yangon"); None if an act comes between."""
    tok = noun
    for _ in range(2):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        prep, head = tok.head, tok.head.head
        if head.pos_ != "NOUN":
            return None
        if _names_an_act(head):
            return head if prep.lower_ == "of" else None
        tok = head
    return None


def _names_an_act(noun: Token) -> bool:
    """Whether a noun names an act (a killing, the detention, an arrest), by its ending or
    as one of the short nouns of acts."""
    lemma = noun.lemma_.lower()
    if lemma in NOT_ACTS:
        return False
    return lemma.endswith(ACT_ENDINGS) or lemma in ACT_NOUNS


def _charge_read_as_verb(noun: Token) -> None:
    """ "Ethiopia accused Tigrayan forces of killing civilians, charges the fighters denied":
    the noun after the comma sums up the clause before it and is what the last clause's
    verb denies, not a verb "charges" with both clauses its complements."""
    if noun.lower_ not in SUMMING_NOUNS or noun.dep_ != "ROOT" or noun.pos_ != "VERB":
        return
    if noun.i == 0 or noun.doc[noun.i - 1].text != ",":
        return
    before = [c for c in noun.children if c.dep_ == "ccomp" and c.i < noun.i]
    after = [c for c in noun.children if c.dep_ == "ccomp" and c.i > noun.i]
    if len(before) != 1 or len(after) != 1:
        return
    main, clause = before[0], after[0]
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return
    if any(c.dep_ in ("dobj", "ccomp") for c in clause.children):
        return  # the clause has an object of its own: not the noun
    for child in list(noun.children):
        if child.dep_ == "punct":
            child.head = main
    main.head = main
    main.dep_ = "ROOT"
    noun.head = main
    noun.dep_ = "npadvmod"
    noun.pos_ = "NOUN"
    noun.tag_ = "NNS"
    clause.head = noun
    clause.dep_ = "relcl"


def _object_after_as_adjective(verb: Token) -> None:
    """ "Russia rejected as absurd British claims that it had poisoned the spy": the noun
    phrase after "as" and an adjective is the verb's object, moved after its complement
    (also when the model reads "US claims that ..." as a clause: "dismissed as baseless US
    claims that it had supplied drones")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return
    if verb.i + 2 >= len(verb.doc) or verb.doc[verb.i + 1].lower_ != "as":
        return
    as_, adjective = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    if adjective.pos_ != "ADJ":
        return
    if as_.dep_ == "prep" and as_.head == verb:
        nouns = [c for c in as_.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if len(nouns) != 1 or adjective.head != nouns[0]:
            return
        noun = nouns[0]
    else:
        noun = _claim_read_as_verb(as_, verb)
        if noun is None:
            return
    noun.head = verb
    noun.dep_ = "dobj"
    as_.head = verb
    as_.dep_ = "prep"
    adjective.head = as_
    adjective.dep_ = "amod"


def _claim_read_as_verb(mark: Token, verb: Token) -> Token | None:
    """The noun "claims" read as a verb with "as" its mark: "as baseless US claims that"."""
    noun = mark.head
    if mark.dep_ != "mark" or noun.dep_ != "advcl" or noun.head != verb:
        return None
    if noun.lower_ not in SUMMING_NOUNS or noun.tag_ != "VBZ":
        return None
    for child in list(noun.children):
        if child.dep_ == "nsubj" and child.i < noun.i:
            child.dep_ = "compound"  # "US claims"
        elif child.dep_ == "ccomp" and child.i > noun.i:
            child.dep_ = "acl"  # "claims that it had supplied drones"
    noun.pos_ = "NOUN"
    noun.tag_ = "NNS"
    return noun


def _place_read_as_agent(agent: Token) -> None:
    """ "killed in a village by the Syrian border": a by-phrase of place or time is where or
    when, not who (not "killed by Syrian forces")."""
    if agent.dep_ != "agent":
        return
    nouns = [c for c in agent.children if c.dep_ == "pobj"]
    if len(nouns) != 1:
        return
    if nouns[0].lemma_.lower() in BESIDE_NOUNS or nouns[0].ent_type_ in ("DATE", "TIME"):
        agent.dep_ = "prep"


def _verb_of_adjunct(noun: Token) -> Token | None:
    """The verb whose prepositional phrase holds ``noun``, through of- and in-phrases of
    nouns ("in the north of the country", "at a meeting in Brussels")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        head = tok.head.head
        if head.pos_ == "VERB":
            return head
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        tok = head
    return None


def _names_a_doer(noun: Token) -> bool:
    """Whether a by-phrase's noun names people: a name or nationality in the phrase, up to
    an of-phrase ("by hundreds of Iranian students"); not a place or a time ("by the border",
    "by Friday")."""
    if noun.lemma_.lower() in BESIDE_NOUNS or noun.ent_type_ in ("DATE", "TIME", "LOC"):
        return False
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    of = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for owner in of:
        words += [owner, *(c for c in owner.children if c.dep_ in ("compound", "amod"))]
    return any(w.ent_type_ in DOER_ENTITIES for w in words)


def _has_to(verb: Token) -> bool:
    """Whether ``verb`` has the "to" of an infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# What a verb whose subject the model lost may not have: a subject, or a passive's marks.
SUBJECTED = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "auxpass", "agent"})


def _subject_read_as_conjunct(verb: Token) -> None:
    """ "Russia detained two journalists and Iran arrested a diplomat": "Iran" is the subject
    of "arrested", not a second one detained."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or first.pos_ != "VERB":
        return
    if verb.i < 2 or any(c.dep_ in SUBJECTED for c in verb.children):
        return
    noun = verb.doc[verb.i - 1]
    while noun.head.i < verb.i and noun.dep_ not in ("conj", "ROOT") and noun.head != first:
        noun = noun.head  # up from "police" in "and the Iranian police arrested"
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    if noun.right_edge.i != verb.i - 1 or noun.head.i < first.i or noun.head not in first.subtree:
        return
    ccs = [c for c in noun.head.children if c.dep_ == "cc" and noun.head.i < c.i < noun.i]
    if len(ccs) != 1 or any(c.dep_ == "conj" and c.i > noun.i for c in noun.head.children):
        return
    if sum(c.dep_ == "conj" for c in noun.head.children) != 1:
        return  # "arrested Ali, Omar and Hassan": a list of those arrested
    ccs[0].head = first
    noun.head = verb
    noun.dep_ = "nsubj"


def _object_read_as_subject(verb: Token) -> None:
    """ "Israeli forces killed two Palestinians and Hamas fired rockets": "Palestinians" is
    killed and "Hamas" fires; "killed" says no clause."""
    first = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP") or first.pos_ != "VERB":
        return
    if first.lemma_.lower() in CLAUSE_VERBS or first.i > verb.i:
        return
    if any(c.dep_ in ("dobj", "ccomp") and c != verb for c in first.children):
        return
    if any(c.dep_ in ("mark", "nsubjpass", "auxpass") for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].left_edge.i != first.i + 1:
        return
    obj = subjects[0]
    conjs = [c for c in obj.children if c.dep_ == "conj"]
    ccs = [c for c in obj.children if c.dep_ == "cc"]
    if obj.pos_ not in ("NOUN", "PROPN") or len(conjs) != 1 or len(ccs) != 1:
        return
    second = conjs[0]
    if second.right_edge.i != verb.i - 1 or second.pos_ not in ("NOUN", "PROPN"):
        return
    obj.head = first
    obj.dep_ = "dobj"
    ccs[0].head = first
    second.head = verb
    second.dep_ = "nsubj"
    verb.dep_ = "conj"


def _relative_clause_on_a_gerund_s_object(verb: Token) -> None:
    """ "accused the military of bombing a market in Nyala that killed dozens": the clause
    is the market's (its bombing killed them), not the military's."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    pronoun = verb.doc[verb.left_edge.i]
    if pronoun.lower_ != "that" or pronoun.dep_ != "nsubj" or pronoun.head != verb:
        return
    gerunds = [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.i < verb.i
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    objects = [o for g in gerunds for o in g.children if o.dep_ == "dobj" and o.i < verb.i]
    if len(objects) != 1:
        return
    verb.head = objects[0]


# Verbs that ask or tell someone to act ("called on X to", "urged X to", "ordered X to").
ASKING_VERBS = frozenset(
    {"call", "urge", "ask", "order", "tell", "press", "appeal", "invite", "force", "instruct"}
)


def _participle_on_the_one_asked(participle: Token) -> None:
    """ "called on government soldiers still holding the airport to surrender": the
    participle describes the ones asked and the infinitive is what they are asked to do, not
    a clause of the asking verb with the infinitive as its purpose."""
    verb = participle.head
    if participle.dep_ != "xcomp" or participle.tag_ != "VBG" or verb.pos_ != "VERB":
        return
    if verb.lemma_.lower() not in ASKING_VERBS:
        return
    asked = [
        o
        for o in (
            *verb.children,
            *(g for c in verb.children if c.dep_ == "prep" for g in c.children),
        )
        if o.dep_ in ("dobj", "pobj") and o.pos_ in ("NOUN", "PROPN") and o.i < participle.i
    ]
    if len(asked) != 1 or asked[0].i != participle.left_edge.i - 1:
        return
    clauses = [c for c in participle.children if c.dep_ == "advcl" and _infinitive(c)]
    if len(clauses) != 1:
        return
    participle.head = asked[0]
    participle.dep_ = "acl"
    clauses[0].head = verb
    clauses[0].dep_ = "xcomp"


def _coordinated_names(head: Token) -> None:
    """ "Donald Trump and Theresa May" read as one name headed by "May": "Trump" (an ``nmod``
    of "May", with "and" and "Theresa" hung on it) is made the head and "May" its conjunct."""
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return
    first = next(
        (c for c in head.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"), None
    )
    if first is None or first.ent_type_ != "PERSON":
        return
    conj = next((c for c in first.children if c.dep_ == "conj" and c.i == head.i - 1), None)
    if conj is None or conj.pos_ != "PROPN" or conj.ent_type_ != "PERSON":
        return
    if not any(c.dep_ == "cc" and first.i < c.i < conj.i for c in first.children):
        return
    first.head = head if head.head == head else head.head
    first.dep_ = head.dep_
    if head.head == head:
        first.head = first
    head.head = first
    head.dep_ = "conj"
    conj.head = head
    conj.dep_ = "compound"


REPAIRS = (
    _coordinated_names,
    _participle_on_the_one_asked,
    _relative_clause_on_a_gerund_s_object,
    _subject_read_as_conjunct,
    _object_read_as_subject,
    _main_verb_in_a_relative_clause,
    _purpose_after_a_duration,
    _object_of_a_small_clause,
    _verb_read_as_modifier,
    _noun_read_as_verb,
    _complement_as_purpose,
    _subject_in_a_fronted_phrase,
    _subject_of_an_auxiliary,
    _gerund_after_stranded_modifier,
    _reduced_relative_as_main_verb,
    _main_verb_as_participle,
    _participle_as_subject_clause,
    _clause_as_prepositional_phrase,
    _object_complement,
    _charge_on_the_accused,
    _against_on_the_place,
    _agent_on_an_adjunct,
    _place_read_as_agent,
    _agent_of_the_object,
    _agent_on_the_patient,
    _charge_read_as_verb,
    _object_after_as_adjective,
)
