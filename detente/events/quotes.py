"""Quotations and their speakers: direct quotes in quotation marks, and "X said (that) ...".

Direct quotes are found in the raw text (straight and curly double quotation marks);
short quoted spans inside a sentence are scare quotes and are skipped. Sentences are those
of :class:`~detente.nlp.sentences.SentenceSplitter`, the coder's own, so that the coder can
parse the sentences quotation finding needs (:func:`quote_sentences`, a cheap regex
selection) in its own ``nlp.pipe`` batch and hand them over: then only the attribution
frames around direct quotes (short pieces) are parsed here. Called alone, :func:`find_quotes`
parses what it needs itself; a text with neither a quotation mark nor a reporting verb
costs two regular-expression searches.

A speaker is found, in order, in the quote's own sentence (``"...," he said``,
``X said: "..."``, ``"...," said X``); else, for a quote that opens a paragraph or a
sentence, in the same paragraph or the paragraph just before it (``X tells RFE/RL ...``,
``In X's words``, ``as X notes``), or by continuing the previous quote's speaker.
``he``/``she`` stand for the last person named before the quote. The speaker is coded
from the ``people`` the caller knows, the knowledge base's office-holders, or the words
of the speaker's title and organisation ("professor at the Moscow State Institute ..."
→ RUSEDU).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.actors.kb import INTERNATIONAL_CODES
from detente.nlp.sentences import SentenceSplitter, paragraphs, unwrapped
from detente.records import Actor, Document, Quote, Sentence, stable_id

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from detente.actors.kb import KnowledgeBase

REPORTING_LEMMAS = frozenset(
    "say tell add note warn insist state declare claim explain stress argue assert announce "
    "remark comment reply respond acknowledge admit affirm emphasize emphasise maintain "
    "contend observe write caution predict confirm".split()
)
#: The words the cheap checks look for: inflected reporting verbs, not bare forms that are
#: mostly nouns ("state", "note", "comment").
_FORMS = sorted(
    """say says said tell tells told add adds added notes noted warns warned insists insisted
    stated declares declared claims claimed explains explained stresses stressed argues argued
    asserts asserted announces announced remarked commented replies replied responds
    responded acknowledges acknowledged admits admitted affirmed emphasizes emphasized
    emphasises emphasised maintains maintained contends contended observed writes wrote
    cautioned predicts predicted confirms confirmed""".split()
    + ["according to"],
    key=len,
    reverse=True,
)
REPORTING_RE = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in _FORMS) + r")\b", re.I)
#: '"No," he said': a reporting verb within the first few words after a quote.
FRAME_AFTER_RE = re.compile(
    r"(?:[\w'.-]+\s+){0,3}(?:" + "|".join(re.escape(f) for f in _FORMS) + r")\b", re.I
)
QUOTE_MARK_RE = re.compile('["\u201c\u201d]')
SENTENCE_END_RE = re.compile(r"[.!?](?=[\s\"\u201d)]|$)")
WORD_RE = re.compile(r"\w+(?:['\u2019-]\w+)*")

MIN_QUOTE_WORDS = 4  # fewer words inside a sentence: scare quotes ("bandwagon")
MIN_CLAUSE_WORDS = 3  # an indirect quote shorter than this is not worth reporting
CONTEXT_SENTENCES = 4  # sentences looked at before a quote for its speaker
PERSON_PRONOUNS = frozenset({"he", "she"})
NOT_SPEAKERS = frozenset({"it", "this", "that", "which", "who", "there", "what", "they", "we"})
SURNAME_PARTICLES = frozenset("de da di del van von der den le la du al el bin ibn ter ten".split())
WORDS_NOUNS = frozenset({"words", "view", "opinion", "assessment", "estimate"})
ORG_PREPS = frozenset({"at", "of", "with", "from", "for"})
NAME_KINDS = frozenset({"country", "demonym", "capital"})
ORG_KINDS = frozenset({"igo", "org", "metonym"})


@dataclass(frozen=True, slots=True)
class _Direct:
    """A direct quote: its content offsets and where its marks and paragraph are."""

    start: int  # content, quotation marks and spaces left out
    end: int
    open: int  # offset of the opening mark
    close: int  # offset just after the closing mark (the paragraph end when unclosed)
    para_start: int
    para_end: int


@dataclass(frozen=True, slots=True)
class _Speaker:
    text: str  # the name or phrase as written where the speaker is named
    start: int
    end: int
    actor: Actor | None


def find_quotes(
    doc: Document,
    *,
    nlp: Language,
    kb: KnowledgeBase,
    people: Mapping[str, Actor] | None = None,
    sentences: Sequence[Sentence] | None = None,
    parsed: Mapping[int, Doc] | None = None,
) -> list[Quote]:
    """Direct and indirect quotations of ``doc``, with their speakers, in text order.

    Args:
        doc: the document; offsets in the result point into ``doc.text``.
        nlp: a spaCy pipeline with a parser and NER (only sentences near quotes are parsed).
        kb: the actor knowledge base (office-holders as of ``doc.published``, countries, roles).
        people: persons the caller has already coded, keyed by lower-cased full name or
            surname; they win over anything else.
        sentences: the document's sentences as :class:`SentenceSplitter` splits them
            (split here when not given).
        parsed: sentence index (into ``sentences``) → the parse of that sentence's text,
            for the indexes :func:`quote_sentences` returns; what is missing is parsed here,
            in one ``nlp.pipe`` call with the attribution frames.

    Returns:
        Quotes sorted by start offset; ``doc.text[q.start:q.end] == q.text`` (without the
        quotation marks). ``speaker_text`` is the speaker's name or phrase as written where
        the speaker is named (for "he said", the person "he" stands for), and
        ``speaker.start``/``end`` point there; ``speaker`` is None when it cannot be coded.
        The result does not depend on whether ``parsed`` is given.
    """
    if not may_hold_quotes(doc.text):
        return []
    if sentences is None:
        sentences = SentenceSplitter(nlp).split(doc.text)
    finder = _QuoteFinder(doc, nlp, kb, people or {}, sentences, parsed or {})
    return finder.run()


def quote_sentences(doc: Document, sentences: Sequence[Sentence]) -> list[int]:
    """Indexes of the ``sentences`` that :func:`find_quotes` may read a parse of (no parse).

    They are the sentences with a reporting verb outside direct quotes (indirect quotes),
    and the sentences just before each direct quote, where a speaker named nowhere in the
    quote's own sentence is looked for. The coder parses them with its own sentences and
    hands them to :func:`find_quotes` as ``parsed``.
    """
    if not may_hold_quotes(doc.text):
        return []
    paras = _paragraphs(doc.text)
    directs = _direct_quotes(doc.text, paras)
    wanted = {s.index for s in _indirect_candidates(sentences, directs)}
    for quote in directs:
        wanted.update(s.index for s in _context(sentences, paras, quote.open, quote.para_start))
    return sorted(wanted)


def may_hold_quotes(text: str) -> bool:
    """Whether ``text`` has a quotation mark or a reporting word (a cheap check, no parse)."""
    return bool(QUOTE_MARK_RE.search(text) or REPORTING_RE.search(text))


class _QuoteFinder:
    """The state of one document's quote search (lives for one call)."""

    def __init__(
        self,
        doc: Document,
        nlp: Language,
        kb: KnowledgeBase,
        people: Mapping[str, Actor],
        sentences: Sequence[Sentence],
        parsed: Mapping[int, Doc],
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.nlp = nlp
        self.kb = kb
        self.people: dict[str, tuple[str, Actor | None]] = {
            key.lower(): (actor.name or key, actor) for key, actor in people.items()
        }
        self.parsed: dict[tuple[int, int], Doc] = {}
        # what the caller parsed, by extent: it is taken (into ``parsed``) when needed, so
        # that what is read (names before a "he", say) never depends on what was handed in
        self.given = {(s.start, s.end): parsed[s.index] for s in sentences if s.index in parsed}
        self.paras = _paragraphs(self.text)
        self.directs = _direct_quotes(self.text, self.paras)
        self.sentences = sentences

    # -- driver ----------------------------------------------------------------

    def run(self) -> list[Quote]:
        indirect_candidates = _indirect_candidates(self.sentences, self.directs)
        # Two batches: the frames and candidate sentences, then the sentences before the
        # quotes whose frames name nobody (or only "he"/"she").
        frames = [f for q in self.directs for f in self._frames(q)]
        self._parse([*frames, *((s.start, s.end) for s in indirect_candidates)])
        self._parse(
            (s.start, s.end)
            for q in self.directs
            if self._needs_context(q)
            for s in self._context(q.open, q.para_start)
        )
        found: list[Quote] = []
        last: _Speaker | None = None
        steps = [(q.open, q, None) for q in self.directs]
        steps += [(s.start, None, s) for s in indirect_candidates]
        for _, quote, sentence in sorted(steps, key=lambda x: x[0]):
            if quote is not None:
                speaker = self._direct_speaker(quote, last)
                found.append(self._quote(quote.start, quote.end, True, speaker))
                last = speaker
            elif sentence is not None:
                for start, end, speaker in self._indirect(sentence):
                    found.append(self._quote(start, end, False, speaker))
        return sorted(found, key=lambda q: q.start)

    def _quote(self, start: int, end: int, direct: bool, speaker: _Speaker | None) -> Quote:
        return Quote(
            doc_id=self.doc.id,
            quote_id=stable_id(self.doc.id, start, end),
            text=self.text[start:end],
            start=start,
            end=end,
            direct=direct,
            speaker=speaker.actor if speaker else None,
            speaker_text=speaker.text if speaker else None,
        )

    # -- parsing ---------------------------------------------------------------

    def _parse(self, pieces: Iterable[tuple[int, int]]) -> None:
        todo = sorted({p for p in pieces if p not in self.parsed and p[1] > p[0]})
        for piece in [p for p in todo if p in self.given]:
            self.parsed[piece] = self.given[piece]
        todo = [p for p in todo if p not in self.parsed]
        if not todo:
            return
        texts = (unwrapped(self.text[a:b]) for a, b in todo)
        for piece, sdoc in zip(todo, self.nlp.pipe(texts), strict=True):
            self.parsed[piece] = sdoc

    def _doc(self, start: int, end: int) -> Doc:
        if (start, end) not in self.parsed:
            self._parse([(start, end)])
        return self.parsed[(start, end)]

    def _inside_quote(self, offset: int) -> bool:
        return any(q.open <= offset < q.close for q in self.directs)

    # -- direct quotes -----------------------------------------------------------

    def _frames(self, quote: _Direct) -> list[tuple[int, int]]:
        """The text before the quote in its sentence, and the attribution after it."""
        frames = []
        lead = self._lead(quote)
        if lead is not None:
            frames.append(lead)
        trail = self._trail(quote)
        if trail is not None:
            frames.append(trail)
        return frames

    def _lead(self, quote: _Direct) -> tuple[int, int] | None:
        start = quote.para_start
        for other in self.directs:
            if other.para_start == quote.para_start and other.close <= quote.open:
                start = max(start, other.close)
        segment = self.text[start : quote.open]
        ends = list(SENTENCE_END_RE.finditer(segment))
        if ends:
            start += ends[-1].end()
        start = _skip_space(self.text, start, quote.open)
        if not WORD_RE.search(self.text[start : quote.open]):
            return None
        return start, _rstrip(self.text, start, quote.open)

    def _trail(self, quote: _Direct) -> tuple[int, int] | None:
        if quote.close >= quote.para_end:
            return None
        content = self.text[quote.start : quote.end].rstrip()
        limit = quote.para_end
        for other in self.directs:
            if other.open >= quote.close and other.para_start == quote.para_start:
                limit = min(limit, other.open)
        start = _skip_space(self.text, quote.close, limit)
        while start < limit and self.text[start] in ",;:\u2014-":
            start = _skip_space(self.text, start + 1, limit)
        if start >= limit or (content.endswith(".") and not self.text[start].islower()):
            return None  # the quote ended its sentence: what follows is a new one
        m = SENTENCE_END_RE.search(self.text, start, limit)
        end = m.end() if m else limit
        end = _rstrip(self.text, start, end)
        return (start, end) if WORD_RE.search(self.text[start:end]) else None

    def _direct_speaker(self, quote: _Direct, last: _Speaker | None) -> _Speaker | None:
        for piece in self._frames(quote):
            speaker = self._speaker_in(self._doc(*piece), piece[0], before=quote.open)
            if speaker is not None:
                return speaker
        lead = self._lead(quote)
        if lead is not None and not self.text[lead[0] : quote.open].rstrip().endswith(":"):
            return None  # a quote inside a sentence that names no speaker
        if last is not None and self._continues(quote, last):
            return last
        context = self._context(quote.open, quote.para_start)
        if _skip_space(self.text, quote.para_start, quote.open) < quote.open:
            context = context[-1:]  # inside a paragraph: only the sentence just before
        for sentence in reversed(context):
            speaker = self._speaker_in(
                self._doc(sentence.start, sentence.end), sentence.start, before=quote.open
            )
            if speaker is not None:
                return speaker
        return None

    def _needs_context(self, quote: _Direct) -> bool:
        """Whether the frames of ``quote`` name no speaker but a pronoun or nobody."""
        for start, end in self._frames(quote):
            for tok in self._doc(start, end):
                person = _cue_person(tok)
                if person is not None and person.lower_ not in PERSON_PRONOUNS:
                    return False
        return True

    def _continues(self, quote: _Direct, last: _Speaker) -> bool:
        """Whether the quote goes on from the one just before (whose speaker is ``last``)."""
        before = [q for q in self.directs if q.close <= quote.open]
        if not before:
            return False
        previous = before[-1]
        if previous.para_start == quote.para_start:
            return True
        between = self.text[previous.close : quote.open]
        para_before = [p for p in self.paras if p[1] <= quote.para_start]
        same_para = para_before and para_before[-1][0] <= previous.open
        return bool(same_para) and not WORD_RE.search(_after_frame(between))

    def _context(self, offset: int, para_start: int) -> list[Sentence]:
        return _context(self.sentences, self.paras, offset, para_start)

    # -- speakers ---------------------------------------------------------------

    def _speaker_in(self, sdoc: Doc, offset: int, *, before: int) -> _Speaker | None:
        """The speaker that a parsed piece names: subject of a reporting verb, "according to X"."""
        for tok in sdoc:
            if self._inside_quote(offset + tok.idx):
                continue
            person = _cue_person(tok)
            if person is not None:
                speaker = self._speaker(person, offset, before=before)
                if speaker is not None:
                    return speaker
        return None

    def _speaker(self, tok: Token, offset: int, *, before: int) -> _Speaker | None:
        lower = tok.lower_
        if lower in PERSON_PRONOUNS:
            at = offset + tok.idx
            found = self._antecedent(at, before)
            return found or _Speaker(tok.text, at, at + len(tok.text), None)
        if lower in NOT_SPEAKERS or tok.pos_ not in ("PROPN", "NOUN"):
            return None
        named = _person_in_phrase(tok) if tok.ent_type_ != "PERSON" else None
        if named is not None:
            tok = named  # "Turkey's president, Recep Tayyip Erdogan, said"
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and not self._named_actor(tok)):
            return self._person(tok, offset)
        return self._phrase(tok, offset)

    def _named_actor(self, tok: Token) -> bool:
        """Whether a proper noun names a country, capital or organisation ("Moscow says")."""
        span = _name_span(tok)
        entries = self.kb.lookup(_strip_possessive(span.text), on=self.doc.published)
        return any(e.kind != "person" for e in entries)

    def _antecedent(self, pronoun_at: int, quote_open: int) -> _Speaker | None:
        """The last person named before the pronoun and the quote, outside quotations.

        A person who is the subject of a clause ("Dirk Campbell said ...") wins over one
        named in passing ("her mother, Adrienne"), which would often be the wrong "she".
        """
        limit = min(pronoun_at, quote_open)
        best: tuple[bool, int, Token, int] | None = None
        for (start, _end), sdoc in self.parsed.items():
            for ent in sdoc.ents:
                at = start + ent.start_char
                if ent.label_ != "PERSON" or at >= limit or self._inside_quote(at):
                    continue
                key = (_is_subject(ent.root), at, ent.root, start)
                if best is None or key[:2] > best[:2]:
                    best = key
        return None if best is None else self._person(best[2], best[3])

    def _person(self, tok: Token, offset: int) -> _Speaker:
        span = _name_span(tok)
        name = _strip_possessive(span.text)
        start = offset + span.start_char
        end = start + len(name)
        known = self._known(name)
        if known is not None:
            full, actor = known
            actor = _moved(actor, name, start, end, f"later mention of {full}") if actor else None
            return _Speaker(name, start, end, actor)
        fuller = self._fuller_mention(name, start) if len(name.split()) == 1 else None
        if fuller is not None:
            full = self._person(*fuller)
            rule = f"later mention of {full.text}"
            actor = _moved(full.actor, name, start, end, rule) if full.actor else None
            return _Speaker(name, start, end, actor)
        actor = self._kb_person(name, start, end) or self._titled(tok, name, start, end)
        self._remember(name, actor)
        return _Speaker(name, start, end, actor)

    def _fuller_mention(self, surname: str, before: int) -> tuple[Token, int] | None:
        """The last earlier PERSON entity whose last word is ``surname`` ("Samir Haddad")."""
        best: tuple[int, Token, int] | None = None
        for (start, _end), sdoc in self.parsed.items():
            for ent in sdoc.ents:
                at = start + ent.start_char
                words = _strip_possessive(ent.text).split()
                if ent.label_ != "PERSON" or len(words) < 2 or at >= before:
                    continue
                if words[-1] == surname and (best is None or at > best[0]):
                    best = (at, ent.root, start)
        return (best[1], best[2]) if best else None

    def _known(self, name: str) -> tuple[str, Actor | None] | None:
        for key in _name_keys(name):
            if key in self.people:
                return self.people[key]
        return None

    def _remember(self, name: str, actor: Actor | None) -> None:
        for key in _name_keys(name):
            self.people.setdefault(key, (name, actor))

    def _kb_person(self, name: str, start: int, end: int) -> Actor | None:
        entries = self.kb.person(name, on=self.doc.published)
        if not entries:
            return None
        e = entries[0]
        return Actor(
            text=name,
            code=e.code,
            country=e.country,
            sector=e.sector,
            start=start,
            end=end,
            name=e.name,
            rule=f"office-holder {e.source}",
        )

    def _titled(self, tok: Token, name: str, start: int, end: int) -> Actor | None:
        """A person coded by the words of their title and organisation."""
        title, orgs = _title_tokens(tok)
        coded = self._code_words(orgs, title)
        if coded is None:
            return None
        code, country, sector, words = coded
        return Actor(name, code, country, sector, start, end, name, f"speaker's title: {words}")

    def _phrase(self, tok: Token, offset: int) -> _Speaker:
        """A speaker that is not a named person: "the ministry", "Russia", "officials"."""
        span = tok.doc[tok.left_edge.i : tok.i + 1]
        while len(span) > 1 and (span[0].dep_ in ("det", "punct") or span[0].is_space):
            span = span[1:]
        text = span.text
        start = offset + span.start_char
        for entry in self.kb.lookup(_strip_possessive(text), on=self.doc.published):
            if entry.kind != "person":
                rule = f"{entry.kind} {entry.source}"
                actor = Actor(
                    text,
                    entry.code,
                    entry.country,
                    entry.sector,
                    start,
                    start + len(text),
                    entry.name,
                    rule,
                )
                return _Speaker(text, start, start + len(text), actor)
        title, orgs = _title_tokens(tok)
        coded = self._code_words(orgs, [t for t in span] or title)
        actor = None
        if coded is not None:
            code, country, sector, words = coded
            actor = Actor(text, code, country, sector, start, start + len(text), None, words)
        return _Speaker(text, start, start + len(text), actor)

    def _code_words(
        self, orgs: list[list[Token]], title: list[Token]
    ) -> tuple[str, str | None, str | None, str] | None:
        """(code, country, sector, the words) from an organisation's words, else a title's."""
        for org in orgs:
            whole = _words(org)
            for entry in self.kb.lookup(whole, on=self.doc.published):
                if entry.kind in ORG_KINDS:
                    return entry.code, entry.country, entry.sector, whole
            country, sector = self._country(org), self._sector(org)
            if sector is not None:
                code = _code(country, sector)
                return (code, country, sector, whole) if code else None
            if country is not None:
                sector = self._sector(title)
                return (country + (sector or ""), country, sector, whole)
        country, sector = self._country(title), self._sector(title)
        code = _code(country, sector)
        return (code, country, sector, _words(title)) if code else None

    def _country(self, tokens: list[Token]) -> str | None:
        for gram in _ngrams(tokens):
            for entry in self.kb.lookup(gram, on=self.doc.published):
                if entry.kind in NAME_KINDS and entry.country:
                    return entry.country
        return None

    def _sector(self, tokens: list[Token]) -> str | None:
        best: tuple[int, str] | None = None  # the rightmost role word: the head of the phrase
        for i in range(len(tokens)):
            for n in (3, 2, 1):
                gram = _words(tokens[i : i + n]) if i + n <= len(tokens) else ""
                role = self.kb.role(gram) if gram else None
                if role is not None:
                    best = (i, role)
                    break
        return best[1] if best else None

    # -- indirect quotes ---------------------------------------------------------

    def _indirect(self, sentence: Sentence) -> list[tuple[int, int, _Speaker | None]]:
        sdoc = self._doc(sentence.start, sentence.end)
        found: list[tuple[int, int, _Speaker | None]] = []
        taken: list[tuple[int, int]] = []
        for tok in sdoc:
            if any(a <= tok.i < b for a, b in taken):
                continue
            reported = _reported(tok)
            if reported is None:
                continue
            clause, person = reported
            if not clause:  # the clause was all marks and punctuation: nothing is reported
                continue
            first, last = clause[0], clause[-1]
            if len(WORD_RE.findall(sdoc[first.i : last.i + 1].text)) < MIN_CLAUSE_WORDS:
                continue
            speaker = self._speaker(person, sentence.start, before=sentence.start + tok.idx)
            if speaker is None:
                continue
            taken.append((first.i, last.i + 1))
            start = sentence.start + first.idx
            end = sentence.start + last.idx + len(last.text)
            found.append((start, end, speaker))
        return found


