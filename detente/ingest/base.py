"""The shared vocabulary of the readers: sources, options, failures, the Reader protocol."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO, Protocol

from detente.records import Document

#: Largest document accepted, in characters of normalised text.
DEFAULT_MAX_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input (or one record of it) that could not be read.

    ``source`` names the file and, where relevant, the line, member or record
    (``"corpus.jsonl:17"``, ``"pages.zip:a.html"``); ``message`` is the one-line
    coded error from :class:`detente.errors.Errors`.
    """

    source: str
    message: str


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read.

    Attributes:
        format: force a format (``text``, ``html``, ``jsonl``, ``csv``, ``rss``,
            ``warc``) instead of detecting it from the extension and content.
        max_chars: documents longer than this (characters) are refused (E008).
        text_field, html_field, id_field, title_field, url_field, date_field,
        source_field, place_field, dateline_field: the JSONL keys / CSV columns
            holding each part of a record.
        csv_delimiter: the CSV field separator.
        strip_furniture: drop site furniture and take the title line (see
            ``docs/inputs.md``).
        published: the publication date of a document whose input and dateline give none
            (``detente code --date``): roles and relative dates are resolved as of it.
    """

    format: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    text_field: str = "text"
    html_field: str = "html"
    id_field: str = "id"
    title_field: str = "title"
    url_field: str = "url"
    date_field: str = "published"
    source_field: str = "source"
    place_field: str = "place"
    dateline_field: str = "dateline"
    csv_delimiter: str = ","
    strip_furniture: bool = True
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """What an input says about a document besides its text (all optional)."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    place: str | None = None
    dateline: str | None = None  # a dateline given apart from the text (Reuters)
    extra: tuple[tuple[str, str], ...] = ()  # author, site name...


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a display name, a name for format detection, and its bytes.

    ``name`` is what messages and ``Document.origin`` show (``"pages.zip:a.html"``);
    ``hint`` is the name whose extension tells the format once compression is
    removed (``"corpus.jsonl"`` for ``"corpus.jsonl.gz"``).
    """

    name: str
    open: Callable[[], BinaryIO]
    hint: str = ""

    def read_bytes(self) -> bytes:
        with self.open() as stream:
            return stream.read()


class Reader(Protocol):
    """A reader of one input format.

    ``read`` yields a :class:`Document` per article and an :class:`InputFailure`
    per record it has to skip; it raises :class:`detente.errors.InputError` when
    the whole source cannot be read.
    """

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        """Read ``source``."""
        ...
