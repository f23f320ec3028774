"""Reading events: fields on core types, the root query's filters, batching, schema, indicators."""

from __future__ import annotations

import datetime as dt
import statistics
import tomllib
from pathlib import Path
from typing import Any

from core.clock import frozen_at
from core.testing import TINGHU, YANDU, Harness
from tests.plugins.grid_events.conftest import Events

ROOT = Path(__file__).resolve().parents[3]
OPEN = {"REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "ESCALATED", "REOPENED"}


def figures(district: str) -> dict[str, Any]:
    name = {TINGHU: "tinghu", YANDU: "yandu"}[district]
    text = (ROOT / "examples" / "districts" / f"{name}.toml").read_text(encoding="utf-8")
    section: dict[str, Any] = tomllib.loads(text)["plugins"]["grid_events"]
    return section


async def all_events(
    harness: Harness, district: str, fields: str, filter: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Every event of a district matching ``filter``, page by page."""
    found: list[dict[str, Any]] = []
    after = None
    while True:
        data = await harness.query(
            district,
            f"""query($after: String, $f: GridEventFilter) {{
                  gridEvents(first: 100, after: $after, filter: $f) {{
                  nodes {{ {fields} }} pageInfo {{ hasNextPage endCursor }} }} }}""",
            {"after": after, "f": filter},
        )
        page = data["gridEvents"]
        found += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]


async def test_events_hang_off_grids_communities_streets_households_and_people(
    events: Events,
) -> None:
    at = events.at
    event = await events.report(household=at.household, building=None)
    elsewhere = await events.report(building=at.other_building)
    data = await events.harness.query(
        TINGHU,
        """query($ids: [ID!]!, $person: ID!) {
          nodes(ids: $ids) {
            ... on Grid { events(first: 100) { nodes { id } } }
            ... on Community { events(first: 100) { nodes { id } } }
            ... on Street { events(first: 100) { nodes { id } } }
            ... on Household { events(first: 100) { nodes { id } } }
          }
          node(id: $person) { ... on Person { reportedEvents(first: 100) { totalCount nodes { id } } } }
        }""",
        {
            "ids": [
                at.micro_grid,
                at.area_grid,
                at.other_micro_grid,
                at.community,
                at.street,
                at.household,
            ],
            "person": at.resident,
        },
    )
    micro, area, other_micro, community, street, household = (
        {n["id"] for n in node["events"]["nodes"]} for node in data["nodes"]
    )
    assert event["id"] in micro and elsewhere["id"] not in micro
    assert {event["id"], elsewhere["id"]} <= area  # a comprehensive grid covers its micro-grids
    assert elsewhere["id"] in other_micro and event["id"] not in other_micro
    assert {event["id"], elsewhere["id"]} <= community
    assert {event["id"], elsewhere["id"]} <= street
    assert event["id"] in household and elsewhere["id"] not in household
    reported = data["node"]["reportedEvents"]
    assert {n["id"] for n in reported["nodes"]} >= {event["id"], elsewhere["id"]}


async def test_the_root_query_filters_by_status_type_group_level_and_place(events: Events) -> None:
    kind = await events.create_type("filter_probe", hours=48)
    probe = await events.report(type=kind, description="门口积水严重")
    rows = await all_events(
        events.harness,
        TINGHU,
        "id status level type { id group } community { id } assignee { id } description",
    )
    total = await events.count()
    assert len(rows) == total == len({row["id"] for row in rows}) == 361

    async def matches(filter: dict[str, Any]) -> set[str]:
        found = {row["id"] for row in await all_events(events.harness, TINGHU, "id", filter)}
        assert len(found) == await events.count(filter)
        return found

    done = {row["id"] for row in rows if row["status"] in ("RESOLVED", "REOPENED")}
    assert await matches({"status": ["RESOLVED", "REOPENED"]}) == done
    assert await matches({"type": kind}) == {probe["id"]}
    hazards = {row["id"] for row in rows if row["type"]["group"] == "HIDDEN_DANGER"}
    assert hazards
    assert await matches({"group": "HIDDEN_DANGER"}) == hazards
    street_level = {row["id"] for row in rows if row["level"] == "STREET"}
    assert await matches({"level": "STREET"}) == street_level
    community = {row["id"] for row in rows if row["community"]["id"] == events.at.community}
    assert await matches({"community": events.at.community}) == community
    assert await matches({"search": "门口积水"}) == {probe["id"]}
    worker = next(row["assignee"]["id"] for row in rows if row["assignee"])
    assert await matches({"assignee": worker}) == {
        row["id"] for row in rows if row["assignee"] == {"id": worker}
    }
    assert await matches(
        {"status": ["REPORTED"], "type": kind, "community": events.at.community}
    ) == {probe["id"]}


async def test_the_date_range_splits_the_list(events: Events) -> None:
    rows = await all_events(events.harness, TINGHU, "id reportedAt")
    moments = sorted(dt.datetime.fromisoformat(row["reportedAt"]) for row in rows)
    middle = moments[len(moments) // 2]
    before = await events.count({"reportedBefore": middle.isoformat()})
    since = await events.count({"reportedFrom": middle.isoformat()})
    assert before + since == len(rows)
    assert before == sum(1 for m in moments if m < middle)
    week = await events.count(
        {
            "reportedFrom": middle.isoformat(),
            "reportedBefore": (middle + dt.timedelta(days=7)).isoformat(),
        }
    )
    assert week == sum(1 for m in moments if middle <= m < middle + dt.timedelta(days=7))
    errors = await events.harness.errors(
        TINGHU,
        "query($f: GridEventFilter) { gridEvents(filter: $f) { totalCount } }",
        {"f": {"reportedFrom": middle.isoformat(), "reportedBefore": moments[0].isoformat()}},
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    wrong = await events.harness.errors(
        TINGHU,
        "query($f: GridEventFilter) { gridEvents(filter: $f) { totalCount } }",
        {"f": {"grid": events.at.community}},
    )
    assert wrong[0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "grid"}


async def test_pages_walk_newest_first_without_gaps(events: Events) -> None:
    rows = await all_events(events.harness, YANDU, "id reportedAt")
    assert len(rows) == sum(figures(YANDU)["statuses"].values())
    stamps = [row["reportedAt"] for row in rows]
    assert stamps == sorted(stamps, reverse=True)
    data = await events.harness.query(
        YANDU, "{ gridEvents(first: 5, direction: ASC) { nodes { reportedAt } } }"
    )
    assert [n["reportedAt"] for n in data["gridEvents"]["nodes"]] == sorted(stamps)[:5]


NESTED = """query($n: Int!) { district { communities(first: $n) { nodes {
  events(first: 5) { totalCount nodes {
    reference overdue allowedTransitions type { name fields { key } } reporter { name }
    grid { name } areaGrid { name } estate { name } household { doorNumber } assignee { name }
    duplicateOf { id } fieldValues { label }
    history(first: 3) { nodes { from to actor { name } account { name } assignee { name } event { id } } }
  } }
  grids(first: 2) { nodes { events(first: 3) { nodes { id } } } }
} } } }"""


async def test_statements_do_not_grow_with_rows(events: Events) -> None:
    counts = []
    for n in (2, 20):
        with events.harness.counting() as statements:
            data = await events.harness.query(TINGHU, NESTED, {"n": n})
        shown = sum(len(c["events"]["nodes"]) for c in data["district"]["communities"]["nodes"])
        assert shown > n  # there is something to batch
        counts.append(len(statements))
    assert counts[0] == counts[1], counts


async def test_both_example_districts_show_the_programme_and_can_hide_it(
    gridgov: Harness,
) -> None:
    for district in (TINGHU, YANDU):
        sdl = await gridgov.sdl(district)
        for text in (
            "gridEvents(",
            "gridEventTypes(",
            "reportGridEvent(",
            "gridEventChanges(",
            "reportedEvents(",
            "type GridEvent implements Node",
        ):
            assert text in sdl, (district, text)
    await gridgov.disable(YANDU, "grid_events")
    hidden = await gridgov.sdl(YANDU)
    assert "gridEvents" not in hidden and "GridEvent" not in hidden
    assert "type Subscription" not in hidden  # no other programme there subscribes
    assert "gridEvents(" in await gridgov.sdl(TINGHU)
    errors = await gridgov.errors(YANDU, "{ gridEvents { totalCount } }")
    assert "gridEvents" in errors[0]["message"]
    await gridgov.enable(YANDU, "grid_events")
    data = await gridgov.query(YANDU, "{ gridEvents { totalCount } }")
    assert data["gridEvents"]["totalCount"] == sum(figures(YANDU)["statuses"].values())


async def test_an_event_is_invisible_from_another_district(events: Events) -> None:
    event = await events.report()
    query = "query($id: ID!) { node(id: $id) { id } }"
    assert (await events.harness.query(TINGHU, query, {"id": event["id"]}))["node"] == {
        "id": event["id"]
    }
    assert (await events.harness.query(YANDU, query, {"id": event["id"]}))["node"] is None
    data = await events.harness.query(
        YANDU,
        "query($f: GridEventFilter) { gridEvents(filter: $f) { totalCount } }",
        {"f": {"grid": events.at.micro_grid}},
    )
    assert data["gridEvents"]["totalCount"] == 0


INDICATORS = '{ district { indicators(prefix: "grid_events.") { key value } } }'


async def test_the_examples_reproduce_their_figures(gridgov: Harness) -> None:
    for district in (TINGHU, YANDU):
        spec = figures(district)
        rows = await all_events(gridgov, district, "status overdue resolutionHours satisfaction")
        by_status: dict[str, int] = {}
        for row in rows:
            by_status[row["status"].lower()] = by_status.get(row["status"].lower(), 0) + 1
        assert by_status == spec["statuses"]
        assert sum(row["overdue"] for row in rows) == spec["overdue"]
        data = await gridgov.query(district, INDICATORS)
        found = {item["key"]: item["value"] for item in data["district"]["indicators"]}
        hours = [row["resolutionHours"] for row in rows if row["resolutionHours"] is not None]
        ratings = [row["satisfaction"] for row in rows if row["satisfaction"] is not None]
        assert found["grid_events.total"] == len(rows)
        assert found["grid_events.open"] == sum(
            n for s, n in spec["statuses"].items() if s.upper() in OPEN
        )
        assert found["grid_events.overdue"] == spec["overdue"]
        assert found["grid_events.median_hours_to_resolve"] == round(statistics.median(hours), 1)
        assert found["grid_events.satisfaction"] == round(statistics.mean(ratings), 2)
        assert 0 < found["grid_events.resolved_30d"] < len(hours)
        assert 0 < found["grid_events.reported_30d"] < len(rows)


async def test_indicators_follow_changes_in_a_fixed_number_of_statements(events: Events) -> None:
    async def indicators() -> tuple[dict[str, float], int]:
        with events.harness.counting() as statements:
            data = await events.harness.query(TINGHU, INDICATORS)
        return {i["key"]: i["value"] for i in data["district"]["indicators"]}, len(statements)

    before, cost = await indicators()
    start = dt.datetime.now(dt.UTC)
    with frozen_at(start - dt.timedelta(hours=10)):
        slow = await events.in_status("IN_PROGRESS")
    with frozen_at(start):
        await events.act("resolve", slow["id"], note="已修好")
        await events.report()
        after, cost_after = await indicators()
    assert cost_after == cost
    assert after["grid_events.total"] == before["grid_events.total"] + 2
    assert after["grid_events.open"] == before["grid_events.open"] + 1
    assert after["grid_events.resolved_30d"] == before["grid_events.resolved_30d"] + 1
    assert after["grid_events.reported_30d"] == before["grid_events.reported_30d"] + 2
