#!/usr/bin/env python3
"""Draw the sentences of the Guardian gold sets (gold-guardian-dev.jsonl, gold-guardian.jsonl).

Reproducible: a fixed seed, detente's own sentence splitter (so offsets are character offsets
into the corpus's `text` column) and the standard library; no coder is run. Articles with an
even row number go to the development set, odd ones to the held-back set. In each, two strata:

- `random`: sentences drawn at random from all prose sentences of six words or more;
- `names`: drawn from the rest, among sentences that name at least two different countries,
  capitals, organisations or leaders of the region (a word list below, matched on capitalised
  words), so that enough events are present.

Prints one skeleton record a line (id, ref, date, stratum; events to be coded by hand) to the
file named by --out-dev and --out-test, and a count of what was skipped to stderr. A half whose
file is not named is not written.

A further set is drawn with another --seed and --exclude FILE (a gold set of references, may be
repeated): its sentences are taken out of the pools before drawing, so no sentence is in two sets.
The defaults reproduce gold-guardian-dev.jsonl and gold-guardian.jsonl; gold-guardian-dev2.jsonl is

    scripts/sample-gold-refs.py ../shared/corpora/guardian-sample.csv --seed 20261202
        --exclude tests/fixtures/eval/gold-guardian-dev.jsonl --out-dev dev2.jsonl

Usage: scripts/sample-gold-refs.py ../shared/corpora/guardian-sample.csv --out-dev dev.jsonl
       --out-test test.jsonl
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import spacy

from detente.nlp.sentences import SentenceSplitter
from detente.records import Sentence

SEED = 20261201
RANDOM_PER_SET = 100
NAMES_PER_SET = 50
MIN_WORDS = 6

#: Capitalised words that name a political actor of this corpus (countries, demonyms, capitals,
#: organisations, armed groups, leaders): a sentence with two different ones is in `names`.
NAMES = frozenset(
    """Syria Syrian Syrians Iraq Iraqi Iraqis Turkey Turkish Iran Iranian Russia Russian
    Russians Israel Israeli Lebanon Lebanese Jordan Jordanian Saudi Egypt Egyptian Qatar Yemen
    America American Americans US USA Britain British UK France French Germany German Europe
    European EU UN Nato China Chinese Australia Australian Kurdish Kurds Kurdistan Isis Isil
    Daesh SDF YPG PKK Hezbollah Hamas Taliban Peshmerga Pentagon Kremlin Damascus Baghdad
    Ankara Moscow Washington Tehran London Paris Beirut Riyadh Erbil Idlib Raqqa Afrin Assad
    Trump Erdogan Erdoğan Putin Obama Netanyahu Rouhani Khamenei Macron Abadi May Pompeo
    Mattis Tillerson Lavrov Barzani Nusra HTS""".split()
)
WORD = re.compile(r"[A-Za-zÀ-ÿğı'-]+")


def articles(path: Path) -> list[tuple[str, str, str]]:
    """(row number, date, text) of each article of the corpus CSV."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        date, text = header.index("date"), header.index("text")
        return [(row[0], row[date], row[text]) for row in rows]


def prose(sentence: str) -> str | None:
    """Why a sentence is not drawn (too short, not prose), or None."""
    words = WORD.findall(sentence)
    if len(words) < MIN_WORDS:
        return "under six words"
    if not sentence.rstrip("”\"'’)•([, ").endswith((".", "?", "!")):
        return "not prose (no final stop: caption, heading, byline)"
    if re.search(r"Photograph:|Composite:|Illustration:", sentence):
        return "not prose (picture credit)"
    return None


def sentences(splitter: SentenceSplitter, text: str) -> Iterator[Sentence]:
    """The sentences of *text* by detente's splitter, offsets into *text*."""
    for sentence in splitter.split(text):
        # the splitter leaves the next sentence's opening quote on this one: cut it
        end = sentence.start + len(sentence.text.rstrip("“‘ "))
        yield replace(sentence, end=end, text=text[sentence.start : end])


def names(sentence: str) -> int:
    """How many different actor names of :data:`NAMES` a sentence has."""
    return len({w.strip("'") for w in WORD.findall(sentence)} & NAMES)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def excluded(paths: list[Path]) -> set[tuple[str, int, int]]:
    """(article, start, end) of every sentence that the gold sets at *paths* refer to."""
    spans = set()
    for path in paths:
        with path.open(encoding="utf-8") as f:
            for line in filter(str.strip, f):
                ref = json.loads(line)["ref"]
                spans.add((ref["article"], ref["start"], ref["end"]))
    return spans


def draw(
    pools: dict[str, list[tuple[dict, int]]],
    seed: int,
    outs: dict[str, Path | None],
    skipped: Counter[str],
    per_set: tuple[int, int] = (RANDOM_PER_SET, NAMES_PER_SET),
) -> None:
    """Draw each half's strata from its pool of (record, names) pairs with one generator of
    ``seed`` (dev first, then test) and write the skeletons to ``outs``; print the counts and
    what was skipped to stderr. Shared with sample-reuters-refs.py."""
    random_n, names_n = per_set
    rng = random.Random(seed)
    for half in ("dev", "test"):
        pool, out = pools[half], outs[half]
        drawn = rng.sample(range(len(pool)), random_n)
        rest = [i for i in range(len(pool)) if i not in set(drawn) and pool[i][1] >= 2]
        named = rng.sample(rest, names_n)
        if out is None:  # drawn all the same, so that the other half's draw does not change
            continue
        strata = [(i, "random") for i in drawn] + [(i, "names") for i in named]
        with out.open("w", encoding="utf-8") as f:
            for i, stratum in sorted(strata):
                f.write(json.dumps({**pool[i][0], "stratum": stratum}) + "\n")
        counts = f"{len(pool)} sentences, {len(rest)} with two names outside the random draw"
        print(f"{half}: {counts}; drew {random_n} random + {names_n} names", file=sys.stderr)
    for why, n in skipped.most_common():
        print(f"skipped {n}: {why}", file=sys.stderr)


def arguments(doc: str, seed: int) -> argparse.Namespace:
    """The command line of a sampler: the corpus, --out-dev, --out-test, --seed (default
    ``seed``) and --exclude FILE (repeatable); at least one output. Shared with
    sample-reuters-refs.py."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out-dev", type=Path)
    parser.add_argument("--out-test", type=Path)
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--exclude", type=Path, action="append", default=[], metavar="FILE")
    args = parser.parse_args()
    if not (args.out_dev or args.out_test):
        parser.error("name --out-dev, --out-test or both")
    return args


def main() -> None:
    args = arguments(__doc__, SEED)
    taken = excluded(args.exclude)
    splitter = SentenceSplitter(spacy.blank("en"))
    pools: dict[str, list[tuple[dict, int]]] = {"dev": [], "test": []}
    skipped: Counter[str] = Counter()
    for row, day, text in articles(args.corpus):
        half = "dev" if int(row) % 2 == 0 else "test"
        for sentence in sentences(splitter, text):
            why = prose(sentence.text)
            if why:
                skipped[why] += 1
                continue
            if (row, sentence.start, sentence.end) in taken:
                skipped["already in an --exclude set"] += 1
                continue
            ref = {"corpus": args.corpus.name, "article": row, "start": sentence.start,
                   "end": sentence.end, "sha1": sha1(sentence.text)}  # fmt: skip
            record = {"id": f"gdn-{int(row):04d}-{sentence.index:03d}", "ref": ref, "date": day}
            pools[half].append((record, names(sentence.text)))
    draw(pools, args.seed, {"dev": args.out_dev, "test": args.out_test}, skipped)


if __name__ == "__main__":
    main()
