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

from detente.events.factuality import FUTURE_AUX, factuality
from detente.records import Factuality

TABLE = Path(__file__).resolve().parent.parent / "data" / "cameo" / "intent.tsv"

INTEND_WORDS = frozenset(
    {
        "agree",
        "pledge",
        "promise",
        "vow",
        "offer",
        "decide",
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
    }
)
REFUSE_WORDS = frozenset({"refuse", "decline", "reject", "unwilling", "refusal"})
THREATEN_WORDS = frozenset({"threaten", "warn", "vow"})


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

    Returns (code, factuality, stance) — stance None when nothing changed.
    """
    governor = _governor(trigger)
    if governor is not None:
        lemma = governor.lemma_.lower()
        for stance, words in (
            ("refuse", REFUSE_WORDS),
            ("threaten", THREATEN_WORDS),
            ("intend", INTEND_WORDS),
        ):
            if lemma in words or governor.lower_ in words:
                new = stance_code(stance, code)
                if new is not None:
                    return new, factuality(governor), stance
    if fact == "future" and trigger.pos_ in ("VERB", "AUX") and _has_future_aux(trigger):
        new = stance_code("intend", code)
        if new is not None:
            return new, "asserted", "intend"
    return code, fact, None


def _governor(trigger: Token) -> Token | None:
    """The control verb or adjective whose open complement the trigger is ("agreed to send")."""
    if trigger.dep_ == "xcomp" and trigger.head is not trigger:
        return trigger.head
    if trigger.dep_ == "conj" and trigger.head.dep_ == "xcomp":
        return trigger.head.head
    return None


def _has_future_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
