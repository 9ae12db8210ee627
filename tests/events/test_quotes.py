"""Quotations and their speakers, on hand-written fixtures and on the seed article."""

from __future__ import annotations

import json
from datetime import date
from itertools import islice
from pathlib import Path

import pytest

from detente.actors.kb import KnowledgeBase, load_kb
from detente.events.quotes import find_quotes, may_hold_quotes, quote_sentences
from detente.ingest import ReadOptions, read_inputs
from detente.nlp.model import load_nlp
from detente.nlp.sentences import SentenceSplitter, unwrapped
from detente.records import Actor, Document, Quote, stable_id
from detente.settings import Settings

SEED = "seed/rferl-2003-03-11-ivanov-tehran.txt"
REUTERS = "corpora/reuters21578.jsonl"


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp(Settings().model)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _doc(fixtures: Path, name: str) -> Document:
    text = (fixtures / "quotes" / f"{name}.txt").read_text(encoding="utf-8")
    return Document(id=name, text=text, published=date(2020, 5, 1))


def _check_offsets(doc: Document, quotes: list[Quote]) -> None:
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
        assert q.quote_id == stable_id(doc.id, q.start, q.end)
        assert q.doc_id == doc.id
        assert q.text == q.text.strip() and not q.text.startswith(('"', "\u201c"))
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


# (fixture, start of the quote, direct, speaker_text, speaker name, speaker code or None)
CASES = [
    ("pronoun_after", "We have reached", True, "Marek Nowak", "Marek Nowak", "POLGOV"),
    ("said_inverted", "The border will", True, "Samir Haddad", "Samir Haddad", "JORGOV"),
    ("colon_before", "Our patience", True, "Ayse Demir", "Ayse Demir", "TURGOV"),
    ("paragraph_intro", "the sanctions have", False, "Lena Fischer", "Lena Fischer", "DEUEDU"),
    ("paragraph_intro", "The measures were", True, "Lena Fischer", "Lena Fischer", "DEUEDU"),
    ("paragraph_intro", "Nobody in the capital", True, "Fischer", "Lena Fischer", "DEUEDU"),
    ("according_to", "inflation will reach", False, "Rafael Ortiz", "Rafael Ortiz", "PEREDU"),
    ("curly_continuation", "We are ready", True, "Haddad", "Samir Haddad", "JORGOV"),
    ("curly_continuation", "But we will defend", True, "Haddad", "Samir Haddad", "JORGOV"),
    ("multi_paragraph", "The first part", True, "Grace Otieno", "Grace Otieno", "KENGOV"),
    ("multi_paragraph", "The second part", True, "Grace Otieno", "Grace Otieno", "KENGOV"),
    ("unknown_speaker", "The river has never", True, "Tomas Berg", None, None),
]


@pytest.mark.parametrize(("name", "starts", "direct", "speaker_text", "speaker", "code"), CASES)
def test_attribution(
    nlp,  # type: ignore[no-untyped-def]
    kb: KnowledgeBase,
    fixtures: Path,
    name: str,
    starts: str,
    direct: bool,
    speaker_text: str,
    speaker: str | None,
    code: str | None,
) -> None:
    doc = _doc(fixtures, name)
    quotes = find_quotes(doc, nlp=nlp, kb=kb)
    _check_offsets(doc, quotes)
    found = [q for q in quotes if q.text.startswith(starts)]
    assert len(found) == 1, [q.text for q in quotes]
    quote = found[0]
    assert quote.direct is direct
    assert quote.speaker_text == speaker_text
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert (quote.speaker.code if quote.speaker else None) == code


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("pronoun_after", 1),  # "difficult" is a scare quote
        ("paragraph_intro", 3),  # "smart" is a scare quote
        ("multi_paragraph", 2),
        ("curly_continuation", 2),
        ("no_quotes", 0),
    ],
)
def test_quote_count(nlp, kb: KnowledgeBase, fixtures: Path, name: str, count: int) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(fixtures, name)
    quotes = find_quotes(doc, nlp=nlp, kb=kb)
    assert len(quotes) == count, [q.text for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        'Analysts call the policy "balancing" rather than "bandwagoning" in Asia.',
        "The so-called \u201csmart sanctions\u201d were lifted on Monday.",
        'Critics say the "peace dividend" never came.',
    ],
)
def test_scare_quotes_skipped(nlp, kb: KnowledgeBase, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="scare", text=text)
    assert [q for q in find_quotes(doc, nlp=nlp, kb=kb) if q.direct] == []


