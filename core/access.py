"""Who may see and change what: roles, scopes and the viewer of a request.

A request is answered for one district and one :class:`Viewer`: an account holding
one :class:`Role` at one scope — the district, or a street, community or grid in it.
What the viewer may *see* is its scope, everything below it, and the places and
organisations above it (a grid worker sees the name of their community, not its
other grids). What it may *change* is its scope and everything below it.

Below a street lie its communities; below a community its grids and estates, their
buildings and households; below a grid (网格) its micro-grids, the buildings whose
grid is one of them, their households and the estates those buildings stand in (an
estate spread over grids lies below each). An organisation lies where it is anchored;
unanchored, it is the district's own, above every scope. A person lies in a scope
through their household, a grid they work (a grid assignment) or a post in an
organisation of the scope; an identity lies with its person, a grid assignment with
its grid; a post is seen when its person and its organisation are, and changed when
its organisation lies in the scope. Whatever a visible row points at through a
non-null relation (a grid's community, a building's estate, a post's organisation)
is visible too: that is what seeing the places above is for.

:class:`Scope` turns that into SQL conditions per model. Core's models have theirs
written here; a plugin declares, through ``gridgov_scopes``, the column linking each
of its models to a core (or another scoped) model, or ``None`` for district-wide
data such as vocabularies. A model nobody declared is invisible below district scope.
The conditions say nothing of the district: a reader adds ``district_id`` itself, as
core's by-id loader and lists do, so nothing of another district is ever reached
(district-wide rows such as unanchored organisations hold in every district).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, false, or_, select, true

from core.contract import Permission
from core.db import models


class Role(StrEnum):
    """The roles an account can hold."""

    CITY_ADMIN = "city_admin"  # 市级管理员: every district
    DISTRICT_ADMIN = "district_admin"  # 区级管理员
    STREET_STAFF = "street_staff"  # 街道工作人员
    COMMUNITY_STAFF = "community_staff"  # 社区工作者
    GRID_WORKER = "grid_worker"  # 网格员
    ANALYST = "analyst"  # 只读分析员: reads, never writes or sees personal data


class ScopeKind(StrEnum):
    """The level of the place a role is granted at."""

    CITY = "city"
    DISTRICT = "district"
    STREET = "street"
    COMMUNITY = "community"
    GRID = "grid"
    NOWHERE = "nowhere"  # no viewer yet: nothing is reachable


ROLE_SCOPES: Mapping[Role, frozenset[ScopeKind]] = {
    Role.CITY_ADMIN: frozenset({ScopeKind.CITY}),
    Role.DISTRICT_ADMIN: frozenset({ScopeKind.DISTRICT}),
    Role.STREET_STAFF: frozenset({ScopeKind.STREET}),
    Role.COMMUNITY_STAFF: frozenset({ScopeKind.COMMUNITY}),
    Role.GRID_WORKER: frozenset({ScopeKind.GRID}),
    Role.ANALYST: frozenset(
        {ScopeKind.DISTRICT, ScopeKind.STREET, ScopeKind.COMMUNITY, ScopeKind.GRID}
    ),
}
"""The scope levels each role can be granted at."""

ADMINS = frozenset({Role.CITY_ADMIN, Role.DISTRICT_ADMIN})
"""Roles holding every permission, of core and of every plugin."""

STAFF = (Role.STREET_STAFF, Role.COMMUNITY_STAFF)
FIELD = (*STAFF, Role.GRID_WORKER)

PUBLIC_MUTATIONS = frozenset({"login"})
"""Mutations anyone may call, without a token."""

CORE_PERMISSIONS = (
    Permission("core.district.manage", "Rename the district.", mutations=("updateDistrict",)),
    Permission(
        "core.places.manage",
        "Create and change streets, communities, grids, estates and buildings.",
        roles=(Role.STREET_STAFF,),
        mutations=(
            "createStreet",
            "updateStreet",
            "createCommunity",
            "updateCommunity",
            "createGrid",
            "updateGrid",
            "createEstate",
            "updateEstate",
            "createBuilding",
            "updateBuilding",
        ),
    ),
    Permission(
        "core.residents.manage",
        "Create and change households, people, identities and grid assignments.",
        roles=FIELD,
        mutations=(
            "createHousehold",
            "updateHousehold",
            "createPerson",
            "updatePerson",
            "createIdentity",
            "endIdentity",
            "createGridAssignment",
            "endGridAssignment",
        ),
    ),
    Permission(
        "core.organisations.manage",
        "Create and change organisations and the posts people hold in them.",
        roles=STAFF,
        mutations=("createOrganisation", "updateOrganisation", "createPost", "endPost"),
    ),
    Permission(
        "core.archive",
        "Archive and restore objects within one's scope.",
        roles=STAFF,
        mutations=("archive", "restore"),
    ),
    Permission(
        "core.session",
        "End one's own sessions (log out).",
        roles=tuple(Role),
        mutations=("revokeToken",),
    ),
    Permission("core.person.phone", "See residents' phone numbers unmasked.", roles=FIELD),
    Permission(
        "core.person.id_number", "See residents' national ID numbers unmasked.", roles=STAFF
    ),
    Permission("core.audit.read", "Read the district's audit trail."),
)
"""Core's own permissions; plugins declare theirs through ``gridgov_permissions``."""


