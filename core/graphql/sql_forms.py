"""Core's SQL forms (``gridgov_sql_forms``): how core's relations and connections read in SQL.

Each connection's form validates its arguments with the functions its resolver uses
(``page_of`` and the filters), so both paths refuse and filter alike. Personal data
(phone, ID number, birth date) compiles masked; revealing it (audited) and an
analyst's reads of it (bounded) are left to its resolvers
(:mod:`core.graphql.audit.reveals`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from strawberry.types.base import get_object_definition

from core.db import models
from core.graphql.compile.forms import (
    Column,
    Either,
    Mask,
    NotCompiled,
    Paged,
    Paging,
    Relation,
    SqlForm,
)
from core.graphql.filters import contains
from core.graphql.organisations import types as organisations
from core.graphql.pagination import OrderDirection, page_of
from core.graphql.people import types as people
from core.graphql.places import types as places

ASC = OrderDirection.ASC


def _coded(
    where: Callable[[Any], tuple[Any, Any]], default: Any = places.CodedOrder.CODE
) -> Callable[..., Paging]:
    """Arguments of a list with a filter, an ordering and ``includeArchived``."""

    def arguments(
        first: int | None = None,
        after: str | None = None,
        filter: Any = None,
        order_by: Any = default,
        direction: OrderDirection = ASC,
        include_archived: bool = False,
    ) -> Paging:
        conditions, key = where(filter)
        page = page_of(first, after, order_by.value, direction)
        return Paging(page, conditions, include_archived, key)

    return arguments


def _fixed(order: str, ended: Any = None, filtered: Any = None) -> Callable[..., Paging]:
    """Arguments of a list in a fixed order, maybe with ``includeEnded`` or a filter."""

    def arguments(
        first: int | None = None,
        after: str | None = None,
        include_ended: bool = False,
        filter: Any = None,
        include_archived: bool = False,
        order_by: Any = None,
        direction: OrderDirection = ASC,
    ) -> Paging:
        conditions: list[Any] = []
        key: Any = None
        if filtered is not None:
            conditions, key = filtered(filter)
        if ended is not None and not include_ended:
            conditions = [*conditions, people.current(ended)]
        column = order if order_by is None else order_by.value
        return Paging(page_of(first, after, column, direction), conditions, include_archived, key)

    return arguments


def _people(
    first: int | None = None,
    after: str | None = None,
    filter: Any = None,
    include_archived: bool = False,
) -> Paging:
    """``District.people``: the identity filter needs the request's district, so its
    resolver answers it; the name search compiles."""
    conditions = []
    if filter is not None:
        if filter.identity is not None:
            raise NotCompiled
        if filter.search:
            conditions.append(contains(models.Person.name, filter.search))
    return Paging(page_of(first, after, "name"), conditions, include_archived)


P = places
ORG = organisations
FORMS: Mapping[str, SqlForm] = {
    "District.streets": Paged(P.STREETS_OF_DISTRICT, _coded(P._street_where)),
    "District.communities": Paged(P.COMMUNITIES_OF_DISTRICT, _coded(P._community_where)),
    "District.grids": Paged(P.GRIDS_OF_DISTRICT, _coded(P._grid_where)),
    "District.estates": Paged(P.ESTATES_OF_DISTRICT, _coded(P._estate_where, P.EstateOrder.NAME)),
    "District.people": Paged(people.PEOPLE_OF_DISTRICT, _people),
    "District.organisations": Paged(
        ORG.ORGANISATIONS_OF_DISTRICT, _fixed("name", None, ORG._where)
    ),
    "Street.district": Relation(models.District, "district_id"),
    "Street.communities": Paged(P.COMMUNITIES_OF_STREET, _coded(P._community_where)),
    "Community.street": Relation(models.Street, "street_id"),
    "Community.grids": Paged(P.GRIDS_OF_COMMUNITY, _coded(P._grid_where)),
    "Community.estates": Paged(P.ESTATES_OF_COMMUNITY, _coded(P._estate_where, P.EstateOrder.NAME)),
    "Community.organisations": Paged(ORG.ANCHORED["community"], _fixed("name", None, ORG._where)),
    "Grid.community": Relation(models.Community, "community_id"),
    "Grid.parent": Relation(models.Grid, "parent_id"),
    "Grid.subGrids": Paged(P.SUBGRIDS, _fixed("code")),
    "Grid.estates": Paged(P.ESTATES_OF_GRID, _fixed("name")),
    "Grid.buildings": Paged(P.BUILDINGS_OF_GRID, _fixed("number")),
    "Grid.households": Paged(P.HOUSEHOLDS_OF_GRID, _fixed("id")),
    "Grid.assignments": Paged(
        people.ASSIGNMENTS_OF_GRID, _fixed("id", models.GridAssignment.end_date)
    ),
    "Grid.organisations": Paged(ORG.ANCHORED["grid"], _fixed("name", None, ORG._where)),
    "Estate.community": Relation(models.Community, "community_id"),
    "Estate.buildings": Paged(P.BUILDINGS_OF_ESTATE, _fixed("number")),
    "Estate.grids": Paged(P.GRIDS_OF_ESTATE, _fixed("code")),
    "Estate.organisations": Paged(ORG.ANCHORED["estate"], _fixed("name", None, ORG._where)),
    "Building.estate": Relation(models.Estate, "estate_id"),
    "Building.grid": Relation(models.Grid, "grid_id"),
    "Building.households": Paged(P.HOUSEHOLDS_OF_BUILDING, _fixed("door_number")),
    "Building.organisations": Paged(ORG.ANCHORED["building"], _fixed("name", None, ORG._where)),
    "Household.building": Relation(models.Building, "building_id"),
    "Household.members": Paged(people.MEMBERS_OF_HOUSEHOLD, _fixed("name")),
    "Person.phone": Column("phone", Mask.KEEP_ENDS),
    "Person.idNumber": Column("id_number", Mask.LAST_FOUR),
    "Person.birthDate": Column("birth_date", Mask.HIDDEN),
    "Person.household": Relation(models.Household, "household_id"),
    "Person.identities": Paged(people.IDENTITIES_OF_PERSON, _fixed("id", models.Identity.until)),
    "Person.posts": Paged(ORG.POSTS_OF_PERSON, _fixed("id", models.Post.end_date)),
    "Person.gridAssignments": Paged(
        people.ASSIGNMENTS_OF_PERSON, _fixed("id", models.GridAssignment.end_date)
    ),
    "Identity.person": Relation(models.Person, "person_id"),
    "Identity.organisation": Relation(models.Organisation, "organisation_id"),
    "GridAssignment.person": Relation(models.Person, "person_id"),
    "GridAssignment.grid": Relation(models.Grid, "grid_id"),
    "Organisation.parent": Relation(models.Organisation, "parent_id"),
    "Organisation.anchor": Either(
        tuple(
            (get_object_definition(cls, strict=True).name, Relation(model, f"{anchor}_id"))
            for anchor, (cls, model) in ORG.ANCHOR_TYPES.items()
        )
    ),
    "Organisation.children": Paged(ORG.CHILDREN, _fixed("name", None, ORG._where)),
    "Organisation.posts": Paged(ORG.POSTS_OF_ORGANISATION, _fixed("id", models.Post.end_date)),
    "Organisation.members": Paged(ORG.MEMBERS, _fixed("id", models.Identity.until)),
    "Post.person": Relation(models.Person, "person_id"),
    "Post.organisation": Relation(models.Organisation, "organisation_id"),
}
