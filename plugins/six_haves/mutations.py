"""Mutations of the records the programme keeps, and taking a snapshot.

Each validates its whole input with core's :class:`core.graphql.mutations.Check`
first; a refused input returns typed user errors and writes nothing.

Scope: venues, rules and funds lie where their estate lies; ``Check.load`` loads the
estate (or the record) only when it lies in the viewer's scope, refusing it as
``NOT_FOUND`` (unseen) or ``OUT_OF_SCOPE`` (seen, above the scope). A snapshot
covers the whole district, so only district scope takes one.
"""

from __future__ import annotations

import datetime as dt

import strawberry
from sqlalchemy import insert, select
from strawberry.types import Info

from core import audit, clock
from core.db import models as core
from core.db.models import live
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run, unset
from plugins.six_haves import models
from plugins.six_haves.assessment import assess
from plugins.six_haves.domain import (
    FIRST_YEAR,
    MAX_AMOUNT,
    TITLE_LENGTH,
    FundSource,
    Have,
    RuleKind,
    SnapshotKind,
    VenueKind,
)
from plugins.six_haves.loaders import criteria
from plugins.six_haves.types import Fund, Rule, Snapshot, Venue


@strawberry.type(name="SixHavesVenuePayload")
class VenuePayload:
    venue: Venue | None
    errors: list[UserError]


@strawberry.type(name="SixHavesRulePayload")
class RulePayload:
    rule: Rule | None
    errors: list[UserError]


@strawberry.type(name="SixHavesFundPayload")
class FundPayload:
    fund: Fund | None
    errors: list[UserError]


@strawberry.type(name="SixHavesSnapshotPayload")
class SnapshotPayload:
    snapshot: Snapshot | None
    errors: list[UserError]


@strawberry.input(name="CreateSixHavesVenueInput")
class CreateVenueInput:
    estate: strawberry.ID
    name: str
    kind: VenueKind
    deliberation: bool = strawberry.field(
        default=True, description="Whether residents deliberate there."
    )
    opened_on: dt.date | None = None


@strawberry.input(name="UpdateSixHavesVenueInput")
class UpdateVenueInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: VenueKind | None = strawberry.UNSET
    deliberation: bool | None = strawberry.UNSET
    opened_on: dt.date | None = strawberry.UNSET


@strawberry.input(name="CreateSixHavesRuleInput")
class CreateRuleInput:
    estate: strawberry.ID
    title: str
    kind: RuleKind
    adopted_on: dt.date
    adopted_by: str | None = strawberry.field(
        default=None, description="Who adopted it, e.g. 业主大会 (the owners' assembly)."
    )


@strawberry.input(name="RepealSixHavesRuleInput")
class RepealRuleInput:
    id: strawberry.ID
    repealed_on: dt.date | None = strawberry.field(
        description="First day it no longer applies; null puts it back in force."
    )


@strawberry.input(name="CreateSixHavesFundInput")
class CreateFundInput:
    estate: strawberry.ID
    source: FundSource
    amount: int = strawberry.field(description="Whole yuan, more than 0.")
    year: int
    purpose: str | None = None


@strawberry.input(name="UpdateSixHavesFundInput")
class UpdateFundInput:
    id: strawberry.ID
    source: FundSource | None = strawberry.UNSET
    amount: int | None = strawberry.UNSET
    year: int | None = strawberry.UNSET
    purpose: str | None = strawberry.UNSET


@strawberry.input(name="TakeSixHavesSnapshotInput")
class TakeSnapshotInput:
    kind: SnapshotKind
    as_of: dt.date = strawberry.field(description="The day assessed; not in the future.")


def _amount(check: Check, amount: int | None) -> None:
    check.within("amount", amount, 1, MAX_AMOUNT)


def _year(check: Check, year: int | None) -> None:
    # Funding is recorded once it is decided, not for years to come.
    check.year("year", year, FIRST_YEAR)


