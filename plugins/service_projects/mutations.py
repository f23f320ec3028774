"""Mutations of the three lists, spending, reports, funds and the cycle.

Each validates its whole input with core's :class:`core.graphql.mutations.Check`
first; a refused input returns typed user errors and writes nothing.

Money: a project spends at most its budget, and what it spends from the community's
party service fund stays within the fund of the year (200,000 yuan unless the
district set another amount); both are refused with ``LIMIT_EXCEEDED``. Every change
to those totals first locks the community's row (core's ``Check.lock``), so two
requests at once cannot both pass the check, on PostgreSQL or SQLite.

Scope: needs, resources and projects lie with their community; spending and reports
with their project. The party service funds and the cycle are the district's to set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from sqlalchemy import func, select
from strawberry.types import Info

from core import clock
from core.db import models as core
from core.db.models import NAME_LENGTH, live
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run, unset
from plugins.service_projects import loaders, models
from plugins.service_projects.domain import (
    FIRST_YEAR,
    MAX_YUAN,
    PERIODS,
    SCORE_MAX,
    SCORE_MIN,
    TEXT_LENGTH,
    Category,
    FundSource,
    NeedStatus,
    ProjectKind,
    ReportKind,
    ResourceKind,
    period_bounds,
    runs_in,
)
from plugins.service_projects.types import (
    PartyServiceFund,
    ServiceNeed,
    ServiceProject,
    ServiceProjectReport,
    ServiceProjectsCycle,
    ServiceProjectSpending,
    ServiceResource,
)

MAX_LINKS = 50
"""Most needs, or resources, one project names."""


@strawberry.type
class ServiceNeedPayload:
    need: ServiceNeed | None
    errors: list[UserError]


@strawberry.type
class ServiceResourcePayload:
    resource: ServiceResource | None
    errors: list[UserError]


@strawberry.type
class ServiceProjectPayload:
    project: ServiceProject | None
    errors: list[UserError]


@strawberry.type
class ServiceProjectSpendingPayload:
    spending: ServiceProjectSpending | None
    errors: list[UserError]


@strawberry.type
class ServiceProjectReportPayload:
    report: ServiceProjectReport | None
    errors: list[UserError]


@strawberry.type
class PartyServiceFundPayload:
    fund: PartyServiceFund | None
    errors: list[UserError]


@strawberry.type
class ServiceProjectsCyclePayload:
    cycle: ServiceProjectsCycle | None
    errors: list[UserError]


@strawberry.input
class PostServiceNeedInput:
    community: strawberry.ID
    title: str
    category: Category
    description: str | None = None
    raised_on: dt.date


@strawberry.input
class UpdateServiceNeedInput:
    id: strawberry.ID
    title: str | None = strawberry.UNSET
    category: Category | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    status: NeedStatus | None = strawberry.UNSET
    closed_on: dt.date | None = strawberry.field(
        default=strawberry.UNSET,
        description="When it was met or withdrawn; today when a status other than OPEN is"
        " given without it.",
    )


@strawberry.input
class RecordServiceResourceInput:
    community: strawberry.ID
    title: str
    kind: ResourceKind
    description: str | None = None
    provider: strawberry.ID | None = strawberry.field(
        default=None, description="The organisation offering it, e.g. a co-building unit."
    )


@strawberry.input
class CreateServiceProjectInput:
    community: strawberry.ID
    kind: ProjectKind
    title: str
    category: Category
    year: int
    budget: int = strawberry.field(description="Yuan planned for the year, 0 or more.")
    started_on: dt.date = strawberry.field(description="A day of the project's year.")
    ends_on: dt.date | None = strawberry.field(
        default=None, description="A day of its year; null: runs to the year's end."
    )
    needs: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Needs of the community it answers."
    )
    resources: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Resources of the community it uses."
    )


@strawberry.input
class UpdateServiceProjectInput:
    id: strawberry.ID
    title: str | None = strawberry.UNSET
    category: Category | None = strawberry.UNSET
    budget: int | None = strawberry.field(
        default=strawberry.UNSET, description="Not below what it spent already."
    )
    ends_on: dt.date | None = strawberry.UNSET
    needs: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces the needs it answers."
    )
    resources: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces the resources it uses."
    )


@strawberry.input
class RecordServiceProjectSpendingInput:
    project: strawberry.ID
    amount: int = strawberry.field(description="Whole yuan, more than 0.")
    spent_on: dt.date = strawberry.field(description="A day of the project's year, not ahead.")
    source: FundSource
    purpose: str | None = None


@strawberry.input
class SubmitServiceProjectReportInput:
    project: strawberry.ID
    kind: ReportKind
    period: int = strawberry.field(
        default=1, description="The month (1-12), the half (1-2), or 1 for the yearly evaluation."
    )
    submitted_on: dt.date
    summary: str
    score: int | None = strawberry.field(
        default=None,
        description="0-100: required for a yearly evaluation, optional for a half-year check,"
        " none for a monthly report.",
    )


@strawberry.input
class SetPartyServiceFundInput:
    community: strawberry.ID
    year: int
    amount: int = strawberry.field(description="Yuan; not below what was spent from it.")


@strawberry.input
class SetServiceProjectsCycleInput:
    since: dt.date = strawberry.field(description="Periods ending before it owe nothing.")
    due_days: int = strawberry.field(default=10, description="1-90 days after each period.")
    monthly_reports: bool = True
    half_year_checks: bool = True
    yearly_evaluation: bool = True


# -- shared checks --------------------------------------------------------------------------


def _year(check: Check, path: str, year: int | None) -> None:
    """A project's year: from the programme's first year to next year (planned ahead)."""
    last = clock.today().year + 1
    if year is not None and not FIRST_YEAR <= year <= last:
        check.errors.add(
            path, UserErrorCode.OUT_OF_RANGE, f"must be between {FIRST_YEAR} and {last}"
        )


def _in_year(check: Check, path: str, day: dt.date | None, year: int) -> None:
    if day is not None and day.year != year:
        check.errors.add(path, UserErrorCode.INVALID_PERIOD, f"must be a day of {year}")


async def _linked(
    check: Check,
    path: str,
    ids: list[strawberry.ID],
    type_name: str,
    model: Any,
    community_id: int | None,
) -> list[int]:
    """The live needs (or resources) a project names, all of its community."""
    if len(ids) > MAX_LINKS:
        check.errors.add(path, UserErrorCode.OUT_OF_RANGE, f"must name at most {MAX_LINKS}")
        return []
    found: list[int] = []
    for index, global_id in enumerate(dict.fromkeys(ids)):
        row = await check.load(f"{path}.{index}", global_id, type_name, model, change=False)
        if row is None:
            continue
        if community_id is not None and row.community_id != community_id:
            check.errors.add(
                f"{path}.{index}",
                UserErrorCode.INVALID,
                f"must be a {type_name} of the project's community",
            )
            continue
        found.append(row.id)
    return found


def _link(check: Check, model: Any, column: str, project_id: int, pks: list[int]) -> None:
    for pk in pks:
        check.session.add(
            model(district_id=check.context.district_id, project_id=project_id, **{column: pk})
        )


async def _spent(check: Check, project_id: int) -> int:
    spending = models.Spending
    total = await check.session.scalar(
        select(func.coalesce(func.sum(spending.amount), 0)).where(
            spending.project_id == project_id, live(spending)
        )
    )
    return int(total or 0)


async def _fund_spent(check: Check, community_id: int, year: int) -> int:
    """Yuan the community's live projects of ``year`` spent from its party service fund."""
    spending, project = models.Spending, models.Project
    total = await check.session.scalar(
        select(func.coalesce(func.sum(spending.amount), 0))
        .join(project, project.id == spending.project_id)
        .where(
            project.community_id == community_id,
            project.year == year,
            live(project),
            spending.source == FundSource.PARTY_SERVICE_FUND.value,
            live(spending),
        )
    )
    return int(total or 0)


