"""The lifecycle: allowed transitions only, each kept in the history, refusals write nothing."""

from __future__ import annotations

from typing import Any

import pytest

from core.testing import YANDU
from tests.plugins.grid_events.conftest import ACTIONS, PATHS, TARGET, Events

# The programme's transition table, written out independently of the code under test.
ALLOWED = {
    "REPORTED": {"accept", "reject", "duplicate", "escalate"},
    "ACCEPTED": {"assign", "reject", "duplicate", "escalate"},
    "ASSIGNED": {"assign", "start", "escalate"},
    "IN_PROGRESS": {"resolve", "escalate"},
    "RESOLVED": {"close", "reopen"},
    "CLOSED": set(),
    "REJECTED": set(),
    "DUPLICATE": set(),
    "ESCALATED": {"accept", "assign", "reject", "duplicate", "escalate"},
    "REOPENED": {"assign", "start", "escalate"},
}
STATE = ("status", "level", "version", "dueAt", "resolvedAt", "closedAt", "satisfaction")


def snapshot(event: dict[str, Any]) -> tuple[Any, ...]:
    """What a refused action must leave unchanged."""
    return (*(event[key] for key in STATE), event["history"]["totalCount"])


async def extra_for(events: Events, action: str) -> dict[str, Any]:
    """Input an action needs beyond the defaults, valid in itself."""
    if action == "duplicate":
        return {"duplicateOf": (await events.report())["id"]}
    return {}


async def test_full_lifecycle_keeps_every_change_in_the_history(events: Events) -> None:
    at = events.at
    worker = await events.login("grid_worker", at.area_grid_code)
    event = await worker.report(household=at.household, building=None, photos=[])
    assert (event["status"], event["level"], event["version"]) == ("REPORTED", "GRID", 1)
    event = await worker.act("accept", event["id"], note="马上核实")
    event = await worker.act("assign", event["id"], assignee=at.worker)
    assert event["assignee"] == {"id": at.worker}
    event = await worker.act("start", event["id"])
    event = await worker.act("resolve", event["id"], note="已更换灯泡")
    assert event["resolvedAt"] is not None and event["resolutionHours"] >= 0
    # The resident's rating, passed on by the grid worker who closes it (回访).
    event = await worker.act("close", event["id"], satisfaction=4, note="很满意")
    assert (event["status"], event["version"], event["satisfaction"]) == ("CLOSED", 6, 4)
    assert event["closedAt"] is not None
    assert event["allowedTransitions"] == []
    history = event["history"]["nodes"]
    assert [(h["from"], h["to"]) for h in history] == [
        (None, "REPORTED"),
        ("REPORTED", "ACCEPTED"),
        ("ACCEPTED", "ASSIGNED"),
        ("ASSIGNED", "IN_PROGRESS"),
        ("IN_PROGRESS", "RESOLVED"),
        ("RESOLVED", "CLOSED"),
    ]
    # Who: the signed-in account, every time; the reporter stays on the event.
    assert [h["account"] for h in history] == [{"name": worker.name, "role": "GRID_WORKER"}] * 6
    assert [h["actor"] for h in history] == [None] * 6
    assert event["reporter"] == {"id": at.resident}
    assert [h["note"] for h in history] == [None, "马上核实", None, None, "已更换灯泡", "很满意"]
    assert history[2]["assignee"] == {"id": at.worker}
    assert [h["at"] for h in history] == sorted(h["at"] for h in history)


@pytest.mark.parametrize("status", list(ALLOWED))
async def test_every_illegal_transition_is_refused_and_writes_nothing(
    events: Events, status: str
) -> None:
    event = await events.in_status(status)
    before = snapshot(event)
    refused = [action for action in ACTIONS if action not in ALLOWED[status]]
    assert len(refused) + len(ALLOWED[status]) == len(ACTIONS)
    expected = sorted(TARGET[action] for action in ALLOWED[status])
    assert sorted(set(event["allowedTransitions"])) == sorted(set(expected))
    for action in refused:
        payload = await events.try_act(action, event["id"], **await extra_for(events, action))
        assert payload["event"] is None, (status, action)
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [
            (["input", "id"], "INVALID_STATE")
        ], (status, action, payload["errors"])
    assert snapshot(await events.event(event["id"])) == before


@pytest.mark.parametrize(
    ("status", "action"),
    [(status, action) for status, actions in ALLOWED.items() for action in sorted(actions)],
)
async def test_every_allowed_transition_is_made(events: Events, status: str, action: str) -> None:
    event = await events.in_status(status)
    changed = await events.act(action, event["id"], **await extra_for(events, action))
    assert changed["status"] == TARGET[action]
    assert changed["version"] == event["version"] + 1
    last = changed["history"]["nodes"][-1]
    assert (last["from"], last["to"]) == (status, TARGET[action])
    assert changed["history"]["totalCount"] == len(PATHS[status]) + 2


