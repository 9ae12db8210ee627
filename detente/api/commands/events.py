"""``detente events``: list stored events, filtered."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from detente.api.cli import app
from detente.errors import StoreError

if TYPE_CHECKING:
    import pandas as pd

DB_OPTION = typer.Option("--db", help="The DuckDB store file.")
# Filters shared by the commands that read events from a store.
SourceOption = Annotated[
    str | None, typer.Option(help="Source actor code prefix or country (RUS).")
]
TargetOption = Annotated[
    str | None, typer.Option(help="Target actor code prefix or country (IRN).")
]
SinceOption = Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD (inclusive).")]
UntilOption = Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (inclusive).")]


class EventFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def fail(error: StoreError) -> NoReturn:
    """Print a coded error to stderr and exit: 2 for a bad option value, else 1."""
    message = str(error)
    typer.echo(message, err=True)
    raise typer.Exit(2 if message.startswith(("[E302]", "[E307]", "[E308]", "[E313]")) else 1)


TABLE_COLUMNS = (
    ("date", "date"),
    ("source", "source_code"),
    ("event", "cameo_code"),
    ("name", "cameo_name"),
    ("target", "target_code"),
    ("goldstein", "goldstein"),
    ("where", "location_name"),
    ("doc", "doc_id"),
)


def print_table(frame: pd.DataFrame) -> None:
    from rich.console import Console
    from rich.table import Table

    from detente.store.rows import clean, iso_date

    table = Table(title=f"{len(frame)} events")
    for title, _ in TABLE_COLUMNS:
        table.add_column(title, overflow="fold")
    for row in frame.to_dict("records"):
        cells = []
        for _, name in TABLE_COLUMNS:
            value = iso_date(row[name]) if name == "date" else clean(row[name])
            cells.append("" if value is None else str(value))
        table.add_row(*cells)
    Console().print(table)


@app.command()
def events(
    db: Annotated[Path, DB_OPTION] = Path("detente.duckdb"),
    source: SourceOption = None,
    target: TargetOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")] = (
        EventFormat.table
    ),
    limit: Annotated[int | None, typer.Option(help="At most this many events.", min=0)] = None,
) -> None:
    """List the events of a store, oldest first; jsonl gives the same objects as `detente code`.

    Example: detente events --db news.duckdb --source RUS --target IRN --since 2003-01-01
    """
    from detente.store import Store, parse_day
    from detente.store.export import write_csv, write_jsonl

    try:
        first, last = parse_day(since, "--since"), parse_day(until, "--until")
        with Store(db, read_only=True) as store:
            frame = store.events(source=source, target=target, since=first, until=last, limit=limit)
    except StoreError as e:
        fail(e)
    if format is EventFormat.jsonl:
        write_jsonl(frame, sys.stdout)
    elif format is EventFormat.csv:
        write_csv(frame, sys.stdout)
    else:
        print_table(frame)
