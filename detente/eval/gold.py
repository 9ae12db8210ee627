"""Gold-set readers: four formats of labelled sentences, read into one shape.

Formats (detected from the content, see :func:`detect_format`):

- ``detente``: the project's own JSONL, one object a line:
  ``{"id", "text", "date"?, "events": [{"source", "target", "code"}], "noevents"?}``
  with CAMEO actor codes (``RUSGOV``) or null for a missing actor. A record may give
  ``"ref": {"corpus", "article", "start", "end", "sha1"}`` in place of ``text``: the sentence
  is ``article text[start:end]`` of a corpus read at scoring time (:mod:`detente.eval.corpora`).
- ``plover-gsr``: a JSON list with ``cameo``, ``source``/``target`` as lists of
  ``{actorText, code (ISO3), sector}``.
- ``petr2``: PETRARCH2 validation JSONL with ``expected_events`` of ``{source, target,
  event}`` and ``noevents``.
- ``cameo-manual``: a JSON list of ``{cameo, name, text}``; a code per sentence, no actors.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from detente.actors.kb import RELIGION_CODES, ROLE_CODES
from detente.errors import Errors, GoldError
from detente.eval.corpora import corpus_folders, find_corpus, read_corpus

FORMATS: tuple[str, ...] = ("detente", "plover-gsr", "petr2", "cameo-manual")

#: Codes some gold sets use for a country in place of its ISO3 code. The Soviet Union is
#: RUS in detente's knowledge base (country_variants.tsv); CAMEO writes it USR and the
#: Phoenix dictionaries SUN, so a gold set's USR or SUN is compared as RUS.
COUNTRY_ALIASES: dict[str, str] = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "USR": "RUS",
    "SUN": "RUS",
}

#: plover-gsr's sector words that are not CAMEO's, read as the CAMEO role code they mean: its
#: JRN actors are newspapers and journalists (CAMEO's MED, media), its MED actors are doctors
#: and the Red Cross or Red Crescent (CAMEO's HLH, health), and it writes CIV beside CVL.
PLOVER_SECTORS: dict[str, str] = {"JRN": "MED", "MED": "HLH", "CIV": "CVL"}

#: Role codes that say what an international organisation's body does. CAMEO codes an IGO by
#: the organisation (IGOUNO), with a role after it where the body has one (IGOUNOREFHCR,
#: IGOPKO). plover-gsr gives an IGO a sector that is this function, and GOV for the
#: organisation itself or its political organs (the Security Council, the Secretary-General).
IGO_FUNCTIONS: dict[str, str] = {
    "PKO": "MIL",
    "MIL": "MIL",
    "REF": "REF",
    "HLH": "HLH",
    "CVL": "CVL",
}


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An actor as gold labels it: country (first three letters or ISO3) and sector."""

    code: str
    country: str | None
    sector: str | None = None
    text: str | None = None
    functional: bool = False  # the sector is an IGO's function (plover-gsr), not CAMEO letters


#: ``None``: the gold set does not annotate this role; ``()``: it expects no actor.
Role = tuple[GoldActor, ...] | None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An expected event; any actor in ``sources`` (``targets``) is an acceptable one."""

    code: str
    sources: Role
    targets: Role
    mutual: bool = False  # both actors act on each other: one event, coded in two directions


@dataclass(frozen=True, slots=True)
class TextRef:
    """Where a record's sentence is: characters ``[start, end)`` of an article of a corpus
    file, and the first hex digits of the sha1 of those characters (UTF-8)."""

    corpus: str
    article: str
    start: int
    end: int
    sha1: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.corpus, self.article)


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One labelled sentence; ``noevents`` says nothing may be coded from it. A record with a
    ``ref`` has its text from the corpus (empty until :func:`resolve_refs`)."""

    id: str
    text: str
    events: tuple[GoldEvent, ...]
    published: date | None = None
    noevents: bool = False
    ref: TextRef | None = None


@dataclass(frozen=True, slots=True)
class GoldSet:
    """A gold file read: its format, records and the sha256 of its bytes."""

    path: Path
    format: str
    records: tuple[GoldRecord, ...]
    sha256: str
    articles: Mapping[tuple[str, str], str] = field(default_factory=dict)  # refs' articles

    @property
    def name(self) -> str:
        return self.path.name


def igo_function(rest: str) -> str:
    """The function of an IGO whose code goes on with ``rest`` after ``IGO``: the first role
    code of :data:`IGO_FUNCTIONS` in it, else GOV (``UNOREFHCR`` -> REF, ``UNO`` -> GOV)."""
    triples = (rest[i : i + 3] for i in range(0, len(rest), 3))
    return next((IGO_FUNCTIONS[t] for t in triples if t in IGO_FUNCTIONS), "GOV")


def sector_agrees(actor: GoldActor, rest: str | None) -> bool:
    """Whether a coded actor whose code goes on with ``rest`` after the country has the gold
    actor's sector (any, where the gold gives none)."""
    if actor.sector is None:
        return True
    if not rest:
        return False
    if actor.functional:
        return actor.sector == igo_function(rest)
    return actor.sector in (rest[:3], role_after_faith(rest))


