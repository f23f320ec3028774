"""Example data of the programme for an example district (Tinghu 320902, Yandu 320903).

The district's ``[plugins.grid_events]`` section holds its type catalogue and the
figures reproduced exactly: how many events end in each status and how many open
ones are overdue. Everything else is drawn from ``example.random``: the type (by
weight), the building, household and reporter, a lifecycle path that the
programme's own transition table allows, and believable times — measured back from
the moment of loading, so "overdue", "open" and "resolved in the last 30 days" mean
what they say on the day the example is loaded.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update

from core import clock
from core.contract import ExampleContext
from core.db import models as core
from core.examples import insert_rows
from core.graphql.errors import Errors
from plugins.grid_events import domain, models
from plugins.grid_events.domain import Level, ReporterRole, Status

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
AT_HOUSEHOLD = {domain.Group.NEED, domain.Group.DISPUTE, domain.Group.SERVICE_REQUEST}
"""Groups of matters usually reported at a household rather than a building."""
ESCALATED_ON_THE_WAY = 0.1
"""Share of handled events that went up to the community before being resolved."""
RATED_SHARE = 0.85
"""Share of closed events the reporter rated; the rest a grid worker closed after a visit."""
RATINGS = ((5, 50), (4, 30), (3, 12), (2, 5), (1, 3))
TEXTS = ("东侧楼道", "地下车库入口", "北门岗亭旁", "2单元一楼", "健身广场旁", "垃圾分类亭")
NOTES: dict[Status, str | tuple[str, ...]] = {
    Status.ACCEPTED: "已受理，安排网格员核实",
    Status.ASSIGNED: "派单至责任网格员",
    Status.IN_PROGRESS: "已到现场处置",
    Status.RESOLVED: ("已协调解决", "已联系相关部门处理完毕", "已上门服务，问题解决"),
    Status.REJECTED: "经核实不属于受理范围，已向居民解释",
    Status.DUPLICATE: "与已上报事项重复，合并办理",
    Status.ESCALATED: "网格内无法解决，提请上级协调",
    Status.REOPENED: "居民反映问题仍未解决，重新办理",
}
GAPS = {
    Status.ACCEPTED: (0.5, 12),
    Status.ASSIGNED: (1, 24),
    Status.IN_PROGRESS: (1, 24),
    Status.RESOLVED: (4, 72),
    Status.CLOSED: (2, 72),
    Status.REJECTED: (1, 24),
    Status.DUPLICATE: (1, 12),
    Status.ESCALATED: (2, 48),
    Status.REOPENED: (12, 96),
}
"""Hours between a step and the one before it, drawn uniformly between the bounds."""


def _path(target: Status, rng: random.Random) -> list[Status]:
    """A lifecycle that ends in ``target``, through allowed transitions only."""
    handled = [Status.ACCEPTED, Status.ASSIGNED, Status.IN_PROGRESS, Status.RESOLVED]
    went_up = rng.random() < ESCALATED_ON_THE_WAY
    if went_up:  # the community took it on after the grid escalated it
        handled = [Status.ESCALATED, *handled]
    paths = {
        Status.REPORTED: [],
        Status.ACCEPTED: handled[: handled.index(Status.ACCEPTED) + 1],
        Status.ASSIGNED: handled[: handled.index(Status.ASSIGNED) + 1],
        Status.IN_PROGRESS: handled[: handled.index(Status.IN_PROGRESS) + 1],
        Status.RESOLVED: handled,
        Status.CLOSED: [*handled, Status.CLOSED],
        Status.REOPENED: [*handled, Status.REOPENED],
        Status.REJECTED: [Status.REJECTED],
        Status.DUPLICATE: [Status.DUPLICATE],
        Status.ESCALATED: [Status.ACCEPTED, Status.ESCALATED]
        + ([Status.ESCALATED] if rng.random() < 0.25 else []),
    }
    steps = [Status.REPORTED, *paths[target]]
    level = Level.GRID
    for before, after in itertools.pairwise(steps):
        assert after in domain.allowed(before, level), (before, after)
        if after is Status.ESCALATED:
            level = domain.NEXT_LEVEL[level] or level
    return steps


@dataclass
class Plan:
    """One example event before it is written."""

    type_id: int
    spec: dict[str, Any]
    steps: list[Status]
    offsets: list[float] = field(default_factory=list)
    """Hours after reporting of each step."""
    reported_at: dt.datetime = EPOCH
    place: dict[str, Any] = field(default_factory=dict)
    reporter: tuple[int, ReporterRole] = (0, ReporterRole.RESIDENT)
    overdue: bool = False


def _weighted(rng: random.Random, items: Sequence[Any], weights: Sequence[float]) -> Any:
    return rng.choices(items, weights=weights, k=1)[0]


def _values(rng: random.Random, specs: list[domain.FieldSpec], today: dt.date) -> dict[str, Any]:
    """Values for a type's fields, checked by the programme's own validation."""
    given: list[domain.GivenValue] = []
    for spec in specs:
        if not spec.required and rng.random() < 0.4:
            continue
        keys = [choice.key for choice in spec.choices]
        if spec.kind is domain.FieldKind.TEXT:
            given.append(domain.GivenValue(spec.key, text=rng.choice(TEXTS)))
        elif spec.kind is domain.FieldKind.NUMBER:
            low = spec.min if spec.min is not None else 0
            high = spec.max if spec.max is not None else 100
            number = round(rng.uniform(low, min(high, low + 40)), 0 if low >= 1 else 1)
            given.append(domain.GivenValue(spec.key, number=max(low, number)))
        elif spec.kind is domain.FieldKind.DATE:
            day = today + dt.timedelta(days=rng.randrange(-20, 20))
            given.append(domain.GivenValue(spec.key, date=day))
        elif spec.kind is domain.FieldKind.SINGLE_CHOICE:
            given.append(domain.GivenValue(spec.key, choice=rng.choice(keys)))
        else:
            chosen = rng.sample(keys, rng.choice((1, 1, 2)))
            given.append(domain.GivenValue(spec.key, choices=chosen))
    errors = Errors()
    values = domain.check_values(errors, "fields", specs, given)
    assert not errors, errors.items
    return values


def _times(plan: Plan, now: dt.datetime, days: int, rng: random.Random) -> None:
    """Offsets of every step and the reporting time, so that open/overdue come out right."""
    hours = plan.spec["hours"]
    offsets = [0.0]
    for step in plan.steps[1:]:
        low, high = GAPS[step]
        offsets.append(offsets[-1] + rng.uniform(low, high))
    restart = max(
        (offsets[i] for i, step in enumerate(plan.steps) if step in domain.RESTART_CLOCK),
        default=0.0,
    )
    is_open = plan.steps[-1] in domain.OPEN
    if is_open and not plan.overdue:
        # Still within its time limit: squeeze the steps since the last restart.
        room = hours - 2
        since = offsets[-1] - restart
        if since > room * 0.7:
            factor = room * rng.uniform(0.1, 0.7) / since
            offsets = [o if o <= restart else restart + (o - restart) * factor for o in offsets]
        latest = restart + hours - 2  # due stays two hours ahead of now
        back = rng.uniform(offsets[-1] + 0.25, max(offsets[-1] + 0.5, latest))
    elif is_open:
        back = max(offsets[-1] + rng.uniform(0.5, 5), restart + hours + rng.uniform(1, 72))
    else:
        back = rng.uniform(offsets[-1] + 1, max(offsets[-1] + 2, days * 24))
    plan.offsets = offsets
    plan.reported_at = now - dt.timedelta(hours=back)


async def _places(example: ExampleContext, count: int) -> list[dict[str, Any]]:
    """Buildings (in a grid) where events happen, with their households and residents."""
    building, grid, community = core.Building, core.Grid, core.Community
    rows = (
        await example.session.execute(
            select(
                building.id,
                building.estate_id,
                building.grid_id,
                grid.parent_id,
                grid.community_id,
                community.street_id,
            )
            .join(grid, grid.id == building.grid_id)
            .join(community, community.id == grid.community_id)
            .where(building.district_id == example.district_id)
            .order_by(building.id)
        )
    ).all()
    chosen = [rows[example.random.randrange(len(rows))] for _ in range(count)]
    ids = sorted({row.id for row in chosen})
    homes = (
        await example.session.execute(
            select(core.Household.id, core.Household.building_id, core.Person.id)
            .join(core.Person, core.Person.household_id == core.Household.id)
            .where(core.Household.building_id.in_(ids))
            .order_by(core.Household.id, core.Person.id)
        )
    ).all()
    residents: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for household_id, building_id, person_id in homes:
        residents[building_id].append((household_id, person_id))
    return [
        {
            "building_id": row.id,
            "estate_id": row.estate_id,
            "grid_id": row.grid_id,
            "area_grid_id": row.parent_id or row.grid_id,
            "community_id": row.community_id,
            "street_id": row.street_id,
            "residents": residents.get(row.id, []),
        }
        for row in chosen
    ]


async def _workers(example: ExampleContext) -> tuple[dict[int, list[int]], list[int]]:
    """Grid workers by grid, and community workers (who handle escalated events)."""
    assignment, identity = core.GridAssignment, core.Identity
    by_grid: dict[int, list[int]] = defaultdict(list)
    for person_id, grid_id in await example.session.execute(
        select(assignment.person_id, assignment.grid_id)
        .where(assignment.district_id == example.district_id)
        .order_by(assignment.id)
    ):
        by_grid[grid_id].append(person_id)
    community_workers = list(
        await example.session.scalars(
            select(identity.person_id)
            .where(
                identity.district_id == example.district_id,
                identity.kind == "community_worker",
            )
            .order_by(identity.id)
        )
    )
    return by_grid, community_workers


async def load_grid_events_example(example: ExampleContext) -> None:
    """Generate the district's event types and a few hundred events with their history."""
    figures, rng, session = example.figures, example.random, example.session
    d = example.district_id
    now = clock.now().replace(microsecond=0)
    type_specs = figures["types"]
    type_ids = await insert_rows(
        session,
        models.EventType,
        [
            {
                "district_id": d,
                "code": spec["code"],
                "name": spec["name"],
                "category": domain.Group(spec["group"]).value,
                "description": None,
                "time_limit_hours": spec["hours"],
                "fields": [_field(item).to_json() for item in spec.get("fields", [])],
            }
            for spec in type_specs
        ],
    )
    targets = [Status(status) for status, n in figures["statuses"].items() for _ in range(n)]
    rng.shuffle(targets)
    open_indices = [i for i, target in enumerate(targets) if target in domain.OPEN]
    overdue = set(rng.sample(open_indices, figures["overdue"]))
    weights = [spec.get("weight", 1) for spec in type_specs]
    plans: list[Plan] = []
    for i, target in enumerate(targets):
        index = _weighted(rng, range(len(type_specs)), weights)
        plan = Plan(type_ids[index], type_specs[index], _path(target, rng), overdue=i in overdue)
        _times(plan, now, figures["days"], rng)
        plans.append(plan)
    plans.sort(key=lambda plan: plan.reported_at)
    places = await _places(example, len(plans))
    workers, community_workers = await _workers(example)
    fallback = [person for people in workers.values() for person in people]
    for plan, place in zip(plans, places, strict=True):
        area = workers.get(place["grid_id"], []) + workers.get(place["area_grid_id"], [])
        place["workers"] = area or fallback
        household = None
        residents = place.pop("residents")
        group = domain.Group(plan.spec["group"])
        if residents and (group in AT_HOUSEHOLD or rng.random() < 0.3):
            household, person = rng.choice(residents)
            plan.reporter = (person, ReporterRole.RESIDENT)
        elif residents and rng.random() < 0.4:
            plan.reporter = (rng.choice(residents)[1], ReporterRole.RESIDENT)
        else:
            plan.reporter = (rng.choice(place["workers"]), ReporterRole.GRID_WORKER)
        place["household_id"] = household
        plan.place = place
    await _write(example, plans, now, community_workers)


