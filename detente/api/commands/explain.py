"""``detente explain``: show why a sentence was coded as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from detente.api.cli import app
from detente.api.inputs import PublishedOption, documents, make_settings, read_options
from detente.api.render import events_table


@app.command("explain")
def explain_command(
    path: Annotated[str, typer.Argument(help="One article (text, HTML, JSONL: the first record).")],
    sentence: Annotated[int, typer.Option("--sentence", "-s", help="Sentence index (from 0).")] = 0,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option(help="Extra lexicon file(s).")] = None,
    kb: Annotated[list[Path] | None, typer.Option(help="Extra knowledge-base file(s).")] = None,
    published: PublishedOption = None,
) -> None:
    """Show the parse of one sentence, the actors found (with the rule or knowledge-base entry
    that gave each code), every lexicon pattern tried and why it did or did not code an event.

    Sentence indexes are those of `evidence.sentence_index` in the JSONL output.

    Example: detente explain examples/ankara-talks.txt --sentence 1
    """
    from detente.pipeline import get_coder

    err, out = Console(stderr=True), Console()
    if not out.is_terminal:
        out = Console(width=160)
    failures: list = []
    doc = next(iter(documents([path], failures, err, read_options(published=published))), None)
    if doc is None:
        raise typer.Exit(1)
    coder = get_coder(make_settings(model, lexicon, kb))
    try:
        info = coder.explain(doc, sentence)
    except IndexError as e:
        err.print(f"[red]error[/]: {path}: no such sentence ({e}).")
        raise typer.Exit(2) from e
    s = info["sentence"]
    out.print(f"[bold]sentence {s.index}[/] (chars {s.start}-{s.end}): {escape(s.text)}")
    if not info["selected"]:
        out.print("[yellow]Not parsed when coding: no trigger word of the lexicon in it.[/]")
    tokens = Table("i", "text", "lemma", "pos", "dep", "head", "ent", title="parse")
    for row in info["tokens"]:
        tokens.add_row(*(str(v) for v in row))
    out.print(tokens)
    mentions = Table("phrase", "entries (code, kind, source)", title="knowledge-base mentions")
    for text, entries in info["kb_mentions"]:
        mentions.add_row(text, "; ".join(f"{c} {k} {src}" for c, k, src in entries))
    out.print(mentions)
    actors = Table("mention", "code", "rule", title="actors")
    for text, code, rule in info["actors"]:
        actors.add_row(text, code, rule or "")
    out.print(actors)
    out.print("[bold]patterns tried[/]")
    for line in info["trace"] or ["(no trigger in this sentence)"]:
        out.print("  " + escape(line), highlight=False)
    if info["events"]:
        out.print(events_table(info["events"], title="events"))
    else:
        out.print("[dim]no events[/]")
