"""Mutations of the dual-report programme: register, end, record services, claim needs.

Each validates its whole input with core's :class:`core.graphql.mutations.Check`
first; a refused input returns typed user errors and writes nothing.

Scope: a registration lies with its community (the branch's), services and claims
with their registration. Registering changes the community's records, so the branch's
community must lie inside the viewer's scope; the member's identity is core's and
need not (an in-service party member is often nobody's resident in the scope's
books). The employer is only referred to: seeing it is enough.
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
from core.graphql.ids import parse_global_id
from core.graphql.mutations import Check, run
from plugins.dual_report import models
from plugins.dual_report.domain import (
    DESCRIPTION_LENGTH,
    GRID_PARTY_BRANCH,
    IN_SERVICE,
    MINUTES_PER_DAY,
    minutes_of,
)
from plugins.dual_report.needs import ReportedNeed, reported_needs
from plugins.dual_report.types import Claim, Registration, Service


@strawberry.type(name="DualReportRegistrationPayload")
class RegistrationPayload:
    registration: Registration | None
    errors: list[UserError]


@strawberry.type(name="DualReportServicePayload")
class ServicePayload:
    service: Service | None
    errors: list[UserError]


@strawberry.type(name="DualReportClaimPayload")
class ClaimPayload:
    claim: Claim | None
    errors: list[UserError]


@strawberry.input(name="CreateDualReportRegistrationInput")
class CreateRegistrationInput:
    identity: strawberry.ID = strawberry.field(
        description="The member's in-service party member identity (core's), which names the"
        " grid party branch they report to."
    )
    employer: strawberry.ID = strawberry.field(
        description="The employer's party organisation (工作单位党组织)."
    )
    registered_on: dt.date


@strawberry.input(name="EndDualReportRegistrationInput")
class EndRegistrationInput:
    id: strawberry.ID


@strawberry.input(name="RecordDualReportServiceInput")
class RecordServiceInput:
    registration: strawberry.ID
    served_on: dt.date
    hours: float = strawberry.field(
        description="More than 0 and at most 24, kept to the minute; a person serves at"
        " most 24 hours a day, all services together."
    )
    description: str = strawberry.field(description="What was done.")
    need: strawberry.ID | None = strawberry.field(
        default=None,
        description="The need it answered: a need the registration's community posted, as"
        " another programme reports it (a service project's needs list).",
    )


@strawberry.input(name="ClaimDualReportNeedInput")
class ClaimNeedInput:
    registration: strawberry.ID
    need: strawberry.ID = strawberry.field(
        description="An open need the registration's community posted."
    )
    claimed_on: dt.date


async def _in_service_identity(
    check: Check, global_id: str
) -> tuple[core.Identity, core.Organisation, int] | None:
    """The live in-service identity an input names, its branch and the branch's community.

    The community must lie inside the viewer's scope: one it cannot see is
    ``NOT_FOUND``, one above it ``OUT_OF_SCOPE``.
    """
    path = "identity"
    parsed = parse_global_id(global_id)
    row = (
        None
        if parsed is None or parsed[0] != "Identity"
        else await check.session.get(core.Identity, parsed[1])
    )
    if row is None or row.district_id != check.context.district_id:
        check.errors.add(path, UserErrorCode.NOT_FOUND, "no such Identity in this district")
        return None
    branch = (
        None
        if row.organisation_id is None
        else await check.session.get(core.Organisation, row.organisation_id)
    )
    grid = (
        None
        if branch is None or branch.kind != GRID_PARTY_BRANCH or branch.grid_id is None
        else await check.session.get(core.Grid, branch.grid_id)
    )
    if row.kind != IN_SERVICE or branch is None or grid is None:
        check.errors.add(
            path,
            UserErrorCode.WRONG_KIND,
            "must be an in-service party member identity naming the grid party branch reported to",
        )
        return None
    if not await check.in_scope(path, "Identity", core.Community, grid.community_id):
        return None
    if row.archived_at is not None or branch.archived_at is not None:
        check.errors.add(path, UserErrorCode.ARCHIVED, "the identity or its branch is archived")
        return None
    if row.until is not None and row.until < clock.today():
        check.errors.add(path, UserErrorCode.INVALID_STATE, f"the identity ended on {row.until}")
        return None
    return row, branch, grid.community_id


async def create_dual_report_registration(
    info: Info, input: CreateRegistrationInput
) -> RegistrationPayload:
    """Register an in-service party member with the grid party branch where they live (报到).

    One active registration per person: end the current one first (a member who moved).
    """

    async def body(check: Check) -> models.Registration | None:
        found = await _in_service_identity(check, input.identity)
        employer = await check.load(
            "employer", input.employer, "Organisation", core.Organisation, change=False
        )
        check.past("registeredOn", input.registered_on)
        if found is None:
            return None
        identity, branch, community_id = found
        if employer is not None and employer.id == branch.id:
            check.errors.add(
                "employer",
                UserErrorCode.INVALID,
                "must be the employer's party organisation, not the branch reported to",
            )
        if not check.errors.has("registeredOn") and input.registered_on < identity.since:
            check.errors.add(
                "registeredOn",
                UserErrorCode.INVALID_PERIOD,
                f"must not be before the identity's start, {identity.since}",
            )
        registration = models.Registration
        current = await check.session.scalar(
            select(registration.registered_on).where(
                registration.person_id == identity.person_id, live(registration)
            )
        )
        if current is not None:
            check.errors.add(
                "identity",
                UserErrorCode.DUPLICATE,
                f"the member has an active registration since {current}; end it first",
            )
        if check.errors or employer is None:
            return None
        row = models.Registration(
            district_id=check.context.district_id,
            identity_id=identity.id,
            person_id=identity.person_id,
            community_id=community_id,
            employer_id=employer.id,
            registered_on=input.registered_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return RegistrationPayload(
        registration=Registration.from_row(row) if row else None, errors=errors
    )


async def end_dual_report_registration(
    info: Info, input: EndRegistrationInput
) -> RegistrationPayload:
    """End a registration (the member moved or left): archived, with its services and claims
    kept as history."""

    async def body(check: Check) -> models.Registration | None:
        row = await check.load("id", input.id, "DualReportRegistration", models.Registration)
        if row is None:
            return None
        row.archived_at = dt.datetime.now(dt.UTC)
        return row

    row, errors = await run(info, body)
    return RegistrationPayload(
        registration=Registration.from_row(row) if row else None, errors=errors
    )


async def _need(
    check: Check, global_id: str, registration: models.Registration
) -> ReportedNeed | None:
    """The need an input names, posted by the registration's community (through the hook)."""
    context = check.context
    found = await reported_needs(
        context.manager, context.enabled, check.session, context.district_id, [global_id]
    )
    need = found.get(global_id)
    if need is None:
        check.errors.add(
            "need", UserErrorCode.NOT_FOUND, "no programme of the district reports such a need"
        )
        return None
    if need.community_id != registration.community_id:
        check.errors.add(
            "need",
            UserErrorCode.INVALID,
            "the need was posted by another community than the one the member serves",
        )
        return None
    return need


