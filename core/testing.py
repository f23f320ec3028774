"""The pytest fixture kit for gridgov and plugin tests (registered as a pytest plugin).

Every test gets its own database, cloned from a template migrated once per session:
a file copy on SQLite, ``CREATE DATABASE ... TEMPLATE`` on PostgreSQL. Set
``GRIDGOV_TEST_DATABASE_URL`` to a PostgreSQL admin URL (``make test`` does) to run
on PostgreSQL; otherwise SQLite is used.

Fixtures:
    database: URL of a fresh migrated database with no districts.
    example_database: URL of a fresh database holding Tinghu and Yandu (small scale).
    gridgov: a :class:`Harness` on ``example_database`` with the installed plugins.
    empty_gridgov: a :class:`Harness` on ``database``.
    make_harness: builds a :class:`Harness` for a URL and an optional plugin manager.
    plugin_manager: the installed plugins, discovered once per session.

The run keeps one day (:func:`core.clock.frozen_on`, set when pytest starts), so a
suite that runs across midnight still agrees with the days its tests computed.

Helpers: :class:`DistrictClient` (the base of a plugin's test helpers),
:func:`assert_plugin_sdl_matches` (a plugin's SDL-drift test),
:func:`codes` (a mutation payload's errors as a set) and :func:`held_at` (races on purpose).
"""

from __future__ import annotations

import asyncio
import difflib
import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.util import await_

from core import clock
from core.app import create_app
from core.db.engine import create_engine, session_factory
from core.db.migrate import upgrade
from core.examples import load_example
from core.plugins import PluginManager

TINGHU = "320902"
"""Tinghu district's code: enables red_property in the examples."""
YANDU = "320903"
"""Yandu district's code: enables four_beautiful and six_haves in the examples."""

EXAMPLE_SCALE = 0.05
"""Households and residents of the test examples, as a fraction of the demo's."""

_counter = itertools.count()

ADMIN = "<the district administrator's token>"
"""Harness requests are made by the district's administrator unless told otherwise."""


class Databases:
    """Creates and drops per-test databases cloned from templates."""

    def __init__(self, admin_url: str | None, workdir: Path) -> None:
        self.admin_url = admin_url
        self.workdir = workdir
        self.tag = f"g{os.getpid()}"

    @property
    def postgres(self) -> bool:
        return self.admin_url is not None

    def url(self, name: str) -> str:
        if self.admin_url is None:
            return f"sqlite+aiosqlite:///{self.workdir / (name + '.sqlite3')}"
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    async def _admin(self, statement: str) -> None:
        import asyncpg

        assert self.admin_url is not None
        dsn = (
            make_url(self.admin_url)
            .set(drivername="postgresql")
            .render_as_string(hide_password=False)
        )
        connection = await asyncpg.connect(dsn)
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    async def create_empty(self, name: str) -> str:
        if self.postgres:
            await self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    async def clone(self, template: str) -> str:
        name = f"{self.tag}_{next(_counter)}"
        if self.postgres:
            await self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        else:
            shutil.copyfile(self.workdir / f"{template}.sqlite3", self.workdir / f"{name}.sqlite3")
        return self.url(name)

    async def drop(self, url: str) -> None:
        name = make_url(url).database
        if self.postgres:
            await self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        elif name:
            for suffix in ("", "-wal", "-shm"):
                await asyncio.to_thread(Path(name + suffix).unlink, missing_ok=True)


def pytest_configure(config: pytest.Config) -> None:
    """Keep the day the run started on, before any test module reads it."""
    day = ExitStack()
    day.enter_context(clock.frozen_on(clock.today()))
    config.add_cleanup(day.close)


@pytest.fixture(scope="session")
def plugin_manager() -> PluginManager:
    """The installed plugins, discovered through entry points."""
    return PluginManager()


