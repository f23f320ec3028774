"""Hook implementations of six_haves (the entry point ``gridgov.plugins: six_haves``)."""

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
    VenueContext,
)
from core.db.models import Base
from core.graphql.compile.forms import SqlForm
from core.graphql.places.types import Estate
from core.hookspecs import hookimpl
from plugins.six_haves import forms, models, mutations, overview, types
from plugins.six_haves.domain import Settings
from plugins.six_haves.examples import load_six_haves_example
from plugins.six_haves.indicators import six_haves_indicators
from plugins.six_haves.venues import own_venues


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return models.MODELS


@hookimpl
def gridgov_archive_rules() -> Mapping[Any, ArchiveRule]:
    # A snapshot's estate results are parts of it, archived and restored with it; they
    # record the past, so they never keep an estate from being archived.
    return {
        models.SnapshotEstate.snapshot_id: ArchiveRule.CASCADE,
        models.SnapshotEstate.estate_id: ArchiveRule.KEEP,
    }


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    return {
        models.Venue: models.Venue.estate_id,
        models.Rule: models.Rule.estate_id,
        models.Fund: models.Fund.estate_id,
        models.Snapshot: None,
        models.SnapshotEstate: models.SnapshotEstate.estate_id,
    }


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    return (
        Permission(
            "six_haves.manage",
            "Record estates' venues, rules and funds.",
            roles=STAFF,
            mutations=(
                "createSixHavesVenue",
                "updateSixHavesVenue",
                "createSixHavesRule",
                "repealSixHavesRule",
                "createSixHavesFund",
                "updateSixHavesFund",
            ),
        ),
        Permission(
            "six_haves.snapshot",
            "Take the district's Six Haves snapshot.",
            mutations=("takeSixHavesSnapshot",),
        ),
    )


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_node_models() -> Mapping[type, type[Base]]:
    return {
        types.Venue: models.Venue,
        types.Rule: models.Rule,
        types.Fund: models.Fund,
        types.Snapshot: models.Snapshot,
        types.SnapshotEstate: models.SnapshotEstate,
    }


@hookimpl
def gridgov_type_fields() -> Mapping[type, Sequence[Any]]:
    return {Estate: types.ESTATE_FIELDS}


@hookimpl
def gridgov_query_fields() -> Sequence[Any]:
    return overview.QUERY_FIELDS


@hookimpl
def gridgov_mutation_fields() -> Sequence[Any]:
    return mutations.MUTATION_FIELDS


@hookimpl
def gridgov_settings() -> type:
    return Settings


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await six_haves_indicators(context)


@hookimpl
async def gridgov_venues(context: VenueContext) -> Sequence[PlaceVenue]:
    return await own_venues(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_six_haves_example(example)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    return {
        "Estate.sixHaves": 5,
        "Estate.sixHavesHistory": 2,
        # Reads every estate's checks of the district: measured at about a third of a
        # second at full scale, what 25,000 fields take.
        "Query.sixHavesOverview": 25_000,
        "Query.sixHavesProgress": 5,
    }


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS
