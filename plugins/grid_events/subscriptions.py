"""Live updates: every report and every change is published, subscribers see their scope.

A mutation calls :func:`publish` inside its transaction; core's broadcaster
(:mod:`core.broadcast`) delivers the message only once that transaction commits —
in-process on SQLite, through PostgreSQL's LISTEN/NOTIFY to every server process
otherwise. A message carries ids only; the subscriber reads the event as it is then.
Whether a subscriber sees a message is decided by :func:`plugins.grid_events.scope.visible`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from core.broadcast import BroadcastLost
from core.db import models as core
from core.graphql.context import Context
from core.graphql.ids import parse_global_id
from core.graphql.node import load_node
from core.graphql.people.types import Person
from plugins.grid_events import models
from plugins.grid_events.domain import Status
from plugins.grid_events.scope import Place, Scope, asked, visible
from plugins.grid_events.types import GridEvent


def channel(district_id: int) -> str:
    """The broadcast channel of one district's events."""
    return f"grid_events.{district_id}"


async def publish(
    context: Context,
    session: AsyncSession,
    event: models.Event,
    source: Status | None,
    target: Status,
    at: dt.datetime,
    actor_id: int | None,
) -> None:
    """Announce a report (``source`` None) or a change, once ``session`` commits."""
    await context.broadcaster.publish(
        session,
        channel(event.district_id),
        {
            "event": event.id,
            "district": event.district_id,
            "grid": event.grid_id,
            "area_grid": event.area_grid_id,
            "community": event.community_id,
            "street": event.street_id,
            "from": source.value if source is not None else None,
            "to": target.value,
            "at": at.isoformat(),
            "actor": actor_id,
        },
    )


@strawberry.type(description="An event was reported or changed status.")
class GridEventChange:
    """One change, and the event as it is now."""

    event: GridEvent
    from_status: Status | None = strawberry.field(name="from", description="Null for a new report.")
    to_status: Status = strawberry.field(name="to")
    at: dt.datetime
    actor_id: strawberry.Private[int | None]

    @strawberry.field(description="Who made the change; null when the system escalated it.")
    async def actor(self, info: Info) -> Person | None:
        return await load_node(info.context, Person, core.Person, self.actor_id)


def _place_id(value: str | None, expected: str, argument: str) -> int | None:
    if value is None:
        return None
    parsed = parse_global_id(value)
    if parsed is None or parsed[0] != expected:
        raise GraphQLError(
            f"Argument '{argument}' must be the ID of a {expected}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return parsed[1]


async def subscriber_scope(
    context: Context, grid: str | None, community: str | None, street: str | None
) -> Scope:
    """The scope a subscriber asked for: exactly one existing place of the district."""
    given = [value for value in (grid, community, street) if value is not None]
    if len(given) != 1:
        raise GraphQLError(
            "Give exactly one of 'grid', 'community' and 'street'.",
            extensions={"code": "BAD_USER_INPUT"},
        )
    ids = {
        "grid_id": _place_id(grid, "Grid", "grid"),
        "community_id": _place_id(community, "Community", "community"),
        "street_id": _place_id(street, "Street", "street"),
    }
    model: Any = core.Grid if grid else core.Community if community else core.Street
    pk = next(value for value in ids.values() if value is not None)
    async with context.exclusive() as session:
        found = await session.scalar(
            select(model.id).where(
                model.id == pk,
                model.district_id == context.district_id,
                model.archived_at.is_(None),
            )
        )
        await session.commit()
    if found is None:
        raise GraphQLError("No such place in this district.", extensions={"code": "NOT_FOUND"})
    return asked(context, **ids)


async def _or_resubscribe(messages: AsyncIterator[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
    """The messages; if some may have been missed, a typed error telling the client so."""
    try:
        async for message in messages:
            yield message
    except BroadcastLost as lost:
        raise GraphQLError(
            "Live updates were interrupted and changes may have been missed;"
            " re-read the events and subscribe again.",
            extensions={"code": "RESUBSCRIBE"},
        ) from lost


async def grid_event_changes(
    info: Info,
    grid: strawberry.ID | None = None,
    community: strawberry.ID | None = None,
    street: strawberry.ID | None = None,
) -> AsyncGenerator[GridEventChange, None]:
    """Events reported or changed from now on in one grid, community or street.

    Give exactly one place. A grid includes its micro-grids. Each change comes with
    the event as it is when the change is delivered.
    """
    context: Context = info.context
    scope = await subscriber_scope(context, grid, community, street)
    table = models.Event.__table__
    async with context.broadcaster.subscribe(channel(context.district_id)) as messages:
        async for message in _or_resubscribe(messages):
            if not visible(scope, Place.from_message(message)):
                continue
            # One connection's context serves the whole subscription: read fresh rows
            # in a transaction of their own (SQLite keeps a snapshot per transaction).
            context.clear_loaders()
            async with context.exclusive() as session:
                await session.commit()
                row = (
                    await session.execute(
                        select(table).where(
                            table.c.id == message["event"],
                            table.c.district_id == context.district_id,
                        )
                    )
                ).first()
                await session.commit()
            if row is None:
                continue
            yield GridEventChange(
                event=GridEvent.from_row(row),
                from_status=Status(message["from"]) if message["from"] else None,
                to_status=Status(message["to"]),
                at=dt.datetime.fromisoformat(message["at"]),
                actor_id=message["actor"],
            )
            # The result's fields have been resolved by now: end their transaction, so
            # no connection is held while waiting, perhaps for hours, for the next change.
            async with context.exclusive() as session:
                await session.commit()


SUBSCRIPTION_FIELDS = [
    strawberry.subscription(
        resolver=grid_event_changes,
        name="gridEventChanges",
        description="Events reported or changed from now on in one grid (with its"
        " micro-grids), community or street.",
    )
]
