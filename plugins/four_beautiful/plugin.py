"""Hook implementations of four_beautiful: each hands core what a module of the plugin defines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.access import FIELD, STAFF
from core.contract import (
    ArchiveRule,
    ExampleContext,
    Indicator,
    IndicatorContext,
    Permission,
    Restore,
)
from core.db.models import Base
from core.graphql.compile.forms import SqlForm
from core.hookspecs import hookimpl
from core.kinds import OrganisationKind, PostRole
from plugins.four_beautiful import archiving, domain, forms, models, types
from plugins.four_beautiful.examples import load_four_beautiful_example
from plugins.four_beautiful.indicators import four_beautiful_indicators
from plugins.four_beautiful.loaders import LOADERS
from plugins.four_beautiful.models import MODELS
from plugins.four_beautiful.mutations import MUTATION_FIELDS


@hookimpl
def gridgov_models() -> Sequence[type[Base]]:
    return MODELS


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
    return MUTATION_FIELDS


@hookimpl
def gridgov_loaders() -> Mapping[str, Any]:
    return LOADERS


@hookimpl
def gridgov_organisation_kinds() -> Sequence[OrganisationKind]:
    return domain.ORGANISATION_KINDS


@hookimpl
def gridgov_post_roles() -> Sequence[PostRole]:
    return domain.POST_ROLES


@hookimpl
def gridgov_permissions() -> Sequence[Permission]:
    # Who does what in the programme: the community (or street) runs a project and
    # speaks for it — decisions, the renovation's works, the rules the estate agreed and
    # the titles it was awarded, which the district's figures count; grid workers, who
    # meet residents where they live, take in what residents bring: proposals, support,
    # participation and evaluations. Analysts hold none (they read, never write).
    return (
        Permission(
            "four_beautiful.manage",
            "Run co-creation projects: start them, move their stages, decide proposals, and "
            "record the works and their progress, agreed rules, outcomes and awards.",
            roles=STAFF,
            mutations=(
                "createCoCreationProject",
                "advanceCoCreationStage",
                "decideCoPlanProposal",
                "createCoBuildWork",
                "reportCoBuildProgress",
                "agreeCoManageRule",
                "recordCoShareOutcome",
            ),
        ),
        Permission(
            "four_beautiful.record",
            "Record what residents bring: proposals, their supporters, and who took part.",
            roles=FIELD,
            mutations=(
                "submitCoPlanProposal",
                "supportCoPlanProposal",
                "recordCoCreationParticipation",
            ),
        ),
        Permission(
            "four_beautiful.evaluate",
            "Record residents' and party members' evaluations.",
            roles=FIELD,
            mutations=("submitCoEvaluation",),
        ),
    )


@hookimpl
def gridgov_scopes() -> Mapping[type[Base], Any]:
    # A project lies where its estate does; everything it records lies where the project
    # does (a support, through its proposal). People a record names keep core's own
    # scope: a field naming one is null when the viewer's scope does not reach them.
    return {
        models.Project: models.Project.estate_id,
        models.MergedEstate: models.MergedEstate.project_id,
        models.StageChange: models.StageChange.project_id,
        models.Proposal: models.Proposal.project_id,
        models.Support: models.Support.proposal_id,
        models.Work: models.Work.project_id,
        models.Rule: models.Rule.project_id,
        models.Evaluation: models.Evaluation.project_id,
        models.Outcome: models.Outcome.project_id,
        models.Participation: models.Participation.project_id,
    }


@hookimpl
def gridgov_archive_rules() -> Mapping[Any, ArchiveRule]:
    return archiving.ARCHIVE_RULES


@hookimpl
async def gridgov_check_restore(restore: Restore) -> None:
    await archiving.check_restore(restore)


@hookimpl
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await four_beautiful_indicators(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_four_beautiful_example(example)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    # Each costs one grouped statement per request, beyond the field itself.
    return {"CoCreationProject.reach": 2, "CoCreationProject.scoreHistory": 2}


@hookimpl
def gridgov_sql_forms() -> Mapping[str, SqlForm]:
    return forms.FORMS
