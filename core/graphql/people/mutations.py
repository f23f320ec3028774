"""Create and update people, their identities and grid assignments."""

from __future__ import annotations

import datetime as dt
import re

import strawberry
from sqlalchemy import func, select
from strawberry.types import Info

from core.contract import Restore
from core.db import models
from core.domain import AssignmentKind, Gender, IdentityKind
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run, unset
from core.graphql.people.types import GridAssignment, Identity, Person

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def _holds_membership(check: Check, kind: str) -> bool:
    """Whether an organisation of ``kind`` holds party membership (its kind is ``party``)."""
    owned = check.context.manager.contributions.organisation_kinds.get(kind)
    return owned is not None and owned.value.party


def id_number_check(first17: str) -> str:
    """The check character of a GB 11643 citizen ID number."""
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


@strawberry.type
class PersonPayload:
    person: Person | None
    errors: list[UserError]


@strawberry.type
class IdentityPayload:
    identity: Identity | None
    errors: list[UserError]


@strawberry.type
class GridAssignmentPayload:
    grid_assignment: GridAssignment | None
    errors: list[UserError]


@strawberry.input
class CreatePersonInput:
    name: str
    gender: Gender
    birth_date: dt.date | None = None
    phone: str | None = strawberry.field(default=None, description="Mobile number, 11 digits.")
    id_number: str | None = strawberry.field(default=None, description="18-character citizen ID.")
    household: strawberry.ID | None = None


@strawberry.input
class UpdatePersonInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    gender: Gender | None = strawberry.UNSET
    birth_date: dt.date | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    id_number: str | None = strawberry.UNSET
    household: strawberry.ID | None = strawberry.UNSET


@strawberry.input
class CreateIdentityInput:
    person: strawberry.ID
    kind: IdentityKind
    since: dt.date
    until: dt.date | None = None
    organisation: strawberry.ID | None = strawberry.field(
        default=None,
        description="Party member: the party organisation holding the membership; in-service party"
        " member: the grid party branch reported to.",
    )


@strawberry.input
class EndPeriodInput:
    id: strawberry.ID
    end: dt.date | None = strawberry.field(description="Last day; null reopens the period.")


@strawberry.input
class CreateGridAssignmentInput:
    person: strawberry.ID
    grid: strawberry.ID
    kind: AssignmentKind
    start_date: dt.date
    end_date: dt.date | None = None


def _personal(
    check: Check, phone: str | None, id_number: str | None, birth: dt.date | None
) -> None:
    if phone is not None and not re.fullmatch(r"1\d{10}", phone):
        check.errors.add("phone", UserErrorCode.INVALID, "must be an 11-digit mobile number")
    if id_number is not None:
        if (
            not re.fullmatch(r"\d{17}[\dX]", id_number)
            or id_number_check(id_number[:17]) != id_number[17]
        ):
            check.errors.add("idNumber", UserErrorCode.INVALID, "is not a valid citizen ID number")
        elif birth is not None and id_number[6:14] != birth.strftime("%Y%m%d"):
            check.errors.add("idNumber", UserErrorCode.CONFLICT, "does not match the birth date")
    check.past("birthDate", birth)


async def _held(check: Check, numbers: set[str], other_than: int | None = None) -> bool:
    """Whether a live person of the district (besides ``other_than``) holds one of ``numbers``."""
    person = models.Person
    found = select(func.count()).where(
        person.district_id == check.context.district_id,
        person.id_number.in_(numbers),
        person.archived_at.is_(None),
    )
    if other_than is not None:
        found = found.where(person.id != other_than)
    return bool(await check.session.scalar(found))


async def _one_person_per_id_number(check: Check, row: models.Person) -> None:
    """Refuse an ID number another live person of the district holds (``DUPLICATE``).

    The ID number names a person (the people register's natural key). Two requests
    giving the same number at once are serialised on the district's row, then the
    person is written before the others are counted, as :meth:`Check.lock` says.
    """
    if row.id_number is None:
        return
    await check.lock(models.District, check.context.district_id)
    check.session.add(row)
    await check.session.flush()
    if await _held(check, {row.id_number}, other_than=row.id):
        check.errors.add(
            "idNumber", UserErrorCode.DUPLICATE, "another person of the district has it"
        )


async def restorable_people(restore: Restore) -> None:
    """People come back only while no live person of the district holds their ID number."""
    if restore.model is not models.Person:
        return
    numbers = {row.id_number for row in restore.rows if row.id_number is not None}
    if not numbers:
        return
    check = restore.check
    await check.lock(models.District, check.context.district_id)
    if await _held(check, numbers):
        check.errors.add(
            "id", UserErrorCode.DUPLICATE, "a live person of the district has this ID number"
        )


async def create_person(info: Info, input: CreatePersonInput) -> PersonPayload:
    """Record a person, optionally living in a household."""

    async def body(check: Check) -> models.Person | None:
        name = check.text("name", input.name)
        _personal(check, input.phone, input.id_number, input.birth_date)
        household = await check.load(
            "household", input.household, "Household", models.Household, required=False
        )
        if input.household is None:
            # Living nowhere, the person lies in no scope below the district's.
            await check.district_wide("household")
        if check.errors:
            return None
        row = models.Person(
            district_id=check.context.district_id,
            name=name,
            gender=input.gender.value,
            birth_date=input.birth_date,
            phone=input.phone,
            id_number=input.id_number,
            household_id=household.id if household else None,
        )
        await _one_person_per_id_number(check, row)
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return PersonPayload(person=Person.from_row(row) if row else None, errors=errors)


