"""Hook implementations of grid_events: what the plugin contributes, through the contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.access import FIELD
from core.contract import ArchiveRule, ExampleContext, Indicator, IndicatorContext, Permission
from core.db.models import Base
from core.graphql.compile.forms import SqlForm
from core.hookspecs import hookimpl
from core.registers.base import Register
from plugins.grid_events import forms, models, mutations, subscriptions, types
from plugins.grid_events.examples import load_grid_events_example
from plugins.grid_events.indicators import grid_events_indicators
from plugins.grid_events.registers import REGISTER


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return models.MODELS


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_node_models() -> Mapping[type, type[Base]]:
    return types.NODE_MODELS


@hookimpl
def gridgov_type_fields() -> Mapping[type, Sequence[Any]]:
    return types.TYPE_FIELDS


@hookimpl
def gridgov_query_fields() -> Sequence[Any]:
    return types.QUERY_FIELDS


@hookimpl
def gridgov_mutation_fields() -> Sequence[Any]:
    return mutations.MUTATION_FIELDS


@hookimpl
def gridgov_subscription_fields() -> Sequence[Any]:
    return subscriptions.SUBSCRIPTION_FIELDS


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    return (
        # Street staff, community staff and grid workers handle events; the analyst
        # only reads. The administrators hold every permission.
        Permission(
            "grid_events.report",
            "Report events in a grid of one's scope; close resolved ones with the rating",
            roles=FIELD,
            mutations=("reportGridEvent", "closeGridEvent"),
        ),
        Permission(
            "grid_events.handle",
            "Accept, assign, handle, resolve, reject and escalate events of one's scope"
            " at one's level of the grid tree or below",
            roles=FIELD,
            mutations=(
                "acceptGridEvent",
                "assignGridEvent",
                "startGridEvent",
                "resolveGridEvent",
                "rejectGridEvent",
                "markGridEventDuplicate",
                "escalateGridEvent",
                "reopenGridEvent",
            ),
        ),
        Permission(
            "grid_events.manage_types",
            # Types are district-wide data (scope None below): only district scope changes them.
            "Define the district's event types and escalate overdue events in bulk",
            mutations=("createGridEventType", "updateGridEventType", "escalateOverdueGridEvents"),
        ),
    )


@hookimpl
def gridgov_archive_rules() -> Mapping[Any, ArchiveRule]:
    # Transitions are the events' history: they never keep an event, or a person
    # they name, from being archived, and stay as they were.
    t = models.Transition
    return {
        t.event_id: ArchiveRule.KEEP,
        t.actor_id: ArchiveRule.KEEP,
        t.assignee_id: ArchiveRule.KEEP,
    }


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    # An event lies in the grid it was reported in, and escalation never moves it:
    # linked by grid_id, community and street staff read every event of the grids
    # below them, those escalated to them included, and a grid worker those of their
    # grid (with its micro-grids). community_id or street_id would show a grid worker
    # the whole community or street (both are "above" places it may see); area_grid_id
    # would show a micro-grid's worker its sibling micro-grids. What grid_id cannot
    # express: a micro-grid's worker also reads (not changes) the events reported
    # directly in its comprehensive grid, because core's Grid rule lets a grid scope
    # see its parent grid and a linking column inherits the target's visible rows.
    return {
        models.EventType: None,
        models.Event: models.Event.grid_id,
        models.Transition: models.Transition.event_id,
    }


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await grid_events_indicators(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_grid_events_example(example)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    return {"GridEvent.fieldValues": 2, "Query.gridEvents": 2}


@hookimpl
def gridgov_registers() -> Sequence[Register]:
    return (REGISTER,)


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS
