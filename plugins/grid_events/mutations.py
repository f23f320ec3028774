"""Mutations: define event types, report events, move them through their lifecycle.

They follow core's pattern (:func:`core.graphql.mutations.run` and ``Check``): the
whole input is validated first, every problem becomes a typed :class:`UserError`,
and refused input writes nothing. A change of status is one conditional
``UPDATE ... WHERE id = :id AND status = :read AND version = :read`` inside the
mutation's transaction: when two people act on the same event at once, the
second update matches no row, the transaction rolls back and the second gets a
``CONFLICT`` error — the event, its history and the live updates never see it.

Who acts is the signed-in account (``info.context.viewer``); the history records
it. Core's access guard has already refused a role lacking the mutation's
permission; here an event, place or person outside the viewer's scope is refused
by ``Check.load`` (``NOT_FOUND`` if the viewer cannot see it, ``OUT_OF_SCOPE`` if it
sees but may not change it), and so is a decision on an event escalated above the
viewer's level (:func:`plugins.grid_events.domain.handles`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, cast

import strawberry
from sqlalchemy import CursorResult, Table, select, update
from strawberry.types import Info

from core import audit, clock
from core.access import Viewer
from core.db import models as core
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run, unset
from core.graphql.people.types import current
from plugins.grid_events import domain, models
from plugins.grid_events.domain import FieldKind, Group, Level, ReporterRole, Status
from plugins.grid_events.models import DESCRIPTION_LENGTH, NOTE_LENGTH, TYPE_DESCRIPTION_LENGTH
from plugins.grid_events.subscriptions import publish
from plugins.grid_events.types import GridEvent, GridEventType, overdue_condition

MAX_ESCALATIONS = 1000
"""Most overdue events one call of ``escalateOverdueGridEvents`` escalates."""
PAYLOAD_EVENTS = 100
"""Most escalated events a payload lists (the count covers all)."""


# -- payloads and inputs ------------------------------------------------------------------


@strawberry.type
class GridEventTypePayload:
    event_type: GridEventType | None
    errors: list[UserError]


@strawberry.type
class GridEventPayload:
    event: GridEvent | None
    errors: list[UserError]


@strawberry.type
class EscalateOverdueGridEventsPayload:
    escalated_count: int = strawberry.field(description="How many events were escalated.")
    events: list[GridEvent] = strawberry.field(description="The first 100 escalated events.")
    errors: list[UserError]


@strawberry.input
class GridEventChoiceInput:
    key: str = strawberry.field(description="Up to 32 lower-case letters, digits or _.")
    label: str


@strawberry.input(description="An extra field of an event type.")
class GridEventTypeFieldInput:
    key: str = strawberry.field(description="A lower-case letter, then letters, digits or _.")
    label: str
    kind: FieldKind
    required: bool = False
    choices: list[GridEventChoiceInput] = strawberry.field(
        default_factory=list, description="For choice fields: 2 to 30 options."
    )
    min: float | None = strawberry.field(default=None, description="For number fields.")
    max: float | None = strawberry.field(default=None, description="For number fields.")


@strawberry.input
class CreateGridEventTypeInput:
    code: str = strawberry.field(description="Unique in the district, e.g. fire_hazard.")
    name: str
    group: Group
    time_limit_hours: int = strawberry.field(description="1 to 8760 hours.")
    description: str | None = None
    fields: list[GridEventTypeFieldInput] = strawberry.field(
        default_factory=list, description="At most 20."
    )


@strawberry.input(description="Changes apply to events reported from now on.")
class UpdateGridEventTypeInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    time_limit_hours: int | None = strawberry.UNSET
    fields: list[GridEventTypeFieldInput] | None = strawberry.UNSET


@strawberry.input(description="The value of one extra field: set the slot its kind takes.")
class GridEventFieldValueInput:
    key: str
    text: str | None = None
    number: float | None = None
    date: dt.date | None = None
    choice: str | None = strawberry.field(default=None, description="For a single choice.")
    choices: list[str] | None = strawberry.field(default=None, description="For a multiple choice.")


@strawberry.input(description="Where: a grid, or a building or household that lies in one.")
class ReportGridEventInput:
    type: strawberry.ID
    reporter: strawberry.ID = strawberry.field(
        description="The person reporting: a resident (you report on their behalf) or a grid"
        " worker who found it; they must lie inside your scope."
    )
    description: str
    grid: strawberry.ID | None = None
    estate: strawberry.ID | None = None
    building: strawberry.ID | None = None
    household: strawberry.ID | None = None
    fields: list[GridEventFieldValueInput] = strawberry.field(default_factory=list)
    photos: list[str] = strawberry.field(
        default_factory=list, description="At most 9 http(s) URLs."
    )


@strawberry.input(description="Act on an event; the history records your account.")
class GridEventActionInput:
    id: strawberry.ID
    note: str | None = None


@strawberry.input
class AssignGridEventInput:
    id: strawberry.ID
    assignee: strawberry.ID = strawberry.field(
        description="Who will handle it: a person inside your scope."
    )
    note: str | None = None


@strawberry.input(
    description="Close a resolved event, with the rating of a resident who reported it."
)
class CloseGridEventInput:
    id: strawberry.ID
    satisfaction: int | None = strawberry.field(
        default=None,
        description="The reporting resident's rating, 1 to 5, as they gave it (回访);"
        " none for an event a grid worker found.",
    )
    note: str | None = None


@strawberry.input
class MarkGridEventDuplicateInput:
    id: strawberry.ID
    duplicate_of: strawberry.ID = strawberry.field(description="The event it repeats.")
    note: str | None = None


@strawberry.input
class EscalateOverdueGridEventsInput:
    limit: int = strawberry.field(
        default=MAX_ESCALATIONS, description=f"At most this many, 1 to {MAX_ESCALATIONS}."
    )


# -- event types ------------------------------------------------------------------------


def _specs(fields: list[GridEventTypeFieldInput]) -> list[domain.FieldSpec]:
    return [
        domain.FieldSpec(
            key=f.key,
            label=f.label,
            kind=f.kind,
            required=f.required,
            choices=tuple(domain.Choice(c.key, c.label) for c in f.choices),
            min=f.min,
            max=f.max,
        )
        for f in fields
    ]


def _time_limit(check: Check, hours: int) -> None:
    if not domain.MIN_HOURS <= hours <= domain.MAX_HOURS:
        check.errors.add(
            "timeLimitHours",
            UserErrorCode.OUT_OF_RANGE,
            f"must be between {domain.MIN_HOURS} and {domain.MAX_HOURS} hours",
        )


async def create_grid_event_type(
    info: Info, input: CreateGridEventTypeInput
) -> GridEventTypePayload:
    """Define a kind of event the district handles, with its time limit and extra fields."""

    async def body(check: Check) -> models.EventType | None:
        code = input.code.strip()
        if not domain.TYPE_CODE.fullmatch(code):
            check.errors.add(
                "code",
                UserErrorCode.INVALID,
                "must be a lower-case letter then 1 to 31 letters, digits or _",
            )
        else:
            await check.unique(
                "code",
                models.EventType.code,
                code,
                scope=models.EventType.district_id == check.context.district_id,
            )
        name = check.text("name", input.name)
        description = check.text(
            "description", input.description, required=False, max_length=TYPE_DESCRIPTION_LENGTH
        )
        _time_limit(check, input.time_limit_hours)
        specs = domain.check_specs(check.errors, "fields", _specs(input.fields))
        if check.errors:
            return None
        row = models.EventType(
            district_id=check.context.district_id,
            code=code,
            name=name,
            category=input.group.value,
            description=description,
            time_limit_hours=input.time_limit_hours,
            fields=[spec.to_json() for spec in specs],
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return GridEventTypePayload(
        event_type=GridEventType.from_row(row) if row else None, errors=errors
    )


async def update_grid_event_type(
    info: Info, input: UpdateGridEventTypeInput
) -> GridEventTypePayload:
    """Rename a type or change its time limit or fields; reported events keep theirs."""

    async def body(check: Check) -> models.EventType | None:
        row = await check.load("id", input.id, "GridEventType", models.EventType)
        name = None if unset(input.name) else check.text("name", input.name)
        description = (
            None
            if unset(input.description)
            else check.text(
                "description",
                input.description,
                required=False,
                max_length=TYPE_DESCRIPTION_LENGTH,
            )
        )
        hours = None if unset(input.time_limit_hours) else input.time_limit_hours
        if not unset(input.time_limit_hours):
            if hours is None:
                check.errors.add("timeLimitHours", UserErrorCode.REQUIRED, "must not be null")
            else:
                _time_limit(check, hours)
        specs: list[domain.FieldSpec] | None = None
        if not unset(input.fields):
            if input.fields is None:
                check.errors.add("fields", UserErrorCode.REQUIRED, "must not be null")
            else:
                specs = domain.check_specs(check.errors, "fields", _specs(input.fields))
        if check.errors or row is None:
            return None
        if name is not None:
            row.name = name
        if not unset(input.description):
            row.description = description
        if hours is not None:
            row.time_limit_hours = hours
        if specs is not None:
            row.fields = [spec.to_json() for spec in specs]
        return row

    row, errors = await run(info, body)
    return GridEventTypePayload(
        event_type=GridEventType.from_row(row) if row else None, errors=errors
    )


# -- reporting ----------------------------------------------------------------------------


async def _place(check: Check, input: ReportGridEventInput) -> dict[str, Any] | None:
    """Where the event happened, filled in and checked down the place tree."""
    session = check.session
    household = await check.load(
        "household", input.household, "Household", core.Household, required=False
    )
    building = await check.load(
        "building", input.building, "Building", core.Building, required=False
    )
    estate = await check.load("estate", input.estate, "Estate", core.Estate, required=False)
    grid = await check.load("grid", input.grid, "Grid", core.Grid, required=False)
    if household is not None:
        if building is not None and building.id != household.building_id:
            check.errors.add("household", UserErrorCode.INVALID, "is not in the given building")
        building = await session.get(core.Building, household.building_id)
    if building is not None:
        if estate is not None and estate.id != building.estate_id:
            check.errors.add("building", UserErrorCode.INVALID, "is not in the given estate")
        estate = await session.get(core.Estate, building.estate_id)
    if grid is None and building is not None and building.grid_id is not None:
        grid = await session.get(core.Grid, building.grid_id)
    elif grid is not None and building is not None and building.grid_id is not None:
        inner = await session.get(core.Grid, building.grid_id)
        if inner is not None and grid.id not in (inner.id, inner.parent_id):
            check.errors.add("grid", UserErrorCode.INVALID, "the building lies in another grid")
    if grid is None:
        if not any(check.errors.has(path) for path in ("grid", "building", "household")):
            check.errors.add(
                "grid", UserErrorCode.REQUIRED, "give a grid, or a building that lies in one"
            )
        return None
    if estate is not None and estate.community_id != grid.community_id:
        check.errors.add("estate", UserErrorCode.INVALID, "is not in the grid's community")
    community = await session.get(core.Community, grid.community_id)
    assert community is not None
    return {
        "grid_id": grid.id,
        "area_grid_id": grid.parent_id or grid.id,
        "community_id": community.id,
        "street_id": community.street_id,
        "estate_id": estate.id if estate else None,
        "building_id": building.id if building else None,
        "household_id": household.id if household else None,
    }


def _given(values: list[GridEventFieldValueInput]) -> list[domain.GivenValue]:
    return [
        domain.GivenValue(
            key=v.key,
            text=v.text,
            number=v.number,
            date=v.date,
            choice=v.choice,
            choices=v.choices,
        )
        for v in values
    ]


async def _reported_as(check: Check, person_id: int) -> ReporterRole:
    """A grid worker if they work a grid of the district now; a resident otherwise."""
    assignment = core.GridAssignment
    working = await check.session.scalar(
        select(assignment.id)
        .where(
            assignment.person_id == person_id,
            assignment.district_id == check.context.district_id,
            assignment.archived_at.is_(None),
            current(assignment.end_date),
        )
        .limit(1)
    )
    return ReporterRole.GRID_WORKER if working is not None else ReporterRole.RESIDENT


def _viewer(check: Check) -> Viewer:
    """The signed-in account acting; core's access guard answers anonymous requests itself."""
    viewer = check.context.viewer
    assert viewer is not None
    return viewer