async def update_person(info: Info, input: UpdatePersonInput) -> PersonPayload:
    """Correct a person's details or move them to another household."""

    async def body(check: Check) -> models.Person | None:
        row = await check.load("id", input.id, "Person", models.Person)
        name = None if unset(input.name) else check.text("name", input.name)
        if not unset(input.gender):
            check.required("gender", input.gender)
        household = None
        if not unset(input.household):
            household = await check.load(
                "household", input.household, "Household", models.Household, required=False
            )
        if row is not None:
            phone = row.phone if unset(input.phone) else input.phone
            id_number = row.id_number if unset(input.id_number) else input.id_number
            birth = row.birth_date if unset(input.birth_date) else input.birth_date
            _personal(check, phone, id_number, birth)
        if check.errors or row is None:
            return None
        # The ID number was checked against the birth date as read: neither may have
        # changed since (two grid workers correcting one each at once).
        if not await check.unchanged("id", row, "id_number", "birth_date"):
            return None
        if name is not None:
            row.name = name
        if input.gender:
            row.gender = input.gender.value
        number_changes = id_number != row.id_number
        row.phone, row.id_number, row.birth_date = phone, id_number, birth
        if not unset(input.household):
            row.household_id = household.id if household else None
        if number_changes:
            await _one_person_per_id_number(check, row)
        return row

    row, errors = await run(info, body)
    return PersonPayload(person=Person.from_row(row) if row else None, errors=errors)


async def create_identity(info: Info, input: CreateIdentityInput) -> IdentityPayload:
    """Give a person an identity: resident, party member, community worker, volunteer, ..."""

    async def body(check: Check) -> models.Identity | None:
        person = await check.load("person", input.person, "Person", models.Person)
        check.period("since", input.since, "until", input.until)
        needs = input.kind in (IdentityKind.PARTY_MEMBER, IdentityKind.IN_SERVICE_PARTY_MEMBER)
        organisation = await check.load(
            "organisation", input.organisation, "Organisation", models.Organisation, required=needs
        )
        if organisation is not None:
            if (
                input.kind is IdentityKind.IN_SERVICE_PARTY_MEMBER
                and organisation.kind != "grid_party_branch"
            ):
                check.errors.add(
                    "organisation",
                    UserErrorCode.WRONG_KIND,
                    "an in-service party member reports to a grid party branch",
                )
            elif input.kind is IdentityKind.PARTY_MEMBER and not _holds_membership(
                check, organisation.kind
            ):
                check.errors.add(
                    "organisation",
                    UserErrorCode.WRONG_KIND,
                    "membership is held by a party organisation",
                )
            elif not needs:
                check.errors.add(
                    "organisation",
                    UserErrorCode.INVALID,
                    f"a {input.kind.value} identity names no organisation",
                )
        if check.errors or person is None:
            return None
        row = models.Identity(
            district_id=check.context.district_id,
            person_id=person.id,
            kind=input.kind.value,
            organisation_id=organisation.id if organisation else None,
            since=input.since,
            until=input.until,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return IdentityPayload(identity=Identity.from_row(row) if row else None, errors=errors)


async def end_identity(info: Info, input: EndPeriodInput) -> IdentityPayload:
    """Set (or clear) the last day of an identity."""

    async def body(check: Check) -> models.Identity | None:
        row = await check.load("id", input.id, "Identity", models.Identity)
        if row is not None:
            check.period("since", row.since, "end", input.end)
        if check.errors or row is None:
            return None
        row.until = input.end
        return row

    row, errors = await run(info, body)
    return IdentityPayload(identity=Identity.from_row(row) if row else None, errors=errors)


async def create_grid_assignment(
    info: Info, input: CreateGridAssignmentInput
) -> GridAssignmentPayload:
    """Assign a person to a grid as grid worker or grid head."""

    async def body(check: Check) -> models.GridAssignment | None:
        person = await check.load("person", input.person, "Person", models.Person)
        grid = await check.load("grid", input.grid, "Grid", models.Grid)
        check.period("startDate", input.start_date, "endDate", input.end_date)
        if check.errors or person is None or grid is None:
            return None
        row = models.GridAssignment(
            district_id=check.context.district_id,
            person_id=person.id,
            grid_id=grid.id,
            kind=input.kind.value,
            start_date=input.start_date,
            end_date=input.end_date,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return GridAssignmentPayload(
        grid_assignment=GridAssignment.from_row(row) if row else None, errors=errors
    )


async def end_grid_assignment(info: Info, input: EndPeriodInput) -> GridAssignmentPayload:
    """Set (or clear) the last day of a grid assignment."""

    async def body(check: Check) -> models.GridAssignment | None:
        row = await check.load("id", input.id, "GridAssignment", models.GridAssignment)
        if row is not None:
            check.period("startDate", row.start_date, "end", input.end)
        if check.errors or row is None:
            return None
        row.end_date = input.end
        return row

    row, errors = await run(info, body)
    return GridAssignmentPayload(
        grid_assignment=GridAssignment.from_row(row) if row else None, errors=errors
    )


MUTATION_FIELDS = [
    described(r)
    for r in (
        create_person,
        update_person,
        create_identity,
        end_identity,
        create_grid_assignment,
        end_grid_assignment,
    )
]
