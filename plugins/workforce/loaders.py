"""Batched per-request loaders: one SQL statement per field, however many rows ask.

Declared through ``gridgov_loaders`` under ``workforce.<name>`` and fetched with
``info.context.loader(name)``. Each is a column lookup, a grouped count or a
latest-row join, so each has a plain SQL form. Lists with cursors go through core's
``paginate`` (:mod:`.types`). Each statement here is the plugin's own, so each adds
the viewer's scope itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select

from core.db.models import live
from core.graphql.context import ContextLoader, LiveRowLoader
from plugins.workforce import models


class QuotaOfCommunity(LiveRowLoader):
    """``Community.workforceQuota``: each community's live quota, or None."""

    table = models.Quota.__table__
    column = "community_id"


class PlacementOfPerson(LiveRowLoader):
    """``Person.workforcePlacement``: each person's live placement, or None."""

    table = models.Placement.__table__
    column = "person_id"


class FilledSeats(ContextLoader[Any, Any]):
    """Live placements filling each quota's seats."""

    async def load_batch(self, keys: Sequence[int]) -> list[int]:
        placement = models.Placement
        result = await self.context.execute(
            select(placement.quota_id, func.count())
            .where(
                placement.quota_id.in_(keys),
                placement.district_id == self.context.district_id,
                live(placement),
            )
            .group_by(placement.quota_id)
        )
        rows: Sequence[Any] = result.all()
        found = {row[0]: int(row[1]) for row in rows}
        return [found.get(key, 0) for key in keys]


class Attendees(ContextLoader[Any, Any]):
    """People who attended each session."""

    async def load_batch(self, keys: Sequence[int]) -> list[int]:
        attendance = models.Attendance
        result = await self.context.execute(
            select(attendance.session_id, func.count())
            .where(
                attendance.session_id.in_(keys),
                attendance.district_id == self.context.district_id,
            )
            .group_by(attendance.session_id)
        )
        rows: Sequence[Any] = result.all()
        found = {row[0]: int(row[1]) for row in rows}
        return [found.get(key, 0) for key in keys]


class GradeOfPlacement(ContextLoader[Any, Any]):
    """Each placement's grade: the grade of its latest grading (None before any)."""

    async def load_batch(self, keys: Sequence[int]) -> list[Any]:
        grading, grade = models.Grading.__table__, models.Grade.__table__
        latest = (
            select(grading.c.placement_id, func.max(grading.c.since).label("since"))
            .where(grading.c.placement_id.in_(keys))
            .group_by(grading.c.placement_id)
            .subquery()
        )
        result = await self.context.execute(
            select(grade, grading.c.placement_id.label("_placement"))
            .join(grading, grading.c.grade_id == grade.c.id)
            .join(
                latest,
                and_(
                    latest.c.placement_id == grading.c.placement_id,
                    latest.c.since == grading.c.since,
                ),
            )
            .where(grade.c.district_id == self.context.district_id)
        )
        found = {row._placement: row for row in result}
        return [found.get(key) for key in keys]


LOADERS = {
    "workforce.quota_of_community": QuotaOfCommunity,
    "workforce.placement_of_person": PlacementOfPerson,
    "workforce.filled": FilledSeats,
    "workforce.attendees": Attendees,
    "workforce.grade": GradeOfPlacement,
}
