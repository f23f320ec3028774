"""The programme's figures for ``District.indicators``, in two SQL statements whatever the data.

They count what the viewer may read (``IndicatorContext.scope``): a community's staff
see their community's registrations and the services done under them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from core.contract import Indicator, IndicatorContext
from core.db.models import live
from plugins.dual_report import models


def _readable(context: IndicatorContext, model: Any) -> list[Any]:
    """Live rows of ``model`` in the district that the viewer may read."""
    found = [model.district_id == context.district_id, live(model)]
    visible = context.scope.visible(model) if context.scope is not None else None
    return found if visible is None else [*found, visible]


async def dual_report_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Members registered, services done, hours served, needs claimed."""
    registration, service, claim = models.Registration, models.Service, models.Claim
    registered = await context.session.scalar(
        select(func.count()).where(*_readable(context, registration))
    )
    services, minutes, claims = (
        await context.session.execute(
            select(
                select(func.count()).where(*_readable(context, service)).scalar_subquery(),
                select(func.coalesce(func.sum(service.minutes), 0))
                .where(*_readable(context, service))
                .scalar_subquery(),
                select(func.count())
                .select_from(claim)
                .join(registration, registration.id == claim.registration_id)
                .where(*_readable(context, claim), live(registration))
                .scalar_subquery(),
            )
        )
    ).one()
    return [
        Indicator(
            "dual_report.registered",
            "In-service party members reported to grid branches (双报到)",
            int(registered or 0),
        ),
        Indicator("dual_report.services", "Volunteer services done (志愿服务)", int(services or 0)),
        Indicator("dual_report.hours", "Hours of volunteer service", round(int(minutes) / 60, 1)),
        Indicator("dual_report.claims", "Community needs claimed (认领)", int(claims or 0)),
    ]
