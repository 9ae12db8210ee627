"""Benchmark: code the first N articles of the Reuters-21578 corpus.

Prints articles/s, sentences/s (all sentences, and those parsed after selection),
events found and peak memory (max RSS). Also the coding loop's CPU time and articles per CPU
second: on a shared machine wall-clock rates swing with the load, CPU time much less. Needs
../shared; run from the repository root:

    python bench/bench_code.py [--n 2000] [--no-select]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from detente.ingest import ReadOptions, read_inputs
from detente.pipeline import Coder
from detente.records import Document
from detente.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"


def first_documents(path: Path, n: int) -> list[Document]:
    options = ReadOptions(text_field="body")
    docs = []
    for item in read_inputs([str(path)], options=options):
        if isinstance(item, Document):
            docs.append(item)
            if len(docs) >= n:
                break
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--no-select", action="store_true", help="parse every sentence")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (needs ../shared)", file=sys.stderr)
        return 2
    docs = first_documents(args.corpus, args.n)
    t0 = time.perf_counter()
    coder = Coder(Settings(select_sentences=not args.no_select))
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    c1 = time.process_time()
    n_sent = n_events = 0
    for coded in coder.code_documents(docs):
        n_sent += len(coded.sentences)
        n_events += len(coded.events)
    secs = time.perf_counter() - t1
    cpu = time.process_time() - c1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(docs),
        "sentences": n_sent,
        "events": n_events,
        "select_sentences": not args.no_select,
        "load_seconds": round(load_s, 2),
        "coding_seconds": round(secs, 2),
        "articles_per_s": round(len(docs) / secs, 1),
        "sentences_per_s": round(n_sent / secs, 1),
        "coding_cpu_seconds": round(cpu, 2),
        "articles_per_cpu_s": round(len(docs) / cpu, 1),
        "peak_rss_mb": round(peak_mb, 1),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
