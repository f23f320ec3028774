"""The time the programme runs on: reporting, deadlines, overdue and escalation.

Everything that asks "what time is it?" asks :func:`now`, so tests (and a replay of
a day's events) can set the clock instead of waiting for a time limit to pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

_fixed: dt.datetime | None = None


def now() -> dt.datetime:
    """The current time in UTC, or the time a test set."""
    return _fixed if _fixed is not None else dt.datetime.now(dt.UTC)


def utc(value: dt.datetime) -> dt.datetime:
    """An aware UTC datetime; a naive one is taken to be UTC already (as SQLite returns)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


@contextmanager
def frozen_at(moment: dt.datetime) -> Iterator[None]:
    """Run the block with the clock standing at ``moment``."""
    global _fixed
    before, _fixed = _fixed, utc(moment)
    try:
        yield
    finally:
        _fixed = before
