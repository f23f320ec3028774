"""Mutations of the workforce programme: training, certificates, grades, quotas, placements.

Each validates its whole input with core's :class:`core.graphql.mutations.Check`
first; a refused input returns typed user errors and writes nothing.

Scope: sessions, certificates, quotas and placements lie with their community, which
must lie inside the viewer's scope. The people named (an attendee, a certificate's
holder, a worker's identity) are core's and need not: community workers are often
nobody's resident in the scope's books. Courses, grades and quotas are the
district's decisions (administrators only, by permission).
"""

from __future__ import annotations

import datetime as dt

import strawberry
from sqlalchemy import func, select
from strawberry.types import Info

from core import clock
from core.db import models as core
from core.db.models import live
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run
from plugins.workforce import models
from plugins.workforce.domain import (
    COMMUNITY_WORKER,
    MAX_COURSE_HOURS,
    MAX_PAY,
    MAX_SEATS,
    TITLE_LENGTH,
    CertificateLevel,
    Channel,
)
from plugins.workforce.types import (
    Attendance,
    Certificate,
    Course,
    Grade,
    Grading,
    Placement,
    Quota,
    Session,
)


@strawberry.type(name="WorkforceCoursePayload")
class CoursePayload:
    course: Course | None
    errors: list[UserError]


@strawberry.type(name="WorkforceSessionPayload")
class SessionPayload:
    session: Session | None
    errors: list[UserError]


@strawberry.type(name="WorkforceAttendancePayload")
class AttendancePayload:
    attendance: Attendance | None
    errors: list[UserError]


@strawberry.type(name="WorkforceCertificatePayload")
class CertificatePayload:
    certificate: Certificate | None
    errors: list[UserError]


@strawberry.type(name="WorkforceGradePayload")
class GradePayload:
    grade: Grade | None
    errors: list[UserError]


@strawberry.type(name="WorkforceQuotaPayload")
class QuotaPayload:
    quota: Quota | None
    errors: list[UserError]


@strawberry.type(name="WorkforcePlacementPayload")
class PlacementPayload:
    placement: Placement | None
    errors: list[UserError]


@strawberry.type(name="WorkforceGradingPayload")
class GradingPayload:
    grading: Grading | None
    errors: list[UserError]


@strawberry.input(name="CreateWorkforceCourseInput")
class CreateCourseInput:
    title: str
    hours: int = strawberry.field(description=f"1 to {MAX_COURSE_HOURS}.")
    provider: strawberry.ID | None = strawberry.field(
        default=None, description="The alliance member giving it (any visible organisation)."
    )


@strawberry.input(name="ScheduleWorkforceSessionInput")
class ScheduleSessionInput:
    course: strawberry.ID
    community: strawberry.ID
    held_on: dt.date = strawberry.field(description="May lie ahead: a session is planned.")


@strawberry.input(name="RecordWorkforceAttendanceInput")
class RecordAttendanceInput:
    session: strawberry.ID = strawberry.field(description="A session held already.")
    person: strawberry.ID


@strawberry.input(name="RecordWorkforceCertificateInput")
class RecordCertificateInput:
    person: strawberry.ID
    community: strawberry.ID = strawberry.field(description="The community registering it.")
    level: CertificateLevel
    certified_on: dt.date
    number: str | None = None


@strawberry.input(name="DefineWorkforceGradeInput")
class DefineGradeInput:
    rank: int = strawberry.field(description="1 for the lowest grade; unique among live grades.")
    name: str
    pay_min: int = strawberry.field(description=f"Monthly, in yuan: 1 to {MAX_PAY}.")
    pay_max: int = strawberry.field(description="Monthly, in yuan: not below payMin.")


@strawberry.input(name="SetWorkforceQuotaInput")
class SetQuotaInput:
    community: strawberry.ID
    seats: int = strawberry.field(
        description=f"0 to {MAX_SEATS}, and not below the seats already filled."
    )


@strawberry.input(name="PlaceWorkforceWorkerInput")
class PlaceWorkerInput:
    identity: strawberry.ID = strawberry.field(
        description="The worker's community worker identity (core's)."
    )
    community: strawberry.ID = strawberry.field(description="Whose quota the seat is of.")
    grade: strawberry.ID = strawberry.field(description="The grade the worker starts at (定级).")
    placed_on: dt.date
    channel: Channel = Channel.OPEN_RECRUITMENT


