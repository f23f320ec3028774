"""GraphQL types of the dual-report programme and the fields it adds to core types.

Every relation resolves through core's by-id loader (``load_node``), core's keyset
``paginate`` or a batched loader (:mod:`.loaders`), so a query's statement count
depends on its shape, never on how many registrations it lists. A registration's
branch is core's: the organisation its in-service party member identity names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, select
from strawberry.types import Info

from core.db import models as core
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.filters import filter_id
from core.graphql.node import Node, load_node
from core.graphql.organisations.types import Organisation
from core.graphql.pagination import Connection, OrderDirection, Source, page_of, paginate
from core.graphql.people.types import Identity, Person
from core.graphql.places.types import Community
from plugins.dual_report import models
from plugins.dual_report.needs import ReportedNeed

R, S, C = models.Registration, models.Service, models.Claim

REGISTRATIONS_OF_DISTRICT = Source("dual_report.district.registrations", R, R.district_id)
REGISTRATIONS_OF_COMMUNITY = Source("dual_report.community.registrations", R, R.community_id)
REGISTRATIONS_OF_PERSON = Source("dual_report.person.registrations", R, R.person_id)
REGISTRATIONS_OF_EMPLOYER = Source("dual_report.employer.registrations", R, R.employer_id)
REGISTRATIONS_OF_BRANCH = Source(
    "dual_report.branch.registrations",
    R,
    core.Identity.organisation_id,
    join=lambda s: s.join(core.Identity, core.Identity.id == R.identity_id),
)
SERVICES_OF_DISTRICT = Source("dual_report.district.services", S, S.district_id)
SERVICES_OF_REGISTRATION = Source("dual_report.registration.services", S, S.registration_id)
CLAIMS_OF_REGISTRATION = Source("dual_report.registration.claims", C, C.registration_id)


def _check_day(day: dt.date, argument: str) -> dt.date:
    if day.year < 1900:
        raise GraphQLError(
            f"Filter '{argument}' must not be before 1900, got {day}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return day


# -- filters -----------------------------------------------------------------------------


@strawberry.input(
    name="DualReportRegistrationFilter", description="Narrows a list of registrations."
)
class RegistrationFilter:
    """Every condition given must hold."""

    street: strawberry.ID | None = None
    community: strawberry.ID | None = None
    employer: strawberry.ID | None = strawberry.field(
        default=None, description="The employer's party organisation."
    )
    registered_since: dt.date | None = None


def registration_where(f: RegistrationFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a registration filter, and a hashable key of it."""
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.street is not None:
        street = filter_id(f.street, "Street", "street")
        where.append(
            R.community_id.in_(select(core.Community.id).where(core.Community.street_id == street))
        )
    if f.community is not None:
        where.append(R.community_id == filter_id(f.community, "Community", "community"))
    if f.employer is not None:
        where.append(R.employer_id == filter_id(f.employer, "Organisation", "employer"))
    if f.registered_since is not None:
        where.append(R.registered_on >= _check_day(f.registered_since, "registeredSince"))
    return where, (f.street, f.community, f.employer, f.registered_since)


@strawberry.input(name="DualReportServiceFilter", description="Narrows a list of services.")
class ServiceFilter:
    """Every condition given must hold."""

    community: strawberry.ID | None = None
    since: dt.date | None = strawberry.field(default=None, description="Served on or after.")
    until: dt.date | None = strawberry.field(default=None, description="Served on or before.")
    need: strawberry.ID | None = strawberry.field(
        default=None, description="Services answering this need."
    )
    answering: bool | None = strawberry.field(
        default=None, description="True: services answering a need; false: the others."
    )


