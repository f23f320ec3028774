"""Accounts and tokens: ``gridgov users``, ``login``, ``revokeToken``, ``me``, and every
way a bearer token is refused, over HTTP and graphql-transport-ws."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import io
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import websockets
from sqlalchemy import func, select, update

from core import accounts
from core.cli import main
from core.db import models
from core.graphql.accounts.mutations import WRONG
from core.graphql.ids import parse_global_id
from core.plugins import PluginManager
from core.testing import TINGHU, YANDU, Harness
from plugins.grid_events.subscriptions import channel
from tests.plugins.grid_events.conftest import serve_in_process, until_subscribed

ME = "{ me { name role scopeKind scopeCode permissions } }"
LOGIN = """mutation($input: LoginInput!) {
  login(input: $input) { token expiresAt errors { field code message } }
}"""
REVOKE = "mutation($every: Boolean!) { revokeToken(input: {every: $every}) { revoked } }"
PLACES = """{ district { id streets(first: 1) { nodes { code
  communities(first: 1) { nodes { code grids(first: 1) { nodes { id code } } } } } } } }"""


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Run ``gridgov`` in-process; return status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        if stdin is None:
            status = main(list(args))
        else:
            import sys

            saved, sys.stdin = sys.stdin, io.StringIO(stdin)
            try:
                status = main(list(args))
            finally:
                sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


async def gridgov_cli(url: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """``gridgov --database url ...`` (in a thread: the CLI runs its own event loop)."""
    return await asyncio.to_thread(run, "--database", url, *args, stdin=stdin)


async def places(h: Harness, district: str = TINGHU) -> dict[str, str]:
    """Codes of a street, a community and a grid of the district, and the grid's id."""
    street = (await h.query(district, PLACES))["district"]["streets"]["nodes"][0]
    community = street["communities"]["nodes"][0]
    grid = community["grids"]["nodes"][0]
    return {
        "district_id": (await h.query(district, "{ district { id } }"))["district"]["id"],
        "street": street["code"],
        "community": community["code"],
        "grid": grid["code"],
        "grid_id": grid["id"],
    }


async def answer(
    h: Harness, district: str, token: str | None = None, *, header: str | None = None
) -> tuple[int, dict[str, Any]]:
    """Status and body of ``{ me }`` sent with a bearer token (or a raw header)."""
    headers = {}
    if header is not None:
        headers["authorization"] = header
    elif token is not None:
        headers["authorization"] = f"Bearer {token}"
    response = await h.client.post(
        f"/districts/{district}/graphql", json={"query": ME}, headers=headers
    )
    body: dict[str, Any] = response.json()
    return response.status_code, body


async def me(h: Harness, district: str, token: str) -> dict[str, Any]:
    """``me`` for a token that must be accepted."""
    status, body = await answer(h, district, token)
    assert status == 200 and not body.get("errors"), body
    found: dict[str, Any] = body["data"]["me"]
    return found


async def refused(h: Harness, district: str, token: str | None = None, **kw: Any) -> str:
    """The error code of a request the token must not pass (401 or 403)."""
    status, body = await answer(h, district, token, **kw)
    (error,) = body["errors"]
    code: str = error["extensions"]["code"]
    assert status == {"UNAUTHENTICATED": 401, "FORBIDDEN": 403}[code], (status, body)
    assert "data" not in body
    return code


async def login(h: Harness, district: str, name: str, password: str) -> dict[str, Any]:
    """The ``login`` payload, asked anonymously."""
    data = await h.query(
        district, LOGIN, {"input": {"name": name, "password": password}}, token=None
    )
    payload: dict[str, Any] = data["login"]
    return payload


def last_line(out: str) -> str:
    return out.rstrip("\n").splitlines()[-1]


# -- the command line ------------------------------------------------------------------


