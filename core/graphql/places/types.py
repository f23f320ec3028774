"""Places: district → street → community → grid → estate → building → household."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry
from sqlalchemy import ColumnElement, select
from strawberry.types import Info

from core import contract
from core.contract import IndicatorContext
from core.db import models
from core.domain import CommunityKind, EstateKind, GridKind, StreetKind
from core.graphql.context import Context
from core.graphql.filters import contains, filter_id, prefix
from core.graphql.node import Node, load_node
from core.graphql.pagination import Connection, OrderDirection, Source, page_of, paginate

if TYPE_CHECKING:
    from core.graphql.organisations.types import Organisation, OrganisationFilter
    from core.graphql.people.types import GridAssignment, Person, PersonFilter

strawberry.enum(StreetKind, description="Street (街道) or town (镇).")
strawberry.enum(CommunityKind, description="Urban community (社区) or village (村).")
strawberry.enum(GridKind, description="Kind of grid (网格).")
strawberry.enum(EstateKind, description="Estate (小区) or rural settlement (农村集中居住点).")

_ORGANISATIONS = "core.graphql.organisations.types"
_PEOPLE = "core.graphql.people.types"


@strawberry.enum(description="Fields places with a division code are ordered by.")
class CodedOrder(Enum):
    """Order of streets, communities and grids."""

    CODE = "code"
    NAME = "name"


@strawberry.enum(description="Fields estates are ordered by.")
class EstateOrder(Enum):
    """Order of estates."""

    NAME = "name"
    ID = "id"


@strawberry.type(description="A figure of the district, e.g. the number of micro-grids.")
class Indicator:
    """One key figure; keys start with the owning plugin's name."""

    key: str
    label: str
    value: float = strawberry.field(
        description="The figure; a count is also given as a whole number in `count`."
    )
    count: int | None = strawberry.field(
        description="The figure as a whole number when it counts something; null for "
        "figures that are not counts (rates, averages)."
    )


@strawberry.input(description="Narrows a list of streets.")
class StreetFilter:
    """Filter for streets."""

    kind: StreetKind | None = None
    search: str | None = strawberry.field(default=None, description="Part of the name.")


@strawberry.input(description="Narrows a list of communities.")
class CommunityFilter:
    """Filter for communities."""

    kind: CommunityKind | None = None
    street: strawberry.ID | None = None
    code_prefix: str | None = None
    search: str | None = None


@strawberry.input(description="Narrows a list of grids.")
class GridFilter:
    """Filter for grids."""

    kind: GridKind | None = None
    community: strawberry.ID | None = None
    code_prefix: str | None = None
    search: str | None = None


@strawberry.input(description="Narrows a list of estates.")
class EstateFilter:
    """Filter for estates."""

    kind: EstateKind | None = None
    community: strawberry.ID | None = None
    search: str | None = None


