"""The event types register: a district's kinds of event, kept in a spreadsheet.

``gridgov import types.xlsx --district CODE --kind grid_events.types`` defines or
updates a district's event types by their code, under the rules of
``createGridEventType``; the extra fields a type asks for are not in the register
(a new type has none, an existing one keeps its own: ``updateGridEventType`` edits them).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, cast

from sqlalchemy import Table, insert, select, update

from core.graphql.errors import UserErrorCode
from core.registers.base import Batch, Column, ExportContext, Register, text_of
from plugins.grid_events import domain
from plugins.grid_events.models import TYPE_DESCRIPTION_LENGTH, EventType

GROUPS = {
    domain.Group.NEED.value: "民生需求",
    domain.Group.HIDDEN_DANGER.value: "安全隐患",
    domain.Group.DISPUTE.value: "矛盾纠纷",
    domain.Group.ENVIRONMENT.value: "环境卫生",
    domain.Group.SERVICE_REQUEST.value: "服务申请",
}


async def load_types(batch: Batch) -> None:
    """Check a batch of event types and write them, keyed by code within the district."""
    wanted: list[tuple[int, dict[str, Any]]] = []
    for row, values in batch.rows:
        code = batch.required(row, values, "code", 32)
        if code is not None and not domain.TYPE_CODE.fullmatch(code):
            batch.refuse(
                row,
                "code",
                UserErrorCode.INVALID,
                "must be a lower-case letter then 1 to 31 letters, digits or _",
            )
        name = batch.required(row, values, "name")
        group = batch.choice(row, values, "group", GROUPS, None)
        hours = batch.integer(row, values, "time_limit_hours", domain.MIN_HOURS, domain.MAX_HOURS)
        if hours is None and not batch.refused(row):
            batch.refuse(row, "time_limit_hours", UserErrorCode.REQUIRED, "must not be empty")
        description = batch.text(row, values, "description", TYPE_DESCRIPTION_LENGTH)
        if batch.refused(row) or not batch.once(row, "code", ("grid_events.types", code)):
            continue
        wanted.append(
            (
                row,
                {
                    "code": code,
                    "name": name,
                    "category": group,
                    "description": description,
                    "time_limit_hours": hours,
                },
            )
        )
    table = cast(Table, EventType.__table__)
    codes = [item["code"] for _, item in wanted]
    existing = {
        row.code: row
        for row in (
            await batch.session.execute(
                select(EventType).where(
                    EventType.district_id == batch.district_id, EventType.code.in_(codes)
                )
            )
        ).scalars()
    }
    new: list[dict[str, Any]] = []
    for row, item in wanted:
        found = existing.get(item["code"])
        if found is None:
            new.append({"district_id": batch.district_id, "fields": [], **item})
        elif found.archived_at is not None:
            batch.refuse(row, "code", UserErrorCode.ARCHIVED, "this event type is archived")
        elif all(getattr(found, key) == value for key, value in item.items()):
            batch.unchanged += 1
        else:
            await batch.session.execute(update(table).where(table.c.id == found.id).values(item))
            batch.updated += 1
    if new:
        await batch.session.execute(insert(table), new)
        batch.created += len(new)


async def type_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's live event types, in the order they were defined."""
    rows = await context.session.execute(
        select(EventType)
        .where(EventType.district_id == context.district_id, EventType.archived_at.is_(None))
        .order_by(EventType.id)
    )
    for row in rows.scalars():
        yield {
            "code": row.code,
            "name": row.name,
            "group": GROUPS.get(row.category, row.category),
            "time_limit_hours": text_of(row.time_limit_hours),
            "description": row.description,
        }


REGISTER = Register(
    "grid_events.types",
    "事项类型",
    "The kinds of event (事项类型) a district handles, keyed by their code.",
    (
        Column("code", "类型编码", "A lower-case letter then 1 to 31 letters, digits or _.", True),
        Column("name", "名称", "The type's name.", True),
        Column("group", "分类", ", ".join(f"{v} ({k})" for k, v in GROUPS.items()) + ".", True),
        Column(
            "time_limit_hours",
            "办理时限（小时）",
            f"Hours to handle an event, {domain.MIN_HOURS} to {domain.MAX_HOURS}.",
            True,
        ),
        Column("description", "说明", f"At most {TYPE_DESCRIPTION_LENGTH} characters."),
    ),
    ("code",),
    load_types,
    type_rows,
)