async def test_users_create_token_revoke_and_list(gridgov: Harness) -> None:
    url, at = gridgov.url, await places(gridgov)
    status, out, err = await gridgov_cli(
        url, "users", "create", "ana", "--district", TINGHU, "--role", "district_admin"
    )
    assert (status, err) == (0, "")
    first = last_line(out)
    assert first.startswith(accounts.TOKEN_PREFIX)
    # The header to paste into GraphiQL carries the same token.
    header = next(line for line in out.splitlines() if line.startswith("GraphiQL headers: "))
    assert json.loads(header.removeprefix("GraphiQL headers: ")) == {
        "Authorization": f"Bearer {first}"
    }
    seen = await me(gridgov, TINGHU, first)
    assert (seen["name"], seen["role"], seen["scopeKind"], seen["scopeCode"]) == (
        "ana",
        "DISTRICT_ADMIN",
        "DISTRICT",
        None,
    )
    assert {"core.audit.read", "core.district.manage"} <= set(seen["permissions"])

    status, out, _ = await gridgov_cli(url, "users", "token", "ana", "--hours", "1")
    second = last_line(out)
    assert status == 0 and second.startswith(accounts.TOKEN_PREFIX) and second != first
    assert (await me(gridgov, TINGHU, second))["name"] == "ana"

    for name, role, district, scope in (
        ("wang", "grid_worker", TINGHU, at["grid"]),
        ("li", "community_staff", TINGHU, at["community"]),
        ("zhao", "street_staff", TINGHU, at["street"]),
        ("qian", "analyst", YANDU, None),
        ("boss", "city_admin", None, None),
    ):
        where = (["--district", district] if district else []) + (
            ["--scope", scope] if scope else []
        )
        status, out, err = await gridgov_cli(url, "users", "create", name, "--role", role, *where)
        assert status == 0, err
        token = last_line(out)
        seen = await me(gridgov, district or YANDU, token)
        assert (seen["name"], seen["role"], seen["scopeCode"]) == (name, role.upper(), scope)

    status, out, _ = await gridgov_cli(url, "users", "list")
    listed = {line.split("\t")[0]: line.split("\t")[1:] for line in out.splitlines()}
    assert status == 0
    assert listed["ana"] == ["district_admin", TINGHU, "district"]
    assert listed["wang"] == ["grid_worker", TINGHU, f"grid {at['grid']}"]
    assert listed["li"] == ["community_staff", TINGHU, f"community {at['community']}"]
    assert listed["zhao"] == ["street_staff", TINGHU, f"street {at['street']}"]
    assert listed["qian"] == ["analyst", YANDU, "district"]
    assert listed["boss"] == ["city_admin", "-", "city"]
    status, out, _ = await gridgov_cli(url, "users", "list", "--district", YANDU)
    assert {line.split("\t")[0] for line in out.splitlines()} >= {"qian", "boss"}
    assert not {line.split("\t")[0] for line in out.splitlines()} & {"ana", "wang", "li", "zhao"}

    status, out, _ = await gridgov_cli(url, "users", "revoke", "ana")
    assert status == 0 and out.strip() == "revoked 2 tokens of ana"
    for token in (first, second):
        assert await refused(gridgov, TINGHU, token) == "UNAUTHENTICATED"
    status, out, _ = await gridgov_cli(url, "users", "revoke", "ana")
    assert out.strip() == "revoked 0 tokens of ana"