@pytest.fixture(scope="session")
async def databases(tmp_path_factory: pytest.TempPathFactory) -> Databases:
    """The per-test database factory (PostgreSQL if configured, else SQLite)."""
    return Databases(os.environ.get("GRIDGOV_TEST_DATABASE_URL"), tmp_path_factory.mktemp("db"))


@pytest.fixture(scope="session")
async def _templates(databases: Databases, plugin_manager: PluginManager) -> dict[str, str]:
    empty, examples = f"{databases.tag}_empty", f"{databases.tag}_examples"
    for name in (empty, examples):
        url = await databases.create_empty(name)
        await asyncio.to_thread(upgrade, url, plugin_manager)
    engine = create_engine(databases.url(examples))
    try:
        for example in ("tinghu", "yandu"):
            await load_example(session_factory(engine), plugin_manager, example, EXAMPLE_SCALE)
    finally:
        await engine.dispose()
    return {"empty": empty, "examples": examples}


@pytest.fixture
async def database(databases: Databases, _templates: dict[str, str]) -> AsyncIterator[str]:
    """URL of a fresh migrated database without districts."""
    url = await databases.clone(_templates["empty"])
    yield url
    await databases.drop(url)


@pytest.fixture
async def example_database(databases: Databases, _templates: dict[str, str]) -> AsyncIterator[str]:
    """URL of a fresh database with Tinghu (320902) and Yandu (320903) loaded."""
    url = await databases.clone(_templates["examples"])
    yield url
    await databases.drop(url)


