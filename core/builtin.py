"""The built-in ``core`` plugin: core's own contributions, through the same hooks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.access import CORE_PERMISSIONS
from core.contract import ExampleContext, Indicator, IndicatorContext, Permission
from core.db import models
from core.examples import load_core_example
from core.graphql.accounts.mutations import MUTATION_FIELDS as ACCOUNT_MUTATIONS
from core.graphql.accounts.types import me
from core.graphql.fields import described
from core.graphql.mutations import ARCHIVE_FIELDS
from core.graphql.organisations import types as organisations
from core.graphql.organisations.mutations import MUTATION_FIELDS as ORGANISATION_MUTATIONS
from core.graphql.people import types as people
from core.graphql.people.mutations import MUTATION_FIELDS as PEOPLE_MUTATIONS
from core.graphql.places import types as places
from core.graphql.places.mutations import MUTATION_FIELDS as PLACE_MUTATIONS
from core.graphql.root import QUERY_FIELDS
from core.hookspecs import hookimpl
from core.indicators import core_indicators
from core.kinds import ORGANISATION_KINDS, POST_ROLES, OrganisationKind, PostRole
from core.limits import DEFAULT_MAX_COST


@hookimpl
def gridgov_models() -> Sequence[type[models.Base]]:
    return (
        models.Street,
        models.Community,
        models.Grid,
        models.Estate,
        models.Building,
        models.Household,
        models.Person,
        models.Identity,
        models.Organisation,
        models.Post,
        models.GridAssignment,
        models.Account,
        models.AccessToken,
        models.AuditEntry,
    )


@hookimpl
def gridgov_organisation_kinds() -> Sequence[OrganisationKind]:
    return ORGANISATION_KINDS


@hookimpl
def gridgov_post_roles() -> Sequence[PostRole]:
    return POST_ROLES


@hookimpl
def gridgov_query_fields() -> Sequence[Any]:
    return [*QUERY_FIELDS, described(me)]


@hookimpl
def gridgov_mutation_fields() -> Sequence[Any]:
    return [
        *PLACE_MUTATIONS,
        *PEOPLE_MUTATIONS,
        *ORGANISATION_MUTATIONS,
        *ARCHIVE_FIELDS,
        *ACCOUNT_MUTATIONS,
    ]


@hookimpl
def gridgov_node_models() -> Mapping[type, type[models.Base]]:
    return {
        places.District: models.District,
        places.Street: models.Street,
        places.Community: models.Community,
        places.Grid: models.Grid,
        places.Estate: models.Estate,
        places.Building: models.Building,
        places.Household: models.Household,
        people.Person: models.Person,
        people.Identity: models.Identity,
        people.GridAssignment: models.GridAssignment,
        organisations.Organisation: models.Organisation,
        organisations.Post: models.Post,
    }


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await core_indicators(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_core_example(example)


@dataclass(frozen=True)
class CoreSettings:
    """Core's settings, from ``GRIDGOV_CORE__<NAME>`` environment variables.

    Attributes:
        max_cost: Highest calculated cost of one operation (see :mod:`core.limits`).
        production: Mask unexpected errors, refuse introspection, serve no GraphiQL and
            suggest no field names.
        token_hours: How long a token issued by ``login`` or ``gridgov users`` lasts.
    """

    max_cost: int = DEFAULT_MAX_COST
    production: bool = False
    token_hours: int = 12

    def __post_init__(self) -> None:
        if self.max_cost < 1:
            raise ValueError("max_cost must be at least 1")
        if not 1 <= self.token_hours <= 24 * 366:
            raise ValueError("token_hours must be between 1 and 8784")


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    return CORE_PERMISSIONS


@hookimpl
def gridgov_settings() -> type:
    return CoreSettings


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    return {"District.indicators": 10}
