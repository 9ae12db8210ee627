"""The ``detente`` command line: a thin shell over the library.

Each command lives in a module of :mod:`detente.api.commands`, which registers
itself on :data:`app`; every module there is imported when the CLI starts.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

app = typer.Typer(
    name="detente",
    help="Political event data from news: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _load_commands() -> None:
    from detente.api import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{info.name}")


def main() -> None:
    """Entry point of the ``detente`` console script.

    Errors detente raises on purpose (a bad lexicon or knowledge-base file, a missing spaCy
    pipeline, an unreadable database) end the command with their one-line coded message on
    standard error and exit status 2, not a traceback.
    """
    from detente.errors import DetenteError

    _load_commands()
    try:
        app()
    except DetenteError as e:
        print(f"error: {e}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