# -- the text: quotation marks and sentences ----------------------------------------------


def _direct_quotes(text: str, paras: list[tuple[int, int]]) -> list[_Direct]:
    quotes: list[_Direct] = []
    for para_start, para_end in paras:
        opened: int | None = None
        for m in QUOTE_MARK_RE.finditer(text, para_start, para_end):
            at, mark = m.start(), m.group()
            if opened is None:
                if mark == "\u201d" or (mark == '"' and not _opens(text, at, para_start)):
                    continue  # a stray closing mark
                opened = at
            elif mark == "\u201c":
                opened = at  # the previous quote was never closed
            else:
                quotes += _make_direct(text, opened, at, at + 1, para_start, para_end)
                opened = None
        if opened is not None and opened == _skip_space(text, para_start, para_end):
            # a quote paragraph whose quote goes on into the next paragraph
            quotes += _make_direct(text, opened, para_end, para_end, para_start, para_end)
    return [q for q in quotes if not _scare(text, q)]


def _opens(text: str, at: int, para_start: int) -> bool:
    before = text[at - 1] if at > para_start else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace()


def _make_direct(
    text: str, opened: int, close_mark: int, close: int, para_start: int, para_end: int
) -> list[_Direct]:
    start = _skip_space(text, opened + 1, close_mark)
    end = _rstrip(text, start, close_mark)
    while end > start and text[end - 1] in ",;:":
        end = _rstrip(text, start, end - 1)
    if end <= start:
        return []
    return [_Direct(start, end, opened, close, para_start, para_end)]


