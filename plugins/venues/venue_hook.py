"""What the programme reports through ``gridgov_venues``: its venues on estates, open on a day."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, or_, select

from core.contract import PlaceVenue, VenueContext
from core.db.models import live
from plugins.venues import models
from plugins.venues.domain import PLUGIN, VenueKind, VenueService


async def venues_on_estates(context: VenueContext) -> Sequence[PlaceVenue]:
    """This programme's live venues on the estates asked about, opened by ``as_of``.

    Residents deliberate at a service centre and at any venue offering deliberation
    (议事协商), which Six Haves counts as "a place to deliberate". The hook carries no
    viewer: the caller asks about estates it has already kept to its viewer's scope.
    """
    if not context.estate_ids:
        return []
    venue, service = models.Venue, models.Service
    deliberation = or_(
        venue.kind == VenueKind.SERVICE_CENTRE.value,
        exists().where(
            service.venue_id == venue.id,
            service.service == VenueService.DELIBERATION.value,
            live(service),
        ),
    )
    rows = await context.session.execute(
        select(venue.estate_id, venue.kind, venue.name, deliberation.label("deliberation"))
        .where(
            venue.district_id == context.district_id,
            venue.estate_id.in_(context.estate_ids),
            venue.opened_on <= context.as_of,
            live(venue),
        )
        .order_by(venue.estate_id, venue.id)
    )
    return [
        PlaceVenue(
            estate_id=row.estate_id,
            kind=f"{PLUGIN}.{row.kind}",
            name=row.name,
            deliberation=bool(row.deliberation),
        )
        for row in rows
    ]
