"""Batched loaders: one SQL statement per field per nesting level, whatever the row count.

Loaders without arguments are declared through ``gridgov_loaders`` and fetched with
``info.context.loader(name)``; loaders that depend on a field argument (a year, a
day) are cached per request and per argument with ``context.cached_loader``.

Each statement keeps to the viewer's scope (:func:`visible_to`): core scopes only
its own loaders, lists and by-id loads, so a plugin's own SELECTs add the conditions.
Counts are therefore of the rows the viewer may see.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Executable, and_, distinct, func, or_, select
from strawberry.dataloader import DataLoader

from core import clock
from core.db import models as core
from core.db.models import live
from core.graphql.context import Context
from plugins.red_property import models

T = TypeVar("T")
Row = Any
"""A result row (``sqlalchemy.Row``), turned into a type with ``Node.from_row``."""


def serving_on(day: dt.date | ColumnElement[dt.date]) -> ColumnElement[bool]:
    """Property services running on ``day`` (a date, or one the statement reads)."""
    service = models.PropertyService
    return and_(
        service.start_date <= day,
        or_(service.end_date.is_(None), service.end_date >= day),
        live(service),
    )


def visible_to(context: Context, *tables: Any) -> list[ColumnElement[bool]]:
    """Conditions keeping rows of ``tables`` to what the viewer may read.

    Empty when the viewer sees the whole district, so an administrator's statements
    are unchanged.
    """
    found = (context.scope.visible(table) for table in tables)
    return [condition for condition in found if condition is not None]


async def rows(context: Context, statement: Executable) -> list[Row]:
    """Run a statement for the request and return its rows."""
    return list(await context.execute(statement))


def batched(
    context: Context, key: Hashable, load: Callable[[Sequence[int]], Awaitable[list[T]]]
) -> DataLoader[int, T]:
    """The request's loader for ``key``, created from ``load`` on first use."""
    return context.cached_loader(("red_property", key), lambda: DataLoader(load_fn=load))


# -- loaders with arguments ---------------------------------------------------------


def current_service(context: Context, day: dt.date) -> DataLoader[int, Row | None]:
    """Estate id -> the property service running on ``day`` (None if none)."""
    service = models.PropertyService

    async def load(estates: Sequence[int]) -> list[Row | None]:
        result = await rows(
            context,
            select(service.__table__)
            .where(
                service.estate_id.in_(estates),
                service.district_id == context.district_id,
                serving_on(day),
                *visible_to(context, service),
            )
            .order_by(service.start_date),
        )
        found = {row.estate_id: row for row in result}  # the latest start wins
        return [found.get(estate) for estate in estates]

    return batched(context, ("service", day), load)


def estate_rating(context: Context, year: int) -> DataLoader[int, Row | None]:
    """Estate id -> its star rating of ``year`` (the latest assessed, if companies changed)."""
    rating = models.Rating

    async def load(estates: Sequence[int]) -> list[Row | None]:
        result = await rows(
            context,
            select(rating.__table__)
            .where(
                rating.estate_id.in_(estates),
                rating.district_id == context.district_id,
                rating.year == year,
                live(rating),
                *visible_to(context, rating),
            )
            .order_by(rating.assessed_on, rating.id),
        )
        found = {row.estate_id: row for row in result}
        return [found.get(estate) for estate in estates]

    return batched(context, ("estate_rating", year), load)


def company_stars(context: Context, year: int) -> DataLoader[int, tuple[int, int] | None]:
    """Company id -> (sum of stars, number of ratings) in ``year``; None if not rated."""
    rating = models.Rating

    async def load(companies: Sequence[int]) -> list[tuple[int, int] | None]:
        result = await rows(
            context,
            select(rating.company_id, func.sum(rating.stars), func.count())
            .where(
                rating.company_id.in_(companies),
                rating.district_id == context.district_id,
                rating.year == year,
                live(rating),
                # A company's mean over the estates the viewer sees, as its ratings list.
                *visible_to(context, rating),
            )
            .group_by(rating.company_id),
        )
        found = {company: (int(total), int(count)) for company, total, count in result}
        return [found.get(company) for company in companies]

    return batched(context, ("company_stars", year), load)


# -- loaders without arguments (declared through gridgov_loaders) ---------------------


def _grouped(rows: Any, keys: Sequence[int], key: str) -> list[list[Row]]:
    groups: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row._mapping[key]].append(row)
    return [groups.get(k, []) for k in keys]


