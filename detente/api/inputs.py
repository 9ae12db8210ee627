"""Shared plumbing for commands that read inputs: reading, reporting failures, coding."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from detente.ingest import InputFailure, ReadOptions, read_inputs
from detente.records import CodedDocument, Document
from detente.settings import Settings

# Options shared by the commands that read and code articles.
InputsArgument = Annotated[
    list[str], typer.Argument(help="Files, directories or '-' for standard input.")
]
ModelOption = Annotated[str | None, typer.Option(help="spaCy pipeline name.")]
LexiconOption = Annotated[list[Path] | None, typer.Option(help="Extra lexicon file(s).")]
KbOption = Annotated[list[Path] | None, typer.Option(help="Extra knowledge-base file(s).")]
TextFieldOption = Annotated[
    str | None, typer.Option(help="JSONL/CSV field holding the text (default: text).")
]
IdFieldOption = Annotated[str | None, typer.Option(help="JSONL/CSV field holding the id.")]
DateFieldOption = Annotated[
    str | None, typer.Option(help="JSONL/CSV field holding the publication date.")
]
PublishedOption = Annotated[
    datetime | None,
    typer.Option(
        "--date",
        formats=["%Y-%m-%d"],
        help="Publication date (YYYY-MM-DD) of articles whose input and dateline give none: "
        "office-holders and relative dates are read as of it.",
    ),
]


def make_settings(
    model: str | None = None,
    lexicons: Sequence[Path] | None = None,
    kb_paths: Sequence[Path] | None = None,
) -> Settings:
    kwargs: dict = {}
    if model:
        kwargs["model"] = model
    if lexicons:
        kwargs["lexicons"] = tuple(str(p) for p in lexicons)
    if kb_paths:
        kwargs["kb_paths"] = tuple(str(p) for p in kb_paths)
    return Settings(**kwargs)


def read_options(
    text_field: str | None = None,
    id_field: str | None = None,
    date_field: str | None = None,
    published: datetime | None = None,
) -> ReadOptions | None:
    """Column mapping for JSONL/CSV inputs and the default publication date, from
    command-line options."""
    fields = {"text_field": text_field, "id_field": id_field, "date_field": date_field}
    given: dict = {k: v for k, v in fields.items() if v}
    if published is not None:
        given["published"] = published.date()
    return ReadOptions(**given) if given else None


def documents(
    inputs: Sequence[str],
    failures: list[InputFailure],
    err: Console,
    options: ReadOptions | None = None,
) -> Iterator[Document]:
    """The documents of ``inputs``; each failure is printed as one line and kept in ``failures``."""
    for item in read_inputs(list(inputs), options=options, stdin=sys.stdin.buffer):
        if isinstance(item, InputFailure):
            failures.append(item)
            err.print(f"[red]error[/]: {escape(item.message)}", highlight=False, soft_wrap=True)
        else:
            yield item


def coded_inputs(
    inputs: Sequence[str],
    *,
    model: str | None = None,
    lexicons: Sequence[Path] | None = None,
    kb_paths: Sequence[Path] | None = None,
    options: ReadOptions | None = None,
    err: Console,
) -> tuple[Iterable[CodedDocument], list[InputFailure]]:
    """Read and code ``inputs`` lazily; failures fill the returned list as reading goes on."""
    from detente.pipeline import get_coder

    failures: list[InputFailure] = []
    coder = get_coder(make_settings(model, lexicons, kb_paths))
    return coder.code_documents(documents(inputs, failures, err, options)), failures
