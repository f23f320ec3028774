"""Roles at scopes: who reads, follows and acts on which event, and who the history names.

The example district's first community has two comprehensive grids; the test events
lie in the first one (``area_grid``: a micro-grid's building, a sibling micro-grid's
building), in the second one (``other_grid``, same community) and in another
community. Accounts are made per test with :meth:`Events.login`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
import websockets

from core.testing import TINGHU
from tests.plugins.grid_events.conftest import (
    CHANGES,
    Events,
    connect,
    serve_in_process,
    subscribe,
    until_subscribed,
)

LISTS = """query($grid: ID!, $community: ID!, $f: GridEventFilter) {
  gridEvents(first: 100, filter: $f) { totalCount nodes { id } }
  grid: node(id: $grid) { ... on Grid { events(first: 100, filter: $f) { nodes { id } } } }
  community: node(id: $community) {
    ... on Community { events(first: 100, filter: $f) { nodes { id } } } }
}"""
INDICATORS = '{ district { indicators(prefix: "grid_events.total") { value } } }'


async def spread(events: Events) -> dict[str, dict[str, Any]]:
    """Events reported by the administrator in and around the first comprehensive grid."""
    at = events.at
    other_community_grid = await events.query(
        "query($id: ID!) { node(id: $id) { ... on Community { grids(first: 1) { nodes { id } } } } }",
        {"id": at.other_community},
    )
    return {
        "mine": await events.report(),
        "sibling": await events.report(building=at.other_building),
        "neighbour": await events.report(building=at.other_grid_building),
        "far": await events.report(
            building=None, grid=other_community_grid["node"]["grids"]["nodes"][0]["id"]
        ),
    }


async def resident_of(events: Events, building: str) -> str:
    """A resident of a building."""
    data = await events.query(
        "query($id: ID!) { node(id: $id) { ... on Building { households(first: 1) { nodes {"
        " members(first: 1) { nodes { id } } } } } } }",
        {"id": building},
    )
    person: str = data["node"]["households"]["nodes"][0]["members"]["nodes"][0]["id"]
    return person


def ids(connection: dict[str, Any]) -> set[str]:
    return {node["id"] for node in connection["nodes"]}


async def test_a_grid_worker_reads_only_the_events_of_their_grid(events: Events) -> None:
    at = events.at
    start = dt.datetime.now(dt.UTC).isoformat()
    made = await spread(events)
    worker = await events.login("grid_worker", at.area_grid_code)
    recent = {"reportedFrom": start}

    data = await worker.query(LISTS, {"grid": at.area_grid, "community": at.community, "f": recent})
    own = {made["mine"]["id"], made["sibling"]["id"]}
    assert ids(data["gridEvents"]) == own
    assert ids(data["grid"]["events"]) == own
    # The worker sees the name of their community, not its other grids' events.
    assert ids(data["community"]["events"]) == own
    # The administrator sees all four; the worker's whole list is their grid's.
    everything = await events.query(
        LISTS, {"grid": at.area_grid, "community": at.community, "f": recent}
    )
    assert ids(everything["community"]["events"]) == own | {made["neighbour"]["id"]}
    assert ids(everything["gridEvents"]) == {e["id"] for e in made.values()}
    whole = await worker.query(LISTS, {"grid": at.area_grid, "community": at.community})
    assert whole["gridEvents"]["totalCount"] == await events.count({"grid": at.area_grid})
    # Filters cannot reach past the scope either.
    beyond = await worker.query(
        LISTS,
        {"grid": at.other_grid, "community": at.other_community, "f": {"grid": at.other_grid}},
    )
    assert beyond["gridEvents"]["totalCount"] == 0
    assert beyond["grid"] is None and beyond["community"] is None

    # node(id:) and the relations loaded by id.
    assert (await worker.event(made["mine"]["id"]))["id"] == made["mine"]["id"]
    for name in ("neighbour", "far"):
        assert await worker.event(made[name]["id"]) is None, name
        assert (await events.event(made[name]["id"]))["id"] == made[name]["id"]
    # Its history too: a transition is read through its event.
    history = await events.query(
        "query($id: ID!) { node(id: $id) { ... on GridEvent { history { nodes { id } } } } }",
        {"id": made["neighbour"]["id"]},
    )
    entry = history["node"]["history"]["nodes"][0]["id"]
    by_id = "query($id: ID!) { node(id: $id) { id } }"
    assert (await events.query(by_id, {"id": entry}))["node"] == {"id": entry}
    assert (await worker.query(by_id, {"id": entry}))["node"] is None

    # The indicators count what the viewer reads.
    figures = await worker.query(INDICATORS)
    assert figures["district"]["indicators"][0]["value"] == whole["gridEvents"]["totalCount"]


async def test_escalated_events_are_seen_and_decided_by_the_level_above(events: Events) -> None:
    at = events.at
    worker = await events.login("grid_worker", at.area_grid_code)
    community = await events.login("community_staff", at.community_code)
    street = await events.login("street_staff", at.street_code)
    elsewhere = await events.login("community_staff", at.other_community_code)

    event = await worker.report()
    up = await worker.act("escalate", event["id"], note="需社区协调")
    assert (up["status"], up["level"]) == ("ESCALATED", "COMMUNITY")
    # The grid keeps following it, but the community decides on it now.
    assert (await worker.event(event["id"]))["allowedTransitions"] == []
    refused = await worker.try_act("accept", event["id"])
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [
        (["input", "id"], "OUT_OF_SCOPE")
    ]
    escalated = await community.query(
        "{ gridEvents(first: 100, filter: {level: COMMUNITY, status: [ESCALATED]}) { nodes { id } } }"
    )
    assert event["id"] in ids(escalated["gridEvents"])
    assert "ACCEPTED" in (await community.event(event["id"]))["allowedTransitions"]
    top = await community.act("escalate", event["id"], note="需街道协调")
    assert top["level"] == "STREET"
    assert [e["code"] for e in (await community.try_act("accept", event["id"]))["errors"]] == [
        "OUT_OF_SCOPE"
    ]
    taken = await street.act("accept", event["id"])
    assert (taken["status"], taken["level"]) == ("ACCEPTED", "STREET")
    # Another community's staff neither see nor touch it.
    assert await elsewhere.event(event["id"]) is None
    assert [e["code"] for e in (await elsewhere.try_act("start", event["id"]))["errors"]] == [
        "NOT_FOUND"
    ]

    # The history names the account that acted each time.
    history = (await events.event(event["id"]))["history"]["nodes"]
    assert [(h["to"], h["level"], h["account"]) for h in history] == [
        ("REPORTED", "GRID", {"name": worker.name, "role": "GRID_WORKER"}),
        ("ESCALATED", "COMMUNITY", {"name": worker.name, "role": "GRID_WORKER"}),
        ("ESCALATED", "STREET", {"name": community.name, "role": "COMMUNITY_STAFF"}),
        ("ACCEPTED", "STREET", {"name": street.name, "role": "STREET_STAFF"}),
    ]


async def test_acting_outside_the_scope_is_refused_and_writes_nothing(events: Events) -> None:
    at = events.at
    made = await spread(events)
    worker = await events.login("grid_worker", at.area_grid_code)
    neighbour = made["neighbour"]["id"]

    def codes(payload: dict[str, Any]) -> list[tuple[str, str]]:
        return [(e["field"][-1], e["code"]) for e in payload["errors"]]

    # An event, place or person the worker cannot see does not exist for them.
    assert codes(await worker.try_act("accept", neighbour)) == [("id", "NOT_FOUND")]
    assert codes(await worker.try_report(building=at.other_grid_building)) == [
        ("building", "NOT_FOUND")
    ]
    accepted = await worker.act("accept", made["mine"]["id"])
    stranger = await resident_of(events, at.other_grid_building)
    assert codes(await worker.try_report(reporter=stranger)) == [("reporter", "NOT_FOUND")]
    assert codes(await worker.try_act("assign", accepted["id"], assignee=stranger)) == [
        ("assignee", "NOT_FOUND")
    ]
    assert codes(
        await worker.try_act("duplicate", made["sibling"]["id"], duplicateOf=neighbour)
    ) == [("duplicateOf", "NOT_FOUND")]
    # A micro-grid's worker sees its comprehensive grid but may not act on events there.
    area_wide = await events.report(building=None, grid=at.area_grid)
    micro = await events.login("grid_worker", at.micro_grid_code)
    assert codes(await micro.try_act("accept", area_wide["id"])) == [("id", "OUT_OF_SCOPE")]
    assert codes(await micro.try_report(building=None, grid=at.area_grid)) == [
        ("grid", "OUT_OF_SCOPE")
    ]
    # Nothing was written.
    for event in (made["neighbour"], made["sibling"], area_wide):
        assert (await events.event(event["id"]))["version"] == 1

    # Roles lacking the permission are refused before anything runs.
    analyst = await events.login("analyst")
    for who, document in (
        (analyst, "mutation($id: ID!) { acceptGridEvent(input: {id: $id}) { errors { code } } }"),
        (
            worker,
            'mutation { createGridEventType(input: {code: "x_y", name: "x", group: NEED,'
            " timeLimitHours: 1}) { errors { code } } }",
        ),
        (worker, "mutation { escalateOverdueGridEvents { errors { code } } }"),
    ):
        errors = await who.errors(document, {"id": neighbour} if "$id" in document else None)
        assert errors[0]["extensions"]["code"] == "FORBIDDEN"
    # The analyst reads what its scope holds, like anyone.
    assert await analyst.count() == await events.count()


async def test_a_subscriber_never_receives_events_outside_its_scope(events: Events) -> None:
    at = events.at
    app = events.harness.app
    broadcaster, channel = app.state.gridgov.broadcaster, await events.channel()
    worker = await events.login("grid_worker", at.area_grid_code)
    staff = await events.login("community_staff", at.community_code)
    async with (
        serve_in_process(app) as url,
        subscribe(url, TINGHU, CHANGES, authorization=await worker.authorization()) as own,
        subscribe(
            url,
            TINGHU,
            CHANGES,
            {"grid": at.micro_grid},
            authorization=await worker.authorization(),
        ) as micro,
        subscribe(url, TINGHU, CHANGES, authorization=await staff.authorization()) as community,
    ):
        await until_subscribed(broadcaster, channel, 3)
        made = await spread(events)  # reported in this order: mine, sibling, neighbour, far
        await events.act("escalate", made["neighbour"]["id"])
        assert [(c["event"]["id"], c["to"]) for c in [await own.change(), await own.change()]] == [
            (made["mine"]["id"], "REPORTED"),
            (made["sibling"]["id"], "REPORTED"),
        ]
        mine = await micro.change()
        assert mine["event"]["id"] == made["mine"]["id"]
        assert mine["account"]["role"] == "DISTRICT_ADMIN"
        seen = [await community.change() for _ in range(4)]
        assert [(c["event"]["id"], c["to"]) for c in seen] == [
            (made["mine"]["id"], "REPORTED"),
            (made["sibling"]["id"], "REPORTED"),
            (made["neighbour"]["id"], "REPORTED"),
            (made["neighbour"]["id"], "ESCALATED"),
        ]
        # Their own change reaches the worker, with their account.
        await worker.act("accept", made["mine"]["id"])
        for subscriber in (own, micro, community):
            change = await subscriber.change()
            assert (change["event"]["id"], change["to"]) == (made["mine"]["id"], "ACCEPTED")
            assert change["account"] == {"name": worker.name, "role": "GRID_WORKER"}
        for subscriber in (own, micro, community):
            assert await subscriber.nothing_within(0.3)


@pytest.mark.parametrize(
    ("role", "asked", "code"),
    [
        ("grid_worker", "other_community", "NOT_FOUND"),
        ("grid_worker", "other_grid", "NOT_FOUND"),
        ("grid_worker", "community", "OUT_OF_SCOPE"),
        ("community_staff", "other_community", "NOT_FOUND"),
        ("community_staff", "street", "OUT_OF_SCOPE"),
    ],
)
async def test_a_subscriber_asking_for_a_place_outside_its_scope_is_refused(
    events: Events, role: str, asked: str, code: str
) -> None:
    at = events.at
    scope = at.area_grid_code if role == "grid_worker" else at.community_code
    viewer = await events.login(role, scope)
    argument = "grid" if asked == "other_grid" else asked.removeprefix("other_")
    async with (
        serve_in_process(events.harness.app) as url,
        subscribe(
            url,
            TINGHU,
            CHANGES,
            {argument: getattr(at, asked)},
            authorization=await viewer.authorization(),
        ) as subscriber,
    ):
        error = await subscriber.refusal()
        assert error["extensions"] == {"code": code, "argument": argument}


async def test_a_websocket_without_a_token_is_closed(events: Events) -> None:
    async with (
        serve_in_process(events.harness.app) as url,
        connect(url, TINGHU, None) as connection,
    ):
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(connection.recv(), 10)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403