def items_of_standard(context: Context) -> DataLoader[int, list[Row]]:
    """Standard id -> its assessment items, in order."""
    item = models.AssessmentItem

    async def load(standards: Sequence[int]) -> list[list[Row]]:
        result = await rows(
            context,
            select(item.__table__)
            .where(
                item.standard_id.in_(standards),
                item.district_id == context.district_id,
                live(item),
                *visible_to(context, item),
            )
            .order_by(item.standard_id, item.position),
        )
        return _grouped(result, standards, "standard_id")

    return DataLoader(load_fn=load)


def scores_of_rating(context: Context) -> DataLoader[int, list[Row]]:
    """Rating id -> its item scores, in the order of the standard's items."""
    score, item = models.ItemScore, models.AssessmentItem

    async def load(ratings: Sequence[int]) -> list[list[Row]]:
        result = await rows(
            context,
            select(score.__table__)
            .join(item, item.id == score.item_id)
            .where(
                score.rating_id.in_(ratings),
                score.district_id == context.district_id,
                live(score),
                *visible_to(context, score),
            )
            .order_by(score.rating_id, item.position),
        )
        return _grouped(result, ratings, "rating_id")

    return DataLoader(load_fn=load)


@dataclass(frozen=True)
class Coverage:
    """How many of a community's estates there are and how many a company serves today."""

    estates: int
    covered: int


def coverage(context: Context) -> DataLoader[int, Coverage]:
    """Community id -> its live estates and those served by a property company today."""
    estate, service = core.Estate, models.PropertyService

    async def load(communities: Sequence[int]) -> list[Coverage]:
        result = await rows(
            context,
            select(
                estate.community_id,
                func.count(distinct(estate.id)),
                func.count(distinct(service.estate_id)),
            )
            .select_from(estate)
            .outerjoin(
                service,
                and_(service.estate_id == estate.id, serving_on(clock.today())),
            )
            .where(
                estate.community_id.in_(communities),
                estate.district_id == context.district_id,
                live(estate),
                # The services joined are those of these estates, visible with them.
                *visible_to(context, estate),
            )
            .group_by(estate.community_id),
        )
        found = {row[0]: Coverage(int(row[1]), int(row[2])) for row in result}
        return [found.get(c, Coverage(0, 0)) for c in communities]

    return DataLoader(load_fn=load)


@dataclass(frozen=True)
class YearStars:
    """Star ratings of one community's estates in one year."""

    year: int
    ratings: int
    estates: int
    stars: int


def community_stars(context: Context) -> DataLoader[int, Mapping[int, YearStars]]:
    """Community id -> {year: its estates' star ratings that year}."""
    estate, rating = core.Estate, models.Rating

    async def load(communities: Sequence[int]) -> list[Mapping[int, YearStars]]:
        result = await rows(
            context,
            select(
                estate.community_id,
                rating.year,
                func.count(),
                func.count(distinct(rating.estate_id)),
                func.sum(rating.stars),
            )
            .select_from(rating)
            .join(estate, estate.id == rating.estate_id)
            .where(
                estate.community_id.in_(communities),
                rating.district_id == context.district_id,
                live(rating),
                live(estate),
                *visible_to(context, rating, estate),
            )
            .group_by(estate.community_id, rating.year),
        )
        found: dict[int, dict[int, YearStars]] = defaultdict(dict)
        for community, year, count, estates, stars in result:
            found[community][year] = YearStars(year, int(count), int(estates), int(stars))
        return [found.get(c, {}) for c in communities]

    return DataLoader(load_fn=load)


def community_venues(context: Context) -> DataLoader[int, Mapping[str, int]]:
    """Community id -> {venue kind: live venues on its estates}."""
    estate, venue = core.Estate, models.Venue

    async def load(communities: Sequence[int]) -> list[Mapping[str, int]]:
        result = await rows(
            context,
            select(estate.community_id, venue.kind, func.count())
            .select_from(venue)
            .join(estate, estate.id == venue.estate_id)
            .where(
                estate.community_id.in_(communities),
                venue.district_id == context.district_id,
                live(venue),
                live(estate),
                *visible_to(context, venue, estate),
            )
            .group_by(estate.community_id, venue.kind),
        )
        found: dict[int, dict[str, int]] = defaultdict(dict)
        for community, kind, count in result:
            found[community][kind] = int(count)
        return [found.get(c, {}) for c in communities]

    return DataLoader(load_fn=load)


LOADERS: Mapping[str, Callable[[Context], DataLoader[Any, Any]]] = {
    "red_property.items_of_standard": items_of_standard,
    "red_property.scores_of_rating": scores_of_rating,
    "red_property.coverage": coverage,
    "red_property.community_stars": community_stars,
    "red_property.community_venues": community_venues,
}
"""The loaders declared through ``gridgov_loaders``."""
