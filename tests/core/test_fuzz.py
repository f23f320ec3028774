"""Fuzzing (issue 7): generated operations never make the server fail.

schemathesis reads the schema a district serves (its GraphQL support builds on
hypothesis-graphql) and generates queries and mutations, valid ones and ones with
arguments of the wrong type, which are sent in-process as the district's
administrator. Driven through schemathesis's Python API inside an ordinary
hypothesis test rather than its pytest plugin: the requests go through the test's
own async client and event loop, on whichever database the fixtures picked.

Some examples have every string literal made long (past every column's length),
which generated strings seldom are. The app runs in production mode (introspection
allowed, so the schema can be read): there an unexpected exception is masked as
"Unexpected error.", so besides no 5xx status, no answer may carry that message:
every failure must be a clear error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis.graphql
from graphql import StringValueNode, Visitor, get_introspection_query, parse, print_ast, visit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from core.plugins import PluginManager
from core.testing import TINGHU, Harness

URL = f"/districts/{TINGHU}/graphql"

LEFT_OUT = ("Mutation.revokeToken",)
"""Revoking the fuzzer's own token would leave every later example unauthenticated."""


class Lengthen(Visitor):
    """Pads every string literal to ``size`` characters (the generated text first)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> StringValueNode:
        return StringValueNode(value=(node.value + "长" * self.size)[: self.size])


@dataclass
class Fuzzing:
    """The app under test, the administrator's header and the operations to draw from."""

    harness: Harness
    headers: dict[str, str]
    operations: st.SearchStrategy[Any]


@pytest.fixture
async def fuzzing(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> Fuzzing:
    """Tinghu with every installed plugin enabled, in production mode."""
    monkeypatch.setenv("GRIDGOV_CORE__PRODUCTION", "true")
    monkeypatch.setenv("GRIDGOV_CORE__PRODUCTION_INTROSPECTION", "true")
    h = await make_harness(example_database, PluginManager())
    await h.enable(TINGHU, *h.app.state.gridgov.manager.installed)
    served = schemathesis.graphql.from_dict(await h.query(TINGHU, get_introspection_query()))
    schema = served.exclude(name=list(LEFT_OUT))
    operations = st.one_of(
        schema.as_strategy(GenerationMode.POSITIVE), schema.as_strategy(GenerationMode.NEGATIVE)
    )
    return Fuzzing(h, await h.headers(TINGHU), operations)


@settings(
    max_examples=150,
    deadline=None,
    database=None,  # no .hypothesis folder in the repository
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one app and database for all examples
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
async def test_generated_operations_never_fail(fuzzing: Fuzzing, data: st.DataObject) -> None:
    query = data.draw(fuzzing.operations, label="operation").body
    size = data.draw(st.sampled_from([0, 0, 300, 20_000]), label="string length")
    if size:
        query = print_ast(visit(parse(query), Lengthen(size)))
    await answers_clearly(fuzzing, query)


async def test_a_padded_time_found_by_the_fuzzer(fuzzing: Fuzzing) -> None:
    # Padded, the times are no DateTime: validation refused them with the scalar's
    # ValueError as the original error, which production mode masked as a bug.
    drawn = """{ venueBookings(filter: {organisation: "", since: "2000-01-01T00:00:00Z",
        until: "2000-01-02T00:00:00Z"}) { totalCount } }"""
    answer = await answers_clearly(fuzzing, print_ast(visit(parse(drawn), Lengthen(300))))
    assert [e["extensions"]["code"] for e in answer["errors"]] == ["GRAPHQL_VALIDATION_FAILED"] * 2


async def answers_clearly(fuzzing: Fuzzing, query: str) -> Any:
    """Send ``query``; check it did not make the server fail; return the answer."""
    response = await fuzzing.harness.client.post(
        URL, json={"query": query}, headers=fuzzing.headers
    )
    assert response.status_code < 500, (query, response.text)
    answer = response.json()
    unexpected = [e for e in answer.get("errors") or () if e["message"] == "Unexpected error."]
    assert not unexpected, (query, answer)
    if response.status_code != 200:
        assert answer["errors"][0]["extensions"]["code"], answer
    return answer