async def report_grid_event(info: Info, input: ReportGridEventInput) -> GridEventPayload:
    """Report an event in a grid of your scope: a resident's report, or a grid worker's finding.

    The reporter is the person the event is reported by (a resident you report for,
    or the grid worker); the history records your account as having reported it.
    """

    async def body(check: Check) -> models.Event | None:
        viewer = _viewer(check)
        # Types are district-wide: naming one needs only to see it, not to change it.
        kind = await check.load("type", input.type, "GridEventType", models.EventType, change=False)
        reporter = await check.load("reporter", input.reporter, "Person", core.Person)
        description = check.text("description", input.description, max_length=DESCRIPTION_LENGTH)
        place = await _place(check, input)
        values = domain.check_values(
            check.errors,
            "fields",
            domain.specs_of(kind.fields) if kind else [],
            _given(input.fields),
        )
        photos = domain.check_photos(check.errors, "photos", input.photos)
        if check.errors or kind is None or reporter is None or place is None:
            return None
        now = clock.now()
        row = models.Event(
            district_id=check.context.district_id,
            type_id=kind.id,
            **place,
            reporter_id=reporter.id,
            reported_as=(await _reported_as(check, reporter.id)).value,
            description=description,
            field_values=values,
            photos=photos,
            status=Status.REPORTED.value,
            level=Level.GRID.value,
            reported_at=now,
            due_at=now + dt.timedelta(hours=kind.time_limit_hours),
            version=1,
        )
        check.session.add(row)
        await check.session.flush()
        check.session.add(
            models.Transition(
                district_id=row.district_id,
                event_id=row.id,
                account_id=viewer.account_id,
                from_status=None,
                to_status=Status.REPORTED.value,
                level=Level.GRID.value,
                at=now,
            )
        )
        await publish(
            check.context, check.session, row, None, Status.REPORTED, now, viewer.account_id
        )
        return row

    row, errors = await run(info, body)
    return GridEventPayload(event=GridEvent.from_row(row) if row else None, errors=errors)


