"""``detente export``: write stored events in another data set's format."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from detente.api.cli import app
from detente.api.commands.events import (
    DB_OPTION,
    SinceOption,
    SourceOption,
    TargetOption,
    UntilOption,
    fail,
)
from detente.errors import StoreError


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    icews = "icews"
    phoenix = "phoenix"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format (see docs/store.md).")
    ],
    db: Annotated[Path, DB_OPTION] = Path("detente.duckdb"),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Output file (a folder for parquet); else stdout."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    target: TargetOption = None,
) -> None:
    """Export the events of a store as GDELT 2.0, ICEWS, Phoenix, JSONL, CSV or Parquet.

    GDELT and Phoenix are tab-separated without a header, ICEWS with one; Parquet
    writes a folder partitioned by year and month.

    Example: detente export --db news.duckdb --format gdelt --since 2003-01-01 -o events.tsv
    """
    from detente.store import Store, parse_day
    from detente.store.export import check_output
    from detente.store.export import export as export_events

    try:
        first, last = parse_day(since, "--since"), parse_day(until, "--until")
        check_output(format.value, output)
        with Store(db, read_only=True) as store:
            n = export_events(
                store, format.value, output, since=first, until=last, source=source, target=target
            )
    except StoreError as e:
        fail(e)
    if output is not None:
        typer.echo(f"{n} events written to {output}", err=True)
