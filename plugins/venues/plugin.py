"""Hook implementations of venues (the entry point ``gridgov.plugins: venues``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.access import STAFF
from core.contract import (
    ArchiveRule,
    ExampleContext,
    Indicator,
    IndicatorContext,
    Permission,
    PlaceVenue,
    Restore,
    VenueContext,
)
from core.db.models import Base
from core.graphql.compile.forms import SqlForm
from core.hookspecs import hookimpl
from plugins.venues import archiving, forms, models, types
from plugins.venues.examples import example_figures, load_venues_example
from plugins.venues.indicators import venues_indicators
from plugins.venues.loaders import LOADERS
from plugins.venues.mutations import MUTATION_FIELDS
from plugins.venues.venue_hook import venues_on_estates


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return models.MODELS


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    # Venues and assets lie with their community; hours and services with their venue,
    # bookings with their room. The booking organisation keeps core's scope.
    return {
        models.Venue: models.Venue.community_id,
        models.OpeningHours: models.OpeningHours.venue_id,
        models.Service: models.Service.venue_id,
        models.Asset: models.Asset.community_id,
        models.Booking: models.Booking.room_id,
    }


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    # The street and the community keep their venues and assets registry; grid workers
    # and analysts read. Booking a room is the community's desk work too.
    return (
        Permission(
            "venues.manage",
            "Open venues and register community assets.",
            roles=STAFF,
            mutations=("openVenue", "registerVenueAsset"),
        ),
        Permission(
            "venues.book",
            "Book rooms of the community assets registry for organisations.",
            roles=STAFF,
            mutations=("bookVenueRoom",),
        ),
    )


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
    return MUTATION_FIELDS


@hookimpl
def gridgov_loaders() -> Mapping[str, Any]:
    return LOADERS


@hookimpl
def gridgov_archive_rules() -> Mapping[Any, ArchiveRule]:
    return archiving.ARCHIVE_RULES


@hookimpl
async def gridgov_check_restore(restore: Restore) -> None:
    await archiving.check_restore(restore)


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await venues_indicators(context)


@hookimpl
async def gridgov_venues(context: VenueContext) -> Sequence[PlaceVenue]:
    return await venues_on_estates(context)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    # The map reads up to 5,000 rows in one statement; allVenues calls every enabled
    # programme's hook once per request.
    return {"Query.venueMap": 50, "Estate.allVenues": 5}


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_venues_example(example)


@hookimpl
def gridgov_example_figures(district_code: str) -> Mapping[str, Any] | None:
    return example_figures(district_code)


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS
