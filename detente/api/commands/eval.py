"""``detente eval``: score the coder on a gold set."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from detente.api.cli import app
from detente.errors import DetenteError


class Level(StrEnum):
    root = "root"
    code = "code"


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(help="Gold file (detente JSONL, plover-gsr, petr2, cameo-manual examples)."),
    ],  # fmt: skip
    level: Annotated[
        Level, typer.Option(help="Compare event codes by root or in full.")
    ] = Level.root,
    report: Annotated[
        Path | None, typer.Option(help="Write the full Markdown report to this file.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Score only the first N sentences.")
    ] = None,
    all_events: Annotated[
        bool, typer.Option(help="Also count hypothetical, negated and future events.")
    ] = False,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    texts: Annotated[
        Path | None,
        typer.Option(
            help="Folder of the corpora that records given by reference point into "
            "(default: $DETENTE_TEXTS, else ../shared/corpora)."
        ),
    ] = None,
) -> None:
    """Code a gold set and print precision, recall and F1 of the event code, source, target
    and full triple, with the gold set's own headline figures (see docs/eval.md).

    The format of GOLD is detected from its content. A record may point into a corpus in
    place of giving its text: the whole article is coded once, and the record gets the events
    whose trigger lies in its sentence (see docs/eval.md). --report writes a Markdown report with a
    confusion table by root and every miss and false alarm with its sentence.

    Example: detente eval ../shared/gold/petr2-gsr-validation.jsonl --report petr2.md
    """
    from detente.eval.report import render, summary
    from detente.eval.run import evaluate
    from detente.settings import Settings

    settings = Settings(model=model) if model else None
    try:
        result = evaluate(
            gold,
            level=level.value,
            limit=limit,
            settings=settings,
            all_events=all_events,
            texts=texts,
        )
    except DetenteError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(1) from e
    typer.echo(summary(result), nl=False)
    if report is not None:
        report.write_text(render(result), encoding="utf-8")
        typer.echo(f"\nReport written to {report}")
