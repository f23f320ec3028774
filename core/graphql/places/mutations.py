"""Create and update places; archiving is the generic ``archive`` mutation."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from core.db import models
from core.domain import CommunityKind, EstateKind, GridKind, StreetKind
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run, unset
from core.graphql.places.types import Building, Community, District, Estate, Grid, Household, Street

CODE_SUFFIX = 3
"""Digits a grid adds to its community's (or a micro-grid to its parent's) code."""


@strawberry.type
class DistrictPayload:
    district: District | None
    errors: list[UserError]


@strawberry.type
class StreetPayload:
    street: Street | None
    errors: list[UserError]


@strawberry.type
class CommunityPayload:
    community: Community | None
    errors: list[UserError]


@strawberry.type
class GridPayload:
    grid: Grid | None
    errors: list[UserError]


@strawberry.type
class EstatePayload:
    estate: Estate | None
    errors: list[UserError]


@strawberry.type
class BuildingPayload:
    building: Building | None
    errors: list[UserError]


@strawberry.type
class HouseholdPayload:
    household: Household | None
    errors: list[UserError]


@strawberry.input
class UpdateDistrictInput:
    name: str


@strawberry.input
class CreateStreetInput:
    code: str = strawberry.field(description="Nine digits starting with the district's code.")
    name: str
    kind: StreetKind = StreetKind.STREET


@strawberry.input
class UpdateStreetInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: StreetKind | None = strawberry.UNSET


@strawberry.input
class CreateCommunityInput:
    street: strawberry.ID
    code: str = strawberry.field(description="Twelve digits starting with the street's code.")
    name: str
    kind: CommunityKind = CommunityKind.URBAN


@strawberry.input
class UpdateCommunityInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: CommunityKind | None = strawberry.UNSET


@strawberry.input
class CreateGridInput:
    community: strawberry.ID
    kind: GridKind
    code: str = strawberry.field(
        description="The community's code plus three digits; a micro-grid's: its parent's"
        " plus three."
    )
    name: str
    parent: strawberry.ID | None = strawberry.field(
        default=None, description="For a micro-grid: the comprehensive grid it sits in."
    )


@strawberry.input
class UpdateGridInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET


@strawberry.input
class CreateEstateInput:
    community: strawberry.ID
    name: str
    kind: EstateKind = EstateKind.ESTATE
    address: str | None = None


@strawberry.input
class UpdateEstateInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: EstateKind | None = strawberry.UNSET
    address: str | None = strawberry.UNSET


@strawberry.input
class CreateBuildingInput:
    estate: strawberry.ID
    number: str
    floors: int | None = None
    grid: strawberry.ID | None = strawberry.field(
        default=None, description="The finest grid covering it, in the estate's community."
    )


@strawberry.input
class UpdateBuildingInput:
    id: strawberry.ID
    number: str | None = strawberry.UNSET
    floors: int | None = strawberry.UNSET
    grid: strawberry.ID | None = strawberry.UNSET


@strawberry.input
class CreateHouseholdInput:
    building: strawberry.ID
    door_number: str


@strawberry.input
class UpdateHouseholdInput:
    id: strawberry.ID
    door_number: str


async def _grid_in_community(
    check: Check, path: str, grid_id: str | None, community_id: int
) -> models.Grid | None:
    grid = await check.load(path, grid_id, "Grid", models.Grid, required=False)
    if grid is not None and grid.community_id != community_id:
        check.errors.add(path, UserErrorCode.WRONG_KIND, "must be a grid of the estate's community")
    return grid


async def update_district(info: Info, input: UpdateDistrictInput) -> DistrictPayload:
    """Rename the district."""

    async def body(check: Check) -> models.District | None:
        name = check.text("name", input.name)
        district = await check.session.get(models.District, check.context.district_id)
        if check.errors or district is None:
            return None
        district.name = name or district.name
        return district

    row, errors = await run(info, body)
    return DistrictPayload(district=District.from_row(row) if row else None, errors=errors)


async def create_street(info: Info, input: CreateStreetInput) -> StreetPayload:
    """Add a street (街道) or town (镇) to the district."""

    async def body(check: Check) -> models.Street | None:
        name = check.text("name", input.name)
        check.code("code", input.code, 9, check.context.district_code, "district")
        # A new street changes the district itself, which only district scope may.
        await check.district_wide("code")
        if not check.errors.has("code"):
            await check.unique("code", models.Street.code, input.code)
        if check.errors:
            return None
        row = models.Street(
            district_id=check.context.district_id, code=input.code, name=name, kind=input.kind.value
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return StreetPayload(street=Street.from_row(row) if row else None, errors=errors)


async def update_street(info: Info, input: UpdateStreetInput) -> StreetPayload:
    """Rename a street or change its kind."""

    async def body(check: Check) -> models.Street | None:
        row = await check.load("id", input.id, "Street", models.Street)
        name = None if unset(input.name) else check.text("name", input.name)
        if not unset(input.kind):
            check.required("kind", input.kind)
        if check.errors or row is None:
            return None
        if name is not None:
            row.name = name
        if input.kind:
            row.kind = input.kind.value
        return row

    row, errors = await run(info, body)
    return StreetPayload(street=Street.from_row(row) if row else None, errors=errors)


async def create_community(info: Info, input: CreateCommunityInput) -> CommunityPayload:
    """Add a community (社区) or village (村) to a street."""

    async def body(check: Check) -> models.Community | None:
        street = await check.load("street", input.street, "Street", models.Street)
        name = check.text("name", input.name)
        check.code("code", input.code, 12, street.code if street else None, "street")
        if not check.errors.has("code"):
            await check.unique("code", models.Community.code, input.code)
        if check.errors or street is None:
            return None
        row = models.Community(
            district_id=check.context.district_id,
            street_id=street.id,
            code=input.code,
            name=name,
            kind=input.kind.value,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return CommunityPayload(community=Community.from_row(row) if row else None, errors=errors)


async def update_community(info: Info, input: UpdateCommunityInput) -> CommunityPayload:
    """Rename a community or change its kind."""

    async def body(check: Check) -> models.Community | None:
        row = await check.load("id", input.id, "Community", models.Community)
        name = None if unset(input.name) else check.text("name", input.name)
        if not unset(input.kind):
            check.required("kind", input.kind)
        if check.errors or row is None:
            return None
        if name is not None:
            row.name = name
        if input.kind:
            row.kind = input.kind.value
        return row

    row, errors = await run(info, body)
    return CommunityPayload(community=Community.from_row(row) if row else None, errors=errors)


async def create_grid(info: Info, input: CreateGridInput) -> GridPayload:
    """Add a grid to a community; a micro-grid needs a comprehensive parent grid."""

    async def body(check: Check) -> models.Grid | None:
        community = await check.load("community", input.community, "Community", models.Community)
        name = check.text("name", input.name)
        parent = await check.load("parent", input.parent, "Grid", models.Grid, required=False)
        if input.kind is GridKind.MICRO:
            if input.parent is None:
                check.errors.add(
                    "parent",
                    UserErrorCode.REQUIRED,
                    "a micro-grid sits inside a comprehensive grid",
                )
            elif parent is not None and (
                parent.kind != GridKind.COMPREHENSIVE
                or community is None
                or parent.community_id != community.id
            ):
                check.errors.add(
                    "parent",
                    UserErrorCode.WRONG_KIND,
                    "must be a comprehensive grid of the same community",
                )
        elif input.parent is not None:
            check.errors.add("parent", UserErrorCode.INVALID, "only a micro-grid has a parent grid")
        prefix_of = parent if input.kind is GridKind.MICRO else community
        if prefix_of is not None:
            length = len(prefix_of.code) + CODE_SUFFIX
            label = "parent grid" if input.kind is GridKind.MICRO else "community"
            check.code("code", input.code, length, prefix_of.code, label)
            if not check.errors.has("code"):
                await check.unique("code", models.Grid.code, input.code)
        if check.errors or community is None:
            return None
        row = models.Grid(
            district_id=check.context.district_id,
            community_id=community.id,
            parent_id=parent.id if parent else None,
            code=input.code,
            name=name,
            kind=input.kind.value,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return GridPayload(grid=Grid.from_row(row) if row else None, errors=errors)


async def update_grid(info: Info, input: UpdateGridInput) -> GridPayload:
    """Rename a grid."""

    async def body(check: Check) -> models.Grid | None:
        row = await check.load("id", input.id, "Grid", models.Grid)
        name = None if unset(input.name) else check.text("name", input.name)
        if check.errors or row is None:
            return None
        if name is not None:
            row.name = name
        return row

    row, errors = await run(info, body)
    return GridPayload(grid=Grid.from_row(row) if row else None, errors=errors)


async def create_estate(info: Info, input: CreateEstateInput) -> EstatePayload:
    """Add an estate (小区) or rural settlement to a community."""

    async def body(check: Check) -> models.Estate | None:
        community = await check.load("community", input.community, "Community", models.Community)
        name = check.text("name", input.name)
        address = check.text("address", input.address, required=False, max_length=200)
        if name and community is not None:
            await check.unique(
                "name", models.Estate.name, name, scope=models.Estate.community_id == community.id
            )
        if check.errors or community is None:
            return None
        row = models.Estate(
            district_id=check.context.district_id,
            community_id=community.id,
            name=name,
            kind=input.kind.value,
            address=address,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return EstatePayload(estate=Estate.from_row(row) if row else None, errors=errors)


async def update_estate(info: Info, input: UpdateEstateInput) -> EstatePayload:
    """Rename an estate, change its kind or address."""

    async def body(check: Check) -> models.Estate | None:
        row = await check.load("id", input.id, "Estate", models.Estate)
        name = None if unset(input.name) else check.text("name", input.name)
        address = (
            None
            if unset(input.address)
            else check.text("address", input.address, required=False, max_length=200)
        )
        if not unset(input.kind):
            check.required("kind", input.kind)
        if row is not None and name and name != row.name:
            await check.unique(
                "name",
                models.Estate.name,
                name,
                scope=models.Estate.community_id == row.community_id,
            )
        if check.errors or row is None:
            return None
        if name is not None:
            row.name = name
        if input.kind:
            row.kind = input.kind.value
        if not unset(input.address):
            row.address = address
        return row

    row, errors = await run(info, body)
    return EstatePayload(estate=Estate.from_row(row) if row else None, errors=errors)


async def create_building(info: Info, input: CreateBuildingInput) -> BuildingPayload:
    """Add a building (楼栋) to an estate, optionally in a grid of the same community."""

    async def body(check: Check) -> models.Building | None:
        estate = await check.load("estate", input.estate, "Estate", models.Estate)
        number = check.text("number", input.number, max_length=32)
        check.within("floors", input.floors, 1, 200)
        grid = None
        if estate is not None:
            grid = await _grid_in_community(check, "grid", input.grid, estate.community_id)
            if number:
                await check.unique(
                    "number",
                    models.Building.number,
                    number,
                    scope=models.Building.estate_id == estate.id,
                )
        if check.errors or estate is None:
            return None
        row = models.Building(
            district_id=check.context.district_id,
            estate_id=estate.id,
            grid_id=grid.id if grid else None,
            number=number,
            floors=input.floors,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return BuildingPayload(building=Building.from_row(row) if row else None, errors=errors)


async def update_building(info: Info, input: UpdateBuildingInput) -> BuildingPayload:
    """Renumber a building, change its floors or move it to another grid."""

    async def body(check: Check) -> models.Building | None:
        row = await check.load("id", input.id, "Building", models.Building)
        number = None if unset(input.number) else check.text("number", input.number, max_length=32)
        if not unset(input.floors):
            check.within("floors", input.floors, 1, 200)
        grid = None
        if row is not None and not unset(input.grid) and input.grid is not None:
            estate = await check.session.get(models.Estate, row.estate_id)
            assert estate is not None
            grid = await _grid_in_community(check, "grid", input.grid, estate.community_id)
        if row is not None and number is not None and number != row.number:
            await check.unique(
                "number",
                models.Building.number,
                number,
                scope=models.Building.estate_id == row.estate_id,
            )
        if check.errors or row is None:
            return None
        if number is not None:
            row.number = number
        if not unset(input.floors):
            row.floors = input.floors
        if not unset(input.grid):
            row.grid_id = grid.id if grid else None
        return row

    row, errors = await run(info, body)
    return BuildingPayload(building=Building.from_row(row) if row else None, errors=errors)


async def create_household(info: Info, input: CreateHouseholdInput) -> HouseholdPayload:
    """Add a household (户) to a building."""

    async def body(check: Check) -> models.Household | None:
        building = await check.load("building", input.building, "Building", models.Building)
        door = check.text("doorNumber", input.door_number, max_length=32)
        if building is not None and door:
            await check.unique(
                "doorNumber",
                models.Household.door_number,
                door,
                scope=models.Household.building_id == building.id,
            )
        if check.errors or building is None:
            return None
        row = models.Household(
            district_id=check.context.district_id, building_id=building.id, door_number=door
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return HouseholdPayload(household=Household.from_row(row) if row else None, errors=errors)


async def update_household(info: Info, input: UpdateHouseholdInput) -> HouseholdPayload:
    """Change a household's door number."""

    async def body(check: Check) -> models.Household | None:
        row = await check.load("id", input.id, "Household", models.Household)
        door = check.text("doorNumber", input.door_number, max_length=32)
        if row is not None and door and door != row.door_number:
            await check.unique(
                "doorNumber",
                models.Household.door_number,
                door,
                scope=models.Household.building_id == row.building_id,
            )
        if check.errors or row is None:
            return None
        row.door_number = door or row.door_number
        return row

    row, errors = await run(info, body)
    return HouseholdPayload(household=Household.from_row(row) if row else None, errors=errors)


MUTATION_FIELDS = [
    described(r)
    for r in (
        update_district,
        create_street,
        update_street,
        create_community,
        update_community,
        create_grid,
        update_grid,
        create_estate,
        update_estate,
        create_building,
        update_building,
        create_household,
        update_household,
    )
]