def role_after_faith(rest: str) -> str | None:
    """The first role code after the religion that starts ``rest`` (``MOSRAD`` -> RAD,
    ``MOSSHIRAD`` -> RAD), else None: an actor coded with both a religion and a role (codebook
    10.0.4) has both, and gold that names either one agrees."""
    if rest[:3] not in RELIGION_CODES:
        return None
    triples = (rest[i : i + 3] for i in range(3, len(rest), 3))
    return next((t for t in triples if t in ROLE_CODES), None)


def actor_from_code(code: str | None, *, text: str | None = None) -> GoldActor | None:
    """A :class:`GoldActor` from a CAMEO actor code: country is the first three letters
    (``---`` means unknown), sector the next three."""
    if not code or not code.strip():
        return None
    code = code.strip().upper()
    country = None if code[:3] == "---" else COUNTRY_ALIASES.get(code[:3], code[:3])
    return GoldActor(code=code, country=country, sector=code[3:6] or None, text=text)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _parse_date(value: Any, path: Path) -> date | None:
    if not value:
        return None
    text = str(value).strip()
    try:
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6 and text.isdigit():  # YYMMDD, as some PETRARCH records have
            year = int(text[:2])
            return date(year + (1900 if year >= 50 else 2000), int(text[2:4]), int(text[4:]))
        return date.fromisoformat(text[:10])
    except ValueError as e:
        raise GoldError(Errors.E402.format(path=path, detail=f"bad date {text!r}")) from e


def _role(value: Any, path: Path) -> tuple[GoldActor, ...]:
    """A role of the detente or petr2 format: a code, a list of codes, or null for none."""
    codes = value if isinstance(value, list) else [value]
    if not all(code is None or isinstance(code, str) for code in codes):
        raise GoldError(Errors.E402.format(path=path, detail=f"bad actor {value!r}"))
    return tuple(actor for actor in map(actor_from_code, codes) if actor is not None)


def _listed_record(obj: dict[str, Any], path: Path, *, events: str, code: str) -> GoldRecord:
    """A record of the detente (``events``/``code``) or petr2 (``expected_events``/``event``)
    format. A detente record without events expects none."""
    gold = tuple(
        GoldEvent(str(e[code]), _role(e.get("source"), path), _role(e.get("target"), path))
        for e in obj.get(events) or ()
    )
    noevents = bool(obj.get("noevents")) or (events == "events" and not gold)
    published = _parse_date(obj.get("date"), path)
    ref = _text_ref(obj["ref"], path) if events == "events" and "text" not in obj else None
    text = "" if ref is not None else obj["text"]
    return GoldRecord(str(obj["id"]), text, gold, published, noevents, ref)


