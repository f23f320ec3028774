"""The programme's figures for ``District.indicators``, in three SQL statements whatever the data.

They count what the viewer may read (``IndicatorContext.scope``): a community's staff
see their community's venues, assets and bookings. Counts are ints; the area put to
use is square metres.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select

from core.contract import Indicator, IndicatorContext
from core.db.models import live
from plugins.venues import models
from plugins.venues.domain import SiteFunction, VenueKind

KIND_LABELS = {
    VenueKind.SERVICE_CENTRE: "Party-mass service centres (党群服务中心)",
    VenueKind.GRID_STATION: "Grid stations (网格驿站)",
    VenueKind.WARM_HEART_STATION: "Warm heart stations (暖心驿站)",
    VenueKind.FUNCTION_SITE: "Function sites (功能场所)",
}
FUNCTION_LABELS = {
    SiteFunction.RED_CINEMA: "Function sites: red cinemas (红色影院)",
    SiteFunction.HEALTH_HUT: "Function sites: health huts (健康小屋)",
    SiteFunction.COURIERS_CLASSROOM: "Function sites: couriers' classrooms (小哥课堂)",
    SiteFunction.READING_ROOM: "Function sites: reading rooms (书香驿站)",
    SiteFunction.CHILDREN_HOME: "Function sites: children's homes (儿童之家)",
}


def _readable(context: IndicatorContext, model: Any) -> list[Any]:
    """Live rows of ``model`` in the district that the viewer may read."""
    found = [model.district_id == context.district_id, live(model)]
    visible = context.scope.visible(model) if context.scope is not None else None
    return found if visible is None else [*found, visible]


async def venues_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Venues by kind and function, assets, idle rooms put to use and their area, bookings."""
    venue, asset, booking = models.Venue, models.Asset, models.Booking
    by_kind: dict[tuple[str, str | None], int] = {
        (kind, function): int(count)
        for kind, function, count in await context.session.execute(
            select(venue.kind, venue.function, func.count())
            .where(*_readable(context, venue))
            .group_by(venue.kind, venue.function)
        )
    }
    put_to_use = and_(asset.idle.is_(True), asset.put_to_use_on.is_not(None))
    assets, idle, area = (
        await context.session.execute(
            select(
                func.count(),
                func.count().filter(put_to_use),
                func.coalesce(func.sum(asset.area).filter(put_to_use), 0),
            ).where(*_readable(context, asset))
        )
    ).one()
    bookings = await context.session.scalar(
        select(func.count())
        .select_from(booking)
        .join(asset, asset.id == booking.room_id)
        .where(*_readable(context, booking), live(asset))
    )
    figures = [
        Indicator(
            f"venues.{kind.value}s",
            label,
            sum(n for (k, _), n in by_kind.items() if k == kind.value),
        )
        for kind, label in KIND_LABELS.items()
    ]
    figures += [
        Indicator(
            f"venues.function_sites.{function.value}s",
            label,
            by_kind.get((VenueKind.FUNCTION_SITE.value, function.value), 0),
        )
        for function, label in FUNCTION_LABELS.items()
    ]
    return [
        *figures,
        Indicator("venues.assets", "Community assets registered (社区资产)", int(assets or 0)),
        Indicator(
            "venues.idle_put_to_use", "Idle assets put to use (闲置资产盘活)", int(idle or 0)
        ),
        Indicator(
            "venues.idle_area_put_to_use",
            "Idle floor area put to use, m² (盘活闲置用房面积)",
            round(float(area or 0), 1),
        ),
        Indicator("venues.bookings", "Room bookings standing (场地预约)", int(bookings or 0)),
    ]
