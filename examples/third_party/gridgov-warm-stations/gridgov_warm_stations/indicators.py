"""Figures of the warm-stations plugin for ``District.indicators``."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from core.contract import Indicator, IndicatorContext
from gridgov_warm_stations.models import Station, Visit


async def warm_station_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Open stations and recorded visits, in one statement whatever the data size."""
    stations = (
        select(func.count())
        .where(Station.district_id == context.district_id, Station.archived_at.is_(None))
        .scalar_subquery()
    )
    visits = select(func.count()).where(Visit.district_id == context.district_id).scalar_subquery()
    row = (await context.session.execute(select(stations, visits))).one()
    return [
        Indicator("warm_stations.stations", "Warm-heart stations open (暖心驿站)", row[0]),
        Indicator("warm_stations.visits", "Visits recorded at warm stations", row[1]),
    ]