# -- the lifecycle ------------------------------------------------------------------------


Extra = Callable[[Check, models.Event], Awaitable[dict[str, Any] | None]]
"""Checks and column values particular to one action; None when they found errors."""


async def _change(
    info: Info,
    event_id: strawberry.ID,
    target: Status,
    note_text: str | None,
    *,
    note_required: bool = False,
    extra: Extra | None = None,
) -> GridEventPayload:
    """Move an event to ``target`` if its lifecycle allows it, recording who and why.

    ``Check.load`` refuses an event outside the viewer's scope. The scope and the
    level read here hold at the write: an event's place never changes, and the
    conditional update fails if anyone changed the event (its level included) since.
    """

    async def body(check: Check) -> models.Event | None:
        viewer = _viewer(check)
        event = await check.load("id", event_id, "GridEvent", models.Event)
        note = check.text("note", note_text, required=note_required, max_length=NOTE_LENGTH)
        if event is None:
            return None
        source, level = Status(event.status), Level(event.level)
        if not domain.handles(viewer.scope.kind.value, level, target):
            check.errors.add(
                "id",
                UserErrorCode.OUT_OF_SCOPE,
                f"was escalated to the {level.value}, which decides on it now",
            )
            return None
        if target not in domain.allowed(source, level):
            reason = (
                "is handled at the street, the top of the grid tree"
                if target is Status.ESCALATED and target in domain.TRANSITIONS[source]
                else f"cannot go from {source.value} to {target.value}"
            )
            check.errors.add("id", UserErrorCode.INVALID_STATE, reason)
            return None
        values = await extra(check, event) if extra is not None else {}
        if check.errors or values is None:
            return None
        now = clock.now()
        values = {**_stamps(event, source, target, now), **values}
        if target in domain.RESTART_CLOCK:
            hours = await check.session.scalar(
                select(models.EventType.time_limit_hours).where(
                    models.EventType.id == event.type_id
                )
            )
            values["due_at"] = now + dt.timedelta(hours=hours or 0)
        if target is Status.ESCALATED:
            values["level"] = (domain.NEXT_LEVEL[level] or level).value
        if not await _write(check, event, values):
            check.errors.add(
                "id",
                UserErrorCode.CONFLICT,
                "someone else changed this event just now; reload it and try again",
            )
            return None
        check.session.add(
            models.Transition(
                district_id=event.district_id,
                event_id=event.id,
                account_id=viewer.account_id,
                from_status=source.value,
                to_status=target.value,
                level=values.get("level", event.level),
                assignee_id=values.get("assignee_id"),
                note=note,
                at=now,
            )
        )
        await publish(check.context, check.session, event, source, target, now, viewer.account_id)
        return event

    row, errors = await run(info, body)
    return GridEventPayload(event=GridEvent.from_row(row) if row else None, errors=errors)


