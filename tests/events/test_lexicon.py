"""The pattern lexicon: its format, the built-in files, and users' own files."""

from __future__ import annotations

from pathlib import Path

import pytest

import detente
from detente.errors import KnowledgeError
from detente.events.lexicon import (
    BUILTIN_FILES,
    DATA,
    load_lexicon,
    parse_pattern,
    read_lexicon_file,
)
from detente.events.ontology import load_ontology
from detente.settings import Settings
from tests.events.conftest import triples as shared_triples


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("visit $T", {"trigger": "visit", "has_target": True, "target_prep": None}),
        ("call on $T", {"trigger": "call", "target_prep": "on", "particles": ()}),
        ("lash out at $T", {"particles": ("out",), "target_prep": "at"}),
        ("sign agreement with $T", {"object_lemma": "agreement", "target_prep": "with"}),
        ("launch air strikes on $T", {"object_lemma": "strikes", "object_mods": ("air",)}),
        ("demand aid from $S", {"source_prep": "from", "has_target": False}),
        ("agree to:send $T", {"xcomp": "send", "has_target": True, "told": False}),
        ("allow $T to:run", {"xcomp": "run", "has_target": True, "told": True}),
        ("threaten to:leave $T", {"xcomp": "leave", "told": False}),
        ("n:phone call with $T", {"nominal": True, "trigger": "call", "trigger_mods": ("phone",)}),
        (
            "lift state of emergency in $T",
            {
                "object_lemma": "state",
                "object_of": "emergency",
                "particles": (),
                "target_prep": "in",
            },
        ),
        ("accuse $T of", {"object_of": None, "particles": ("of",), "has_target": True}),
    ],
)
def test_parse_pattern(text: str, fields: dict) -> None:
    pattern = parse_pattern("042", text, "test:1")
    for name, value in fields.items():
        assert getattr(pattern, name) == value, name


def test_builtin_lexicon_codes_exist_and_cover_every_root() -> None:
    ontology = load_ontology()
    lexicon = load_lexicon((), known_codes=ontology.codes())
    patterns = [p for table in (lexicon.verbs, lexicon.nouns) for ps in table.values() for p in ps]
    roots = {p.code[:2] for p in patterns}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


@pytest.mark.parametrize("name", BUILTIN_FILES)
def test_each_builtin_file_holds_its_own_root_only(name: str) -> None:
    root = Path(name).stem
    patterns = read_lexicon_file(DATA / name)
    assert [p.text for p in patterns if p.code[:2] != root] == []
    assert all(p.origin.startswith(name + ":") for p in patterns)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("unknown-code.tsv", "[E202]"),
        ("malformed.tsv", "malformed.tsv:2"),
        ("bad-source.tsv", "bad-source.tsv:1"),
    ],
)
def test_bad_lexicon_files_are_rejected_with_file_and_line(fixtures: Path, name, message) -> None:
    with pytest.raises(KnowledgeError) as info:
        load_lexicon([fixtures / "lexicon" / name], known_codes=load_ontology().codes())
    assert message in str(info.value)


def test_a_user_lexicon_codes_what_the_builtin_one_cannot(fixtures: Path) -> None:
    text = "Serbia stood down before Kosovo."
    assert detente.code(text, published="2010-01-01") == []
    settings = Settings(lexicons=(str(fixtures / "lexicon" / "user.tsv"),))
    (event,) = detente.code(text, published="2010-01-01", settings=settings)
    assert (event.source.code, event.cameo.code, event.target.code) == ("SRB", "0874", "KSV")
    assert event.rule.startswith("user.tsv:3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey lifted the state of emergency in Syria.", ("TUR", "0814", "SYR")),
        ("Turkey declared a state of emergency in Syria.", ("TUR", "1724", "SYR")),
    ],
)
def test_an_object_with_its_of_noun(tmp_path: Path, text: str, expected: tuple) -> None:
    lexicon = tmp_path / "of.tsv"
    lexicon.write_text(
        "0814\tlift state of emergency in $T\n1724\tdeclare state of emergency in $T\n",
        encoding="utf-8",
    )
    events = detente.code(text, settings=Settings(lexicons=(str(lexicon),)))
    found = {(e.source.code, e.cameo.code, e.target.code) for e in events if e.source and e.target}
    assert expected in found
    # the of-noun is required: "lift the ban" is not "lift the state of emergency"
    other = detente.code(
        "Turkey lifted the ban in Syria.", settings=Settings(lexicons=(str(lexicon),))
    )
    assert "0814" not in {e.cameo.code for e in other}


def test_a_nominal_pattern_with_object_words(tmp_path: Path) -> None:
    lexicon = tmp_path / "nouns.tsv"
    lexicon.write_text("160\tn:suspension of air links with $T\n", encoding="utf-8")
    settings = Settings(lexicons=(str(lexicon),))
    events = detente.code(
        "Italy announced a suspension of air links with Yugoslavia.", settings=settings
    )
    assert ("ITA", "160", "YUG") in {(e.source.code, e.cameo.code, e.target.code) for e in events}
    # the object words are required: a suspension of trade is not one of air links
    other = detente.code(
        "Italy announced a suspension of trade with Yugoslavia.", settings=settings
    )
    assert "160" not in {e.cameo.code for e in other if e.rule.startswith("nouns.tsv")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one told or allowed is the parser's object, or the subject of a clause
        (
            "The Pakistani government allowed the opposition to hold a rally.",
            ("PAKGOV", "0811", "PAKOPP"),
        ),
        (
            "Burkina Faso's military government ordered the French forces stationed in the "
            "country to leave within a month.",
            ("BFAGOV", "166", "FRAMIL"),
        ),
        (
            "The Egyptian government permitted opposition candidates to run in the election.",
            ("EGYGOV", "0812", "EGYOPP"),
        ),
        ("Israel will not allow candidates from Hamas to run.", ("ISR", "1241", "PSEREBHMS")),
    ],
)
def test_a_target_told_or_allowed_before_the_complement(text: str, expected: tuple) -> None:
    found = shared_triples(text, published="2010-05-05")
    assert expected in found


def test_a_complement_without_the_one_told_is_not_an_order() -> None:
    codes = {e.cameo.code for e in detente.code("Russia agreed to leave the talks.")}
    assert "166" not in codes


def test_fighting_alongside_is_no_fight_against() -> None:
    found = shared_triples(
        "Rwandan troops are fighting alongside the M23 rebels in eastern Congo.",
        published="2024-07-08",
    )
    assert ("RWAMIL", "062", "CODREB") in found
    assert not any(code.startswith("19") for _, code, _ in found)
