"""Repairs of parses the small English model gets wrong in a way the coder cannot read.

The repairs run on each parsed sentence before its actors and events are read. Each one
fixes one known, recurring misparse of news wording and changes only the arcs (and the
part of speech) of the tokens involved; a sentence the model parses as expected is left
as it is.

- **A gerund of violence after a stranded modifier**: "killed in Israeli shelling",
  "wounded in Russian tank fire ... bombing" come out with the nationality (or the noun
  before the gerund) as the object of "in" and the gerund as a clause of the verb
  ("shelling" an ``advcl`` of "killed"). The gerund is made the object of the preposition
  and the stranded word its modifier, as in "killed in an Israeli air strike".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["repair"]

# Gerunds that name an attack as a noun does ("in Israeli shelling", "in Saudi bombing").
VIOLENT_GERUNDS = frozenset(
    {"shelling", "bombing", "firing", "fighting", "shooting", "strafing", "rocketing"}
    | {"mortaring", "bombarding", "raiding", "gunning"}
)


def repair(doc: Doc) -> Doc:
    """``doc`` with the known misparses repaired (in place); returns it for chaining."""
    for tok in doc:
        _gerund_after_stranded_modifier(tok)
    return doc


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