async def record_dual_report_service(info: Info, input: RecordServiceInput) -> ServicePayload:
    """Record a volunteer service a registered member did (双服务), and the need it answered."""

    async def body(check: Check) -> models.Service | None:
        registration = await check.load(
            "registration", input.registration, "DualReportRegistration", models.Registration
        )
        minutes = minutes_of(input.hours) if 0 < input.hours <= 24 else 0
        if minutes < 1:
            check.errors.add(
                "hours", UserErrorCode.OUT_OF_RANGE, "must be more than 0 and at most 24"
            )
        description = check.text("description", input.description, max_length=DESCRIPTION_LENGTH)
        check.past("servedOn", input.served_on)
        if registration is None:
            return None
        if not check.errors.has("servedOn") and input.served_on < registration.registered_on:
            check.errors.add(
                "servedOn",
                UserErrorCode.INVALID_PERIOD,
                f"must not be before the registration, {registration.registered_on}",
            )
        if input.need is not None:
            await _need(check, input.need, registration)
        if check.errors:
            return None
        # At most 24 hours per person and day, however many requests record at once:
        # lock the person, write, then read the day's total (core's Check.lock).
        await check.lock(core.Person, registration.person_id)
        row = models.Service(
            district_id=check.context.district_id,
            registration_id=registration.id,
            served_on=input.served_on,
            minutes=minutes,
            description=description,
            need_id=input.need,
        )
        check.session.add(row)
        await check.session.flush()
        service, of = models.Service, models.Registration
        total = await check.session.scalar(
            select(func.coalesce(func.sum(service.minutes), 0))
            .join(of, of.id == service.registration_id)
            .where(
                of.person_id == registration.person_id,
                service.served_on == input.served_on,
                live(service),
            )
        )
        if int(total or 0) > MINUTES_PER_DAY:
            before = (int(total or 0) - minutes) / 60
            check.errors.add(
                "hours",
                UserErrorCode.LIMIT_EXCEEDED,
                f"the member already served {before:g} hours on {input.served_on};"
                " a person serves at most 24 hours a day",
            )
            return None
        return row

    row, errors = await run(info, body)
    return ServicePayload(service=Service.from_row(row) if row else None, errors=errors)


async def claim_dual_report_need(info: Info, input: ClaimNeedInput) -> ClaimPayload:
    """Claim an open need the member's community posted (认领); release it with ``archive``."""

    async def body(check: Check) -> models.Claim | None:
        registration = await check.load(
            "registration", input.registration, "DualReportRegistration", models.Registration
        )
        check.past("claimedOn", input.claimed_on)
        if registration is None:
            return None
        if not check.errors.has("claimedOn") and input.claimed_on < registration.registered_on:
            check.errors.add(
                "claimedOn",
                UserErrorCode.INVALID_PERIOD,
                f"must not be before the registration, {registration.registered_on}",
            )
        need = await _need(check, input.need, registration)
        if need is not None and not need.open:
            check.errors.add("need", UserErrorCode.INVALID_STATE, "the need is no longer open")
        claim = models.Claim
        if need is not None and await check.session.scalar(
            select(func.count()).where(
                claim.registration_id == registration.id, claim.need_id == input.need, live(claim)
            )
        ):
            check.errors.add("need", UserErrorCode.DUPLICATE, "the member has claimed it already")
        if check.errors:
            return None
        row = models.Claim(
            district_id=check.context.district_id,
            registration_id=registration.id,
            need_id=input.need,
            claimed_on=input.claimed_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return ClaimPayload(claim=Claim.from_row(row) if row else None, errors=errors)


MUTATION_FIELDS = [
    described(create_dual_report_registration),
    described(end_dual_report_registration),
    described(record_dual_report_service),
    described(claim_dual_report_need),
]