def test_short_quote_with_frame_kept(nlp, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="short", text='"Absolutely not," Marek Nowak said when asked.')
    quotes = find_quotes(doc, nlp=nlp, kb=kb)
    assert [(q.text, q.speaker_text) for q in quotes] == [("Absolutely not", "Marek Nowak")]


def test_people_given_by_the_coder_win(nlp, kb: KnowledgeBase, fixtures: Path) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(fixtures, "unknown_speaker")
    berg = Actor(text="Tomas Berg", code="SWEAGR", country="SWE", sector="AGR", name="Tomas Berg")
    quotes = find_quotes(doc, nlp=nlp, kb=kb, people={"berg": berg})
    assert [q.speaker.code if q.speaker else None for q in quotes] == ["SWEAGR"]
    assert quotes[0].speaker is not None and quotes[0].speaker.start == doc.text.index("Tomas")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy rain flooded the lower town on Thursday.", False),
        ("Prices rose by two percent in March, the bureau reported.", False),
        ("The United States will state its position in a note.", False),
        ("The minister said the talks would go on.", True),
        ("According to the police, nobody was hurt.", True),
        ("He called it \u201ca disgrace\u201d.", True),
    ],
)
def test_cheap_precheck(text: str, expected: bool) -> None:
    assert may_hold_quotes(text) is expected


def _seed(shared: Path) -> Document:
    raw = (shared / SEED).read_text(encoding="utf-8")
    body = raw[raw.index("Breaking News") + len("Breaking News") :].strip()
    return Document(id="seed", text=body, published=date(2003, 3, 11))


def test_seed_quotes(nlp, kb: KnowledgeBase, shared: Path) -> None:  # type: ignore[no-untyped-def]
    doc = _seed(shared)
    expected = json.loads((shared / "seed/expected.json").read_text(encoding="utf-8"))["quotes"]
    quotes = find_quotes(doc, nlp=nlp, kb=kb)
    _check_offsets(doc, quotes)
    for item in expected:
        found = [q for q in quotes if q.direct and q.text.startswith(item["starts"])]
        assert len(found) == 1, item
        quote = found[0]
        assert quote.speaker is not None and quote.speaker.name == item["speaker"]
        assert quote.speaker_text and quote.speaker_text in item["speaker"]
        if "Malashenko" in item["speaker"]:
            assert quote.speaker.code == "RUSEDU"
        else:
            assert quote.speaker.sector == "NGO" and quote.speaker.country is None
    ivanov = [q for q in quotes if q.text.startswith("Tehran had presented")]
    assert [(q.speaker_text, q.speaker.code if q.speaker else None) for q in ivanov] == [
        ("Ivanov", "RUSGOV")  # an office-holder of the knowledge base on 2003-03-11
    ]
    noted = [q for q in quotes if q.text.startswith("Ivanov's visit to Iran and his")]
    assert [(q.direct, q.speaker_text) for q in noted] == [(False, "De Spiegeleire")]
    # the scare quotes of the article are no quotations
    assert not any(q.text in ("bandwagon", "bandwagoning", "balancing") for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Anna Weiss said on Monday that the U.S. plan would fail within a year.",
            [("the U.S. plan would fail within a year", "Anna Weiss", None)],
        ),
        (
            "Syrian Foreign Minister Omar Khalil told reporters the crossings would reopen soon.",
            [("the crossings would reopen soon", "Omar Khalil", "SYRGOV")],
        ),
        (
            "The ceasefire will hold, Syrian Foreign Minister Omar Khalil said on Tuesday.",
            [("The ceasefire will hold", "Omar Khalil", "SYRGOV")],
        ),
        (
            "The ceasefire will hold, according to a senior Syrian official.",
            [("The ceasefire will hold", "senior Syrian official", "SYRGOV")],
        ),
        ("He said the talks went well.", [("the talks went well", "He", None)]),
        (
            "Russian Foreign Minister Pavel Orlov said the embassy would reopen in May.",
            [("the embassy would reopen in May", "Pavel Orlov", "RUSGOV")],
        ),
        (
            "As the Syrian foreign minister noted, the talks will resume on Monday.",
            [("the talks will resume on Monday", "Syrian foreign minister", "SYRGOV")],
        ),
        ("The plan, as Lena Fischer says, is doomed to fail.", []),
        (
            "Prices rose by two percent in March, a\ntreasury spokesman said.",
            [("Prices rose by two percent in March", "treasury spokesman", None)],
        ),
        ("The minister said nothing. It said the plant was safe for everyone.", []),
        ("Asked about the plan, officials declined to comment.", []),
    ],
)
def test_indirect(nlp, kb: KnowledgeBase, text: str, expected: list[tuple]) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="indirect", text=text)
    quotes = find_quotes(doc, nlp=nlp, kb=kb)
    _check_offsets(doc, quotes)
    assert all(not q.direct for q in quotes)
    got = [(q.text, q.speaker_text, q.speaker.code if q.speaker else None) for q in quotes]
    assert got == expected