async def test_a_token_lasts_the_core_setting_or_the_hours_asked(
    gridgov: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def expiry(*args: str) -> float:
        before = dt.datetime.now(dt.UTC)
        status, out, err = await gridgov_cli(gridgov.url, *args)
        assert status == 0, err
        line = next(x for x in out.splitlines() if x.startswith("token expires "))
        at = dt.datetime.strptime(line, "token expires %Y-%m-%d %H:%M UTC").replace(tzinfo=dt.UTC)
        return (at - before).total_seconds() / 3600

    made = ("users", "create", "sun", "--district", TINGHU, "--role", "analyst")
    assert 11.9 < await expiry(*made) < 12.1
    assert 2.9 < await expiry("users", "token", "sun", "--hours", "3") < 3.1
    monkeypatch.setenv("GRIDGOV_CORE__TOKEN_HOURS", "30")
    assert 29.9 < await expiry("users", "token", "sun") < 30.1


async def test_users_create_refuses_bad_input_on_one_line_and_writes_nothing(
    gridgov: Harness,
) -> None:
    url, at, yandu = gridgov.url, await places(gridgov), await places(gridgov, YANDU)
    assert (await gridgov_cli(url, "users", "create", "taken", "--role", "city_admin"))[0] == 0
    _, before, _ = await gridgov_cli(url, "users", "list")
    tokens_before = await tokens(gridgov)
    tinghu = ["--district", TINGHU]
    cases: list[tuple[list[str], str | None, str]] = [
        (["x", "--role", "wizard", *tinghu], None, "unknown role 'wizard'"),
        (
            ["x", "--role", "grid_worker", *tinghu, "--scope", at["street"]],
            None,
            "grid_worker is granted at grid scope, not at street scope",
        ),
        (["x", "--role", "grid_worker", *tinghu], None, "not at district scope"),
        (["x", "--role", "district_admin", *tinghu, "--scope", at["grid"]], None, "not at grid"),
        (["x", "--role", "analyst"], None, "needs a district"),
        (["x", "--role", "city_admin", *tinghu], None, "holds no district or scope"),
        (["x", "--role", "analyst", "--district", "999999"], None, "no district with code"),
        (
            ["x", "--role", "analyst", *tinghu, "--scope", "320902999999"],
            None,
            "no street, community or grid with code '320902999999'",
        ),
        (
            ["x", "--role", "analyst", *tinghu, "--scope", yandu["grid"]],
            None,
            f"no street, community or grid with code {yandu['grid']!r}",
        ),
        (["taken", "--role", "analyst", *tinghu], None, "an account named 'taken' already"),
        (
            ["taken", "--role", "analyst", *tinghu, "--exists-ok"],
            None,
            "already exists with another role or scope",
        ),
        (
            ["x", "--role", "analyst", *tinghu, "--password-stdin"],
            "short\n",
            "the password must be 8 to 1024 characters",
        ),
        (["x", "--role", "analyst", *tinghu, "--password-stdin"], "", "8 to 1024"),
        (["x", "--role", "analyst", *tinghu, "--hours", "0"], None, "1 to 8784 hours"),
        (["x", "--role", "analyst", *tinghu, "--hours", "9000"], None, "1 to 8784 hours"),
        (["x y", "--role", "analyst", *tinghu], None, "must not contain spaces or control"),
        (["x" * 101, "--role", "analyst", *tinghu], None, "1 to 100 characters"),
    ]
    for args, stdin, message in cases:
        status, out, err = await gridgov_cli(url, "users", "create", *args, stdin=stdin)
        assert (status, out) == (1, ""), (args, out)
        assert err.count("\n") == 1 and err.startswith("gridgov: ") and message in err, err
    for args, message in (
        (["token", "nobody"], "no account named 'nobody'"),
        (["token", "taken", "--hours", "0"], "1 to 8784 hours"),
        (["revoke", "nobody"], "no account named 'nobody'"),
        (["list", "--district", "999999"], "no district with code '999999'"),
    ):
        status, out, err = await gridgov_cli(url, "users", *args)
        assert (status, out) == (1, "") and err.count("\n") == 1 and message in err, err
    _, after, _ = await gridgov_cli(url, "users", "list")
    assert after == before and await tokens(gridgov) == tokens_before


async def tokens(h: Harness) -> int:
    """How many tokens were ever issued."""
    async with h.app.state.gridgov.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(models.AccessToken)) or 0)


async def test_exists_ok_issues_a_new_token_for_the_same_account(gridgov: Harness) -> None:
    """What ``make demo`` runs, twice on the same database."""
    demo = ("users", "create", "demo-admin", "--role", "city_admin", "--exists-ok")
    status, out, _ = await gridgov_cli(gridgov.url, *demo)
    assert status == 0 and out.startswith("created: demo-admin")
    first = last_line(out)
    status, out, _ = await gridgov_cli(gridgov.url, *demo)
    assert status == 0 and out.startswith("exists: demo-admin")
    second = last_line(out)
    assert first != second
    for token in (first, second):
        for district in (TINGHU, YANDU):
            assert (await me(gridgov, district, token))["scopeKind"] == "CITY"
    _, listed, _ = await gridgov_cli(gridgov.url, "users", "list")
    assert [line for line in listed.splitlines() if line.startswith("demo-admin")] == [
        "demo-admin\tcity_admin\t-\tcity"
    ]


