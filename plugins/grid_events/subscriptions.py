"""Live updates: every report and every change is published, subscribers see their scope.

A mutation calls :func:`publish` inside its transaction; core's broadcaster
(:mod:`core.broadcast`) delivers the message only once that transaction commits —
in-process on SQLite, through PostgreSQL's LISTEN/NOTIFY to every server process
otherwise. A message carries ids only; the subscriber reads the event as it is then.

A subscriber follows the place it asked for, which must lie inside its scope, or
its whole scope (:func:`plugins.grid_events.scope.subscription_area`). Each message
passes two gates: the place it names must lie in that area
(:func:`plugins.grid_events.scope.visible`, no database work), and the event must
still be readable by the subscriber when it is re-read — core's scope condition is
part of that SELECT, the same one every query applies. So a subscriber never
receives an event it could not have read with a query.
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
from core.graphql.context import Context
from plugins.grid_events import models
from plugins.grid_events.domain import Status
from plugins.grid_events.scope import Place, readable, subscription_area, visible
from plugins.grid_events.types import GridEvent, GridEventAccount, load_account


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
    account_id: int | None,
) -> None:
    """Announce a report (``source`` None) or a change, once ``session`` commits.

    The message carries where the event lies at every level, so a subscriber drops
    what is outside the place it follows without reading anything.
    """
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
            "account": account_id,
        },
    )


@strawberry.type(description="An event was reported or changed status.")
class GridEventChange:
    """One change, and the event as it is now."""

    event: GridEvent
    from_status: Status | None = strawberry.field(name="from", description="Null for a new report.")
    to_status: Status = strawberry.field(name="to")
    at: dt.datetime
    account_id: strawberry.Private[int | None]

    @strawberry.field(description="The account that made it; null when the system escalated it.")
    async def account(self, info: Info) -> GridEventAccount | None:
        return await load_account(info, self.account_id)


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
    """Events reported or changed from now on in one place of the subscriber's scope.

    Give at most one place, inside your scope; none follows your whole scope. A grid
    includes its micro-grids. Each change comes with the event as it is when the
    change is delivered.
    """
    context: Context = info.context
    area = await subscription_area(context, grid, community, street)
    table = models.Event.__table__
    async with context.broadcaster.subscribe(channel(context.district_id)) as messages:
        async for message in _or_resubscribe(messages):
            if not visible(area, Place.from_message(message)):
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
                            *readable(context),
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
                account_id=message.get("account"),
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
        " micro-grids), community or street inside your scope; none given: your whole scope.",
    )
]