def _text_ref(value: Any, path: Path) -> TextRef:
    """A record's ``ref``: corpus file name, article id, offsets and checksum."""
    try:
        ref = TextRef(
            corpus=str(value["corpus"]),
            article=str(value["article"]),
            start=int(value["start"]),
            end=int(value["end"]),
            sha1=str(value["sha1"]).lower(),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise GoldError(Errors.E402.format(path=path, detail=f"bad ref {value!r}")) from e
    if not 0 <= ref.start < ref.end or not ref.sha1:
        raise GoldError(Errors.E402.format(path=path, detail=f"bad ref {value!r}"))
    return ref


def ref_sha1(text: str) -> str:
    """The checksum a ref records: the first 12 hex digits of the sha1 of the UTF-8 text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def resolve_refs(
    records: tuple[GoldRecord, ...], path: Path, texts: str | Path | None = None
) -> tuple[tuple[GoldRecord, ...], dict[tuple[str, str], str]]:
    """Records with their referenced text filled in, and the texts of the articles referred
    to, by (corpus, article). Records with a text pass unchanged.

    Raises:
        GoldError: [E405] the corpus is not found, [E406] it has no such article, [E407]
            the text at the offsets does not match the checksum.
    """
    articles: dict[tuple[str, str], str] = {}
    resolved = []
    for record in records:
        ref = record.ref
        if ref is not None:
            if ref.key not in articles:
                articles[ref.key] = _article(record, ref, path, texts)
            text = articles[ref.key][ref.start : ref.end]
            found = ref_sha1(text)
            if not found.startswith(ref.sha1[:12]):
                where = {"start": ref.start, "end": ref.end, "sha1": ref.sha1, "found": found}
                detail = {"corpus": ref.corpus, "article": ref.article, **where}
                raise GoldError(Errors.E407.format(path=path, id=record.id, **detail))
            record = replace(record, text=text)
        resolved.append(record)
    return tuple(resolved), articles


def _article(record: GoldRecord, ref: TextRef, path: Path, texts: str | Path | None) -> str:
    corpus = find_corpus(ref.corpus, texts)
    if corpus is None:
        where = " or ".join(str(f) for f in corpus_folders(texts))
        raise GoldError(Errors.E405.format(path=path, id=record.id, corpus=ref.corpus, where=where))
    try:
        article = read_corpus(corpus).get(ref.article)
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as e:
        raise GoldError(Errors.E402.format(path=corpus, detail=e)) from e
    if article is None:
        detail = {"corpus": corpus, "article": ref.article}
        raise GoldError(Errors.E406.format(path=path, id=record.id, **detail))
    return article


def _plover_role(value: Any) -> tuple[GoldActor, ...]:
    """plover-gsr actors: a list of {actorText, code, sector}; anything else is no actor."""
    if not isinstance(value, list):
        return ()
    actors = []
    for item in value:
        if not isinstance(item, dict) or not item.get("code"):
            continue
        code = str(item["code"]).upper()
        sector = str(item.get("sector") or "")[:3].upper()
        sector = None if not sector.isalpha() else PLOVER_SECTORS.get(sector, sector)  # "***": none
        country = COUNTRY_ALIASES.get(code[:3], code[:3])
        text, functional = item.get("actorText"), country == "IGO"
        actors.append(GoldActor(code + (sector or ""), country, sector, text, functional))
    return tuple(actors)


def _plover_record(obj: dict[str, Any], index: int) -> GoldRecord:
    sources, targets = _plover_role(obj.get("source")), _plover_role(obj.get("target"))
    mutual = "(SRC/TAR:" in str(obj.get("markup") or "") and len(sources) > 1 and not targets
    if mutual:  # the markup tags each actor as source and target ("Jordan and Britain agreed")
        targets = sources
    event = GoldEvent(str(obj["cameo"]), sources, targets, mutual)
    return GoldRecord(str(obj.get("id") or f"plover-{index}"), obj["text"], (event,))


def _cameo_record(obj: dict[str, Any], index: int) -> GoldRecord:
    code = str(obj["cameo"])
    event = GoldEvent(code, None, None)
    return GoldRecord(f"cameo-{index:04d}-{code}", obj["text"], (event,))


def _load(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON list or a JSONL file."""
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        data = json.loads(stripped)
        return [obj for obj in data if isinstance(obj, dict)]
    objects = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            objects.append(json.loads(line))
        except json.JSONDecodeError as e:
            detail = f"line {number} is not valid JSON ({e.msg})"
            raise GoldError(Errors.E402.format(path=path, detail=detail)) from e
    return objects


def detect_format(objects: list[dict[str, Any]], path: Path) -> str:
    """The format of a gold file's objects.

    Raises:
        GoldError: [E401] when no known format fits.
    """
    first = objects[0] if objects and isinstance(objects[0], dict) else {}
    if "expected_events" in first:
        return "petr2"
    if "events" in first and ("text" in first or "ref" in first):
        return "detente"
    if "cameo" in first and "source" in first and "text" in first:
        return "plover-gsr"
    if "cameo" in first and "text" in first:
        return "cameo-manual"
    raise GoldError(Errors.E401.format(path=path, known=", ".join(FORMATS)))


def read_gold(
    path: str | Path, *, limit: int | None = None, texts: str | Path | None = None
) -> GoldSet:
    """Read a gold file of any known format (the first ``limit`` records, if given); the
    texts of records given by reference are read from their corpus, looked for in ``texts``
    (see :func:`detente.eval.corpora.corpus_folders`).

    Raises:
        GoldError: [E401] unknown format, [E402] unreadable or malformed file, [E405]-[E407]
            a reference that cannot be resolved.
    """
    path = Path(path)
    try:
        objects = _load(path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(Errors.E402.format(path=path, detail=e)) from e
    fmt = detect_format(objects, path)
    objects = objects[:limit] if limit is not None else objects
    try:
        records = tuple(_record(fmt, obj, index, path) for index, obj in enumerate(objects))
    except (KeyError, TypeError, AttributeError) as e:
        raise GoldError(Errors.E402.format(path=path, detail=f"missing or bad field {e}")) from e
    records, articles = resolve_refs(_unique_ids(records), path, texts)
    return GoldSet(path, fmt, records, sha256_of(path), articles)


def _unique_ids(records: tuple[GoldRecord, ...]) -> tuple[GoldRecord, ...]:
    """Records with unique ids: a repeated id gets ``#2``, ``#3``... (plover-gsr repeats one)."""
    seen: dict[str, int] = {}
    unique = []
    for record in records:
        seen[record.id] = seen.get(record.id, 0) + 1
        if seen[record.id] > 1:
            record = replace(record, id=f"{record.id}#{seen[record.id]}")
        unique.append(record)
    return tuple(unique)


def _record(fmt: str, obj: dict[str, Any], index: int, path: Path) -> GoldRecord:
    if fmt == "detente":
        return _listed_record(obj, path, events="events", code="code")
    if fmt == "petr2":
        return _listed_record(obj, path, events="expected_events", code="event")
    if fmt == "plover-gsr":
        return _plover_record(obj, index)
    return _cameo_record(obj, index)
