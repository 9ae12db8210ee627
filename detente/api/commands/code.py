"""``detente code``: code files and print their events."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from detente.api.cli import app
from detente.api.inputs import coded_inputs, read_options
from detente.api.render import print_table, write_jsonl


class CodeFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


@app.command("code")
def code_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories or '-' for standard input.")
    ],
    fmt: Annotated[
        CodeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CodeFormat.table,
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
) -> None:
    """Code articles and print their events: date, source, action, target, place, evidence.

    Bad inputs are reported on standard error, one line each; the others are still coded, and
    the exit status is 1 when any input failed.

    Example: detente code --format jsonl examples/*.txt
    """
    err = Console(stderr=True)
    options = read_options(text_field, id_field, date_field)
    coded, failures = coded_inputs(
        inputs, model=model, lexicons=lexicon, kb_paths=kb, options=options, err=err
    )
    if fmt is CodeFormat.jsonl:
        write_jsonl(coded, sys.stdout)
    else:
        out = Console()
        print_table(coded, out if out.is_terminal else Console(width=160))
    if failures:
        raise typer.Exit(1)
