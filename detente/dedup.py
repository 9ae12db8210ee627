"""Duplicate and near-duplicate documents: the same story on several sites.

A wire story republished by ten sites should be coded and stored once, with ten
sources. :class:`Deduplicator` finds, for each new document, a stored (or earlier)
document with the same text:

- exactly the same, by a hash of the normalised text (:func:`normalise`: Unicode
  NFKC, lower case, words only), then
- nearly the same, by MinHash over word 5-shingles of the normalised text and a
  MinHash LSH index (datasketch) at an estimated Jaccard similarity of 0.8: a
  copy with a sentence changed or a paragraph cut still matches, another article
  on the same subject does not.

The signatures are stored with each document (the store's ``signatures`` table),
and :meth:`Deduplicator.load` reads them back, so a copy arriving in a later run is
caught too. The title is not compared: sites rewrite headlines.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from detente.records import CodedDocument, Document

if TYPE_CHECKING:
    from detente.store import Store

__all__ = ["Deduplicator", "Fingerprint", "fingerprint", "normalise", "shingles"]

#: Estimated Jaccard similarity of shingle sets at which two texts are the same story.
THRESHOLD = 0.8
#: MinHash permutations (the signature is this many 32-bit values).
NUM_PERM = 128
#: Words per shingle.
SHINGLE = 5
#: The MinHash scheme; stored signatures are only comparable within one scheme.
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


def normalise(text: str) -> list[str]:
    """The words of ``text``: NFKC, lower case, punctuation and spacing dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(words: list[str], size: int = SHINGLE) -> set[bytes]:
    """Word ``size``-shingles of ``words`` (one shingle of all words when fewer)."""
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A text's exact hash and MinHash signature (None for a text without words)."""

    text_hash: str
    minhash: np.ndarray | None

    def minhash_bytes(self) -> bytes | None:
        return None if self.minhash is None else self.minhash.astype("<u4").tobytes()

    @classmethod
    def from_row(cls, text_hash: str, blob: bytes | None) -> Fingerprint:
        values = None if blob is None else np.frombuffer(blob, dtype="<u4").astype(np.uint32)
        return cls(text_hash, values)

    def similarity(self, other: Fingerprint) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets."""
        if self.minhash is None or other.minhash is None:
            return float(self.text_hash == other.text_hash)
        return float(np.mean(self.minhash == other.minhash))


@lru_cache(maxsize=1024)
def fingerprint(text: str) -> Fingerprint:
    """The :class:`Fingerprint` of ``text``.

    Cached, because the ingest computes it once to check a document and the store
    again to write it.
    """
    words = normalise(text)
    text_hash = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
    grams = shingles(words)
    if not grams:
        return Fingerprint(text_hash, None)
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(grams))
    return Fingerprint(text_hash, np.asarray(minhash.hashvalues, dtype=np.uint32))


@dataclass(slots=True)
class Deduplicator:
    """Finds the document each new document is a copy of, and keeps the copies' sources.

    Use :meth:`check` on each document before coding it; a document it returns an
    id for is a copy and need not be coded. The copies' sources are then written
    with the original (:meth:`attach`, when the original is still to be stored) or
    afterwards (:meth:`leftover`, for originals already stored).
    """

    threshold: float = THRESHOLD
    _lsh: MinHashLSH = field(init=False)
    _exact: dict[str, str] = field(init=False, default_factory=dict)  # text hash -> doc id
    _marks: dict[str, Fingerprint] = field(init=False, default_factory=dict)
    _copies: dict[str, list[dict[str, Any]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    @classmethod
    def load(cls, store: Store, *, threshold: float = THRESHOLD) -> Deduplicator:
        """A deduplicator knowing every document of ``store``.

        Documents stored without a signature (by a store older than schema
        version 3) get one now, from their text.
        """
        dedup = cls(threshold=threshold)
        missing = store.query(
            "SELECT doc_id, text FROM documents ANTI JOIN signatures USING (doc_id)"
        )
        if len(missing) and not store.read_only:
            store.add_signatures(
                signature_columns(zip(missing["doc_id"], missing["text"], strict=True))
            )
        frame = store.query("SELECT doc_id, text_hash, minhash FROM signatures")
        for doc_id, text_hash, blob in frame.itertuples(index=False):
            dedup.remember(doc_id, Fingerprint.from_row(text_hash, blob))
        return dedup

    def __len__(self) -> int:
        return len(self._marks)

    def remember(self, doc_id: str, mark: Fingerprint) -> None:
        """Know ``doc_id`` as an original that later documents may copy."""
        if doc_id in self._marks or mark.minhash is None:
            return
        self._marks[doc_id] = mark
        self._exact.setdefault(mark.text_hash, doc_id)
        if mark.minhash is not None:
            self._lsh.insert(doc_id, MinHash(NUM_PERM, hashvalues=mark.minhash, scheme=SCHEME))

    def original_of(self, text: str) -> str | None:
        """The id of a known document that ``text`` is the same story as, if any.

        A text without words is nobody's copy.
        """
        mark = fingerprint(text)
        if mark.minhash is None:
            return None
        if mark.text_hash in self._exact:
            return self._exact[mark.text_hash]
        query = MinHash(NUM_PERM, hashvalues=mark.minhash, scheme=SCHEME)
        scored = [(mark.similarity(self._marks[k]), k) for k in self._lsh.query(query)]
        best = max((s for s in scored if s[0] >= self.threshold), default=None)
        return None if best is None else best[1]

    def check(self, doc: Document) -> str | None:
        """The id of the document ``doc`` copies (its source is kept for it), else None
        (and ``doc`` becomes an original that later documents may copy)."""
        original = self.original_of(doc.text)
        if original is None:
            self.remember(doc.id, fingerprint(doc.text))
            return None
        extra = {"source": doc.source, "url": doc.url, "published": doc.published}
        self._copies.setdefault(original, []).append(extra)
        return original

    def attach(self, coded: CodedDocument) -> CodedDocument:
        """``coded`` with the sources of its copies met so far in ``doc.meta["sources"]``,
        so that the store writes them with the document."""
        copies = self._copies.pop(coded.doc.id, None)
        if not copies:
            return coded
        doc = coded.doc
        meta = {**doc.meta, "sources": [*(doc.meta.get("sources") or ()), *copies]}
        return replace(coded, doc=replace(doc, meta=meta))

    def leftover(self) -> list[tuple[str, dict[str, Any]]]:
        """Sources of copies not attached (their original was stored before), as
        ``(doc_id, source)`` pairs for :meth:`Store.add_sources`; forgets them."""
        pairs = [(doc_id, extra) for doc_id, extras in self._copies.items() for extra in extras]
        self._copies.clear()
        return pairs


def signature_columns(docs: Iterable[tuple[str, str]]) -> dict[str, list[Any]]:
    """Columns of the ``signatures`` table for ``(doc_id, text)`` pairs."""
    columns: dict[str, list[Any]] = {"doc_id": [], "text_hash": [], "minhash": []}
    for doc_id, text in docs:
        mark = fingerprint(text)
        columns["doc_id"].append(doc_id)
        columns["text_hash"].append(mark.text_hash)
        columns["minhash"].append(mark.minhash_bytes())
    return columns
