"""GraphQL types of the workforce programme and the fields it adds to core types.

Every field is a column, a relation (core's by-id ``load_node`` or keyset
``paginate``), a grouped count or a latest-row lookup (:mod:`.loaders`), so each has
a plain SQL form and a query's statement count depends on its shape, never on how
many rows it lists. People, identities, communities and organisations are core's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Any

import strawberry
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
from plugins.workforce import models
from plugins.workforce.domain import CertificateLevel, Channel

strawberry.enum(
    CertificateLevel,
    name="WorkforceCertificateLevel",
    description="Social-work qualification levels: assistant social worker (助理社会工作师),"
    " social worker (社会工作师), senior social worker (高级社会工作师).",
)
strawberry.enum(
    Channel,
    name="WorkforceChannel",
    description="How a worker came to fill a seat: open recruitment (公开招聘) or transfer"
    " onto the career system from an earlier post (转入).",
)

M = models
COURSES_OF_DISTRICT = Source("workforce.district.courses", M.Course, M.Course.district_id)
SESSIONS_OF_COURSE = Source("workforce.course.sessions", M.Session, M.Session.course_id)
SESSIONS_OF_COMMUNITY = Source("workforce.community.sessions", M.Session, M.Session.community_id)
ATTENDANCES_OF_SESSION = Source(
    "workforce.session.attendances", M.Attendance, M.Attendance.session_id
)
ATTENDANCES_OF_PERSON = Source("workforce.person.attendances", M.Attendance, M.Attendance.person_id)
CERTIFICATES_OF_DISTRICT = Source(
    "workforce.district.certificates", M.Certificate, M.Certificate.district_id
)
CERTIFICATES_OF_COMMUNITY = Source(
    "workforce.community.certificates", M.Certificate, M.Certificate.community_id
)
CERTIFICATES_OF_PERSON = Source(
    "workforce.person.certificates", M.Certificate, M.Certificate.person_id
)
GRADES_OF_DISTRICT = Source("workforce.district.grades", M.Grade, M.Grade.district_id)
PLACEMENTS_OF_DISTRICT = Source(
    "workforce.district.placements", M.Placement, M.Placement.district_id
)
PLACEMENTS_OF_QUOTA = Source("workforce.quota.placements", M.Placement, M.Placement.quota_id)
PLACEMENTS_OF_COMMUNITY = Source(
    "workforce.community.placements", M.Placement, M.Placement.community_id
)
PLACEMENTS_OF_PERSON = Source("workforce.person.placements", M.Placement, M.Placement.person_id)
GRADINGS_OF_PLACEMENT = Source("workforce.placement.gradings", M.Grading, M.Grading.placement_id)


# -- filters -----------------------------------------------------------------------------


@strawberry.input(name="WorkforcePlacementFilter", description="Narrows a list of placements.")
class PlacementFilter:
    """Every condition given must hold."""

    street: strawberry.ID | None = None
    community: strawberry.ID | None = None
    channel: Channel | None = None
    placed_since: dt.date | None = None


def placement_where(f: PlacementFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a placement filter, and a hashable key of it."""
    if f is None:
        return [], None
    P = M.Placement
    where: list[ColumnElement[bool]] = []
    if f.street is not None:
        street = filter_id(f.street, "Street", "street")
        where.append(
            P.community_id.in_(select(core.Community.id).where(core.Community.street_id == street))
        )
    if f.community is not None:
        where.append(P.community_id == filter_id(f.community, "Community", "community"))
    if f.channel is not None:
        where.append(P.channel == f.channel.value)
    if f.placed_since is not None:
        where.append(P.placed_on >= f.placed_since)
    return where, (f.street, f.community, f.channel, f.placed_since)


@strawberry.input(name="WorkforceCertificateFilter", description="Narrows a list of certificates.")
class CertificateFilter:
    """Every condition given must hold."""

    community: strawberry.ID | None = None
    level: CertificateLevel | None = None
    certified_since: dt.date | None = None


