"""Overdue events and escalation up the grid tree, by hand and automatically (clock injected)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.clock import frozen_at
from tests.plugins.grid_events.conftest import Events

ESCALATE = """
mutation($input: EscalateOverdueGridEventsInput) {
  escalateOverdueGridEvents(input: $input) {
    escalatedCount events { id status level } errors { field code }
  }
}"""
HOURS = dt.timedelta(hours=1)


async def escalate_overdue(events: Events, limit: int | None = None) -> dict[str, Any]:
    variables = {"input": {"limit": limit}} if limit is not None else {"input": None}
    data = await events.harness.query(events.district, ESCALATE, variables)
    payload: dict[str, Any] = data["escalateOverdueGridEvents"]
    return payload


async def ids_of(events: Events, filter: dict[str, Any]) -> set[str]:
    data = await events.harness.query(
        events.district,
        "query($f: GridEventFilter) { gridEvents(first: 100, filter: $f) { nodes { id } } }",
        {"f": filter},
    )
    return {node["id"] for node in data["gridEvents"]["nodes"]}


async def test_an_open_event_is_overdue_once_its_time_limit_passes(events: Events) -> None:
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with frozen_at(start):
        late = await events.report()
        done = await events.in_status("RESOLVED")
    assert late["dueAt"] == (start + 24 * HOURS).isoformat()
    here = {"grid": events.at.micro_grid}
    with frozen_at(start + 23 * HOURS):
        assert not (await events.event(late["id"]))["overdue"]
        assert late["id"] in await ids_of(events, {**here, "overdue": False})
        assert late["id"] not in await ids_of(events, {**here, "overdue": True})
    with frozen_at(start + 25 * HOURS):
        assert (await events.event(late["id"]))["overdue"]
        assert not (await events.event(done["id"]))["overdue"]  # resolved: nothing to chase
        overdue = await ids_of(events, {**here, "overdue": True})
        assert late["id"] in overdue and done["id"] not in overdue
        assert late["id"] not in await ids_of(events, {**here, "overdue": False})


async def test_overdue_events_escalate_automatically_up_to_the_street(events: Events) -> None:
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with frozen_at(start):
        reported = await events.report()
        accepted = await events.in_status("ACCEPTED")
        resolved = await events.in_status("RESOLVED")
    later = start + 25 * HOURS
    with frozen_at(later):
        due = sum(
            [
                await events.count({"overdue": True, "level": "GRID"}),
                await events.count({"overdue": True, "level": "COMMUNITY"}),
            ]
        )
        at_street = await events.count({"overdue": True, "level": "STREET"})
        payload = await escalate_overdue(events)
        assert payload["errors"] == []
        assert payload["escalatedCount"] == due >= 2
        assert len(payload["events"]) == min(due, 100)
        assert {e["status"] for e in payload["events"]} == {"ESCALATED"}
        for before in (reported, accepted):
            after = await events.event(before["id"])
            assert (after["status"], after["level"], after["overdue"]) == (
                "ESCALATED",
                "COMMUNITY",
                False,
            )
            assert after["dueAt"] == (later + 24 * HOURS).isoformat()
            last = after["history"]["nodes"][-1]
            # The system escalated it: no account, no person.
            assert (last["from"], last["to"], last["account"], last["actor"]) == (
                before["status"],
                "ESCALATED",
                None,
                None,
            )
            assert "escalated to the community automatically" in last["note"]
        assert (await events.event(resolved["id"]))["status"] == "RESOLVED"
        # Nothing left to escalate below the street; the street's overdue ones stay overdue.
        assert await events.count({"overdue": True, "level": "GRID"}) == 0
        assert await events.count({"overdue": True, "level": "COMMUNITY"}) == 0
        assert await events.count({"overdue": True, "level": "STREET"}) == at_street
        assert (await escalate_overdue(events))["escalatedCount"] == 0
    with frozen_at(later + 25 * HOURS):
        await escalate_overdue(events)
        top = await events.event(reported["id"])
        assert (top["status"], top["level"]) == ("ESCALATED", "STREET")
    with frozen_at(later + 50 * HOURS):
        await escalate_overdue(events)
        stays = await events.event(reported["id"])
        assert (stays["level"], stays["overdue"], stays["version"]) == ("STREET", True, 3)


async def test_a_run_escalates_at_most_its_limit(events: Events) -> None:
    start = dt.datetime.now(dt.UTC)
    with frozen_at(start):
        await events.report()
        await events.report()
    with frozen_at(start + 25 * HOURS):
        before = await events.count({"status": ["ESCALATED"]})
        assert (await escalate_overdue(events, limit=1))["escalatedCount"] == 1
        assert await events.count({"status": ["ESCALATED"]}) == before + 1
        for limit in (0, 1001):
            payload = await escalate_overdue(events, limit=limit)
            assert payload["errors"] == [{"field": ["input", "limit"], "code": "OUT_OF_RANGE"}]
        assert await events.count({"status": ["ESCALATED"]}) == before + 1


async def test_escalating_by_hand_restarts_the_time_limit(events: Events) -> None:
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with frozen_at(start):
        event = await events.report()
    with frozen_at(start + 30 * HOURS):
        assert (await events.event(event["id"]))["overdue"]
        up = await events.act("escalate", event["id"], note="网格无法处理")
        assert (up["level"], up["overdue"]) == ("COMMUNITY", False)
        assert up["dueAt"] == (start + 54 * HOURS).isoformat()
