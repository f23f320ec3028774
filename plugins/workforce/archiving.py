"""What ``restore`` checks before the programme's rows come back (``gridgov_check_restore``).

Rules held among live rows only — one quota per community, one grade per rank, one
certificate per person and level, one placement per person — refuse a restore as
``DUPLICATE`` where a live row has taken the place. A placement coming back takes a
seat again: refused (``LIMIT_EXCEEDED``) where its quota is full, with the quota held
as placing a worker holds it, so a restore and a placement at once never over-fill it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select, update

from core.contract import Restore
from core.db.models import live
from core.graphql.errors import UserErrorCode
from plugins.workforce import models

UNIQUE_WHILE_LIVE: dict[Any, tuple[tuple[str, ...], str]] = {
    models.Quota: (("community_id",), "quota of the community"),
    models.Grade: (("district_id", "rank"), "grade of that rank"),
    models.Certificate: (("person_id", "level"), "certificate of the person at that level"),
    models.Placement: (("person_id",), "placement of the worker"),
}
"""``{model: (the columns unique among live rows, what the live row is)}``."""


async def check_restore(restore: Restore) -> None:
    """Refuse restoring rows a live row has taken the place of, or a placement into a full quota."""
    rule = UNIQUE_WHILE_LIVE.get(restore.model)
    if rule is None:
        return
    columns, what = rule
    model: Any = restore.model
    ids = [row.id for row in restore.rows]
    same = or_(
        *(and_(*(getattr(model, c) == getattr(row, c) for c in columns)) for row in restore.rows)
    )
    taken = await restore.check.session.scalar(
        select(func.count()).where(same, live(model), model.id.not_in(ids))
    )
    if taken:
        restore.check.errors.add(
            "id", UserErrorCode.DUPLICATE, f"a live {what} has taken its place; archive that first"
        )
    if model is models.Placement:
        await _seats_left(restore, restore.rows)


async def _seats_left(restore: Restore, rows: Sequence[Any]) -> None:
    session, quota, placement = restore.check.session, models.Quota, models.Placement
    coming = Counter(row.quota_id for row in rows)
    # Hold the quotas before counting their seats: a write, which PostgreSQL's row lock and
    # SQLite's single writer both order against a placement holding the same quota.
    await session.execute(
        update(quota)
        .where(quota.id.in_(coming))
        .values(seats=quota.seats)
        .execution_options(synchronize_session=False)
    )
    found = await session.execute(
        select(quota.id, quota.seats, func.count(placement.id))
        .outerjoin(placement, and_(placement.quota_id == quota.id, live(placement)))
        .where(quota.id.in_(coming))
        .group_by(quota.id, quota.seats)
    )
    for quota_id, seats, filled in found:
        if filled + coming[quota_id] > seats:
            restore.check.errors.add(
                "id",
                UserErrorCode.LIMIT_EXCEEDED,
                f"all {seats} seats of the community's quota are filled",
            )
            return
