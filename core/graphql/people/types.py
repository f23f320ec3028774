"""People: a person, their identities and their grid assignments."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from sqlalchemy import ColumnElement, select
from strawberry.types import Info

from core import clock
from core.audit import mask, mask_id_number
from core.db import models
from core.db.models import live
from core.domain import AssignmentKind, Gender, IdentityKind
from core.graphql.audit.reveals import personal_read, unmasked
from core.graphql.filters import contains
from core.graphql.node import Node, load_node
from core.graphql.pagination import Connection, Source, page_of, paginate
from core.graphql.places.types import Grid, Household

if TYPE_CHECKING:
    from core.graphql.organisations.types import Organisation, Post

_ORGANISATIONS = "core.graphql.organisations.types"

strawberry.enum(Gender, description="Gender as recorded.")
strawberry.enum(IdentityKind, description="An identity a person holds: resident, party member, ...")
strawberry.enum(AssignmentKind, description="How a person works a grid.")


@strawberry.input(description="Narrows a list of people.")
class PersonFilter:
    """Filter for people."""

    search: str | None = strawberry.field(default=None, description="Part of the name.")
    identity: IdentityKind | None = strawberry.field(
        default=None, description="Only people holding this identity now."
    )


PEOPLE_OF_DISTRICT = Source("district.people", models.Person, models.Person.district_id)
MEMBERS_OF_HOUSEHOLD = Source("household.members", models.Person, models.Person.household_id)
IDENTITIES_OF_PERSON = Source("person.identities", models.Identity, models.Identity.person_id)
ASSIGNMENTS_OF_PERSON = Source(
    "person.assignments", models.GridAssignment, models.GridAssignment.person_id
)
ASSIGNMENTS_OF_GRID = Source(
    "grid.assignments", models.GridAssignment, models.GridAssignment.grid_id
)


def current(end: Any) -> ColumnElement[bool]:
    """Periods not ended before today (the districts' day), given the column holding their end."""
    return end.is_(None) | (end >= clock.today_in_sql())  # type: ignore[no-any-return]


@strawberry.type(description="人: a person, with identities, posts and grid assignments as data.")
class Person(Node):
    """A person; phone, ID number and birth date are personal data and shown masked."""

    name: str
    gender: Gender
    archived_at: datetime | None
    household_id: strawberry.Private[int | None]
    phone_raw: strawberry.Private[str | None]
    id_number_raw: strawberry.Private[str | None]
    birth_date_raw: strawberry.Private[date | None]

    @classmethod
    def from_row(cls, source: object) -> Person:
        mapping = getattr(source, "_mapping", None)

        def get(key: str) -> Any:
            return mapping[key] if mapping is not None else getattr(source, key)

        return cls(
            pk=get("id"),
            district_id=get("district_id"),
            name=get("name"),
            gender=get("gender"),
            archived_at=get("archived_at"),
            household_id=get("household_id"),
            phone_raw=get("phone"),
            id_number_raw=get("id_number"),
            birth_date_raw=get("birth_date"),
        )

    # Masked answers are computed synchronously (the common case, in long lists); only
    # a reveal returns an awaitable, which strawberry awaits.

    @strawberry.field(
        graphql_type=str | None,
        description="Mobile number, masked (138****5678). With reveal: true, the number "
        "itself, for roles holding core.person.phone; each reveal is audited.",
    )
    def phone(self, info: Info, reveal: bool = False) -> str | Awaitable[str | None] | None:
        personal_read(info, self.pk)
        if not reveal:
            return mask(self.phone_raw)
        return unmasked(info, "core.person.phone", "phone", self.pk, self.phone_raw)

    @strawberry.field(
        graphql_type=str | None,
        description="National ID number, masked to its last four characters "
        "(**************123X). With reveal: true, the number itself, for roles holding "
        "core.person.id_number; each reveal is audited.",
    )
    def id_number(self, info: Info, reveal: bool = False) -> str | Awaitable[str | None] | None:
        personal_read(info, self.pk)
        if not reveal:
            return mask_id_number(self.id_number_raw)
        return unmasked(info, "core.person.id_number", "id_number", self.pk, self.id_number_raw)

    @strawberry.field(
        graphql_type=date | None,
        description="Birth date: personal data, null unless revealed (the ID number holds "
        "it, so showing it would unmask the ID number). With reveal: true, the date, for "
        "roles holding core.person.id_number; each reveal is audited.",
    )
    def birth_date(self, info: Info, reveal: bool = False) -> date | Awaitable[date | None] | None:
        personal_read(info, self.pk)
        if not reveal:
            return None
        return unmasked(info, "core.person.id_number", "birth_date", self.pk, self.birth_date_raw)

    @strawberry.field(description="The household the person lives in.")
    async def household(self, info: Info) -> Household | None:
        return await load_node(info.context, Household, models.Household, self.household_id)

    @strawberry.field(description="Identities held: resident, party member, volunteer, ...")
    async def identities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_ended: bool = False,
    ) -> Connection[Identity]:
        where = [] if include_ended else [current(models.Identity.until)]
        return await paginate(
            info,
            Identity,
            IDENTITIES_OF_PERSON,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=include_ended,
        )

    @strawberry.field(description="Posts held in organisations.")
    async def posts(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_ended: bool = False,
    ) -> Connection[Annotated[Post, strawberry.lazy(_ORGANISATIONS)]]:
        from core.graphql.organisations.types import posts_of_person

        return await posts_of_person(info, self.pk, first, after, include_ended)

    @strawberry.field(description="Grids the person works as grid worker or grid head.")
    async def grid_assignments(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_ended: bool = False,
    ) -> Connection[GridAssignment]:
        where = [] if include_ended else [current(models.GridAssignment.end_date)]
        return await paginate(
            info,
            GridAssignment,
            ASSIGNMENTS_OF_PERSON,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=include_ended,
        )


