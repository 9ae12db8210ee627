"""Benchmark: ingest Reuters-21578 into a fresh store with 1 and with 2 worker processes.

Each worker count runs in a fresh process (so that peak memory is its own) and
ingests the first N articles of ``../shared/corpora/reuters21578.jsonl`` (body as
text, date as publication date) through :func:`detente.parallel.ingest` into a new
DuckDB file. Prints, as JSON, for each worker count: articles/s over the whole run
(model loading included) and between the first and last article stored (steady
rate), events stored, CPU seconds of the main process and of the workers, and
peak memory: max RSS of the main process and of the
largest worker (``RUSAGE_CHILDREN``). Needs ../shared; run from the repository root:

    python bench/bench_ingest.py [--n 1000] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"
ALL = 19_043


def documents(path: Path, n: int) -> Iterator:
    from detente.ingest import ReadOptions, read_inputs
    from detente.records import Document

    options = ReadOptions(text_field="body", date_field="date")
    count = 0
    for item in read_inputs([str(path)], options=options):
        if count >= n:
            return
        count += isinstance(item, Document)
        yield item


def run_one(corpus: Path, n: int, workers: int) -> dict:
    """Ingest in this process with ``workers`` workers; the figures of this run."""
    from detente.parallel import IngestHooks, ingest
    from detente.store import Store

    done: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            summary = ingest(
                documents(corpus, n),
                store,
                workers=workers,
                hooks=IngestHooks(on_done=lambda: done.append(time.perf_counter())),
            )
        wall = time.perf_counter() - started
    main = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, once they ended
    steady = (len(done) - 1) / (done[-1] - done[0]) if len(done) > 1 else None
    return {
        "workers": workers,
        "articles": summary.read,
        "stored": summary.stored,
        "failed": summary.failed,
        "events": summary.events,
        "wall_s": round(wall, 1),
        "articles_per_s": round(summary.read / wall, 2),
        "steady_articles_per_s": round(steady, 2) if steady else None,
        "cpu_main_s": round(_cpu(main), 1),
        "cpu_workers_s": round(_cpu(children), 1),
        "max_rss_main_mb": round(main.ru_maxrss / 1024),
        "max_rss_worker_mb": round(children.ru_maxrss / 1024),
    }


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=ALL, help="articles to ingest (default: all)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one run, in a child
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (needs ../shared)", file=sys.stderr)
        return 2
    if args.one is not None:
        print(json.dumps(run_one(args.corpus, args.n, args.one)))
        return 0
    results = []
    for workers in args.workers:
        command = [sys.executable, __file__, "--n", str(args.n), "--corpus", str(args.corpus)]
        out = subprocess.run([*command, "--one", str(workers)], capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        results.append(json.loads(out.stdout.splitlines()[-1]))
    print(json.dumps({"corpus": args.corpus.name, "n": args.n, "runs": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
