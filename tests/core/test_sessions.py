"""WebSocket sessions (issue 16): a connection lasts only while its token holds, its
messages are held to the body limit and its queries and mutations to the time budget."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import websockets
from sqlalchemy import event, select, update
from sqlalchemy.util import await_

from core.db import models
from core.graphql.ids import parse_global_id
from core.plugins import PluginManager
from core.testing import TINGHU, Harness, run_cli
from plugins.grid_events.subscriptions import channel
from tests.plugins.grid_events.conftest import serve_in_process, until_subscribed

PLACES = """{ district { id streets(first: 1) { nodes { communities(first: 1) { nodes {
  grids(first: 1) { nodes { id code } } } } } } } }"""
REVEAL = "{ district { people(first: 5) { nodes { phone(reveal: true) } } } }"
LIVE = "subscription($g: ID) { gridEventChanges(grid: $g) { to } }"


async def places(h: Harness) -> dict[str, str]:
    """The district's id, and the code and id of one of its grids."""
    district = (await h.query(TINGHU, PLACES))["district"]
    grid = district["streets"]["nodes"][0]["communities"]["nodes"][0]["grids"]["nodes"][0]
    return {"district_id": district["id"], "grid": grid["code"], "grid_id": grid["id"]}


async def gridgov_cli(url: str, *args: str) -> tuple[int, str, str]:
    """``gridgov --database url ...`` (in a thread: the CLI runs its own event loop)."""
    return await asyncio.to_thread(run_cli, "--database", url, *args)


async def first_message(connection: websockets.ClientConnection) -> dict[str, Any]:
    # Only a guard against hanging: a loaded CI machine took over 10 s for a reveal.
    message: dict[str, Any] = json.loads(await asyncio.wait_for(connection.recv(), 30))
    return message


async def connect(base: str, token: str) -> websockets.ClientConnection:
    """A graphql-transport-ws connection to Tinghu, acknowledged."""
    connection = await websockets.connect(
        base.replace("http://", "ws://") + f"/districts/{TINGHU}/graphql",
        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
        max_size=None,
    )
    init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
    await connection.send(json.dumps(init))
    assert (await first_message(connection))["type"] == "connection_ack"
    return connection


def subscribe(operation_id: str, query: str, variables: dict[str, Any] | None = None) -> str:
    payload = {"query": query, "variables": variables or {}}
    return json.dumps({"id": operation_id, "type": "subscribe", "payload": payload})


async def closed_with(connection: websockets.ClientConnection) -> int | None:
    """The close code ending the connection; no message may come before it."""
    with pytest.raises(websockets.ConnectionClosed):
        message = await first_message(connection)
        pytest.fail(f"answered after the token lapsed: {message}")
    return connection.close_code


async def lapse(h: Harness, how: str, name: str) -> None:
    """End the account's token the way ``how`` says, outside the server's process paths."""
    if how == "revoked":  # the command line: another process, another engine
        status, _, err = await gridgov_cli(h.url, "users", "revoke", name)
        assert status == 0, err
        return
    account, token = models.Account, models.AccessToken
    async with h.app.state.gridgov.sessions() as session:
        account_id = await session.scalar(select(account.id).where(account.name == name))
        moment = dt.datetime.now(dt.UTC)
        await session.execute(
            update(account).where(account.id == account_id).values(disabled_at=moment)
            if how == "disabled"
            else update(token)
            .where(token.account_id == account_id)
            .values(expires_at=moment - dt.timedelta(seconds=1))
        )
        await session.commit()


@pytest.mark.parametrize("how", ["revoked", "disabled", "expired"])
async def test_a_lapsed_token_ends_its_websocket_and_subscriptions(
    gridgov: Harness, how: str
) -> None:
    at = await places(gridgov)
    name = f"ws-{how}"
    token = await gridgov.login_as(TINGHU, "grid_worker", at["grid"], name=name)
    district = parse_global_id(at["district_id"])
    assert district is not None
    events = channel(district[1])
    broadcaster = gridgov.app.state.gridgov.broadcaster
    async with serve_in_process(gridgov.app) as base:
        connection = await connect(base, token)
        try:
            await connection.send(subscribe("reveal", REVEAL))
            assert (await first_message(connection))["type"] == "next"
            assert (await first_message(connection))["type"] == "complete"
            await connection.send(subscribe("live", LIVE, {"g": at["grid_id"]}))
            await until_subscribed(broadcaster, events)
            await lapse(gridgov, how, name)
            # The next operation is refused, and the connection closed, whether the
            # periodic check or the check of the operation comes first.
            await connection.send(subscribe("again", REVEAL))
            assert await closed_with(connection) == 4403
            await until_subscribed(broadcaster, events, 0)
        finally:
            await connection.close()


