"""Fixtures and helpers of the grid_events tests: GraphQL documents, a real server, a client.

Test modules take the ``events`` fixture and import the rest from this module
(``tests.plugins.grid_events.conftest``, the name pytest gives it). Everything speaks
GraphQL over HTTP or WebSockets with a bearer token, as a front end would: the
district's administrator by default, any account through :meth:`Events.login`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import json
import os
import socket
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import AbstractContextManager, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from core.graphql.ids import parse_global_id
from core.testing import ADMIN, TINGHU, Harness, held_at
from plugins.grid_events.subscriptions import channel

_logins = itertools.count()

EVENT_FIELDS = """
  id status level version reference reportedAs reportedAt dueAt overdue resolvedAt
  resolutionHours closedAt satisfaction photos allowedTransitions
  assignee { id } duplicateOf { id } grid { id } areaGrid { id } community { id }
  street { id } estate { id } building { id } household { id } reporter { id }
  fieldValues { key label kind text number date choice choices }
  history(first: 50) { totalCount nodes {
    from to level note at account { name role } actor { id } assignee { id } } }
"""
ERRORS = "errors { field code message }"

REPORT = f"""
mutation($input: ReportGridEventInput!) {{
  reportGridEvent(input: $input) {{ event {{ {EVENT_FIELDS} }} {ERRORS} }}
}}"""

CREATE_TYPE = f"""
mutation($input: CreateGridEventTypeInput!) {{
  createGridEventType(input: $input) {{
    eventType {{ id code name group timeLimitHours
      fields {{ key label kind required choices {{ key label }} min max }} }}
    {ERRORS}
  }}
}}"""

ACTIONS = {
    "accept": ("acceptGridEvent", "GridEventActionInput"),
    "assign": ("assignGridEvent", "AssignGridEventInput"),
    "start": ("startGridEvent", "GridEventActionInput"),
    "resolve": ("resolveGridEvent", "GridEventActionInput"),
    "close": ("closeGridEvent", "CloseGridEventInput"),
    "reject": ("rejectGridEvent", "GridEventActionInput"),
    "duplicate": ("markGridEventDuplicate", "MarkGridEventDuplicateInput"),
    "escalate": ("escalateGridEvent", "GridEventActionInput"),
    "reopen": ("reopenGridEvent", "GridEventActionInput"),
}
"""Each lifecycle action: its mutation and input type."""

TARGET = {
    "accept": "ACCEPTED",
    "assign": "ASSIGNED",
    "start": "IN_PROGRESS",
    "resolve": "RESOLVED",
    "close": "CLOSED",
    "reject": "REJECTED",
    "duplicate": "DUPLICATE",
    "escalate": "ESCALATED",
    "reopen": "REOPENED",
}
"""The status each action moves an event to."""

PATHS = {
    "REPORTED": [],
    "ACCEPTED": ["accept"],
    "ASSIGNED": ["accept", "assign"],
    "IN_PROGRESS": ["accept", "assign", "start"],
    "RESOLVED": ["accept", "assign", "start", "resolve"],
    "CLOSED": ["accept", "assign", "start", "resolve", "close"],
    "REJECTED": ["reject"],
    "DUPLICATE": ["duplicate"],
    "ESCALATED": ["escalate"],
    "REOPENED": ["accept", "assign", "start", "resolve", "reopen"],
}
"""A legal way to bring a new event to each status."""

CHANGES = """
subscription($grid: ID, $community: ID, $street: ID) {
  gridEventChanges(grid: $grid, community: $community, street: $street) {
    from to at account { name role }
    event { id status version level history(first: 20) { totalCount } }
  }
}"""


def action_document(action: str) -> str:
    """The mutation document of a lifecycle action."""
    name, input_type = ACTIONS[action]
    return f"""
mutation($input: {input_type}!) {{
  {name}(input: $input) {{ event {{ {EVENT_FIELDS} }} {ERRORS} }}
}}"""


@dataclass
class Places:
    """Ids (and, for logging in, codes) of a district's example data the tests use."""

    micro_grid: str
    micro_grid_code: str
    area_grid: str
    area_grid_code: str
    community: str
    community_code: str
    street: str
    street_code: str
    estate: str
    building: str
    household: str
    resident: str
    worker: str
    other_micro_grid: str
    other_building: str
    other_grid: str
    other_grid_building: str
    other_community: str
    other_community_code: str
    other_street: str


