"""Hook implementations of four_beautiful: each hands core what a module of the plugin defines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.access import FIELD, STAFF
from core.contract import ExampleContext, Indicator, IndicatorContext, Permission
from core.db.models import Base
from core.hookspecs import hookimpl
from core.kinds import OrganisationKind, PostRole
from plugins.four_beautiful import domain, models, types
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
    return (
        Permission(
            "four_beautiful.manage",
            "Start co-creation projects and move their stages.",
            roles=STAFF,
            mutations=("createCoCreationProject", "advanceCoCreationStage", "decideCoPlanProposal"),
        ),
        Permission(
            "four_beautiful.record",
            "Record proposals, works, rules, outcomes, participation.",
            roles=FIELD,
            mutations=(
                "submitCoPlanProposal",
                "supportCoPlanProposal",
                "createCoBuildWork",
                "reportCoBuildProgress",
                "agreeCoManageRule",
                "recordCoShareOutcome",
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
async def gridgov_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    return await four_beautiful_indicators(context)


@hookimpl
async def gridgov_example_data(example: ExampleContext) -> None:
    await load_four_beautiful_example(example)


@hookimpl
def gridgov_field_costs() -> Mapping[str, int]:
    # Each costs one grouped statement per request, beyond the field itself.
    return {"CoCreationProject.reach": 2, "CoCreationProject.scoreHistory": 2}
