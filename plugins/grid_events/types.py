"""GraphQL types of the programme, the fields it adds to core types, and its root fields.

Every relation goes through a batched loader (``load_node`` for rows by id,
``paginate`` for connections), so the statements a query costs depend on its shape,
never on the number of rows. Both apply the viewer's scope (core, through the
``gridgov_scopes`` link of an event to its grid); a filter's place narrows a list
further (:func:`plugins.grid_events.scope.conditions`). A related object the viewer
may not see (a reporter living outside a grid worker's grid) reads as null.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from typing import Annotated, Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, and_, not_, or_, select
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from core import clock
from core.access import Role
from core.db import models as core
from core.graphql.accounts import types as _accounts  # noqa: F401 - registers the Role enum
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.filters import contains, filter_id
from core.graphql.node import Node, by_id, load_node
from core.graphql.pagination import Connection, OrderDirection, Source, page_of, paginate
from core.graphql.people.types import Person
from core.graphql.places.types import Building, Community, Estate, Grid, Household, Street
from plugins.grid_events import domain, models
from plugins.grid_events.domain import FieldKind, Group, Level, ReporterRole, Status
from plugins.grid_events.scope import asked, conditions

strawberry.enum(
    Group,
    name="GridEventGroup",
    description="What kind of matter an event type is: need (民生需求), hidden danger"
    " (安全隐患), dispute (矛盾纠纷), environment (环境卫生) or service request (服务申请).",
)
strawberry.enum(
    FieldKind, name="GridEventFieldKind", description="Kinds of extra field an event type asks for."
)
strawberry.enum(Status, name="GridEventStatus", description="Where an event stands.")
strawberry.enum(
    Level, name="GridEventLevel", description="The level of the grid tree handling an event."
)
strawberry.enum(
    ReporterRole,
    name="GridEventReporterRole",
    description="Who reported: a resident, or a grid worker on their rounds.",
)

MAX_DATE_RANGE_ARGUMENT = dt.datetime(2100, 12, 31, tzinfo=dt.UTC)


async def _person(info: Info, pk: int | None) -> Person | None:
    return await load_node(info.context, Person, core.Person, pk)


@strawberry.type(description="The account that made a change: its login name and role.")
class GridEventAccount:
    """Who acted, as the history records it (accounts are not people in core)."""

    name: str
    role: Role


class _AccountLoader(DataLoader[int, GridEventAccount | None]):
    """Accounts by id: the district's own, and city administrators (who act anywhere)."""

    def __init__(self, context: Context) -> None:
        super().__init__(load_fn=self._load)
        self.context = context

    async def _load(self, keys: Sequence[int]) -> list[GridEventAccount | None]:
        account = core.Account
        rows = await self.context.execute(
            select(account.id, account.name, account.role).where(
                account.id.in_(keys),
                or_(
                    account.district_id == self.context.district_id,
                    account.district_id.is_(None),
                ),
            )
        )
        found = {row.id: GridEventAccount(name=row.name, role=Role(row.role)) for row in rows}
        return [found.get(key) for key in keys]


async def load_account(info: Info, pk: int | None) -> GridEventAccount | None:
    """The account with id ``pk`` (None stays None), batched per request."""
    if pk is None:
        return None
    context: Context = info.context
    loader = context.cached_loader(("grid_events", "account"), lambda: _AccountLoader(context))
    return await loader.load(pk)


# -- event types --------------------------------------------------------------------------


@strawberry.type(description="One option of a choice field.")
class GridEventChoice:
    """A choice's stable key and its label."""

    key: str
    label: str


@strawberry.type(description="An extra field a report of this type gives (Open311 attribute).")
class GridEventTypeField:
    """A typed field; choice fields list their options, number fields may be bounded."""

    key: str
    label: str
    kind: FieldKind
    required: bool
    choices: list[GridEventChoice]
    min: float | None
    max: float | None

    @classmethod
    def of(cls, spec: domain.FieldSpec) -> GridEventTypeField:
        """The GraphQL form of a stored field spec."""
        return cls(
            key=spec.key,
            label=spec.label,
            kind=spec.kind,
            required=spec.required,
            choices=[GridEventChoice(key=c.key, label=c.label) for c in spec.choices],
            min=spec.min,
            max=spec.max,
        )


