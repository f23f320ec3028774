"""Batched per-request loaders: one SQL statement per field, however many rows ask.

Declared through ``gridgov_loaders`` under ``venues.<name>`` and fetched with
``info.context.loader(name)``. A venue's services and hours lie with the venue, so
whoever sees the venue sees them; ``all_venues`` asks the enabled programmes
through the ``gridgov_venues`` hook, once per request.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from core import clock
from core.contract import VenueContext
from core.db.models import live
from core.graphql.context import ContextLoader
from plugins.venues import models
from plugins.venues.domain import VenueService
from plugins.venues.types import OpeningHours, ProgrammeVenue

_ORDER = {service.value: i for i, service in enumerate(VenueService)}


class Services(ContextLoader[Any, Any]):
    """``Venue.services``: each venue's live services, in the enum's order."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[VenueService]]:
        service = models.Service
        result = await self.context.execute(
            select(service.venue_id, service.service).where(
                service.venue_id.in_(keys),
                service.district_id == self.context.district_id,
                live(service),
            )
        )
        found: dict[int, list[str]] = defaultdict(list)
        rows: Sequence[Any] = result.all()
        for venue, offered in rows:
            found[venue].append(offered)
        return [
            [VenueService(s) for s in sorted(found.get(key, ()), key=_ORDER.__getitem__)]
            for key in keys
        ]


class Hours(ContextLoader[Any, Any]):
    """``Venue.hours``: each venue's live opening hours, Monday first."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[OpeningHours]]:
        hours = models.OpeningHours
        result = await self.context.execute(
            select(hours.venue_id, hours.weekday, hours.opens_at, hours.closes_at)
            .where(
                hours.venue_id.in_(keys),
                hours.district_id == self.context.district_id,
                live(hours),
            )
            .order_by(hours.venue_id, hours.weekday, hours.opens_at)
        )
        found: dict[int, list[OpeningHours]] = defaultdict(list)
        rows: Sequence[Any] = result.all()
        for venue, weekday, opens, closes in rows:
            found[venue].append(OpeningHours(weekday=weekday, opens_at=opens, closes_at=closes))
        return [found.get(key, []) for key in keys]


class AllVenues(ContextLoader[Any, Any]):
    """``Estate.allVenues``: every enabled programme's venues on the estates, open today."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[ProgrammeVenue]]:
        context = self.context
        found: dict[int, list[ProgrammeVenue]] = defaultdict(list)
        # The hook's implementations read on the request's session: keep other resolvers out.
        async with context.exclusive() as session:
            asked = VenueContext(context.district_id, list(keys), session, clock.today())
            for owner, awaitable in context.manager.call(
                "gridgov_venues", sorted(context.enabled), context=asked
            ):
                for venue in await awaitable:
                    found[venue.estate_id].append(
                        ProgrammeVenue(
                            plugin=owner,
                            kind=venue.kind,
                            name=venue.name,
                            deliberation=venue.deliberation,
                        )
                    )
        return [found.get(key, []) for key in keys]


LOADERS = {
    "venues.services": Services,
    "venues.hours": Hours,
    "venues.all_venues": AllVenues,
}