def _scare(text: str, quote: _Direct) -> bool:
    """A short quoted span is a quotation only when it is a sentence of its own with a frame."""
    if len(WORD_RE.findall(text[quote.start : quote.end])) >= MIN_QUOTE_WORDS:
        return False
    before = text[quote.para_start : quote.open].rstrip()
    sentence_initial = not before or before[-1] in '.!?:"\u201d'
    after = text[quote.close : quote.close + 60].lstrip(",!? \t")
    framed = bool(FRAME_AFTER_RE.match(after))
    return not (sentence_initial and framed)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(o, o + len(p)) for o, p in paragraphs(text) if p.strip()]


def _indirect_candidates(sentences: Sequence[Sentence], directs: list[_Direct]) -> list[Sentence]:
    """Sentences with a reporting verb that overlap no direct quote."""
    return [
        s
        for s in sentences
        if REPORTING_RE.search(s.text)
        and not any(q.open < s.end and s.start < q.close for q in directs)
    ]


def _context(
    sentences: Sequence[Sentence], paras: list[tuple[int, int]], offset: int, para_start: int
) -> list[Sentence]:
    """Up to CONTEXT_SENTENCES sentences before ``offset``, back into the paragraph before."""
    para_before = [p for p in paras if p[1] <= para_start]
    start = para_before[-1][0] if para_before else para_start
    chosen = [s for s in sentences if start <= s.start and s.end <= offset]
    return chosen[-CONTEXT_SENTENCES:]


