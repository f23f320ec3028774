"""The viewer as GraphQL sees it: ``me``."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy import select
from strawberry.types import Info

from core.access import Role, ScopeKind
from core.db import models
from core.graphql.context import Context

strawberry.enum(Role, description="The roles an account can hold.")
strawberry.enum(
    ScopeKind, description="The level of the place a role is granted at (nowhere: not logged in)."
)

_PLACES: dict[ScopeKind, Any] = {
    ScopeKind.STREET: models.Street,
    ScopeKind.COMMUNITY: models.Community,
    ScopeKind.GRID: models.Grid,
}


@strawberry.type(description="The account a request is made by.")
class Me:
    """The viewer: name, role, scope and what it may do."""

    name: str
    role: Role
    scope_kind: ScopeKind = strawberry.field(
        description="Where the role holds: the city, the district, or a street, community or grid."
    )
    scope_code: str | None = strawberry.field(
        description="Code of the street, community or grid (null for the whole district)."
    )
    permissions: list[str] = strawberry.field(description="Permissions the role holds, sorted.")


async def me(info: Info) -> Me:
    """The account this request is made by."""
    context: Context = info.context
    viewer = context.viewer
    assert viewer is not None  # the access guard answers anonymous requests itself
    place = _PLACES.get(viewer.scope.kind)
    code = None
    if place is not None:
        code = await context.execute(select(place.code).where(place.id == viewer.scope.id))
    return Me(
        name=viewer.name,
        role=viewer.role,
        scope_kind=viewer.scope.kind,
        scope_code=None if code is None else code.scalar(),
        permissions=sorted(viewer.permissions),
    )