@strawberry.type(description="An identity a person holds over a period.")
class Identity(Node):
    """Resident, party member (with the branch holding their membership), volunteer, ..."""

    kind: IdentityKind
    since: date
    until: date | None
    archived_at: datetime | None
    person_id: strawberry.Private[int]
    organisation_id: strawberry.Private[int | None]

    @strawberry.field
    async def person(self, info: Info) -> Person:
        node = await load_node(info.context, Person, models.Person, self.person_id)
        assert node is not None
        return node

    @strawberry.field(description="For party members: the branch holding the membership.")
    async def organisation(
        self, info: Info
    ) -> Annotated[Organisation, strawberry.lazy(_ORGANISATIONS)] | None:
        from core.graphql.organisations.types import Organisation

        return await load_node(
            info.context, Organisation, models.Organisation, self.organisation_id
        )


@strawberry.type(description="A person working a grid over a period.")
class GridAssignment(Node):
    """Full-time (专职) or part-time (兼职) grid worker, or grid head (网格长)."""

    kind: AssignmentKind
    start_date: date
    end_date: date | None
    archived_at: datetime | None
    person_id: strawberry.Private[int]
    grid_id: strawberry.Private[int]

    @strawberry.field
    async def person(self, info: Info) -> Person:
        node = await load_node(info.context, Person, models.Person, self.person_id)
        assert node is not None
        return node

    @strawberry.field
    async def grid(self, info: Info) -> Grid:
        node = await load_node(info.context, Grid, models.Grid, self.grid_id)
        assert node is not None
        return node


async def people_of_district(
    info: Info,
    district: int,
    first: int | None,
    after: str | None,
    filter: PersonFilter | None,
    include_archived: bool,
) -> Connection[Person]:
    """``District.people``."""
    where: list[ColumnElement[bool]] = []
    key = None
    if filter is not None:
        if filter.search:
            where.append(contains(models.Person.name, filter.search))
        if filter.identity is not None:
            held = select(models.Identity.person_id).where(
                models.Identity.district_id == info.context.district_id,
                models.Identity.kind == filter.identity.value,
                current(models.Identity.until),
                live(models.Identity),
            )
            where.append(models.Person.id.in_(held))
        key = (filter.search, filter.identity)
    return await paginate(
        info,
        Person,
        PEOPLE_OF_DISTRICT,
        district,
        page_of(first, after, "name"),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def members_of_household(
    info: Info, household: int, first: int | None, after: str | None
) -> Connection[Person]:
    """``Household.members``."""
    return await paginate(
        info, Person, MEMBERS_OF_HOUSEHOLD, household, page_of(first, after, "name")
    )


async def assignments_of_grid(
    info: Info, grid: int, first: int | None, after: str | None, include_ended: bool
) -> Connection[GridAssignment]:
    """``Grid.assignments``."""
    where = [] if include_ended else [current(models.GridAssignment.end_date)]
    return await paginate(
        info,
        GridAssignment,
        ASSIGNMENTS_OF_GRID,
        grid,
        page_of(first, after),
        where=where,
        filter_key=include_ended,
    )