def _street_where(f: StreetFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    t = models.Street
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.kind is not None:
        where.append(t.kind == f.kind.value)
    if f.search:
        where.append(contains(t.name, f.search))
    return where, (f.kind, f.search)


def _community_where(f: CommunityFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    t = models.Community
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.kind is not None:
        where.append(t.kind == f.kind.value)
    if f.street is not None:
        where.append(t.street_id == filter_id(f.street, "Street", "street"))
    if f.code_prefix:
        where.append(prefix(t.code, f.code_prefix, "codePrefix"))
    if f.search:
        where.append(contains(t.name, f.search))
    return where, (f.kind, f.street, f.code_prefix, f.search)


def _grid_where(f: GridFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    t = models.Grid
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.kind is not None:
        where.append(t.kind == f.kind.value)
    if f.community is not None:
        where.append(t.community_id == filter_id(f.community, "Community", "community"))
    if f.code_prefix:
        where.append(prefix(t.code, f.code_prefix, "codePrefix"))
    if f.search:
        where.append(contains(t.name, f.search))
    return where, (f.kind, f.community, f.code_prefix, f.search)


def _estate_where(f: EstateFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    t = models.Estate
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.kind is not None:
        where.append(t.kind == f.kind.value)
    if f.community is not None:
        where.append(t.community_id == filter_id(f.community, "Community", "community"))
    if f.search:
        where.append(contains(t.name, f.search))
    return where, (f.kind, f.community, f.search)


STREETS_OF_DISTRICT = Source("district.streets", models.Street, models.Street.district_id)
COMMUNITIES_OF_DISTRICT = Source(
    "district.communities", models.Community, models.Community.district_id
)
GRIDS_OF_DISTRICT = Source("district.grids", models.Grid, models.Grid.district_id)
ESTATES_OF_DISTRICT = Source("district.estates", models.Estate, models.Estate.district_id)
COMMUNITIES_OF_STREET = Source("street.communities", models.Community, models.Community.street_id)
GRIDS_OF_COMMUNITY = Source("community.grids", models.Grid, models.Grid.community_id)
ESTATES_OF_COMMUNITY = Source("community.estates", models.Estate, models.Estate.community_id)
SUBGRIDS = Source("grid.subGrids", models.Grid, models.Grid.parent_id)
BUILDINGS_OF_GRID = Source("grid.buildings", models.Building, models.Building.grid_id)
BUILDINGS_OF_ESTATE = Source("estate.buildings", models.Building, models.Building.estate_id)
HOUSEHOLDS_OF_BUILDING = Source(
    "building.households", models.Household, models.Household.building_id
)
HOUSEHOLDS_OF_GRID = Source(
    "grid.households",
    models.Household,
    models.Building.grid_id,
    join=lambda s: s.join(models.Building, models.Building.id == models.Household.building_id),
)
_estate_grids = (
    select(models.Building.estate_id, models.Building.grid_id)
    .where(models.Building.grid_id.is_not(None), models.Building.archived_at.is_(None))
    .distinct()
    .subquery("estate_grid")
)
ESTATES_OF_GRID = Source(
    "grid.estates",
    models.Estate,
    _estate_grids.c.grid_id,
    join=lambda s: s.join(_estate_grids, _estate_grids.c.estate_id == models.Estate.id),
)
GRIDS_OF_ESTATE = Source(
    "estate.grids",
    models.Grid,
    _estate_grids.c.estate_id,
    join=lambda s: s.join(_estate_grids, _estate_grids.c.grid_id == models.Grid.id),
)


@strawberry.type(description="区: a district, the tenant every request is answered for.")
class District(Node):
    """A district; ``code`` is its GB/T 2260 six-digit code."""

    code: str
    name: str
    archived_at: datetime | None

    @strawberry.field(description="Streets (街道) and towns (镇).")
    async def streets(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: StreetFilter | None = None,
        order_by: CodedOrder = CodedOrder.CODE,
        direction: OrderDirection = OrderDirection.ASC,
        include_archived: bool = False,
    ) -> Connection[Street]:
        where, key = _street_where(filter)
        page = page_of(first, after, order_by.value, direction)
        return await paginate(
            info,
            Street,
            STREETS_OF_DISTRICT,
            self.pk,
            page,
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )

    @strawberry.field(description="Communities (社区) and villages (村) of all streets.")
    async def communities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: CommunityFilter | None = None,
        order_by: CodedOrder = CodedOrder.CODE,
        direction: OrderDirection = OrderDirection.ASC,
        include_archived: bool = False,
    ) -> Connection[Community]:
        where, key = _community_where(filter)
        page = page_of(first, after, order_by.value, direction)
        return await paginate(
            info,
            Community,
            COMMUNITIES_OF_DISTRICT,
            self.pk,
            page,
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )

    @strawberry.field(description="Grids of all communities.")
    async def grids(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: GridFilter | None = None,
        order_by: CodedOrder = CodedOrder.CODE,
        direction: OrderDirection = OrderDirection.ASC,
        include_archived: bool = False,
    ) -> Connection[Grid]:
        where, key = _grid_where(filter)
        page = page_of(first, after, order_by.value, direction)
        return await paginate(
            info,
            Grid,
            GRIDS_OF_DISTRICT,
            self.pk,
            page,
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )

    @strawberry.field(description="Estates (小区) and rural settlements of all communities.")
    async def estates(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: EstateFilter | None = None,
        order_by: EstateOrder = EstateOrder.NAME,
        direction: OrderDirection = OrderDirection.ASC,
        include_archived: bool = False,
    ) -> Connection[Estate]:
        where, key = _estate_where(filter)
        page = page_of(first, after, order_by.value, direction)
        return await paginate(
            info,
            Estate,
            ESTATES_OF_DISTRICT,
            self.pk,
            page,
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )

    @strawberry.field(description="Organisations of the district.")
    async def organisations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: Annotated[OrganisationFilter, strawberry.lazy(_ORGANISATIONS)] | None = None,
        include_archived: bool = False,
    ) -> Connection[Annotated[Organisation, strawberry.lazy(_ORGANISATIONS)]]:
        from core.graphql.organisations.types import organisations_of_district

        return await organisations_of_district(
            info, self.pk, first, after, filter, include_archived
        )

    @strawberry.field(description="People of the district.")
    async def people(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: Annotated[PersonFilter, strawberry.lazy(_PEOPLE)] | None = None,
        include_archived: bool = False,
    ) -> Connection[Annotated[Person, strawberry.lazy(_PEOPLE)]]:
        from core.graphql.people.types import people_of_district

        return await people_of_district(info, self.pk, first, after, filter, include_archived)

    @strawberry.field(description="Programmes (plugins) this district has enabled.")
    def enabled_plugins(self, info: Info) -> list[str]:
        context: Context = info.context
        return sorted(context.enabled - {"core"})

    @strawberry.field(description="Key figures of the district, from core and its enabled plugins.")
    async def indicators(
        self,
        info: Info,
        prefix: Annotated[
            str | None, strawberry.argument(description="Only keys starting with this.")
        ] = None,
    ) -> list[Indicator]:
        context: Context = info.context
        key = (context.district_id, context.enabled, context.scope.ref)
        found = context.indicators.get(key)
        if found is None:
            found = await self._compute_indicators(context)
            context.indicators.put(key, found)
        return [
            Indicator(
                key=item.key,
                label=item.label,
                value=item.value,
                count=item.value if type(item.value) is int else None,
            )
            for item in found
            if prefix is None or item.key.startswith(prefix)
        ]

    @staticmethod
    async def _compute_indicators(context: Context) -> list[contract.Indicator]:
        async with context.exclusive() as session:
            found = []
            hook_context = IndicatorContext(
                context.district_id,
                context.district_code,
                session,
                manager=context.manager,
                enabled=context.enabled,
                scope=context.scope,
            )
            for owner, awaitable in context.manager.call(
                "gridgov_indicators", sorted(context.enabled), context=hook_context
            ):
                for item in await awaitable:
                    if not item.key.startswith(f"{owner}."):
                        raise ValueError(
                            f"plugin {owner!r}: indicator {item.key!r} lacks its prefix"
                        )
                    found.append(item)
        return found


@strawberry.type(description="街道 or 镇: a street-level division with a nine-digit code.")
class Street(Node):
    """A street or town."""

    code: str
    name: str
    kind: StreetKind
    archived_at: datetime | None

    @strawberry.field
    async def district(self, info: Info) -> District:
        node = await load_node(info.context, District, models.District, self.district_id)
        assert node is not None
        return node

    @strawberry.field(description="Communities and villages of the street.")
    async def communities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: CommunityFilter | None = None,
        order_by: CodedOrder = CodedOrder.CODE,
        direction: OrderDirection = OrderDirection.ASC,
        include_archived: bool = False,
    ) -> Connection[Community]:
        where, key = _community_where(filter)
        page = page_of(first, after, order_by.value, direction)
        return await paginate(
            info,
            Community,
            COMMUNITIES_OF_STREET,
            self.pk,
            page,
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )


@strawberry.type(description="社区 or 村: a community or village with a twelve-digit code.")
class Community(Node):
    """A residents' community (urban) or a village."""

    code: str
    name: str
    kind: CommunityKind
    archived_at: datetime | None
    street_id: strawberry.Private[int]

    @strawberry.field
    async def street(self, info: Info) -> Street:
        node = await load_node(info.context, Street, models.Street, self.street_id)
        assert node is not None
        return node

    @strawberry.field(
        description="Grids of the community; micro-grids also appear under their parent."
    )
    async def grids(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: GridFilter | None = None,
        order_by: CodedOrder = CodedOrder.CODE,
        direction: OrderDirection = OrderDirection.ASC,
        include_archived: bool = False,
    ) -> Connection[Grid]:
        where, key = _grid_where(filter)
        page = page_of(first, after, order_by.value, direction)
        return await paginate(
            info,
            Grid,
            GRIDS_OF_COMMUNITY,
            self.pk,
            page,
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )

    @strawberry.field(description="Estates and rural settlements of the community.")
    async def estates(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: EstateFilter | None = None,
        order_by: EstateOrder = EstateOrder.NAME,
        direction: OrderDirection = OrderDirection.ASC,
        include_archived: bool = False,
    ) -> Connection[Estate]:
        where, key = _estate_where(filter)
        page = page_of(first, after, order_by.value, direction)
        return await paginate(
            info,
            Estate,
            ESTATES_OF_COMMUNITY,
            self.pk,
            page,
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )

    @strawberry.field(description="Organisations anchored to the community.")
    async def organisations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: Annotated[OrganisationFilter, strawberry.lazy(_ORGANISATIONS)] | None = None,
    ) -> Connection[Annotated[Organisation, strawberry.lazy(_ORGANISATIONS)]]:
        from core.graphql.organisations.types import organisations_anchored

        return await organisations_anchored(info, "community", self.pk, first, after, filter)