def certificate_where(f: CertificateFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a certificate filter, and a hashable key of it."""
    if f is None:
        return [], None
    C = M.Certificate
    where: list[ColumnElement[bool]] = []
    if f.community is not None:
        where.append(C.community_id == filter_id(f.community, "Community", "community"))
    if f.level is not None:
        where.append(C.level == f.level.value)
    if f.certified_since is not None:
        where.append(C.certified_on >= f.certified_since)
    return where, (f.community, f.level, f.certified_since)


# -- node types --------------------------------------------------------------------------


async def _community(info: Info, pk: int) -> Community:
    # What lies with a community is seen only by those who see the community.
    node = await load_node(info.context, Community, core.Community, pk)
    assert node is not None
    return node


@strawberry.type(
    name="WorkforceCourse",
    description="A course of the district's training alliance (培训联盟) for community"
    " workers, grid workers and volunteers.",
)
class Course(Node):
    """A course; its sessions are where people are trained."""

    title: str
    hours: int = strawberry.field(description="Length of the course, in hours.")
    archived_at: dt.datetime | None
    provider_id: strawberry.Private[int | None]

    @strawberry.field(
        description="The alliance member giving it (a school, a social organisation)."
    )
    async def provider(self, info: Info) -> Organisation | None:
        return await load_node(info.context, Organisation, core.Organisation, self.provider_id)

    @strawberry.field(description="Sessions of the course, latest first.")
    async def sessions(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Session]:
        page = page_of(first, after, "held_on", OrderDirection.DESC)
        return await paginate(info, Session, SESSIONS_OF_COURSE, self.pk, page)


@strawberry.type(
    name="WorkforceSession", description="One session of a training course, held in a community."
)
class Session(Node):
    """Who attended is recorded per person; attendance is history, never archived."""

    held_on: dt.date
    archived_at: dt.datetime | None
    course_id: strawberry.Private[int]
    community_id: strawberry.Private[int]

    @strawberry.field
    async def course(self, info: Info) -> Course:
        node = await load_node(info.context, Course, M.Course, self.course_id)
        assert node is not None  # a course is the district's: everyone sees it
        return node

    @strawberry.field(description="The community it was held in.")
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)

    @strawberry.field(description="How many people attended.")
    async def attendees(self, info: Info) -> int:
        found: int = await info.context.loader("workforce.attendees").load(self.pk)
        return found

    @strawberry.field(description="Who attended, in the order recorded.")
    async def attendances(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Attendance]:
        return await paginate(
            info, Attendance, ATTENDANCES_OF_SESSION, self.pk, page_of(first, after)
        )


@strawberry.type(
    name="WorkforceAttendance", description="A person attending a training session (参训)."
)
class Attendance(Node):
    """A record of attendance: history, never archived."""

    recorded_at: dt.datetime
    session_id: strawberry.Private[int]
    person_id: strawberry.Private[int]

    @strawberry.field
    async def session(self, info: Info) -> Session:
        node = await load_node(info.context, Session, M.Session, self.session_id)
        assert node is not None  # an attendance lies with its session
        return node

    @strawberry.field(description="Who attended; null when they lie outside your scope.")
    async def person(self, info: Info) -> Person | None:
        return await load_node(info.context, Person, core.Person, self.person_id)


@strawberry.type(
    name="WorkforceCertificate",
    description="A social-work certificate (社工证) a person holds, registered with a community.",
)
class Certificate(Node):
    """One live certificate per person and level; a revoked one is archived."""

    level: CertificateLevel
    certified_on: dt.date
    number: str | None = strawberry.field(description="The certificate's number, as issued.")
    archived_at: dt.datetime | None
    person_id: strawberry.Private[int]
    community_id: strawberry.Private[int]

    @strawberry.field(description="The holder; null when they lie outside your scope.")
    async def person(self, info: Info) -> Person | None:
        return await load_node(info.context, Person, core.Person, self.person_id)

    @strawberry.field(description="The community it is registered with.")
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)


@strawberry.type(
    name="WorkforceGrade",
    description="A grade of the community workers' career system (等级) and its monthly pay"
    " band (薪酬档), in yuan.",
)
class Grade(Node):
    """Higher ranks are higher grades; a promotion moves a worker up."""

    rank: int
    name: str
    pay_min: int = strawberry.field(description="Lowest monthly pay of the band, in yuan.")
    pay_max: int = strawberry.field(description="Highest monthly pay of the band, in yuan.")
    archived_at: dt.datetime | None


@strawberry.type(
    name="WorkforceQuota",
    description="The seats for community workers a community may fill (职数), and how many"
    " are filled.",
)
class Quota(Node):
    """A community's staffing against its quota."""

    seats: int
    archived_at: dt.datetime | None
    community_id: strawberry.Private[int]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)

    @strawberry.field(description="Seats filled by live placements.")
    async def filled(self, info: Info) -> int:
        found: int = await info.context.loader("workforce.filled").load(self.pk)
        return found

    @strawberry.field(description="Seats still to fill: the seats less those filled.")
    async def vacancies(self, info: Info) -> int:
        filled: int = await info.context.loader("workforce.filled").load(self.pk)
        return self.seats - filled

    @strawberry.field(description="The workers filling its seats, in the order placed.")
    async def placements(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_archived: bool = False,
    ) -> Connection[Placement]:
        return await paginate(
            info,
            Placement,
            PLACEMENTS_OF_QUOTA,
            self.pk,
            page_of(first, after),
            include_archived=include_archived,
        )


