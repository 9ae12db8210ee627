"""HTML pages: the article text and metadata, boilerplate removed by trafilatura."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from detente.errors import Errors, InputError
from detente.ingest.base import InputFailure, Metadata, ReadOptions, Source
from detente.ingest.dateline import parse_date
from detente.ingest.decode import decode, normalise
from detente.ingest.document import build_document
from detente.ingest.furniture import only_furniture
from detente.records import Document

# htmldate's extensive search guesses dates from any string on the page; keep to
# the page's own markup (meta tags, time elements, URL).
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class HtmlReader:
    """Reads a saved HTML page as one article."""

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | InputFailure]:
        data = source.read_bytes()
        html = decode(data, source.name, charset=meta_charset(data))
        text, meta = extract_html(html, source.name)
        yield build_document(text, meta, origin=source.name, options=options, normalised=True)


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def extract_html(html: str, source: str, *, base: Metadata | None = None) -> tuple[str, Metadata]:
    """The article text of ``html`` (paragraphs separated by blank lines) and its metadata.

    Fields already known in ``base`` win over the page's own metadata.

    Raises:
        InputError: E004 when the page holds no article text.
    """
    import trafilatura  # heavy; only needed for HTML

    found = trafilatura.bare_extraction(
        html,
        url=base.url if base else None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    raw = normalise((found.text or "") if found is not None else "")
    # trafilatura writes one paragraph a line; the documents keep a blank line between.
    text = "\n\n".join(line for line in raw.split("\n") if line.strip())
    if not text or only_furniture(text):
        raise InputError(Errors.E004.format(source=source), source=source)
    return text, _metadata(found, base or Metadata())


def _metadata(found: object, base: Metadata) -> Metadata:
    """``base``, completed with what the page's own metadata says."""

    def attr(name: str) -> str | None:
        value = getattr(found, name, None)
        return value if isinstance(value, str) and value.strip() else None

    page_date = attr("date")
    extra = dict(base.extra) | {k: v for k in ("author", "sitename") if (v := attr(k))}
    return dataclasses.replace(
        base,
        title=base.title or attr("title"),
        url=base.url or attr("url"),
        published=base.published or (parse_date(page_date) if page_date else None),
        source=base.source or attr("sitename"),
        extra=tuple(extra.items()),
    )


_BLOCKS = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
    "figcaption", "section", "article", "header", "footer", "tr", "table", "ul", "ol", "br",
)  # fmt: skip


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed item's content), one paragraph per block.

    Feed content is the article itself, without page boilerplate, so it is
    converted directly rather than through trafilatura. Whitespace inside a
    paragraph is collapsed, as trafilatura does for pages.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    for junk in root.xpath("//script|//style"):
        junk.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        element.text = "\n\n" + (element.text or "")
    paragraphs = (" ".join(p.split()) for p in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
