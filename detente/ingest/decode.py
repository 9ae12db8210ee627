"""Bytes to normalised text: BOM handling, binary and encoding checks, normalisation."""

from __future__ import annotations

import codecs
import re
import unicodedata

from detente.errors import Errors, InputError

_SAMPLE = 8192
# Control bytes that never appear in text (everything below 0x20 except \t \n \f \r, and DEL).
_CONTROL = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F})
_BLANK_RUN = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t\f\v]+\n")


def decode(data: bytes, source: str, *, charset: str | None = None) -> str:
    """Decode ``data`` as UTF-8 (or BOM-marked UTF-16) into normalised text.

    Args:
        charset: the charset the input declares (an HTTP header, an HTML
            ``<meta charset>``), used when the bytes are not UTF-8. No charset
            is ever guessed.

    Raises:
        InputError: E001 when empty, E002 when binary, E003 when not UTF-8.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            message = Errors.E003.format(source=source, position=e.start)
            raise InputError(message, source=source) from e
        return _checked(normalise(text), source)
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    data = data[bom:]
    if looks_binary(data):
        raise InputError(Errors.E002.format(source=source), source=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        declared = _declared(data, charset)
        if declared is not None:
            return _checked(normalise(declared), source)
        message = Errors.E003.format(source=source, position=e.start + bom)
        raise InputError(message, source=source) from e
    return _checked(normalise(text), source)


def _declared(data: bytes, charset: str | None) -> str | None:
    if charset is None or charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def looks_binary(data: bytes) -> bool:
    """True when ``data`` holds NUL bytes or is mostly not text."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for b in sample if b in _CONTROL)
    if control / len(sample) > 0.1:
        return True
    # Random bytes fail UTF-8 at almost every high byte; a mis-encoded text file
    # (Latin-1) fails only at its few accented letters.
    invalid = len(sample) - len(sample.decode("utf-8", errors="ignore").encode("utf-8"))
    return invalid / len(sample) > 0.3


def normalise(text: str) -> str:
    """The one normalisation every document gets (documented in docs/inputs.md).

    Line ends become ``\\n``, the text is NFC, spaces at line ends are removed,
    runs of blank lines become one blank line and the text is stripped.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    return _BLANK_RUN.sub("\n\n", text).strip()


def _checked(text: str, source: str) -> str:
    if not text:
        raise InputError(Errors.E001.format(source=source), source=source)
    return text
