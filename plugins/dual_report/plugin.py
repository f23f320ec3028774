"""Hook implementations of dual_report (the entry point ``gridgov.plugins: dual_report``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.access import STAFF
from core.contract import (
    ExampleContext,
    Indicator,
    IndicatorContext,
    NeedContext,
    NeedResponse,
    Permission,
)
from core.db.models import Base
from core.graphql.compile.forms import SqlForm
from core.hookspecs import hookimpl
from plugins.dual_report import forms, models, types
from plugins.dual_report.examples import load_dual_report_example
from plugins.dual_report.indicators import dual_report_indicators
from plugins.dual_report.loaders import LOADERS
from plugins.dual_report.mutations import MUTATION_FIELDS
from plugins.dual_report.needs import own_responses


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return models.MODELS


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    # A registration lies with the community it serves (its branch's); services and
    # claims with their registration. The member is core's person, with core's scope:
    # a field naming them is null where the viewer's scope does not reach them.
    return {
        models.Registration: models.Registration.community_id,
        models.Service: models.Service.registration_id,
        models.Claim: models.Claim.registration_id,
    }


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    # The community (or street) keeps the register of members reported to its
    # branches and what they did; grid workers and analysts read.
    return (
        Permission(
            "dual_report.register",
            "Register in-service party members with their grid party branch, and end"
            " registrations.",
            roles=STAFF,
            mutations=("createDualReportRegistration", "endDualReportRegistration"),
        ),
        Permission(
            "dual_report.record",
            "Record registered members' volunteer services and the needs they claim.",
            roles=STAFF,
            mutations=("recordDualReportService", "claimDualReportNeed"),
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
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await dual_report_indicators(context)


@hookimpl
async def gridgov_need_responses(context: NeedContext) -> Sequence[NeedResponse]:
    return await own_responses(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_dual_report_example(example)


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS
