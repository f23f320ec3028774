"""Mutations recording each co and moving a project through the five co-s.

Each takes one ``input`` and returns its object with ``errors``; through core's
``run`` the whole input is validated first and a refused input writes nothing.
Records belong to a stage and can be made once the project has reached it
(proposals from co-plan, works from co-build, rules from co-manage, evaluations
from co-evaluate, outcomes at co-share); stage changes go one step forward at a
time and only when :func:`~.domain.missing_for_next` finds nothing missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import Any

import strawberry
from sqlalchemy import func, insert, select, true
from strawberry.types import Info

from core import audit
from core.db import models as core
from core.db.models import live
from core.domain import IdentityKind
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.ids import parse_global_id
from core.graphql.mutations import Check, run
from core.graphql.people.types import current
from plugins.four_beautiful import models
from plugins.four_beautiful.domain import (
    MAX_ROUND,
    PROJECT_ORGANISATIONS,
    SCORE_MAX,
    SCORE_MIN,
    Beauty,
    Capacity,
    EvaluatorRole,
    OutcomeKind,
    ProposalStatus,
    Stage,
    Unification,
    missing_for_next,
)
from plugins.four_beautiful.loaders import lives_in_estate, party_member_now, tallies_for
from plugins.four_beautiful.models import NOTE_LENGTH, TEXT_LENGTH
from plugins.four_beautiful.types import (
    CoBuildWork,
    CoCreationParticipation,
    CoCreationProject,
    CoEvaluation,
    CoManageRule,
    CoPlanProposal,
    CoShareOutcome,
)

MAX_MERGED = 30
"""Most micro-estates one project can list as merged."""
MAX_SUPPORTERS = 100
"""Most named supporters one mutation adds."""
MAX_COUNTED = 100_000
"""Most supporters counted without names on one proposal."""


@strawberry.enum(name="CoPlanDecision", description="A decision on a pending proposal.")
class ProposalDecision(Enum):
    """Accept, reject (with a reason) or merge into another proposal."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MERGED = "merged"


# -- payloads ---------------------------------------------------------------------------


@strawberry.type
class CoCreationProjectPayload:
    project: CoCreationProject | None
    errors: list[UserError]


@strawberry.type
class CoPlanProposalPayload:
    proposal: CoPlanProposal | None
    errors: list[UserError]


@strawberry.type
class CoBuildWorkPayload:
    work: CoBuildWork | None
    errors: list[UserError]


@strawberry.type
class CoManageRulePayload:
    rule: CoManageRule | None
    errors: list[UserError]


@strawberry.type
class CoEvaluationPayload:
    evaluation: CoEvaluation | None
    errors: list[UserError]


@strawberry.type
class CoShareOutcomePayload:
    outcome: CoShareOutcome | None
    errors: list[UserError]


@strawberry.type
class CoCreationParticipationPayload:
    participation: CoCreationParticipation | None
    errors: list[UserError]


# -- inputs -----------------------------------------------------------------------------


@strawberry.input
class CreateCoCreationProjectInput:
    estate: strawberry.ID
    name: str
    started_on: dt.date
    merged_micro_estates: list[str] = strawberry.field(
        default_factory=list,
        description=f"Names of walled micro-estates merged into the estate (at most {MAX_MERGED}).",
    )


@strawberry.input
class AdvanceCoCreationStageInput:
    project: strawberry.ID
    stage: Stage = strawberry.field(description="The next stage; stages go one at a time.")
    on: dt.date
    note: str | None = None


@strawberry.input
class SubmitCoPlanProposalInput:
    project: strawberry.ID
    proposer: strawberry.ID = strawberry.field(description="A resident of the estate.")
    title: str
    content: str | None = None
    submitted_on: dt.date
    counted_supporters: int = strawberry.field(
        default=0, description="Supporters counted without names."
    )
    supporters: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Residents of the estate supporting it by name."
    )


@strawberry.input
class SupportCoPlanProposalInput:
    proposal: strawberry.ID
    supporters: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="More residents supporting it by name."
    )
    counted_supporters: int = strawberry.field(
        default=0, description="More supporters counted without names."
    )
    on: dt.date


