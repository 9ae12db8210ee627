#!/usr/bin/env python3
"""Draw the sentences of the Reuters gold sets (gold-reuters-dev.jsonl, gold-reuters.jsonl).

The sibling of ``sample-gold-refs.py`` (whose sentence splitting, prose filter and checksum it
imports) for the Reuters-21578 newswire of 1987 (``reuters21578.jsonl``: one JSON object a line
with ``id`` "reut-N", ``date`` "26-FEB-1987 15:01:01.79", ``topics`` and ``body``). Reproducible:
a fixed seed, detente's own sentence splitter (offsets are character offsets into ``body``) and
the standard library; no coder is run.

Only political or international articles are drawn from. An article is one when

- its ``topics`` hold neither ``earn`` nor ``acq`` (company results and takeovers), and
- its body has at least four different words of :data:`POLITICAL` (government, minister,
  troops, talks, sanctions, embassy, strike, election...), matched case-sensitively as words.

Articles whose number (N of "reut-N") is even go to the development set, odd ones to the
held-back set. In each, two strata:

- `random`: sentences drawn at random from all prose sentences of six words or more;
- `names`: drawn from the rest, among sentences that name at least two different political
  actors of 1987 (countries, demonyms, capitals, organisations, leaders: :data:`NAMES`).

Prints one skeleton record a line (id, ref, date, stratum; events to be coded by hand) to the
files named by --out-dev and --out-test, and counts to stderr. The defaults draw
gold-reuters-dev.jsonl and gold-reuters.jsonl:

    scripts/sample-reuters-refs.py ../shared/corpora/reuters21578.jsonl --out-dev dev.jsonl
        --out-test test.jsonl
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import spacy

from detente.nlp.sentences import SentenceSplitter

_spec = importlib.util.spec_from_file_location(
    "sample_gold_refs", Path(__file__).with_name("sample-gold-refs.py")
)
shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shared)

SEED = 20261203
RANDOM_PER_SET = 100
NAMES_PER_SET = 50
#: Articles on these topics are company news, never drawn.
COMPANY_TOPICS = frozenset({"earn", "acq"})
#: An article with four different ones of these words is political or international.
MIN_POLITICAL = 4
POLITICAL = frozenset(
    """government governments minister ministers ministry president premier parliament
    parliamentary embassy ambassador diplomat diplomats diplomatic troops army military navy
    warships police guerrillas rebels war talks sanctions treaty election elections protest
    protests arrested strike strikers summit accord Congress Senate opposition retaliation
    retaliate dispute negotiations negotiators envoy visit""".split()
)
#: Capitalised words that name a political actor of 1987 (countries, demonyms, capitals,
#: organisations, leaders and ministers): a sentence with two different ones is in `names`.
NAMES = frozenset(
    """U.S. USA America American Americans Washington Reagan Shultz Weinberger Baker Yeutter
    Baldrige Pentagon Congress Senate Soviet Soviets USSR Moscow Kremlin Gorbachev
    Shevardnadze Ryzhkov Britain British U.K. London Thatcher Howe Lawson France French Paris
    Mitterrand Chirac Balladur Germany German Bonn Kohl Genscher Stoltenberg Japan Japanese Tokyo
    Nakasone Miyazawa Tamura Kuranari China Chinese Peking Beijing Deng Zhao Italy Italian Rome
    Canada Canadian Ottawa Mulroney Iran Iranian Iranians Tehran Khomeini Rafsanjani Velayati
    Khamenei Mousavi Iraq Iraqi Iraqis Baghdad Saddam Aziz Kuwait Kuwaiti Saudi Riyadh Fahd
    Israel Israeli Jerusalem Shamir Peres Syria Syrian Damascus Assad Lebanon Lebanese Beirut
    Egypt Egyptian Cairo Mubarak Libya Libyan Gadaffi Jordan Jordanian Hussein PLO Arafat Gulf
    OPEC UN EC NATO GATT IMF Brazil Brazilian Brasilia Sarney Funaro Mexico Mexican Argentina
    Argentine Alfonsin Nicaragua Nicaraguan Contra Contras Sandinista Sandinistas Panama
    Ecuador Peru Bolivia Chile Colombia Venezuela Cuba Cuban Philippines Philippine Manila
    Aquino Korea Korean Seoul Taiwan Taipei India Indian Delhi Gandhi Pakistan Pakistani
    Afghanistan Afghan Vietnam Vietnamese Indonesia Indonesian Malaysia Australia Australian
    Hawke Zealand Africa African Pretoria Botha Angola Mozambique Zimbabwe Nigeria Kenya Poland
    Polish Turkey Turkish Greece Greek Spain Spanish Portugal Sweden Norway Denmark Netherlands
    Dutch Belgium Switzerland Austria Hungary Yugoslavia Romania Czechoslovakia""".split()
)
WORD = re.compile(r"U\.S\.|U\.K\.|[A-Za-z][A-Za-z'-]*")


def articles(path: Path) -> list[tuple[int, str, str]]:
    """(article number, date YYYY-MM-DD, body) of each political article of the corpus."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in filter(str.strip, f):
            obj = json.loads(line)
            body = obj.get("body") or ""
            if COMPANY_TOPICS & set(obj.get("topics") or ()):
                continue
            if len(set(WORD.findall(body)) & POLITICAL) < MIN_POLITICAL:
                continue
            day = datetime.strptime(obj["date"].split()[0], "%d-%b-%Y").date().isoformat()
            out.append((int(obj["id"].removeprefix("reut-")), day, body))
    return out


def names(sentence: str) -> int:
    """How many different actor names of :data:`NAMES` a sentence has."""
    return len(set(WORD.findall(sentence)) & NAMES)


def main() -> None:
    args = shared.arguments(__doc__, SEED)
    taken = shared.excluded(args.exclude)
    splitter = SentenceSplitter(spacy.blank("en"))
    pools: dict[str, list[tuple[dict, int]]] = {"dev": [], "test": []}
    skipped: Counter[str] = Counter()
    chosen = articles(args.corpus)
    for number, day, body in chosen:
        half = "dev" if number % 2 == 0 else "test"
        article = f"reut-{number}"
        for sentence in shared.sentences(splitter, body):
            why = shared.prose(sentence.text)
            if why:
                skipped[why] += 1
                continue
            if (article, sentence.start, sentence.end) in taken:
                skipped["already in an --exclude set"] += 1
                continue
            ref = {"corpus": args.corpus.name, "article": article, "start": sentence.start,
                   "end": sentence.end, "sha1": shared.sha1(sentence.text)}  # fmt: skip
            record = {"id": f"reut-{number:05d}-{sentence.index:03d}", "ref": ref, "date": day}
            pools[half].append((record, names(sentence.text)))
    print(f"{len(chosen)} political articles", file=sys.stderr)
    outs = {"dev": args.out_dev, "test": args.out_test}
    shared.draw(pools, args.seed, outs, skipped, (RANDOM_PER_SET, NAMES_PER_SET))


if __name__ == "__main__":
    main()
