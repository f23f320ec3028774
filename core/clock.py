"""The platform's time: what moment it is, and what day it is in the districts.

Moments are kept in UTC. Days ("today", "must not be in the future", this year's
funding) are the districts' days: China Standard Time, UTC+8 all year (China has one
time zone and no daylight saving), so a snapshot for today is accepted at 07:00 in
Yancheng although the server's own clock, in UTC, still shows yesterday.

Everything in core and the plugins that asks "what time is it?" or "what day is it?"
asks :func:`now` or :func:`today`, so tests (and a replay of a day's events) can set
the clock instead of waiting for a time limit to pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Date, bindparam
from sqlalchemy.sql.elements import BindParameter

CHINA = dt.timezone(dt.timedelta(hours=8), "CST")
"""China Standard Time (北京时间), the districts' time zone."""

_moment: dt.datetime | None = None
_day: dt.date | None = None


def now() -> dt.datetime:
    """The current moment, an aware UTC datetime (or the moment a test set)."""
    return _moment if _moment is not None else dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """The current day in the districts (China Standard Time), or the day a test set."""
    if _day is not None:
        return _day
    return now().astimezone(CHINA).date()


def utc(value: dt.datetime) -> dt.datetime:
    """An aware UTC datetime; a naive one is taken to be UTC already (as SQLite returns)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def today_in_sql() -> BindParameter[Any]:
    """:func:`today` as a bound parameter, read each time a statement runs.

    A statement built once (at import, or kept by the compiled-query cache) stays
    right across midnight, and it agrees with :func:`today`, which the database's
    ``CURRENT_DATE`` (the server's time zone) would not.
    """
    return bindparam("gridgov_today", type_=Date(), callable_=today)


@contextmanager
def frozen_at(moment: dt.datetime) -> Iterator[None]:
    """Run the block with the clock standing at ``moment`` (its day included)."""
    global _moment, _day
    before = _moment, _day
    _moment, _day = utc(moment), None
    try:
        yield
    finally:
        _moment, _day = before


@contextmanager
def frozen_on(day: dt.date) -> Iterator[None]:
    """Run the block on ``day``: moments go on, but :func:`today` stays ``day``.

    A test suite that runs across midnight keeps one day, so the day its tests
    computed when they started is still the server's.
    """
    global _day
    before, _day = _day, day
    try:
        yield
    finally:
        _day = before