def _stamps(
    event: models.Event, source: Status, target: Status, now: dt.datetime
) -> dict[str, Any]:
    """The columns a transition sets besides the status."""
    values: dict[str, Any] = {"status": target.value}
    if target is Status.RESOLVED:
        hours = (now - clock.utc(event.reported_at)).total_seconds() / 3600
        values |= {"resolved_at": now, "resolution_hours": round(hours, 2)}
    elif target is Status.CLOSED:
        values["closed_at"] = now
    elif target is Status.REOPENED:
        values |= {"resolved_at": None, "resolution_hours": None}
    return values


async def _write(check: Check, event: models.Event, values: dict[str, Any]) -> bool:
    """The conditional update; False when someone changed the event since it was read.

    It carries the viewer's scope as well: the event was loaded inside it and its
    place never changes, so this never refuses by itself, but no write of this
    module can touch an event outside the scope whatever path led to it.
    """
    table = cast(Table, models.Event.__table__)
    inside = check.context.scope.inside(models.Event)
    result = await check.session.execute(
        update(table)
        .where(
            table.c.id == event.id,
            table.c.status == event.status,
            table.c.version == event.version,
            *(() if inside is None else (inside,)),
        )
        .values(**values, version=event.version + 1)
    )
    if cast(CursorResult[Any], result).rowcount != 1:
        return False
    await audit.record_update(check.session, event, {**values, "version": event.version + 1})
    return True


