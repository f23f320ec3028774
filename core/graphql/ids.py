"""Opaque Global IDs: base64url of ``TypeName:pk``."""

from __future__ import annotations

import base64
import binascii

from graphql import GraphQLError

MAX_ID_LENGTH = 200


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
    if not sep or not type_name.isidentifier() or not pk.isdigit() or len(pk) > 18:
        return None
    return type_name, int(pk)


def require_global_id(global_id: str, argument: str = "id") -> tuple[str, int]:
    """Decode a Global ID a query argument carries, failing the field if malformed."""
    parsed = parse_global_id(global_id)
    if parsed is None:
        raise GraphQLError(
            f"Argument '{argument}' is not a valid Global ID.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return parsed
