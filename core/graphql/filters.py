"""Helpers that turn filter inputs into SQL conditions."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError
from sqlalchemy import ColumnElement

from core.graphql.ids import parse_global_id

MAX_SEARCH = 100


def filter_id(value: str, expected: str, argument: str) -> int:
    """The database id a filter's Global ID names, which must be of type ``expected``."""
    parsed = parse_global_id(value)
    if parsed is None or parsed[0] != expected:
        raise GraphQLError(
            f"Filter '{argument}' must be the ID of a {expected}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return parsed[1]


def contains(column: Any, text: str, argument: str = "search") -> ColumnElement[bool]:
    """Case-insensitive substring match; the text is a bound value, never SQL."""
    if len(text) > MAX_SEARCH:
        raise GraphQLError(
            f"Filter '{argument}' is longer than {MAX_SEARCH} characters.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return column.icontains(text, autoescape=True)  # type: ignore[no-any-return]


def prefix(column: Any, text: str, argument: str) -> ColumnElement[bool]:
    """Prefix match, for division codes."""
    if len(text) > MAX_SEARCH:
        raise GraphQLError(
            f"Filter '{argument}' is longer than {MAX_SEARCH} characters.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return column.startswith(text, autoescape=True)  # type: ignore[no-any-return]
