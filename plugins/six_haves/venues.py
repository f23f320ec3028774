"""Venues across programmes: this one's reported to the others, theirs as evidence here.

Programmes never import each other: each reports the venues it records on estates
through the ``gridgov_venues`` hook (:mod:`core.hookspecs`), for a day.
"""

from __future__ import annotations

from collections.abc import Sequence

import strawberry
from sqlalchemy import or_, select

from core.contract import PlaceVenue, VenueContext
from core.db.models import live
from plugins.six_haves import models
from plugins.six_haves.domain import PLUGIN


@strawberry.type(
    name="SixHavesReportedVenue",
    description="A deliberation venue another programme records for the estate.",
)
class ReportedVenue:
    """A venue reported through the ``gridgov_venues`` hook, as the assessment keeps it."""

    plugin: str = strawberry.field(description="The programme that records it.")
    kind: str = strawberry.field(description="``<plugin>.<kind>``, e.g. a council hall.")
    name: str
    estate_id: strawberry.Private[int]

    @classmethod
    def of(cls, plugin: str, venue: PlaceVenue) -> ReportedVenue:
        """What ``plugin`` reported."""
        return cls(plugin=plugin, kind=venue.kind, name=venue.name, estate_id=venue.estate_id)


async def own_venues(context: VenueContext) -> Sequence[PlaceVenue]:
    """This programme's live venues on ``context``'s estates, open on ``context.as_of``.

    A venue without an opening day has always been open. The hook carries no viewer:
    the caller asks about estates it has already kept to its viewer's scope, and a
    venue lies where its estate lies, so nothing beyond them is reported.
    """
    if not context.estate_ids:
        return []
    venue = models.Venue
    result = await context.session.execute(
        select(venue.estate_id, venue.kind, venue.name, venue.deliberation)
        .where(
            venue.district_id == context.district_id,
            live(venue),
            venue.estate_id.in_(context.estate_ids),
            or_(venue.opened_on.is_(None), venue.opened_on <= context.as_of),
        )
        .order_by(venue.estate_id, venue.name, venue.id)
    )
    return [
        PlaceVenue(
            estate_id=row.estate_id,
            kind=f"{PLUGIN}.{row.kind}",
            name=row.name,
            deliberation=row.deliberation,
        )
        for row in result
    ]