def _skip_space(text: str, start: int, limit: int) -> int:
    while start < limit and text[start].isspace():
        start += 1
    return start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _after_frame(between: str) -> str:
    """What lies between two quotes once their closing marks are left out."""
    return QUOTE_MARK_RE.sub("", between)


# -- the parse: cues, names, titles ---------------------------------------------------------


def _cue_person(tok: Token) -> Token | None:
    """The speaker a token points at: a reporting verb's subject, "according to X", "X's words"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and lemma in REPORTING_LEMMAS:
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in NOT_SPEAKERS:
                return child
        if lemma != "tell":  # '"...," said X': the subject after the verb
            for child in tok.rights:
                if child.ent_type_ == "PERSON" or (child.dep_ == "nsubj" and child.pos_ == "PROPN"):
                    return child
        return None
    if tok.lower_ == "according":
        for to in (c for c in tok.children if c.lower_ == "to"):
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    return pobj
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ == "to":
            for pobj in nxt.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if tok.lower_ in WORDS_NOUNS:
        for child in tok.children:
            if child.dep_ == "poss" and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON"):
                return child
    return None


def _reported(tok: Token) -> tuple[list[Token], Token] | None:
    """(the reported clause's tokens, the speaker token) of "X said (that) ...", or None."""
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_LEMMAS:
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in NOT_SPEAKERS:
            return None
        if subject.pos_ not in ("PROPN", "NOUN") and subject.lower_ not in PERSON_PRONOUNS:
            return None
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is None:
            clause = _as_clause(tok)
            return (clause, subject) if clause else None
        if comp.i < tok.i and not _comma_after(comp):
            return None  # "The ceasefire will hold, X said" needs its comma
        return _clause(list(comp.subtree)), subject
    if tok.lower_ == "according" and tok.dep_ == "prep":
        person = _cue_person(tok)
        if person is None:
            return None
        head = tok.head
        skip = {t.i for t in tok.subtree}
        rest = [t for t in head.subtree if t.i not in skip]
        return (_clause(rest), person) if rest else None
    return None


def _is_subject(tok: Token) -> bool:
    """Whether a name is a clause's subject, or in apposition to one."""
    while tok.dep_ in ("appos", "conj", "compound") and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _person_in_phrase(tok: Token) -> Token | None:
    """A PERSON named in the subject's own phrase (apposition, compound, conjunct), not in
    its prepositions ("a spokesman for Erdogan" names no speaker)."""
    stack = [c for c in tok.children if c.dep_ in ("appos", "compound", "conj")]
    while stack:
        child = stack.pop(0)
        if child.ent_type_ == "PERSON":
            return child
        stack += [c for c in child.children if c.dep_ in ("appos", "compound", "conj")]
    return None


def _as_clause(verb: Token) -> list[Token]:
    """The clause after "as X notes, ..." (the reporting clause must open it)."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return []
    head = verb.head
    before = [t for t in head.subtree if t.i < verb.left_edge.i]
    if any(not (t.is_punct or t.dep_ == "mark") for t in before):
        return []  # "The plan, as X says, is doomed": the clause is cut in two
    return _clause([t for t in head.subtree if t.i > verb.right_edge.i])


def _comma_after(tok: Token) -> bool:
    end = tok.right_edge.i + 1
    return end < len(tok.doc) and tok.doc[end].text == ","


def _clause(tokens: list[Token]) -> list[Token]:
    """The clause's tokens without a leading "that" or punctuation, nor trailing punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ in ("mark", "punct") or tokens[0].lower_ == "that"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return tokens
    doc = tokens[0].doc
    return list(doc[tokens[0].i : tokens[-1].i + 1])


def _name_span(tok: Token) -> Span:
    """The person name around ``tok``: the PERSON entity, else the proper-noun compound."""
    if tok.ent_type_ == "PERSON":
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end and ent.label_ == "PERSON":
                return ent
    start = tok.i
    while start > 0 and (
        (tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound")
        or (tok.doc[start - 1].is_space and start - 1 > 0)
    ):
        start -= 1
    while tok.doc[start].is_space:
        start += 1
    return tok.doc[start : tok.i + 1]


def _title_tokens(tok: Token) -> tuple[list[Token], list[list[Token]]]:
    """The words of a speaker's title ("Russian Foreign Minister", "professor") and their
    organisations (the objects of "at"/"of" after the title)."""
    name = _name_span(tok)
    head = name.root
    title = [t for c in head.lefts if c.i < name.start for t in c.subtree]
    heads = [head, *(c for c in head.children if c.dep_ == "appos")]
    orgs: list[list[Token]] = []
    for h in heads:
        if h is not head:
            title += [h, *(t for c in h.lefts for t in c.subtree)]
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                orgs.append(sorted(pobj.subtree, key=lambda t: t.i))
    title = [t for t in sorted(title, key=lambda t: t.i) if not (name.start <= t.i < name.end)]
    return title, orgs


def _words(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in tokens if not t.is_punct and t.dep_ != "det")


def _ngrams(tokens: list[Token], longest: int = 4) -> Iterable[str]:
    words = [t.text for t in tokens if not t.is_punct]
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            yield " ".join(words[i : i + n])


def _code(country: str | None, sector: str | None) -> str | None:
    if country:
        return country + (sector or "")
    if sector in INTERNATIONAL_CODES:
        return sector
    return None


def _strip_possessive(name: str) -> str:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if name.endswith(suffix):
            return name[: -len(suffix)].rstrip()
    return name


def _name_keys(name: str) -> list[str]:
    """Lookup keys of a name: full, surname with particles ("de spiegeleire"), last word."""
    words = name.lower().split()
    keys = [" ".join(words)]
    if len(words) > 2 and words[-2] in SURNAME_PARTICLES:
        keys.append(" ".join(words[-2:]))
    if len(words) > 1:
        keys.append(words[-1])
    return keys


def _moved(actor: Actor, text: str, start: int, end: int, rule: str) -> Actor:
    """The same actor at a later mention."""
    return Actor(
        text=text,
        code=actor.code,
        country=actor.country,
        sector=actor.sector,
        start=start,
        end=end,
        name=actor.name,
        rule=rule,
    )
