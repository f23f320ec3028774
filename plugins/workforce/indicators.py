"""The programme's figures for ``District.indicators``, in one SQL statement whatever the data.

They count what the viewer may read (``IndicatorContext.scope``): a community's staff
see their community's sessions, certificates, quota and placements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import distinct, func, select

from core.contract import Indicator, IndicatorContext
from core.db.models import live
from plugins.workforce import models
from plugins.workforce.domain import CertificateLevel


def _readable(context: IndicatorContext, model: Any, *, tracked: bool = True) -> list[Any]:
    """Rows of ``model`` in the district (live ones, if it archives) that the viewer may read."""
    found = [model.district_id == context.district_id]
    if tracked:
        found.append(live(model))
    visible = context.scope.visible(model) if context.scope is not None else None
    return found if visible is None else [*found, visible]


LABELS = {
    "courses": "Training alliance courses (培训联盟课程)",
    "sessions": "Training sessions held",
    "attendances": "Attendances at training sessions",
    "trained": "People trained by the alliance (参训人员)",
    "certified": "Certified social workers (持证社工)",
    **{
        f"certified.{level.value}": f"Certified social workers, {level.value} level"
        for level in CertificateLevel
    },
    "seats": "Community-worker seats in the communities' quotas (职数)",
    "placed": "Community workers filling them (1+8 career system)",
    "vacancies": "Seats still to fill",
    "promotions": "Promotions recorded (晋升)",
}


async def workforce_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Courses, sessions, people trained, certified social workers, seats, workers, promotions."""
    m = models
    session_, attendance, certificate = m.Session, m.Attendance, m.Certificate
    quota, placement, grading = m.Quota, m.Placement, m.Grading

    def scalar(statement: Any) -> Any:
        return statement.scalar_subquery()

    per_level = [
        scalar(
            select(func.count(distinct(certificate.person_id))).where(
                *_readable(context, certificate), certificate.level == level.value
            )
        )
        for level in CertificateLevel
    ]
    row = (
        await context.session.execute(
            select(
                scalar(select(func.count()).where(*_readable(context, m.Course))),
                scalar(select(func.count()).where(*_readable(context, session_))),
                scalar(
                    select(func.count())
                    .select_from(attendance)
                    .where(*_readable(context, attendance, tracked=False))
                ),
                scalar(
                    select(func.count(distinct(attendance.person_id))).where(
                        *_readable(context, attendance, tracked=False)
                    )
                ),
                scalar(
                    select(func.count(distinct(certificate.person_id))).where(
                        *_readable(context, certificate)
                    )
                ),
                *per_level,
                scalar(
                    select(func.coalesce(func.sum(quota.seats), 0)).where(
                        *_readable(context, quota)
                    )
                ),
                scalar(select(func.count()).where(*_readable(context, placement))),
                # A placement's first grading is its starting grade; every later one a promotion.
                scalar(
                    select(func.count())
                    .select_from(grading)
                    .join(placement, placement.id == grading.placement_id)
                    .where(
                        *_readable(context, grading, tracked=False),
                        grading.since > placement.placed_on,
                    )
                ),
            )
        )
    ).one()
    courses, sessions, attendances, trained, certified = (int(v or 0) for v in row[:5])
    levels = [int(v or 0) for v in row[5 : 5 + len(per_level)]]
    seats, placed, promotions = (int(v or 0) for v in row[5 + len(per_level) :])
    values: dict[str, int] = {
        "courses": courses,
        "sessions": sessions,
        "attendances": attendances,
        "trained": trained,
        "certified": certified,
        **{
            f"certified.{level.value}": count
            for level, count in zip(CertificateLevel, levels, strict=True)
        },
        "seats": seats,
        "placed": placed,
        "vacancies": seats - placed,
        "promotions": promotions,
    }
    return [Indicator(f"workforce.{key}", LABELS[key], value) for key, value in values.items()]
