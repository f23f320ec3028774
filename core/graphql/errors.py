"""Typed user errors of mutations, and the collector that gathers them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import strawberry


@strawberry.enum(description="Why a mutation's input was refused.")
class UserErrorCode(Enum):
    """Stable codes front ends can switch on; each value's description says when it is used."""

    REQUIRED = strawberry.enum_value("required", description="A value is missing or empty.")
    INVALID = strawberry.enum_value(
        "invalid",
        description="The value is malformed or breaks a rule of its own (a phone number, a"
        " wrong password, an organisation made its own ancestor).",
    )
    TOO_LONG = strawberry.enum_value("too_long", description="Text longer than the field allows.")
    OUT_OF_RANGE = strawberry.enum_value(
        "out_of_range", description="A number, date or list size outside what is allowed."
    )
    MALFORMED_CODE = strawberry.enum_value(
        "malformed_code", description="A division code without the digits its level needs."
    )
    CODE_MISMATCH = strawberry.enum_value(
        "code_mismatch", description="A division code that does not start with its parent's."
    )
    NOT_FOUND = strawberry.enum_value(
        "not_found",
        description="No such object in this district that the viewer may see, or an ID of"
        " another type.",
    )
    WRONG_KIND = strawberry.enum_value(
        "wrong_kind",
        description="The object exists but is of a kind the field does not take (a grid of"
        " another community, an organisation under the wrong parent).",
    )
    DUPLICATE = strawberry.enum_value(
        "duplicate",
        description="The value is taken or given twice, or a restore would bring back an"
        " object a live one has replaced.",
    )
    CONFLICT = strawberry.enum_value(
        "conflict",
        description="The database refused the change at commit, as when someone changed the"
        " same data at the same time; nothing was written, try again.",
    )
    INVALID_PERIOD = strawberry.enum_value(
        "invalid_period", description="A period ending before it starts, or a day too early."
    )
    INVALID_STATE = strawberry.enum_value(
        "invalid_state",
        description="The object's state does not allow it now: already (not) archived, live"
        " objects depend on it, it points at an archived one, a stage not reached.",
    )
    ARCHIVED = strawberry.enum_value("archived", description="The object named is archived.")
    OUT_OF_SCOPE = strawberry.enum_value(
        "out_of_scope",
        description="The viewer sees the object but may not change it: it lies outside the"
        " part of the district its role was granted.",
    )
    LIMIT_EXCEEDED = strawberry.enum_value(
        "limit_exceeded",
        description="A total would pass its limit (a fund or budget, hours served in a day).",
    )


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