async def accept_grid_event(info: Info, input: GridEventActionInput) -> GridEventPayload:
    """Accept a reported or escalated event (受理): the grid, or the level it went up to,
    takes it on."""
    return await _change(info, input.id, Status.ACCEPTED, input.note)


async def assign_grid_event(info: Info, input: AssignGridEventInput) -> GridEventPayload:
    """Assign an event to the person who will handle it (派单), or reassign it."""

    async def extra(check: Check, event: models.Event) -> dict[str, Any] | None:
        assignee = await check.load("assignee", input.assignee, "Person", core.Person)
        return None if assignee is None else {"assignee_id": assignee.id}

    return await _change(info, input.id, Status.ASSIGNED, input.note, extra=extra)


async def start_grid_event(info: Info, input: GridEventActionInput) -> GridEventPayload:
    """Start handling an assigned or reopened event (处置中)."""
    return await _change(info, input.id, Status.IN_PROGRESS, input.note)


async def resolve_grid_event(info: Info, input: GridEventActionInput) -> GridEventPayload:
    """Mark an event resolved (办结), saying how in the note."""
    return await _change(info, input.id, Status.RESOLVED, input.note, note_required=True)


async def close_grid_event(info: Info, input: CloseGridEventInput) -> GridEventPayload:
    """Close a resolved event, with the reporting resident's rating (1 to 5) if they gave one.

    Residents have no accounts: whoever closes passes their rating on (回访). An
    event a grid worker found on their rounds has no resident to rate it.
    """

    async def extra(check: Check, event: models.Event) -> dict[str, Any] | None:
        rating = input.satisfaction
        if rating is None:
            return {}
        if not 1 <= rating <= 5:
            check.errors.add("satisfaction", UserErrorCode.OUT_OF_RANGE, "must be 1 to 5")
            return None
        if event.reported_as != ReporterRole.RESIDENT.value:
            check.errors.add(
                "satisfaction",
                UserErrorCode.INVALID,
                "only a resident who reported the event rates its handling;"
                " a grid worker found this one",
            )
            return None
        return {"satisfaction": rating}

    return await _change(info, input.id, Status.CLOSED, input.note, extra=extra)


async def reject_grid_event(info: Info, input: GridEventActionInput) -> GridEventPayload:
    """Turn an event down (不予受理), saying why in the note."""
    return await _change(info, input.id, Status.REJECTED, input.note, note_required=True)


async def mark_grid_event_duplicate(
    info: Info, input: MarkGridEventDuplicateInput
) -> GridEventPayload:
    """Mark an event as a repeat of another, which is handled instead."""

    async def extra(check: Check, event: models.Event) -> dict[str, Any] | None:
        original = await check.load("duplicateOf", input.duplicate_of, "GridEvent", models.Event)
        if original is None:
            return None
        if original.id == event.id:
            check.errors.add("duplicateOf", UserErrorCode.INVALID, "an event cannot repeat itself")
            return None
        if original.status == Status.DUPLICATE:
            check.errors.add(
                "duplicateOf",
                UserErrorCode.INVALID_STATE,
                "is a duplicate itself; give the event it repeats",
            )
            return None
        return {"duplicate_of_id": original.id}

    return await _change(info, input.id, Status.DUPLICATE, input.note, extra=extra)


