"""Hook implementations of the sample plugin."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import strawberry
from sqlalchemy import ForeignKey, String, func, select
from sqlalchemy.orm import Mapped, mapped_column
from strawberry.dataloader import DataLoader
from strawberry.types import Info
from strawberry.types.field import StrawberryField

from core.contract import (
    ArchiveRule,
    ExampleContext,
    Indicator,
    IndicatorContext,
    Permission,
    PlaceVenue,
    Restore,
    VenueContext,
)
from core.db import models
from core.db.models import Base, Tracked
from core.graphql.context import Context
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.mutations import Check, run
from core.graphql.node import Node
from core.graphql.pagination import Connection, Source, page_of, paginate
from core.graphql.places.types import Estate
from core.hookspecs import hookimpl
from core.kinds import OrganisationKind, PostRole


class Notice(Tracked, Base):
    """A notice pinned on an estate."""

    __tablename__ = "sample_notice"

    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    text: Mapped[str] = mapped_column(String(200))


@strawberry.type(description="A notice pinned on an estate (sample plugin).")
class NoticeType(Node):
    """A notice."""

    text: str
    estate_id: strawberry.Private[int]


@strawberry.type(description="Only reachable through Node (sample plugin).")
class NoticeBoard(Node):
    """Declared through gridgov_types."""

    text: str


@dataclass(frozen=True)
class Settings:
    """Sample settings."""

    max_length: int = 200
    shout: bool = False


NOTICES_OF_ESTATE = Source("sample.estate.notices", Notice, Notice.estate_id)


async def notices(
    root: Estate, info: Info, first: int | None = None, after: str | None = None
) -> Connection[NoticeType]:
    """Notices pinned on the estate."""
    return await paginate(info, NoticeType, NOTICES_OF_ESTATE, root.pk, page_of(first, after))


async def notice_count(root: Estate, info: Info) -> int:
    """Number of notices, through the plugin's own loader."""
    context: Context = info.context
    count: int = await context.loader("sample.count_by_estate").load(root.pk)
    return count


async def sample_notices(
    info: Info, first: int | None = None, after: str | None = None
) -> Connection[NoticeType]:
    """All notices of the district."""
    context: Context = info.context
    source = Source("sample.notices", Notice, Notice.district_id)
    return await paginate(info, NoticeType, source, context.district_id, page_of(first, after))


def sample_echo(source: str, path: str = "") -> str:
    """Its arguments, joined: named like graphql-core's own resolver parameters."""
    return source + path


@strawberry.input
class PinNoticeInput:
    estate: strawberry.ID
    text: str


@strawberry.type
class NoticePayload:
    notice: NoticeType | None
    errors: list[UserError]


async def pin_notice(info: Info, input: PinNoticeInput) -> NoticePayload:
    """Pin a notice on an estate."""

    async def body(check: Check) -> Notice | None:
        estate = await check.load("estate", input.estate, "Estate", models.Estate)
        text = check.text(
            "text", input.text, max_length=check.context.manager.settings("sample").max_length
        )
        if check.errors or estate is None:
            return None
        row = Notice(district_id=check.context.district_id, estate_id=estate.id, text=text)
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return NoticePayload(notice=NoticeType.from_row(row) if row else None, errors=errors)


async def ticks(info: Info, count: int = 2) -> AsyncGenerator[int, None]:
    """Counts up to ``count``."""
    for tick in range(1, count + 1):
        yield tick


class CountByEstate(DataLoader[int, int]):
    def __init__(self, context: Context) -> None:
        super().__init__(load_fn=self._load)
        self.context = context

    async def _load(self, keys: Sequence[int]) -> list[int]:
        result = await self.context.execute(
            select(Notice.estate_id, func.count().label("notices"))
            .where(Notice.estate_id.in_(keys))
            .group_by(Notice.estate_id)
        )
        counts = {row.estate_id: row.notices for row in result}
        return [counts.get(key, 0) for key in keys]


@hookimpl
def gridgov_requires() -> Sequence[str]:
    return []


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return [Notice]


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_types() -> Sequence[type]:
    return [NoticeBoard]


@hookimpl
def gridgov_node_models() -> Mapping[type, type[Base]]:
    return {NoticeType: Notice}


@hookimpl
def gridgov_type_fields() -> Mapping[type, Sequence[StrawberryField]]:
    return {Estate: [strawberry.field(resolver=notices), strawberry.field(resolver=notice_count)]}


@hookimpl
def gridgov_query_fields() -> Sequence[StrawberryField]:
    return [strawberry.field(resolver=sample_notices), strawberry.field(resolver=sample_echo)]


@hookimpl
def gridgov_mutation_fields() -> Sequence[StrawberryField]:
    return [strawberry.mutation(resolver=pin_notice)]


@hookimpl
def gridgov_subscription_fields() -> Sequence[StrawberryField]:
    return [strawberry.subscription(resolver=ticks)]  # type: ignore[list-item]


@hookimpl
def gridgov_loaders() -> Mapping[str, Any]:
    return {"sample.count_by_estate": CountByEstate}


@hookimpl
def gridgov_organisation_kinds() -> Sequence[OrganisationKind]:
    return [OrganisationKind("sample_club", "Sample club", "示例俱乐部", anchors=("estate",))]


@hookimpl
def gridgov_post_roles() -> Sequence[PostRole]:
    return [PostRole("sample_keeper", "Notice keeper", "公告管理员", identity="volunteer")]


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    return [Permission("sample.pin", "Pin notices on estates", mutations=("pinNotice",))]


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    """Notices lie where their estate lies."""
    return {Notice: Notice.estate_id}


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    count = await context.session.scalar(
        select(func.count()).select_from(Notice).where(Notice.district_id == context.district_id)
    )
    return [Indicator("sample.notices", "Notices", count or 0)]


@hookimpl
async def gridgov_venues(context: VenueContext) -> Sequence[PlaceVenue]:
    rows = await context.session.execute(
        select(Notice.estate_id, Notice.text).where(
            Notice.district_id == context.district_id, Notice.estate_id.in_(context.estate_ids)
        )
    )
    return [
        PlaceVenue(estate_id, "sample.notice_board", text, deliberation=False)
        for estate_id, text in rows
    ]


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    estates = (
        await example.session.scalars(
            select(models.Estate.id)
            .where(models.Estate.district_id == example.district_id)
            .limit(example.figures["notices"])
        )
    ).all()
    example.session.add_all(
        Notice(district_id=example.district_id, estate_id=estate, text=f"通知{i}")
        for i, estate in enumerate(estates)
    )


@hookimpl
def gridgov_example_figures(district_code: str) -> Mapping[str, Any]:
    """Two notices in any district, unless the example's file or --figures says otherwise."""
    return {"notices": 2}


@hookimpl
def gridgov_archive_rules() -> Mapping[Any, ArchiveRule]:
    """Notices go with their estate, and come back with it."""
    return {Notice.estate_id: ArchiveRule.CASCADE}


@hookimpl
async def gridgov_check_restore(restore: Restore) -> None:
    """A notice is not restored onto an estate where a live notice says the same."""
    for notice in restore.rows:
        taken = await restore.check.session.scalar(
            select(func.count()).where(
                Notice.estate_id == notice.estate_id,
                Notice.text == notice.text,
                Notice.archived_at.is_(None),
                Notice.id != notice.id,
            )
        )
        if taken:
            restore.check.errors.add(
                "id", UserErrorCode.DUPLICATE, f"a live notice already says {notice.text!r}"
            )


@hookimpl
def gridgov_settings() -> type:
    return Settings


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    return {"Estate.notices": 1000}
