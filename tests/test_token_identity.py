"""Code health: spaCy makes a new Token object on every access (``doc[0] is doc[0]`` is
False), so comparing tokens with ``is`` is always False and ``is not`` always True. Tokens are
compared with ``==`` / ``!=`` (same document, same index) or by ``.i``."""

from __future__ import annotations

import re
from pathlib import Path

import detente

TOKEN_NAMES = r"(?:tok|token|verb|head|noun|obj|slot|trigger|first|clause|prep|child|word|root)"
#: ``x.head is y``, ``head is not verb``: an identity test between tokens.
IDENTITY = re.compile(
    rf"\b(?:\w+\.head|{TOKEN_NAMES})(?:\.head)* is (?:not )?(?!None\b|True\b|False\b)"
    rf"(?:\w+\.head|{TOKEN_NAMES})\b"
)


def test_tokens_are_never_compared_by_identity() -> None:
    root = Path(detente.__file__).parent
    found = [
        f"{path.relative_to(root)}:{n}: {line.strip()}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if IDENTITY.search(line.split("#")[0])
    ]
    assert not found, "compare tokens with == or .i, not is:\n" + "\n".join(found)


def test_the_check_finds_an_identity_test() -> None:
    assert IDENTITY.search("    while tok.head is not tok:")
    assert IDENTITY.search("if head is not verb and x:")
    assert not IDENTITY.search("if tok.head is None:")