async def escalate_grid_event(info: Info, input: GridEventActionInput) -> GridEventPayload:
    """Escalate an event one level up the grid tree: grid → community → street."""
    return await _change(info, input.id, Status.ESCALATED, input.note)


async def reopen_grid_event(info: Info, input: GridEventActionInput) -> GridEventPayload:
    """Reopen a resolved event the reporter is not satisfied with; its time limit restarts."""
    return await _change(info, input.id, Status.REOPENED, input.note)


async def escalate_overdue_grid_events(
    info: Info, input: EscalateOverdueGridEventsInput | None = None
) -> EscalateOverdueGridEventsPayload:
    """Escalate every overdue event one level up (run by a scheduler, e.g. every hour).

    Events already at the street stay overdue there. An event someone changes at the
    same moment is left to them. Only events inside the caller's scope are escalated
    (the permission is the administrators' today, whose scope is the district); the
    history records the system, the audit trail the account that ran it.
    """
    limit = input.limit if input is not None else MAX_ESCALATIONS
    escalated: list[int] = []

    async def body(check: Check) -> models.Event | None:
        if not 1 <= limit <= MAX_ESCALATIONS:
            check.errors.add(
                "limit", UserErrorCode.OUT_OF_RANGE, f"must be between 1 and {MAX_ESCALATIONS}"
            )
            return None
        now = clock.now()
        event, kind = models.Event, models.EventType
        inside = check.context.scope.inside(event)
        due = (
            await check.session.execute(
                select(event, kind.time_limit_hours)
                .join(kind, kind.id == event.type_id)
                .where(
                    event.district_id == check.context.district_id,
                    event.archived_at.is_(None),
                    event.level != Level.STREET.value,
                    overdue_condition(now),
                    *(() if inside is None else (inside,)),
                )
                .order_by(event.due_at, event.id)
                .limit(limit)
            )
        ).all()
        for row, hours in due:
            source, level = Status(row.status), Level(row.level)
            higher = domain.NEXT_LEVEL[level]
            assert higher is not None and Status.ESCALATED in domain.allowed(source, level)
            values = {
                "status": Status.ESCALATED.value,
                "level": higher.value,
                "due_at": now + dt.timedelta(hours=hours),
            }
            if not await _write(check, row, values):
                continue  # someone acted on it meanwhile: theirs stands
            check.session.add(
                models.Transition(
                    district_id=row.district_id,
                    event_id=row.id,
                    actor_id=None,
                    from_status=source.value,
                    to_status=Status.ESCALATED.value,
                    level=higher.value,
                    note=f"Overdue since {clock.utc(row.due_at):%Y-%m-%d %H:%M} UTC:"
                    f" escalated to the {higher.value} automatically",
                    at=now,
                )
            )
            await publish(check.context, check.session, row, source, Status.ESCALATED, now, None)
            escalated.append(row.id)
        return None

    _, errors = await run(info, body)
    if errors:
        return EscalateOverdueGridEventsPayload(escalated_count=0, events=[], errors=errors)
    shown = escalated[:PAYLOAD_EVENTS]
    rows = await info.context.execute(
        select(models.Event.__table__).where(models.Event.id.in_(shown)).order_by(models.Event.id)
    )
    return EscalateOverdueGridEventsPayload(
        escalated_count=len(escalated),
        events=[GridEvent.from_row(row) for row in rows],
        errors=[],
    )


MUTATION_FIELDS = [
    described(create_grid_event_type, "createGridEventType"),
    described(update_grid_event_type, "updateGridEventType"),
    described(report_grid_event, "reportGridEvent"),
    described(accept_grid_event, "acceptGridEvent"),
    described(assign_grid_event, "assignGridEvent"),
    described(start_grid_event, "startGridEvent"),
    described(resolve_grid_event, "resolveGridEvent"),
    described(close_grid_event, "closeGridEvent"),
    described(reject_grid_event, "rejectGridEvent"),
    described(mark_grid_event_duplicate, "markGridEventDuplicate"),
    described(escalate_grid_event, "escalateGridEvent"),
    described(reopen_grid_event, "reopenGridEvent"),
    described(escalate_overdue_grid_events, "escalateOverdueGridEvents"),
]
