"""``detente watch``: poll RSS/Atom feeds and store the new items as they come."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from detente.api.cli import app
from detente.api.commands.ingest import summary_line
from detente.api.inputs import make_settings
from detente.errors import DetenteError
from detente.ingest import InputFailure
from detente.parallel import IngestSummary, resolve_workers
from detente.watch import FETCH_TIMEOUT, parse_interval, read_feed_list, watch


@app.command("watch")
def watch_command(
    feeds: Annotated[
        Path, typer.Argument(help="Text file of feed URLs or feed file paths, one a line.")
    ],
    every: Annotated[str, typer.Option(help="Time between rounds: 30s, 15m, 1h.")] = "15m",
    db: Annotated[Path, typer.Option(help="DuckDB file to write.")] = Path("detente.duckdb"),
    once: Annotated[bool, typer.Option("--once", help="Run one round and stop.")] = False,
    workers: Annotated[
        str, typer.Option(help="Coding processes: a number, or 0 / auto for one per CPU.")
    ] = "1",
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for a feed server.")
    ] = FETCH_TIMEOUT,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print each round and the total as JSON lines.")
    ] = False,
) -> None:
    """Read feeds every --every and store the items not seen before.

    FEEDS is a text file with one feed a line, an http(s) URL or a local file
    path; '#' starts a comment. Items whose id or URL the store holds are
    skipped. A line is printed after each round. Ctrl-C or SIGTERM stops the
    watch after the document being stored (nothing is left half-written) and
    prints a final summary; --once runs a single round (for cron; its exit
    status is 1 when a feed or an item failed).

    Example: detente watch feeds.txt --every 15m --db news.duckdb
    """
    from detente.store import Store

    err = Console(stderr=True)
    stop = threading.Event()
    try:
        interval = parse_interval(every)
        feed_list = read_feed_list(feeds)
        n_workers = resolve_workers(workers)
        with _stopping_on_signals(stop, err), Store(db) as store:
            summary = watch(
                feed_list,
                store,
                every=interval,
                stop=stop,
                rounds=1 if once else None,
                settings=make_settings(model),
                workers=n_workers,
                timeout=timeout,
                on_round=lambda n, s, t: _print_round(n, s, t, as_json),
                on_failure=lambda f: _print_failure(err, f),
            )
    except DetenteError as e:
        err.print(f"[red]error[/]: {escape(str(e))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from e
    if as_json:
        typer.echo(json.dumps({"rounds": summary.rounds, **_counts(summary.total)}))
    else:
        typer.echo(f"watch ended after {summary.rounds} round(s): {summary_line(summary.total)}")
    if once and summary.total.failures:
        raise typer.Exit(1)  # for cron: a feed could not be read


def _print_round(number: int, summary: IngestSummary, seconds: float, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps({"round": number, **_counts(summary), "seconds": round(seconds, 2)}))
    else:
        typer.echo(f"round {number} ({seconds:.1f} s): {summary_line(summary)}")


def _counts(summary: IngestSummary) -> dict[str, object]:
    data = summary.to_dict()
    data.pop("failures")
    return data


def _print_failure(err: Console, failure: InputFailure) -> None:
    err.print(f"[red]error[/]: {escape(failure.message)}", highlight=False, soft_wrap=True)


@contextmanager
def _stopping_on_signals(stop: threading.Event, err: Console) -> Iterator[None]:
    """SIGINT and SIGTERM set ``stop``; a second SIGINT interrupts at once."""

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        err.print("stopping: storing what is coded, then a summary", highlight=False)

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