async def _fund_amount(check: Check, community_id: int, year: int) -> int:
    """The community's party service fund of ``year``: as the district set it, or the default."""
    fund = models.Fund
    amount = await check.session.scalar(
        select(fund.amount).where(fund.community_id == community_id, fund.year == year, live(fund))
    )
    if amount is not None:
        return int(amount)
    return loaders.settings(check.context).party_service_fund


def _yuan(check: Check, path: str, amount: int | None, low: int) -> None:
    check.within(path, amount, low, MAX_YUAN)


# -- the three lists ----------------------------------------------------------------------------


async def post_service_need(info: Info, input: PostServiceNeedInput) -> ServiceNeedPayload:
    """Post a need residents raised on the community's needs list (需求清单)."""

    async def body(check: Check) -> models.Need | None:
        community = await check.load("community", input.community, "Community", core.Community)
        title = check.text("title", input.title)
        description = check.text(
            "description", input.description, required=False, max_length=TEXT_LENGTH
        )
        check.past("raisedOn", input.raised_on)
        if check.errors or community is None:
            return None
        row = models.Need(
            district_id=check.context.district_id,
            community_id=community.id,
            title=title,
            category=input.category.value,
            description=description,
            status=NeedStatus.OPEN.value,
            raised_on=input.raised_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return ServiceNeedPayload(need=ServiceNeed.from_row(row) if row else None, errors=errors)


async def update_service_need(info: Info, input: UpdateServiceNeedInput) -> ServiceNeedPayload:
    """Change a need's wording or category, or mark it met or withdrawn (or open again)."""

    async def body(check: Check) -> models.Need | None:
        row = await check.load("id", input.id, "ServiceNeed", models.Need)
        title = None if unset(input.title) else check.text("title", input.title)
        description = (
            None
            if unset(input.description)
            else check.text(
                "description", input.description, required=False, max_length=TEXT_LENGTH
            )
        )
        for path, value in (("category", input.category), ("status", input.status)):
            if not unset(value):
                check.required(path, value)
        closed_on = None if unset(input.closed_on) else input.closed_on
        check.past("closedOn", closed_on)
        if row is None or check.errors:
            return None
        status = (
            NeedStatus(row.status) if unset(input.status) or input.status is None else input.status
        )
        if status is NeedStatus.OPEN:
            if closed_on is not None:
                check.errors.add(
                    "closedOn", UserErrorCode.INVALID, "an open need has no closing day"
                )
                return None
        else:
            closed_on = closed_on or row.closed_on or clock.today()
            check.period("raisedOn", row.raised_on, "closedOn", closed_on)
            if check.errors:
                return None
        if title is not None:
            row.title = title
        if input.category:
            row.category = input.category.value
        if not unset(input.description):
            row.description = description
        row.status = status.value
        row.closed_on = closed_on if status is not NeedStatus.OPEN else None
        return row

    row, errors = await run(info, body)
    return ServiceNeedPayload(need=ServiceNeed.from_row(row) if row else None, errors=errors)


async def record_service_resource(
    info: Info, input: RecordServiceResourceInput
) -> ServiceResourcePayload:
    """Put a resource on the community's resources list (资源清单)."""

    async def body(check: Check) -> models.Resource | None:
        community = await check.load("community", input.community, "Community", core.Community)
        provider = await check.load(
            "provider",
            input.provider,
            "Organisation",
            core.Organisation,
            required=False,
            change=False,
        )
        title = check.text("title", input.title)
        description = check.text(
            "description", input.description, required=False, max_length=TEXT_LENGTH
        )
        if check.errors or community is None:
            return None
        row = models.Resource(
            district_id=check.context.district_id,
            community_id=community.id,
            title=title,
            kind=input.kind.value,
            description=description,
            provider_id=provider.id if provider else None,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return ServiceResourcePayload(
        resource=ServiceResource.from_row(row) if row else None, errors=errors
    )


# -- projects ------------------------------------------------------------------------------------


async def create_service_project(
    info: Info, input: CreateServiceProjectInput
) -> ServiceProjectPayload:
    """Put a secretary project or service project on the community's projects list (项目清单)."""

    async def body(check: Check) -> models.Project | None:
        community = await check.load("community", input.community, "Community", core.Community)
        title = check.text("title", input.title)
        _year(check, "year", input.year)
        _yuan(check, "budget", input.budget, 0)
        check.period("startedOn", input.started_on, "endsOn", input.ends_on)
        _in_year(check, "startedOn", input.started_on, input.year)
        _in_year(check, "endsOn", input.ends_on, input.year)
        pk = community.id if community else None
        needs = await _linked(check, "needs", input.needs, "ServiceNeed", models.Need, pk)
        resources = await _linked(
            check, "resources", input.resources, "ServiceResource", models.Resource, pk
        )
        if check.errors or community is None:
            return None
        row = models.Project(
            district_id=check.context.district_id,
            community_id=community.id,
            kind=input.kind.value,
            title=title,
            category=input.category.value,
            year=input.year,
            budget=input.budget,
            started_on=input.started_on,
            ends_on=input.ends_on,
        )
        check.session.add(row)
        await check.session.flush()
        _link(check, models.ProjectNeed, "need_id", row.id, needs)
        _link(check, models.ProjectResource, "resource_id", row.id, resources)
        return row

    row, errors = await run(info, body)
    return ServiceProjectPayload(
        project=ServiceProject.from_row(row) if row else None, errors=errors
    )


async def _relink(check: Check, model: Any, column: str, project_id: int, pks: list[int]) -> None:
    """Make the project's links of ``model`` exactly ``pks`` (the audit trail keeps the old)."""
    links = list(await check.session.scalars(select(model).where(model.project_id == project_id)))
    for link in links:
        if getattr(link, column) not in pks:
            await check.session.delete(link)
    kept = {getattr(link, column) for link in links}
    _link(check, model, column, project_id, [pk for pk in pks if pk not in kept])


async def update_service_project(
    info: Info, input: UpdateServiceProjectInput
) -> ServiceProjectPayload:
    """Change a project's title, category, budget (not below its spending), end, needs or
    resources."""

    async def body(check: Check) -> models.Project | None:
        row = await check.load("id", input.id, "ServiceProject", models.Project)
        title = None if unset(input.title) else check.text("title", input.title)
        for path, value in (
            ("category", input.category),
            ("budget", input.budget),
            ("needs", input.needs),
            ("resources", input.resources),
        ):
            if not unset(value):
                check.required(path, value)
        if isinstance(input.budget, int):
            _yuan(check, "budget", input.budget, 0)
        if row is None:
            return None
        ends_on = row.ends_on if unset(input.ends_on) else input.ends_on
        if not unset(input.ends_on):
            check.period("startedOn", row.started_on, "endsOn", ends_on)
            _in_year(check, "endsOn", ends_on, row.year)
        needs = (
            await _linked(check, "needs", input.needs, "ServiceNeed", models.Need, row.community_id)
            if isinstance(input.needs, list)
            else None
        )
        resources = (
            await _linked(
                check,
                "resources",
                input.resources,
                "ServiceResource",
                models.Resource,
                row.community_id,
            )
            if isinstance(input.resources, list)
            else None
        )
        if check.errors:
            return None
        if isinstance(input.budget, int):
            await check.lock(core.Community, row.community_id)
            spent = await _spent(check, row.id)
            if input.budget < spent:
                check.errors.add(
                    "budget",
                    UserErrorCode.LIMIT_EXCEEDED,
                    f"the project spent {spent} yuan already; the budget cannot be less",
                )
                return None
            row.budget = input.budget
        if title is not None:
            row.title = title
        if input.category:
            row.category = input.category.value
        row.ends_on = ends_on
        if needs is not None:
            await _relink(check, models.ProjectNeed, "need_id", row.id, needs)
        if resources is not None:
            await _relink(check, models.ProjectResource, "resource_id", row.id, resources)
        return row

    row, errors = await run(info, body)
    return ServiceProjectPayload(
        project=ServiceProject.from_row(row) if row else None, errors=errors
    )


async def record_service_project_spending(
    info: Info, input: RecordServiceProjectSpendingInput
) -> ServiceProjectSpendingPayload:
    """Record money a project spent: within its budget and, from the party service fund,
    within the community's fund of the year."""

    async def body(check: Check) -> models.Spending | None:
        project = await check.load("project", input.project, "ServiceProject", models.Project)
        _yuan(check, "amount", input.amount, 1)
        purpose = check.text("purpose", input.purpose, required=False, max_length=NAME_LENGTH)
        check.past("spentOn", input.spent_on)
        if project is None:
            return None
        if not check.errors.has("spentOn"):
            _in_year(check, "spentOn", input.spent_on, project.year)
            if not check.errors.has("spentOn") and input.spent_on < project.started_on:
                check.errors.add(
                    "spentOn",
                    UserErrorCode.INVALID_PERIOD,
                    f"must not be before the project started, {project.started_on}",
                )
        if check.errors:
            return None
        # Lock, write, then read the totals the new row must stay within.
        await check.lock(core.Community, project.community_id)
        row = models.Spending(
            district_id=check.context.district_id,
            project_id=project.id,
            amount=input.amount,
            spent_on=input.spent_on,
            source=input.source.value,
            purpose=purpose,
        )
        check.session.add(row)
        await check.session.flush()
        spent = await _spent(check, project.id)
        if spent > project.budget:
            check.errors.add(
                "amount",
                UserErrorCode.LIMIT_EXCEEDED,
                f"the project has {project.budget - spent + input.amount} yuan of its budget"
                f" ({project.budget}) left",
            )
        if input.source is FundSource.PARTY_SERVICE_FUND:
            fund = await _fund_amount(check, project.community_id, project.year)
            used = await _fund_spent(check, project.community_id, project.year)
            if used > fund:
                check.errors.add(
                    "amount",
                    UserErrorCode.LIMIT_EXCEEDED,
                    f"the community's party service fund of {project.year} ({fund} yuan) has"
                    f" {fund - used + input.amount} yuan left",
                )
        return None if check.errors else row

    row, errors = await run(info, body)
    return ServiceProjectSpendingPayload(
        spending=ServiceProjectSpending.from_row(row) if row else None, errors=errors
    )


async def submit_service_project_report(
    info: Info, input: SubmitServiceProjectReportInput
) -> ServiceProjectReportPayload:
    """Submit a project's monthly report, half-year check or yearly evaluation (with a score)."""

    async def body(check: Check) -> models.Report | None:
        project = await check.load("project", input.project, "ServiceProject", models.Project)
        summary = check.text("summary", input.summary, max_length=TEXT_LENGTH)
        check.past("submittedOn", input.submitted_on)
        periods = PERIODS[input.kind]
        check.within("period", input.period, 1, periods)
        if input.kind is ReportKind.YEARLY_EVALUATION:
            check.required("score", input.score)
        elif input.kind is ReportKind.MONTHLY_REPORT and input.score is not None:
            check.errors.add("score", UserErrorCode.INVALID, "a monthly report carries no score")
        check.within("score", input.score, SCORE_MIN, SCORE_MAX)
        if project is None or check.errors:
            return None
        start, end = period_bounds(input.kind, project.year, input.period)
        if not runs_in(project.year, project.started_on, project.ends_on, start, end):
            check.errors.add(
                "period", UserErrorCode.INVALID_PERIOD, "the project does not run in that period"
            )
        elif input.submitted_on < start:
            check.errors.add(
                "submittedOn", UserErrorCode.INVALID_PERIOD, f"must not be before {start}"
            )
        report = models.Report
        if await check.session.scalar(
            select(func.count()).where(
                report.project_id == project.id,
                report.kind == input.kind.value,
                report.period == input.period,
                live(report),
            )
        ):
            check.errors.add(
                "period", UserErrorCode.DUPLICATE, "the project has reported for that period"
            )
        if check.errors:
            return None
        row = models.Report(
            district_id=check.context.district_id,
            project_id=project.id,
            kind=input.kind.value,
            period=input.period,
            submitted_on=input.submitted_on,
            summary=summary,
            score=input.score,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return ServiceProjectReportPayload(
        report=ServiceProjectReport.from_row(row) if row else None, errors=errors
    )


# -- the district's settings ------------------------------------------------------------


async def set_party_service_fund(
    info: Info, input: SetPartyServiceFundInput
) -> PartyServiceFundPayload:
    """Set a community's party service fund of a year (200,000 yuan unless set), never below
    what its projects spent from it."""

    async def body(check: Check) -> models.Fund | None:
        community = await check.load("community", input.community, "Community", core.Community)
        _year(check, "year", input.year)
        _yuan(check, "amount", input.amount, 0)
        if check.errors or community is None:
            return None
        await check.lock(core.Community, community.id)
        used = await _fund_spent(check, community.id, input.year)
        if input.amount < used:
            check.errors.add(
                "amount",
                UserErrorCode.LIMIT_EXCEEDED,
                f"the community's projects spent {used} yuan of the fund already",
            )
            return None
        fund = models.Fund
        row = await check.session.scalar(
            select(fund).where(fund.community_id == community.id, fund.year == input.year)
        )
        if row is None:
            row = models.Fund(
                district_id=check.context.district_id,
                community_id=community.id,
                year=input.year,
                amount=input.amount,
            )
            check.session.add(row)
        else:
            row.amount, row.archived_at = input.amount, None
        return row

    row, errors = await run(info, body)
    if row is None:
        return PartyServiceFundPayload(fund=None, errors=errors)
    loader = loaders.funds(info.context, row.year)
    return PartyServiceFundPayload(
        fund=PartyServiceFund.of(await loader.load(row.community_id)), errors=[]
    )


async def set_service_projects_cycle(
    info: Info, input: SetServiceProjectsCycleInput
) -> ServiceProjectsCyclePayload:
    """Set the district's cycle of reports: which are due, from when, how long after each period."""

    async def body(check: Check) -> models.CycleSetting | None:
        if not await check.district_wide("since"):
            return None
        check.within("dueDays", input.due_days, 1, 90)
        if input.since.year < FIRST_YEAR:
            check.errors.add(
                "since", UserErrorCode.OUT_OF_RANGE, f"must not be before {FIRST_YEAR}"
            )
        if check.errors:
            return None
        setting = models.CycleSetting
        district = check.context.district_id
        row = await check.session.scalar(select(setting).where(setting.district_id == district))
        if row is None:
            row = setting(district_id=district)
            check.session.add(row)
        row.since, row.due_days, row.archived_at = input.since, input.due_days, None
        row.monthly_reports = input.monthly_reports
        row.half_year_checks = input.half_year_checks
        row.yearly_evaluation = input.yearly_evaluation
        return row

    row, errors = await run(info, body)
    cycle = loaders.cycle_of(row)
    return ServiceProjectsCyclePayload(
        cycle=None if cycle is None else ServiceProjectsCycle.of(cycle), errors=errors
    )


MUTATION_FIELDS = [
    described(post_service_need),
    described(update_service_need),
    described(record_service_resource),
    described(create_service_project),
    described(update_service_project),
    described(record_service_project_spending),
    described(submit_service_project_report),
    described(set_party_service_fund),
    described(set_service_projects_cycle),
]
