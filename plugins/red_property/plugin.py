"""Hook implementations of red_property: what the plugin contributes, through the contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

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
from core.hookspecs import hookimpl
from core.kinds import OrganisationKind, PostRole
from plugins.red_property import forms, loaders, models, mutations, types, vocabulary
from plugins.red_property.examples import load_red_property_example
from plugins.red_property.indicators import red_property_indicators
from plugins.red_property.venues import venues_open


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
    return vocabulary.PERMISSIONS


@hookimpl
def gridgov_archive_rules() -> Mapping[Any, ArchiveRule]:
    # A rating's item scores and a standard's items are parts of them: archived and
    # restored with them. A standard stays blocked while live ratings follow it.
    return {
        models.ItemScore.rating_id: ArchiveRule.CASCADE,
        models.AssessmentItem.standard_id: ArchiveRule.CASCADE,
    }


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    return {
        # Services, ratings and venues belong to their estate: a company serving estates
        # in several communities is seen by each through its own estates only.
        models.PropertyService: models.PropertyService.estate_id,
        models.Rating: models.Rating.estate_id,
        models.ItemScore: models.ItemScore.rating_id,
        models.Venue: models.Venue.estate_id,
        models.EvaluationSession: models.EvaluationSession.committee_id,
        # The standard is the district's own, assessed against everywhere.
        models.Standard: None,
        models.AssessmentItem: None,
        # Demonstration sites are honours the province, the city or the district
        # confers and the district records; public to the whole district. A site may
        # name a company and no estate, so an estate link would hide those from all
        # but the district.
        models.Site: None,
    }


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await red_property_indicators(context)


@hookimpl
async def gridgov_venues(context: VenueContext) -> Sequence[PlaceVenue]:
    return await venues_open(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_red_property_example(example)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    return types.FIELD_COSTS


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS
