"""Live updates over graphql-transport-ws and multipart HTTP, in one process and across two.

The subscriber talks to a real uvicorn server on a loopback port. Within one process
the tests wait until the server has registered the subscription (the broadcaster
counts it), so nothing is published before anyone listens. Across processes (only
on PostgreSQL, where LISTEN/NOTIFY carries the changes) the second server is
``gridgov serve`` started as another OS process on the same database. Subscribers
here are the district's administrator, who may follow any place; what narrower
roles receive is tested in ``test_scopes.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from core.clock import frozen_at
from core.testing import TINGHU, YANDU
from tests.plugins.grid_events.conftest import (
    CHANGES,
    REPORT,
    Events,
    Subscriber,
    held_at_the_update,
    post,
    serve_in_another_process,
    serve_in_process,
    subscribe,
    until_subscribed,
)


def postgres(events: Events) -> bool:
    return events.harness.url.startswith("postgresql")


async def grid_of(events: Events, place: str, kind: str) -> str:
    """A grid inside a community or street (by Global ID)."""
    query = {
        "community": "... on Community { grids(first: 1) { nodes { id } } }",
        "street": "... on Street { communities(first: 1) { nodes { grids(first: 1) { nodes { id } } } } }",
    }[kind]
    data = await events.harness.query(
        events.district, f"query($id: ID!) {{ node(id: $id) {{ {query} }} }}", {"id": place}
    )
    node = data["node"]
    if kind == "street":
        node = node["communities"]["nodes"][0]
    grid: str = node["grids"]["nodes"][0]["id"]
    return grid


async def test_a_subscriber_sees_reports_and_changes_in_its_grid(events: Events) -> None:
    app = events.harness.app
    broadcaster, channel = app.state.gridgov.broadcaster, await events.channel()
    admin = await events.authorization()
    async with serve_in_process(app) as url:
        async with subscribe(
            url, TINGHU, CHANGES, {"grid": events.at.micro_grid}, authorization=admin
        ) as subscriber:
            await until_subscribed(broadcaster, channel)
            await follow_one_event(events, subscriber)
            if postgres(events):
                # Waiting for the next change holds no connection in an open transaction.
                async with asyncio.timeout(5):
                    while await idle_in_transaction(events):  # noqa: ASYNC110 - polling the server
                        await asyncio.sleep(0.05)
        # Closing the WebSocket ends the subscription on the server too.
        await until_subscribed(broadcaster, channel, 0)


async def idle_in_transaction(events: Events) -> int:
    async with events.harness.app.state.gridgov.sessions() as session:
        found = await session.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND state LIKE 'idle in transaction%'"
            )
        )
    return int(found or 0)


async def follow_one_event(events: Events, subscriber: Subscriber) -> None:
    """Report, accept and let an event escalate, seeing each change live."""
    event = await events.report()
    reported = await subscriber.change()
    assert (reported["from"], reported["to"], reported["account"]["role"]) == (
        None,
        "REPORTED",
        "DISTRICT_ADMIN",
    )
    assert reported["event"]["id"] == event["id"]
    await events.act("accept", event["id"])
    accepted = await subscriber.change()
    assert (accepted["from"], accepted["to"]) == ("REPORTED", "ACCEPTED")
    # Read afresh for every change, not from the first change's loaders.
    assert accepted["event"]["status"] == "ACCEPTED"
    assert accepted["event"]["version"] == 2
    assert accepted["event"]["history"]["totalCount"] == 2
    # The automatic escalation of overdue events is published as well.
    with frozen_at(dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)):
        await events.harness.query(
            TINGHU, "mutation { escalateOverdueGridEvents { escalatedCount } }"
        )
    escalated = await subscriber.change()
    assert (escalated["from"], escalated["to"], escalated["account"]) == (
        "ACCEPTED",
        "ESCALATED",
        None,
    )
    assert escalated["event"]["level"] == "COMMUNITY"


async def test_a_subscriber_never_sees_events_outside_its_place(events: Events) -> None:
    at = events.at
    app = events.harness.app
    other_street_grid = await grid_of(events, at.other_street, "street")
    other_community_grid = await grid_of(events, at.other_community, "community")
    yandu = await Events(events.harness, YANDU).setup()
    scopes = {
        "micro": {"grid": at.micro_grid},
        "area": {"grid": at.area_grid},
        "community": {"community": at.community},
        "street": {"street": at.street},
    }
    admin = await events.authorization()
    async with serve_in_process(app) as url, contextlib.AsyncExitStack() as stack:
        subscribers = {
            name: await stack.enter_async_context(
                subscribe(url, TINGHU, CHANGES, variables, authorization=admin)
            )
            for name, variables in scopes.items()
        }
        await until_subscribed(app.state.gridgov.broadcaster, await events.channel(), 4)
        start = dt.datetime.now(dt.UTC).isoformat()
        in_sibling = await events.report(building=at.other_building)
        in_other_community = await events.report(building=None, grid=other_community_grid)
        in_other_street = await events.report(building=None, grid=other_street_grid)
        await yandu.report()
        mine = await events.report()
        expected = {
            "micro": [mine],
            "area": [in_sibling, mine],
            "community": [in_sibling, mine],
            "street": [in_sibling, in_other_community, mine],
        }
        for name, wanted in expected.items():
            got = [(await subscribers[name].change())["event"]["id"] for _ in wanted]
            assert got == [event["id"] for event in wanted], name
            # Queries draw the same line as subscriptions (scope.conditions, scope.visible).
            listed = await events.harness.query(
                TINGHU,
                "query($f: GridEventFilter) { gridEvents(first: 10, filter: $f, direction: ASC)"
                " { nodes { id } } }",
                {"f": {**scopes[name], "reportedFrom": start}},
            )
            assert [n["id"] for n in listed["gridEvents"]["nodes"]] == got, name
        assert in_other_street["id"] not in {e["id"] for w in expected.values() for e in w}
        for subscriber in subscribers.values():
            assert await subscriber.nothing_within(0.3)


async def test_refused_and_rolled_back_changes_are_never_published(events: Events) -> None:
    app = events.harness.app
    admin = await events.authorization()
    async with (
        serve_in_process(app) as url,
        subscribe(
            url, TINGHU, CHANGES, {"grid": events.at.micro_grid}, authorization=admin
        ) as subscriber,
    ):
        await until_subscribed(app.state.gridgov.broadcaster, await events.channel())
        event = await events.report()
        assert (await subscriber.change())["to"] == "REPORTED"
        assert (await events.try_act("start", event["id"]))["errors"]  # not allowed
        assert (await events.try_report(photos=["ftp://x"]))["errors"]  # invalid input
        with held_at_the_update(events.harness):
            raced = await asyncio.gather(
                events.try_act("accept", event["id"]), events.try_act("reject", event["id"])
            )
        assert sorted(bool(p["errors"]) for p in raced) == [False, True]
        winner = next(p["event"]["status"] for p in raced if not p["errors"])
        assert (await subscriber.change())["to"] == winner
        assert await subscriber.nothing_within(0.5)


async def test_subscription_arguments_are_checked(events: Events) -> None:
    other = await Events(events.harness, YANDU).setup()
    app = events.harness.app
    admin = await events.authorization()
    async with serve_in_process(app) as url:
        for variables, code in (
            ({"grid": events.at.micro_grid, "street": events.at.street}, "BAD_USER_INPUT"),
            ({"grid": events.at.community}, "BAD_USER_INPUT"),
            ({"grid": other.at.micro_grid}, "NOT_FOUND"),
        ):
            async with subscribe(
                url, TINGHU, CHANGES, variables, authorization=admin
            ) as subscriber:
                assert (await subscriber.refusal())["extensions"]["code"] == code, variables


async def test_a_subscriber_that_may_have_missed_changes_is_told_to_resubscribe(
    events: Events,
) -> None:
    app = events.harness.app
    broadcaster, channel = app.state.gridgov.broadcaster, await events.channel()
    admin = await events.authorization()
    micro = {"grid": events.at.micro_grid}
    async with (
        serve_in_process(app) as url,
        subscribe(url, TINGHU, CHANGES, micro, authorization=admin) as subscriber,
    ):
        await until_subscribed(broadcaster, channel)
        await broadcaster.close()  # as when the LISTEN connection drops
        message = await subscriber.receive()
        assert message["type"] == "next"
        assert message["payload"]["errors"][0]["extensions"] == {"code": "RESUBSCRIBE"}
        assert (await subscriber.receive())["type"] == "complete"
    async with (
        serve_in_process(app) as url,
        subscribe(url, TINGHU, CHANGES, micro, authorization=admin) as subscriber,
    ):
        await until_subscribed(broadcaster, channel)
        event = await events.report()
        assert (await subscriber.change())["event"]["id"] == event["id"]


async def test_multipart_http_subscription(events: Events) -> None:
    app = events.harness.app
    async with (
        serve_in_process(app) as url,
        httpx.AsyncClient(base_url=url, timeout=30) as client,
        client.stream(
            "POST",
            f"/districts/{TINGHU}/graphql",
            json={"query": CHANGES, "variables": {"community": events.at.community}},
            headers={
                "accept": "multipart/mixed;subscriptionSpec=1.0, application/json",
                "authorization": await events.authorization(),
            },
        ) as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("multipart/mixed")
        await until_subscribed(app.state.gridgov.broadcaster, await events.channel())
        event = await events.report()
        received: list[dict[str, Any]] = []
        async with asyncio.timeout(10):
            buffer = ""
            async for chunk in response.aiter_text():
                buffer += chunk
                received = [
                    json.loads(line)
                    for line in buffer.splitlines()
                    if line.startswith("{") and "gridEventChanges" in line
                ]
                if received:
                    break
        change = received[0]["payload"]["data"]["gridEventChanges"]
        assert (change["to"], change["event"]["id"]) == ("REPORTED", event["id"])


async def test_a_change_made_through_another_server_process_reaches_the_subscriber(
    events: Events,
) -> None:
    if not postgres(events):
        pytest.skip("across processes changes travel through PostgreSQL's LISTEN/NOTIFY")
    at = events.at
    app = events.harness.app
    admin = await events.authorization()

    def report_input(**place: Any) -> dict[str, Any]:
        return {
            "input": {
                "type": events.type_id,
                "reporter": at.resident,
                "description": "从另一个进程上报",
                **place,
            }
        }

    async with (
        serve_in_process(app) as here,
        serve_in_another_process(events.harness.url) as there,
    ):
        # Subscribed here, changed there.
        async with subscribe(
            here, TINGHU, CHANGES, {"grid": at.micro_grid}, authorization=admin
        ) as subscriber:
            await until_subscribed(app.state.gridgov.broadcaster, await events.channel())
            outside = await post(
                there, TINGHU, REPORT, report_input(building=at.other_building), authorization=admin
            )
            reported = await post(
                there, TINGHU, REPORT, report_input(building=at.building), authorization=admin
            )
            event = reported["reportGridEvent"]["event"]
            accept = await post(
                there,
                TINGHU,
                """mutation($input: GridEventActionInput!) {
                     acceptGridEvent(input: $input) { errors { code } } }""",
                {"input": {"id": event["id"]}},
                authorization=admin,
            )
            assert accept["acceptGridEvent"]["errors"] == []
            first, second = await subscriber.change(15), await subscriber.change(15)
            assert [(c["event"]["id"], c["to"]) for c in (first, second)] == [
                (event["id"], "REPORTED"),
                (event["id"], "ACCEPTED"),
            ]
            assert second["event"]["status"] == "ACCEPTED"
            assert outside["reportGridEvent"]["event"]["id"] != event["id"]
            assert await subscriber.nothing_within(0.5)
        # Subscribed there, changed here: report until the other process passes one on.
        async with subscribe(
            there, TINGHU, CHANGES, {"community": at.community}, authorization=admin
        ) as subscriber:
            sent: list[str] = []
            async with asyncio.timeout(30):
                while True:
                    sent.append((await events.report())["id"])
                    try:
                        change = await subscriber.change(within=0.5)
                        break
                    except TimeoutError:
                        continue
            assert change["event"]["id"] in sent and change["to"] == "REPORTED"
