"""Organisations of the five-level system and the units beside them, and posts."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date, datetime
from typing import Annotated, Any

import strawberry
from sqlalchemy import ColumnElement
from strawberry.types import Info

from core.db import models
from core.graphql.filters import contains
from core.graphql.node import Node, load_node
from core.graphql.pagination import Connection, Source, page_of, paginate
from core.graphql.people.types import Identity, Person, current
from core.graphql.places.types import Building, Community, Estate, Grid, Household, Street
from core.graphql.vocabulary import OrganisationKindRef, PostRoleRef

Place = Annotated[
    Street | Community | Grid | Estate | Building | Household,
    strawberry.union("Place", description="A place an organisation is anchored to."),
]

ANCHOR_TYPES: dict[str, tuple[type[Node], Any]] = {
    "street": (Street, models.Street),
    "community": (Community, models.Community),
    "grid": (Grid, models.Grid),
    "estate": (Estate, models.Estate),
    "building": (Building, models.Building),
    "household": (Household, models.Household),
}


@strawberry.input(description="Narrows a list of organisations.")
class OrganisationFilter:
    """Filter for organisations."""

    kind: OrganisationKindRef | None = None
    search: str | None = strawberry.field(default=None, description="Part of the name.")


ORGANISATIONS_OF_DISTRICT = Source(
    "district.organisations", models.Organisation, models.Organisation.district_id
)
CHILDREN = Source("organisation.children", models.Organisation, models.Organisation.parent_id)
ANCHORED = {
    anchor: Source(
        f"{anchor}.organisations", models.Organisation, getattr(models.Organisation, f"{anchor}_id")
    )
    for anchor in ANCHOR_TYPES
}
POSTS_OF_ORGANISATION = Source("organisation.posts", models.Post, models.Post.organisation_id)
POSTS_OF_PERSON = Source("person.posts", models.Post, models.Post.person_id)
MEMBERS = Source("organisation.members", models.Identity, models.Identity.organisation_id)


def _where(f: OrganisationFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.kind is not None:
        where.append(models.Organisation.kind == f.kind.value)
    if f.search:
        where.append(contains(models.Organisation.name, f.search))
    return where, (f.kind, f.search)


@strawberry.type(description="An organisation: party organisation, committee, company or unit.")
class Organisation(Node):
    """One organisation, anchored to at most one place, with an optional parent."""

    kind: OrganisationKindRef
    name: str
    archived_at: datetime | None
    parent_id: strawberry.Private[int | None]
    street_id: strawberry.Private[int | None]
    community_id: strawberry.Private[int | None]
    grid_id: strawberry.Private[int | None]
    estate_id: strawberry.Private[int | None]
    building_id: strawberry.Private[int | None]
    household_id: strawberry.Private[int | None]

    @strawberry.field(description="The organisation above it in the five-level system.")
    async def parent(self, info: Info) -> Organisation | None:
        return await load_node(info.context, Organisation, models.Organisation, self.parent_id)

    @strawberry.field(description="Organisations directly below it.")
    async def children(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: OrganisationFilter | None = None,
    ) -> Connection[Organisation]:
        where, key = _where(filter)
        return await paginate(
            info,
            Organisation,
            CHILDREN,
            self.pk,
            page_of(first, after, "name"),
            where=where,
            filter_key=key,
        )

    @strawberry.field(description="The place it is anchored to; null for the district itself.")
    async def anchor(self, info: Info) -> Place | None:
        for name, (cls, model) in ANCHOR_TYPES.items():
            pk = getattr(self, f"{name}_id")
            if pk is not None:
                return await load_node(info.context, cls, model, pk)  # type: ignore[return-value]
        return None

    @strawberry.field(description="Posts in the organisation: secretary, members, ...")
    async def posts(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_ended: bool = False,
    ) -> Connection[Post]:
        where = [] if include_ended else [current(models.Post.end_date)]
        return await paginate(
            info,
            Post,
            POSTS_OF_ORGANISATION,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=include_ended,
        )

    @strawberry.field(description="Identities held through it, e.g. party members of a branch.")
    async def members(
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
            MEMBERS,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=include_ended,
        )


@strawberry.type(description="A person holding a role in an organisation over a period.")
class Post(Node):
    """A post."""

    role: PostRoleRef
    start_date: date
    end_date: date | None
    archived_at: datetime | None
    person_id: strawberry.Private[int]
    organisation_id: strawberry.Private[int]

    @strawberry.field
    async def person(self, info: Info) -> Person:
        node = await load_node(info.context, Person, models.Person, self.person_id)
        assert node is not None
        return node

    @strawberry.field
    async def organisation(self, info: Info) -> Organisation:
        node = await load_node(
            info.context, Organisation, models.Organisation, self.organisation_id
        )
        assert node is not None
        return node


async def organisations_of_district(
    info: Info,
    district: int,
    first: int | None,
    after: str | None,
    filter: OrganisationFilter | None,
    include_archived: bool,
) -> Connection[Organisation]:
    """``District.organisations``."""
    where, key = _where(filter)
    return await paginate(
        info,
        Organisation,
        ORGANISATIONS_OF_DISTRICT,
        district,
        page_of(first, after, "name"),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def organisations_anchored(
    info: Info,
    anchor: str,
    pk: int,
    first: int | None,
    after: str | None,
    filter: OrganisationFilter | None,
) -> Connection[Organisation]:
    """``<Place>.organisations``: organisations anchored to a place."""
    where, key = _where(filter)
    return await paginate(
        info,
        Organisation,
        ANCHORED[anchor],
        pk,
        page_of(first, after, "name"),
        where=where,
        filter_key=key,
    )


async def posts_of_person(
    info: Info, person: int, first: int | None, after: str | None, include_ended: bool
) -> Connection[Post]:
    """``Person.posts``."""
    where = [] if include_ended else [current(models.Post.end_date)]
    return await paginate(
        info,
        Post,
        POSTS_OF_PERSON,
        person,
        page_of(first, after),
        where=where,
        filter_key=include_ended,
    )