@strawberry.type(
    description="A kind of event the district handles, with its time limit and extra fields."
)
class GridEventType(Node):
    """An event type, defined per district as data (Open311's service definition)."""

    code: str
    name: str
    category: Group = strawberry.field(name="group")
    description: str | None
    time_limit_hours: int = strawberry.field(
        description="Hours from reporting (or escalation, or reopening) to resolution."
    )
    archived_at: dt.datetime | None
    fields: strawberry.Private[list[dict[str, Any]]]

    @strawberry.field(name="fields", description="The extra fields a report gives, in order.")
    def field_list(self) -> list[GridEventTypeField]:
        return [GridEventTypeField.of(spec) for spec in domain.specs_of(self.fields)]


# -- events ---------------------------------------------------------------------------


@strawberry.type(description="The value a report gave one extra field of its type.")
class GridEventFieldValue:
    """Exactly one of text, number, date, choice and choices is set, by the field's kind."""

    key: str
    label: str
    kind: FieldKind
    text: str | None = None
    number: float | None = None
    date: dt.date | None = None
    choice: str | None = None
    choices: list[str] | None = None


def _field_value(spec: domain.FieldSpec | None, key: str, value: Any) -> GridEventFieldValue:
    if spec is None:  # the type dropped the field since; show what was given
        kind = FieldKind.MULTI_CHOICE if isinstance(value, list) else FieldKind.TEXT
        spec = domain.FieldSpec(key, key, kind)
    found = GridEventFieldValue(key=key, label=spec.label, kind=spec.kind)
    if spec.kind is FieldKind.NUMBER:
        found.number = float(value)
    elif spec.kind is FieldKind.DATE:
        found.date = dt.date.fromisoformat(value)
    elif spec.kind is FieldKind.SINGLE_CHOICE:
        found.choice = str(value)
    elif spec.kind is FieldKind.MULTI_CHOICE:
        found.choices = [str(item) for item in value]
    else:
        found.text = str(value)
    return found


