"""``detente ingest``: read, code and store articles in a DuckDB file."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from detente.api.cli import app
from detente.api.inputs import (
    DateFieldOption,
    IdFieldOption,
    InputsArgument,
    KbOption,
    LexiconOption,
    ModelOption,
    PublishedOption,
    TextFieldOption,
    make_settings,
    read_options,
)
from detente.errors import DetenteError
from detente.ingest import InputFailure, read_inputs
from detente.parallel import IngestHooks, IngestSummary, ingest, resolve_workers

#: Extensions whose files hold one document each, and those holding one per line.
_ONE_PER_FILE = frozenset({".txt", ".text", ".html", ".htm", ".md"})
_ONE_PER_LINE = frozenset({".jsonl", ".ndjson"})


@app.command("ingest")
def ingest_command(
    inputs: InputsArgument,
    db: Annotated[Path, typer.Option(help="DuckDB file to write.")] = Path("detente.duckdb"),
    workers: Annotated[
        str, typer.Option(help="Coding processes: a number, or 0 / auto for one per CPU.")
    ] = "1",
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    kb: KbOption = None,
    text_field: TextFieldOption = None,
    id_field: IdFieldOption = None,
    date_field: DateFieldOption = None,
    published: PublishedOption = None,
    dedup: Annotated[
        bool,
        typer.Option(
            "--dedup/--no-dedup",
            help="Store a copy of a stored or earlier document as a source of it, uncoded.",
        ),
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    json_summary: Annotated[
        bool, typer.Option("--json-summary", help="Print the summary as one JSON object.")
    ] = False,
) -> None:
    """Code articles and store documents and events in a DuckDB file.

    Documents are read here, coded in --workers processes (each loads the spaCy
    model once) and written by this process. Documents already stored are skipped
    before coding, so ingesting the same input again changes nothing; so are copies
    of a stored or earlier document (the same story on another site, exactly or
    nearly the same text), whose source and URL are recorded on that document
    (--no-dedup codes and stores every copy). Bad inputs are reported on standard
    error, one line each, and the others are still stored; the exit status is 1
    when any input failed. A summary line ends the run (--json-summary prints it
    as JSON on standard output).

    Example: detente ingest --db news.duckdb --workers auto examples/
    """
    from detente.store import Store

    err = Console(stderr=True)
    try:
        n_workers = resolve_workers(workers)
        settings = make_settings(model, lexicon, kb)
        items = read_inputs(
            inputs,
            options=read_options(text_field, id_field, date_field, published),
            stdin=sys.stdin.buffer,
        )
        total = count_documents(inputs) if err.is_terminal and not quiet else None
        with Store(db) as store, _progress(err, quiet, total) as advance:
            summary = ingest(
                items,
                store,
                settings=settings,
                workers=n_workers,
                hooks=IngestHooks(on_failure=_reporter(err), on_done=advance),
                dedup=dedup,
            )
    except DetenteError as e:
        err.print(f"[red]error[/]: {escape(str(e))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from e
    err.print(summary_line(summary), highlight=False, soft_wrap=True)
    if json_summary:
        typer.echo(json.dumps(summary.to_dict()))
    if summary.failures:
        raise typer.Exit(1)


def summary_line(summary: IngestSummary) -> str:
    """One line: documents read, skipped, duplicates, failed (by error code), stored, events."""
    failed = f"failed: {summary.failed}"
    if summary.failures:
        codes = Counter(f.message.split("]", 1)[0].lstrip("[") for f in summary.failures)
        failed += " (" + ", ".join(f"{code} x{n}" for code, n in sorted(codes.items())) + ")"
    return (
        f"documents read: {summary.read}, skipped (already stored or repeated): "
        f"{summary.skipped}, skipped as duplicates: {summary.duplicates}, {failed}, "
        f"documents stored: {summary.stored}, events stored: {summary.events}"
    )


def count_documents(inputs: Sequence[str]) -> int | None:
    """The number of documents in ``inputs`` when it is cheap to know, else None.

    Text and HTML files hold one document, JSONL files one a non-blank line;
    any other input (CSV, feeds, archives, standard input) makes the total unknown.
    """
    total = 0
    for name in inputs:
        if set(name) & set("*?[") or name == "-":
            return None
        for f in _files(Path(name)):
            n = _documents_in(f)
            if n is None:
                return None
            total += n
    return total


def _files(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    return sorted(
        f
        for f in path.rglob("*")
        if f.is_file() and not any(p.startswith(".") for p in f.relative_to(path).parts)
    )


def _documents_in(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if not path.is_file():
        return 1 if suffix in _ONE_PER_FILE else None
    if suffix in _ONE_PER_FILE:
        return 1
    if suffix in _ONE_PER_LINE:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    return None


def _reporter(err: Console) -> Callable[[InputFailure], None]:
    def report(failure: InputFailure) -> None:
        err.print(f"[red]error[/]: {escape(failure.message)}", highlight=False, soft_wrap=True)

    return report


@contextmanager
def _progress(console: Console, quiet: bool, total: int | None) -> Iterator[Callable[[], None]]:
    """A progress bar on ``console``: rate and time left when ``total`` is known, else a spinner."""
    if total is None:
        columns = [SpinnerColumn(), TextColumn("{task.completed} documents")]
    else:
        columns = [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        *columns,
        TextColumn("{task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )
    task = progress.add_task("coding", total=total, rate="-")

    def advance() -> None:
        progress.advance(task)
        speed = progress.tasks[task].speed
        progress.update(task, rate=f"{speed:.1f}" if speed else "-")

    with progress:
        yield advance
