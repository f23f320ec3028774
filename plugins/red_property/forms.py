"""How the red-property programme's fields read in SQL (``gridgov_sql_forms``).

Each connection's form validates its arguments as its resolver in :mod:`.types`
does; the star rating of a year and the service running on a day read the row
their loaders (:mod:`.loaders`) keep, the last in the same order. Fields computed in
Python (averages, the community summary) are left to their resolvers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement

from core import clock
from core.db import models as core
from core.graphql.compile.forms import Latest, Paged, Paging, Relation, SqlForm
from core.graphql.pagination import OrderDirection, Source, page_of
from core.graphql.people.types import current
from plugins.red_property import loaders, models, types

RATINGS_OF_ESTATE = Source("red_property.estate.ratings", models.Rating, models.Rating.estate_id)


def _latest_first(first: int | None = None, after: str | None = None) -> Paging:
    """Services and sessions: the id stands for recency."""
    return Paging(page_of(first, after, "id", OrderDirection.DESC))


def _company_services(
    first: int | None = None, after: str | None = None, include_ended: bool = False
) -> Paging:
    where = [] if include_ended else [current(models.PropertyService.end_date)]
    return Paging(page_of(first, after, "id", OrderDirection.DESC), where, key=include_ended)


def _ratings(year: int | None = None, first: int | None = None, after: str | None = None) -> Paging:
    where = [] if year is None else [models.Rating.year == types.check_year(year)]
    return Paging(page_of(first, after, "year", OrderDirection.DESC), where, key=year)


def _venues(kind: Any = None, first: int | None = None, after: str | None = None) -> Paging:
    where = [] if kind is None else [models.Venue.kind == kind.value]
    return Paging(page_of(first, after, "name"), where, key=kind)


def _of_year(year: int) -> list[ColumnElement[bool]]:
    return [models.Rating.year == types.check_year(year)]


def _serving(on: dt.date | None = None) -> list[ColumnElement[bool]]:
    # Today is read when the statement runs: a kept statement stays right after midnight.
    return [loaders.serving_on(clock.today_in_sql() if on is None else on)]


FORMS: Mapping[str, SqlForm] = {
    # The loaders keep the last row of their order: the latest assessed (then the
    # highest id), the latest start (one service runs on a day; the id breaks ties).
    "Estate.starRating": Latest(
        RATINGS_OF_ESTATE, (models.Rating.assessed_on, models.Rating.id), _of_year
    ),
    "Estate.propertyService": Latest(
        types.SERVICES_OF_ESTATE,
        (models.PropertyService.start_date, models.PropertyService.id),
        _serving,
    ),
    "Estate.propertyServices": Paged(types.SERVICES_OF_ESTATE, _latest_first),
    "Estate.redPropertyVenues": Paged(types.VENUES_OF_ESTATE, _venues),
    "Organisation.ratings": Paged(types.RATINGS_OF_COMPANY, _ratings),
    "Organisation.propertyServices": Paged(types.SERVICES_OF_COMPANY, _company_services),
    "Organisation.evaluationSessions": Paged(types.SESSIONS_OF_COMMITTEE, _latest_first),
    "PropertyService.company": Relation(core.Organisation, "company_id"),
    "PropertyService.estate": Relation(core.Estate, "estate_id"),
    "PropertyStarRating.company": Relation(core.Organisation, "company_id"),
    "PropertyStarRating.estate": Relation(core.Estate, "estate_id"),
    "PropertyStarRating.standard": Relation(models.Standard, "standard_id"),
    "PropertyStarRating.assessor": Relation(core.Person, "assessor_id"),
    "RedPropertyAssessmentItem.standard": Relation(models.Standard, "standard_id"),
    "PropertyItemScore.item": Relation(models.AssessmentItem, "item_id"),
    "RedPropertySite.estate": Relation(core.Estate, "estate_id"),
    "RedPropertySite.company": Relation(core.Organisation, "company_id"),
    "RedPropertyVenue.estate": Relation(core.Estate, "estate_id"),
    "EvaluationSession.committee": Relation(core.Organisation, "committee_id"),
}
