"""Core's figures for ``District.indicators``: counts by kind, role and identity."""

from __future__ import annotations

from collections.abc import Sequence
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


async def _grouped(context: IndicatorContext, column: Any, *where: Any) -> dict[str, int]:
    table = column.table
    statement = (
        select(column, func.count())
        .where(table.c.district_id == context.district_id, table.c.archived_at.is_(None), *where)
        .group_by(column)
    )
    return dict((await context.session.execute(statement)).all())


async def _count(context: IndicatorContext, model: type[models.Base]) -> int:
    table = model.__table__
    statement = select(func.count()).where(
        table.c.district_id == context.district_id, table.c.archived_at.is_(None)
    )
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
                    models.Post.district_id == context.district_id,
                    models.Post.role == "secretary",
                    models.Post.archived_at.is_(None),
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