@strawberry.input
class DecideCoPlanProposalInput:
    proposal: strawberry.ID
    decision: ProposalDecision
    reason: str | None = strawberry.field(default=None, description="Required when rejecting.")
    merged_into: strawberry.ID | None = strawberry.field(
        default=None, description="Required when merging: a proposal of the same project."
    )
    decided_on: dt.date


@strawberry.input
class CreateCoBuildWorkInput:
    project: strawberry.ID
    title: str
    unification: Unification | None = None
    proposal: strawberry.ID | None = strawberry.field(
        default=None, description="The accepted proposal this work delivers."
    )
    started_on: dt.date
    progress: int = 0


@strawberry.input
class ReportCoBuildProgressInput:
    work: strawberry.ID
    progress: int = strawberry.field(description="Per cent done, 0-100; it does not go back.")
    on: dt.date


@strawberry.input
class AgreeCoManageRuleInput:
    project: strawberry.ID
    title: str
    content: str | None = None
    agreed_on: dt.date
    keeper: strawberry.ID = strawberry.field(
        description="An organisation of the estate, or a person, who keeps the rule."
    )


@strawberry.input(description="Scores of the four beauties, each 0-100.")
class BeautyScoresInput:
    organisation: int
    environment: int
    service: int
    life: int


@strawberry.input
class SubmitCoEvaluationInput:
    project: strawberry.ID
    round: int = strawberry.field(
        description="1 for the first round; the next is at most one more."
    )
    evaluator: strawberry.ID
    role: EvaluatorRole = strawberry.field(
        description="A resident must live in the estate; a party member must be one now."
    )
    scores: BeautyScoresInput
    comment: str | None = None
    evaluated_on: dt.date


@strawberry.input
class RecordCoShareOutcomeInput:
    project: strawberry.ID
    kind: OutcomeKind
    title: str
    description: str | None = None
    awarded_by: str | None = strawberry.field(
        default=None, description="Required for awards and demonstration estates."
    )
    achieved_on: dt.date


@strawberry.input
class RecordCoCreationParticipationInput:
    project: strawberry.ID
    person: strawberry.ID
    stage: Stage
    capacity: Capacity
    activity: str | None = None
    took_part_on: dt.date


# -- shared checks ----------------------------------------------------------------------


def _reached(check: Check, project: models.Project | None, stage: Stage, what: str) -> None:
    """Refuse a record of ``stage`` while the project has not reached that stage."""
    if project is not None and Stage(project.stage).position < stage.position:
        check.errors.add(
            "project",
            UserErrorCode.INVALID_STATE,
            f"{what} can be recorded from {stage.label} on; the project is at "
            f"{Stage(project.stage).label}",
        )


async def _resident(check: Check, path: str, person: core.Person, estate_id: int) -> None:
    """Refuse someone who does not live in the estate."""
    lives = await check.session.scalar(
        select(func.count()).where(core.Person.id == person.id, lives_in_estate(estate_id))
    )
    if not lives:
        check.errors.add(path, UserErrorCode.WRONG_KIND, "must live in the project's estate")


async def _holds(check: Check, path: str, person: core.Person, capacity: Capacity) -> None:
    """Refuse someone not holding the identity ``capacity`` needs (party member, volunteer)."""
    if capacity is Capacity.PARTY_MEMBER:
        condition, what = party_member_now(), "a party member"
    else:
        i = core.Identity
        condition = core.Person.id.in_(
            select(i.person_id).where(
                i.kind == IdentityKind.VOLUNTEER.value, current(i.until), live(i)
            )
        )
        what = "a volunteer"
    held = await check.session.scalar(
        select(func.count()).where(core.Person.id == person.id, condition)
    )
    if not held:
        check.errors.add(path, UserErrorCode.WRONG_KIND, f"must be {what} now")


async def _capable(
    check: Check, path: str, person: core.Person | None, capacity: Capacity, estate_id: int
) -> None:
    if person is None:
        return
    if capacity is Capacity.RESIDENT:
        await _resident(check, path, person, estate_id)
    else:
        await _holds(check, path, person, capacity)


