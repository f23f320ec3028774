"""Opaque Global IDs: base64url of ``TypeName:pk``."""

from __future__ import annotations

import base64
import binascii

from graphql import GraphQLError

MAX_ID_LENGTH = 200
MAX_PK = 2**31 - 1
"""The largest database id: ids are 32-bit integers on PostgreSQL, and a larger number
compared with one is refused by the database itself rather than found missing."""


def to_global_id(type_name: str, pk: int) -> str:
    """Encode a Global ID."""
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def parse_global_id(global_id: str) -> tuple[str, int] | None:
    """Decode a Global ID, or return None when it is not one.

    Args:
        global_id: What the client sent.
    """
    if not global_id or len(global_id) > MAX_ID_LENGTH:
        return None
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode()
    except (binascii.Error, UnicodeError, ValueError):
        return None
    type_name, sep, pk = text.partition(":")
    if not sep or not type_name.isidentifier() or not pk.isdigit() or len(pk) > 10:
        return None
    number = int(pk)
    return (type_name, number) if number <= MAX_PK else None


def require_global_id(global_id: str, argument: str = "id") -> tuple[str, int]:
    """Decode a Global ID a query argument carries, failing the field if malformed."""
    parsed = parse_global_id(global_id)
    if parsed is None:
        raise malformed_global_id(argument)
    return parsed


def malformed_global_id(argument: str) -> GraphQLError:
    """The ``BAD_USER_INPUT`` error of an argument that is not a Global ID."""
    return GraphQLError(
        f"Argument '{argument}' is not a valid Global ID.",
        extensions={"code": "BAD_USER_INPUT", "argument": argument},
    )
