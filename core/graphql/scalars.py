"""Core's ``DateTime``: strawberry's, refusing moments UTC cannot hold.

``0001-01-01T00:00:00+05:00`` is a valid ISO 8601 time whose UTC form falls in year 0,
which Python's ``datetime`` cannot represent: every comparison with a stored (UTC)
time would fail with ``OverflowError``. Refused while the value is coerced, it is a
``BAD_USER_INPUT`` like any value that does not fit its type.
"""

from __future__ import annotations

import datetime as dt

import strawberry


def parse_datetime(value: object) -> dt.datetime:
    """An ISO 8601 time that can be expressed in UTC (one without an offset is UTC).

    Raises:
        ValueError: When ``value`` is not such a time.
    """
    if not isinstance(value, str):
        raise ValueError(f'Value cannot represent a DateTime: "{value}". Expected a string.')
    moment = dt.datetime.fromisoformat(value)
    try:
        moment.replace(tzinfo=moment.tzinfo or dt.UTC).astimezone(dt.UTC)
    except OverflowError:
        raise ValueError(f'"{value}" lies outside the years 1 to 9999 in UTC.') from None
    return moment


DateTime = strawberry.scalar(
    name="DateTime",
    description="Date with time (isoformat)",
    serialize=dt.datetime.isoformat,
    parse_value=parse_datetime,
)
"""The schema's ``scalar_map`` entry for ``datetime``; its SDL is strawberry's own."""