# -- the coder's parses handed over ---------------------------------------------------------


def _both_ways(nlp, kb: KnowledgeBase, doc: Document) -> tuple[list[Quote], list[Quote]]:  # type: ignore[no-untyped-def]
    """The quotes found alone, and from every sentence parsed in one batch (as the coder does,
    which parses event sentences besides those that quotation finding needs)."""
    people = {"berg": Actor(text="Tomas Berg", code="SWEAGR", country="SWE", name="Tomas Berg")}
    alone = find_quotes(doc, nlp=nlp, kb=kb, people=people)
    sentences = SentenceSplitter(nlp).split(doc.text)
    parsed = dict(enumerate(nlp.pipe(unwrapped(s.text) for s in sentences)))
    handed = find_quotes(doc, nlp=nlp, kb=kb, people=people, sentences=sentences, parsed=parsed)
    return alone, handed


@pytest.mark.parametrize("name", sorted({case[0] for case in CASES} | {"no_quotes"}))
def test_parsed_sentences_same_quotes_fixtures(
    nlp, kb: KnowledgeBase, fixtures: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    alone, handed = _both_ways(nlp, kb, _doc(fixtures, name))
    assert handed == alone


def test_parsed_sentences_same_quotes_seed(nlp, kb: KnowledgeBase, shared: Path) -> None:  # type: ignore[no-untyped-def]
    alone, handed = _both_ways(nlp, kb, _seed(shared))
    assert len(alone) >= 3
    assert handed == alone


@pytest.mark.slow
def test_parsed_sentences_same_quotes_reuters(nlp, kb: KnowledgeBase, shared: Path) -> None:  # type: ignore[no-untyped-def]
    items = read_inputs([str(shared / REUTERS)], options=ReadOptions(text_field="body"))
    docs = list(islice((i for i in items if isinstance(i, Document)), 50))
    assert len(docs) == 50
    found = 0
    for doc in docs:
        alone, handed = _both_ways(nlp, kb, doc)
        assert handed == alone, doc.id
        found += len(alone)
    assert found > 50  # Reuters reports what people said in nearly every article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy rain flooded the lower town. Roads were closed.", []),
        ("The rain stopped. The minister said the roads would reopen.", [1]),
        # the sentences before a quote paragraph (where its speaker may be named), not the
        # quote's own sentence, which has a reporting verb but is read in pieces
        ('Ann Lee spoke. She is a judge.\n\n"We will rule on Friday," she said.', [0, 1]),
        ('Prices rose. Critics say the "peace dividend" never came.', [1]),
    ],
)
def test_quote_sentences(nlp, text: str, expected: list[int]) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="sel", text=text)
    assert quote_sentences(doc, SentenceSplitter(nlp).split(text)) == expected


def test_a_reported_clause_with_no_words_is_no_quote(nlp, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    # The parser can leave "said" with a complement made only of marks ("re-"): once
    # a crash (IndexError) that stopped two Reuters articles from being coded.
    text = (
        "Northgate Metals Ltd\nsaid re-checked silver assays from the north shaft on its\n"
        "Ontario property gave higher grades\nthan those reported in April."
    )
    doc = Document(id="re", text=text, published=date(1987, 4, 2))
    quotes = find_quotes(doc, nlp=nlp, kb=kb)
    _check_offsets(doc, quotes)