@strawberry.type(
    name="WorkforcePlacement",
    description="A community worker (社区工作者) filling a seat of a community's quota, from"
    " the day recruited; ended placements are archived and stay in the history.",
)
class Placement(Node):
    """Rests on core's community worker identity; graded over time."""

    channel: Channel
    placed_on: dt.date
    archived_at: dt.datetime | None = strawberry.field(
        description="When the placement ended (the worker left); null while active."
    )
    quota_id: strawberry.Private[int]
    community_id: strawberry.Private[int]
    identity_id: strawberry.Private[int]
    person_id: strawberry.Private[int]

    @strawberry.field(description="Whether the worker still fills the seat.")
    def active(self) -> bool:
        return self.archived_at is None

    @strawberry.field(description="The worker; null when they lie outside your scope.")
    async def person(self, info: Info) -> Person | None:
        return await load_node(info.context, Person, core.Person, self.person_id)

    @strawberry.field(
        description="Core's community worker identity the placement rests on; null when its"
        " person lies outside your scope."
    )
    async def identity(self, info: Info) -> Identity | None:
        return await load_node(info.context, Identity, core.Identity, self.identity_id)

    @strawberry.field
    async def community(self, info: Info) -> Community:
        return await _community(info, self.community_id)

    @strawberry.field
    async def quota(self, info: Info) -> Quota:
        node = await load_node(info.context, Quota, M.Quota, self.quota_id)
        assert node is not None  # a quota lies with the same community
        return node

    @strawberry.field(description="The worker's grade now: their latest grading's.")
    async def grade(self, info: Info) -> Grade | None:
        row = await info.context.loader("workforce.grade").load(self.pk)
        return None if row is None else Grade.from_row(row)

    @strawberry.field(description="Gradings and promotions (晋升), latest first.")
    async def gradings(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Grading]:
        page = page_of(first, after, "since", OrderDirection.DESC)
        return await paginate(info, Grading, GRADINGS_OF_PLACEMENT, self.pk, page)


@strawberry.type(
    name="WorkforceGrading",
    description="A worker's grade from a day on: the first grading (定级) or a promotion (晋升).",
)
class Grading(Node):
    """History: never archived."""

    since: dt.date
    recorded_at: dt.datetime
    placement_id: strawberry.Private[int]
    grade_id: strawberry.Private[int]

    @strawberry.field
    async def grade(self, info: Info) -> Grade:
        node = await load_node(info.context, Grade, M.Grade, self.grade_id)
        assert node is not None  # grades are the district's: everyone sees them
        return node

    @strawberry.field
    async def placement(self, info: Info) -> Placement:
        node = await load_node(info.context, Placement, M.Placement, self.placement_id)
        assert node is not None  # a grading lies with its placement
        return node


# -- fields on core types and the root ----------------------------------------------------


async def community_quota(root: Community, info: Info) -> Quota | None:
    """The community's quota of community-worker seats (职数) and how many are filled."""
    row = await info.context.loader("workforce.quota_of_community").load(root.pk)
    return None if row is None else Quota.from_row(row)


async def community_placements(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    include_archived: bool = False,
) -> Connection[Placement]:
    """The community's workers on the career system (社区工作者), in the order placed."""
    return await paginate(
        info,
        Placement,
        PLACEMENTS_OF_COMMUNITY,
        root.pk,
        page_of(first, after),
        include_archived=include_archived,
    )


