"""Core's figures for ``District.indicators``: counts by kind, role and identity.

Each figure counts what the viewer may read: the whole district for its
administrators, a street's, community's or grid's share for staff and grid workers.
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Sequence
from typing import Any

from sqlalchemy import func, select

from core.contract import Indicator, IndicatorContext
from core.db import models
from core.domain import AssignmentKind, GridKind, IdentityKind
from core.graphql.people.types import current
from core.kinds import ORGANISATION_KINDS, POST_ROLES

GRID_LABELS = {
    GridKind.PARTY_BUILDING: "Party-building grids (党建网格)",
    GridKind.COMPREHENSIVE: "Comprehensive grids (综合网格)",
    GridKind.MICRO: "Micro-grids (微网格)",
    GridKind.UNIT: "Two-new organisation unit grids (两新组织单元网格)",
}
ASSIGNMENT_LABELS = {
    AssignmentKind.FULL_TIME: "Full-time grid workers (专职网格员)",
    AssignmentKind.PART_TIME: "Part-time grid workers (兼职网格员)",
    AssignmentKind.GRID_HEAD: "Grid heads (网格长)",
}
IDENTITY_LABELS = {
    IdentityKind.RESIDENT: "Residents (居民)",
    IdentityKind.PARTY_MEMBER: "Party members (党员)",
    IdentityKind.IN_SERVICE_PARTY_MEMBER: "In-service party members reported to grids (在职党员)",
    IdentityKind.COMMUNITY_WORKER: "Community workers (社区工作者)",
    IdentityKind.VOLUNTEER: "Volunteers (志愿者)",
}
SECRETARIES = {
    "street_big_working_committee": "Street big working committee secretaries",
    "community_big_party_committee": "Community party secretaries (社区书记)",
    "grid_party_branch": "Grid branch secretaries (网格支部书记)",
}


def _live_in_scope(context: IndicatorContext, table: Any) -> list[Any]:
    """Live rows of ``table`` in the district that the viewer may read."""
    found = [table.c.district_id == context.district_id, table.c.archived_at.is_(None)]
    visible = context.scope.visible(table) if context.scope is not None else None
    return found if visible is None else [*found, visible]


async def _grouped(context: IndicatorContext, column: Any, *where: Any) -> dict[str, int]:
    statement = (
        select(column, func.count())
        .where(*_live_in_scope(context, column.table), *where)
        .group_by(column)
    )
    return dict((await context.session.execute(statement)).all())


async def _count(context: IndicatorContext, model: type[models.Base]) -> int:
    statement = select(func.count()).where(*_live_in_scope(context, model.__table__))
    return int(await context.session.scalar(statement) or 0)


async def core_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Counts of places, grids by kind, organisations by kind, posts, workers, identities."""
    found = [
        Indicator(
            "core.streets", "Streets and towns (街道/镇)", await _count(context, models.Street)
        ),
        Indicator(
            "core.communities",
            "Communities and villages (社区/村)",
            await _count(context, models.Community),
        ),
        Indicator("core.estates", "Estates (小区)", await _count(context, models.Estate)),
        Indicator("core.households", "Households (户)", await _count(context, models.Household)),
        Indicator("core.people", "People (人)", await _count(context, models.Person)),
    ]
    grids = await _grouped(context, models.Grid.kind)
    found += [
        Indicator(f"core.grids.{k.value}", label, grids.get(k.value, 0))
        for k, label in GRID_LABELS.items()
    ]
    organisations = await _grouped(context, models.Organisation.kind)
    found += [
        Indicator(
            f"core.organisations.{k.value}",
            f"{k.label} ({k.chinese})",
            organisations.get(k.value, 0),
        )
        for k in ORGANISATION_KINDS
    ]
    posts = await _grouped(context, models.Post.role, current(models.Post.end_date))
    found += [
        Indicator(f"core.posts.{r.value}", f"{r.label} ({r.chinese})", posts.get(r.value, 0))
        for r in POST_ROLES
    ]
    secretaries = dict(
        (
            await context.session.execute(
                select(models.Organisation.kind, func.count())
                .select_from(models.Post)
                .join(models.Organisation, models.Organisation.id == models.Post.organisation_id)
                .where(
                    *_live_in_scope(context, models.Post.__table__),
                    models.Post.role == "secretary",
                    current(models.Post.end_date),
                )
                .group_by(models.Organisation.kind)
            )
        ).all()
    )
    found += [
        Indicator(f"core.secretaries.{kind}", label, secretaries.get(kind, 0))
        for kind, label in SECRETARIES.items()
    ]
    workers = await _grouped(
        context, models.GridAssignment.kind, current(models.GridAssignment.end_date)
    )
    found += [
        Indicator(f"core.grid_workers.{k.value}", label, workers.get(k.value, 0))
        for k, label in ASSIGNMENT_LABELS.items()
    ]
    identities = await _grouped(context, models.Identity.kind, current(models.Identity.until))
    found += [
        Indicator(f"core.identities.{k.value}", label, identities.get(k.value, 0))
        for k, label in IDENTITY_LABELS.items()
    ]
    return found


class IndicatorCache:
    """Figures a process computed recently, per district, enabled set and scope.

    Counting a district of 750,000 people takes a few hundred milliseconds; a
    dashboard asks for the same figures every few seconds. Entries live ``seconds``
    and a mutation answered by this process forgets its district's entries at once
    (:meth:`forget`); changes made through another process show within ``seconds``.

    Args:
        seconds: How long an entry is reused (0 turns the cache off).
        size: Most entries kept; the oldest go first.
    """

    def __init__(self, seconds: float, size: int = 1024) -> None:
        self.seconds = seconds
        self.size = size
        self._entries: dict[Hashable, tuple[float, list[Indicator]]] = {}

    def get(self, key: Hashable) -> list[Indicator] | None:
        """The figures stored under ``key`` if still fresh."""
        found = self._entries.get(key)
        if found is None or time.monotonic() - found[0] > self.seconds:
            return None
        return found[1]

    def put(self, key: Hashable, figures: list[Indicator]) -> None:
        """Store ``figures``; ``key`` starts with the district's id."""
        if self.seconds <= 0:
            return
        if len(self._entries) >= self.size:
            del self._entries[next(iter(self._entries))]
        self._entries[key] = (time.monotonic(), figures)

    def forget(self, district_id: int) -> None:
        """Drop every entry of a district (after a mutation changed it)."""
        for key in [k for k in self._entries if isinstance(k, tuple) and k[0] == district_id]:
            del self._entries[key]