# -- login, me and logout ------------------------------------------------------------


async def test_login_gives_a_token_whose_me_shows_role_scope_and_permissions(
    gridgov: Harness,
) -> None:
    at = await places(gridgov)
    await gridgov.login_as(
        TINGHU, "grid_worker", at["grid"], name="wang", password="correct horse battery"
    )
    before = dt.datetime.now(dt.UTC)
    payload = await login(gridgov, TINGHU, "wang", "correct horse battery")
    after = dt.datetime.now(dt.UTC)
    assert payload["errors"] == [] and payload["token"].startswith(accounts.TOKEN_PREFIX)
    # It lasts the core setting token_hours (12 by default).
    expires = dt.datetime.fromisoformat(payload["expiresAt"]) - dt.timedelta(hours=12)
    assert before <= expires <= after
    seen = await me(gridgov, TINGHU, payload["token"])
    assert seen["name"] == "wang" and seen["role"] == "GRID_WORKER"
    assert (seen["scopeKind"], seen["scopeCode"]) == ("GRID", at["grid"])
    assert seen["permissions"] == sorted(seen["permissions"])
    assert {"core.residents.manage", "core.person.phone", "core.session"} <= set(
        seen["permissions"]
    )
    assert not {"core.audit.read", "core.district.manage", "core.places.manage"} & set(
        seen["permissions"]
    )
    # Spaces around the name are forgiven, as in the command line.
    assert (await login(gridgov, TINGHU, " wang ", "correct horse battery"))["token"]


async def test_a_refused_login_never_tells_which_accounts_exist(gridgov: Harness) -> None:
    password = "correct horse battery"
    await gridgov.login_as(TINGHU, "analyst", name="tinghu-analyst", password=password)
    await gridgov.login_as(TINGHU, "analyst", name="tokens-only")
    await gridgov.login_as(TINGHU, "analyst", name="gone", password=password)
    async with gridgov.app.state.gridgov.sessions() as session:
        await session.execute(
            update(models.Account)
            .where(models.Account.name == "gone")
            .values(disabled_at=accounts.now())
        )
        await session.commit()
    answers = [
        await login(gridgov, district, name, secret)
        for district, name, secret in (
            (TINGHU, "nobody", password),  # unknown name
            (TINGHU, "tinghu-analyst", password + "!"),  # wrong password
            (YANDU, "tinghu-analyst", password),  # the account of another district
            (TINGHU, "tokens-only", password),  # an account without a password
            (TINGHU, "gone", password),  # a disabled account
        )
    ]
    assert all(a == answers[0] for a in answers), answers
    assert answers[0] == {
        "token": None,
        "expiresAt": None,
        "errors": [{"field": ["input", "password"], "code": "INVALID", "message": WRONG}],
    }
    # The right password in the right district still works.
    assert (await login(gridgov, TINGHU, "tinghu-analyst", password))["token"]


FAILED_LOGINS = """{ auditTrail(filter: {action: LOGIN_FAILED}) {
    totalCount nodes { actor operation table objectId before after } } }"""