async def community_sessions(
    root: Community, info: Info, first: int | None = None, after: str | None = None
) -> Connection[Session]:
    """Training sessions held in the community, latest first."""
    page = page_of(first, after, "held_on", OrderDirection.DESC)
    return await paginate(info, Session, SESSIONS_OF_COMMUNITY, root.pk, page)


async def community_certificates(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: CertificateFilter | None = None,
) -> Connection[Certificate]:
    """Social-work certificates registered with the community."""
    where, key = certificate_where(filter)
    return await paginate(
        info,
        Certificate,
        CERTIFICATES_OF_COMMUNITY,
        root.pk,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


async def person_placement(root: Person, info: Info) -> Placement | None:
    """The person's active placement as a community worker (社区工作者), if any."""
    row = await info.context.loader("workforce.placement_of_person").load(root.pk)
    return None if row is None else Placement.from_row(row)


async def person_placements(
    root: Person, info: Info, first: int | None = None, after: str | None = None
) -> Connection[Placement]:
    """Every placement of the person, ended ones included, oldest first."""
    return await paginate(
        info,
        Placement,
        PLACEMENTS_OF_PERSON,
        root.pk,
        page_of(first, after),
        include_archived=True,
    )


async def person_certificates(
    root: Person, info: Info, first: int | None = None, after: str | None = None
) -> Connection[Certificate]:
    """The person's social-work certificates (社工证)."""
    return await paginate(info, Certificate, CERTIFICATES_OF_PERSON, root.pk, page_of(first, after))


async def person_attendances(
    root: Person, info: Info, first: int | None = None, after: str | None = None
) -> Connection[Attendance]:
    """Training sessions the person attended, latest recorded first."""
    page = page_of(first, after, "id", OrderDirection.DESC)
    return await paginate(info, Attendance, ATTENDANCES_OF_PERSON, root.pk, page)


async def workforce_courses(
    info: Info, first: int | None = None, after: str | None = None, include_archived: bool = False
) -> Connection[Course]:
    """Courses of the district's training alliance (培训联盟)."""
    context: Context = info.context
    return await paginate(
        info,
        Course,
        COURSES_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        include_archived=include_archived,
    )


async def workforce_grades(
    info: Info, first: int | None = None, after: str | None = None
) -> Connection[Grade]:
    """Grades of the career system with their pay bands, lowest first."""
    context: Context = info.context
    page = page_of(first, after, "rank")
    return await paginate(info, Grade, GRADES_OF_DISTRICT, context.district_id, page)


async def workforce_placements(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: PlacementFilter | None = None,
    include_archived: bool = False,
) -> Connection[Placement]:
    """Community workers on the career system (社区工作者), in the order placed."""
    context: Context = info.context
    where, key = placement_where(filter)
    return await paginate(
        info,
        Placement,
        PLACEMENTS_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def workforce_certificates(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: CertificateFilter | None = None,
) -> Connection[Certificate]:
    """Certified social workers' certificates (持证社工)."""
    context: Context = info.context
    where, key = certificate_where(filter)
    return await paginate(
        info,
        Certificate,
        CERTIFICATES_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


TYPE_FIELDS: dict[type, list[Any]] = {
    Community: [
        described(community_quota, name="workforceQuota"),
        described(community_placements, name="workforcePlacements"),
        described(community_sessions, name="workforceSessions"),
        described(community_certificates, name="workforceCertificates"),
    ],
    Person: [
        described(person_placement, name="workforcePlacement"),
        described(person_placements, name="workforcePlacements"),
        described(person_certificates, name="workforceCertificates"),
        described(person_attendances, name="workforceAttendances"),
    ],
}

QUERY_FIELDS = [
    described(workforce_courses),
    described(workforce_grades),
    described(workforce_placements),
    described(workforce_certificates),
]

NODE_MODELS: dict[type, type[core.Base]] = {
    Course: M.Course,
    Session: M.Session,
    Attendance: M.Attendance,
    Certificate: M.Certificate,
    Grade: M.Grade,
    Quota: M.Quota,
    Placement: M.Placement,
    Grading: M.Grading,
}
