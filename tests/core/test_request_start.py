"""What every request pays before its query runs: one statement, and nothing stale.

A request that only reads runs without a transaction on PostgreSQL (no ``BEGIN``
and ``ROLLBACK`` round trips).

A server process keeps the districts and their enabled plugins in memory and reads
the request's token and the districts' version in one statement. These tests change
districts, plugins and tokens from elsewhere (the command line, another process) and
check every server process sees the change on its next request.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import Iterator
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from core.cli import main
from core.testing import TINGHU, YANDU, Harness, serving

ONE_ROW = "{ district { code } }"
PLUGINS = '{ district { enabledPlugins } __type(name: "Query") { fields { name } } }'


def cli(*args: str) -> tuple[int, str, str]:
    """Run ``gridgov`` in-process; return its exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


async def in_thread(*args: str) -> str:
    """``gridgov ARGS`` from an async test (the command runs its own event loop)."""
    status, out, err = await asyncio.to_thread(cli, *args)
    assert status == 0, err
    return out


async def six_haves_shown(h: Harness) -> bool:
    data = await h.query(TINGHU, PLUGINS)
    enabled = "six_haves" in data["district"]["enabledPlugins"]
    root = "sixHavesOverview" in {f["name"] for f in data["__type"]["fields"]}
    assert enabled == root, data
    return enabled


def starting(statements: list[str]) -> list[str]:
    """The statements that read the districts' version (the request's first)."""
    return [s for s in statements if "districts_version" in s]


async def test_a_request_starts_with_one_statement_reading_its_token_and_the_version(
    gridgov: Harness,
) -> None:
    await gridgov.query(TINGHU, ONE_ROW)
    with gridgov.counting() as statements:
        assert (await gridgov.query(TINGHU, ONE_ROW)) == {"district": {"code": TINGHU}}
    assert len(starting(statements)) == 1 and statements[0] == starting(statements)[0]
    assert "access_token" in statements[0]
    anonymous = await gridgov.client.post(
        f"/districts/{TINGHU}/graphql", json={"query": "{ __typename }"}
    )
    assert anonymous.json() == {"data": {"__typename": "Query"}}


