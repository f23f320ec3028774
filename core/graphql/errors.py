"""Typed user errors of mutations, and the collector that gathers them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import strawberry


@strawberry.enum(description="Why a mutation's input was refused.")
class UserErrorCode(Enum):
    """Stable codes front ends can switch on."""

    REQUIRED = "required"
    INVALID = "invalid"
    TOO_LONG = "too_long"
    OUT_OF_RANGE = "out_of_range"
    MALFORMED_CODE = "malformed_code"
    CODE_MISMATCH = "code_mismatch"
    NOT_FOUND = "not_found"
    WRONG_KIND = "wrong_kind"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    INVALID_PERIOD = "invalid_period"
    INVALID_STATE = "invalid_state"
    ARCHIVED = "archived"
    OUT_OF_SCOPE = "out_of_scope"
    LIMIT_EXCEEDED = "limit_exceeded"  # a total would pass its limit (a fund, hours in a day)


@strawberry.type(description="A reason a mutation's input was refused; nothing was written.")
class UserError:
    """One refused input field."""

    field: list[str] = strawberry.field(
        description='Path of the input field, e.g. ["input", "code"].'
    )
    code: UserErrorCode
    message: str


@dataclass
class Errors:
    """Collects user errors while a mutation validates its input."""

    items: list[UserError] = field(default_factory=list)

    def add(self, path: str, code: UserErrorCode, message: str) -> None:
        """Refuse the input field ``path`` (dotted, relative to ``input``)."""
        self.items.append(UserError(field=["input", *path.split(".")], code=code, message=message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def has(self, path: str) -> bool:
        """Whether ``path`` was already refused (to skip checks that depend on it)."""
        return any(e.field[1:] == path.split(".") for e in self.items)
