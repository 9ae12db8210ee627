"""``detente export``: write stored events in another data set's format (in progress)."""

from __future__ import annotations