async def _took_part(
    check: Check,
    project: models.Project,
    person_ids: Sequence[int],
    stage: Stage,
    capacity: Capacity,
    on: dt.date,
    activity: str,
) -> None:
    """Record the participation a record implies for each person, unless already recorded.

    One statement finds who is recorded already and one inserts the rest, however many
    people there are (added one by one, the ORM would insert them one by one).
    """
    pa = models.Participation
    recorded = set(
        await check.session.scalars(
            select(pa.person_id).where(
                pa.project_id == project.id,
                pa.stage == stage.value,
                pa.capacity == capacity.value,
                pa.person_id.in_(person_ids),
                live(pa),
            )
        )
    )
    await _insert(
        check,
        models.Participation,
        [
            {
                "district_id": project.district_id,
                "project_id": project.id,
                "person_id": person_id,
                "stage": stage.value,
                "capacity": capacity.value,
                "activity": activity,
                "took_part_on": on,
            }
            for person_id in dict.fromkeys(person_ids)
            if person_id not in recorded
        ],
    )


async def _insert(check: Check, model: type[core.Base], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` of ``model`` in one statement (an executemany), if there are any."""
    if rows:
        await check.session.execute(insert(model), rows)
        await audit.record_inserts(check.session, model, rows)


async def _people(
    check: Check, path: str, ids: list[strawberry.ID], estate_id: int, exclude: int | None
) -> list[tuple[str, int]]:
    """Named supporters: residents of the estate, each once, not ``exclude`` (the proposer).

    One statement loads everyone listed with whether they live in the estate and
    whether they lie in the viewer's scope, so the statements do not grow with the
    list; an unusable ID gets the errors :meth:`Check.load` would give it: someone the
    viewer cannot see is not found (nothing outside the scope is revealed), someone
    seen but outside what the viewer may change is out of scope.

    Returns:
        The path of each supporter's item in the input and the person's id.
    """
    if len(ids) > MAX_SUPPORTERS:
        check.errors.add(path, UserErrorCode.OUT_OF_RANGE, f"at most {MAX_SUPPORTERS} at a time")
        return []
    parsed = [parse_global_id(global_id) for global_id in ids]
    wanted = {p[1] for p in parsed if p is not None and p[0] == "Person"}
    people: dict[int, Any] = {}
    if wanted:
        person, scope = core.Person, check.context.scope
        visible, inside = scope.visible(person), scope.inside(person)
        result = await check.session.execute(
            select(
                person.id,
                person.archived_at,
                lives_in_estate(estate_id).label("resident"),
                (true() if inside is None else inside).label("inside"),
            ).where(
                person.id.in_(sorted(wanted)),
                person.district_id == check.context.district_id,
                true() if visible is None else visible,
            )
        )
        people = {row.id: row for row in result}
    found: list[tuple[str, int]] = []
    seen: set[int] = set()
    for index, key in enumerate(parsed):
        item = f"{path}.{index}"
        row = people.get(key[1]) if key is not None and key[0] == "Person" else None
        if key is None or key[0] != "Person":
            check.errors.add(item, UserErrorCode.NOT_FOUND, "is not the ID of a Person")
        elif row is None:
            check.errors.add(item, UserErrorCode.NOT_FOUND, "no such Person in this district")
        elif not row.inside:
            check.errors.add(
                item, UserErrorCode.OUT_OF_SCOPE, "this Person lies outside your scope"
            )
        elif row.archived_at is not None:
            check.errors.add(item, UserErrorCode.ARCHIVED, "this Person is archived")
        elif row.id in seen:
            check.errors.add(item, UserErrorCode.DUPLICATE, "is listed twice")
        elif row.id == exclude:
            check.errors.add(item, UserErrorCode.INVALID, "the proposer does not support their own")
        else:
            if not row.resident:
                check.errors.add(
                    item, UserErrorCode.WRONG_KIND, "must live in the project's estate"
                )
            seen.add(row.id)
            found.append((item, row.id))
    return found


def _may_keep_rules(check: Check, kind: str) -> bool:
    """The programme's organisations keep rules, and so do those acting for the owners (业委会)."""
    owned = check.context.manager.contributions.organisation_kinds.get(kind)
    return kind in PROJECT_ORGANISATIONS or (owned is not None and owned.value.acts_for_owners)


async def _load_project(check: Check, global_id: str) -> models.Project | None:
    return await check.load("project", global_id, "CoCreationProject", models.Project)


# -- mutations --------------------------------------------------------------------------


async def create_co_creation_project(
    info: Info, input: CreateCoCreationProjectInput
) -> CoCreationProjectPayload:
    """Start the co-creation project of an estate or rural settlement, at co-plan."""

    async def body(check: Check) -> models.Project | None:
        estate = await check.load("estate", input.estate, "Estate", core.Estate)
        name = check.text("name", input.name)
        check.past("startedOn", input.started_on)
        if estate is not None and await check.session.scalar(
            select(func.count()).where(models.Project.estate_id == estate.id, live(models.Project))
        ):
            check.errors.add("estate", UserErrorCode.DUPLICATE, "already has a co-creation project")
        merged: list[str] = []
        if len(input.merged_micro_estates) > MAX_MERGED:
            check.errors.add(
                "mergedMicroEstates", UserErrorCode.OUT_OF_RANGE, f"at most {MAX_MERGED}"
            )
        else:
            for index, raw in enumerate(input.merged_micro_estates):
                path = f"mergedMicroEstates.{index}"
                cleaned = check.text(path, raw)
                if cleaned is not None and cleaned in merged:
                    check.errors.add(path, UserErrorCode.DUPLICATE, "is listed twice")
                elif cleaned is not None:
                    merged.append(cleaned)
        if check.errors or estate is None or name is None:
            return None
        row = models.Project(
            district_id=check.context.district_id,
            estate_id=estate.id,
            name=name,
            stage=Stage.CO_PLAN.value,
            started_on=input.started_on,
        )
        check.session.add(row)
        await check.session.flush()
        check.session.add(
            models.StageChange(
                district_id=row.district_id,
                project_id=row.id,
                stage=Stage.CO_PLAN.value,
                entered_on=input.started_on,
            )
        )
        check.session.add_all(
            models.MergedEstate(district_id=row.district_id, project_id=row.id, name=n)
            for n in merged
        )
        return row

    row, errors = await run(info, body)
    return CoCreationProjectPayload(
        project=CoCreationProject.from_row(row) if row else None, errors=errors
    )


async def advance_co_creation_stage(
    info: Info, input: AdvanceCoCreationStageInput
) -> CoCreationProjectPayload:
    """Move a project to its next stage, once the current stage has what moving on needs."""

    async def body(check: Check) -> models.Project | None:
        project = await _load_project(check, input.project)
        note = check.text("note", input.note, required=False, max_length=NOTE_LENGTH)
        if project is None:
            return None
        current_stage = Stage(project.stage)
        entered = await check.session.scalar(
            select(models.StageChange.entered_on).where(
                models.StageChange.project_id == project.id,
                models.StageChange.stage == current_stage.value,
                live(models.StageChange),
            )
        )
        check.past("on", input.on, entered or project.started_on)
        wanted = current_stage.next
        if wanted is None:
            check.errors.add(
                "stage", UserErrorCode.INVALID_STATE, "the project is at co-share, the last stage"
            )
        elif input.stage is not wanted:
            check.errors.add(
                "stage",
                UserErrorCode.INVALID_STATE,
                f"stages go in order: from {current_stage.label} the next is {wanted.label}",
            )
        else:
            tallies = await tallies_for(check.session, project.district_id, project.id)
            missing = missing_for_next(current_stage, tallies)
            if missing is not None:
                check.errors.add("stage", UserErrorCode.INVALID_STATE, missing)
        if check.errors or wanted is None:
            return None
        project.stage = wanted.value
        check.session.add(
            models.StageChange(
                district_id=project.district_id,
                project_id=project.id,
                stage=wanted.value,
                entered_on=input.on,
                note=note,
            )
        )
        return project

    row, errors = await run(info, body)
    return CoCreationProjectPayload(
        project=CoCreationProject.from_row(row) if row else None, errors=errors
    )


async def submit_co_plan_proposal(
    info: Info, input: SubmitCoPlanProposalInput
) -> CoPlanProposalPayload:
    """共谋: a resident proposes (residents order, government delivers)."""

    async def body(check: Check) -> models.Proposal | None:
        project = await _load_project(check, input.project)
        proposer = await check.load("proposer", input.proposer, "Person", core.Person)
        title = check.text("title", input.title)
        content = check.text("content", input.content, required=False, max_length=TEXT_LENGTH)
        check.within("countedSupporters", input.counted_supporters, 0, MAX_COUNTED)
        supporters: list[tuple[str, int]] = []
        if project is not None:
            check.past("submittedOn", input.submitted_on, project.started_on)
            if proposer is not None:
                await _resident(check, "proposer", proposer, project.estate_id)
            supporters = await _people(
                check,
                "supporters",
                input.supporters,
                project.estate_id,
                proposer.id if proposer else None,
            )
        if check.errors or project is None or proposer is None or title is None:
            return None
        row = models.Proposal(
            district_id=project.district_id,
            project_id=project.id,
            proposer_id=proposer.id,
            title=title,
            content=content,
            submitted_on=input.submitted_on,
            counted_supporters=input.counted_supporters,
            status=ProposalStatus.PENDING.value,
        )
        check.session.add(row)
        await check.session.flush()
        await _support(check, project, row, [pid for _, pid in supporters], input.submitted_on)
        await _took_part(
            check,
            project,
            [proposer.id],
            Stage.CO_PLAN,
            Capacity.RESIDENT,
            input.submitted_on,
            "proposed",
        )
        return row

    row, errors = await run(info, body)
    return CoPlanProposalPayload(
        proposal=CoPlanProposal.from_row(row) if row else None, errors=errors
    )


async def _support(
    check: Check,
    project: models.Project,
    proposal: models.Proposal,
    person_ids: list[int],
    on: dt.date,
) -> None:
    """Add named supporters, who take part in co-plan as residents (in a fixed few statements)."""
    await _insert(
        check,
        models.Support,
        [
            {"district_id": proposal.district_id, "proposal_id": proposal.id, "person_id": pid}
            for pid in person_ids
        ],
    )
    await _took_part(
        check, project, person_ids, Stage.CO_PLAN, Capacity.RESIDENT, on, "supported a proposal"
    )


async def support_co_plan_proposal(
    info: Info, input: SupportCoPlanProposalInput
) -> CoPlanProposalPayload:
    """共谋: more residents support a pending proposal, by name or counted."""

    async def body(check: Check) -> models.Proposal | None:
        proposal = await check.load("proposal", input.proposal, "CoPlanProposal", models.Proposal)
        check.within("countedSupporters", input.counted_supporters, 0, MAX_COUNTED)
        if proposal is None:
            return None
        project = await check.session.get(models.Project, proposal.project_id)
        assert project is not None
        if proposal.status != ProposalStatus.PENDING.value:
            check.errors.add(
                "proposal",
                UserErrorCode.INVALID_STATE,
                f"is already decided ({proposal.status}); only pending proposals gather support",
            )
        check.past("on", input.on, proposal.submitted_on)
        supporters = await _people(
            check, "supporters", input.supporters, project.estate_id, proposal.proposer_id
        )
        if supporters:
            s = models.Support
            already = set(
                await check.session.scalars(
                    select(s.person_id).where(
                        s.proposal_id == proposal.id,
                        s.person_id.in_([pid for _, pid in supporters]),
                        live(s),
                    )
                )
            )
            for item, pid in supporters:
                if pid in already:
                    check.errors.add(item, UserErrorCode.DUPLICATE, "already supports it")
        if not input.supporters and input.counted_supporters == 0:
            check.errors.add("supporters", UserErrorCode.REQUIRED, "name or count supporters")
        total = proposal.counted_supporters + input.counted_supporters
        if total > MAX_COUNTED:
            check.errors.add(
                "countedSupporters", UserErrorCode.OUT_OF_RANGE, f"would exceed {MAX_COUNTED}"
            )
        if check.errors:
            return None
        proposal.counted_supporters = total
        await _support(check, project, proposal, [pid for _, pid in supporters], input.on)
        return proposal

    row, errors = await run(info, body)
    return CoPlanProposalPayload(
        proposal=CoPlanProposal.from_row(row) if row else None, errors=errors
    )


async def decide_co_plan_proposal(
    info: Info, input: DecideCoPlanProposalInput
) -> CoPlanProposalPayload:
    """共谋: accept a pending proposal, reject it with a reason, or merge it into another."""

    async def body(check: Check) -> models.Proposal | None:
        proposal = await check.load("proposal", input.proposal, "CoPlanProposal", models.Proposal)
        reason = check.text(
            "reason",
            input.reason,
            required=input.decision is ProposalDecision.REJECTED,
            max_length=NOTE_LENGTH,
        )
        target: models.Proposal | None = None
        if input.decision is ProposalDecision.MERGED:
            target = await check.load(
                "mergedInto", input.merged_into, "CoPlanProposal", models.Proposal
            )
        elif input.merged_into is not None:
            check.errors.add(
                "mergedInto", UserErrorCode.INVALID, "only a merged proposal names another"
            )
        if proposal is None:
            return None
        check.past("decidedOn", input.decided_on, proposal.submitted_on)
        if proposal.status != ProposalStatus.PENDING.value:
            check.errors.add(
                "proposal", UserErrorCode.INVALID_STATE, f"is already decided ({proposal.status})"
            )
        if target is not None:
            if target.id == proposal.id:
                check.errors.add("mergedInto", UserErrorCode.INVALID, "cannot merge into itself")
            elif target.project_id != proposal.project_id:
                check.errors.add(
                    "mergedInto", UserErrorCode.WRONG_KIND, "must be a proposal of the same project"
                )
            elif target.status in (ProposalStatus.REJECTED.value, ProposalStatus.MERGED.value):
                check.errors.add(
                    "mergedInto",
                    UserErrorCode.INVALID_STATE,
                    f"is {target.status}; merge into a pending or accepted proposal",
                )
        if check.errors:
            return None
        proposal.status = input.decision.value
        proposal.reason = reason
        proposal.merged_into_id = target.id if target else None
        proposal.decided_on = input.decided_on
        return proposal

    row, errors = await run(info, body)
    return CoPlanProposalPayload(
        proposal=CoPlanProposal.from_row(row) if row else None, errors=errors
    )


async def create_co_build_work(info: Info, input: CreateCoBuildWorkInput) -> CoBuildWorkPayload:
    """共建: start a work, possibly one of the five unifications or an accepted proposal's."""

    async def body(check: Check) -> models.Work | None:
        project = await _load_project(check, input.project)
        title = check.text("title", input.title)
        check.within("progress", input.progress, 0, 100)
        proposal = await check.load(
            "proposal", input.proposal, "CoPlanProposal", models.Proposal, required=False
        )
        _reached(check, project, Stage.CO_BUILD, "co-build works")
        if project is not None:
            check.past("startedOn", input.started_on, project.started_on)
            if proposal is not None and proposal.project_id != project.id:
                check.errors.add(
                    "proposal", UserErrorCode.WRONG_KIND, "must be a proposal of the same project"
                )
            elif proposal is not None and proposal.status != ProposalStatus.ACCEPTED.value:
                check.errors.add(
                    "proposal",
                    UserErrorCode.INVALID_STATE,
                    f"is {proposal.status}; works deliver accepted proposals",
                )
        if check.errors or project is None or title is None:
            return None
        row = models.Work(
            district_id=project.district_id,
            project_id=project.id,
            proposal_id=proposal.id if proposal else None,
            title=title,
            unification=input.unification.value if input.unification else None,
            progress=input.progress,
            started_on=input.started_on,
            finished_on=input.started_on if input.progress == 100 else None,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return CoBuildWorkPayload(work=CoBuildWork.from_row(row) if row else None, errors=errors)


async def report_co_build_progress(
    info: Info, input: ReportCoBuildProgressInput
) -> CoBuildWorkPayload:
    """共建: report how far a work is; at 100 it is finished on that day."""

    async def body(check: Check) -> models.Work | None:
        work = await check.load("work", input.work, "CoBuildWork", models.Work)
        check.within("progress", input.progress, 0, 100)
        if work is None:
            return None
        check.past("on", input.on, work.started_on)
        if work.progress >= 100:
            check.errors.add("work", UserErrorCode.INVALID_STATE, "is already finished")
        elif not check.errors.has("progress") and input.progress < work.progress:
            check.errors.add(
                "progress", UserErrorCode.INVALID, f"does not go back (now {work.progress})"
            )
        if check.errors:
            return None
        work.progress = input.progress
        if input.progress == 100:
            work.finished_on = input.on
        return work

    row, errors = await run(info, body)
    return CoBuildWorkPayload(work=CoBuildWork.from_row(row) if row else None, errors=errors)


async def agree_co_manage_rule(info: Info, input: AgreeCoManageRuleInput) -> CoManageRulePayload:
    """共管: record a rule the estate agreed and who keeps it."""

    async def body(check: Check) -> models.Rule | None:
        project = await _load_project(check, input.project)
        title = check.text("title", input.title)
        content = check.text("content", input.content, required=False, max_length=TEXT_LENGTH)
        _reached(check, project, Stage.CO_MANAGE, "co-manage rules")
        parsed = parse_global_id(input.keeper)
        organisation: Any = None
        person: Any = None
        if parsed is not None and parsed[0] == "Organisation":
            organisation = await check.load(
                "keeper", input.keeper, "Organisation", core.Organisation
            )
        elif parsed is not None and parsed[0] == "Person":
            person = await check.load("keeper", input.keeper, "Person", core.Person)
        else:
            check.errors.add(
                "keeper", UserErrorCode.NOT_FOUND, "is not the ID of an organisation or a person"
            )
        if project is not None:
            check.past("agreedOn", input.agreed_on, project.started_on)
            if organisation is not None and (
                organisation.estate_id != project.estate_id
                or not _may_keep_rules(check, organisation.kind)
            ):
                check.errors.add(
                    "keeper",
                    UserErrorCode.WRONG_KIND,
                    "an organisation keeping a rule must be one of the estate's: project "
                    "headquarters, management committee, party branch or one acting for the "
                    "owners, like the owners' committee",
                )
        if check.errors or project is None or title is None:
            return None
        row = models.Rule(
            district_id=project.district_id,
            project_id=project.id,
            title=title,
            content=content,
            agreed_on=input.agreed_on,
            keeper_organisation_id=organisation.id if organisation else None,
            keeper_person_id=person.id if person else None,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return CoManageRulePayload(rule=CoManageRule.from_row(row) if row else None, errors=errors)


async def submit_co_evaluation(info: Info, input: SubmitCoEvaluationInput) -> CoEvaluationPayload:
    """共评: a resident or party member scores the four beauties, once per round."""

    async def body(check: Check) -> models.Evaluation | None:
        project = await _load_project(check, input.project)
        evaluator = await check.load("evaluator", input.evaluator, "Person", core.Person)
        comment = check.text("comment", input.comment, required=False, max_length=NOTE_LENGTH)
        for beauty in Beauty:
            score = getattr(input.scores, beauty.value)
            check.within(f"scores.{beauty.value}", score, SCORE_MIN, SCORE_MAX)
        check.within("round", input.round, 1, MAX_ROUND)
        _reached(check, project, Stage.CO_EVALUATE, "co-evaluations")
        if project is None:
            return None
        check.past("evaluatedOn", input.evaluated_on, project.started_on)
        capacity = Capacity(input.role.value)
        await _capable(check, "evaluator", evaluator, capacity, project.estate_id)
        e = models.Evaluation
        if not check.errors.has("round"):
            latest = await check.session.scalar(
                select(func.max(e.round)).where(e.project_id == project.id, live(e))
            )
            if input.round > (latest or 0) + 1:
                check.errors.add(
                    "round",
                    UserErrorCode.INVALID,
                    f"rounds go in order: the next is {(latest or 0) + 1}",
                )
        if evaluator is not None and not check.errors.has("round"):
            taken = await check.session.scalar(
                select(func.count()).where(
                    e.project_id == project.id,
                    e.round == input.round,
                    e.evaluator_id == evaluator.id,
                    live(e),
                )
            )
            if taken:
                check.errors.add(
                    "evaluator",
                    UserErrorCode.DUPLICATE,
                    f"has already evaluated this project in round {input.round}",
                )
        if check.errors or evaluator is None:
            return None
        row = models.Evaluation(
            district_id=project.district_id,
            project_id=project.id,
            round=input.round,
            evaluator_id=evaluator.id,
            role=input.role.value,
            organisation_score=input.scores.organisation,
            environment_score=input.scores.environment,
            service_score=input.scores.service,
            life_score=input.scores.life,
            comment=comment,
            evaluated_on=input.evaluated_on,
        )
        check.session.add(row)
        await _took_part(
            check,
            project,
            [evaluator.id],
            Stage.CO_EVALUATE,
            capacity,
            input.evaluated_on,
            f"evaluated round {input.round}",
        )
        return row

    row, errors = await run(info, body)
    return CoEvaluationPayload(
        evaluation=CoEvaluation.from_row(row) if row else None, errors=errors
    )


async def record_co_share_outcome(
    info: Info, input: RecordCoShareOutcomeInput
) -> CoShareOutcomePayload:
    """共享: record an outcome residents share, or an award such as demonstration estate."""

    async def body(check: Check) -> models.Outcome | None:
        project = await _load_project(check, input.project)
        title = check.text("title", input.title)
        description = check.text(
            "description", input.description, required=False, max_length=TEXT_LENGTH
        )
        awarded_by = check.text(
            "awardedBy", input.awarded_by, required=input.kind is not OutcomeKind.OUTCOME
        )
        _reached(check, project, Stage.CO_SHARE, "co-share outcomes")
        if project is not None:
            check.past("achievedOn", input.achieved_on, project.started_on)
        if check.errors or project is None or title is None:
            return None
        row = models.Outcome(
            district_id=project.district_id,
            project_id=project.id,
            kind=input.kind.value,
            title=title,
            description=description,
            awarded_by=awarded_by,
            achieved_on=input.achieved_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return CoShareOutcomePayload(
        outcome=CoShareOutcome.from_row(row) if row else None, errors=errors
    )


async def record_co_creation_participation(
    info: Info, input: RecordCoCreationParticipationInput
) -> CoCreationParticipationPayload:
    """Record that a person took part in a stage the project has reached."""

    async def body(check: Check) -> models.Participation | None:
        project = await _load_project(check, input.project)
        person = await check.load("person", input.person, "Person", core.Person)
        activity = check.text("activity", input.activity, required=False)
        if project is None:
            return None
        check.past("tookPartOn", input.took_part_on, project.started_on)
        if Stage(project.stage).position < input.stage.position:
            check.errors.add(
                "stage",
                UserErrorCode.INVALID_STATE,
                f"the project has not reached {input.stage.label} (it is at "
                f"{Stage(project.stage).label})",
            )
        await _capable(check, "person", person, input.capacity, project.estate_id)
        if person is not None:
            pa = models.Participation
            taken = await check.session.scalar(
                select(func.count()).where(
                    pa.project_id == project.id,
                    pa.stage == input.stage.value,
                    pa.person_id == person.id,
                    pa.capacity == input.capacity.value,
                    live(pa),
                )
            )
            if taken:
                check.errors.add(
                    "person",
                    UserErrorCode.DUPLICATE,
                    "already recorded in this stage in this capacity",
                )
        if check.errors or person is None:
            return None
        row = models.Participation(
            district_id=project.district_id,
            project_id=project.id,
            person_id=person.id,
            stage=input.stage.value,
            capacity=input.capacity.value,
            activity=activity,
            took_part_on=input.took_part_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return CoCreationParticipationPayload(
        participation=CoCreationParticipation.from_row(row) if row else None, errors=errors
    )


MUTATION_FIELDS = [
    described(r)
    for r in (
        create_co_creation_project,
        advance_co_creation_stage,
        submit_co_plan_proposal,
        support_co_plan_proposal,
        decide_co_plan_proposal,
        create_co_build_work,
        report_co_build_progress,
        agree_co_manage_rule,
        submit_co_evaluation,
        record_co_share_outcome,
        record_co_creation_participation,
    )
]
