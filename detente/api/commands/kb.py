"""``detente kb``: inspect the actor knowledge base and import PETRARCH dictionaries."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from detente.actors.kb import load_kb
from detente.actors.petrarch_import import import_petrarch
from detente.api.cli import app
from detente.errors import DetenteError, Errors

kb_app = typer.Typer(
    help="The actor knowledge base: look up names, check files, import PETRARCH dictionaries.",
    no_args_is_help=True,
)
app.add_typer(kb_app, name="kb")


def _fail(err: Console, error: DetenteError) -> typer.Exit:
    err.print(str(error), markup=False, highlight=False)
    return typer.Exit(1)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(Errors.E302.format(value=value, option="--on")) from None


@kb_app.command("import-petrarch")
def import_petrarch_command(
    files: Annotated[list[Path], typer.Argument(help="PETRARCH/Phoenix .actors or agents files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The knowledge-base TSV file to write.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List skipped entries.")] = False,
) -> None:
    """Convert PETRARCH/Phoenix actor and agent dictionaries into a knowledge-base file.

    Entries whose codes are not CAMEO actor or role codes are skipped and counted; load the
    result with `detente code --kb OUT.tsv`.

    Example: detente kb import-petrarch Phoenix.Countries.actors.txt Phoenix.agents.txt -o mine.tsv
    """
    err = Console(stderr=True)
    try:
        report = import_petrarch(files, out)
        load_kb([out])  # the written file must load: validate it now, not at coding time
    except DetenteError as e:
        raise _fail(err, e) from e
    for line in report.skipped if verbose else ():
        err.print(line, markup=False, highlight=False)
    typer.echo(
        f"{out}: {report.names} names ({report.persons} persons), {report.roles} role words; "
        f"{len(report.skipped)} skipped"
    )


@kb_app.command("lookup")
def lookup_command(
    phrase: Annotated[str, typer.Argument(help="A name, title or role word.")],
    on: Annotated[str | None, typer.Option(help="Only entries valid on YYYY-MM-DD.")] = None,
    kb: Annotated[list[Path] | None, typer.Option(help="Extra knowledge-base file(s).")] = None,
) -> None:
    """Show what the knowledge base knows about a phrase: codes, kinds and source lines.

    Example: detente kb lookup "the Kremlin" --on 2003-03-11
    """
    err = Console(stderr=True)
    try:
        knowledge = load_kb(kb or ())
    except DetenteError as e:
        raise _fail(err, e) from e
    day = _date(on)
    entries = knowledge.lookup(phrase, on=day) or knowledge.person(phrase, on=day)
    for e in entries:
        dates = f"\t{e.start or ''}..{e.end or ''}" if e.start or e.end else ""
        typer.echo(f"{e.code}\t{e.kind}\t{e.name}\t{e.source}{dates}")
    if not entries:
        typer.echo(f"{phrase!r}: not in the knowledge base", err=True)
        raise typer.Exit(1)


@kb_app.command("check")
def check_command(
    files: Annotated[list[Path], typer.Argument(help="Knowledge-base TSV files to validate.")],
) -> None:
    """Validate knowledge-base files (with the built-in data) and print their counts.

    Example: detente kb check my-actors.tsv
    """
    err = Console(stderr=True)
    try:
        knowledge = load_kb(files)
    except DetenteError as e:
        raise _fail(err, e) from e
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(knowledge.counts().items()))
    typer.echo(f"ok: {counts}")
