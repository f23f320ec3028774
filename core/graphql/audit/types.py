"""The audit trail as GraphQL sees it: ``AuditEntry`` and its filter."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from core.audit import Action
from core.graphql.context import Context
from core.graphql.ids import to_global_id
from core.graphql.node import Node

strawberry.enum(Action, name="AuditAction", description="What an audit entry records.")


@strawberry.type(description="审计记录: one change, or one reveal of personal data.")
class AuditEntry(Node):
    """Who did what to which row, when; before and after hold the changed columns only.

    ``node(id:)`` answers it to the holders of ``core.audit.read`` only (the trail is for
    district administrators, whatever their scope); to anyone else it is null.
    """

    at: dt.datetime = strawberry.field(description="When, in UTC.")
    actor: str = strawberry.field(
        description="The account's login name ('anonymous' or a command-line name otherwise)."
    )
    operation: str = strawberry.field(
        description="The mutation it happened in; for a reveal, the field revealed (Person.phone)."
    )
    client_operation: str | None = strawberry.field(
        description="For a reveal, the name the client gave its operation, as sent (null"
        " when unnamed): the client's word, not the server's."
    )
    action: Action
    table: str = strawberry.field(description="The table changed, e.g. person.")
    row_id: strawberry.Private[int | None]
    before: JSON | None = strawberry.field(
        description="The changed columns as they were (null when created or revealed)."
    )
    after: JSON | None = strawberry.field(
        description="The changed columns as they are (null when deleted); for a reveal, "
        '{"field": column}. Secrets are left out and personal data is masked.'
    )

    @strawberry.field(
        description="Global ID of the object changed, when its table is an object type."
    )
    def object_id(self, info: Info) -> strawberry.ID | None:
        context: Context = info.context
        if self.row_id is None:
            return None
        for type_name, (_, model) in context.node_types.items():
            if model.__table__.name == self.table:
                return strawberry.ID(to_global_id(type_name, self.row_id))
        return None

    @classmethod
    def read_permission(cls) -> str | None:
        return "core.audit.read"

    @classmethod
    def from_row(cls, row: Any) -> AuditEntry:
        """Build the entry from a row of the audit table."""
        at = row.at
        if at.tzinfo is None:  # SQLite returns naive datetimes; they are UTC
            at = at.replace(tzinfo=dt.UTC)
        return cls(
            pk=row.id,
            district_id=row.district_id,
            at=at,
            actor=row.actor,
            operation=row.operation,
            client_operation=row.client_operation,
            action=Action(row.action),
            table=row.table_name,
            row_id=row.row_id,
            before=row.before,
            after=row.after,
        )


@strawberry.input(description="Narrows the audit trail; every condition given must hold.")
class AuditFilter:
    """Filter for audit entries."""

    table: str | None = strawberry.field(default=None, description="Only this table, e.g. person.")
    action: Action | None = strawberry.field(default=None, description="Only this action.")
    account: str | None = strawberry.field(
        default=None, description="Only what the account with this login name did."
    )
    object_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only entries about this object (its Global ID)."
    )
    since: dt.datetime | None = strawberry.field(
        default=None, description="Only entries at or after this time (UTC when no offset)."
    )
    until: dt.datetime | None = strawberry.field(
        default=None, description="Only entries before this time (UTC when no offset)."
    )