@dataclass
class Harness:
    """An app on one database, an HTTP client for it, and GraphQL helpers.

    Attributes:
        url: The database URL.
        app: The Starlette application.
        client: An ``httpx`` client talking to the app in-process.
        statements: SQL statements issued, counted while :meth:`counting` is active.
    """

    url: str
    app: Any
    client: httpx.AsyncClient
    statements: list[str] = field(default_factory=list)
    _counting: bool = False
    _admin_tokens: dict[str, str] = field(default_factory=dict)

    async def login_as(
        self,
        district: str | None,
        role: str = "district_admin",
        scope: str | None = None,
        *,
        name: str | None = None,
        password: str | None = None,
        hours: int = 1,
    ) -> str:
        """Create an account holding ``role`` at ``scope`` (a place code) and return a token.

        Args:
            district: The district's code (None for a city administrator).
            role: A :class:`core.access.Role` value.
            scope: Street, community or grid code; none for the whole district.
            name: The login name (a unique one is made up when omitted).
            password: Lets the account log in through the ``login`` mutation.
            hours: How long the token lasts.
        """
        counting, self._counting = self._counting, False  # set-up is not the request's work
        try:
            return await self._create_login(district, role, scope, name, password, hours)
        finally:
            self._counting = counting

    async def _create_login(
        self,
        district: str | None,
        role: str,
        scope: str | None,
        name: str | None,
        password: str | None,
        hours: int,
    ) -> str:
        from core.accounts import create_account, issue_token

        async with self.app.state.gridgov.sessions() as session:
            account = await create_account(
                session,
                name or f"{role}-{scope or district or 'city'}-{next(_counter)}",
                role,
                district_code=district,
                scope_code=scope,
                password=password,
            )
            token, _ = await issue_token(session, account, hours)
            await session.commit()
        return token

    async def headers(self, district: str) -> dict[str, str]:
        """The ``Authorization`` header of the district administrator, for raw requests."""
        return {"authorization": f"Bearer {await self._token(district, ADMIN)}"}

    async def _token(self, district: str, token: str | None) -> str | None:
        if token != ADMIN:
            return token
        if district not in self._admin_tokens:
            self._admin_tokens[district] = await self.login_as(district)
        return self._admin_tokens[district]

    async def post(
        self,
        district: str,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = ADMIN,
        **extra: Any,
    ) -> dict[str, Any]:
        """POST a GraphQL request; return the decoded response body.

        Args:
            district: The district's code.
            query: The operation.
            variables: Its variables.
            token: The bearer token to send: ``ADMIN`` (the default) for the
                district's administrator, None for none.
            extra: More members of the request body (``operationName``...).
        """
        body = {"query": query, "variables": variables or {}, **extra}
        bearer = await self._token(district, token)
        headers = {"authorization": f"Bearer {bearer}"} if bearer else {}
        response = await self.client.post(
            f"/districts/{district}/graphql", json=body, headers=headers
        )
        # 401/403: refused for want of a token or a permission (GraphQL over HTTP).
        assert response.status_code in (200, 400, 401, 403), response.text
        result: dict[str, Any] = response.json()
        return result

    async def query(
        self,
        district: str,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = ADMIN,
    ) -> dict[str, Any]:
        """Run an operation that must succeed; return its ``data``."""
        result = await self.post(district, query, variables, token=token)
        assert not result.get("errors"), result["errors"]
        data: dict[str, Any] = result["data"]
        return data

    async def errors(
        self,
        district: str,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = ADMIN,
    ) -> list[dict[str, Any]]:
        """Run an operation that must fail; return its errors."""
        result = await self.post(district, query, variables, token=token)
        assert result.get("errors"), result
        errors: list[dict[str, Any]] = result["errors"]
        return errors

    async def mutate(
        self,
        district: str,
        name: str,
        input: dict[str, Any],
        select: str = "",
        *,
        input_type: str | None = None,
        token: str | None = ADMIN,
    ) -> dict[str, Any]:
        """Run the mutation ``name(input: $input)`` and return its payload.

        Args:
            district: The district's code.
            name: The mutation, e.g. ``createStreet``.
            input: The input object.
            select: What to select of the payload besides ``errors { field code message }``.
            input_type: The input's type when it is not ``<Name>Input``.
            token: Who asks (see :meth:`post`).
        """
        kind = input_type or f"{name[0].upper()}{name[1:]}Input"
        query = (
            f"mutation($input: {kind}!) {{ {name}(input: $input) {{ {select} "
            "errors { field code message } } }"
        )
        payload: dict[str, Any] = (
            await self.query(district, query, {"input": input}, token=token)
        )[name]
        return payload

    async def sdl(self, district: str) -> str:
        """The SDL a district's endpoint serves, read through introspection."""
        from graphql import build_client_schema, get_introspection_query, print_schema

        data = await self.query(
            district,
            get_introspection_query(
                specified_by_url=True, directive_is_repeatable=True, input_value_deprecation=True
            ),
        )
        return print_schema(build_client_schema(data))  # type: ignore[arg-type]

    async def enable(self, district: str, *plugins: str) -> None:
        """Switch installed plugins, and those they require, on for a district.

        Like ``gridgov plugins enable``: the next request sees them, no restart.
        """
        await self._toggle(district, plugins, enable=True)

    async def disable(self, district: str, *plugins: str) -> None:
        """Switch plugins off for a district; their data is kept."""
        await self._toggle(district, plugins, enable=False)

    async def load_example(
        self,
        district: str,
        plugin: str,
        figures: dict[str, Any] | None = None,
        *,
        scale: float = EXAMPLE_SCALE,
    ) -> str:
        """Add a plugin's example data to a district, enabling it there.

        Like ``gridgov plugins load-example PLUGIN --district CODE``
        (:func:`core.examples.load_plugin_example`): with the figures the plugin ships
        unless ``figures`` are given; nothing is loaded where the plugin already has
        rows. The next request sees the data, indicators included.

        Returns:
            The command's one-line summary.
        """
        from sqlalchemy import select

        from core.db import models
        from core.examples import load_plugin_example

        gridgov = self.app.state.gridgov
        summary = await load_plugin_example(
            gridgov.sessions, gridgov.manager, plugin, district, figures=figures, scale=scale
        )
        async with gridgov.sessions() as session:
            district_id = await session.scalar(
                select(models.District.id).where(models.District.code == district)
            )
        gridgov.indicators.forget(district_id)
        return summary

    async def _toggle(self, district: str, plugins: tuple[str, ...], *, enable: bool) -> None:
        from sqlalchemy import delete, select

        from core.contract import CORE
        from core.db import models

        gridgov = self.app.state.gridgov
        missing = set(plugins) - set(gridgov.manager.installed)
        assert not missing, f"not installed: {', '.join(sorted(missing))}"
        async with gridgov.sessions() as session:
            district_id = await session.scalar(
                select(models.District.id).where(models.District.code == district)
            )
            assert district_id is not None, f"no district {district}"
            enabled = set(
                await session.scalars(
                    select(models.DistrictPlugin.plugin).where(
                        models.DistrictPlugin.district_id == district_id
                    )
                )
            )
            if enable:
                session.add_all(
                    models.DistrictPlugin(district_id=district_id, plugin=name)
                    for name in gridgov.manager.closure(plugins)
                    if name != CORE and name not in enabled
                )
            else:
                await session.execute(
                    delete(models.DistrictPlugin).where(
                        models.DistrictPlugin.district_id == district_id,
                        models.DistrictPlugin.plugin.in_(plugins),
                    )
                )
            await session.commit()

    @contextmanager
    def counting(self) -> Iterator[list[str]]:
        """Count the SQL statements issued inside the block."""
        self.statements.clear()
        self._counting = True
        try:
            yield self.statements
        finally:
            self._counting = False


