"""What the programme reports through ``gridgov_venues``: its venues open on a day."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from core.contract import PlaceVenue, VenueContext
from core.db.models import live
from plugins.red_property import models


async def venues_open(context: VenueContext) -> Sequence[PlaceVenue]:
    """The council halls and mutual-help corners of the estates asked about, open on ``as_of``.

    A venue is open from its ``opened_on`` day. The programme records no closing
    day: archiving a venue withdraws it (the record was wrong, or the venue is
    gone), so an archived venue is reported on no day. Council halls are places to
    deliberate (有场所议事); mutual-help corners are not.

    The hook carries no viewer: the caller asks about estates it has already kept to
    its viewer's scope, and a venue lies where its estate lies.

    Args:
        context: The district, its estates asked about, the day and a session.

    Returns:
        One :class:`PlaceVenue` per venue, by estate then in the order recorded.
    """
    if not context.estate_ids:
        return []
    venue = models.Venue
    rows = await context.session.execute(
        select(venue.estate_id, venue.kind, venue.name)
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
            estate_id=estate,
            kind=f"red_property.{kind}",
            name=name,
            deliberation=kind == models.VenueKind.COUNCIL_HALL,
        )
        for estate, kind, name in rows
    ]