@dataclass(frozen=True)
class Viewer:
    """The account a request is made by, as read when the request started.

    Attributes:
        account_id: The account's database id.
        name: Its login name.
        role: Its role.
        district_id: Its district (None for a city administrator).
        scope: Where in the district its role holds.
        permissions: What it may do: its role's permissions, core's and plugins'.
        token_id: The bearer token the request came with.
    """

    account_id: int
    name: str
    role: Role
    district_id: int | None
    scope: ScopeRef
    permissions: frozenset[str]
    token_id: int

    def can(self, permission: str) -> bool:
        """Whether the viewer holds ``permission``."""
        return permission in self.permissions


@dataclass(frozen=True)
class ScopeRef:
    """A place a role is granted at: its level and database id (None for city/district)."""

    kind: ScopeKind
    id: int | None = None


def scope_for(viewer: Viewer | None, plugins: PluginScopes) -> Scope:
    """The scope of a request made by ``viewer`` (nothing at all without one)."""
    return Scope(viewer.scope if viewer else ScopeRef(ScopeKind.NOWHERE), plugins)


def permissions_of(role: Role, declared: Iterable[Permission]) -> frozenset[str]:
    """The permissions ``role`` holds among ``declared`` (administrators hold all)."""
    return frozenset(p.name for p in declared if role in ADMINS or role in p.roles)


Condition = ColumnElement[bool]
PluginScopes = Mapping[Any, Any]
"""``{model: linking column or None}`` as gathered from ``gridgov_scopes``."""