async def test_a_lapsed_token_ends_an_idle_websocket(gridgov: Harness) -> None:
    at = await places(gridgov)
    token = await gridgov.login_as(TINGHU, "grid_worker", at["grid"], name="ws-idle")
    async with serve_in_process(gridgov.app) as base:
        connection = await connect(base, token)
        try:
            await gridgov_cli(gridgov.url, "users", "revoke", "ws-idle")
            # Nothing sent: the server's periodic check closes it.
            assert await closed_with(connection) == 4403
            assert connection.close_reason == "The token was revoked."
        finally:
            await connection.close()


async def test_websocket_messages_are_held_to_the_body_limit(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GRIDGOV_CORE__MAX_BODY_BYTES", "2000")
    h = await make_harness(example_database, PluginManager())
    token = await h.login_as(TINGHU)

    def sized(size: int) -> str:
        message = subscribe("q", "{ district { code } }")
        return message[:-1] + " " * (size - len(message.encode())) + "}"

    async with serve_in_process(h.app) as base:
        connection = await connect(base, token)
        try:
            await connection.send(sized(2000))
            assert (await first_message(connection))["payload"] == {
                "data": {"district": {"code": TINGHU}}
            }
            assert (await first_message(connection))["type"] == "complete"
            await connection.send(sized(2001))
            with pytest.raises(websockets.ConnectionClosed):
                await first_message(connection)
            assert connection.close_code == 4413
            assert connection.close_reason == (
                "Message size in bytes 2001 exceeds the limit of 2000 by 1."
            )
        finally:
            await connection.close()
        # Eight mebibytes are refused unread, as over HTTP.
        connection = await connect(base, token)
        try:
            await connection.send(sized(8 * 1024 * 1024))
            with pytest.raises(websockets.ConnectionClosed):
                await first_message(connection)
            assert connection.close_code == 4413
        finally:
            await connection.close()


async def test_websocket_queries_and_mutations_have_the_time_budget(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Set up with the usual budget: a cold app's first nested query may take a second.
    setup = await make_harness(example_database, PluginManager())
    at = await places(setup)
    token = await setup.login_as(TINGHU)
    monkeypatch.setenv("GRIDGOV_CORE__REQUEST_SECONDS", "1")
    h = await make_harness(example_database, PluginManager())
    district = parse_global_id(at["district_id"])
    assert district is not None
    events = channel(district[1])
    broadcaster = h.app.state.gridgov.broadcaster
    engine = h.app.state.gridgov.engine.sync_engine
    slowed = ("FROM person", "UPDATE district")

    def slow(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if any(part in statement for part in slowed):  # past the budget, not for long
            await_(asyncio.sleep(2))

    rename = 'mutation { updateDistrict(input: {name: "超时区"}) { errors { code } } }'
    async with serve_in_process(h.app) as base:
        connection = await connect(base, token)
        try:
            # A subscription is not held to the budget: it outlives both operations.
            await connection.send(subscribe("live", LIVE, {"g": at["grid_id"]}))
            await until_subscribed(broadcaster, events)
            event.listen(engine, "before_cursor_execute", slow)
            try:
                for operation_id, query in (("people", REVEAL), ("rename", rename)):
                    await connection.send(subscribe(operation_id, query))
                    stopped = await first_message(connection)
                    assert (stopped["id"], stopped["type"]) == (operation_id, "next")
                    assert stopped["payload"]["data"] is None
                    [error] = stopped["payload"]["errors"]
                    assert error["extensions"] == {"code": "REQUEST_TIMEOUT"}
                    assert error["message"].startswith("The request ran past its time budget")
                    done = await first_message(connection)
                    assert (done["id"], done["type"]) == (operation_id, "complete")
            finally:
                event.remove(engine, "before_cursor_execute", slow)
            # The connection stays open and serves the next operation; the rename was
            # rolled back.
            await connection.send(subscribe("name", "{ district { name } }"))
            answered = await first_message(connection)
            assert answered["type"] == "next"
            assert answered["payload"]["data"]["district"]["name"] != "超时区"
            await until_subscribed(broadcaster, events)
        finally:
            await connection.close()
    assert (await h.query(TINGHU, "{ district { name } }"))["district"]["name"] != "超时区"