@strawberry.type(
    description="民生事项: an event reported in a grid, and where its handling stands."
)
class GridEvent(Node):
    """An event; every change of its status is in ``history``."""

    description: str
    status: Status
    level: Level = strawberry.field(description="The level handling it now.")
    reported_as: ReporterRole
    reported_at: dt.datetime
    due_at: dt.datetime = strawberry.field(description="When its time limit runs out.")
    resolved_at: dt.datetime | None
    resolution_hours: float | None = strawberry.field(
        description="Hours from reporting to resolution."
    )
    closed_at: dt.datetime | None
    satisfaction: int | None = strawberry.field(
        description="The reporter's rating on closing, 1 (poor) to 5 (very satisfied)."
    )
    photos: list[str] = strawberry.field(description="Photo URLs.")
    version: int = strawberry.field(description="Grows by one with every change.")
    archived_at: dt.datetime | None
    type_id: strawberry.Private[int]
    grid_id: strawberry.Private[int]
    area_grid_id: strawberry.Private[int]
    community_id: strawberry.Private[int]
    street_id: strawberry.Private[int]
    estate_id: strawberry.Private[int | None]
    building_id: strawberry.Private[int | None]
    household_id: strawberry.Private[int | None]
    reporter_id: strawberry.Private[int]
    assignee_id: strawberry.Private[int | None]
    duplicate_of_id: strawberry.Private[int | None]
    field_values: strawberry.Private[dict[str, Any]]

    @strawberry.field(description="Human-readable reference (工单号), e.g. GE3209020000042.")
    def reference(self, info: Info) -> str:
        context: Context = info.context
        return f"GE{context.district_code}{self.pk:07d}"

    @strawberry.field(description="Whether its time limit has passed while it is still open.")
    def overdue(self) -> bool:
        return domain.is_overdue(self.status, self.due_at, clock.now())

    @strawberry.field(
        description="The statuses you may move it to now: what its lifecycle allows, less"
        " the decisions of a level above yours once it was escalated. The mutations refuse"
        " all others (and any change of an event outside your scope)."
    )
    def allowed_transitions(self, info: Info) -> list[Status]:
        context: Context = info.context
        kind = context.viewer.scope.kind.value if context.viewer else "nowhere"
        level = Level(self.level)
        allowed = domain.allowed(Status(self.status), level)
        return [s for s in Status if s in allowed and domain.handles(kind, level, s)]

    @strawberry.field
    async def type(self, info: Info) -> GridEventType:
        node = await load_node(info.context, GridEventType, models.EventType, self.type_id)
        assert node is not None
        return node

    @strawberry.field(name="fieldValues", description="The values given for the type's fields.")
    async def field_value_list(self, info: Info) -> list[GridEventFieldValue]:
        row = await _type_row(info, self.type_id)
        specs = {spec.key: spec for spec in domain.specs_of(row.fields if row else None)}
        order = list(specs)
        keys = sorted(self.field_values, key=lambda k: (order.index(k) if k in specs else 99, k))
        return [_field_value(specs.get(key), key, self.field_values[key]) for key in keys]

    @strawberry.field(description="The grid it was reported in.")
    async def grid(self, info: Info) -> Grid:
        node = await load_node(info.context, Grid, core.Grid, self.grid_id)
        assert node is not None
        return node

    @strawberry.field(
        description="The top-level grid covering it: the grid, or a micro-grid's parent."
    )
    async def area_grid(self, info: Info) -> Grid:
        node = await load_node(info.context, Grid, core.Grid, self.area_grid_id)
        assert node is not None
        return node

    @strawberry.field
    async def community(self, info: Info) -> Community:
        node = await load_node(info.context, Community, core.Community, self.community_id)
        assert node is not None
        return node

    @strawberry.field
    async def street(self, info: Info) -> Street:
        node = await load_node(info.context, Street, core.Street, self.street_id)
        assert node is not None
        return node

    @strawberry.field
    async def estate(self, info: Info) -> Estate | None:
        return await load_node(info.context, Estate, core.Estate, self.estate_id)

    @strawberry.field
    async def building(self, info: Info) -> Building | None:
        return await load_node(info.context, Building, core.Building, self.building_id)

    @strawberry.field
    async def household(self, info: Info) -> Household | None:
        return await load_node(info.context, Household, core.Household, self.household_id)

    @strawberry.field(
        description="Who reported it (the resident, or the grid worker who found it);"
        " null when that person lies outside your scope."
    )
    async def reporter(self, info: Info) -> Person | None:
        return await _person(info, self.reporter_id)

    @strawberry.field(description="Who it is assigned to, once assigned.")
    async def assignee(self, info: Info) -> Person | None:
        return await _person(info, self.assignee_id)

    @strawberry.field(description="For a duplicate: the event it repeats.")
    async def duplicate_of(self, info: Info) -> GridEvent | None:
        return await load_node(info.context, GridEvent, models.Event, self.duplicate_of_id)

    @strawberry.field(description="Every change of its status, oldest first.")
    async def history(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[GridEventTransition]:
        return await paginate(info, GridEventTransition, HISTORY, self.pk, page_of(first, after))


async def _type_row(info: Info, pk: int) -> Any:
    return await by_id(info.context, models.EventType).load(pk)


@strawberry.type(description="One change of an event's status: who, when, from, to and why.")
class GridEventTransition(Node):
    """A history entry; ``from`` is null for the report itself."""

    from_status: Status | None = strawberry.field(name="from")
    to_status: Status = strawberry.field(name="to")
    level: Level = strawberry.field(description="The level handling it after the change.")
    note: str | None
    at: dt.datetime
    event_id: strawberry.Private[int]
    actor_id: strawberry.Private[int | None]
    account_id: strawberry.Private[int | None]
    assignee_id: strawberry.Private[int | None]

    @strawberry.field(
        description="The account that made the change; null when the system escalated it"
        " and for changes recorded before accounts existed (see actor)."
    )
    async def account(self, info: Info) -> GridEventAccount | None:
        return await load_account(info, self.account_id)

    @strawberry.field(
        description="The person recorded as acting, for changes made before accounts existed"
        " (and the example history); null for changes made since, which name the account,"
        " for system changes, and when the person lies outside your scope."
    )
    async def actor(self, info: Info) -> Person | None:
        return await _person(info, self.actor_id)

    @strawberry.field(description="For an assignment: who it was assigned to.")
    async def assignee(self, info: Info) -> Person | None:
        return await _person(info, self.assignee_id)

    @strawberry.field
    async def event(self, info: Info) -> GridEvent:
        node = await load_node(info.context, GridEvent, models.Event, self.event_id)
        assert node is not None
        return node


# -- filters --------------------------------------------------------------------------


@strawberry.input(description="Narrows a list of events.")
class GridEventFilter:
    """All given conditions hold at once."""

    status: list[Status] | None = strawberry.field(default=None, description="Any of these.")
    type: strawberry.ID | None = None
    group: Group | None = None
    level: Level | None = None
    overdue: bool | None = strawberry.field(
        default=None, description="Only overdue (true) or only not overdue (false) events."
    )
    reported_from: dt.datetime | None = strawberry.field(
        default=None, description="Reported at or after this time."
    )
    reported_before: dt.datetime | None = strawberry.field(
        default=None, description="Reported before this time."
    )
    grid: strawberry.ID | None = strawberry.field(
        default=None, description="In this grid or, for a comprehensive grid, its micro-grids."
    )
    community: strawberry.ID | None = None
    street: strawberry.ID | None = None
    assignee: strawberry.ID | None = None
    search: str | None = strawberry.field(default=None, description="Part of the description.")


@strawberry.input(description="Narrows a list of event types.")
class GridEventTypeFilter:
    """Filter for event types."""

    group: Group | None = None
    search: str | None = strawberry.field(default=None, description="Part of the name.")


def _moment(value: dt.datetime, argument: str) -> dt.datetime:
    moment = clock.utc(value)
    if not dt.datetime(1900, 1, 1, tzinfo=dt.UTC) <= moment <= MAX_DATE_RANGE_ARGUMENT:
        raise GraphQLError(
            f"Filter '{argument}' must be between 1900 and 2100.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return moment


def overdue_condition(now: dt.datetime) -> ColumnElement[bool]:
    """Events still open whose time limit has passed at ``now``."""
    event = models.Event
    return and_(event.status.in_([s.value for s in domain.OPEN]), event.due_at < now)


def event_conditions(
    context: Context, f: GridEventFilter | None
) -> tuple[list[ColumnElement[bool]], Hashable]:
    """The SQL conditions of a filter on events (core adds the viewer's scope)."""
    event = models.Event
    if f is None:
        return conditions(asked(context)), None
    area = asked(
        context,
        grid_id=filter_id(f.grid, "Grid", "grid") if f.grid is not None else None,
        community_id=(
            filter_id(f.community, "Community", "community") if f.community is not None else None
        ),
        street_id=filter_id(f.street, "Street", "street") if f.street is not None else None,
    )
    where = conditions(area)
    if f.status is not None:
        where.append(event.status.in_([s.value for s in f.status]))
    if f.type is not None:
        where.append(event.type_id == filter_id(f.type, "GridEventType", "type"))
    if f.group is not None:
        of_group = select(models.EventType.id).where(
            models.EventType.district_id == context.district_id,
            models.EventType.category == f.group.value,
        )
        where.append(event.type_id.in_(of_group))
    if f.level is not None:
        where.append(event.level == f.level.value)
    now = clock.now()
    if f.overdue is not None:
        overdue = overdue_condition(now)
        where.append(overdue if f.overdue else not_(overdue))
    start = _moment(f.reported_from, "reportedFrom") if f.reported_from is not None else None
    end = _moment(f.reported_before, "reportedBefore") if f.reported_before is not None else None
    if start is not None and end is not None and end < start:
        raise GraphQLError(
            "Filter 'reportedBefore' must not be before 'reportedFrom'.",
            extensions={"code": "BAD_USER_INPUT", "argument": "reportedBefore"},
        )
    if start is not None:
        where.append(event.reported_at >= start)
    if end is not None:
        where.append(event.reported_at < end)
    if f.assignee is not None:
        where.append(event.assignee_id == filter_id(f.assignee, "Person", "assignee"))
    if f.search:
        where.append(contains(event.description, f.search))
    key = (
        tuple(f.status or ()),
        f.type,
        f.group,
        f.level,
        (f.overdue, now) if f.overdue is not None else None,
        start,
        end,
        area,
        f.assignee,
        f.search,
    )
    return where, key


# -- connections ------------------------------------------------------------------------

EVENTS_OF_DISTRICT = Source("grid_events.district", models.Event, models.Event.district_id)
EVENTS_OF_AREA = Source("grid_events.area_grid", models.Event, models.Event.area_grid_id)
EVENTS_OF_GRID = Source("grid_events.grid", models.Event, models.Event.grid_id)
EVENTS_OF_COMMUNITY = Source("grid_events.community", models.Event, models.Event.community_id)
EVENTS_OF_STREET = Source("grid_events.street", models.Event, models.Event.street_id)
EVENTS_OF_HOUSEHOLD = Source("grid_events.household", models.Event, models.Event.household_id)
EVENTS_OF_REPORTER = Source("grid_events.reporter", models.Event, models.Event.reporter_id)
HISTORY = Source("grid_events.history", models.Transition, models.Transition.event_id)
TYPES_OF_DISTRICT = Source("grid_events.types", models.EventType, models.EventType.district_id)


async def _events(
    info: Info,
    source: Source,
    parent: int,
    first: int | None,
    after: str | None,
    filter: GridEventFilter | None,
    direction: OrderDirection,
) -> Connection[GridEvent]:
    where, key = event_conditions(info.context, filter)
    return await paginate(
        info,
        GridEvent,
        source,
        parent,
        page_of(first, after, "id", direction),
        where=where,
        filter_key=key,
    )


Newest = Annotated[
    OrderDirection,
    strawberry.argument(description="By reporting order: DESC (default) is newest first."),
]


async def grid_events(
    root: Grid,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: GridEventFilter | None = None,
    direction: Newest = OrderDirection.DESC,
) -> Connection[GridEvent]:
    """Events reported in this grid and, for a comprehensive grid, in its micro-grids."""
    # A top-level grid lists the events of its area; a micro-grid only its own.
    source = EVENTS_OF_AREA if root.parent_id is None else EVENTS_OF_GRID
    return await _events(info, source, root.pk, first, after, filter, direction)


async def community_events(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: GridEventFilter | None = None,
    direction: Newest = OrderDirection.DESC,
) -> Connection[GridEvent]:
    """Events reported in any grid of this community."""
    return await _events(info, EVENTS_OF_COMMUNITY, root.pk, first, after, filter, direction)


async def street_events(
    root: Street,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: GridEventFilter | None = None,
    direction: Newest = OrderDirection.DESC,
) -> Connection[GridEvent]:
    """Events reported in any community of this street."""
    return await _events(info, EVENTS_OF_STREET, root.pk, first, after, filter, direction)


async def household_events(
    root: Household,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: GridEventFilter | None = None,
    direction: Newest = OrderDirection.DESC,
) -> Connection[GridEvent]:
    """Events reported at this household."""
    return await _events(info, EVENTS_OF_HOUSEHOLD, root.pk, first, after, filter, direction)


async def reported_events(
    root: Person,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: GridEventFilter | None = None,
    direction: Newest = OrderDirection.DESC,
) -> Connection[GridEvent]:
    """Events this person reported."""
    return await _events(info, EVENTS_OF_REPORTER, root.pk, first, after, filter, direction)


async def all_grid_events(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: GridEventFilter | None = None,
    direction: Newest = OrderDirection.DESC,
) -> Connection[GridEvent]:
    """Events of the district: filter by status, type, group, overdue, dates and place."""
    context: Context = info.context
    return await _events(
        info, EVENTS_OF_DISTRICT, context.district_id, first, after, filter, direction
    )


async def grid_event_types(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: GridEventTypeFilter | None = None,
    include_archived: bool = False,
) -> Connection[GridEventType]:
    """The district's event types, by code."""
    context: Context = info.context
    where: list[ColumnElement[bool]] = []
    key: Hashable = None
    if filter is not None:
        if filter.group is not None:
            where.append(models.EventType.category == filter.group.value)
        if filter.search:
            where.append(
                or_(
                    contains(models.EventType.name, filter.search),
                    contains(models.EventType.code, filter.search),
                )
            )
        key = (filter.group, filter.search)
    return await paginate(
        info,
        GridEventType,
        TYPES_OF_DISTRICT,
        context.district_id,
        page_of(first, after, "code"),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


TYPE_FIELDS: dict[type, list[Any]] = {
    Grid: [described(grid_events, "events")],
    Community: [described(community_events, "events")],
    Street: [described(street_events, "events")],
    Household: [described(household_events, "events")],
    Person: [described(reported_events, "reportedEvents")],
}

QUERY_FIELDS = [
    described(all_grid_events, "gridEvents"),
    described(grid_event_types, "gridEventTypes"),
]

NODE_MODELS: dict[type, type[core.Base]] = {
    GridEventType: models.EventType,
    GridEvent: models.Event,
    GridEventTransition: models.Transition,
}
