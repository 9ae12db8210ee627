"""Benchmark: what quotation finding adds to coding the first N Reuters-21578 articles.

Codes the same articles with ``Settings(quotes=False)`` and ``Settings(quotes=True)``,
``--repeat`` times each (the best run counts: the machine is shared), and prints the
seconds, the overhead of quotations, events and quotes found. Needs ../shared; run from
the repository root:

    python bench/bench_quotes.py [--n 300] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench_code import CORPUS, first_documents

from detente.pipeline import Coder
from detente.records import Document
from detente.settings import Settings


def run(coder: Coder, docs: list[Document]) -> tuple[float, int, int]:
    """(seconds, events, quotes) of coding ``docs`` once."""
    t0 = time.perf_counter()
    n_events = n_quotes = 0
    for coded in coder.code_documents(docs):
        n_events += len(coded.events)
        n_quotes += len(coded.quotes)
    return time.perf_counter() - t0, n_events, n_quotes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (needs ../shared)", file=sys.stderr)
        return 2
    docs = first_documents(args.corpus, args.n)
    coders = {quotes: Coder(Settings(quotes=quotes)) for quotes in (False, True)}
    runs: dict[bool, list[tuple[float, int, int]]] = {False: [], True: []}
    for _ in range(args.repeat):
        for quotes, coder in coders.items():  # alternate, so that load changes hit both
            runs[quotes].append(run(coder, docs))
    best = {quotes: min(r[0] for r in rs) for quotes, rs in runs.items()}
    result = {
        "articles": len(docs),
        "seconds_without_quotes": [round(r[0], 2) for r in runs[False]],
        "seconds_with_quotes": [round(r[0], 2) for r in runs[True]],
        "quotes_overhead_best": round(best[True] / best[False] - 1, 3),
        "events": runs[True][0][1],
        "quotes": runs[True][0][2],
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
