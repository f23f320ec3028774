"""Hook implementations of red_property: what the plugin contributes, through the contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from core.contract import (
    ExampleContext,
    Indicator,
    IndicatorContext,
    Permission,
    PlaceVenue,
    VenueContext,
)
from core.db.models import Base
from core.hookspecs import hookimpl
from core.kinds import OrganisationKind, PostRole
from plugins.red_property import loaders, models, mutations, types, vocabulary
from plugins.red_property.examples import load_red_property_example
from plugins.red_property.indicators import red_property_indicators


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
def gridgov_loaders() -> Mapping[str, Any]:
    return loaders.LOADERS


@hookimpl
def gridgov_organisation_kinds() -> Sequence[OrganisationKind]:
    return vocabulary.ORGANISATION_KINDS


@hookimpl
def gridgov_post_roles() -> Sequence[PostRole]:
    return vocabulary.POST_ROLES


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    return (
        Permission("red_property.assess", "Record star-rating assessments of property companies"),
        Permission(
            "red_property.manage",
            "Record property service, standards, sites, venues, posts and sessions",
        ),
    )


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await red_property_indicators(context)


@hookimpl
async def gridgov_venues(context: VenueContext) -> Sequence[PlaceVenue]:
    """Council halls are places to deliberate (有场所议事); mutual-help corners are not."""
    if not context.estate_ids:
        return []
    venue = models.Venue
    rows = await context.session.execute(
        select(venue.estate_id, venue.kind, venue.name)
        .where(
            venue.district_id == context.district_id,
            venue.estate_id.in_(context.estate_ids),
            venue.archived_at.is_(None),
        )
        .order_by(venue.estate_id, venue.id)
    )
    return [
        PlaceVenue(
            estate_id=estate,
            kind=f"red_property.{kind}",
            name=name,
            deliberation=kind == models.VenueKind.COUNCIL_HALL,
        )
        for estate, kind, name in rows
    ]


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_red_property_example(example)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    return {"Community.redProperty": 4, "Query.propertyCompanies": 2}
