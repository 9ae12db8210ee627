"""The public surface: what `detente` exports, and every command documented."""

from __future__ import annotations

import re
from pathlib import Path

import detente

ROOT = Path(__file__).resolve().parent.parent

PUBLIC = {
    "SCHEMA_VERSION", "Actor", "Cameo", "CodedDocument", "Document", "Event", "Evidence",
    "Place", "Quote", "Sentence", "Settings", "Store", "__version__", "code", "code_documents",
}  # fmt: skip


def test_all_is_the_public_surface() -> None:
    assert set(detente.__all__) == PUBLIC
    for name in detente.__all__:
        assert getattr(detente, name) is not None, name


def test_every_command_is_in_the_readme_and_has_an_example() -> None:
    from detente.api.cli import _load_commands, app

    _load_commands()
    readme = (ROOT / "README.md").read_text()
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    assert len(names) >= 8
    for name in names:
        assert re.search(rf"detente {name}\b", readme), f"`detente {name}` is not in README.md"
    for command in app.registered_commands:
        doc = command.callback.__doc__ or ""
        assert "Example:" in doc, f"{command.name}: its docstring (--help) has no example"
