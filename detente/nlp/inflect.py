"""Surface forms of lexicon triggers, for the cheap sentence pre-filter.

The filter runs before any tagging, so it cannot use lemmas: it asks whether a
lower-cased token is an inflected form of a trigger. Regular forms come from
English spelling rules; irregular ones from ``data/lexicon/irregular.tsv``.
Over-generating is harmless (a sentence is parsed for nothing); missing a form
loses events, so the rules err on the side of more forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

IRREGULAR = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "irregular.tsv"
VOWELS = set("aeiou")


@cache
def irregular_forms() -> Mapping[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in IRREGULAR.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lemma, forms = line.split("\t", 1)
        table[lemma] = tuple(forms.split())
    return MappingProxyType(table)


@cache
def _irregular_bases() -> Mapping[str, str]:
    table = irregular_forms()
    # a form that is also a verb of its own ("lay", "found", "wound") is left alone
    return MappingProxyType(
        {form: lemma for lemma, forms in table.items() for form in forms if form not in table}
    )


def verb_lemma(lemma: str) -> str:
    """The base form of a verb whose lemma the tagger left as an irregular past form
    ("forgave" -> "forgive"); other lemmas unchanged."""
    return _irregular_bases().get(lemma.lower(), lemma)


def verb_forms(lemma: str) -> set[str]:
    """Every plausible inflection of a verb lemma (base, -s, -ed, -ing, irregulars).

    A ``be:`` trigger ("be:critical") is an adjective or participle: its own forms count.
    """
    lemma = lemma.lower().removeprefix("be:")
    forms = {lemma, *irregular_forms().get(lemma, ())}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms |= {lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "ed", lemma + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in VOWELS | {"w", "x", "y"} and lemma[-2] in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    return forms


def noun_forms(lemma: str) -> set[str]:
    """Singular and plural of a noun lemma."""
    lemma = lemma.lower()
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        forms.add(lemma[:-1] + "ies")
    if lemma.endswith("s"):
        forms.add(lemma[:-1])
    return forms


def trigger_forms(verbs: Iterable[str], nouns: Iterable[str]) -> frozenset[str]:
    forms: set[str] = set()
    for lemma in verbs:
        forms |= verb_forms(lemma)
    for lemma in nouns:
        forms |= noun_forms(lemma)
    return frozenset(forms)
