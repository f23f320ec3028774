"""How core's ``archive`` and ``restore`` treat the programme's records.

A project's stage history and merged micro-estates, and a proposal's named
supporters, are parts of them (no object of their own to archive): archived and
restored with them. A project's other records (proposals, works, rules...) block
archiving it until they are archived themselves, core's default.

A project, an evaluation and a participation are unique among live rows only, so what
was archived can be recorded again; restoring the old one while a new one lives would
break that, and is refused as ``DUPLICATE``. (Supporters come back only with their
proposal, which takes none while archived.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from core.contract import ArchiveRule, Restore
from core.db.models import live
from core.graphql.errors import UserErrorCode
from plugins.four_beautiful import models

ARCHIVE_RULES: Mapping[Any, ArchiveRule] = {
    models.StageChange.project_id: ArchiveRule.CASCADE,
    models.MergedEstate.project_id: ArchiveRule.CASCADE,
    models.Support.proposal_id: ArchiveRule.CASCADE,
}

UNIQUE_WHILE_LIVE: Mapping[Any, tuple[tuple[str, ...], str]] = {
    models.Project: (("estate_id",), "co-creation project of the estate"),
    models.Evaluation: (
        ("project_id", "round", "evaluator_id"),
        "evaluation of the project by the evaluator in this round",
    ),
    models.Participation: (
        ("project_id", "stage", "person_id", "capacity"),
        "participation of the person in this stage in this capacity",
    ),
}
"""``{model: (the columns unique among live rows, what the live row is)}``."""


async def check_restore(restore: Restore) -> None:
    """Refuse restoring rows a live row has taken the place of, in one statement per model."""
    rule = UNIQUE_WHILE_LIVE.get(restore.model)
    if rule is None:
        return
    columns, what = rule
    model: Any = restore.model
    same = or_(*(_same_key(model, columns, row) for row in restore.rows))
    taken = await restore.check.session.scalar(
        select(func.count()).where(same, live(model), model.id.not_in(_ids(restore.rows)))
    )
    if taken:
        restore.check.errors.add(
            "id", UserErrorCode.DUPLICATE, f"a live {what} has taken its place; archive that first"
        )


def _same_key(model: Any, columns: Sequence[str], row: Any) -> ColumnElement[bool]:
    return and_(*(getattr(model, name) == getattr(row, name) for name in columns))


def _ids(rows: Sequence[Any]) -> list[int]:
    return [row.id for row in rows]
