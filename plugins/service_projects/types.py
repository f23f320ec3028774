"""GraphQL types of the programme and the fields it adds to core types.

Every relation resolves through core's by-id loader (``load_node``), core's keyset
``paginate`` or a batched loader (:mod:`.loaders`), so a query's statement count
depends on its shape, never on how many projects it lists. What a project owes
under the district's cycle is worked out in Python from two batched loads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from enum import Enum
from typing import Annotated, Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, select
from strawberry.types import Info

from core import clock
from core.db import models as core
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.filters import contains, filter_id
from core.graphql.node import Node, load_node
from core.graphql.organisations.types import Organisation
from core.graphql.pagination import (
    Connection,
    OrderDirection,
    Source,
    connection,
    decode_cursor,
    encode_cursor,
    page_of,
    paginate,
)
from core.graphql.places.types import Community
from plugins.service_projects import loaders, models
from plugins.service_projects.domain import (
    FIRST_YEAR,
    Category,
    Cycle,
    DueReport,
    FundSource,
    NeedStatus,
    ProjectKind,
    ReportKind,
    ResourceKind,
)
from plugins.service_projects.needs import Response

strawberry.enum(
    ProjectKind,
    name="ServiceProjectKind",
    description="A secretary project (书记项目, led by the community party secretary) or a"
    " service project (为民服务项目).",
)
strawberry.enum(
    Category,
    name="ServiceCategory",
    description="What a need or project is about: party education (党性教育), employment"
    " (就业创业), elderly care and relief (颐养救助), poverty relief (扶贫救助), residents'"
    " everyday matters (小事难事急事), other.",
)
strawberry.enum(NeedStatus, name="ServiceNeedStatus", description="Where a need stands.")
strawberry.enum(
    ResourceKind, name="ServiceResourceKind", description="What a resource on the list is."
)
strawberry.enum(
    FundSource,
    name="ServiceFundSource",
    description="Where money a project spends comes from: the community's party service"
    " fund (党组织为民服务专项经费, capped per year), the implementation funds the district"
    " allocates (服务项目实施经费), or other support.",
)
strawberry.enum(
    ReportKind,
    name="ServiceReportKind",
    description="The cycle of reports: monthly report (每月通报), half-year check (半年检查),"
    " yearly evaluation with a score (年度评估).",
)


@strawberry.enum(description="Fields service projects are ordered by.")
class ServiceProjectOrder(Enum):
    """Order of projects."""

    TITLE = "title"
    YEAR = "year"
    BUDGET = "budget"
    ID = "id"


# -- sources of connections ---------------------------------------------------------------

N, RS, P = models.Need, models.Resource, models.Project
PN, PR = models.ProjectNeed, models.ProjectResource
NEEDS_OF_DISTRICT = Source("service_projects.district.needs", N, N.district_id)
NEEDS_OF_COMMUNITY = Source("service_projects.community.needs", N, N.community_id)
NEEDS_OF_PROJECT = Source(
    "service_projects.project.needs",
    N,
    PN.project_id,
    join=lambda s: s.join(PN, PN.need_id == N.id),
)
RESOURCES_OF_DISTRICT = Source("service_projects.district.resources", RS, RS.district_id)
RESOURCES_OF_COMMUNITY = Source("service_projects.community.resources", RS, RS.community_id)
RESOURCES_OF_PROVIDER = Source("service_projects.provider.resources", RS, RS.provider_id)
RESOURCES_OF_PROJECT = Source(
    "service_projects.project.resources",
    RS,
    PR.project_id,
    join=lambda s: s.join(PR, PR.resource_id == RS.id),
)
PROJECTS_OF_DISTRICT = Source("service_projects.district.projects", P, P.district_id)
PROJECTS_OF_COMMUNITY = Source("service_projects.community.projects", P, P.community_id)
PROJECTS_OF_NEED = Source(
    "service_projects.need.projects",
    P,
    PN.need_id,
    join=lambda s: s.join(PN, PN.project_id == P.id),
)
PROJECTS_OF_RESOURCE = Source(
    "service_projects.resource.projects",
    P,
    PR.resource_id,
    join=lambda s: s.join(PR, PR.project_id == P.id),
)
SPENDING_OF_PROJECT = Source(
    "service_projects.project.spending", models.Spending, models.Spending.project_id
)
REPORTS_OF_PROJECT = Source(
    "service_projects.project.reports", models.Report, models.Report.project_id
)


# -- filters -----------------------------------------------------------------------------


def check_year(year: int, argument: str = "year") -> int:
    """A year a client asks about: from the programme's first year to next year."""
    last = clock.today().year + 1
    if not FIRST_YEAR <= year <= last:
        raise GraphQLError(
            f"Argument '{argument}' must be between {FIRST_YEAR} and {last}, got {year}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return year


def _in_place(
    community_column: Any, street: strawberry.ID | None, community: strawberry.ID | None
) -> list[ColumnElement[bool]]:
    """Rows of a street's or a community's (both optional)."""
    where: list[ColumnElement[bool]] = []
    if street is not None:
        pk = filter_id(street, "Street", "street")
        where.append(
            community_column.in_(select(core.Community.id).where(core.Community.street_id == pk))
        )
    if community is not None:
        where.append(community_column == filter_id(community, "Community", "community"))
    return where


@strawberry.input(description="Narrows a list of service projects.")
class ServiceProjectFilter:
    """Every condition given must hold."""

    kind: ProjectKind | None = None
    year: int | None = None
    category: Category | None = None
    street: strawberry.ID | None = None
    community: strawberry.ID | None = None
    search: str | None = strawberry.field(default=None, description="Part of the title.")


def project_where(f: ServiceProjectFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a project filter, and a hashable key of it."""
    if f is None:
        return [], None
    where = _in_place(P.community_id, f.street, f.community)
    if f.kind is not None:
        where.append(P.kind == f.kind.value)
    if f.year is not None:
        where.append(P.year == check_year(f.year))
    if f.category is not None:
        where.append(P.category == f.category.value)
    if f.search:
        where.append(contains(P.title, f.search))
    return where, (f.kind, f.year, f.category, f.street, f.community, f.search)


@strawberry.input(description="Narrows a list of needs.")
class ServiceNeedFilter:
    """Every condition given must hold."""

    status: NeedStatus | None = None
    category: Category | None = None
    street: strawberry.ID | None = None
    community: strawberry.ID | None = None


def need_where(f: ServiceNeedFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a need filter, and a hashable key of it."""
    if f is None:
        return [], None
    where = _in_place(N.community_id, f.street, f.community)
    if f.status is not None:
        where.append(N.status == f.status.value)
    if f.category is not None:
        where.append(N.category == f.category.value)
    return where, (f.status, f.category, f.street, f.community)


@strawberry.input(description="Narrows a list of resources.")
class ServiceResourceFilter:
    """Every condition given must hold."""

    kind: ResourceKind | None = None
    street: strawberry.ID | None = None
    community: strawberry.ID | None = None


def resource_where(f: ServiceResourceFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a resource filter, and a hashable key of it."""
    if f is None:
        return [], None
    where = _in_place(RS.community_id, f.street, f.community)
    if f.kind is not None:
        where.append(RS.kind == f.kind.value)
    return where, (f.kind, f.street, f.community)


async def _community(info: Info, pk: int) -> Community:
    # The programme's records lie with their community: whoever sees them sees it.
    node = await load_node(info.context, Community, core.Community, pk)
    assert node is not None
    return node


# -- the three lists -----------------------------------------------------------------------


@strawberry.type(description="需求清单: a need residents raised, posted by the community.")
class ServiceNeed(Node):
    """A need; open until met or withdrawn. Other programmes' people can claim and answer it."""

    title: str
    category: Category
    description: str | None
    status: NeedStatus
    raised_on: dt.date
    closed_on: dt.date | None = strawberry.field(description="When it was met or withdrawn.")
    archived_at: dt.datetime | None
    community_id: strawberry.Private[int]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)

    @strawberry.field(description="Projects answering it.")
    async def projects(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[ServiceProject]:
        return await paginate(
            info, ServiceProject, PROJECTS_OF_NEED, self.pk, page_of(first, after)
        )

    @strawberry.field(
        description="What other enabled programmes recorded in answer to it (dual-report"
        " members' claims and volunteer services), one entry per programme with any."
    )
    async def responses(self, info: Info) -> list[Response]:
        found: list[Response] = await info.context.loader("service_projects.responses").load(
            self.pk
        )
        return found


@strawberry.type(description="资源清单: something the community can draw on for its projects.")
class ServiceResource(Node):
    """A venue, volunteers, expertise, funds or materials, possibly offered by a unit."""

    title: str
    kind: ResourceKind
    description: str | None
    archived_at: dt.datetime | None
    community_id: strawberry.Private[int]
    provider_id: strawberry.Private[int | None]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)

    @strawberry.field(
        description="The unit offering it (a co-building unit...); null when none, or"
        " outside your scope."
    )
    async def provider(self, info: Info) -> Organisation | None:
        return await load_node(info.context, Organisation, core.Organisation, self.provider_id)

    @strawberry.field(description="Projects using it.")
    async def projects(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[ServiceProject]:
        return await paginate(
            info, ServiceProject, PROJECTS_OF_RESOURCE, self.pk, page_of(first, after)
        )


@strawberry.type(description="A report a project owes under the district's cycle.")
class ServiceProjectDueReport:
    """Kind, period and the last day it was on time."""

    kind: ReportKind
    period: int = strawberry.field(
        description="The month (1-12), the half (1-2) or 1 for the yearly evaluation."
    )
    due_on: dt.date
    project_id: strawberry.Private[int]

    @strawberry.field
    async def project(self, info: Info) -> ServiceProject:
        return await _project(info, self.project_id)

    @classmethod
    def of(cls, project_id: int, due: DueReport) -> ServiceProjectDueReport:
        """What a project owes."""
        return cls(kind=due.kind, period=due.period, due_on=due.due_on, project_id=project_id)


@strawberry.type(
    description="项目清单: a secretary project (书记项目) or service project (为民服务项目) of a"
    " community for one year, answering needs with resources."
)
class ServiceProject(Node):
    """A project with its budget, spending and reports."""

    kind: ProjectKind
    title: str
    category: Category
    year: int
    budget: int = strawberry.field(description="Yuan planned for the year.")
    started_on: dt.date
    ends_on: dt.date | None = strawberry.field(description="Null: runs to the year's end.")
    archived_at: dt.datetime | None
    community_id: strawberry.Private[int]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)

    @strawberry.field(description="Needs it answers.")
    async def needs(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[ServiceNeed]:
        return await paginate(info, ServiceNeed, NEEDS_OF_PROJECT, self.pk, page_of(first, after))

    @strawberry.field(description="Resources it uses.")
    async def resources(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[ServiceResource]:
        return await paginate(
            info, ServiceResource, RESOURCES_OF_PROJECT, self.pk, page_of(first, after)
        )

    @strawberry.field(description="What it spent, latest recorded first.")
    async def spending(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        source: FundSource | None = None,
    ) -> Connection[ServiceProjectSpending]:
        where = [] if source is None else [models.Spending.source == source.value]
        return await paginate(
            info,
            ServiceProjectSpending,
            SPENDING_OF_PROJECT,
            self.pk,
            page_of(first, after, "id", OrderDirection.DESC),
            where=where,
            filter_key=source,
        )

    @strawberry.field(description="Yuan spent, all sources together.")
    async def spent(self, info: Info) -> int:
        found: int = await info.context.loader("service_projects.spent").load(self.pk)
        return found

    @strawberry.field(description="Yuan of the budget not spent yet.")
    async def remaining(self, info: Info) -> int:
        spent: int = await info.context.loader("service_projects.spent").load(self.pk)
        return self.budget - spent

    @strawberry.field(description="Its reports, checks and evaluations, latest recorded first.")
    async def reports(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        kind: ReportKind | None = None,
    ) -> Connection[ServiceProjectReport]:
        where = [] if kind is None else [models.Report.kind == kind.value]
        return await paginate(
            info,
            ServiceProjectReport,
            REPORTS_OF_PROJECT,
            self.pk,
            page_of(first, after, "id", OrderDirection.DESC),
            where=where,
            filter_key=kind,
        )

    @strawberry.field(description="Its yearly evaluation (年度评估), with the score, if made.")
    async def evaluation(self, info: Info) -> ServiceProjectReport | None:
        rows = await info.context.loader("service_projects.reports").load(self.pk)
        row = loaders.evaluation(rows)
        return None if row is None else ServiceProjectReport.from_row(row)

    @strawberry.field(
        description="Reports the district's cycle asks for whose due day has passed without"
        " one (overdue), oldest first; empty where the district runs no cycle."
    )
    async def overdue_reports(self, info: Info) -> list[ServiceProjectDueReport]:
        context: Context = info.context
        cycle = await context.loader("service_projects.cycle").load(context.district_id)
        rows = await context.loader("service_projects.reports").load(self.pk)
        return [
            ServiceProjectDueReport.of(self.pk, due) for due in loaders.overdue(cycle, self, rows)
        ]


async def _project(info: Info, pk: int) -> ServiceProject:
    # A project's records lie with it: whoever sees them sees the project.
    node = await load_node(info.context, ServiceProject, models.Project, pk)
    assert node is not None
    return node


@strawberry.type(description="Money a project spent, from one source.")
class ServiceProjectSpending(Node):
    """One spending record, in whole yuan."""

    amount: int
    spent_on: dt.date
    source: FundSource
    purpose: str | None
    archived_at: dt.datetime | None
    project_id: strawberry.Private[int]

    @strawberry.field
    async def project(self, info: Info) -> ServiceProject:
        return await _project(info, self.project_id)


@strawberry.type(
    description="A monthly report (每月通报), half-year check (半年检查) or yearly evaluation"
    " (年度评估) of a project."
)
class ServiceProjectReport(Node):
    """One report of the cycle; evaluations carry a score."""

    kind: ReportKind
    period: int = strawberry.field(
        description="The month (1-12), the half (1-2) or 1 for the yearly evaluation."
    )
    submitted_on: dt.date
    summary: str
    score: int | None = strawberry.field(description="0-100; always given for an evaluation.")
    archived_at: dt.datetime | None
    project_id: strawberry.Private[int]

    @strawberry.field
    async def project(self, info: Info) -> ServiceProject:
        return await _project(info, self.project_id)


@strawberry.type(
    description="A community's party service fund for a year (党组织为民服务专项经费) and what"
    " its projects spent from it."
)
class PartyServiceFund:
    """Yuan: the fund, what was spent from it, what is left."""

    year: int
    amount: int
    set_by_district: bool = strawberry.field(
        description="Whether the district set this amount; else the programme's default."
    )
    spent: int
    remaining: int
    community_id: strawberry.Private[int]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)

    @classmethod
    def of(cls, balance: loaders.FundBalance) -> PartyServiceFund:
        """From the loader's value."""
        return cls(
            year=balance.year,
            amount=balance.amount,
            set_by_district=balance.set_by_district,
            spent=balance.spent,
            remaining=balance.amount - balance.spent,
            community_id=balance.community_id,
        )


@strawberry.type(
    description="The district's cycle of reports for its projects (Yandu's: 每月通报、半年检查、"
    "年度评估)."
)
class ServiceProjectsCycle:
    """Which reports are due, from when, and how many days after their period."""

    since: dt.date = strawberry.field(description="Periods ending before it owe nothing.")
    due_days: int = strawberry.field(description="Days after its period a report is due.")
    monthly_reports: bool
    half_year_checks: bool
    yearly_evaluation: bool

    @classmethod
    def of(cls, cycle: Cycle) -> ServiceProjectsCycle:
        """From the domain's value."""
        return cls(
            since=cycle.since,
            due_days=cycle.due_days,
            monthly_reports=cycle.monthly_reports,
            half_year_checks=cycle.half_year_checks,
            yearly_evaluation=cycle.yearly_evaluation,
        )


# -- fields on core types and the root ------------------------------------------------------


async def _projects(
    info: Info,
    source: Source,
    parent: int,
    first: int | None,
    after: str | None,
    filter: ServiceProjectFilter | None,
    order_by: ServiceProjectOrder,
    direction: OrderDirection,
    include_archived: bool = False,
) -> Connection[ServiceProject]:
    where, key = project_where(filter)
    return await paginate(
        info,
        ServiceProject,
        source,
        parent,
        page_of(first, after, order_by.value, direction),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def community_needs(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: ServiceNeedFilter | None = None,
) -> Connection[ServiceNeed]:
    """The community's needs list (需求清单), oldest first."""
    where, key = need_where(filter)
    return await paginate(
        info,
        ServiceNeed,
        NEEDS_OF_COMMUNITY,
        root.pk,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


async def community_resources(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: ServiceResourceFilter | None = None,
) -> Connection[ServiceResource]:
    """The community's resources list (资源清单)."""
    where, key = resource_where(filter)
    return await paginate(
        info,
        ServiceResource,
        RESOURCES_OF_COMMUNITY,
        root.pk,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


async def community_projects(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: ServiceProjectFilter | None = None,
    order_by: ServiceProjectOrder = ServiceProjectOrder.TITLE,
    direction: OrderDirection = OrderDirection.ASC,
) -> Connection[ServiceProject]:
    """The community's projects list (项目清单): secretary and service projects."""
    return await _projects(
        info, PROJECTS_OF_COMMUNITY, root.pk, first, after, filter, order_by, direction
    )


async def party_service_fund(
    root: Community,
    info: Info,
    year: Annotated[
        int | None, strawberry.argument(description="The year; this year when left out.")
    ] = None,
) -> PartyServiceFund:
    """The community's party service fund (为民服务专项经费) of a year, and what was spent."""
    chosen = clock.today().year if year is None else check_year(year)
    return PartyServiceFund.of(await loaders.funds(info.context, chosen).load(root.pk))


async def provided_resources(
    root: Organisation, info: Info, first: int | None = None, after: str | None = None
) -> Connection[ServiceResource]:
    """Resources the organisation offers on communities' resources lists."""
    return await paginate(
        info, ServiceResource, RESOURCES_OF_PROVIDER, root.pk, page_of(first, after)
    )


async def service_projects(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: ServiceProjectFilter | None = None,
    order_by: ServiceProjectOrder = ServiceProjectOrder.TITLE,
    direction: OrderDirection = OrderDirection.ASC,
    include_archived: bool = False,
) -> Connection[ServiceProject]:
    """Secretary projects and service projects of the district (项目清单)."""
    context: Context = info.context
    return await _projects(
        info,
        PROJECTS_OF_DISTRICT,
        context.district_id,
        first,
        after,
        filter,
        order_by,
        direction,
        include_archived,
    )


async def service_needs(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: ServiceNeedFilter | None = None,
    include_archived: bool = False,
) -> Connection[ServiceNeed]:
    """Needs posted by the district's communities (需求清单), oldest first."""
    context: Context = info.context
    where, key = need_where(filter)
    return await paginate(
        info,
        ServiceNeed,
        NEEDS_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def service_resources(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: ServiceResourceFilter | None = None,
    include_archived: bool = False,
) -> Connection[ServiceResource]:
    """Resources of the district's communities (资源清单)."""
    context: Context = info.context
    where, key = resource_where(filter)
    return await paginate(
        info,
        ServiceResource,
        RESOURCES_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def service_projects_cycle(info: Info) -> ServiceProjectsCycle | None:
    """The district's cycle of reports; null where it runs none."""
    context: Context = info.context
    cycle = await context.loader("service_projects.cycle").load(context.district_id)
    return None if cycle is None else ServiceProjectsCycle.of(cycle)


OVERDUE = "overdue"
"""The ordering name of overdue reports' cursors."""

OverdueKey = tuple[str, int, str, int]
"""How overdue reports are ordered: due day, project, kind, period."""


def _after(cursor: str | None) -> OverdueKey | None:
    """The position an ``after`` cursor of overdue reports names."""
    decoded = decode_cursor(cursor, OVERDUE)
    if decoded is None:
        return None
    value, pk = decoded
    parts = value.split("|") if isinstance(value, str) else []
    if len(parts) != 3 or not parts[2].isdigit():
        raise GraphQLError(
            "Argument 'after' is not a cursor of this list and ordering.",
            extensions={"code": "BAD_USER_INPUT", "argument": "after"},
        )
    return parts[0], pk, parts[1], int(parts[2])


async def overdue_service_project_reports(
    info: Info, first: int | None = None, after: str | None = None
) -> Connection[ServiceProjectDueReport]:
    """Reports past their due day, of the live projects in your scope, oldest due first.

    Empty where the district runs no cycle.
    """
    context: Context = info.context
    page, position = page_of(first, None), _after(after)
    visible = context.scope.visible(P.__table__)
    found = [
        ((due.due_on.isoformat(), pk, due.kind.value, due.period), due)
        for pk, due in await loaders.overdue_in(context.execute, context.district_id, visible)
    ]
    total = len(found)
    if position is not None:
        found = [(key, due) for key, due in found if key > position]

    async def count() -> int:
        return total

    return connection(
        [
            (
                encode_cursor(OVERDUE, f"{key[0]}|{key[2]}|{key[3]}", key[1]),
                ServiceProjectDueReport.of(key[1], due),
            )
            for key, due in found[: page.first]
        ],
        has_next_page=len(found) > page.first,
        has_previous_page=position is not None,
        count=count,
    )


TYPE_FIELDS: dict[type, list[Any]] = {
    Community: [
        described(community_needs, name="serviceNeeds"),
        described(community_resources, name="serviceResources"),
        described(community_projects, name="serviceProjects"),
        described(party_service_fund),
    ],
    Organisation: [described(provided_resources, name="serviceResources")],
}

QUERY_FIELDS = [
    described(service_projects),
    described(service_needs),
    described(service_resources),
    described(service_projects_cycle),
    described(overdue_service_project_reports),
]

NODE_MODELS: dict[type, type[core.Base]] = {
    ServiceNeed: models.Need,
    ServiceResource: models.Resource,
    ServiceProject: models.Project,
    ServiceProjectSpending: models.Spending,
    ServiceProjectReport: models.Report,
}
