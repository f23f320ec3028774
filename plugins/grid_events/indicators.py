"""The programme's figures for ``District.indicators``, in two SQL statements whatever the data.

The median is portable: the resolution time of every resolved event is stored when
it is resolved, so the median is the middle one or two values of one ordered query
(``OFFSET``), the same on SQLite and PostgreSQL.

The figures count what the viewer may read: a grid worker's are their grid's, a
community's staff their community's (``IndicatorContext.scope``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select

from core import clock
from core.contract import Indicator, IndicatorContext
from plugins.grid_events import domain, models


async def grid_events_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Open, overdue, resolved in the last 30 days, median hours to resolve, and more."""
    now = clock.now()
    event = models.Event
    readable = context.scope.visible(event) if context.scope is not None else None
    live = (
        event.district_id == context.district_id,
        event.archived_at.is_(None),
        *(() if readable is None else (readable,)),
    )
    is_open = event.status.in_([status.value for status in domain.OPEN])
    month = now - dt.timedelta(days=30)

    def counted(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    total, open_, overdue, resolved_30d, reported_30d, resolved, satisfaction = (
        await context.session.execute(
            select(
                func.count(),
                counted(is_open),
                counted(and_(is_open, event.due_at < now)),
                counted(event.resolved_at >= month),
                counted(event.reported_at >= month),
                func.count(event.resolution_hours),
                func.avg(event.satisfaction),
            ).where(*live)
        )
    ).one()
    median = 0.0
    if resolved:
        middle = [
            float(hours)
            for hours in await context.session.scalars(
                select(event.resolution_hours)
                .where(*live, event.resolution_hours.is_not(None))
                .order_by(event.resolution_hours)
                .offset((resolved - 1) // 2)
                .limit(1 if resolved % 2 else 2)
            )
            if hours is not None
        ]
        median = round(sum(middle) / len(middle), 1)
    return [
        Indicator("grid_events.total", "Events reported (民生事项)", int(total)),
        Indicator("grid_events.open", "Events still being handled", int(open_)),
        Indicator("grid_events.overdue", "Open events past their time limit", int(overdue)),
        Indicator(
            "grid_events.resolved_30d", "Events resolved in the last 30 days", int(resolved_30d)
        ),
        Indicator(
            "grid_events.reported_30d", "Events reported in the last 30 days", int(reported_30d)
        ),
        Indicator(
            "grid_events.median_hours_to_resolve",
            "Median hours from report to resolution",
            median,
        ),
        Indicator(
            "grid_events.satisfaction",
            "Mean satisfaction rating on closing (1–5)",
            round(float(satisfaction), 2) if satisfaction is not None else 0.0,
        ),
    ]
