"""Batched loaders: a fixed number of SQL statements per field, whatever the row count.

Every loader here depends on a field argument (a day, a filter), so each is cached
per request and per argument with ``context.cached_loader``. Each keeps to the
viewer's scope: core scopes only its own loaders, so these add
``context.scope.visible`` themselves (:func:`visible_to`), and counts are of the
estates the viewer may see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from strawberry.dataloader import DataLoader

from core.db import models as core
from core.db.models import live
from core.graphql.context import Context
from plugins.six_haves import models
from plugins.six_haves.assessment import Criteria, EstateAssessment, Row, assess
from plugins.six_haves.domain import PLUGIN, Have


def visible_to(context: Context, *tables: Any) -> list[ColumnElement[bool]]:
    """Conditions keeping rows of ``tables`` to what the viewer may read (none at district)."""
    found = (context.scope.visible(table) for table in tables)
    return [condition for condition in found if condition is not None]


def criteria(context: Context, *, scoped: bool = True) -> Criteria:
    """The assessment's criteria for the request's district.

    Args:
        context: The request.
        scoped: Whether to flag the evidence the viewer may see (False for a
            snapshot, which keeps only the estates' results).
    """
    return Criteria(
        district_id=context.district_id,
        manager=context.manager,
        enabled=context.enabled,
        settings=context.manager.settings(PLUGIN),
        scope=context.scope if scoped else None,
    )


def assessments(context: Context, as_of: dt.date) -> DataLoader[int, EstateAssessment]:
    """Estate id -> its assessment as of ``as_of``; one batch for all estates asked for."""

    async def load(estates: Sequence[int]) -> list[EstateAssessment]:
        # Held for the whole batch: the statements and the venue hooks share the session.
        async with context.exclusive() as session:
            found = await assess(session, criteria(context), estates, as_of)
        return [found[estate] for estate in estates]

    return context.cached_loader((PLUGIN, "assessment", as_of), lambda: DataLoader(load_fn=load))


@dataclass(frozen=True)
class Tally:
    """Counts of one snapshot's estates, possibly narrowed to a street or community.

    Attributes:
        estates: Estates assessed.
        all_six: Estates having all six.
        score_total: Sum of the scores (for the average).
        satisfied: Estates having each have.
    """

    estates: int
    all_six: int
    score_total: int
    satisfied: dict[Have, int]


EMPTY_TALLY = Tally(0, 0, 0, dict.fromkeys(Have, 0))


def estates_within(
    column: Any, street: int | None, community: int | None
) -> list[ColumnElement[bool]]:
    """Conditions keeping estate ids of ``column`` inside a street and/or community."""
    where: list[ColumnElement[bool]] = []
    if community is not None:
        where.append(
            column.in_(select(core.Estate.id).where(core.Estate.community_id == community))
        )
    if street is not None:
        where.append(
            column.in_(
                select(core.Estate.id)
                .join(core.Community, core.Community.id == core.Estate.community_id)
                .where(core.Community.street_id == street)
            )
        )
    return where


def snapshot_score() -> ColumnElement[int]:
    """A snapshot estate's score in SQL: how many of its six flags are true."""
    row = models.SnapshotEstate
    flags = [case((getattr(row, have.value), 1), else_=0) for have in Have]
    total: ColumnElement[int] = flags[0]
    for flag in flags[1:]:
        total = total + flag
    return total


def snapshot_all_six() -> ColumnElement[bool]:
    """Snapshot estates that had every have (their score is :data:`.domain.HAVE_COUNT`)."""
    return and_(*(getattr(models.SnapshotEstate, have.value).is_(True) for have in Have))


def tallies(context: Context, street: int | None, community: int | None) -> DataLoader[int, Tally]:
    """Snapshot id -> its counts within a street/community and the viewer's scope."""
    row = models.SnapshotEstate

    async def load(snapshots: Sequence[int]) -> list[Tally]:
        flags = [func.sum(case((getattr(row, have.value), 1), else_=0)) for have in Have]
        result = await context.execute(
            select(
                row.snapshot_id,
                func.count(),
                func.sum(case((snapshot_all_six(), 1), else_=0)),
                func.sum(snapshot_score()),
                *flags,
            )
            .where(
                row.district_id == context.district_id,
                row.snapshot_id.in_(snapshots),
                *estates_within(row.estate_id, street, community),
                *visible_to(context, row),
            )
            .group_by(row.snapshot_id)
        )
        found: dict[int, Tally] = {}
        for item in result:
            values: tuple[Any, ...] = tuple(item)
            snapshot, count, all_six, total = values[:4]
            found[snapshot] = Tally(
                int(count),
                int(all_six or 0),
                int(total or 0),
                {have: int(value or 0) for have, value in zip(Have, values[4:], strict=True)},
            )
        return [found.get(snapshot, EMPTY_TALLY) for snapshot in snapshots]

    key: Hashable = (PLUGIN, "tally", street, community)
    return context.cached_loader(key, lambda: DataLoader(load_fn=load))


def history(context: Context, kind: str | None, last: int) -> DataLoader[int, list[Row]]:
    """Estate id -> its results in the latest ``last`` snapshots (of ``kind``), oldest first."""
    row, snapshot = models.SnapshotEstate, models.Snapshot

    async def load(estates: Sequence[int]) -> list[list[Row]]:
        where = [row.estate_id.in_(estates), row.district_id == context.district_id]
        where += [live(snapshot), *visible_to(context, row)]
        if kind is not None:
            where.append(snapshot.kind == kind)
        rank = (
            func.row_number()
            .over(
                partition_by=row.estate_id,
                order_by=(snapshot.as_of.desc(), snapshot.id.desc()),
            )
            .label("_rank")
        )
        numbered = (
            select(row.__table__, snapshot.as_of.label("_as_of"), rank)
            .join(snapshot, snapshot.id == row.snapshot_id)
            .where(*where)
            .subquery()
        )
        result = await context.execute(
            select(numbered)
            .where(numbered.c._rank <= last)
            .order_by(numbered.c.estate_id, numbered.c._as_of, numbered.c.id)
        )
        found: dict[int, list[Row]] = {estate: [] for estate in estates}
        for item in result:
            found[item.estate_id].append(item)
        return [found[estate] for estate in estates]

    return context.cached_loader((PLUGIN, "history", kind, last), lambda: DataLoader(load_fn=load))