@dataclass
class Scope:
    """SQL conditions selecting the rows a scope reaches.

    ``visible(model)`` is what may be read, ``inside(model)`` what may be changed;
    both are None when nothing needs filtering (district scope and above).

    Args:
        ref: The scope.
        plugins: The linking columns plugins declared.
    """

    ref: ScopeRef
    plugins: PluginScopes = field(default_factory=dict)
    _cache: dict[tuple[Any, bool], Condition] = field(default_factory=dict)

    @property
    def whole_district(self) -> bool:
        """Whether the scope reaches the whole district (no filtering)."""
        return self.ref.kind in (ScopeKind.CITY, ScopeKind.DISTRICT)

    def visible(self, model: Any) -> Condition | None:
        """Rows of ``model`` (a model or its table) the scope may read."""
        return None if self.whole_district else self._condition(model, True)

    def inside(self, model: Any) -> Condition | None:
        """Rows of ``model`` the scope may change: its own place and what lies below."""
        return None if self.whole_district else self._condition(model, False)

    def _condition(self, model: Any, visible: bool) -> Condition:
        table = getattr(model, "__table__", model)
        key = (table, visible)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._build(table, visible)
        return found

    def ids(self, model: Any, visible: bool = True) -> Select[Any]:
        """A select of the ids of ``model`` the scope reaches."""
        table = getattr(model, "__table__", model)
        return select(table.c.id).where(self._condition(table, visible))

    def _build(self, table: Any, visible: bool) -> Condition:
        if self.ref.kind is ScopeKind.NOWHERE:
            return false()
        core = _CORE_RULES.get(table.name)
        if core is not None:
            return core(self, table, visible)
        for model, column in self.plugins.items():
            if getattr(model, "__table__", model) is table:
                if column is None:
                    # District-wide data: readable by all, changed from district scope only.
                    return true() if visible else false()
                target = next(iter(column.foreign_keys)).column.table
                linked: Condition = column.in_(self.ids(target, visible))
                return linked
        return false()

    # -- the levels of the scope, as selects of ids --------------------------------

    def _streets(self) -> Select[Any]:
        """The street the scope lies in (or is)."""
        ref, community, grid = self.ref, models.Community, models.Grid
        if ref.kind is ScopeKind.STREET:
            return select(models.Street.id).where(models.Street.id == ref.id)
        if ref.kind is ScopeKind.COMMUNITY:
            return select(community.street_id).where(community.id == ref.id)
        return (
            select(community.street_id)
            .join(grid, grid.community_id == community.id)
            .where(grid.id == ref.id)
        )

    def _communities(self, visible: bool) -> Select[Any]:
        ref, community = self.ref, models.Community
        if ref.kind is ScopeKind.STREET:
            return select(community.id).where(community.street_id == ref.id)
        if ref.kind is ScopeKind.COMMUNITY:
            return select(community.id).where(community.id == ref.id)
        if visible:
            return select(models.Grid.community_id).where(models.Grid.id == ref.id)
        return select(community.id).where(false())

    def _grids(self, visible: bool) -> Select[Any]:
        ref, grid = self.ref, models.Grid
        if ref.kind is ScopeKind.GRID:
            reach = or_(grid.id == ref.id, grid.parent_id == ref.id)
            if visible:
                parent = select(grid.parent_id).where(grid.id == ref.id).scalar_subquery()
                reach = or_(reach, grid.id == parent)
            return select(grid.id).where(reach)
        return select(grid.id).where(grid.community_id.in_(self._communities(False)))

    def _estates(self) -> Select[Any]:
        if self.ref.kind is ScopeKind.GRID:
            building = models.Building
            return select(building.estate_id).where(building.grid_id.in_(self._grids(False)))
        return select(models.Estate.id).where(
            models.Estate.community_id.in_(self._communities(False))
        )

    def _buildings(self) -> Select[Any]:
        building = models.Building
        if self.ref.kind is ScopeKind.GRID:
            return select(building.id).where(building.grid_id.in_(self._grids(False)))
        return select(building.id).where(building.estate_id.in_(self._estates()))

    def _households(self) -> Select[Any]:
        household = models.Household
        return select(household.id).where(household.building_id.in_(self._buildings()))

    def _organisations(self, visible: bool) -> Select[Any]:
        organisation = models.Organisation
        anchored: list[Condition] = [
            organisation.community_id.in_(self._communities(False)),
            organisation.grid_id.in_(self._grids(False)),
            organisation.estate_id.in_(self._estates()),
            organisation.building_id.in_(self._buildings()),
            organisation.household_id.in_(self._households()),
        ]
        if self.ref.kind is ScopeKind.STREET:
            anchored.append(organisation.street_id == self.ref.id)
        if visible:
            # Organisations above the scope: the district's own, and those of the
            # street, community and grids the scope lies in.
            anchored += [
                and_(*(getattr(organisation, c).is_(None) for c in models.ANCHOR_COLUMNS)),
                organisation.street_id.in_(self._streets()),
                organisation.community_id.in_(self._communities(True)),
                organisation.grid_id.in_(self._grids(True)),
            ]
        return select(organisation.id).where(or_(*anchored))

    def _people(self) -> Select[Any]:
        person = models.Person
        return select(person.id).where(
            or_(
                person.household_id.in_(self._households()),
                person.id.in_(
                    select(models.GridAssignment.person_id).where(
                        models.GridAssignment.grid_id.in_(self._grids(False))
                    )
                ),
                person.id.in_(
                    select(models.Post.person_id).where(
                        models.Post.organisation_id.in_(self._organisations(False))
                    )
                ),
            )
        )


def _district(scope: Scope, table: Table, visible: bool) -> Condition:
    return true() if visible else false()


def _street(scope: Scope, table: Table, visible: bool) -> Condition:
    if visible or scope.ref.kind is ScopeKind.STREET:
        return table.c.id.in_(scope._streets())
    return false()


Rule = Callable[[Scope, Table, bool], Condition]


def _by_id(level: Callable[[Scope, bool], Select[Any]]) -> Rule:
    def rule(scope: Scope, table: Table, visible: bool) -> Condition:
        return table.c.id.in_(level(scope, visible))

    return rule


def _by_id_alone(level: Callable[[Scope], Select[Any]]) -> Rule:
    def rule(scope: Scope, table: Table, visible: bool) -> Condition:
        return table.c.id.in_(level(scope))

    return rule


def _person_of(scope: Scope, table: Table, visible: bool) -> Condition:
    return table.c.person_id.in_(scope._people())


def _post(scope: Scope, table: Table, visible: bool) -> Condition:
    return and_(
        table.c.person_id.in_(scope._people()),
        table.c.organisation_id.in_(scope._organisations(visible)),
    )


def _assignment(scope: Scope, table: Table, visible: bool) -> Condition:
    return table.c.grid_id.in_(scope._grids(False))


_CORE_RULES: dict[str, Rule] = {
    "district": _district,
    "street": _street,
    "community": _by_id(Scope._communities),
    "grid": _by_id(Scope._grids),
    "estate": _by_id_alone(Scope._estates),
    "building": _by_id_alone(Scope._buildings),
    "household": _by_id_alone(Scope._households),
    "person": _by_id_alone(Scope._people),
    "organisation": _by_id(Scope._organisations),
    "identity": _person_of,
    "post": _post,
    "grid_assignment": _assignment,
}
