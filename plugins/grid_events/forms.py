"""How the grid-events programme's fields read in SQL (``gridgov_sql_forms``).

Its relations and an event's history; the event lists (filters needing the
viewer), references, deadlines and field values are left to their resolvers.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.db import models as core
from core.graphql.compile.forms import Paged, Paging, Relation, SqlForm
from core.graphql.pagination import page_of
from plugins.grid_events import models, types


def _history(first: int | None = None, after: str | None = None) -> Paging:
    return Paging(page_of(first, after))


FORMS: Mapping[str, SqlForm] = {
    "GridEvent.type": Relation(models.EventType, "type_id"),
    "GridEvent.grid": Relation(core.Grid, "grid_id"),
    "GridEvent.areaGrid": Relation(core.Grid, "area_grid_id"),
    "GridEvent.community": Relation(core.Community, "community_id"),
    "GridEvent.street": Relation(core.Street, "street_id"),
    "GridEvent.estate": Relation(core.Estate, "estate_id"),
    "GridEvent.building": Relation(core.Building, "building_id"),
    "GridEvent.household": Relation(core.Household, "household_id"),
    "GridEvent.reporter": Relation(core.Person, "reporter_id"),
    "GridEvent.assignee": Relation(core.Person, "assignee_id"),
    "GridEvent.duplicateOf": Relation(models.Event, "duplicate_of_id"),
    "GridEvent.history": Paged(types.HISTORY, _history),
    "GridEventTransition.actor": Relation(core.Person, "actor_id"),
    "GridEventTransition.assignee": Relation(core.Person, "assignee_id"),
    "GridEventTransition.event": Relation(models.Event, "event_id"),
}
