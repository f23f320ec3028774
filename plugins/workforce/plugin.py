"""Hook implementations of workforce (the entry point ``gridgov.plugins: workforce``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.access import STAFF
from core.contract import ExampleContext, Indicator, IndicatorContext, Permission, Restore
from core.db.models import Base
from core.graphql.compile.forms import SqlForm
from core.hookspecs import hookimpl
from plugins.workforce import forms, models, types
from plugins.workforce.archiving import check_restore
from plugins.workforce.examples import example_figures, load_workforce_example
from plugins.workforce.indicators import workforce_indicators
from plugins.workforce.loaders import LOADERS
from plugins.workforce.mutations import MUTATION_FIELDS


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return models.MODELS


@hookimpl
def gridgov_migrations() -> Path:
    return Path(__file__).parent / "migrations"


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    # Sessions, certificates, quotas and placements lie with their community;
    # attendances with their session, gradings with their placement. Courses and
    # grades are the district's: everyone reads them, administrators change them.
    return {
        models.Course: None,
        models.Session: models.Session.community_id,
        models.Attendance: models.Attendance.session_id,
        models.Certificate: models.Certificate.community_id,
        models.Grade: None,
        models.Quota: models.Quota.community_id,
        models.Placement: models.Placement.community_id,
        models.Grading: models.Grading.placement_id,
    }


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    # The community (or street) runs training sessions, registers certificates and
    # recruits and promotes its workers; the courses, the grades with their pay and
    # how many seats each community has are the district's decisions.
    return (
        Permission(
            "workforce.train",
            "Hold training sessions, record who attended and register social-work certificates.",
            roles=STAFF,
            mutations=(
                "scheduleWorkforceSession",
                "recordWorkforceAttendance",
                "recordWorkforceCertificate",
            ),
        ),
        Permission(
            "workforce.staff",
            "Fill the seats of the community's quota with community workers and promote them.",
            roles=STAFF,
            mutations=("placeWorkforceWorker", "promoteWorkforceWorker"),
        ),
        Permission(
            "workforce.plan",
            "Set the training alliance's courses, the grades and pay bands, and the quotas.",
            mutations=("createWorkforceCourse", "defineWorkforceGrade", "setWorkforceQuota"),
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
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS


@hookimpl
def gridgov_loaders() -> Mapping[str, Any]:
    return LOADERS


@hookimpl
async def gridgov_check_restore(restore: Restore) -> None:
    await check_restore(restore)


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await workforce_indicators(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_workforce_example(example)


@hookimpl
def gridgov_example_figures(district_code: str) -> Mapping[str, Any]:
    return example_figures(district_code)
