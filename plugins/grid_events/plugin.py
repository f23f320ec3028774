"""Hook implementations of grid_events: what the plugin contributes, through the contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.access import FIELD
from core.contract import ExampleContext, Indicator, IndicatorContext, Permission
from core.db.models import Base
from core.hookspecs import hookimpl
from plugins.grid_events import models, mutations, subscriptions, types
from plugins.grid_events.examples import load_grid_events_example
from plugins.grid_events.indicators import grid_events_indicators


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
        Permission(
            "grid_events.report",
            "Report events in a grid",
            roles=FIELD,
            mutations=("reportGridEvent", "closeGridEvent"),
        ),
        Permission(
            "grid_events.handle",
            "Accept, assign, handle, resolve and escalate events",
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
            "Define the district's event types and escalate overdue events in bulk",
            mutations=("createGridEventType", "updateGridEventType", "escalateOverdueGridEvents"),
        ),
    )


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
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