class DistrictClient:
    """GraphQL calls on one district of a harness: the base of a plugin's test helpers.

    A plugin's conftest subclasses it and adds what its tests share (fresh rows,
    its mutations); every call sends ``token`` (the administrator's by default).

    Attributes:
        h: The harness.
        district: The district's code.
    """

    def __init__(self, harness: Harness, district: str) -> None:
        self.h = harness
        self.district = district

    async def query(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = ADMIN
    ) -> Any:
        """Run a query that must succeed; return its data."""
        return await self.h.query(self.district, query, variables, token=token)

    async def mutate(
        self,
        name: str,
        input: dict[str, Any],
        select: str = "",
        *,
        token: str | None = ADMIN,
        input_type: str | None = None,
    ) -> dict[str, Any]:
        """Run a mutation; return its payload (object and errors), as :meth:`Harness.mutate`."""
        return await self.h.mutate(
            self.district, name, input, select, token=token, input_type=input_type
        )

    async def ok(
        self,
        name: str,
        input: dict[str, Any],
        select: str,
        *,
        token: str | None = ADMIN,
        input_type: str | None = None,
    ) -> dict[str, Any]:
        """Run a mutation that must be accepted; return its payload."""
        payload = await self.mutate(name, input, select, token=token, input_type=input_type)
        assert payload["errors"] == [], payload["errors"]
        return payload

    async def refused(
        self,
        name: str,
        input: dict[str, Any],
        *,
        token: str | None = ADMIN,
        input_type: str | None = None,
    ) -> list[tuple[str, str]]:
        """Run a mutation that must be refused; return (field path after ``input``, code)."""
        payload = await self.mutate(name, input, token=token, input_type=input_type)
        assert payload["errors"], payload
        return [(".".join(e["field"][1:]), e["code"]) for e in payload["errors"]]