async def test_escalation_climbs_the_grid_tree_and_stops_at_the_street(events: Events) -> None:
    event = await events.report()
    up = await events.act("escalate", event["id"], note="需社区协调")
    assert (up["status"], up["level"]) == ("ESCALATED", "COMMUNITY")
    assert up["dueAt"] > event["dueAt"]  # the community gets a full time limit
    top = await events.act("escalate", up["id"])
    assert (top["status"], top["level"]) == ("ESCALATED", "STREET")
    assert "ESCALATED" not in top["allowedTransitions"]
    refused = await events.try_act("escalate", top["id"])
    assert [e["code"] for e in refused["errors"]] == ["INVALID_STATE"]
    assert "street" in refused["errors"][0]["message"]
    # The street takes it on and handles it like any other level.
    handled = await events.act("accept", top["id"])
    assert (handled["status"], handled["level"]) == ("ACCEPTED", "STREET")
    assert [h["level"] for h in handled["history"]["nodes"]] == [
        "GRID",
        "COMMUNITY",
        "STREET",
        "STREET",
    ]


async def test_a_duplicate_points_at_an_original_event(events: Events) -> None:
    original = await events.report()
    copy = await events.report()
    itself = await events.try_act("duplicate", copy["id"], duplicateOf=copy["id"])
    assert [(e["field"], e["code"]) for e in itself["errors"]] == [
        (["input", "duplicateOf"], "INVALID")
    ]
    marked = await events.act("duplicate", copy["id"], duplicateOf=original["id"])
    assert marked["duplicateOf"] == {"id": original["id"]}
    third = await events.report()
    of_copy = await events.try_act("duplicate", third["id"], duplicateOf=copy["id"])
    assert [e["code"] for e in of_copy["errors"]] == ["INVALID_STATE"]
    other = await Events(events.harness, YANDU).setup()
    elsewhere = await other.report()
    across = await events.try_act("duplicate", third["id"], duplicateOf=elsewhere["id"])
    assert [e["code"] for e in across["errors"]] == ["NOT_FOUND"]
    assert (await events.event(third["id"]))["status"] == "REPORTED"


async def test_only_a_reporting_resident_rates_and_only_from_1_to_5(events: Events) -> None:
    event = await events.in_status("RESOLVED")
    for rating in (0, 6):
        payload = await events.try_act("close", event["id"], satisfaction=rating)
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [
            (["input", "satisfaction"], "OUT_OF_RANGE")
        ]
    rated = await events.act("close", event["id"], satisfaction=5)
    assert (rated["status"], rated["satisfaction"]) == ("CLOSED", 5)
    # A grid worker's own finding has no resident to rate it.
    found = await events.in_status("RESOLVED", reporter=events.at.worker)
    assert found["reportedAs"] == "GRID_WORKER"
    by_worker = await events.try_act("close", found["id"], satisfaction=5)
    assert [(e["field"], e["code"]) for e in by_worker["errors"]] == [
        (["input", "satisfaction"], "INVALID")
    ]
    assert (await events.event(found["id"]))["status"] == "RESOLVED"
    closed = await events.act("close", found["id"], note="回访后关闭")
    assert (closed["status"], closed["satisfaction"]) == ("CLOSED", None)


async def test_resolving_and_rejecting_say_why(events: Events) -> None:
    in_progress = await events.in_status("IN_PROGRESS")
    reported = await events.report()
    for action, event in (("resolve", in_progress), ("reject", reported)):
        payload = await events.try_act(action, event["id"], note="  ")
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [
            (["input", "note"], "REQUIRED")
        ]
        assert snapshot(await events.event(event["id"])) == snapshot(event)
    long = await events.try_act("accept", reported["id"], note="很" * 501)
    assert [e["code"] for e in long["errors"]] == ["TOO_LONG"]


async def test_reopening_clears_the_resolution_and_restarts_the_clock(events: Events) -> None:
    resolved = await events.in_status("RESOLVED")
    reopened = await events.act("reopen", resolved["id"])
    assert reopened["resolvedAt"] is None and reopened["resolutionHours"] is None
    assert reopened["dueAt"] > resolved["dueAt"]
    again = await events.act("start", reopened["id"])
    assert again["status"] == "IN_PROGRESS"


async def test_actions_refuse_unknown_events_and_people(events: Events) -> None:
    event = await events.report()
    other = await Events(events.harness, YANDU).setup()
    elsewhere = await other.report()
    for wrong in ("nonsense", events.at.building, elsewhere["id"]):
        payload = await events.try_act("accept", event["id"], id=wrong)
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [
            (["input", "id"], "NOT_FOUND")
        ], wrong
    assign = await events.try_act("assign", event["id"], assignee=other.at.worker)
    assert [e["code"] for e in assign["errors"]] == ["INVALID_STATE"]
    accepted = await events.act("accept", event["id"])
    assign = await events.try_act("assign", accepted["id"], assignee=other.at.worker)
    assert [(e["field"], e["code"]) for e in assign["errors"]] == [
        (["input", "assignee"], "NOT_FOUND")
    ]
    assert snapshot(await events.event(event["id"])) == snapshot(accepted)