def service_where(f: ServiceFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a service filter, and a hashable key of it."""
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.community is not None:
        community = filter_id(f.community, "Community", "community")
        where.append(S.registration_id.in_(select(R.id).where(R.community_id == community)))
    if f.since is not None:
        where.append(S.served_on >= _check_day(f.since, "since"))
    if f.until is not None:
        where.append(S.served_on <= _check_day(f.until, "until"))
    if f.need is not None:
        where.append(S.need_id == f.need)
    if f.answering is not None:
        where.append(S.need_id.is_not(None) if f.answering else S.need_id.is_(None))
    return where, (f.community, f.since, f.until, f.need, f.answering)


# -- node types --------------------------------------------------------------------------


@strawberry.type(
    name="DualReportRegistration",
    description="报到: an in-service party member (在职党员) reported to the grid party branch"
    " of the community where they live, beside their employer's party organisation.",
)
class Registration(Node):
    """One registration; ended ones are archived and stay in the person's history."""

    registered_on: dt.date
    archived_at: dt.datetime | None = strawberry.field(
        description="When the registration ended (the member moved or left); null while active."
    )
    identity_id: strawberry.Private[int]
    person_id: strawberry.Private[int]
    community_id: strawberry.Private[int]
    employer_id: strawberry.Private[int]

    @strawberry.field(description="Whether the registration is the member's current one.")
    def active(self) -> bool:
        return self.archived_at is None

    @strawberry.field(description="The member; null when they lie outside your scope.")
    async def person(self, info: Info) -> Person | None:
        return await load_node(info.context, Person, core.Person, self.person_id)

    @strawberry.field(
        description="Core's in-service party member identity the registration rests on;"
        " null when its person lies outside your scope."
    )
    async def identity(self, info: Info) -> Identity | None:
        return await load_node(info.context, Identity, core.Identity, self.identity_id)

    @strawberry.field(description="The grid party branch reported to, as the identity names it.")
    async def branch(self, info: Info) -> Organisation | None:
        row = await info.context.loader("dual_report.branch").load(self.identity_id)
        return None if row is None else Organisation.from_row(row)

    @strawberry.field(description="The community served: the branch's, where the member lives.")
    async def community(self, info: Info) -> Community:
        # A registration lies with its community: whoever sees it sees the community.
        node = await load_node(info.context, Community, core.Community, self.community_id)
        assert node is not None
        return node

    @strawberry.field(description="The employer's party organisation (工作单位党组织).")
    async def employer(self, info: Info) -> Organisation | None:
        return await load_node(info.context, Organisation, core.Organisation, self.employer_id)

    @strawberry.field(description="Hours of volunteer service done under it, all together.")
    async def hours(self, info: Info) -> float:
        minutes: int = await info.context.loader("dual_report.minutes").load(self.pk)
        return round(minutes / 60, 2)

    @strawberry.field(description="Volunteer services done under it, latest recorded first.")
    async def services(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: ServiceFilter | None = None,
    ) -> Connection[Service]:
        where, key = service_where(filter)
        page = page_of(first, after, "id", OrderDirection.DESC)
        return await paginate(
            info, Service, SERVICES_OF_REGISTRATION, self.pk, page, where=where, filter_key=key
        )

    @strawberry.field(description="Needs the member claimed (认领), latest first.")
    async def claims(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_archived: bool = False,
    ) -> Connection[Claim]:
        page = page_of(first, after, "id", OrderDirection.DESC)
        return await paginate(
            info, Claim, CLAIMS_OF_REGISTRATION, self.pk, page, include_archived=include_archived
        )


async def _registration(info: Info, pk: int) -> Registration:
    # Services and claims lie with their registration: whoever sees them sees it.
    node = await load_node(info.context, Registration, models.Registration, pk)
    assert node is not None
    return node


async def _need(info: Info, need_id: str | None) -> ReportedNeed | None:
    if need_id is None:
        return None
    found: ReportedNeed | None = await info.context.loader("dual_report.needs").load(need_id)
    return found


@strawberry.type(
    name="DualReportService",
    description="双服务: a volunteer service a registered member did where they live.",
)
class Service(Node):
    """What was done, on which day, for how long, and the need it answered."""

    served_on: dt.date
    description: str = strawberry.field(description="What was done.")
    need_id: strawberry.ID | None = strawberry.field(
        description="Global ID of the need it answered, as recorded."
    )
    archived_at: dt.datetime | None
    minutes: strawberry.Private[int]
    registration_id: strawberry.Private[int]

    @strawberry.field(description="How long it took, in hours (kept to the minute).")
    def hours(self) -> float:
        return round(self.minutes / 60, 2)

    @strawberry.field
    async def registration(self, info: Info) -> Registration:
        return await _registration(info, self.registration_id)

    @strawberry.field(
        description="The need it answered; null when none, or when the programme recording"
        " the need is not enabled."
    )
    async def need(self, info: Info) -> ReportedNeed | None:
        return await _need(info, self.need_id)


@strawberry.type(
    name="DualReportClaim",
    description="认领: a registered member took on a need the community posted.",
)
class Claim(Node):
    """A claim; released claims are archived."""

    claimed_on: dt.date
    need_id: strawberry.ID = strawberry.field(description="Global ID of the need, as recorded.")
    archived_at: dt.datetime | None
    registration_id: strawberry.Private[int]

    @strawberry.field
    async def registration(self, info: Info) -> Registration:
        return await _registration(info, self.registration_id)

    @strawberry.field(
        description="The need; null when the programme recording it is not enabled (or it"
        " was archived there)."
    )
    async def need(self, info: Info) -> ReportedNeed | None:
        return await _need(info, self.need_id)


# -- fields on core types and the root ----------------------------------------------------


async def _registrations(
    info: Info,
    source: Source,
    parent: int,
    first: int | None,
    after: str | None,
    filter: RegistrationFilter | None,
    include_archived: bool,
) -> Connection[Registration]:
    where, key = registration_where(filter)
    return await paginate(
        info,
        Registration,
        source,
        parent,
        page_of(first, after),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def person_registration(root: Person, info: Info) -> Registration | None:
    """The person's active dual-report registration (双报到), if any."""
    row = await info.context.loader("dual_report.registration_of_person").load(root.pk)
    return None if row is None else Registration.from_row(row)


async def person_registrations(
    root: Person, info: Info, first: int | None = None, after: str | None = None
) -> Connection[Registration]:
    """Every dual-report registration of the person, ended ones included, oldest first."""
    return await _registrations(
        info, REGISTRATIONS_OF_PERSON, root.pk, first, after, None, include_archived=True
    )


async def community_registrations(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: RegistrationFilter | None = None,
    include_archived: bool = False,
) -> Connection[Registration]:
    """In-service party members reported to the community's grid party branches."""
    return await _registrations(
        info, REGISTRATIONS_OF_COMMUNITY, root.pk, first, after, filter, include_archived
    )


async def branch_registrations(
    root: Organisation,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    include_archived: bool = False,
) -> Connection[Registration]:
    """In-service party members reported to this grid party branch (empty for others)."""
    return await _registrations(
        info, REGISTRATIONS_OF_BRANCH, root.pk, first, after, None, include_archived
    )


async def employer_registrations(
    root: Organisation,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    include_archived: bool = False,
) -> Connection[Registration]:
    """Registrations of the members this organisation employs (as their employer's party
    organisation)."""
    return await _registrations(
        info, REGISTRATIONS_OF_EMPLOYER, root.pk, first, after, None, include_archived
    )


async def dual_report_registrations(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: RegistrationFilter | None = None,
    include_archived: bool = False,
) -> Connection[Registration]:
    """In-service party members reported to the district's grid party branches (双报到)."""
    context: Context = info.context
    return await _registrations(
        info, REGISTRATIONS_OF_DISTRICT, context.district_id, first, after, filter, include_archived
    )


async def dual_report_services(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: ServiceFilter | None = None,
    direction: OrderDirection = OrderDirection.DESC,
) -> Connection[Service]:
    """Volunteer services of registered members (双服务), latest recorded first."""
    context: Context = info.context
    where, key = service_where(filter)
    return await paginate(
        info,
        Service,
        SERVICES_OF_DISTRICT,
        context.district_id,
        page_of(first, after, "id", direction),
        where=where,
        filter_key=key,
    )


TYPE_FIELDS: dict[type, list[Any]] = {
    Person: [
        described(person_registration, name="dualReportRegistration"),
        described(person_registrations, name="dualReportRegistrations"),
    ],
    Community: [described(community_registrations, name="dualReportRegistrations")],
    Organisation: [
        described(branch_registrations, name="dualReportMembers"),
        described(employer_registrations, name="dualReportEmployees"),
    ],
}

QUERY_FIELDS = [described(dual_report_registrations), described(dual_report_services)]

NODE_MODELS: dict[type, type[core.Base]] = {
    Registration: models.Registration,
    Service: models.Service,
    Claim: models.Claim,
}