async def create_six_haves_venue(info: Info, input: CreateVenueInput) -> VenuePayload:
    """Record a venue for an estate (a place to deliberate when residents deliberate there)."""

    async def body(check: Check) -> models.Venue | None:
        estate = await check.load("estate", input.estate, "Estate", core.Estate)
        name = check.text("name", input.name)
        check.past("openedOn", input.opened_on)
        if check.errors or estate is None:
            return None
        row = models.Venue(
            district_id=check.context.district_id,
            estate_id=estate.id,
            name=name,
            kind=input.kind.value,
            deliberation=input.deliberation,
            opened_on=input.opened_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return VenuePayload(venue=Venue.from_row(row) if row else None, errors=errors)


async def update_six_haves_venue(info: Info, input: UpdateVenueInput) -> VenuePayload:
    """Rename a venue, change its kind, whether residents deliberate there, or its opening."""

    async def body(check: Check) -> models.Venue | None:
        row = await check.load("id", input.id, "SixHavesVenue", models.Venue)
        name = None if unset(input.name) else check.text("name", input.name)
        for path, value in (("kind", input.kind), ("deliberation", input.deliberation)):
            if not unset(value):
                check.required(path, value)
        if not unset(input.opened_on):
            check.past("openedOn", input.opened_on)
        if check.errors or row is None:
            return None
        if name is not None:
            row.name = name
        if input.kind:
            row.kind = input.kind.value
        if isinstance(input.deliberation, bool):
            row.deliberation = input.deliberation
        if not unset(input.opened_on):
            row.opened_on = input.opened_on
        return row

    row, errors = await run(info, body)
    return VenuePayload(venue=Venue.from_row(row) if row else None, errors=errors)


async def create_six_haves_rule(info: Info, input: CreateRuleInput) -> RulePayload:
    """Record a rule or agreement an estate adopted."""

    async def body(check: Check) -> models.Rule | None:
        estate = await check.load("estate", input.estate, "Estate", core.Estate)
        title = check.text("title", input.title, max_length=TITLE_LENGTH)
        adopted_by = check.text("adoptedBy", input.adopted_by, required=False)
        check.past("adoptedOn", input.adopted_on)
        if check.errors or estate is None:
            return None
        row = models.Rule(
            district_id=check.context.district_id,
            estate_id=estate.id,
            title=title,
            kind=input.kind.value,
            adopted_on=input.adopted_on,
            adopted_by=adopted_by,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return RulePayload(rule=Rule.from_row(row) if row else None, errors=errors)


async def repeal_six_haves_rule(info: Info, input: RepealRuleInput) -> RulePayload:
    """Set the day a rule stops applying, or put it back in force."""

    async def body(check: Check) -> models.Rule | None:
        row = await check.load("id", input.id, "SixHavesRule", models.Rule)
        if row is not None:
            check.period("adoptedOn", row.adopted_on, "repealedOn", input.repealed_on)
        if check.errors or row is None:
            return None
        row.repealed_on = input.repealed_on
        return row

    row, errors = await run(info, body)
    return RulePayload(rule=Rule.from_row(row) if row else None, errors=errors)


async def create_six_haves_fund(info: Info, input: CreateFundInput) -> FundPayload:
    """Record money an estate has for a year from one source."""

    async def body(check: Check) -> models.Fund | None:
        estate = await check.load("estate", input.estate, "Estate", core.Estate)
        _amount(check, input.amount)
        _year(check, input.year)
        purpose = check.text("purpose", input.purpose, required=False, max_length=TITLE_LENGTH)
        if check.errors or estate is None:
            return None
        row = models.Fund(
            district_id=check.context.district_id,
            estate_id=estate.id,
            source=input.source.value,
            amount=input.amount,
            year=input.year,
            purpose=purpose,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return FundPayload(fund=Fund.from_row(row) if row else None, errors=errors)


async def update_six_haves_fund(info: Info, input: UpdateFundInput) -> FundPayload:
    """Correct a funding record's source, amount, year or purpose."""

    async def body(check: Check) -> models.Fund | None:
        row = await check.load("id", input.id, "SixHavesFund", models.Fund)
        for path, value in (
            ("source", input.source),
            ("amount", input.amount),
            ("year", input.year),
        ):
            if not unset(value):
                check.required(path, value)
        if not unset(input.amount):
            _amount(check, input.amount)
        if not unset(input.year):
            _year(check, input.year)
        purpose = (
            None
            if unset(input.purpose)
            else check.text("purpose", input.purpose, required=False, max_length=TITLE_LENGTH)
        )
        if check.errors or row is None:
            return None
        if input.source:
            row.source = input.source.value
        if isinstance(input.amount, int):
            row.amount = input.amount
        if isinstance(input.year, int):
            row.year = input.year
        if not unset(input.purpose):
            row.purpose = purpose
        return row

    row, errors = await run(info, body)
    return FundPayload(fund=Fund.from_row(row) if row else None, errors=errors)


async def take_six_haves_snapshot(info: Info, input: TakeSnapshotInput) -> SnapshotPayload:
    """Keep the assessment of every estate of the district as of a day (a monthly report,
    half-year check or yearly evaluation), so progress can be followed over time.
    """

    async def body(check: Check) -> models.Snapshot | None:
        if not check.context.scope.whole_district:
            # Snapshots are district-wide records; the permission is the district's
            # alone, and this holds even if a role below is ever granted it.
            check.errors.add(
                "kind", UserErrorCode.OUT_OF_SCOPE, "a snapshot covers the whole district"
            )
            return None
        check.past("asOf", input.as_of)
        if input.as_of <= clock.today():  # a future day is refused once, by `past`
            check.year("asOf", input.as_of.year, FIRST_YEAR)
        snapshot = models.Snapshot
        await check.unique(
            "asOf",
            snapshot.as_of,
            input.as_of,
            scope=(snapshot.district_id == check.context.district_id)
            & (snapshot.kind == input.kind.value),
        )
        if check.errors:
            return None
        district = check.context.district_id
        estates = await check.session.scalars(
            select(core.Estate.id)
            .where(core.Estate.district_id == district, live(core.Estate))
            .order_by(core.Estate.name, core.Estate.id)
        )
        found = await assess(
            check.session, criteria(check.context, scoped=False), list(estates), input.as_of
        )
        row = models.Snapshot(district_id=district, kind=input.kind.value, as_of=input.as_of)
        check.session.add(row)
        await check.session.flush()
        if found:
            await check.session.execute(
                insert(models.SnapshotEstate),
                [
                    {
                        "district_id": district,
                        "snapshot_id": row.id,
                        "estate_id": item.estate_id,
                        **{have.value: item.satisfied(have) for have in Have},
                    }
                    for item in found.values()
                ],
            )
            # One entry for the derived rows (the snapshot's own is recorded at flush).
            after = {"snapshot_id": row.id, "estates": len(found)}
            await audit.record(check.session, "create", models.SnapshotEstate, after=after)
        return row

    row, errors = await run(info, body)
    return SnapshotPayload(snapshot=Snapshot.from_row(row) if row else None, errors=errors)


MUTATION_FIELDS = [
    described(create_six_haves_venue),
    described(update_six_haves_venue),
    described(create_six_haves_rule),
    described(repeal_six_haves_rule),
    described(create_six_haves_fund),
    described(update_six_haves_fund),
    described(take_six_haves_snapshot),
]
