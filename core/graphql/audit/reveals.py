"""Showing a person's personal data unmasked, each time recorded in the audit trail.

A resolver revealing a column goes through the request's :class:`RevealLoader`: the
reveals one step of execution asks for (a page of people, say) are written as one
``INSERT`` and committed before any of their values is returned. Batched by a
loader rather than at the end of the operation, because a value must not leave the
server unless its record was committed: a reveal whose record cannot be written
fails its field instead. The same reveal asked twice in one request is recorded once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from typing import TypeVar

from graphql import GraphQLError
from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from core.access import Role
from core.accounts import now
from core.audit import AUDIT, reveal_entry
from core.db import models
from core.graphql.audit.queries import forbidden
from core.graphql.context import Context

T = TypeVar("T")

Reveal = tuple[int, str, str]
"""``(person id, column, field)``: the field as the schema names it, e.g. ``Person.phone``."""


class RevealLoader(DataLoader[Reveal, bool]):
    """Records reveals a batch at a time; each resolves to True once committed."""

    def __init__(self, context: Context, client_operation: str | None) -> None:
        super().__init__(load_fn=self._record)
        self.context, self.client_operation = context, client_operation

    async def _record(self, keys: Sequence[Reveal]) -> Sequence[bool | BaseException]:
        context, viewer = self.context, self.context.viewer
        assert viewer is not None  # only a viewer holding the permission gets here
        at = now()
        table = models.Person.__tablename__
        async with context.exclusive() as session:
            try:
                reached = await self._in_scope(session, {pk for pk, _, _ in keys})
                rows = [
                    reveal_entry(
                        viewer,
                        context.district_id,
                        field,
                        table,
                        pk,
                        column,
                        at,
                        client_operation=self.client_operation,
                    )
                    for pk, column, field in keys
                    if pk in reached
                ]
                if rows:
                    await session.execute(insert(AUDIT), rows)
                await session.commit()
            except SQLAlchemyError:
                await session.rollback()
                return [
                    GraphQLError(
                        "The reveal could not be recorded, so the value is not shown.",
                        extensions={"code": "AUDIT_FAILED"},
                    )
                    for _ in keys
                ]
        return [
            True
            if pk in reached
            else GraphQLError(
                "This person lies outside your scope.", extensions={"code": "FORBIDDEN"}
            )
            for pk, _, _ in keys
        ]

    async def _in_scope(self, session: AsyncSession, ids: set[int]) -> set[int]:
        """The people the viewer's scope reaches, of ``ids``.

        A second line of defence: a person reaches a resolver only through a scoped
        load, unless a plugin forgot the scope in a SELECT of its own.
        """
        person = models.Person
        statement = select(person.id).where(
            person.id.in_(sorted(ids)), person.district_id == self.context.district_id
        )
        visible = self.context.scope.visible(person)
        if visible is not None:
            statement = statement.where(visible)
        return set((await session.scalars(statement)).all())


ANALYST_PEOPLE = 20
"""People whose personal data (masked or not) an analyst may read in one request."""


def personal_read(info: Info, person_id: int) -> None:
    """Count a read of a person's phone, ID number or birth date; bound an analyst's.

    An analyst (只读分析员) reads for statistics, not for casework: combined over many
    people, even masked fields help rebuild what the masks hide, so one request
    reads those of at most :data:`ANALYST_PEOPLE` people.

    Raises:
        GraphQLError: ``LIMIT_EXCEEDED`` for an analyst's person beyond the bound; the
            field is null, the rest of the answer stands.
    """
    context: Context = info.context
    viewer = context.viewer
    read = context.personal_reads
    if viewer is None or viewer.role is not Role.ANALYST or person_id in read:
        return
    if len(read) >= ANALYST_PEOPLE:
        raise GraphQLError(
            f"An analyst reads the personal data (phone, idNumber, birthDate) of at most "
            f"{ANALYST_PEOPLE} people per request.",
            extensions={"code": "LIMIT_EXCEEDED", "limit": "personalData", "max": ANALYST_PEOPLE},
        )
    read.add(person_id)


def _client_operation(info: Info) -> str | None:
    """The name the client gave its operation: kept apart, never a reveal's label."""
    name = info.operation.name
    return name.value if name else None


def unmasked(
    info: Info, permission: str, column: str, person_id: int, value: T | None
) -> Awaitable[T | None]:
    """``value``, once its reveal is recorded; the field's error without ``permission``.

    Args:
        info: The resolver's info.
        permission: The permission revealing ``column`` needs.
        column: The person's column, e.g. ``phone``.
        person_id: The person's id.
        value: The unmasked value.

    Raises:
        GraphQLError: ``FORBIDDEN`` when the viewer lacks ``permission``.
    """
    context: Context = info.context
    viewer = context.viewer
    if viewer is None or not viewer.can(permission):
        role = viewer.role.value if viewer else "of an anonymous request"
        raise forbidden(
            f"Revealing {column} needs the permission {permission}, which the role {role} "
            "does not hold.",
            permission,
        )
    loader = context.cached_loader(
        ("audit.reveal",), lambda: RevealLoader(context, _client_operation(info))
    )
    field = f"{info.path.typename}.{info.field_name}"  # the type whose field this is

    async def recorded() -> T | None:
        if value is None:
            return None  # nothing to reveal, nothing to record
        await loader.load((person_id, column, field))
        return value

    return recorded()
