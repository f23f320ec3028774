"""The built-in ``core`` plugin: core's own contributions, through the same hooks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.access import CORE_PERMISSIONS
from core.contract import ExampleContext, Indicator, IndicatorContext, Permission, Restore
from core.cors import parse_origins
from core.db import models
from core.examples import load_core_example
from core.graphql.accounts.mutations import MUTATION_FIELDS as ACCOUNT_MUTATIONS
from core.graphql.accounts.types import me
from core.graphql.audit.queries import audit_trail
from core.graphql.audit.types import AuditEntry
from core.graphql.compile.forms import SqlForm
from core.graphql.fields import described
from core.graphql.mutations import ARCHIVE_FIELDS
from core.graphql.organisations import types as organisations
from core.graphql.organisations.mutations import MUTATION_FIELDS as ORGANISATION_MUTATIONS
from core.graphql.people import types as people
from core.graphql.people.mutations import MUTATION_FIELDS as PEOPLE_MUTATIONS
from core.graphql.people.mutations import restorable_people
from core.graphql.places import types as places
from core.graphql.places.mutations import MUTATION_FIELDS as PLACE_MUTATIONS
from core.graphql.root import QUERY_FIELDS
from core.graphql.sql_forms import FORMS as SQL_FORMS
from core.hookspecs import hookimpl
from core.indicators import core_indicators
from core.kinds import ORGANISATION_KINDS, POST_ROLES, OrganisationKind, PostRole
from core.limits import (
    DEFAULT_MAX_ALIASES,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_COST,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_OPERATIONS,
    DEFAULT_MAX_REPEATS,
    DEFAULT_MAX_TOKENS,
)
from core.registers.base import Register
from core.registers.core_kinds import REGISTERS
from core.registers.organisations import REGISTERS as ORGANISATION_REGISTERS


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
    return [*QUERY_FIELDS, described(me), described(audit_trail)]


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
        AuditEntry: models.AuditEntry,
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

    The ``max_*`` settings are the query limits (:mod:`core.limits`, README "Query
    limits"); each refusal names its limit in ``extensions.code``.

    Attributes:
        max_cost: Highest calculated cost of one request (a batch's operations together).
        max_depth: Most levels of nested fields in an operation.
        max_aliases: Most aliased fields in an operation (fragments counted where spread).
        max_repeats: Most selections of one response name in one selection set
            (validation compares each pair of them).
        max_tokens: Most lexical tokens (comments included) in a GraphQL document.
        max_operations: Most operations in one batched request (a JSON array).
        max_body_bytes: Largest request body (and query string), in bytes.
        production: Mask unexpected errors, refuse introspection, serve no GraphiQL and
            suggest no names (fields, arguments, types, enum values, input fields).
        production_introspection: In production, still answer introspection and serve
            GraphiQL (for a deployment whose schema is public anyway).
        token_hours: How long a token issued by ``login`` or ``gridgov users`` lasts.
        indicator_seconds: How long a server process reuses ``District.indicators``
            it computed (0: never). A mutation through the process forgets its
            district's figures at once; changes made elsewhere show within this time.
        cors_origins: Origins of other sites whose pages may call the API, comma- or
            space-separated (``http://localhost:5173``), or ``*`` for any; none: same
            origin only (:mod:`core.cors`).
        compile: Answer queries with one compiled SQL statement where their fields
            have an SQL form (:mod:`core.graphql.compile`); false: resolvers only.
        login_failures: Refused logins one account name may have from one client
            address in ``login_window`` seconds; past it, ``login`` answers
            ``TOO_MANY_LOGIN_ATTEMPTS`` for that name from that address (from others
            the name still logs in, so failures elsewhere cannot lock its owner out).
        login_name_failures: Refused logins one account name may have from all
            addresses together in that time (bounds guessing spread over many addresses).
        login_address_failures: Refused logins one client address may have in that time.
        login_window: Seconds over which refused logins are counted.
        request_seconds: The time budget of one HTTP request (a batch's operations
            together), and of one query or mutation over a WebSocket (not of a
            subscription); past it the operation is answered ``REQUEST_TIMEOUT`` and
            what it wrote is rolled back. On PostgreSQL each statement is held to it too
            (``statement_timeout``).
        session_check_seconds: How often a server process checks the tokens of its open
            WebSocket connections (at most 1 s: a revoked token's connection is closed
            within it, :mod:`core.sessions`).
    """

    max_cost: int = DEFAULT_MAX_COST
    max_depth: int = DEFAULT_MAX_DEPTH
    max_aliases: int = DEFAULT_MAX_ALIASES
    max_repeats: int = DEFAULT_MAX_REPEATS
    max_tokens: int = DEFAULT_MAX_TOKENS
    max_operations: int = DEFAULT_MAX_OPERATIONS
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    production: bool = False
    production_introspection: bool = False
    token_hours: int = 12
    indicator_seconds: int = 30
    cors_origins: str = ""
    compile: bool = True
    login_failures: int = 5
    login_name_failures: int = 100
    login_address_failures: int = 30
    login_window: int = 900
    request_seconds: float = 30.0
    session_check_seconds: float = 0.5

    def __post_init__(self) -> None:
        for name in (
            "max_cost",
            "max_depth",
            "max_repeats",
            "max_tokens",
            "max_operations",
            "max_body_bytes",
            "login_failures",
            "login_name_failures",
            "login_address_failures",
            "login_window",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.max_aliases < 0:
            raise ValueError("max_aliases must not be negative")
        if not 1 <= self.token_hours <= 24 * 366:
            raise ValueError("token_hours must be between 1 and 8784")
        if not 0 <= self.indicator_seconds <= 3600:
            raise ValueError("indicator_seconds must be between 0 and 3600")
        parse_origins(self.cors_origins)
        if not 0 < self.request_seconds <= 3600:
            raise ValueError("request_seconds must be more than 0 and at most 3600")
        if not 0 < self.session_check_seconds <= 1:
            raise ValueError("session_check_seconds must be more than 0 and at most 1")


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    return CORE_PERMISSIONS


@hookimpl
def gridgov_settings() -> type:
    return CoreSettings


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return SQL_FORMS


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    # A statement over the whole district's residents (750,000 at full scale) weighs
    # far more than a field: about what a hundred pages of fields cost to answer.
    return {"District.indicators": 10, "District.people": 10_000}


@hookimpl
def gridgov_registers() -> Sequence[Register]:
    return (*REGISTERS, *ORGANISATION_REGISTERS)


@hookimpl
async def gridgov_check_restore(restore: Restore) -> None:
    await restorable_people(restore)
