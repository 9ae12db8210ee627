"""Writing stored events out: JSONL, CSV (more formats in later parts)."""

from __future__ import annotations

import json
from typing import Any, TextIO

import pandas as pd

from detente.store.rows import event_from_row


def write_jsonl(frame: pd.DataFrame, out: TextIO) -> int:
    """One public event object (``Event.to_dict()``) per line; returns the count."""
    n = 0
    for row in frame.to_dict("records"):
        out.write(json.dumps(event_from_row(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(frame: pd.DataFrame, out: TextIO) -> int:
    """The flat event columns as CSV with a header; returns the count."""
    frame = frame.copy()
    if "date" in frame:
        frame["date"] = frame["date"].map(_day)
    frame.to_csv(out, index=False, lineterminator="\n")
    return len(frame)


def _day(value: Any) -> str | None:
    from detente.store.rows import _iso_date

    return _iso_date(value)
