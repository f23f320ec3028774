"""How core's ``archive`` and ``restore`` treat the programme's records.

A venue's opening hours and services are parts of it: archived (closing the venue)
and restored with it. A room's bookings go with the room too: a room withdrawn from
the registry takes its bookings with it, and brings them back. An asset keeps
pointing at the venue it housed after the venue closes, and a booking at the
organisation that made it after that is archived: both are history and never block.

A cancelled booking (archived) may be restored only while no live booking of its
room overlaps it; otherwise ``DUPLICATE``. The room is locked first, as booking does,
so a booking made at the same moment cannot slip past the check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, or_, select

from core.contract import ArchiveRule, Restore
from core.db.models import live
from core.graphql.errors import UserErrorCode
from plugins.venues import models

ARCHIVE_RULES: Mapping[Any, ArchiveRule] = {
    models.OpeningHours.venue_id: ArchiveRule.CASCADE,
    models.Service.venue_id: ArchiveRule.CASCADE,
    models.Booking.room_id: ArchiveRule.CASCADE,
    models.Asset.venue_id: ArchiveRule.KEEP,
    models.Booking.organisation_id: ArchiveRule.KEEP,
}


async def check_restore(restore: Restore) -> None:
    """Refuse restoring bookings that a live booking of the same room overlaps."""
    if restore.model is not models.Booking or not restore.rows:
        return
    booking = models.Booking
    for room in sorted({row.room_id for row in restore.rows}):
        await restore.check.lock(models.Asset, room)
    overlapping = await restore.check.session.scalar(
        select(func.count()).where(
            or_(
                *(
                    (booking.room_id == row.room_id)
                    & (booking.starts_at < row.ends_at)
                    & (booking.ends_at > row.starts_at)
                    for row in restore.rows
                )
            ),
            booking.id.not_in([row.id for row in restore.rows]),
            live(booking),
        )
    )
    if overlapping:
        restore.check.errors.add(
            "id",
            UserErrorCode.DUPLICATE,
            "the room is booked for part of that time; cancel that first",
        )
