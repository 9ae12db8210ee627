"""Tests of the actor knowledge base: the built-in data files, lookups and file validation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.actors import kb as kbmod
from detente.actors.kb import ROLE_CODES, load_kb, read_table
from detente.errors import KnowledgeError

DATA_FILES = sorted(p for p in kbmod.DATA_DIR.glob("*.tsv") if p.name != "fips.tsv")


@pytest.fixture(scope="module")
def kb() -> kbmod.KnowledgeBase:
    return load_kb()


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_file_has_provenance_header(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "licence:" in first


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_file_loads_alone_beside_countries(path: Path) -> None:
    # Each file is validated on load (codes parse, role codes known, dates ordered).
    built = kbmod._read_files([kbmod.DATA_DIR / "countries.tsv", path])
    assert built.counts()["countries"] >= 249


def test_every_code_parses_and_every_role_is_known(kb: kbmod.KnowledgeBase) -> None:
    countries = frozenset(c.iso3 for c in kb.countries())
    for phrase, entry in kb.phrases():
        if entry.kind == "role":
            assert kbmod.bad_role(entry.code) is None, (phrase, entry)
        else:
            assert kbmod.check_code(entry.code, countries) is None, (phrase, entry)
        assert entry.sector is None or entry.sector in ROLE_CODES


def test_every_country_has_codes_and_fips(kb: kbmod.KnowledgeBase) -> None:
    countries = list(kb.countries())
    assert len(countries) >= 249
    no_fips = {c.iso3 for c in countries if not c.fips}
    # FIPS 10-4 has no code for these (PSE is split into West Bank and Gaza).
    assert no_fips == {"ALA", "BES", "UMI", "PSE"}
    assert all(len(c.iso3) == 3 and c.name for c in countries)


@pytest.mark.parametrize(
    ("phrase", "code", "kind"),
    [
        ("Washington", "USAGOV", "capital"),
        ("Moscow", "RUSGOV", "capital"),
        ("Tehran", "IRNGOV", "capital"),
        ("the Kremlin", "RUSGOV", "metonym"),
        ("KREMLIN", "RUSGOV", "metonym"),
        ("the White House", "USAGOV", "metonym"),
        ("the Pentagon", "USAMIL", "metonym"),
        ("the Knesset", "ISRLEG", "metonym"),
        ("Russian", "RUS", "demonym"),
        ("Emirati", "ARE", "demonym"),
        ("Tajik", "TJK", "demonym"),
        ("U.S.", "USA", "country"),
        ("the United States", "USA", "country"),
        ("Britain", "GBR", "country"),
        ("Burma", "MMR", "country"),
        ("Ivory Coast", "CIV", "country"),
        ("Côte d'Ivoire", "CIV", "country"),
        ("Palestinian territories", "PSE", "country"),
        ("Soviet Union", "RUS", "country"),
        ("Yugoslavia", "YUG", "country"),
        ("Romania", "ROU", "country"),
        ("Security Council", "IGOUNO", "igo"),
        ("IAEA", "IGOUNOIAE", "igo"),
        ("European Union", "IGOEEC", "igo"),
        ("NATO", "IGONAT", "igo"),
        ("Amnesty International", "NGOHRIAMN", "org"),
        ("Hamas", "PSEREBHMS", "org"),
        ("Hezbollah", "LBNREBHEZ", "org"),
        ("Kurdistan Workers' Party", "TURREBPKK", "org"),
        ("UNITA", "AGOREBUNI", "org"),
        ("Darfur", "SDN", "country"),
        ("Chechnya", "RUS", "country"),
    ],
)
def test_lookup(kb: kbmod.KnowledgeBase, phrase: str, code: str, kind: str) -> None:
    assert (code, kind) in [(e.code, e.kind) for e in kb.lookup(phrase)]


def test_lookup_entry_fields(kb: kbmod.KnowledgeBase) -> None:
    (entry,) = kb.lookup("the Kremlin")
    assert (entry.country, entry.sector) == ("RUS", "GOV")
    assert entry.source.startswith("actors/metonyms.tsv:")
    assert kb.lookup("no such actor") == []


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("foreign minister", "GOV"),
        ("Foreign Ministers", "GOV"),
        ("troops", "MIL"),
        ("officials", "GOV"),
        ("policemen", "COP"),
        ("judge", "JUD"),
        ("lawmakers", "LEG"),
        ("rebels", "REB"),
        ("journalists", "MED"),
        ("refugees", "REF"),
        ("defence minister", "GOV"),
        ("helicopter gunships", "MIL"),
        ("rulers", "GOV"),
        ("tribal elders", "ELI"),
        ("landowners", "CVL"),
        ("banana", None),
    ],
)
def test_role(kb: kbmod.KnowledgeBase, phrase: str, role: str | None) -> None:
    assert kb.role(phrase) == role


def test_role_codes_keep_the_specialty(kb: kbmod.KnowledgeBase) -> None:
    assert kb.role_codes("defense minister") == "GOVMIL"


def test_country_info(kb: kbmod.KnowledgeBase) -> None:
    usa = kb.country("USA")
    assert usa is not None and (usa.iso2, usa.fips) == ("US", "US")
    assert kb.country("gbr").fips == "UK"
    assert kb.country("XXX") is None


def test_user_files_add_names_and_persons(fixtures: Path) -> None:
    extra = load_kb(
        [fixtures / "actors" / "good_names.tsv", fixtures / "actors" / "good_persons.tsv"]
    )
    assert [e.code for e in extra.lookup("Gondor council")] == ["USAGOV"]
    assert [e.name for e in extra.person("Strider", on=date(2003, 1, 1))] == ["Aragorn Elessar"]
    assert [e.name for e in extra.person("Elessar")] == ["Aragorn Elessar"]
    assert extra.person("Elessar", on=date(2010, 1, 1)) == []
    assert [e.code for e in extra.lookup("aragorn elessar", on=date(2002, 5, 1))] == ["GBRGOV"]
    assert load_kb().lookup("Gondor council") == []


def test_default_kb_is_cached() -> None:
    assert load_kb() is load_kb()


HEAD_NAMES = "# source: test. licence: none\nphrase\tcode\tkind\tname\tstart\tend\n"
HEAD_ROLES = "# source: test. licence: none\nphrase\trole\n"
HEAD_PERSONS = "# source: test. licence: none\nname\taliases\tcountry\tsector\ttitle\tstart\tend\n"


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        (HEAD_NAMES + "Moscow\tRUSGOV\tcapital\n", "E201", 3),  # too few columns
        (HEAD_NAMES + "a\tRUS\tcountry\tRussia\t\t\textra\n", "E201", 3),  # too many
        (HEAD_NAMES + "ok\tRUS\tcountry\tRussia\t\t\nb\tRUS\tplanet\tRussia\t\t\n", "E201", 4),
        (HEAD_NAMES + "a\tRUS\tcountry\tRussia\t2001-13-01\t\n", "E201", 3),  # bad date
        (HEAD_NAMES + "a\tRUS\tcountry\tRussia\t2005-01-01\t2001-01-01\n", "E204", 3),
        (HEAD_NAMES + "a\tRUSS\tcountry\tRussia\t\t\n", "E211", 3),
        (HEAD_NAMES + "a\tZZZGOV\tmetonym\tNowhere\t\t\n", "E211", 3),
        (HEAD_ROLES + "troops\tMIL\nwizards\tWIZ\n", "E203", 4),
        (HEAD_PERSONS + "A B\t\tRUS\tXYZ\tpresident\t2000-01-01\t\n", "E203", 3),
        (HEAD_PERSONS + "A B\t\tRUS\tGOV\tpresident\t2000-01-01\t1999-01-01\n", "E204", 3),
        (HEAD_PERSONS + "A B\t\tRUS\tGOV\tpresident\n", "E201", 3),
        (HEAD_PERSONS + "A B\t\tRUS\tGOV\tpresident\t2000-1-1\t\n", "E201", 3),
        ("# source: x\nfoo\tbar\n", "E201", 2),  # unknown header
    ],
)
def test_bad_file_rejected_naming_file_and_line(
    tmp_path: Path, text: str, code: str, line: int
) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_kb([path])
    assert str(info.value).startswith(f"[{code}] {path}:{line}:")


def test_missing_file_is_e210(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match=r"\[E210\]"):
        load_kb([tmp_path / "absent.tsv"])


def test_read_table_pads_optional_columns(tmp_path: Path) -> None:
    path = tmp_path / "short.tsv"
    path.write_text(HEAD_NAMES + "Moscow\tRUSGOV\tcapital\tgov\n", encoding="utf-8")
    [(header, rows)] = read_table(path)
    assert rows == [(3, ["Moscow", "RUSGOV", "capital", "gov", "", ""])]


@pytest.mark.parametrize(
    "word", ["who", "male", "island", "amnesty", "diet", "force", "press", "mann", "au"]
)
def test_common_words_are_not_actors(kb: kbmod.KnowledgeBase, word: str) -> None:
    # The phrase matcher ignores case, so "WHO" would match every "who".
    assert kb.lookup(word) == []


def test_generated_files_are_up_to_date() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_countries", kbmod.DATA_DIR / "build_countries.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    countries = build.country_rows()
    assert build.check_fips(countries) == []
    [(_, rows)] = read_table(kbmod.DATA_DIR / "countries.tsv")
    assert [tuple(cols) for _, cols in rows] == countries
    [(_, rows)] = read_table(kbmod.DATA_DIR / "country_names.tsv")
    assert [tuple(cols[:4]) for _, cols in rows] == build.name_rows(countries)


def test_party_rows_of_one_country_do_not_overlap() -> None:
    # parties.tsv: one row per standing, so a date gives a party one code in its country
    [(_, rows)] = read_table(kbmod.DATA_DIR / "parties.tsv")
    spans: dict[tuple[str, str], list[tuple[date, date]]] = {}
    for number, (phrase, code, _kind, _name, start, end) in rows:
        begin = date.fromisoformat(start)
        until = date.fromisoformat(end) if end else date.max
        assert begin <= until, number
        spans.setdefault((phrase, code[:3]), []).append((begin, until))
    for key, periods in spans.items():
        periods.sort()
        for (_, until), (begin, _) in zip(periods, periods[1:], strict=False):
            assert until < begin, key


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Labour", ["GBROPPPTY"]),
        ("labour", []),  # a party's name in lower case is a common word
        ("Democrats", ["USAOPPPTY"]),
        ("democrats", []),
        ("Reprieve", ["GBRNGO"]),  # so is a one-word NGO name
        ("reprieve", []),
        ("Amnesty International", ["NGOHRIAMN"]),
        ("amnesty international", ["NGOHRIAMN"]),  # a longer name is no common word
    ],
)
def test_proper_only_names_match_with_their_capitals(kb, phrase, expected) -> None:
    on = date(2018, 4, 14)
    assert [e.code for e in kb.lookup(phrase, on=on) if e.country in (None, "GBR", "USA")] == (
        expected
    )