async def test_plugins_enabled_or_disabled_on_the_command_line_show_at_once(
    gridgov: Harness,
) -> None:
    assert not await six_haves_shown(gridgov)
    with gridgov.counting() as before:
        assert not await six_haves_shown(gridgov)
    await in_thread(
        "--database", gridgov.url, "plugins", "enable", "six_haves", "--district", TINGHU
    )
    with gridgov.counting() as after:
        assert await six_haves_shown(gridgov)
    # The version moved: the request's first statement read the districts too.
    assert len(starting(after)) == 1 and len(after) == len(before)
    out = await in_thread(
        "--database", gridgov.url, "plugins", "disable", "six_haves", "--district", TINGHU
    )
    assert out.startswith("disabled six_haves")
    assert not await six_haves_shown(gridgov)
    errors = await gridgov.errors(TINGHU, "{ sixHavesOverview { __typename } }")
    assert errors[0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_a_district_loaded_while_serving_is_served_at_once(
    empty_gridgov: Harness,
) -> None:
    h = empty_gridgov
    missing = await h.client.post(f"/districts/{YANDU}/graphql", json={"query": ONE_ROW})
    assert missing.status_code == 404
    await in_thread("--database", h.url, "load-example", "yandu", "--scale", "0.01")
    assert (await h.query(YANDU, ONE_ROW)) == {"district": {"code": YANDU}}


async def test_a_token_revoked_on_the_command_line_is_refused_at_once(gridgov: Harness) -> None:
    out = await in_thread(
        "--database", gridgov.url, "users", "create", "fang", "--district", TINGHU,
        "--role", "analyst",
    )  # fmt: skip
    token = out.strip().splitlines()[-1]
    assert (await gridgov.query(TINGHU, ONE_ROW, token=token))["district"]["code"] == TINGHU
    await in_thread("--database", gridgov.url, "users", "revoke", "fang")
    response = await gridgov.client.post(
        f"/districts/{TINGHU}/graphql",
        json={"query": ONE_ROW},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@contextlib.contextmanager
def clients(port: int, count: int) -> Iterator[list[httpx.Client]]:
    """``count`` keep-alive connections, opened at once so both workers take some."""
    made = [httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) for _ in range(count)]
    try:
        yield made
    finally:
        for client in made:
            client.close()


def test_every_worker_of_gridgov_serve_sees_changes_made_on_the_command_line(
    example_database: str,
) -> None:
    url = example_database
    status, out, err = cli(
        "--database", url, "users", "create", "he", "--district", TINGHU, "--role",
        "district_admin",
    )  # fmt: skip
    assert status == 0, err
    headers = {"authorization": f"Bearer {out.strip().splitlines()[-1]}"}
    path = f"/districts/{TINGHU}/graphql"

    def answers(client: httpx.Client) -> httpx.Response:
        return client.post(path, json={"query": "{ district { enabledPlugins } }"}, headers=headers)

    with serving(url, workers=2) as (_, port), clients(port, 8) as connections:
        for client in connections:
            assert "six_haves" not in answers(client).json()["data"]["district"]["enabledPlugins"]
        assert (
            cli("--database", url, "plugins", "enable", "six_haves", "--district", TINGHU)[0] == 0
        )
        for client in connections:
            assert "six_haves" in answers(client).json()["data"]["district"]["enabledPlugins"]
        assert (
            cli("--database", url, "plugins", "disable", "six_haves", "--district", TINGHU)[0] == 0
        )
        for client in connections:
            assert "six_haves" not in answers(client).json()["data"]["district"]["enabledPlugins"]
        assert cli("--database", url, "users", "revoke", "he")[0] == 0
        for client in connections:
            assert answers(client).status_code == 401


async def test_a_dropped_database_connection_is_replaced_without_failing_a_request(
    gridgov: Harness,
) -> None:
    if make_url(gridgov.url).get_backend_name() != "postgresql":
        pytest.skip("only PostgreSQL drops connections (a restart, a killed backend)")
    for _ in range(3):
        assert (await gridgov.query(TINGHU, ONE_ROW))["district"]["code"] == TINGHU
    dsn = make_url(gridgov.url).set(drivername="postgresql").render_as_string(hide_password=False)
    admin = await asyncpg.connect(dsn)
    try:
        # What a restart does to every connection of the pool.
        killed = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    finally:
        await admin.close()
    assert killed >= 1
    for _ in range(3):
        assert (await gridgov.query(TINGHU, ONE_ROW))["district"]["code"] == TINGHU


@contextlib.contextmanager
def in_transaction(h: Harness) -> Iterator[list[bool]]:
    """Whether PostgreSQL held a transaction open after each statement of the block.

    Read from the status PostgreSQL sends after every statement (asyncpg's
    ``is_in_transaction``): a request without a transaction sends no ``BEGIN``, so
    every statement is its own transaction and none is left open.
    """
    found: list[bool] = []
    engine = h.app.state.gridgov.engine.sync_engine

    def after(conn: Any, *args: Any) -> None:
        found.append(conn.connection.driver_connection.is_in_transaction())

    event.listen(engine, "after_cursor_execute", after)
    try:
        yield found
    finally:
        event.remove(engine, "after_cursor_execute", after)


async def test_requests_that_only_read_run_without_a_transaction_on_postgresql(
    gridgov: Harness,
) -> None:
    if make_url(gridgov.url).get_backend_name() != "postgresql":
        pytest.skip("SQLite starts no transaction for reads: only PostgreSQL's are spared")
    url, headers = f"/districts/{TINGHU}/graphql", await gridgov.headers(TINGHU)
    reads: list[dict[str, Any]] = [
        {"method": "GET", "params": {"query": ONE_ROW}},
        {"method": "POST", "json": {"query": ONE_ROW}},
        {"method": "POST", "json": [{"query": ONE_ROW}, {"query": ONE_ROW}]},
    ]
    for request in reads:
        with in_transaction(gridgov) as states:
            answer = await gridgov.client.request(url=url, headers=headers, **request)
        assert answer.status_code == 200 and states and not any(states), request
    # A document that says mutation anywhere (here in a comment) gets a transaction.
    with in_transaction(gridgov) as states:
        answer = await gridgov.client.post(
            url, json={"query": "# not a mutation\n" + ONE_ROW}, headers=headers
        )
    assert answer.status_code == 200 and states and all(states)
