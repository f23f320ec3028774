"""Query limits (issue 7): each limit at and just over its setting, the code and message.

The limits are core settings read from ``GRIDGOV_CORE__<NAME>`` when the plugin
manager is built, so each harness here is made after setting small limits.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from graphql import get_introspection_query
from sqlalchemy import event, text
from sqlalchemy.util import await_

from core.builtin import CoreSettings
from core.limits import TOKEN_COUNT_FACTOR
from core.plugins import PluginError, PluginManager
from core.testing import TINGHU, Harness

LIMITS = {
    "MAX_DEPTH": 4,
    "MAX_ALIASES": 3,
    "MAX_REPEATS": 3,
    "MAX_TOKENS": 40,
    "MAX_OPERATIONS": 2,
    "MAX_BODY_BYTES": 2000,
    "MAX_COST": 22,
}
URL = f"/districts/{TINGHU}/graphql"


@pytest.fixture
async def limited(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> Harness:
    """A harness on the example districts with every limit small."""
    for name, value in LIMITS.items():
        monkeypatch.setenv(f"GRIDGOV_CORE__{name}", str(value))
    return await make_harness(example_database, PluginManager())


async def refusal(h: Harness, query: str, code: str) -> dict[str, Any]:
    """The one error refusing ``query``, which must carry ``code``; nothing ran."""
    result = await h.post(TINGHU, query)
    assert result.get("data") is None, result
    [error] = result["errors"]
    assert error["extensions"]["code"] == code, error
    return error  # type: ignore[no-any-return]


async def test_depth(limited: Harness) -> None:
    at = await limited.query(TINGHU, "{ district { streets(first: 1) { nodes { code } } } }")
    assert at["district"]["streets"]["nodes"][0]["code"].startswith(TINGHU)
    deeper = "{ district { streets(first: 1) { nodes { district { code } } } } }"
    error = await refusal(limited, deeper, "QUERY_TOO_DEEP")
    assert error["message"] == "Query depth 5 exceeds the limit of 4 by 1."
    assert error["extensions"] == {
        "code": "QUERY_TOO_DEEP",
        "limit": "depth",
        "depth": 5,
        "max": 4,
    }
    # A fragment adds the depth of what it selects where it is spread; inline ones too.
    spread = (
        "{ district { ...F } } "
        "fragment F on District { streets(first: 1) { nodes { ... on Street { district { code } } } } }"
    )
    assert (await refusal(limited, spread, "QUERY_TOO_DEEP"))["extensions"]["depth"] == 5


async def test_aliases(limited: Harness) -> None:
    three = "{ a: district { code } b: district { code } c: district { code } }"
    assert (await limited.query(TINGHU, three))["c"] == {"code": TINGHU}
    four = three[:-1] + "d: district { code } }"
    error = await refusal(limited, four, "TOO_MANY_ALIASES")
    assert error["message"] == "Alias count 4 exceeds the limit of 3 by 1."
    assert error["extensions"] == {
        "code": "TOO_MANY_ALIASES",
        "limit": "aliases",
        "aliases": 4,
        "max": 3,
    }
    # A fragment's aliases count each time it is spread: 2 + 2 + x.
    spread = "{ district { ...F } x: district { ...F } } fragment F on District { a: code b: name }"
    assert (await refusal(limited, spread, "TOO_MANY_ALIASES"))["extensions"]["aliases"] == 5


async def test_repeated_selections(limited: Harness) -> None:
    assert await limited.query(TINGHU, "{ district { code code code } }")
    error = await refusal(limited, "{ district { code code code code } }", "TOO_MANY_REPEATS")
    assert error["message"] == (
        "Selections of 'code' in one selection set: 4 exceeds the limit of 3 by 1."
    )
    assert error["extensions"] == {
        "code": "TOO_MANY_REPEATS",
        "limit": "repeats",
        "repeats": 4,
        "max": 3,
        "field": "code",
    }
    # What a fragment selects joins the level it is spread at (once, however often spread).
    spread = "{ district { code ...F ...F } } fragment F on District { code code code }"
    assert (await refusal(limited, spread, "TOO_MANY_REPEATS"))["extensions"]["repeats"] == 4


async def test_tokens_comments_included(limited: Harness) -> None:
    query = "{ district { code } }"  # 6 tokens
    at = "# why\n" * 34 + query  # graphql-core's max_tokens counts comments too
    assert await limited.query(TINGHU, at) == {"district": {"code": TINGHU}}
    error = await refusal(limited, "# why\n" * 39 + query, "TOO_MANY_TOKENS")
    assert error["message"] == "Query token count 45 exceeds the limit of 40 by 5."
    assert error["extensions"] == {
        "code": "TOO_MANY_TOKENS",
        "limit": "tokens",
        "tokens": 45,
        "max": 40,
        "exact": True,
    }
    # Past four times the limit, counting stops: the message says "at least".
    huge = "{ district { code " + "name " * 200 + "} }"
    error = await refusal(limited, huge, "TOO_MANY_TOKENS")
    counted = 40 * TOKEN_COUNT_FACTOR + 1
    assert error["message"] == (
        f"Query token count at least {counted} exceeds the limit of 40 by at least {counted - 40}."
    )
    assert error["extensions"]["exact"] is False


async def test_a_syntax_error_under_the_token_limit_stays_a_syntax_error(
    limited: Harness,
) -> None:
    [error] = (await limited.post(TINGHU, "{ district { code }"))["errors"]
    assert error["message"].startswith("Syntax Error")


async def test_cost(limited: Harness) -> None:
    # district 1 + streets (1 + 10 x (nodes 1 + code 1)) = 22
    assert await limited.query(TINGHU, "{ district { streets(first: 10) { nodes { code } } } }")
    costly = "{ district { streets(first: 11) { nodes { code } } } }"
    error = await refusal(limited, costly, "QUERY_TOO_COSTLY")
    assert error["message"] == "Query cost 24 exceeds the limit of 22 by 2."
    assert error["extensions"] == {
        "code": "QUERY_TOO_COSTLY",
        "limit": "cost",
        "cost": 24,
        "max": 22,
    }


async def test_cost_follows_the_variables_of_each_request(limited: Harness) -> None:
    """One document, costed per request: its list sizes come from the variables."""
    streets = "query($first: Int) { district { streets(first: $first) { nodes { code } } } }"
    # district 1 + streets (1 + first x (nodes 1 + code 1)), first 20 when null
    for first, cost in ((11, 24), (None, 42), (10, None), (11, 24)):
        result = await limited.post(TINGHU, streets, {"first": first})
        if cost is None:
            assert result["data"]["district"]["streets"]["nodes"], result
        else:
            [error] = result["errors"]
            assert error["extensions"]["cost"] == cost, (first, error)
    nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"  # 1 + one per ID
    [error] = (await limited.post(TINGHU, nodes, {"ids": ["x"] * 22}))["errors"]
    assert error["extensions"]["cost"] == 23
    assert (await limited.post(TINGHU, nodes, {"ids": []}))["data"] == {"nodes": []}


async def test_a_batch_shares_one_cost_budget(limited: Harness) -> None:
    headers = await limited.headers(TINGHU)
    at = {"query": "{ district { streets(first: 10) { nodes { code } } } }"}  # 22: the budget
    response = await limited.client.post(URL, json=[at, at], headers=headers)
    first, second = response.json()
    assert first["data"]["district"]["streets"]["nodes"]
    assert second.get("data") is None
    [error] = second["errors"]
    assert error["message"] == (
        "Query cost 22, after 22 spent by the batch's earlier operations, exceeds the limit "
        "of 22 by 22."
    )
    assert error["extensions"] == {
        "code": "QUERY_TOO_COSTLY",
        "limit": "cost",
        "cost": 44,
        "max": 22,
        "spent": 22,
    }
    # A refused operation spends nothing: the next one may still run.
    costly = {"query": "{ district { streets(first: 11) { nodes { code } } } }"}
    response = await limited.client.post(URL, json=[costly, at], headers=headers)
    refused, ran = response.json()
    assert refused["errors"][0]["extensions"]["cost"] == 24
    assert ran["data"]["district"]["streets"]["nodes"]


async def test_a_request_has_a_time_budget(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Logging in and reading the name back use the usual budget: a busy machine may
    # take half a second over a cold query.
    reader = await make_harness(example_database, PluginManager())
    monkeypatch.setenv("GRIDGOV_CORE__REQUEST_SECONDS", "0.5")
    h = await make_harness(example_database, PluginManager())
    headers = await reader.headers(TINGHU)
    engine = h.app.state.gridgov.engine.sync_engine

    def slow(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM person" in statement:  # a statement taking far longer than the budget
            await_(asyncio.sleep(30))

    rename = {"query": 'mutation { updateDistrict(input: {name: "超时区"}) { errors { code } } }'}
    people = {"query": "{ district { people(first: 5) { nodes { name } } } }"}
    event.listen(engine, "before_cursor_execute", slow)
    try:
        response = await h.client.post(URL, json=[people, rename], headers=headers)
    finally:
        event.remove(engine, "before_cursor_execute", slow)
    assert response.status_code == 200
    # The operation stopped at the deadline and the one after it, which never ran.
    for result in response.json():
        assert result.get("data") is None
        [error] = result["errors"]
        assert error["extensions"] == {"code": "REQUEST_TIMEOUT"}
        assert error["message"].startswith("The request ran past its time budget")
    assert (await reader.query(TINGHU, "{ district { name } }"))["district"]["name"] != "超时区"


async def test_statements_are_held_to_the_time_budget_on_postgresql(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not example_database.startswith("postgresql"):
        pytest.skip("statement_timeout is PostgreSQL's")
    monkeypatch.setenv("GRIDGOV_CORE__REQUEST_SECONDS", "2.5")
    h = await make_harness(example_database, PluginManager())
    async with h.app.state.gridgov.engine.connect() as connection:
        assert await connection.scalar(text("SHOW statement_timeout")) == "2500ms"


async def test_introspection_costs_what_it_answers(limited: Harness) -> None:
    # __schema 1 + queryType 1 + name 1
    assert await limited.query(TINGHU, "{ __schema { queryType { name } } }")
    # Every type of the schema, each costing its name: far over 22.
    error = await refusal(limited, "{ __schema { types { name } } }", "QUERY_TOO_COSTLY")
    assert error["extensions"]["cost"] > 100


async def test_first_between_one_and_a_hundred(gridgov: Harness) -> None:
    page = "{ district { streets(first: %d) { totalCount } } }"
    assert (await gridgov.query(TINGHU, page % 100))["district"]["streets"]["totalCount"] > 0
    for size in (0, 101):
        [error] = await gridgov.errors(TINGHU, page % size)
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert error["message"] == f"Argument 'first' must be between 1 and 100, got {size}."


async def test_operations_per_batch_run_in_order(limited: Harness) -> None:
    headers = await limited.headers(TINGHU)
    rename = {"query": 'mutation { updateDistrict(input: {name: "甲区"}) { errors { code } } }'}
    read = {"query": "{ district { name } }"}
    response = await limited.client.post(URL, json=[rename, read], headers=headers)
    assert response.status_code == 200
    # In order: the read sees the rename before it, like two requests one after the other.
    assert response.json() == [
        {"data": {"updateDistrict": {"errors": []}}},
        {"data": {"district": {"name": "甲区"}}},
    ]
    back = {"query": 'mutation { updateDistrict(input: {name: "乙区"}) { errors { code } } }'}
    response = await limited.client.post(URL, json=[back, read, read], headers=headers)
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["message"] == "Batch operation count 3 exceeds the limit of 2 by 1."
    assert error["extensions"] == {
        "code": "TOO_MANY_OPERATIONS",
        "limit": "operations",
        "operations": 3,
        "max": 2,
    }
    # Refused whole: not even the first operation ran.
    assert (await limited.query(TINGHU, "{ district { name } }"))["district"]["name"] == "甲区"


def padded(query: str, size: int) -> bytes:
    """A JSON request body for ``query`` of exactly ``size`` bytes (JSON allows spaces)."""
    body = json.dumps({"query": query}).encode()
    return body + b" " * (size - len(body))


async def test_body_size_from_content_length(limited: Harness) -> None:
    headers = {**await limited.headers(TINGHU), "content-type": "application/json"}
    at = await limited.client.post(
        URL, content=padded("{ district { code } }", 2000), headers=headers
    )
    assert at.json() == {"data": {"district": {"code": TINGHU}}}
    over = await limited.client.post(
        URL, content=padded("{ district { code } }", 2001), headers=headers
    )
    assert over.status_code == 413
    assert over.json() == {
        "errors": [
            {
                "message": "Request size in bytes 2001 exceeds the limit of 2000 by 1.",
                "extensions": {
                    "code": "REQUEST_TOO_LARGE",
                    "limit": "bytes",
                    "bytes": 2001,
                    "max": 2000,
                    "exact": True,
                },
            }
        ]
    }


async def test_body_size_counted_while_streaming(limited: Harness) -> None:
    body = padded("{ district { code } }", 5000)
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: chunked
        for start in range(0, len(body), 700):
            sent.append(start)
            yield body[start : start + 700]

    response = await limited.client.post(
        URL, content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert error["message"] == (
        "Request size in bytes at least 2100 exceeds the limit of 2000 by at least 100."
    )
    assert len(sent) == 3  # reading stopped at the chunk crossing the limit


async def test_query_string_counts_toward_the_size(limited: Harness) -> None:
    query = "{ district { code } }" + " " * 2000
    response = await limited.client.get(URL, params={"query": query})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


async def test_defaults_let_graphiql_introspect_and_refuse_deeper(gridgov: Harness) -> None:
    defaults = CoreSettings()
    assert "type Query" in await gridgov.sdl(TINGHU)  # depth 15, about 200 tokens
    path = "streets(first: 1) { nodes { district { " * 9
    query = "{ district { " + path + "code" + " } } }" * 9 + " } }"
    [error] = await gridgov.errors(TINGHU, query)
    assert error["extensions"]["depth"] == 29 > defaults.max_depth
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert len(get_introspection_query()) < defaults.max_body_bytes


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("MAX_DEPTH", "0", "max_depth must be at least 1"),
        ("MAX_TOKENS", "0", "max_tokens must be at least 1"),
        ("MAX_OPERATIONS", "0", "max_operations must be at least 1"),
        ("MAX_BODY_BYTES", "0", "max_body_bytes must be at least 1"),
        ("LOGIN_NAME_FAILURES", "0", "login_name_failures must be at least 1"),
        ("MAX_ALIASES", "-1", "max_aliases must not be negative"),
        ("MAX_REPEATS", "many", "GRIDGOV_CORE__MAX_REPEATS='many'"),
    ],
)
def test_settings_are_validated(
    name: str, value: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"GRIDGOV_CORE__{name}", value)
    with pytest.raises(PluginError, match=message):
        PluginManager()