def assert_plugin_sdl_matches(
    plugin: str, directory: Path | str, manager: PluginManager | None = None
) -> None:
    """Fail while ``<directory>/<plugin>.graphql`` differs from what the plugin adds to the schema.

    For a plugin's own SDL-drift test: commit the file ``gridgov export-schema
    --plugin NAME --out DIR`` writes, and call this with the same directory. It
    fails showing the difference and the command that writes the file again.

    Args:
        plugin: The plugin's name.
        directory: The folder holding the committed file.
        manager: The plugins to build the schema with (the ``plugin_manager``
            fixture); discovered when omitted.
    """
    from core.graphql.schema import build
    from core.graphql.sdl import plugin_file

    manager = manager or PluginManager()
    assert plugin in manager.installed, f"plugin {plugin!r} is not installed"
    expected = plugin_file(build(manager), manager, plugin)
    path = Path(directory) / f"{plugin}.graphql"
    committed = path.read_text(encoding="utf-8") if path.exists() else ""
    if committed != expected:
        diff = difflib.unified_diff(
            committed.splitlines(), expected.splitlines(), str(path), "the code", lineterm=""
        )
        pytest.fail(
            f"{path} differs from the code; run `gridgov export-schema --plugin {plugin} "
            f"--out {directory}` and commit it:\n" + "\n".join(itertools.islice(diff, 60)),
            pytrace=False,
        )


@contextmanager
def held_at(
    harness: Harness, statement: str, writers: int, *, once: bool = False
) -> Iterator[None]:
    """Hold each SQL statement starting with ``statement`` until ``writers`` of them wait.

    Then all go at once: every request of a race has read what it validates before any
    of them writes, so a check that a lock does not guard fails every time, on SQLite
    and PostgreSQL. ``statement`` is compared word by word, without case and with
    whitespace collapsed (``"SELECT person.id FROM person WHERE person.id ="``). The
    listener runs inside the greenlet of the statement's own ``await`` and waits on an
    asyncio barrier.

    ``once``: only the first ``writers`` such statements are held; later ones pass.
    For a statement the winner of the race issues again after the others lost (the
    losers never reach it, so a second round would wait for them in vain).
    """
    barrier = asyncio.Barrier(writers)
    engine = harness.app.state.gridgov.engine.sync_engine
    wanted = " ".join(statement.split()).upper() + " "
    held = itertools.count()

    def hold(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        if (" ".join(sql.split()).upper() + " ").startswith(wanted):
            if once and next(held) >= writers:
                return
            await_(asyncio.wait_for(barrier.wait(), 10))

    event.listen(engine, "before_cursor_execute", hold)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", hold)


def codes(payload: dict[str, Any]) -> set[tuple[str, str]]:
    """A mutation payload's errors as ``{(last part of the field path, code)}``."""
    return {(error["field"][-1], error["code"]) for error in payload["errors"]}


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run ``gridgov ARGS`` in-process; return its exit status, stdout and stderr."""
    import contextlib
    import io

    from core.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


@contextmanager
def serving(
    database: str, workers: int = 1, env: Mapping[str, str] | None = None
) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """``gridgov serve --workers N`` on a free loopback port; yields the process and port.

    Args:
        database: The database URL.
        workers: Server processes.
        env: More environment variables for the server (settings).
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gridgov = str(Path(sys.executable).parent / "gridgov")
    server = subprocess.Popen(
        [gridgov, "--database", database, "serve", "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    try:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None, f"gridgov serve exited with {server.returncode}"
            time.sleep(0.1)
        else:
            pytest.fail("gridgov serve did not answer /health")
        yield server, port
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
async def make_harness() -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """Build harnesses; they are closed after the test."""
    made: list[Harness] = []

    async def make(url: str, manager: PluginManager | None = None) -> Harness:
        app = create_app(url, manager)
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://gridgov.test"
        )
        harness = Harness(url, app, client)

        @event.listens_for(app.state.gridgov.engine.sync_engine, "before_cursor_execute")
        def _count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if harness._counting:
                harness.statements.append(statement)

        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.client.aclose()
        await harness.app.state.gridgov.close()


@pytest.fixture
async def gridgov(
    example_database: str, make_harness: Callable[..., Awaitable[Harness]]
) -> Harness:
    """A harness on a fresh copy of the example districts."""
    return await make_harness(example_database)


@pytest.fixture
async def empty_gridgov(database: str, make_harness: Callable[..., Awaitable[Harness]]) -> Harness:
    """A harness on a fresh database without districts."""
    return await make_harness(database)
