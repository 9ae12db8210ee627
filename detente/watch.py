"""Watching feeds: read a list of RSS/Atom feeds every so often and store new items.

Each round reads every feed (a local file through :func:`detente.ingest.read_inputs`,
an ``http(s)`` URL fetched with :mod:`urllib`), skips the items whose document id
or URL the store already holds, codes the others and stores them (see
:func:`detente.parallel.ingest`). A round stops early when ``stop`` is set, after
storing what was already coded; the store writes one transaction per batch, so
nothing is left half-written.
"""

from __future__ import annotations

import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.client import HTTPException
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import Errors, InputError
from detente.ingest import InputFailure, ReadOptions, Source, read_inputs, read_source
from detente.parallel import IngestHooks, IngestSummary, ingest
from detente.records import Document
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.store import Store

#: Seconds to wait for a feed server.
FETCH_TIMEOUT = 30.0
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smh]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600}
_USER_AGENT = "detente-watch (+https://github.com/detente)"


def parse_interval(value: str) -> float:
    """Seconds in an interval written ``30s``, ``15m``, ``1h`` (a bare number is seconds)."""
    found = _INTERVAL.fullmatch(value.strip().lower())
    if not found or float(found.group(1)) <= 0:
        detail = "give a positive number with s, m or h, e.g. 30s, 15m, 1h"
        raise InputError(Errors.E903.format(value=value, option="--every", detail=detail))
    return float(found.group(1)) * _UNIT_SECONDS[found.group(2)]


def read_feed_list(path: str | Path) -> list[str]:
    """The feed URLs and paths of a text file: one a line, ``#`` starts a comment."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(Errors.E905.format(path=path, detail=e)) from e
    feeds = [line.split("#", 1)[0].strip() for line in lines]
    feeds = [feed for feed in feeds if feed]
    if not feeds:
        raise InputError(Errors.E906.format(path=path))
    return feeds


def is_url(feed: str) -> bool:
    return feed.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT) -> bytes:
    """The body of ``url``; any network or HTTP error becomes an :class:`InputError` (E904)."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.read()
    except (urllib.error.URLError, HTTPException, OSError, ValueError) as e:
        detail = " ".join(str(getattr(e, "reason", None) or e).split())
        raise InputError(Errors.E904.format(source=url, detail=detail), source=url) from e


def feed_items(
    feeds: Sequence[str], *, timeout: float = FETCH_TIMEOUT
) -> Iterator[Document | InputFailure]:
    """The items of every feed, in order; a feed that cannot be read is one failure."""
    options = ReadOptions(format="rss")
    for feed in feeds:
        if not is_url(feed):
            yield from read_inputs([feed], options=options)
            continue
        try:
            data = fetch(feed, timeout=timeout)
        except InputError as e:
            yield InputFailure(feed, str(e))
            continue
        hint = urllib.request.urlparse(feed).path
        yield from read_source(
            Source(name=feed, open=lambda d=data: BytesIO(d), hint=hint), options
        )


def watch_round(
    feeds: Sequence[str],
    store: Store,
    *,
    settings: Settings | None = None,
    workers: int = 1,
    timeout: float = FETCH_TIMEOUT,
    hooks: IngestHooks | None = None,
) -> IngestSummary:
    """Read every feed once and store the items not seen before (by id or URL)."""
    hooks = hooks or IngestHooks()
    urls = set(store.query("SELECT DISTINCT url FROM sources WHERE url IS NOT NULL")["url"])

    def seen(doc: Document) -> bool:
        return doc.url is not None and doc.url in urls

    return ingest(
        feed_items(feeds, timeout=timeout),
        store,
        settings=settings,
        workers=workers,
        hooks=IngestHooks(
            on_failure=hooks.on_failure, on_done=hooks.on_done, skip=seen, stop=hooks.stop
        ),
    )


@dataclass(slots=True)
class WatchSummary:
    """Rounds run, and what they did together."""

    rounds: int = 0
    total: IngestSummary = field(default_factory=IngestSummary)


def watch(
    feeds: Sequence[str],
    store: Store,
    *,
    every: float,
    stop: threading.Event,
    rounds: int | None = None,
    settings: Settings | None = None,
    workers: int = 1,
    timeout: float = FETCH_TIMEOUT,
    on_round: Callable[[int, IngestSummary, float], None] | None = None,
    on_failure: Callable[[InputFailure], None] | None = None,
) -> WatchSummary:
    """Run rounds every ``every`` seconds until ``stop`` is set (or ``rounds`` are done).

    ``on_round`` is called after each round with its number, summary and duration.
    """
    summary = WatchSummary()
    hooks = IngestHooks(on_failure=on_failure, stop=stop)
    while not stop.is_set() and (rounds is None or summary.rounds < rounds):
        started = time.monotonic()
        result = watch_round(
            feeds, store, settings=settings, workers=workers, timeout=timeout, hooks=hooks
        )
        summary.rounds += 1
        summary.total.add(result)
        elapsed = time.monotonic() - started
        if on_round:
            on_round(summary.rounds, result, elapsed)
        if rounds is not None and summary.rounds >= rounds:
            break
        stop.wait(max(0.0, every - elapsed))
    return summary
