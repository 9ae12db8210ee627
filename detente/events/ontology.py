"""The event ontology: CAMEO 1.1b3 codes with Goldstein values and their PLOVER mapping.

The knowledge lives in two data files, ``detente/data/cameo/cameo.tsv`` and
``detente/data/plover/cameo2plover.tsv`` (see the README.md beside each). They are
read once into an immutable :class:`Ontology`; :func:`load_ontology` caches it.

Example:
    >>> onto = load_ontology()
    >>> onto.get("042").name
    'Make a visit'
    >>> onto.plover("042")["event"]
    'CONSULT'
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from detente.errors import Errors, KnowledgeError

DATA = Path(str(resources.files("detente") / "data"))
CAMEO_FILE = DATA / "cameo" / "cameo.tsv"
PLOVER_FILE = DATA / "plover" / "cameo2plover.tsv"

#: CAMEO roots that have no PLOVER equivalent (the CAMEO-to-PLOVER table leaves them out).
NO_PLOVER_ROOTS: tuple[str, ...] = ("01", "02")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its scores and PLOVER mapping."""

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover_event: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    plover_intensity: float | None = None


def quad_class_of(root: str) -> int:
    """The quad class of a CAMEO root: 1 verbal and 2 material cooperation, 3 verbal and
    4 material conflict."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    return 3 if number <= 14 else 4


class Ontology:
    """An immutable table of CAMEO codes; look codes up with :meth:`get`."""

    __slots__ = ("_codes", "_path")

    def __init__(self, codes: Mapping[str, CameoCode], *, path: Path = CAMEO_FILE) -> None:
        self._codes: Mapping[str, CameoCode] = MappingProxyType(dict(codes))
        self._path = path

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, "_path"):
            raise AttributeError("Ontology is immutable")
        object.__setattr__(self, name, value)

    def get(self, code: str) -> CameoCode:
        """The entry of ``code``.

        Raises:
            KnowledgeError: [E202] when the code is not a CAMEO 1.1b3 event code.
        """
        try:
            return self._codes[code]
        except (KeyError, TypeError):
            raise KnowledgeError(Errors.E202.format(path=self._path, code=code)) from None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> tuple[str, ...]:
        """All codes, in codebook order."""
        return tuple(self._codes)

    def roots(self) -> tuple[str, ...]:
        """The 20 two-digit root codes."""
        return tuple(code for code in self._codes if len(code) == 2)

    def plover(self, code: str) -> dict[str, Any] | None:
        """The PLOVER mapping of ``code`` as a dict, or None where PLOVER has none.

        Raises:
            KnowledgeError: [E202] when the code is unknown.
        """
        entry = self.get(code)
        if entry.plover_event is None:
            return None
        return {
            "event": entry.plover_event,
            "mode": entry.plover_mode,
            "context": entry.plover_context,
            "intensity": entry.plover_intensity,
        }


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """The data rows of a TSV file with ``#`` comment lines, with their line numbers."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    for (number, _), row in zip(lines[1:], reader, strict=True):
        yield number, row


def _plover_table(path: Path) -> dict[str, dict[str, str]]:
    return {row["cameo"]: row for _, row in _rows(path)}


def _entry(number: int, row: dict[str, str], plover: dict[str, str] | None) -> CameoCode:
    code = row["code"]
    try:
        goldstein = float(row["goldstein"])
        quad_class = int(row["quad_class"])
        intensity = float(plover["intensity"]) if plover else None
    except (TypeError, ValueError) as e:
        raise KnowledgeError(Errors.E201.format(path=CAMEO_FILE, line=number, detail=e)) from e
    return CameoCode(
        code=code,
        name=row["name"],
        root=code[:2],
        goldstein=goldstein,
        quad_class=quad_class,
        plover_event=plover["event"] if plover else None,
        plover_mode=(plover["mode"] or None) if plover else None,
        plover_context=(plover["context"] or None) if plover else None,
        plover_intensity=intensity,
    )


def read_ontology(cameo_path: Path = CAMEO_FILE, plover_path: Path = PLOVER_FILE) -> Ontology:
    """Read the ontology from the two data files (use :func:`load_ontology` for the built-in
    one).

    Raises:
        KnowledgeError: [E201] on a malformed line, [E202] on a PLOVER row for an unknown code.
    """
    plover = _plover_table(plover_path)
    codes: dict[str, CameoCode] = {}
    for number, row in _rows(cameo_path):
        if row["code"] in codes:
            detail = f"duplicate code {row['code']!r}"
            raise KnowledgeError(Errors.E201.format(path=cameo_path, line=number, detail=detail))
        codes[row["code"]] = _entry(number, row, plover.get(row["code"]))
    for code in plover.keys() - codes.keys():
        raise KnowledgeError(Errors.E202.format(path=plover_path, code=code))
    return Ontology(codes, path=cameo_path)


@cache
def load_ontology() -> Ontology:
    """The built-in CAMEO/PLOVER ontology, read once and shared (it is immutable)."""
    return read_ontology()
