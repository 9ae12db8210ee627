"""Tests of the CAMEO/PLOVER ontology and its data files."""

from __future__ import annotations

import csv
import re
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.events.ontology import (
    NO_PLOVER_ROOTS,
    CameoCode,
    load_ontology,
    quad_class_of,
    read_ontology,
)

ONTOLOGY = load_ontology()
CODES = ONTOLOGY.codes()
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
PLOVER_EVENTS = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_all_twenty_roots_present() -> None:
    assert ONTOLOGY.roots() == ROOTS


def test_code_count() -> None:
    assert 300 <= len(CODES) <= 330


@pytest.mark.parametrize("code", CODES)
def test_code_well_formed(code: str) -> None:
    entry = ONTOLOGY.get(code)
    assert re.fullmatch(r"\d{2,4}", code)
    assert entry.code == code and entry.root == code[:2]
    assert entry.root in ROOTS
    assert len(code) == 2 or code[: len(code) - 1] in ONTOLOGY or code[:2] in ONTOLOGY
    assert entry.name.strip() == entry.name and len(entry.name) > 3
    assert -10.0 <= entry.goldstein <= 10.0
    assert entry.quad_class == quad_class_of(entry.root)


@pytest.mark.parametrize("code", CODES)
def test_plover_mapping_or_documented_exception(code: str) -> None:
    mapping = ONTOLOGY.plover(code)
    if code[:2] in NO_PLOVER_ROOTS:
        assert mapping is None
        return
    assert mapping is not None
    assert mapping["event"] in PLOVER_EVENTS
    assert isinstance(mapping["intensity"], float) and -10.0 <= mapping["intensity"] <= 10.0


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3),
                       ("15", 4), ("20", 4)]
)  # fmt: skip
def test_quad_class_of(root: str, quad: int) -> None:
    assert quad_class_of(root) == quad


@pytest.mark.parametrize(
    ("code", "name", "event", "mode", "intensity"),
    [
        ("042", "Make a visit", "CONSULT", "visit", 4.0),
        ("0841", "Return, release person(s)", "RETREAT", "release", 6.5),
        ("173", "Arrest, detain, or charge with legal action", "COERCE", "arrest", -7.0),
        ("163", "Impose embargo, boycott, or sanctions", "COERCE", "restrict", -7.0),
        ("190", "Use conventional military force, not specified below", "ASSAULT", None, -9.0),
    ],
)
def test_known_entries(
    code: str, name: str, event: str, mode: str | None, intensity: float
) -> None:
    entry = ONTOLOGY.get(code)
    assert entry.name == name
    assert ONTOLOGY.plover(code) == {
        "event": event,
        "mode": mode,
        "context": entry.plover_context,
        "intensity": intensity,
    }


@pytest.mark.parametrize("code", ["999", "", "0", "21", "1X", "01 "])
def test_unknown_code_raises_e202(code: str) -> None:
    assert code not in ONTOLOGY
    with pytest.raises(KnowledgeError, match=r"\[E202\]"):
        ONTOLOGY.get(code)


def test_contains_rejects_non_strings() -> None:
    assert 42 not in ONTOLOGY and None not in ONTOLOGY


def test_immutable_and_cached() -> None:
    assert load_ontology() is ONTOLOGY
    with pytest.raises(AttributeError):
        ONTOLOGY._codes = {}  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        ONTOLOGY.get("042").name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        ONTOLOGY._codes["042"] = CameoCode("042", "x", "04", 0.0, 1)  # type: ignore[index]


@pytest.mark.parametrize(
    ("cameo_text", "plover_text", "message"),
    [
        ("code\tname\tgoldstein\tquad_class\n042\tVisit\tlots\t1\n", "cameo\n", r"E201.*:2:"),
        ("code\tname\tgoldstein\tquad_class\n042\tA\t1\t1\n042\tB\t1\t1\n", "cameo\n", "E201"),
        (
            "code\tname\tgoldstein\tquad_class\n042\tA\t1\t1\n",
            "cameo\tevent\tmode\tcontext\tintensity\n999\tAID\t\t\t1\n",
            "E202",
        ),
    ],
)
def test_malformed_files_raise(
    tmp_path: Path, cameo_text: str, plover_text: str, message: str
) -> None:
    cameo, plover = tmp_path / "cameo.tsv", tmp_path / "plover.tsv"
    cameo.write_text(cameo_text)
    plover.write_text(plover_text)
    with pytest.raises(KnowledgeError, match=message):
        read_ontology(cameo, plover)


def _gdelt(shared: Path) -> dict[str, float]:
    path = shared / "reference" / "cameo-goldstein-gdelt.tsv"
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        return {row["CAMEOEVENTCODE"]: float(row["GOLDSTEINSCALE"]) for row in reader}


def _data_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_goldstein_equals_gdelt_table(shared: Path) -> None:
    """Every value equals GDELT's; a code GDELT lacks carries its parent's value."""
    gdelt = _gdelt(shared)
    rows = {row["code"]: row for row in _data_rows(Path(ONTOLOGY._path))}
    for code in CODES:
        source = rows[code]["goldstein_from"]
        assert source == code or (code.startswith(source) and code not in gdelt), code
        assert ONTOLOGY.get(code).goldstein == gdelt[source], code
    assert set(gdelt) <= set(CODES)


def test_codes_equal_the_codebook(shared: Path) -> None:
    text = (shared / "reference" / "cameo-manual-1.1b3.txt").read_text(encoding="utf-8")
    headers = set(re.findall(r"^CAMEO (\d{2,4})$", text, flags=re.M))
    chapter = text.split("\nCAMEO EVENT CODES\n")[1].split("\nKEDS Project Actor Codes\n")[0]
    listed = set(re.findall(r"^(\d{2,4}): \S", chapter, flags=re.M))
    assert set(CODES) == headers | listed


def test_plover_equals_reference_table(shared: Path) -> None:
    table: dict[str, str] = {}
    path = shared / "reference" / "CAMEO2PLOVER-2021.txt"
    for line in path.read_text(encoding="utf-8").split("~~~~~")[0].splitlines():
        if match := re.match(r"^(\d{2,4}):\s*([A-Z]+)", line):
            table.setdefault(match.group(1), match.group(2))
    for code in CODES:
        mapping = ONTOLOGY.plover(code)
        if code in table:
            assert mapping is not None and mapping["event"] == table[code], code
        elif mapping is not None:  # newer than the table: its parent's mapping
            assert mapping["event"] == table[code[:-1] if len(code) == 4 else code[:2]], code
