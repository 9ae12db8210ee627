"""The event pattern lexicon: data files of CAMEO patterns, loaded once.

A lexicon file is UTF-8 text, one pattern a line (``#`` starts a comment)::

    CODE<TAB>PATTERN[<TAB>NOTE]

``PATTERN`` is a small language over the dependency parse (see
``detente/data/lexicon/README.md``):

- the first word is the trigger lemma, a verb; ``n:`` makes it a noun
  (``n:talks with $T``);
- ``$T`` marks the target: right after the trigger (or a particle) it is the
  direct object; after a preposition it is that preposition's object;
- ``$S`` after a preposition marks the source, and the subject becomes the
  target (``receive aid from $S``);
- any other word is a preposition or particle when it is one, else the lemma the
  direct object must have (``sign agreement with $T``, ``impose sanctions on $T``);
- ``to:LEMMA`` requires an open clausal complement with that lemma
  (``agree to:send $T`` = "agreed to send ... to").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from detente.errors import Errors, KnowledgeError

DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon"
# The built-in patterns: one file per CAMEO root category, verbs and nouns apart.
BUILTIN_FILES: tuple[str, ...] = tuple(
    str(path.relative_to(DATA))
    for kind in ("verbs", "nouns")
    for path in sorted((DATA / kind).glob("*.tsv"))
)

PREPOSITIONS = frozenset(
    "about across after against along alongside among around as at before behind between beyond by "
    "down during for from in inside into near of off on onto out outside over past since "
    "through throughout to toward towards under until up upon with within without away back "
    "apart aside forward ahead together".split()
)


class PatternError(ValueError):
    """A pattern string is malformed (wrapped into KnowledgeError with its file and line)."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon entry, parsed."""

    code: str
    trigger: str  # lemma
    nominal: bool
    particles: tuple[str, ...]  # particles/prepositions required but not carrying an actor
    object_lemma: str | None  # the lemma the direct object must have
    object_mods: tuple[str, ...]  # words that must modify that object ("air" strikes)
    trigger_mods: tuple[str, ...]  # words that must modify a nominal trigger ("phone" call)
    target_prep: str | None  # None: target is the direct object (if has_target)
    has_target: bool
    source_prep: str | None  # set when the source sits in a prepositional object
    xcomp: str | None  # required open-complement verb ("agree to:send")
    text: str
    origin: str  # file:line
    object_of: str | None = None  # the object's of-complement ("lift state of emergency")
    told: bool = False  # $T before to: is the one the complement is asked of ("order $T to:leave")

    @property
    def specificity(self) -> int:
        return (
            len(self.particles)
            + (2 if self.object_lemma else 0)
            + len(self.object_mods)
            + len(self.trigger_mods)
            + (1 if self.target_prep else 0)
            + (1 if self.has_target else 0)
            + (2 if self.xcomp else 0)
            + (1 if self.source_prep else 0)
            + (1 if self.object_of else 0)
        )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All patterns, indexed by trigger lemma (immutable)."""

    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    files: tuple[str, ...]

    def patterns(self, lemma: str, *, nominal: bool = False) -> tuple[Pattern, ...]:
        table = self.nouns if nominal else self.verbs
        return table.get(lemma.lower(), ())

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


def _follows(words: list[str], word: str) -> bool:
    """Whether ``word`` comes right after "of", which comes right after an object word."""
    i = words.index(word)
    return i >= 2 and words[i - 1] == "of" and not words[i - 2].startswith(("$", "to:"))


def parse_pattern(code: str, text: str, origin: str) -> Pattern:
    """Parse one pattern string; raise PatternError when malformed."""
    words = text.split()
    if not words:
        raise PatternError("empty pattern")
    nominal = words[0].startswith("n:")
    words[0] = words[0].removeprefix("n:")
    trigger_mods: list[str] = []
    if nominal:  # a nominal trigger may be several words: modifiers, then the head noun
        while len(words) > 1 and words[1] not in PREPOSITIONS and not words[1].startswith("$"):
            trigger_mods.append(words.pop(0))
    trigger, rest = words[0], words[1:]
    particles: list[str] = []
    object_words: list[str] = []
    target_prep = source_prep = xcomp = object_of = None
    has_target = told = False
    prev: str | None = None
    for word in rest:
        if word == "$T":
            has_target = True
            target_prep = prev if prev in PREPOSITIONS else None
            if target_prep and particles and particles[-1] == target_prep:
                particles.pop()
        elif word == "$S":
            if prev not in PREPOSITIONS:
                raise PatternError(f"$S needs a preposition before it: {text!r}")
            source_prep = prev
            particles.pop()
        elif word.startswith("to:"):
            xcomp = word[3:]
            told = prev == "$T" and target_prep is None  # "allow $T to:run"
        elif word in PREPOSITIONS:
            particles.append(word)
        elif prev == "of" and object_words and object_of is None and _follows(rest, word):
            object_of = word  # "lift state of emergency": the object and its of-noun
            particles.pop()
        elif object_words and prev != object_words[-1]:
            raise PatternError(f"two object phrases in {text!r}")
        else:
            object_words.append(word)
        prev = word
    return Pattern(
        code=code,
        trigger=trigger.lower(),
        nominal=nominal,
        particles=tuple(particles),
        object_lemma=object_words[-1] if object_words else None,
        object_mods=tuple(object_words[:-1]),
        trigger_mods=tuple(trigger_mods),
        target_prep=target_prep,
        has_target=has_target,
        source_prep=source_prep,
        xcomp=xcomp,
        text=text,
        origin=origin,
        object_of=object_of,
        told=told,
    )


def read_lexicon_file(path: Path, known_codes: Iterable[str] | None = None) -> list[Pattern]:
    """Read one lexicon file. Unknown CAMEO codes are rejected when ``known_codes`` is given."""
    known = set(known_codes) if known_codes is not None else None
    patterns: list[Pattern] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        fields = line.split("\t")
        origin = f"{_short(path)}:{number}"
        if len(fields) < 2 or not fields[0].strip() or not fields[1].strip():
            raise KnowledgeError(
                Errors.E201.format(path=path, line=number, detail="expected CODE<TAB>PATTERN")
            )
        code = fields[0].strip()
        if known is not None and code not in known:
            raise KnowledgeError(Errors.E202.format(path=f"{path}:{number}", code=code))
        try:
            patterns.append(parse_pattern(code, fields[1].strip(), origin))
        except PatternError as e:
            raise KnowledgeError(Errors.E201.format(path=path, line=number, detail=e)) from e
    return patterns


def build_lexicon(patterns: Sequence[Pattern], files: Sequence[str]) -> Lexicon:
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        table = nouns if pattern.nominal else verbs
        table.setdefault(pattern.trigger, []).append(pattern)
    return Lexicon(
        verbs=MappingProxyType({k: _by_specificity(v) for k, v in verbs.items()}),
        nouns=MappingProxyType({k: _by_specificity(v) for k, v in nouns.items()}),
        files=tuple(files),
    )


def _short(path: Path) -> str:
    """A built-in file by its place in the lexicon folder (``verbs/07.tsv``), a user's by name."""
    return f"{path.parent.name}/{path.name}" if path.parent.parent == DATA else path.name


def _by_specificity(patterns: list[Pattern]) -> tuple[Pattern, ...]:
    return tuple(sorted(patterns, key=lambda p: -p.specificity))


def load_lexicon(
    extra: Sequence[str | Path] = (), known_codes: Iterable[str] | None = None
) -> Lexicon:
    """The built-in lexicon plus the user's files in ``extra``."""
    if not extra and known_codes is None:
        return _default_lexicon()
    paths = [DATA / name for name in BUILTIN_FILES] + [Path(p) for p in extra]
    codes = list(known_codes) if known_codes is not None else None
    patterns = [p for path in paths if path.exists() for p in read_lexicon_file(path, codes)]
    return build_lexicon(patterns, [str(p) for p in paths])


@cache
def _default_lexicon() -> Lexicon:
    paths = [DATA / name for name in BUILTIN_FILES]
    patterns = [p for path in paths if path.exists() for p in read_lexicon_file(path)]
    return build_lexicon(patterns, [str(p) for p in paths])
