"""Loading the spaCy pipeline: once per process, by name (a setting)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from detente.errors import Errors, ModelError


@cache
def load_nlp(name: str) -> Language:
    """Load the installed spaCy pipeline ``name`` (never downloads anything)."""
    try:
        return spacy.load(name)
    except OSError as e:
        raise ModelError(Errors.E101.format(name=name)) from e
