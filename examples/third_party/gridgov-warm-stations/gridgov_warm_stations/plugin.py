"""The hooks of the warm-stations plugin (entry point ``warm_stations``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from strawberry.types.field import StrawberryField

from core.access import FIELD, STAFF
from core.contract import ExampleContext, Indicator, IndicatorContext, Permission
from core.db.models import Base
from core.graphql.context import Context
from core.hookspecs import hookimpl
from gridgov_warm_stations import examples, indicators, loaders, models, mutations, types


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return [models.Station, models.StationService, models.Visit]


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_node_models() -> Mapping[type, type[Base]]:
    return {types.WarmStation: models.Station, types.WarmStationVisit: models.Visit}


@hookimpl
def gridgov_type_fields() -> Mapping[type, Sequence[StrawberryField]]:
    return types.TYPE_FIELDS


@hookimpl
def gridgov_query_fields() -> Sequence[StrawberryField]:
    return types.QUERY_FIELDS


@hookimpl
def gridgov_mutation_fields() -> Sequence[StrawberryField]:
    return mutations.MUTATION_FIELDS


@hookimpl
def gridgov_loaders() -> Mapping[str, Callable[[Context], Any]]:
    return {types.SERVICES: loaders.ServicesLoader}


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    return [
        Permission(
            "warm_stations.open",
            "Open and close warm stations",
            roles=STAFF,
            mutations=("openWarmStation",),
        ),
        Permission(
            "warm_stations.record_visit",
            "Record visits to warm stations",
            roles=FIELD,
            mutations=("recordWarmStationVisit",),
        ),
    ]


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    return {
        models.Station: models.Station.community_id,
        models.StationService: models.StationService.station_id,
        models.Visit: models.Visit.station_id,
    }


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await indicators.warm_station_indicators(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await examples.load_warm_stations(example)


@hookimpl
def gridgov_example_figures(district_code: str) -> Mapping[str, Any]:
    return examples.figures(district_code)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    # A station's visits connection costs a statement of its own per nesting level.
    return {"WarmStation.visits": 2}
