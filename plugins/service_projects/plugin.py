"""Hook implementations of service_projects (entry point ``gridgov.plugins: service_projects``)."""

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
    Permission,
    ServiceNeed,
)
from core.db.models import Base
from core.graphql.compile.forms import SqlForm
from core.hookspecs import hookimpl
from plugins.service_projects import forms, models, types
from plugins.service_projects.domain import Settings
from plugins.service_projects.examples import load_service_projects_example
from plugins.service_projects.indicators import service_projects_indicators
from plugins.service_projects.loaders import LOADERS
from plugins.service_projects.mutations import MUTATION_FIELDS
from plugins.service_projects.needs import own_needs


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return models.MODELS


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    # The three lists and the funds lie with their community; what a project records
    # lies with the project. The cycle is the district's.
    return {
        models.Need: models.Need.community_id,
        models.Resource: models.Resource.community_id,
        models.Project: models.Project.community_id,
        models.ProjectNeed: models.ProjectNeed.project_id,
        models.ProjectResource: models.ProjectResource.project_id,
        models.Spending: models.Spending.project_id,
        models.Fund: models.Fund.community_id,
        models.Report: models.Report.project_id,
        models.CycleSetting: None,
    }


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    # The community (or street) keeps its three lists and runs its projects; it
    # reports on them through the cycle. How much each community's party service fund
    # holds, and the cycle itself, are the district's decisions.
    return (
        Permission(
            "service_projects.manage",
            "Keep the needs, resources and projects lists and record projects' spending.",
            roles=STAFF,
            mutations=(
                "postServiceNeed",
                "updateServiceNeed",
                "recordServiceResource",
                "createServiceProject",
                "updateServiceProject",
                "recordServiceProjectSpending",
            ),
        ),
        Permission(
            "service_projects.report",
            "Submit projects' monthly reports, half-year checks and yearly evaluations.",
            roles=STAFF,
            mutations=("submitServiceProjectReport",),
        ),
        Permission(
            "service_projects.fund",
            "Set communities' party service funds and the district's cycle of reports.",
            mutations=("setPartyServiceFund", "setServiceProjectsCycle"),
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
def gridgov_settings() -> type:
    return Settings


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await service_projects_indicators(context)


@hookimpl
async def gridgov_service_needs(context: NeedContext) -> Sequence[ServiceNeed]:
    return await own_needs(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_service_projects_example(example)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    # Each reads every live project of the district in scope with its reports.
    return {"Query.overdueServiceProjectReports": 20, "ServiceNeed.responses": 2}


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS
