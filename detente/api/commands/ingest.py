"""``detente ingest``: read, code and store articles in a DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from detente.api.cli import app
from detente.api.inputs import documents, make_settings, read_options
from detente.ingest import InputFailure


@app.command("ingest")
def ingest_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories or '-' for standard input.")
    ],
    db: Annotated[Path, typer.Option(help="DuckDB file to write.")] = Path("detente.duckdb"),
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option(help="Extra lexicon file(s).")] = None,
    kb: Annotated[list[Path] | None, typer.Option(help="Extra knowledge-base file(s).")] = None,
    text_field: Annotated[
        str | None, typer.Option(help="JSONL/CSV field holding the text (default: text).")
    ] = None,
    id_field: Annotated[str | None, typer.Option(help="JSONL/CSV field holding the id.")] = None,
    date_field: Annotated[
        str | None, typer.Option(help="JSONL/CSV field holding the publication date.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Code articles and store documents and events in a DuckDB file.

    Ingesting the same document again changes nothing. Bad inputs are reported on standard
    error, one line each, and the others are still stored; the exit status is 1 when any
    input failed.

    Example: detente ingest --db news.duckdb examples/
    """
    from detente.pipeline import get_coder
    from detente.store import Store

    err = Console(stderr=True)
    failures: list[InputFailure] = []
    coder = get_coder(make_settings(model, lexicon, kb))
    with Store(db) as store:
        already: list[str] = []
        docs = _new_only(
            documents(inputs, failures, err, read_options(text_field, id_field, date_field)),
            store,
            already,
        )
        with _progress(err, quiet) as progress:
            task = progress.add_task("coding", total=None)
            coded = _counted(coder.code_documents(docs), progress, task)
            summary = store.add_many(coded)
    skipped = summary.present + len(already)
    err.print(
        f"documents stored: {summary.added}, already stored: {skipped}, "
        f"failed: {len(failures)}, events stored: {summary.events}",
        highlight=False,
    )
    if failures:
        raise typer.Exit(1)


def _new_only(docs, store, already: list[str]):
    """Skip documents already in the store before spending time coding them."""
    for doc in docs:
        if store.has(doc.id):
            already.append(doc.id)
        else:
            yield doc


def _progress(console: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )


def _counted(items, progress: Progress, task):
    for item in items:
        progress.advance(task)
        yield item
