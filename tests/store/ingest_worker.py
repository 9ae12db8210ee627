"""A writer process for the crash and concurrency tests (run as a script, not collected).

usage: python ingest_worker.py DB N BATCH MODE DELAY
    MODE is ``many`` (Store.add_many, fed like `detente ingest` feeds it: a generator
    that skips stored documents with Store.has) or ``single`` (Store.add per
    document); DELAY is seconds of "coding" per document. Prints ``started`` once
    the first batch is committed, and the final stats as JSON at the end.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator

from detente.records import CodedDocument
from detente.store import Store
from detente.store.synthetic import make_coded


def documents(store: Store, n: int, batch: int, delay: float) -> Iterator[CodedDocument]:
    for i in range(n):
        if i == batch:  # the first batch has been written and committed
            print("started", flush=True)
        if store.has(f"doc-{i:06d}"):
            continue
        if delay:
            time.sleep(delay)
        yield make_coded(i)


def main(db: str, n: int, batch: int, mode: str, delay: float) -> None:
    with Store(db, timeout=60) as store:
        if mode == "many":
            store.add_many(documents(store, n, batch, delay), batch_size=batch)
        else:
            for coded in documents(store, n, 1, delay):
                store.add(coded)
        print(json.dumps(store.stats()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], float(sys.argv[5]))