@strawberry.type(description="网格: a grid, the unit of service and management inside a community.")
class Grid(Node):
    """A grid; a micro-grid (微网格) sits inside a comprehensive grid (综合网格)."""

    code: str
    name: str
    kind: GridKind
    archived_at: datetime | None
    community_id: strawberry.Private[int]
    parent_id: strawberry.Private[int | None]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        node = await load_node(info.context, Community, models.Community, self.community_id)
        assert node is not None
        return node

    @strawberry.field(description="The comprehensive grid a micro-grid sits in.")
    async def parent(self, info: Info) -> Grid | None:
        return await load_node(info.context, Grid, models.Grid, self.parent_id)

    @strawberry.field(description="Micro-grids inside this grid.")
    async def sub_grids(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        order_by: CodedOrder = CodedOrder.CODE,
        direction: OrderDirection = OrderDirection.ASC,
    ) -> Connection[Grid]:
        return await paginate(
            info, Grid, SUBGRIDS, self.pk, page_of(first, after, order_by.value, direction)
        )

    @strawberry.field(description="Estates with at least one building in this grid.")
    async def estates(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Estate]:
        return await paginate(info, Estate, ESTATES_OF_GRID, self.pk, page_of(first, after, "name"))

    @strawberry.field(description="Buildings whose finest grid is this one.")
    async def buildings(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Building]:
        return await paginate(
            info, Building, BUILDINGS_OF_GRID, self.pk, page_of(first, after, "number")
        )

    @strawberry.field(description="Households in this grid's buildings (从楼知户).")
    async def households(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Household]:
        return await paginate(info, Household, HOUSEHOLDS_OF_GRID, self.pk, page_of(first, after))

    @strawberry.field(description="Grid workers and grid heads working this grid.")
    async def assignments(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_ended: bool = False,
    ) -> Connection[Annotated[GridAssignment, strawberry.lazy(_PEOPLE)]]:
        from core.graphql.people.types import assignments_of_grid

        return await assignments_of_grid(info, self.pk, first, after, include_ended)

    @strawberry.field(description="Organisations anchored to the grid (its party branch).")
    async def organisations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: Annotated[OrganisationFilter, strawberry.lazy(_ORGANISATIONS)] | None = None,
    ) -> Connection[Annotated[Organisation, strawberry.lazy(_ORGANISATIONS)]]:
        from core.graphql.organisations.types import organisations_anchored

        return await organisations_anchored(info, "grid", self.pk, first, after, filter)