def _field(item: dict[str, Any]) -> domain.FieldSpec:
    choices = tuple(domain.Choice(*choice.split(":", 1)) for choice in item.get("choices", []))
    spec = domain.FieldSpec(
        key=item["key"],
        label=item["label"],
        kind=domain.FieldKind(item["kind"]),
        required=item.get("required", False),
        choices=choices,
        min=item.get("min"),
        max=item.get("max"),
    )
    errors = Errors()
    checked = domain.check_specs(errors, "fields", [spec])
    assert not errors, errors.items
    return checked[0]


async def _write(
    example: ExampleContext, plans: list[Plan], now: dt.datetime, community_workers: list[int]
) -> None:
    rng, d = example.random, example.district_id
    event_rows: list[dict[str, Any]] = []
    histories: list[list[dict[str, Any]]] = []
    duplicates: list[int] = []
    for n, plan in enumerate(plans):
        place = dict(plan.place)
        workers = place.pop("workers")
        specs = [_field(item) for item in plan.spec.get("fields", [])]
        reporter, role = plan.reporter
        row: dict[str, Any] = {
            "district_id": d,
            "type_id": plan.type_id,
            **place,
            "reporter_id": reporter,
            "reported_as": role.value,
            "description": rng.choice(plan.spec["samples"]),
            "field_values": _values(rng, specs, plan.reported_at.date()),
            "photos": [
                f"https://photos.example.cn/grid-events/{example.district_code}/{n:05d}-{k}.jpg"
                for k in range(1, rng.choice((0, 0, 1, 2, 3)) + 1)
            ],
            "reported_at": plan.reported_at,
            "assignee_id": None,
            "duplicate_of_id": None,
            "resolved_at": None,
            "resolution_hours": None,
            "closed_at": None,
            "satisfaction": None,
            "version": len(plan.steps),
        }
        level, restart = Level.GRID, plan.reported_at
        history: list[dict[str, Any]] = []
        for step, offset in zip(plan.steps, plan.offsets, strict=True):
            at = plan.reported_at + dt.timedelta(hours=offset)
            handlers = workers if level is Level.GRID else community_workers or workers
            actor: int | None = rng.choice(handlers)
            note: str | None = None
            if step is Status.ESCALATED:
                level = domain.NEXT_LEVEL[level] or level
            if step in domain.RESTART_CLOCK:
                restart = at
            if step is Status.REPORTED:
                actor = reporter
            elif step is Status.ASSIGNED:
                row["assignee_id"] = rng.choice(workers)
            elif step is Status.RESOLVED:
                row["resolved_at"] = at
                row["resolution_hours"] = round(offset, 2)
            elif step is Status.REOPENED:
                row["resolved_at"] = row["resolution_hours"] = None
                actor = reporter
            elif step is Status.CLOSED:
                row["closed_at"] = at
                if rng.random() < RATED_SHARE:
                    actor = reporter
                    row["satisfaction"] = _weighted(rng, *zip(*RATINGS, strict=True))
                else:
                    note = "居民未评价，网格员回访后关闭"
            elif step is Status.DUPLICATE:
                duplicates.append(n)
            if note is None and step in NOTES:
                text = NOTES[step]
                note = rng.choice(text) if isinstance(text, tuple) else text
            history.append(
                {
                    "district_id": d,
                    "actor_id": actor,
                    "from_status": None if not history else history[-1]["to_status"],
                    "to_status": step.value,
                    "level": level.value,
                    "assignee_id": row["assignee_id"] if step is Status.ASSIGNED else None,
                    "note": note,
                    "at": at,
                }
            )
        row["status"] = plan.steps[-1].value
        row["level"] = level.value
        row["due_at"] = restart + dt.timedelta(hours=plan.spec["hours"])
        assert domain.is_overdue(row["status"], row["due_at"], now) == plan.overdue
        event_rows.append(row)
        histories.append(history)
    ids = await insert_rows(example.session, models.Event, event_rows)
    await insert_rows(
        example.session,
        models.Transition,
        [
            {**entry, "event_id": event_id}
            for event_id, history in zip(ids, histories, strict=True)
            for entry in history
        ],
    )
    await _link_duplicates(example, ids, event_rows, duplicates)


async def _link_duplicates(
    example: ExampleContext, ids: list[int], rows: list[dict[str, Any]], duplicates: list[int]
) -> None:
    """Point each duplicate at an earlier event of its community that is not one itself."""
    rng = example.random
    skip = set(duplicates)
    links = []
    for n in duplicates:
        candidates = [
            m
            for m in range(n)
            if m not in skip and rows[m]["community_id"] == rows[n]["community_id"]
        ] or [m for m in range(len(rows)) if m not in skip]
        links.append({"b_id": ids[n], "b_original": ids[rng.choice(candidates)]})
    if links:
        table = cast(Table, models.Event.__table__)
        await example.session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(duplicate_of_id=bindparam("b_original")),
            links,
        )
