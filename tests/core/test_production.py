"""Production mode: unexpected errors masked, no introspection, no GraphiQL, no suggestions;
errors the client caused (limits, validation, bad requests) stay readable."""

from __future__ import annotations

import types
from collections.abc import Awaitable, Callable

import pytest
import strawberry

from core.hookspecs import hookimpl
from core.plugins import PluginManager, discover
from core.testing import TINGHU, Harness


async def explode() -> int:
    """A resolver with a bug."""
    raise RuntimeError("secret connection string leaked here")


BUGGY = types.SimpleNamespace(
    gridgov_query_fields=hookimpl(lambda: [strawberry.field(resolver=explode)])
)


@pytest.mark.parametrize("production", [False, True])
async def test_production_mode(
    production: bool,
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GRIDGOV_CORE__PRODUCTION", "true" if production else "false")
    h = await make_harness(example_database, PluginManager({**discover(), "buggy": BUGGY}))
    await h.enable(TINGHU, "buggy")
    bug = (await h.errors(TINGHU, "{ explode }"))[0]["message"]
    assert ("secret" in bug) is not production
    assert bug == "Unexpected error." or not production
    introspection = await h.post(TINGHU, "{ __schema { queryType { name } } }")
    assert bool(introspection.get("errors")) is production
    page = await h.client.get(f"/districts/{TINGHU}/graphql", headers={"accept": "text/html"})
    assert (page.status_code == 404) is production
    typo = (await h.errors(TINGHU, "{ distric { code } }"))[0]["message"]
    assert ("Did you mean 'district'?" in typo) is not production
    # No other names either: arguments, types, enum values and input fields, in the
    # document or in the variables.
    for query, variables, suggestion in (
        ("{ district { streets(firs: 1) { totalCount } } }", {}, "'first'"),
        ("query($f: StreetFilte) { district { code } }", {}, "'StreetFilter'"),
        ("{ auditTrail(filter: {action: UPDAT}) { totalCount } }", {}, "'UPDATE'"),
        ('{ district { streets(filter: {serch: "x"}) { totalCount } } }', {}, "'search'"),
        (
            "query($a: AuditAction) { auditTrail(filter: {action: $a}) { totalCount } }",
            {"a": "UPDAT"},
            "'UPDATE'",
        ),
        (
            "query($f: StreetFilter) { district { streets(filter: $f) { totalCount } } }",
            {"f": {"serch": "x"}},
            "'search'",
        ),
    ):
        message = " ".join(e["message"] for e in await h.errors(TINGHU, query, variables))
        assert ("Did you mean" in message and suggestion in message) is not production, message
        assert "Did you mean" not in message or not production, message
    # Errors a client caused stay readable.
    assert (await h.errors(TINGHU, "{ district { streets(first: 0) { totalCount } } }"))[0][
        "extensions"
    ]["code"] == "BAD_USER_INPUT"
    deep = "{ district { " + "streets(first: 1) { nodes { district { " * 9 + "code" + " } } }" * 9
    limit = (await h.errors(TINGHU, deep + " } }"))[0]
    assert limit["message"] == "Query depth 29 exceeds the limit of 25 by 4."
    assert (await h.errors(TINGHU, "{ district { name(x: 1) } }"))[0]["message"] == (
        "Unknown argument 'x' on field 'District.name'."
    )
    # A literal its scalar refuses, whatever the scalar raised: out of UTC's years, not
    # a time at all (the fuzzer pads literals so), not a string.
    for literal in ('"0001-01-01T00:00:00+05:00"', '"2025-05-04T09:00:00Z长长"', "5"):
        query = f"{{ auditTrail(filter: {{since: {literal}}}) {{ totalCount }} }}"
        [error] = await h.errors(TINGHU, query)
        assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED", error
        assert error["message"].startswith("Expected value of type 'DateTime'"), error
        assert error["locations"] == [{"line": 1, "column": 30}], error
    bad_json = await h.client.post(
        f"/districts/{TINGHU}/graphql",
        content=b"{",
        headers={**await h.headers(TINGHU), "content-type": "application/json"},
    )
    assert bad_json.status_code == 400
    assert bad_json.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_production_may_keep_introspection_and_graphiql(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GRIDGOV_CORE__PRODUCTION", "true")
    monkeypatch.setenv("GRIDGOV_CORE__PRODUCTION_INTROSPECTION", "true")
    h = await make_harness(example_database, PluginManager({**discover(), "buggy": BUGGY}))
    await h.enable(TINGHU, "buggy")
    assert "explode: Int!" in await h.sdl(TINGHU)
    page = await h.client.get(f"/districts/{TINGHU}/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    # The rest of production mode stays.
    assert (await h.errors(TINGHU, "{ explode }"))[0]["message"] == "Unexpected error."
    typo = (await h.errors(TINGHU, "{ distric { code } }"))[0]["message"]
    assert "Did you mean" not in typo