@strawberry.type(description="小区: an estate; rural concentrated settlements are estates too.")
class Estate(Node):
    """A residential compound."""

    name: str
    kind: EstateKind
    address: str | None
    archived_at: datetime | None
    community_id: strawberry.Private[int]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        node = await load_node(info.context, Community, models.Community, self.community_id)
        assert node is not None
        return node

    @strawberry.field(description="Buildings (楼栋) of the estate.")
    async def buildings(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Building]:
        return await paginate(
            info, Building, BUILDINGS_OF_ESTATE, self.pk, page_of(first, after, "number")
        )

    @strawberry.field(description="Grids covering at least one building of the estate.")
    async def grids(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Grid]:
        return await paginate(info, Grid, GRIDS_OF_ESTATE, self.pk, page_of(first, after, "code"))

    @strawberry.field(description="Organisations anchored to the estate.")
    async def organisations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: Annotated[OrganisationFilter, strawberry.lazy(_ORGANISATIONS)] | None = None,
    ) -> Connection[Annotated[Organisation, strawberry.lazy(_ORGANISATIONS)]]:
        from core.graphql.organisations.types import organisations_anchored

        return await organisations_anchored(info, "estate", self.pk, first, after, filter)


@strawberry.type(description="楼栋: a building inside an estate.")
class Building(Node):
    """A building; ``grid`` is the finest grid covering it."""

    number: str
    floors: int | None
    archived_at: datetime | None
    estate_id: strawberry.Private[int]
    grid_id: strawberry.Private[int | None]

    @strawberry.field
    async def estate(self, info: Info) -> Estate:
        node = await load_node(info.context, Estate, models.Estate, self.estate_id)
        assert node is not None
        return node

    @strawberry.field
    async def grid(self, info: Info) -> Grid | None:
        return await load_node(info.context, Grid, models.Grid, self.grid_id)

    @strawberry.field(description="Households (户) of the building.")
    async def households(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Household]:
        page = page_of(first, after, "door_number")
        return await paginate(info, Household, HOUSEHOLDS_OF_BUILDING, self.pk, page)

    @strawberry.field(description="Organisations anchored to the building (its party group).")
    async def organisations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: Annotated[OrganisationFilter, strawberry.lazy(_ORGANISATIONS)] | None = None,
    ) -> Connection[Annotated[Organisation, strawberry.lazy(_ORGANISATIONS)]]:
        from core.graphql.organisations.types import organisations_anchored

        return await organisations_anchored(info, "building", self.pk, first, after, filter)


@strawberry.type(description="户: a household, a dwelling in a building (从户知人).")
class Household(Node):
    """A household."""

    door_number: str
    archived_at: datetime | None
    building_id: strawberry.Private[int]

    @strawberry.field
    async def building(self, info: Info) -> Building:
        node = await load_node(info.context, Building, models.Building, self.building_id)
        assert node is not None
        return node

    @strawberry.field(description="People living in the household.")
    async def members(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[Person, strawberry.lazy(_PEOPLE)]]:
        from core.graphql.people.types import members_of_household

        return await members_of_household(info, self.pk, first, after)
