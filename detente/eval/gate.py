"""The evaluation gate: pinned floors (and ceilings) of the headline metrics per gold set.

The floors file (``eval/floors.json`` in the repository) holds, for each gold set, its
path (relative to the floors file's folder's parent, the repository root), the sha256 of
the gold file, the level it is scored at, the pinned figures and, for a set whose records
point into corpora, the corpus file names. See ``docs/eval.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.errors import Errors, GoldError
from detente.eval.metrics import LEVELS, EvalResult
from detente.eval.rates import LOWER_IS_BETTER


@dataclass(frozen=True, slots=True)
class GateSet:
    """One gold set's entry in the floors file."""

    name: str
    path: Path
    sha256: str
    level: str
    floors: dict[str, float]
    ceilings: dict[str, float]
    shared: bool = False  # lives in ../shared, absent on some machines
    format: str | None = None
    corpora: tuple[str, ...] = ()  # corpus files its records point into (also in ../shared)


def _bad(path: Path, detail: str) -> GoldError:
    return GoldError(Errors.E403.format(path=path, detail=detail))


def _entry(name: str, spec: Any, root: Path, path: Path) -> GateSet:
    if not isinstance(spec, dict) or not {"path", "sha256", "floors"} <= spec.keys():
        raise _bad(path, f"set {name!r} needs path, sha256 and floors")
    level = spec.get("level", "root")
    if level not in LEVELS:
        raise _bad(path, f"set {name!r}: level must be one of {LEVELS}")
    floors, ceilings = spec["floors"], spec.get("ceilings", {})
    for figures in (floors, ceilings):
        if not isinstance(figures, dict) or not all(
            isinstance(v, int | float) for v in figures.values()
        ):
            raise _bad(path, f"set {name!r}: floors and ceilings map metric names to numbers")
    corpora = spec.get("corpora", [])
    if not isinstance(corpora, list) or not all(isinstance(c, str) for c in corpora):
        raise _bad(path, f"set {name!r}: corpora is a list of corpus file names")
    misplaced = sorted(set(floors) & LOWER_IS_BETTER) + sorted(set(ceilings) - LOWER_IS_BETTER)
    if misplaced:
        raise _bad(path, f"set {name!r}: {misplaced} belong under the other of floors/ceilings")
    return GateSet(
        name=name,
        path=root / spec["path"],
        sha256=spec["sha256"],
        level=level,
        floors={k: float(v) for k, v in floors.items()},
        ceilings={k: float(v) for k, v in ceilings.items()},
        shared=bool(spec.get("shared")),
        format=spec.get("format"),
        corpora=tuple(corpora),
    )


def read_floors(path: str | Path) -> tuple[GateSet, ...]:
    """The gold sets of a floors file.

    Raises:
        GoldError: [E403] when the file is not valid JSON or misses a field.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise _bad(path, str(e)) from e
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise _bad(path, "expected an object with a 'sets' object")
    root = path.resolve().parent.parent
    return tuple(_entry(name, spec, root, path) for name, spec in data["sets"].items())


def check(result: EvalResult, gate: GateSet) -> list[str]:
    """What is wrong with a result under a gate entry: a changed gold file, a metric
    below its floor or above its ceiling, a pinned metric the result lacks."""
    problems = []
    if result.sha256 != gate.sha256:
        problems.append(
            f"{gate.name}: the gold file changed (sha256 {result.sha256}, pinned "
            f"{gate.sha256}); review the change, then update eval/floors.json"
        )
    if result.failed:
        first = next(iter(result.failed.items()))
        problems.append(
            f"{gate.name}: the pipeline failed on {len(result.failed)} sentences "
            f"(first: {first[0]}: {first[1]})"
        )
    if gate.format and result.format != gate.format:
        problems.append(f"{gate.name}: read as {result.format}, pinned as {gate.format}")
    flat = result.metrics()
    for name, floor in gate.floors.items():
        if name not in flat:
            problems.append(f"{gate.name}: no metric {name!r}")
        elif flat[name] < floor:
            problems.append(f"{gate.name}: {name} = {flat[name]:.4f} is below its floor {floor}")
    for name, ceiling in gate.ceilings.items():
        if name not in flat:
            problems.append(f"{gate.name}: no metric {name!r}")
        elif flat[name] > ceiling:
            problems.append(
                f"{gate.name}: {name} = {flat[name]:.4f} is above its ceiling {ceiling}"
            )
    return problems