async def test_one_login_per_request_aliases_and_batches_included(
    gridgov: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[str] = []
    original = accounts.verify_password

    def spy(password_hash: str | None, password: str) -> bool:
        hashed.append(password)
        return original(password_hash, password)

    monkeypatch.setattr(accounts, "verify_password", spy)
    guesses = " ".join(
        f'g{i}: login(input: {{name: "wang", password: "guess-{i:04}"}}) {{ token }}'
        for i in range(50)
    )
    result = await gridgov.post(TINGHU, "mutation { " + guesses + " }", token=None)
    assert result.get("data") is None
    [error] = result["errors"]
    assert error["extensions"] == {
        "code": "TOO_MANY_LOGINS",
        "limit": "logins",
        "logins": 50,
        "max": 1,
    }
    one = {"query": LOGIN, "variables": {"input": {"name": "wang", "password": "guess-0000"}}}
    response = await gridgov.client.post(f"/districts/{TINGHU}/graphql", json=[one] * 10)
    first, *rest = response.json()
    assert first["data"]["login"]["errors"][0]["code"] == "INVALID"
    assert {r["errors"][0]["extensions"]["code"] for r in rest} == {"TOO_MANY_LOGINS"}
    assert hashed == ["guess-0000"]


async def test_refused_logins_are_audited_and_throttled(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GRIDGOV_CORE__LOGIN_FAILURES", "3")
    monkeypatch.setenv("GRIDGOV_CORE__LOGIN_ADDRESS_FAILURES", "5")
    h = await make_harness(example_database, PluginManager())
    password = "correct horse battery"
    await h.login_as(TINGHU, "analyst", name="zhao", password=password)
    for _ in range(3):
        assert (await login(h, TINGHU, "zhao", "wrong password"))["errors"][0]["code"] == "INVALID"
    found = (await h.query(TINGHU, FAILED_LOGINS))["auditTrail"]
    assert found["totalCount"] == 3
    entry = found["nodes"][0]
    assert entry["actor"] == "zhao" and entry["operation"] == "login"
    assert entry["table"] == "account"
    assert entry["after"] == {"address": "127.0.0.1"} and entry["before"] is None
    assert password not in json.dumps(found) and "wrong password" not in json.dumps(found)

    # The name is throttled, even with the right password; an unknown name the same way.
    async def throttled(name: str, secret: str) -> bool:
        result = await h.post(
            TINGHU, LOGIN, {"input": {"name": name, "password": secret}}, token=None
        )
        codes = {e["extensions"]["code"] for e in result.get("errors", [])}
        return codes == {"TOO_MANY_LOGIN_ATTEMPTS"}

    assert await throttled("zhao", password)
    assert not await throttled("nobody", "wrong password")  # 4 from this address
    assert not await throttled("nobody", "wrong password")  # 5
    # The address is throttled now, whatever the name.
    assert await throttled("someone-else", "wrong password")
    assert (await h.query(TINGHU, FAILED_LOGINS))["auditTrail"]["totalCount"] == 5


async def test_failures_from_one_address_do_not_lock_the_owner_out(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An attacker's wrong passwords throttle the name from the attacker's address only;
    only many failures from all addresses together throttle it everywhere."""
    monkeypatch.setenv("GRIDGOV_CORE__LOGIN_FAILURES", "3")
    monkeypatch.setenv("GRIDGOV_CORE__LOGIN_NAME_FAILURES", "7")
    h = await make_harness(example_database, PluginManager())
    password = "correct horse battery"
    await h.login_as(TINGHU, "district_admin", name="qian", password=password)
    clients = {
        address: httpx.AsyncClient(
            transport=httpx.ASGITransport(app=h.app, client=(address, 50_000)),
            base_url="http://gridgov.test",
        )
        for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3")
    }
    attacker, other, third = clients.values()

    async def attempt(client: httpx.AsyncClient, name: str, secret: str) -> str:
        """``login``'s error code, or ``TOKEN`` when it logged in."""
        body = (
            await client.post(
                f"/districts/{TINGHU}/graphql",
                json={"query": LOGIN, "variables": {"input": {"name": name, "password": secret}}},
            )
        ).json()
        if body.get("errors"):
            [error] = body["errors"]
            return str(error["extensions"]["code"])
        payload = body["data"]["login"]
        return "TOKEN" if payload["token"] else str(payload["errors"][0]["code"])

    try:
        for name in ("qian", "nobody"):  # an account's name and no account's alike
            for _ in range(3):
                assert await attempt(attacker, name, "wrong password") == "INVALID"
            assert await attempt(attacker, name, password) == "TOO_MANY_LOGIN_ATTEMPTS"
        # The owner, from their own address, is not refused for the attacker's failures.
        assert await attempt(h.client, "qian", password) == "TOKEN"
        assert await attempt(attacker, "qian", password) == "TOO_MANY_LOGIN_ATTEMPTS"
        # Guessing spread over addresses: 3 + 3 + 1 failures reach the name's limit of 7.
        for name in ("qian", "nobody"):
            for _ in range(3):
                assert await attempt(other, name, "wrong password") == "INVALID"
            assert await attempt(third, name, "wrong password") == "INVALID"
            assert await attempt(third, name, password) == "TOO_MANY_LOGIN_ATTEMPTS"
            assert await attempt(h.client, name, password) == "TOO_MANY_LOGIN_ATTEMPTS"
        trail = (await h.query(TINGHU, FAILED_LOGINS))["auditTrail"]
        assert trail["totalCount"] == 14
        assert {entry["after"]["address"] for entry in trail["nodes"]} == {
            "198.51.100.1",
            "198.51.100.2",
            "198.51.100.3",
        }
    finally:
        for client in clients.values():
            await client.aclose()


async def test_login_input_is_bounded_before_any_hashing(
    gridgov: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[str] = []
    original = accounts.verify_password

    def spy(password_hash: str | None, password: str) -> bool:
        hashed.append(password)
        return original(password_hash, password)

    monkeypatch.setattr(accounts, "verify_password", spy)
    for name, password, field, code in (
        ("", "whatever-password", "name", "REQUIRED"),
        ("   ", "whatever-password", "name", "REQUIRED"),
        ("wang", "", "password", "REQUIRED"),
        ("w" * 101, "whatever-password", "name", "TOO_LONG"),
        ("wang", "p" * 1025, "password", "TOO_LONG"),
        ("wang", "p" * 200_000, "password", "TOO_LONG"),
    ):
        payload = await login(gridgov, TINGHU, name, password)
        assert payload["token"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [(["input", field], code)]
    assert hashed == []


async def test_passwords_are_verified_off_the_event_loop(
    gridgov: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argon2 takes tens of milliseconds: it runs in a hashing thread, one per login."""
    threads: list[str] = []
    original = accounts.verify_password

    def spy(password_hash: str | None, password: str) -> bool:
        threads.append(threading.current_thread().name)
        return original(password_hash, password)

    monkeypatch.setattr(accounts, "verify_password", spy)
    await gridgov.login_as(TINGHU, name="wu", password="correct horse battery")
    assert (await login(gridgov, TINGHU, "wu", "correct horse battery"))["token"]
    assert not (await login(gridgov, TINGHU, "nobody", "correct horse battery"))["token"]
    assert len(threads) == 2 and threading.current_thread().name not in threads
    assert all(name.startswith("gridgov-argon2") for name in threads), threads


async def test_revoke_this_token_or_every_token(gridgov: Harness) -> None:
    password = "correct horse battery"
    await gridgov.login_as(
        TINGHU, "street_staff", (await places(gridgov))["street"], name="zhou", password=password
    )
    first, second, third = [
        (await login(gridgov, TINGHU, "zhou", password))["token"] for _ in "abc"
    ]
    data = await gridgov.query(TINGHU, REVOKE, {"every": False}, token=first)
    assert data == {"revokeToken": {"revoked": 1}}
    assert await refused(gridgov, TINGHU, first) == "UNAUTHENTICATED"
    assert (await me(gridgov, TINGHU, second))["name"] == "zhou"
    data = await gridgov.query(TINGHU, REVOKE, {"every": True}, token=second)
    # The two left of the logins' and the one login_as issued.
    assert data == {"revokeToken": {"revoked": 3}}
    for token in (second, third):
        status, body = await answer(gridgov, TINGHU, token)
        assert status == 401 and body["errors"][0]["message"] == "The token was revoked."
    # A new login works again.
    assert await me(gridgov, TINGHU, (await login(gridgov, TINGHU, "zhou", password))["token"])


# -- tokens refused ------------------------------------------------------------------


async def test_an_expired_token_is_refused(gridgov: Harness) -> None:
    token = await gridgov.login_as(TINGHU, "analyst", hours=1)
    assert (await me(gridgov, TINGHU, token))["role"] == "ANALYST"
    async with gridgov.app.state.gridgov.sessions() as session:
        await session.execute(
            update(models.AccessToken)
            .where(models.AccessToken.digest == accounts.digest(token))
            .values(expires_at=accounts.now() - dt.timedelta(seconds=1))
        )
        await session.commit()
    status, body = await answer(gridgov, TINGHU, token)
    assert status == 401
    assert body["errors"] == [
        {
            "message": "The token has expired; log in again.",
            "extensions": {"code": "UNAUTHENTICATED"},
        }
    ]


async def test_forged_tokens_are_refused(gridgov: Harness) -> None:
    real = await gridgov.login_as(TINGHU, "analyst")
    assert (await me(gridgov, TINGHU, real))["role"] == "ANALYST"
    changed = real[:-1] + ("A" if real[-1] != "A" else "B")
    for forged in (
        secrets.token_urlsafe(32),
        accounts.TOKEN_PREFIX + secrets.token_urlsafe(32),
        changed,
        real.upper(),
        accounts.digest(real),  # what the database holds is useless as a token
        "' OR 1=1 --",
    ):
        status, body = await answer(gridgov, TINGHU, forged)
        assert status == 401, forged
        assert body["errors"] == [
            {"message": "The token is not valid.", "extensions": {"code": "UNAUTHENTICATED"}}
        ]


async def test_malformed_authorization_headers_are_refused(gridgov: Harness) -> None:
    real = await gridgov.login_as(TINGHU, "analyst")
    for header in (
        "",
        "Bearer",
        "Bearer ",
        f"Basic {real}",
        f"Token {real}",
        real,
        f"Bearer {'x' * 5000}",
    ):
        response = await gridgov.client.post(
            f"/districts/{TINGHU}/graphql", json={"query": ME}, headers={"authorization": header}
        )
        assert response.status_code == 401, header
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # The scheme is case-insensitive (RFC 6750).
    assert (await answer(gridgov, TINGHU, header=f"bearer {real}"))[0] == 200


async def test_a_token_of_another_district_is_forbidden(gridgov: Harness) -> None:
    grid = (await places(gridgov))["grid"]
    for token in (
        await gridgov.login_as(TINGHU),
        await gridgov.login_as(TINGHU, "grid_worker", grid),
    ):
        assert await refused(gridgov, YANDU, token) == "FORBIDDEN"
        _, body = await answer(gridgov, YANDU, token)
        assert body["errors"][0]["message"] == "The token is not valid for this district."
        assert (await me(gridgov, TINGHU, token))["scopeKind"] in {"DISTRICT", "GRID"}


async def test_a_city_administrator_works_on_every_district(gridgov: Harness) -> None:
    token = await gridgov.login_as(None, "city_admin")
    for district in (TINGHU, YANDU):
        data = await gridgov.query(
            district, "{ district { code } me { role scopeKind } }", token=token
        )
        assert data == {
            "district": {"code": district},
            "me": {"role": "CITY_ADMIN", "scopeKind": "CITY"},
        }


async def test_anonymous_requests_may_only_log_in(gridgov: Harness) -> None:
    for query in (
        "{ district { code } }",
        ME,
        "{ __typename district { code } }",
        "mutation { revokeToken(input: {}) { revoked } }",
        'mutation { login(input: {name: "a", password: "b"}) { token } '
        "revokeToken(input: {}) { revoked } }",
    ):
        result = await gridgov.post(TINGHU, query, token=None)
        assert "data" not in result, query  # refused before execution: a request error
        assert [e["extensions"]["code"] for e in result["errors"]] == ["UNAUTHENTICATED"]
    assert await gridgov.query(TINGHU, "{ __typename }", token=None) == {"__typename": "Query"}
    payload = await login(gridgov, TINGHU, "nobody", "whatever-password")
    assert payload["errors"][0]["code"] == "INVALID"


# -- WebSockets (graphql-transport-ws) ---------------------------------------------------


async def connect(
    base: str, init: dict[str, Any], header: str | None = None
) -> websockets.ClientConnection:
    """Open a graphql-transport-ws connection to Tinghu and send ``connection_init``."""
    connection = await websockets.connect(
        base.replace("http://", "ws://") + f"/districts/{TINGHU}/graphql",
        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
        additional_headers={"authorization": header} if header else None,
    )
    await connection.send(json.dumps({"type": "connection_init", "payload": init}))
    return connection


async def first_message(connection: websockets.ClientConnection) -> dict[str, Any]:
    message: dict[str, Any] = json.loads(await asyncio.wait_for(connection.recv(), 10))
    return message


async def closed_with(connection: websockets.ClientConnection) -> int | None:
    """The close code the server ends the connection with."""
    with pytest.raises(websockets.ConnectionClosed):
        await first_message(connection)
    return connection.close_code


async def test_websocket_needs_a_token_in_connection_init(gridgov: Harness) -> None:
    at = await places(gridgov)
    token = await gridgov.login_as(TINGHU, "grid_worker", at["grid"], name="ws-worker")
    other = await gridgov.login_as(YANDU, name="ws-yandu")
    revoked = await gridgov.login_as(TINGHU, "analyst")
    await gridgov.query(TINGHU, REVOKE, {"every": True}, token=revoked)
    broadcaster = gridgov.app.state.gridgov.broadcaster
    district = parse_global_id(at["district_id"])
    assert district is not None
    events = channel(district[1])
    async with serve_in_process(gridgov.app) as base:
        connection = await connect(base, {"Authorization": f"Bearer {token}"})
        try:
            assert (await first_message(connection))["type"] == "connection_ack"
            # One-shot operations are answered as the token's viewer...
            await connection.send(
                json.dumps({"id": "me", "type": "subscribe", "payload": {"query": ME}})
            )
            result = await first_message(connection)
            assert result["payload"]["data"]["me"]["name"] == "ws-worker"
            assert (await first_message(connection))["type"] == "complete"
            # ...and a subscription starts listening.
            subscription = "subscription($g: ID) { gridEventChanges(grid: $g) { to } }"
            await connection.send(
                json.dumps(
                    {
                        "id": "live",
                        "type": "subscribe",
                        "payload": {"query": subscription, "variables": {"g": at["grid_id"]}},
                    }
                )
            )
            await until_subscribed(broadcaster, events)
        finally:
            await connection.close()
        await until_subscribed(broadcaster, events, 0)

        for init in (
            {},
            {"Authorization": "Bearer ggv_forged"},
            {"Authorization": token},  # no scheme
            {"Authorization": f"Bearer {other}"},  # another district's
            {"Authorization": f"Bearer {revoked}"},
            {"Authorization": 42},
        ):
            assert await closed_with(await connect(base, init)) == 4403, init

        # A token in the upgrade request's header works too; a bad one is refused there.
        connection = await connect(base, {}, header=f"Bearer {token}")
        try:
            assert (await first_message(connection))["type"] == "connection_ack"
        finally:
            await connection.close()
        with pytest.raises(websockets.InvalidStatus):
            await connect(base, {}, header="Bearer ggv_forged")


async def test_the_demo_header_works_with_graphiql(gridgov: Harness) -> None:
    """GraphiQL keeps the pasted headers and sends them with every request."""
    page = await gridgov.client.get(f"/districts/{TINGHU}/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "shouldPersistHeaders: true" in page.text
    _, out, _ = await gridgov_cli(
        gridgov.url, "users", "create", "demo-admin", "--role", "city_admin", "--exists-ok"
    )
    line = next(x for x in out.splitlines() if x.startswith("GraphiQL headers: "))
    headers = json.loads(line.removeprefix("GraphiQL headers: "))
    response = await gridgov.client.post(
        f"/districts/{YANDU}/graphql", json={"query": ME}, headers=headers
    )
    assert response.status_code == 200
    assert response.json()["data"]["me"]["name"] == "demo-admin"
