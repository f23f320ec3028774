"""GraphQL types of the programme, the fields it adds to core types, and its root fields.

Every relation goes through a batched loader (``load_node`` for rows by id,
``paginate`` for connections, :mod:`plugins.red_property.loaders` for the rest), so
the statements a query costs depend on its shape, never on the number of rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import Select, func, select
from strawberry.types import Info

from core import clock
from core.db import models as core
from core.db.models import live
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.node import Node, load_node
from core.graphql.organisations.types import Organisation
from core.graphql.pagination import (
    Connection,
    OrderDirection,
    Source,
    connection,
    decode_cursor,
    encode_cursor,
    page_of,
    paginate,
)
from core.graphql.people.types import Person, current
from core.graphql.places.types import Community, Estate
from plugins.red_property import loaders, models
from plugins.red_property.vocabulary import PROPERTY_COMPANY

strawberry.enum(models.SiteLevel, name="RedPropertySiteLevel", description="示范点 level.")
strawberry.enum(
    models.VenueKind, name="RedPropertyVenueKind", description="Venues the programme opens."
)

MIN_YEAR, MAX_YEAR = 2000, 2100
"""Years a query argument can name (mutations accept years up to this one)."""


def check_year(year: int, argument: str = "year") -> int:
    """Fail the field when a year argument is outside the years the programme knows.

    Arguments of query fields are refused with a GraphQL error; mutation input gets
    typed errors from :class:`core.graphql.mutations.Check` instead.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise GraphQLError(
            f"Argument '{argument}' must be between {MIN_YEAR} and {MAX_YEAR}, got {year}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return year


async def _organisation(info: Info, pk: int | None) -> Organisation | None:
    return await load_node(info.context, Organisation, core.Organisation, pk)


async def _estate(info: Info, pk: int | None) -> Estate | None:
    return await load_node(info.context, Estate, core.Estate, pk)


# -- types ----------------------------------------------------------------------------


@strawberry.type(description="A property company (物业企业) serving an estate over a period.")
class PropertyService(Node):
    """One service period; an estate has at most one company on any day."""

    start_date: dt.date
    end_date: dt.date | None = strawberry.field(description="Last day; null while it runs.")
    archived_at: dt.datetime | None
    company_id: strawberry.Private[int]
    estate_id: strawberry.Private[int]

    @strawberry.field(
        description="The property company; null when it lies outside your scope (a company"
        " anchored to another street or community)."
    )
    async def company(self, info: Info) -> Organisation | None:
        return await _organisation(info, self.company_id)

    @strawberry.field(description="The estate served.")
    async def estate(self, info: Info) -> Estate:
        node = await _estate(info, self.estate_id)
        assert node is not None
        return node


@strawberry.type(description="The least weighted score that earns a number of stars.")
class PropertyStarThreshold:
    """One threshold of a standard; one star needs no score."""

    stars: int
    min_score: int


@strawberry.type(description="红色物业工作标准: the red-property work standard assessments follow.")
class RedPropertyStandard(Node):
    """Assessment items with weights, and the star thresholds of the weighted score."""

    name: str
    adopted_on: dt.date
    archived_at: dt.datetime | None
    two_stars: strawberry.Private[int]
    three_stars: strawberry.Private[int]
    four_stars: strawberry.Private[int]
    five_stars: strawberry.Private[int]

    @strawberry.field(description="Least weighted score (0–100) for each number of stars, 1 to 5.")
    def thresholds(self) -> list[PropertyStarThreshold]:
        minimums = (0, self.two_stars, self.three_stars, self.four_stars, self.five_stars)
        return [PropertyStarThreshold(stars=i + 1, min_score=m) for i, m in enumerate(minimums)]

    @strawberry.field(description="The items assessed, in order.")
    async def items(self, info: Info) -> list[RedPropertyAssessmentItem]:
        context: Context = info.context
        rows = await context.loader("red_property.items_of_standard").load(self.pk)
        return [RedPropertyAssessmentItem.from_row(row) for row in rows]


@strawberry.type(description="One item of the red-property work standard.")
class RedPropertyAssessmentItem(Node):
    """An item and its weight in the weighted score."""

    position: int
    title: str
    weight: int
    standard_id: strawberry.Private[int]

    @strawberry.field
    async def standard(self, info: Info) -> RedPropertyStandard:
        node = await load_node(info.context, RedPropertyStandard, models.Standard, self.standard_id)
        assert node is not None
        return node


@strawberry.type(description="The score an assessment gave one item.")
class PropertyItemScore(Node):
    """An item's score, 0 to 100."""

    score: int
    item_id: strawberry.Private[int]

    @strawberry.field
    async def item(self, info: Info) -> RedPropertyAssessmentItem:
        node = await load_node(
            info.context, RedPropertyAssessmentItem, models.AssessmentItem, self.item_id
        )
        assert node is not None
        return node


@strawberry.type(description="物业星级考评: a company's yearly star rating for one estate.")
class PropertyStarRating(Node):
    """Stars follow from the weighted score by the standard's thresholds."""

    year: int
    score: float = strawberry.field(description="Weighted mean of the item scores, 0–100.")
    stars: int = strawberry.field(description="1 to 5.")
    assessed_on: dt.date
    archived_at: dt.datetime | None
    company_id: strawberry.Private[int]
    estate_id: strawberry.Private[int]
    standard_id: strawberry.Private[int]
    assessor_id: strawberry.Private[int]

    @strawberry.field(
        description="The property company rated; null when it lies outside your scope."
    )
    async def company(self, info: Info) -> Organisation | None:
        return await _organisation(info, self.company_id)

    @strawberry.field(description="The estate the rating is for.")
    async def estate(self, info: Info) -> Estate:
        node = await _estate(info, self.estate_id)
        assert node is not None
        return node

    @strawberry.field(description="The standard assessed against.")
    async def standard(self, info: Info) -> RedPropertyStandard:
        node = await load_node(info.context, RedPropertyStandard, models.Standard, self.standard_id)
        assert node is not None
        return node

    @strawberry.field(
        description="Who made the assessment; null when the person lies outside your scope"
        " (an assessor from the street office, seen from a community)."
    )
    async def assessor(self, info: Info) -> Person | None:
        return await load_node(info.context, Person, core.Person, self.assessor_id)

    @strawberry.field(description="The score of each item, in the standard's order.")
    async def item_scores(self, info: Info) -> list[PropertyItemScore]:
        context: Context = info.context
        rows = await context.loader("red_property.scores_of_rating").load(self.pk)
        return [PropertyItemScore.from_row(row) for row in rows]


@strawberry.type(description="示范点: a demonstration site, an estate or a property company.")
class RedPropertySite(Node):
    """A designation at a level in a year."""

    name: str
    level: models.SiteLevel
    year: int
    archived_at: dt.datetime | None
    estate_id: strawberry.Private[int | None]
    company_id: strawberry.Private[int | None]

    @strawberry.field(description="The estate designated; null when a company is.")
    async def estate(self, info: Info) -> Estate | None:
        return await _estate(info, self.estate_id)

    @strawberry.field(description="The property company designated; null when an estate is.")
    async def company(self, info: Info) -> Organisation | None:
        return await _organisation(info, self.company_id)


@strawberry.type(description="民情议事厅 or 邻里互助角: a venue the programme opened on an estate.")
class RedPropertyVenue(Node):
    """A council hall or a mutual-help corner."""

    name: str
    kind: models.VenueKind
    opened_on: dt.date
    archived_at: dt.datetime | None
    estate_id: strawberry.Private[int]

    @strawberry.field(description="Whether residents deliberate there (council halls do).")
    def deliberation(self) -> bool:
        return self.kind == models.VenueKind.COUNCIL_HALL

    @strawberry.field
    async def estate(self, info: Info) -> Estate:
        node = await _estate(info, self.estate_id)
        assert node is not None
        return node


@strawberry.type(
    description="万人评万人议: a session where residents evaluate and discuss a renovation."
)
class EvaluationSession(Node):
    """A session of an old-estate renovation co-governance committee (共治委员会)."""

    held_on: dt.date
    topic: str
    households_reached: int
    archived_at: dt.datetime | None
    committee_id: strawberry.Private[int]

    @strawberry.field(description="The co-governance committee that held it.")
    async def committee(self, info: Info) -> Organisation:
        node = await _organisation(info, self.committee_id)
        assert node is not None
        return node


# -- connections ------------------------------------------------------------------------

SERVICES_OF_ESTATE = Source(
    "red_property.estate.propertyServices",
    models.PropertyService,
    models.PropertyService.estate_id,
)
SERVICES_OF_COMPANY = Source(
    "red_property.organisation.propertyServices",
    models.PropertyService,
    models.PropertyService.company_id,
)
RATINGS_OF_COMPANY = Source(
    "red_property.organisation.ratings", models.Rating, models.Rating.company_id
)
SESSIONS_OF_COMMITTEE = Source(
    "red_property.organisation.evaluationSessions",
    models.EvaluationSession,
    models.EvaluationSession.committee_id,
)
VENUES_OF_ESTATE = Source("red_property.estate.venues", models.Venue, models.Venue.estate_id)
SITES_OF_COMMUNITY = Source(
    "red_property.community.sites",
    models.Site,
    core.Estate.community_id,
    join=lambda s: s.join(core.Estate, core.Estate.id == models.Site.estate_id),
)
SITES_OF_DISTRICT = Source("red_property.district.sites", models.Site, models.Site.district_id)
STANDARDS_OF_DISTRICT = Source(
    "red_property.district.standards", models.Standard, models.Standard.district_id
)


@strawberry.type(description="红色物业 in one community: coverage, stars, sites and venues.")
class RedPropertySummary:
    """A community's red-property figures; each field costs one batched statement."""

    community_id: strawberry.Private[int]
    asked_year: strawberry.Private[int | None]

    async def _stars(self, info: Info) -> loaders.YearStars | None:
        context: Context = info.context
        years: Mapping[int, loaders.YearStars] = await context.loader(
            "red_property.community_stars"
        ).load(self.community_id)
        if self.asked_year is not None:
            return years.get(self.asked_year)
        return years[max(years)] if years else None

    async def _coverage(self, info: Info) -> loaders.Coverage:
        context: Context = info.context
        found: loaders.Coverage = await context.loader("red_property.coverage").load(
            self.community_id
        )
        return found

    async def _venues(self, info: Info, kind: models.VenueKind) -> int:
        context: Context = info.context
        kinds: Mapping[str, int] = await context.loader("red_property.community_venues").load(
            self.community_id
        )
        return kinds.get(kind, 0)

    @strawberry.field(description="Live estates of the community in your scope.")
    async def estates(self, info: Info) -> int:
        return (await self._coverage(info)).estates

    @strawberry.field(description="Estates a property company serves today.")
    async def estates_covered(self, info: Info) -> int:
        return (await self._coverage(info)).covered

    @strawberry.field(
        description="The year the stars are for: the one asked, else the latest rated."
    )
    async def year(self, info: Info) -> int | None:
        found = await self._stars(info)
        return self.asked_year if found is None else found.year

    @strawberry.field(description="Estates rated in that year.")
    async def rated_estates(self, info: Info) -> int:
        found = await self._stars(info)
        return 0 if found is None else found.estates

    @strawberry.field(description="Mean stars of that year's ratings; null if none.")
    async def average_stars(self, info: Info) -> float | None:
        found = await self._stars(info)
        return None if found is None else round(found.stars / found.ratings, 2)

    @strawberry.field(description="Public-opinion council halls (民情议事厅) on its estates.")
    async def council_halls(self, info: Info) -> int:
        return await self._venues(info, models.VenueKind.COUNCIL_HALL)

    @strawberry.field(description="Neighbour mutual-help corners (邻里互助角) on its estates.")
    async def mutual_help_corners(self, info: Info) -> int:
        return await self._venues(info, models.VenueKind.MUTUAL_HELP_CORNER)

    @strawberry.field(description="Demonstration sites among its estates.")
    async def sites(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[RedPropertySite]:
        return await paginate(
            info,
            RedPropertySite,
            SITES_OF_COMMUNITY,
            self.community_id,
            page_of(first, after, "year", OrderDirection.DESC),
        )


# -- fields on core types ---------------------------------------------------------------


async def property_service(
    root: Estate,
    info: Info,
    on: Annotated[
        dt.date | None, strawberry.argument(description="The day asked about; today if null.")
    ] = None,
) -> PropertyService | None:
    """The property company serving the estate on a day."""
    row = await loaders.current_service(info.context, on or clock.today()).load(root.pk)
    return None if row is None else PropertyService.from_row(row)


async def property_services(
    root: Estate, info: Info, first: int | None = None, after: str | None = None
) -> Connection[PropertyService]:
    """Every property company that served the estate, latest recorded first."""
    # Cursors order by text and whole numbers, not dates: the id stands for recency.
    page = page_of(first, after, "id", OrderDirection.DESC)
    return await paginate(info, PropertyService, SERVICES_OF_ESTATE, root.pk, page)


async def star_rating(root: Estate, info: Info, year: int) -> PropertyStarRating | None:
    """The estate's star rating of a year (if companies changed, the latest assessed)."""
    row = await loaders.estate_rating(info.context, check_year(year)).load(root.pk)
    return None if row is None else PropertyStarRating.from_row(row)


async def red_property_venues(
    root: Estate,
    info: Info,
    kind: models.VenueKind | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[RedPropertyVenue]:
    """Council halls and mutual-help corners on the estate."""
    where = [] if kind is None else [models.Venue.kind == kind.value]
    return await paginate(
        info,
        RedPropertyVenue,
        VENUES_OF_ESTATE,
        root.pk,
        page_of(first, after, "name"),
        where=where,
        filter_key=kind,
    )


async def ratings(
    root: Organisation,
    info: Info,
    year: int | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[PropertyStarRating]:
    """A property company's star ratings of the estates in your scope, latest year first.

    Empty for other organisations.
    """
    where = [] if year is None else [models.Rating.year == check_year(year)]
    page = page_of(first, after, "year", OrderDirection.DESC)
    return await paginate(
        info, PropertyStarRating, RATINGS_OF_COMPANY, root.pk, page, where=where, filter_key=year
    )


async def average_stars(root: Organisation, info: Info, year: int) -> float | None:
    """A property company's mean stars in a year, over the estates in your scope rated for it."""
    found = await loaders.company_stars(info.context, check_year(year)).load(root.pk)
    return None if found is None else round(found[0] / found[1], 2)


async def company_services(
    root: Organisation,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    include_ended: bool = False,
) -> Connection[PropertyService]:
    """The estates in your scope a property company serves (or served), latest recorded first."""
    where = [] if include_ended else [current(models.PropertyService.end_date)]
    page = page_of(first, after, "id", OrderDirection.DESC)
    return await paginate(
        info,
        PropertyService,
        SERVICES_OF_COMPANY,
        root.pk,
        page,
        where=where,
        filter_key=include_ended,
    )


async def evaluation_sessions(
    root: Organisation, info: Info, first: int | None = None, after: str | None = None
) -> Connection[EvaluationSession]:
    """A co-governance committee's evaluation sessions (万人评万人议), latest recorded first."""
    page = page_of(first, after, "id", OrderDirection.DESC)
    return await paginate(info, EvaluationSession, SESSIONS_OF_COMMITTEE, root.pk, page)


def red_property(root: Community, year: int | None = None) -> RedPropertySummary:
    """The community's red-property summary, over its estates in your scope.

    Stars of ``year``, else of the latest rated year.
    """
    return RedPropertySummary(
        community_id=root.pk, asked_year=None if year is None else check_year(year)
    )


TYPE_FIELDS: dict[type, list[Any]] = {
    Estate: [
        described(property_service),
        described(property_services),
        described(star_rating),
        described(red_property_venues),
    ],
    Organisation: [
        described(ratings),
        described(average_stars),
        described(company_services, "propertyServices"),
        described(evaluation_sessions),
    ],
    Community: [described(red_property)],
}


# -- root fields -------------------------------------------------------------------------

RANK = "stars"
"""Name of the ordering in ``propertyCompanies`` cursors."""


def _standings(context: Context, year: int, min_stars: int) -> Select[Any, Any]:
    """Companies rated in ``year`` with mean stars of at least ``min_stars``, with their rank.

    Only the viewer's scope counts: its estates' ratings, the companies it sees. The
    rank is the mean in ten-thousandths, in integer arithmetic so that cursors compare
    exactly on every database.
    """
    rating, company = models.Rating, core.Organisation
    return (
        select(
            rating.company_id,
            (func.sum(rating.stars) * 10000 // func.count()).label("rank"),
        )
        .join(company, company.id == rating.company_id)
        .where(
            rating.district_id == context.district_id,
            rating.year == year,
            live(rating),
            live(company),
            company.kind == PROPERTY_COMPANY,
            # Ranked by the ratings of the estates the viewer sees, among the companies
            # it sees: the same mean as their averageStars.
            *loaders.visible_to(context, rating, company),
        )
        .group_by(rating.company_id)
        .having(func.sum(rating.stars) >= min_stars * func.count())
    )


async def property_companies(
    info: Info,
    year: int,
    min_stars: Annotated[int, strawberry.argument(description="Least mean stars, 1 to 5.")] = 1,
    first: int | None = None,
    after: str | None = None,
) -> Connection[Organisation]:
    """Property companies rated in a year on the estates in your scope, best mean stars first.

    Ties: oldest first.
    """
    context: Context = info.context
    check_year(year)
    if not 1 <= min_stars <= 5:
        raise GraphQLError(
            f"Argument 'minStars' must be between 1 and 5, got {min_stars}.",
            extensions={"code": "BAD_USER_INPUT", "argument": "minStars", "min": 1, "max": 5},
        )
    size = page_of(first, None).first
    cursor = decode_cursor(after, RANK)
    standings = _standings(context, year, min_stars).subquery()
    company = core.Organisation.__table__
    statement = select(company, standings.c.rank).join(
        standings, standings.c.company_id == company.c.id
    )
    if cursor is not None:
        rank, pk = cursor
        # Descending rank, ascending id: "after" means a lower rank, or the same and a larger id.
        statement = statement.where(
            (standings.c.rank < rank) | ((standings.c.rank == rank) & (company.c.id > pk))
        )
    statement = statement.order_by(standings.c.rank.desc(), company.c.id).limit(size + 1)
    rows = list(await context.execute(statement))

    async def count() -> int:
        found = await context.execute(select(func.count()).select_from(standings))
        return int(found.scalar_one())

    return connection(
        [
            (encode_cursor(RANK, int(row.rank), row.id), Organisation.from_row(row))
            for row in rows[:size]
        ],
        has_next_page=len(rows) > size,
        has_previous_page=cursor is not None,
        count=count,
    )


async def red_property_standards(
    info: Info, first: int | None = None, after: str | None = None
) -> Connection[RedPropertyStandard]:
    """The district's red-property work standards, latest recorded first."""
    context: Context = info.context
    page = page_of(first, after, "id", OrderDirection.DESC)
    return await paginate(
        info, RedPropertyStandard, STANDARDS_OF_DISTRICT, context.district_id, page
    )


async def demonstration_sites(
    info: Info,
    level: models.SiteLevel | None = None,
    year: int | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[RedPropertySite]:
    """The district's demonstration sites (示范点), latest year first; public to the district.

    Designations are made by the province, the city or the district and recorded at
    district scope, so everyone in the district reads them (a site's ``estate`` is
    null outside your scope).
    """
    context: Context = info.context
    where: list[Any] = []
    if level is not None:
        where.append(models.Site.level == level.value)
    if year is not None:
        where.append(models.Site.year == check_year(year))
    page = page_of(first, after, "year", OrderDirection.DESC)
    return await paginate(
        info,
        RedPropertySite,
        SITES_OF_DISTRICT,
        context.district_id,
        page,
        where=where,
        filter_key=(level, year),
    )


QUERY_FIELDS = [
    described(property_companies),
    described(red_property_standards),
    described(demonstration_sites),
]

NODE_MODELS: dict[type, type[core.Base]] = {
    PropertyService: models.PropertyService,
    RedPropertyStandard: models.Standard,
    RedPropertyAssessmentItem: models.AssessmentItem,
    PropertyStarRating: models.Rating,
    PropertyItemScore: models.ItemScore,
    RedPropertySite: models.Site,
    RedPropertyVenue: models.Venue,
    EvaluationSession: models.EvaluationSession,
}

FIELD_COSTS: dict[str, int] = {"Community.redProperty": 4, "Query.propertyCompanies": 2}
"""Query cost of the fields dearer than one (the summary's several loaders, the ranking)."""