@strawberry.input(name="PromoteWorkforceWorkerInput")
class PromoteWorkerInput:
    placement: strawberry.ID
    grade: strawberry.ID = strawberry.field(description="A higher grade than the worker's now.")
    since: dt.date = strawberry.field(description="After the worker's latest grading.")


async def create_workforce_course(info: Info, input: CreateCourseInput) -> CoursePayload:
    """Add a course to the district's training alliance (培训联盟)."""

    async def body(check: Check) -> models.Course | None:
        title = check.text("title", input.title, max_length=TITLE_LENGTH)
        check.within("hours", input.hours, 1, MAX_COURSE_HOURS)
        provider = await check.load(
            "provider",
            input.provider,
            "Organisation",
            core.Organisation,
            required=False,
            change=False,
        )
        if check.errors or title is None:
            return None
        row = models.Course(
            district_id=check.context.district_id,
            title=title,
            hours=input.hours,
            provider_id=None if provider is None else provider.id,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return CoursePayload(course=Course.from_row(row) if row else None, errors=errors)


async def schedule_workforce_session(info: Info, input: ScheduleSessionInput) -> SessionPayload:
    """Hold a session of a course in a community."""

    async def body(check: Check) -> models.Session | None:
        course = await check.load(
            "course", input.course, "WorkforceCourse", models.Course, change=False
        )
        community = await check.load("community", input.community, "Community", core.Community)
        check.period("heldOn", input.held_on, "heldOn", None)
        if check.errors or course is None or community is None:
            return None
        row = models.Session(
            district_id=check.context.district_id,
            course_id=course.id,
            community_id=community.id,
            held_on=input.held_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return SessionPayload(session=Session.from_row(row) if row else None, errors=errors)


async def record_workforce_attendance(
    info: Info, input: RecordAttendanceInput
) -> AttendancePayload:
    """Record a person attending a session held already (参训); once per person and session."""

    async def body(check: Check) -> models.Attendance | None:
        session = await check.load("session", input.session, "WorkforceSession", models.Session)
        person = await check.load(
            "person", input.person, "Person", core.Person, change=False, scope=False
        )
        if session is not None and session.held_on > clock.today():
            check.errors.add(
                "session", UserErrorCode.INVALID_STATE, f"the session is held on {session.held_on}"
            )
        if check.errors or session is None or person is None:
            return None
        attendance = models.Attendance
        if await check.session.scalar(
            select(func.count()).where(
                attendance.session_id == session.id, attendance.person_id == person.id
            )
        ):
            check.errors.add("person", UserErrorCode.DUPLICATE, "already recorded at this session")
            return None
        row = models.Attendance(
            district_id=check.context.district_id, session_id=session.id, person_id=person.id
        )
        check.session.add(row)
        await check.session.flush()
        await check.session.refresh(row)  # the database's recorded_at
        return row

    row, errors = await run(info, body)
    return AttendancePayload(attendance=Attendance.from_row(row) if row else None, errors=errors)


async def record_workforce_certificate(
    info: Info, input: RecordCertificateInput
) -> CertificatePayload:
    """Record a social-work certificate a person holds (持证社工); one live per person and level."""

    async def body(check: Check) -> models.Certificate | None:
        person = await check.load(
            "person", input.person, "Person", core.Person, change=False, scope=False
        )
        community = await check.load("community", input.community, "Community", core.Community)
        check.past("certifiedOn", input.certified_on)
        number = check.text("number", input.number, required=False, max_length=TITLE_LENGTH)
        certificate = models.Certificate
        if person is not None and await check.session.scalar(
            select(func.count()).where(
                certificate.person_id == person.id,
                certificate.level == input.level.value,
                live(certificate),
            )
        ):
            check.errors.add(
                "level", UserErrorCode.DUPLICATE, "the person holds a live certificate of it"
            )
        if check.errors or person is None or community is None:
            return None
        row = models.Certificate(
            district_id=check.context.district_id,
            person_id=person.id,
            community_id=community.id,
            level=input.level.value,
            certified_on=input.certified_on,
            number=number,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return CertificatePayload(certificate=Certificate.from_row(row) if row else None, errors=errors)


async def define_workforce_grade(info: Info, input: DefineGradeInput) -> GradePayload:
    """Define a grade of the career system (等级) and its monthly pay band (薪酬档)."""

    async def body(check: Check) -> models.Grade | None:
        name = check.text("name", input.name, max_length=TITLE_LENGTH)
        check.within("rank", input.rank, 1, 100)
        check.within("payMin", input.pay_min, 1, MAX_PAY)
        if check.within("payMax", input.pay_max, 1, MAX_PAY) and input.pay_max < input.pay_min:
            check.errors.add("payMax", UserErrorCode.INVALID, "must not be below payMin")
        grade = models.Grade
        await check.unique(
            "rank",
            grade.rank,
            input.rank,
            scope=(grade.district_id == check.context.district_id) & live(grade),
        )
        if check.errors or name is None:
            return None
        row = models.Grade(
            district_id=check.context.district_id,
            rank=input.rank,
            name=name,
            pay_min=input.pay_min,
            pay_max=input.pay_max,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return GradePayload(grade=Grade.from_row(row) if row else None, errors=errors)


async def _filled(check: Check, quota_id: int) -> int:
    placement = models.Placement
    count = await check.session.scalar(
        select(func.count()).where(placement.quota_id == quota_id, live(placement))
    )
    return int(count or 0)


async def set_workforce_quota(info: Info, input: SetQuotaInput) -> QuotaPayload:
    """Set a community's quota of community-worker seats (职数); never below the seats filled."""

    async def body(check: Check) -> models.Quota | None:
        community = await check.load("community", input.community, "Community", core.Community)
        check.within("seats", input.seats, 0, MAX_SEATS)
        if check.errors or community is None:
            return None
        quota = models.Quota
        row = await check.session.scalar(
            select(quota).where(quota.community_id == community.id, live(quota))
        )
        if row is None:
            row = models.Quota(
                district_id=check.context.district_id, community_id=community.id, seats=input.seats
            )
            check.session.add(row)
            return row
        # As placing a worker does: lock the quota, write, then count the seats filled, so
        # a placement at once cannot slip in between (on SQLite the write orders them).
        await check.lock(models.Quota, row.id)
        row.seats = input.seats
        await check.session.flush()
        filled = await _filled(check, row.id)
        if input.seats < filled:
            check.errors.add(
                "seats",
                UserErrorCode.LIMIT_EXCEEDED,
                f"{filled} seats are filled; end placements before lowering the quota",
            )
            return None
        return row

    row, errors = await run(info, body)
    return QuotaPayload(quota=Quota.from_row(row) if row else None, errors=errors)


async def _worker_identity(check: Check, global_id: str) -> core.Identity | None:
    """The live, current community worker identity an input names (its person need not be in
    the viewer's scope)."""
    path = "identity"
    row = await check.load(path, global_id, "Identity", core.Identity, change=False, scope=False)
    if row is None:
        return None
    if row.kind != COMMUNITY_WORKER:
        check.errors.add(path, UserErrorCode.WRONG_KIND, "must be a community worker identity")
        return None
    if row.until is not None and row.until < clock.today():
        check.errors.add(path, UserErrorCode.INVALID_STATE, f"the identity ended on {row.until}")
        return None
    return row


async def place_workforce_worker(info: Info, input: PlaceWorkerInput) -> PlacementPayload:
    """Fill a seat of a community's quota with a community worker, at a starting grade (招聘).

    The quota is never over-filled, however many placements are sent at once; one active
    placement per person.
    """

    async def body(check: Check) -> models.Placement | None:
        identity = await _worker_identity(check, input.identity)
        community = await check.load("community", input.community, "Community", core.Community)
        grade = await check.load("grade", input.grade, "WorkforceGrade", models.Grade, change=False)
        check.past("placedOn", input.placed_on)
        quota, placement = models.Quota, models.Placement
        row = (
            None
            if community is None
            else await check.session.scalar(
                select(quota).where(quota.community_id == community.id, live(quota))
            )
        )
        if community is not None and row is None:
            check.errors.add(
                "community",
                UserErrorCode.INVALID_STATE,
                "the community has no quota; set one first",
            )
        if identity is not None:
            if not check.errors.has("placedOn") and input.placed_on < identity.since:
                check.errors.add(
                    "placedOn",
                    UserErrorCode.INVALID_PERIOD,
                    f"must not be before the identity's start, {identity.since}",
                )
            current = await check.session.scalar(
                select(placement.placed_on).where(
                    placement.person_id == identity.person_id, live(placement)
                )
            )
            if current is not None:
                check.errors.add(
                    "identity",
                    UserErrorCode.DUPLICATE,
                    f"the worker fills a seat since {current}; end that placement first",
                )
        if check.errors or identity is None or row is None or grade is None:
            return None
        # Never over-filled, even at once: lock the quota, write, then count (core's Check.lock).
        await check.lock(models.Quota, row.id)
        placed = models.Placement(
            district_id=check.context.district_id,
            quota_id=row.id,
            community_id=row.community_id,
            identity_id=identity.id,
            person_id=identity.person_id,
            channel=input.channel.value,
            placed_on=input.placed_on,
        )
        check.session.add(placed)
        await check.session.flush()
        seats = await check.session.scalar(select(quota.seats).where(quota.id == row.id))
        if await _filled(check, row.id) > int(seats or 0):
            check.errors.add(
                "community",
                UserErrorCode.LIMIT_EXCEEDED,
                f"all {seats} seats of the community's quota are filled",
            )
            return None
        check.session.add(
            models.Grading(
                district_id=check.context.district_id,
                placement_id=placed.id,
                grade_id=grade.id,
                since=input.placed_on,
            )
        )
        return placed

    row, errors = await run(info, body)
    return PlacementPayload(placement=Placement.from_row(row) if row else None, errors=errors)


async def _after_latest(
    check: Check, placed: models.Placement, grade: models.Grade, since: dt.date, new: int | None
) -> None:
    """Refuse a grading not after the placement's latest one, or not ranking above it."""
    grading, of = models.Grading, models.Grade
    statement = (
        select(grading.since, of.rank)
        .join(of, of.id == grading.grade_id)
        .where(grading.placement_id == placed.id)
        .order_by(grading.since.desc())
        .limit(1)
    )
    if new is not None:
        statement = statement.where(grading.id != new)
    latest = (await check.session.execute(statement)).first()
    if latest is None:
        return
    if since <= latest.since:
        check.errors.add(
            "since",
            UserErrorCode.INVALID_PERIOD,
            f"must be after the latest grading, {latest.since}",
        )
    if grade.rank <= latest.rank:
        check.errors.add(
            "grade",
            UserErrorCode.INVALID,
            f"must rank above the worker's grade now ({latest.rank})",
        )


async def promote_workforce_worker(info: Info, input: PromoteWorkerInput) -> GradingPayload:
    """Promote a placed worker to a higher grade from a day on (晋升); the history is kept."""

    async def body(check: Check) -> models.Grading | None:
        placed = await check.load(
            "placement", input.placement, "WorkforcePlacement", models.Placement
        )
        grade = await check.load("grade", input.grade, "WorkforceGrade", models.Grade, change=False)
        check.past("since", input.since)
        if placed is None or grade is None or check.errors:
            return None
        await _after_latest(check, placed, grade, input.since, None)
        if check.errors:
            return None
        # Two promotions of one worker at once: lock the placement, write, then check again
        # against the latest other grading (on SQLite the write orders them).
        await check.lock(models.Placement, placed.id)
        row = models.Grading(
            district_id=check.context.district_id,
            placement_id=placed.id,
            grade_id=grade.id,
            since=input.since,
        )
        check.session.add(row)
        await check.session.flush()
        await _after_latest(check, placed, grade, input.since, row.id)
        if check.errors:
            return None
        await check.session.refresh(row)  # the database's recorded_at
        return row

    row, errors = await run(info, body)
    return GradingPayload(grading=Grading.from_row(row) if row else None, errors=errors)


MUTATION_FIELDS = [
    described(create_workforce_course),
    described(schedule_workforce_session),
    described(record_workforce_attendance),
    described(record_workforce_certificate),
    described(define_workforce_grade),
    described(set_workforce_quota),
    described(place_workforce_worker),
    described(promote_workforce_worker),
]