PLACES = """
{ district {
    streets(first: 2) { nodes { id code communities(first: 2) { nodes { id code
      grids(first: 3, filter: {kind: COMPREHENSIVE}) { nodes { id code
        assignments(first: 1) { nodes { person { id } } }
        subGrids(first: 2) { nodes { id code buildings(first: 1) { nodes { id estate { id }
          households(first: 1) { nodes { id members(first: 1) { nodes { id } } } } } } } }
      } }
    } } } }
} }
"""


@dataclass
class Events:
    """GraphQL helpers on one district of a harness, acting with one token.

    Attributes:
        harness: The app and its client.
        district: The district's code.
        token: The bearer token sent (the district administrator's by default).
        name: The login name behind ``token``, when :meth:`login` made it.
        places: What :meth:`setup` read.
        type_id: A plain 24-hour event type :meth:`setup` defined.
    """

    harness: Harness
    district: str = TINGHU
    token: str | None = ADMIN
    name: str | None = None
    places: Places | None = None
    type_id: str = ""
    types: dict[str, str] = field(default_factory=dict)

    async def setup(self) -> Events:
        """Read the places and people the tests use, and define a plain event type."""
        data = await self.query(PLACES)
        streets = data["district"]["streets"]["nodes"]
        communities = streets[0]["communities"]["nodes"]
        grids = communities[0]["grids"]["nodes"]
        grid, other_grid = grids[0], grids[1]
        micro, other_micro = grid["subGrids"]["nodes"][:2]
        building = micro["buildings"]["nodes"][0]
        household = building["households"]["nodes"][0]
        self.places = Places(
            micro_grid=micro["id"],
            micro_grid_code=micro["code"],
            area_grid=grid["id"],
            area_grid_code=grid["code"],
            community=communities[0]["id"],
            community_code=communities[0]["code"],
            street=streets[0]["id"],
            street_code=streets[0]["code"],
            estate=building["estate"]["id"],
            building=building["id"],
            household=household["id"],
            resident=household["members"]["nodes"][0]["id"],
            worker=grid["assignments"]["nodes"][0]["person"]["id"],
            other_micro_grid=other_micro["id"],
            other_building=other_micro["buildings"]["nodes"][0]["id"],
            other_grid=other_grid["id"],
            other_grid_building=other_grid["subGrids"]["nodes"][0]["buildings"]["nodes"][0]["id"],
            other_community=communities[1]["id"],
            other_community_code=communities[1]["code"],
            other_street=streets[1]["id"],
        )
        self.type_id = await self.create_type("test_matter", hours=24)
        return self

    @property
    def at(self) -> Places:
        """The places, once :meth:`setup` ran."""
        assert self.places is not None
        return self.places

    def acting_as(self, token: str | None, name: str | None = None) -> Events:
        """The same helpers (places, types) sending another token."""
        return dataclasses.replace(self, token=token, name=name)

    async def login(self, role: str, scope: str | None = None) -> Events:
        """The helpers acting as a new account holding ``role`` at ``scope`` (a place code)."""
        name = f"{role}-{scope or self.district}-{next(_logins)}"
        token = await self.harness.login_as(self.district, role, scope, name=name)
        return self.acting_as(token, name)

    async def authorization(self) -> str:
        """The ``Authorization`` header value of :attr:`token`."""
        if self.token == ADMIN:
            return (await self.harness.headers(self.district))["authorization"]
        assert self.token is not None
        return f"Bearer {self.token}"

    async def query(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run an operation that must succeed; return its ``data``."""
        return await self.harness.query(self.district, query, variables, token=self.token)

    async def errors(
        self, query: str, variables: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Run an operation that must fail; return its errors."""
        return await self.harness.errors(self.district, query, variables, token=self.token)

    async def create_type(
        self, code: str, *, hours: int = 24, fields: list[dict[str, Any]] | None = None
    ) -> str:
        """Define an event type that must be accepted; returns its ID."""
        result = await self.query(
            CREATE_TYPE,
            {
                "input": {
                    "code": code,
                    "name": f"测试事项 {code}",
                    "group": "NEED",
                    "timeLimitHours": hours,
                    "fields": fields or [],
                }
            },
        )
        payload = result["createGridEventType"]
        assert payload["errors"] == [], payload["errors"]
        type_id: str = payload["eventType"]["id"]
        self.types[code] = type_id
        return type_id

    async def try_report(self, **overrides: Any) -> dict[str, Any]:
        """Report an event in the micro-grid's building; returns the payload."""
        values: dict[str, Any] = {
            "type": self.type_id,
            "reporter": self.at.resident,
            "description": "楼道灯不亮",
            "building": self.at.building,
        }
        values.update(overrides)
        data = await self.query(REPORT, {"input": values})
        payload: dict[str, Any] = data["reportGridEvent"]
        return payload

    async def report(self, **overrides: Any) -> dict[str, Any]:
        """Report an event that must be accepted; returns the event."""
        payload = await self.try_report(**overrides)
        assert payload["errors"] == [], payload["errors"]
        event: dict[str, Any] = payload["event"]
        return event

    def action_input(self, action: str, event_id: str, **extra: Any) -> dict[str, Any]:
        """A valid input for ``action`` on an event."""
        values: dict[str, Any] = {"id": event_id}
        if action == "assign":
            values["assignee"] = self.at.worker
        if action in ("resolve", "reject"):
            values["note"] = "已处理"
        values.update(extra)
        return values

    async def try_act(self, action: str, event_id: str, **extra: Any) -> dict[str, Any]:
        """Run a lifecycle action; returns the payload."""
        data = await self.query(
            action_document(action), {"input": self.action_input(action, event_id, **extra)}
        )
        payload: dict[str, Any] = data[ACTIONS[action][0]]
        return payload

    async def act(self, action: str, event_id: str, **extra: Any) -> dict[str, Any]:
        """Run a lifecycle action that must be accepted; returns the event."""
        payload = await self.try_act(action, event_id, **extra)
        assert payload["errors"] == [], (action, payload["errors"])
        event: dict[str, Any] = payload["event"]
        return event

    async def in_status(self, status: str, **report: Any) -> dict[str, Any]:
        """A new event brought to ``status`` through allowed transitions."""
        event = await self.report(**report)
        for action in PATHS[status]:
            extra: dict[str, Any] = {}
            if action == "duplicate":
                extra["duplicateOf"] = (await self.report())["id"]
            event = await self.act(action, event["id"], **extra)
        assert event["status"] == status
        return event

    async def event(self, event_id: str) -> dict[str, Any]:
        """An event as it is now (null when the token may not see it)."""
        data = await self.query(
            f"query($id: ID!) {{ node(id: $id) {{ ... on GridEvent {{ {EVENT_FIELDS} }} }} }}",
            {"id": event_id},
        )
        event: dict[str, Any] = data["node"]
        return event

    async def channel(self) -> str:
        """The broadcast channel of the district's events."""
        data = await self.query("{ district { id } }")
        parsed = parse_global_id(data["district"]["id"])
        assert parsed is not None
        return channel(parsed[1])

    async def count(self, filter: dict[str, Any] | None = None) -> int:
        """How many events of the district match ``filter``."""
        data = await self.query(
            "query($f: GridEventFilter) { gridEvents(filter: $f) { totalCount } }", {"f": filter}
        )
        total: int = data["gridEvents"]["totalCount"]
        return total


@pytest.fixture
async def events(gridgov: Harness) -> Events:
    """Helpers on Tinghu, with its places read and a plain 24-hour event type defined."""
    return await Events(gridgov).setup()


# -- holding writers at the conditional update ---------------------------------------------


def held_at_the_update(harness: Harness, writers: int = 2) -> AbstractContextManager[None]:
    """Hold each event ``UPDATE`` until ``writers`` of them wait, then let all go at once.

    The writers have read the event by then, so the stale read the conditional update
    guards against happens every time (core's :func:`core.testing.held_at`).
    """
    return held_at(harness, "UPDATE grid_events_event", writers)


# -- a real server, in this process or another -------------------------------------------


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@asynccontextmanager
async def serve_in_process(app: Any) -> AsyncIterator[str]:
    """Serve ``app`` with uvicorn on a loopback port in this event loop; yields its URL."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        lifespan="off",
        log_level="warning",
        ws="websockets-sansio",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        async with asyncio.timeout(20):
            while not server.started:  # noqa: ASYNC110 - uvicorn offers no event to wait on
                await asyncio.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 20)


@asynccontextmanager
async def serve_in_another_process(database_url: str) -> AsyncIterator[str]:
    """Run ``gridgov serve`` as a second OS process on the database; yields its URL."""
    port = free_port()
    gridgov = Path(sys.executable).parent / "gridgov"
    # Its log goes to a file: a pipe nobody reads could fill up and stall the server.
    with tempfile.TemporaryFile() as log:
        process = await asyncio.create_subprocess_exec(
            str(gridgov),
            "--database",
            database_url,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            stdout=log,
            stderr=log,
            env=os.environ.copy(),
        )
        url = f"http://127.0.0.1:{port}"
        try:
            async with httpx.AsyncClient() as client, asyncio.timeout(60):
                while True:
                    if process.returncode is not None:
                        log.seek(0)
                        problem = log.read().decode(errors="replace")
                        raise RuntimeError(f"gridgov serve exited: {problem[-2000:]}")
                    with contextlib.suppress(httpx.TransportError):
                        if (await client.get(f"{url}/health")).status_code == 200:
                            break
                    await asyncio.sleep(0.2)
            yield url
        finally:
            if process.returncode is None:
                process.terminate()
                try:
                    await asyncio.wait_for(process.wait(), 15)
                except TimeoutError:
                    process.kill()
                    await process.wait()


async def post(
    base_url: str,
    district: str,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    authorization: str,
) -> dict[str, Any]:
    """POST an operation to a running server; returns its ``data`` (which must not fail)."""
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        response = await client.post(
            f"/districts/{district}/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"authorization": authorization},
        )
    body: dict[str, Any] = response.json()
    assert response.status_code == 200 and not body.get("errors"), body
    data: dict[str, Any] = body["data"]
    return data


async def until_subscribed(broadcaster: Any, channel: str, count: int = 1) -> None:
    """Wait until exactly ``count`` subscriptions of this process listen to ``channel``."""
    async with asyncio.timeout(10):
        while broadcaster.subscribers(channel) != count:  # noqa: ASYNC110 - no event to wait on
            await asyncio.sleep(0.01)


class Subscriber:
    """A graphql-transport-ws client holding one subscription."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    async def receive(self, within: float = 10) -> dict[str, Any]:
        """The next protocol message about the subscription (fails after ``within`` s)."""
        async with asyncio.timeout(within):
            while True:
                message: dict[str, Any] = json.loads(await self.connection.recv())
                if message["type"] == "ping":
                    await self.connection.send(json.dumps({"type": "pong"}))
                    continue
                return message

    async def next(self, within: float = 10) -> dict[str, Any]:
        """The next result of the subscription (fails after ``within`` seconds)."""
        message = await self.receive(within)
        if message["type"] != "next":
            raise AssertionError(f"subscription ended: {message}")
        payload: dict[str, Any] = message["payload"]
        return payload

    async def change(self, within: float = 10) -> dict[str, Any]:
        """The next ``gridEventChanges`` result, which must carry no errors."""
        payload = await self.next(within)
        assert not payload.get("errors"), payload["errors"]
        change: dict[str, Any] = payload["data"]["gridEventChanges"]
        return change

    async def refusal(self) -> dict[str, Any]:
        """The error ending a refused subscription; the server completes it right after."""
        message = await self.receive()
        assert message["type"] == "next", message
        assert message["payload"]["data"] is None, message
        error: dict[str, Any] = message["payload"]["errors"][0]
        assert (await self.receive())["type"] == "complete"
        return error

    async def nothing_within(self, seconds: float) -> bool:
        """Whether no result arrives within ``seconds``."""
        try:
            result = await self.next(within=seconds)
        except TimeoutError:
            return True
        raise AssertionError(f"unexpected result: {result}")


@asynccontextmanager
async def connect(base_url: str, district: str, authorization: str | None) -> AsyncIterator[Any]:
    """A graphql-transport-ws connection, initialised with ``authorization`` (if any)."""
    import websockets

    ws_url = base_url.replace("http://", "ws://") + f"/districts/{district}/graphql"
    async with websockets.connect(ws_url, subprotocols=["graphql-transport-ws"]) as connection:  # type: ignore[list-item]
        payload = {} if authorization is None else {"Authorization": authorization}
        await connection.send(json.dumps({"type": "connection_init", "payload": payload}))
        yield connection


@asynccontextmanager
async def subscribe(
    base_url: str,
    district: str,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    authorization: str,
) -> AsyncIterator[Subscriber]:
    """Open a WebSocket to a district's endpoint as ``authorization`` and subscribe once."""
    async with connect(base_url, district, authorization) as connection:
        ack = json.loads(await asyncio.wait_for(connection.recv(), 10))
        assert ack["type"] == "connection_ack", ack
        await connection.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": query, "variables": variables or {}},
                }
            )
        )
        yield Subscriber(connection)
