"""``detente code``: code files and print their events."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

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
    coded_inputs,
    read_options,
)
from detente.api.render import print_table, write_jsonl


class CodeFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


@app.command("code")
def code_command(
    inputs: InputsArgument,
    fmt: Annotated[
        CodeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CodeFormat.table,
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    kb: KbOption = None,
    text_field: TextFieldOption = None,
    id_field: IdFieldOption = None,
    date_field: DateFieldOption = None,
    published: PublishedOption = None,
) -> None:
    """Code articles and print their events: date, source, action, target, place, evidence.

    Bad inputs are reported on standard error, one line each; the others are still coded, and
    the exit status is 1 when any input failed.

    Example: detente code --format jsonl examples/*.txt
    """
    err = Console(stderr=True)
    options = read_options(text_field, id_field, date_field, published)
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
