"""Who may see and act on which event: the plugin's side of core's scopes.

Two things narrow what a caller gets, and both always apply:

* **The viewer's scope** (:class:`core.access.Scope`, issue 7). ``gridgov_scopes``
  links an event to its grid (``Event.grid_id``), so core adds the condition to
  ``node(id:)``, every loader and every list; this module adds it where the plugin
  reads events itself (a subscription re-reading a changed event, the indicators).
  Escalation never moves an event: an event escalated to the community or the
  street still lies in its grid, so the community's and the street's staff see it
  (their scope holds every grid below them) and the grid's worker keeps following
  it. Who may *act* on it then is the level's business (:func:`domain.handles`).
* **The place asked for** (an :class:`Area`): a filter's or a subscription's grid,
  community or street. :func:`conditions` is its SQL form and :func:`visible` its
  form for a published change; both draw the same line.

A subscription asks for a place inside the viewer's scope, or for none and gets
the viewer's own (:func:`subscription_area`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLError
from sqlalchemy import ColumnElement, or_, select, true

from core.access import ScopeKind, Viewer
from core.db import models as core
from core.graphql.context import Context
from core.graphql.ids import parse_global_id
from plugins.grid_events import models


@dataclass(frozen=True)
class Area:
    """A place asked for inside one district: at most one of grid, community, street.

    Attributes:
        district_id: The request's district; events of other districts are never seen.
        grid_id: A grid: events reported in it or, for a comprehensive grid, in its
            micro-grids.
        community_id: A community: events in any of its grids.
        street_id: A street: events in any of its communities.
    """

    district_id: int
    grid_id: int | None = None
    community_id: int | None = None
    street_id: int | None = None


def asked(
    context: Context,
    *,
    grid_id: int | None = None,
    community_id: int | None = None,
    street_id: int | None = None,
) -> Area:
    """The area of a request that asked for a place (none: the whole district)."""
    return Area(context.district_id, grid_id, community_id, street_id)


def own_area(context: Context, viewer: Viewer) -> Area:
    """The viewer's scope as an area: its grid, community or street, or the district."""
    kind, pk = viewer.scope.kind, viewer.scope.id
    return asked(
        context,
        grid_id=pk if kind is ScopeKind.GRID else None,
        community_id=pk if kind is ScopeKind.COMMUNITY else None,
        street_id=pk if kind is ScopeKind.STREET else None,
    )


@dataclass(frozen=True)
class Place:
    """Where an event happened, as a change message carries it."""

    district_id: int
    grid_id: int
    area_grid_id: int
    community_id: int
    street_id: int

    @classmethod
    def from_message(cls, message: Mapping[str, Any]) -> Place:
        """Read the place from a published change (see ``subscriptions.publish``)."""
        return cls(
            district_id=message["district"],
            grid_id=message["grid"],
            area_grid_id=message["area_grid"],
            community_id=message["community"],
            street_id=message["street"],
        )


def visible(area: Area, place: Place) -> bool:
    """Whether an event at ``place`` lies in ``area``."""
    if place.district_id != area.district_id:
        return False
    if area.grid_id is not None and area.grid_id not in (place.grid_id, place.area_grid_id):
        return False
    if area.community_id is not None and place.community_id != area.community_id:
        return False
    return area.street_id is None or place.street_id == area.street_id


def conditions(area: Area) -> list[ColumnElement[bool]]:
    """The SQL form of :func:`visible`, for queries over events."""
    event = models.Event
    found: list[ColumnElement[bool]] = [event.district_id == area.district_id]
    if area.grid_id is not None:
        found.append(or_(event.grid_id == area.grid_id, event.area_grid_id == area.grid_id))
    if area.community_id is not None:
        found.append(event.community_id == area.community_id)
    if area.street_id is not None:
        found.append(event.street_id == area.street_id)
    return found


def readable(context: Context) -> list[ColumnElement[bool]]:
    """The viewer's scope over events, for the plugin's own SELECTs (none: whole district)."""
    condition = context.scope.visible(models.Event)
    return [] if condition is None else [condition]


# -- subscriptions ------------------------------------------------------------------------

PLACE_MODELS: Mapping[str, Any] = {
    "Grid": core.Grid,
    "Community": core.Community,
    "Street": core.Street,
}


def _place_id(value: str, expected: str, argument: str) -> int:
    parsed = parse_global_id(value)
    if parsed is None or parsed[0] != expected:
        raise GraphQLError(
            f"Argument '{argument}' must be the ID of a {expected}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return parsed[1]


async def subscription_area(
    context: Context, grid: str | None, community: str | None, street: str | None
) -> Area:
    """The area a subscriber follows: the place it asked for, or its own scope.

    A place must exist in the district and lie inside the viewer's scope (its scope
    or below): one the viewer cannot see is reported as not found, so nothing about
    it is revealed; one it sees but that lies above its scope (a grid worker's
    community) is refused as out of scope, rather than quietly narrowed.

    Raises:
        GraphQLError: ``BAD_USER_INPUT`` for more than one place or a wrong ID,
            ``NOT_FOUND`` or ``OUT_OF_SCOPE`` as above.
    """
    viewer = context.viewer
    assert viewer is not None  # core's access guard answers anonymous requests itself
    given = [
        (value, name, argument)
        for value, name, argument in (
            (grid, "Grid", "grid"),
            (community, "Community", "community"),
            (street, "Street", "street"),
        )
        if value is not None
    ]
    if not given:
        return own_area(context, viewer)
    if len(given) > 1:
        raise GraphQLError(
            "Give at most one of 'grid', 'community' and 'street'"
            " (none: everything in your scope).",
            extensions={"code": "BAD_USER_INPUT"},
        )
    value, name, argument = given[0]
    pk = _place_id(value, name, argument)
    model = PLACE_MODELS[name]
    inside, seen = context.scope.inside(model), context.scope.visible(model)
    async with context.exclusive() as session:
        found = (
            await session.execute(
                select(
                    model.id,
                    (true() if inside is None else inside).label("inside"),
                    (true() if seen is None else seen).label("seen"),
                ).where(
                    model.id == pk,
                    model.district_id == context.district_id,
                    model.archived_at.is_(None),
                )
            )
        ).first()
        await session.commit()  # hold no transaction open for the subscription's life
    if found is None or not found.seen:
        raise GraphQLError(
            f"No such {name} in this district.",
            extensions={"code": "NOT_FOUND", "argument": argument},
        )
    if not found.inside:
        raise GraphQLError(
            f"This {name} lies outside your scope; subscribe to a place inside it,"
            " or give none to follow your whole scope.",
            extensions={"code": "OUT_OF_SCOPE", "argument": argument},
        )
    return asked(context, **{f"{argument}_id": pk})
