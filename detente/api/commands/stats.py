"""``detente stats``: how much a store holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from detente.api.cli import app
from detente.api.commands.events import DB_OPTION, fail
from detente.errors import StoreError


@app.command()
def stats(
    db: Annotated[Path, DB_OPTION] = Path("detente.duckdb"),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Count the documents, sources, events, mentions and quotes of a store.

    Example: detente stats --db news.duckdb --json
    """
    from detente.store import Store

    try:
        with Store(db, read_only=True) as store:
            counts = store.stats()
    except StoreError as e:
        fail(e)
    if as_json:
        typer.echo(json.dumps(counts))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=str(db))
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in counts.items():
        table.add_row(name, f"{n:,}")
    Console().print(table)
