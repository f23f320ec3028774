"""Who may see which event: the one place that decides it.

Every query over events and every subscription starts from :func:`asked`, then
narrows its SQL with :func:`conditions` or tests each message with :func:`visible`;
both express the same rule. Today the rule is: the request's district, and inside
it the grid (with its micro-grids), community or street the caller asked for. The
security issue adds the caller's role scope in :func:`asked`, and only there: a
:class:`Scope`'s places all apply at once, so a grid worker's grid and the community
they asked about narrow each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_

from core.graphql.context import Context
from plugins.grid_events import models


@dataclass(frozen=True)
class Scope:
    """Where a caller looks: one district and at most one place inside it.

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
) -> Scope:
    """The scope of a request that asked for a place (none: the whole district).

    Args:
        context: The request; its district bounds everything.
        grid_id: The grid asked for, if any.
        community_id: The community asked for, if any.
        street_id: The street asked for, if any.
    """
    return Scope(context.district_id, grid_id, community_id, street_id)


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


def visible(scope: Scope, place: Place) -> bool:
    """Whether an event at ``place`` is visible within ``scope``."""
    if place.district_id != scope.district_id:
        return False
    if scope.grid_id is not None and scope.grid_id not in (place.grid_id, place.area_grid_id):
        return False
    if scope.community_id is not None and place.community_id != scope.community_id:
        return False
    return scope.street_id is None or place.street_id == scope.street_id


def conditions(scope: Scope) -> list[ColumnElement[bool]]:
    """The SQL form of :func:`visible`, for queries over events."""
    event = models.Event
    found: list[ColumnElement[bool]] = [event.district_id == scope.district_id]
    if scope.grid_id is not None:
        found.append(or_(event.grid_id == scope.grid_id, event.area_grid_id == scope.grid_id))
    if scope.community_id is not None:
        found.append(event.community_id == scope.community_id)
    if scope.street_id is not None:
        found.append(event.street_id == scope.street_id)
    return found
