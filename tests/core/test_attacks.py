"""One test per attack class of issue 7, then bad input of every kind: never a 500.

Token attacks (expired, forged, another district's) are in the authentication tests.
Each refusal must be a clear 4xx or GraphQL error, and nothing may be written.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from core.plugins import PluginManager
from core.testing import TINGHU, YANDU, Harness

URL = f"/districts/{TINGHU}/graphql"
NAME = "{ district { name } }"


async def district_name(h: Harness) -> str:
    name: str = (await h.query(TINGHU, NAME))["district"]["name"]
    return name


def refused(result: dict[str, Any], code: str) -> dict[str, Any]:
    """The error of ``code`` in a result that returned no data."""
    assert result.get("data") is None, result
    found = [e for e in result["errors"] if e.get("extensions", {}).get("code") == code]
    assert found, result
    return found[0]  # type: ignore[no-any-return]


async def test_deep_nesting(gridgov: Harness) -> None:
    # Street -> district -> streets -> ... : a cycle in the schema, refused before validation.
    level = "streets(first: 100) { nodes { district { "
    deep = "{ district { " + level * 15 + "code" + " } } }" * 15 + " } }"
    error = refused(await gridgov.post(TINGHU, deep), "QUERY_TOO_DEEP")
    assert error["extensions"]["depth"] == 47
    assert error["message"] == "Query depth 47 exceeds the limit of 25 by 22."
    # Deeper than the parser goes: a syntax error, not a crash of the recursion limit.
    [error] = (await gridgov.post(TINGHU, "{ a" * 300 + " }" * 300))["errors"]
    assert "nested too deeply" in error["message"]


async def test_alias_flooding_and_repeated_fields(gridgov: Harness) -> None:
    aliases = " ".join(
        f"a{i}: district {{ streets(first: 100) {{ totalCount }} }}" for i in range(100)
    )
    error = refused(await gridgov.post(TINGHU, "{ " + aliases + " }"), "TOO_MANY_ALIASES")
    assert error["message"] == "Alias count 100 exceeds the limit of 50 by 50."
    # Without aliases the same field merges, but validation compares each pair of them.
    same = " ".join("streets(first: 100) { totalCount }" for _ in range(300))
    error = refused(await gridgov.post(TINGHU, "{ district { " + same + " } }"), "TOO_MANY_REPEATS")
    assert error["extensions"] == {
        "code": "TOO_MANY_REPEATS",
        "limit": "repeats",
        "repeats": 300,
        "max": 20,
        "field": "streets",
    }


async def test_fragment_cycles_and_fan_out(gridgov: Harness) -> None:
    for cycle in (
        "{ district { ...A } } fragment A on District { name ...A }",
        "{ district { ...A } } fragment A on District { streets(first: 1) { nodes "
        "{ district { ...B } } } } fragment B on District { code ...A }",
    ):
        result = await gridgov.post(TINGHU, cycle)
        assert result.get("data") is None
        assert "Cannot spread fragment 'A' within itself" in result["errors"][0]["message"]
    # Each fragment selects the next twice: 2^30 fields once expanded, measured without it.
    fragments = " ".join(
        f"fragment F{i} on District {{ x: streets(first: 1) {{ nodes {{ district {{ ...F{i + 1} }} }} }} "
        f"y: streets(first: 1) {{ nodes {{ district {{ ...F{i + 1} }} }} }} }}"
        for i in range(30)
    )
    query = "{ district { ...F0 } } " + fragments + " fragment F30 on District { code }"
    error = refused(await gridgov.post(TINGHU, query), "TOO_MANY_ALIASES")
    assert error["extensions"]["aliases"] == 2**31 - 2


async def test_huge_first(gridgov: Harness) -> None:
    page = "{ district { people(first: %s) { nodes { name } } } }"
    refused(await gridgov.post(TINGHU, page % "101"), "BAD_USER_INPUT")
    refused(await gridgov.post(TINGHU, page % "-1"), "BAD_USER_INPUT")
    # Costed before any row is read: a million names would cost two million.
    error = refused(await gridgov.post(TINGHU, page % "1000000"), "QUERY_TOO_COSTLY")
    assert error["extensions"]["cost"] > error["extensions"]["max"]
    # Past 32 bits: an Int validation error.
    [error] = (await gridgov.post(TINGHU, page % str(2**40)))["errors"]
    assert "Int cannot represent non 32-bit signed integer value" in error["message"]


async def test_batched_operations(gridgov: Harness) -> None:
    headers = await gridgov.headers(TINGHU)
    rename = {"query": 'mutation { updateDistrict(input: {name: "批量区"}) { errors { code } } }'}
    eleven = [rename] + [{"query": NAME}] * 10
    response = await gridgov.client.post(URL, json=eleven, headers=headers)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "TOO_MANY_OPERATIONS"
    assert await district_name(gridgov) != "批量区"  # refused whole
    # Within the limit each operation meets the guard and the limits on its own.
    costly = {"query": "{ district { people(first: 1000000) { nodes { name } } } }"}
    response = await gridgov.client.post(URL, json=[costly, {"query": NAME}], headers=headers)
    first, second = response.json()
    assert first["errors"][0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert second["data"]["district"]["name"]
    anonymous = await gridgov.client.post(URL, json=[{"query": NAME}, rename])
    assert [r["errors"][0]["extensions"]["code"] for r in anonymous.json()] == [
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
    ]
    assert await district_name(gridgov) != "批量区"
    nested = await gridgov.client.post(URL, json=[[{"query": NAME}]], headers=headers)
    assert nested.status_code == 400
    assert nested.json()["errors"][0]["message"] == "Operation 0 must be a JSON object."


async def test_expensive_root_fields_cost_what_they_do(gridgov: Harness) -> None:
    overview = " ".join(f"o{i}: sixHavesOverview {{ __typename }}" for i in range(50))
    error = refused(await gridgov.post(YANDU, "{ " + overview + " }"), "QUERY_TOO_COSTLY")
    assert error["extensions"]["cost"] >= 50 * 25_000
    export = " ".join(f"p{i}: people(first: 100) {{ nodes {{ name phone }} }}" for i in range(50))
    error = refused(
        await gridgov.post(TINGHU, "{ district { " + export + " } }"), "QUERY_TOO_COSTLY"
    )
    assert error["extensions"]["cost"] > 500_000
    # One of each is within the budget.
    assert await gridgov.query(YANDU, "{ sixHavesOverview { __typename } }")
    assert await gridgov.query(TINGHU, "{ district { people(first: 100) { nodes { name } } } }")


async def test_introspection_in_production(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GRIDGOV_CORE__PRODUCTION", "true")
    h = await make_harness(example_database, PluginManager())
    for query in (
        "{ __schema { types { name } } }",
        '{ __type(name: "Person") { fields { name } } }',
        "{ district { code } __schema { queryType { name } } }",
    ):
        result = await h.post(TINGHU, query)
        assert result.get("data") is None
        assert "introspection" in result["errors"][0]["message"].lower()
    assert (await h.query(TINGHU, "{ __typename district { code } }"))["district"]
    page = await h.client.get(URL, headers={"accept": "text/html"})
    assert page.status_code == 404


async def test_introspection_cycles_outside_production(gridgov: Harness) -> None:
    # __Type.fields -> type -> fields ... costs nothing in the cost model: graphql-core's
    # recommended MaxIntrospectionDepthRule bounds it.
    query = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"
    result = await gridgov.post(TINGHU, query)
    assert result.get("data") is None
    assert result["errors"][0]["message"] == "Maximum introspection depth exceeded"


SQL = "'; DROP TABLE person; --"


async def test_sql_looking_strings_are_plain_text(gridgov: Harness) -> None:
    count = "{ district { people { totalCount } } }"
    before = (await gridgov.query(TINGHU, count))["district"]["people"]["totalCount"]
    assert before > 0
    for injection in (SQL, "' OR '1'='1", "%", "_", "\\"):
        found = await gridgov.query(
            TINGHU,
            "query($s: String!) { district { people(filter: {search: $s}) { totalCount } "
            "streets(filter: {search: $s}) { totalCount } "
            "grids(filter: {codePrefix: $s}) { totalCount } } }",
            {"s": injection},
        )
        assert found["district"] == {
            "people": {"totalCount": 0},
            "streets": {"totalCount": 0},
            "grids": {"totalCount": 0},
        }, injection
    # Inline in the document too, and stored verbatim when written.
    inline = await gridgov.query(
        TINGHU,
        '{ district { people(filter: {search: "\'; DROP TABLE person; --"}) { totalCount } } }',
    )
    assert inline["district"]["people"]["totalCount"] == 0
    payload = await gridgov.mutate(
        TINGHU, "createStreet", {"code": "320902990", "name": SQL}, "street { name }"
    )
    assert payload == {"street": {"name": SQL}, "errors": []}
    assert (await gridgov.query(TINGHU, count))["district"]["people"]["totalCount"] == before


async def test_mutations_sent_by_get(gridgov: Harness) -> None:
    before = await district_name(gridgov)
    response = await gridgov.client.get(
        URL,
        params={"query": 'mutation { updateDistrict(input: {name: "GET区"}) { errors { code } } }'},
        headers=await gridgov.headers(TINGHU),
    )
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"
    assert await district_name(gridgov) == before


async def test_anonymous_requests_reach_no_data(gridgov: Harness) -> None:
    for query in (
        NAME,
        "{ __typename district { code } }",
        "query($id: ID!) { node(id: $id) { id } }",
        'mutation { updateDistrict(input: {name: "匿名区"}) { errors { code } } }',
    ):
        result = await gridgov.post(TINGHU, query, {"id": "RGlzdHJpY3Q6MQ=="}, token=None)
        assert refused(result, "UNAUTHENTICATED")["message"].startswith("Log in first")
    assert await gridgov.query(TINGHU, "{ __typename }", token=None) == {"__typename": "Query"}
    assert await district_name(gridgov) != "匿名区"


async def test_introspection_needs_a_token_and_is_costed_once_per_operation(
    gridgov: Harness,
) -> None:
    # Anonymous: refused before any of it is answered, batched or not.
    schema = "{ __schema { types { fields { name } } } }"
    for query in (
        schema,
        '{ __type(name: "Person") { name } }',
        "{ __typename __schema { queryType { name } } }",
    ):
        assert refused(await gridgov.post(TINGHU, query, token=None), "UNAUTHENTICATED")
    response = await gridgov.client.post(URL, json=[{"query": schema}] * 2)
    assert response.status_code == 200
    assert [r["errors"][0]["extensions"]["code"] for r in response.json()] == [
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
    ]
    # With a token: once per operation, however aliased or spread.
    aliased = " ".join(f"s{i}: __schema {{ types {{ name }} }}" for i in range(50))
    error = refused(await gridgov.post(TINGHU, "{ " + aliased + " }"), "TOO_MANY_INTROSPECTIONS")
    assert error["message"] == (
        "Introspection fields (__schema, __type) 50 exceeds the limit of 1 by 49."
    )
    spread = '{ ...T ...U } fragment T on Query { __schema { queryType { name } } } fragment U on Query { __type(name: "Person") { name } }'
    assert refused(await gridgov.post(TINGHU, spread), "TOO_MANY_INTROSPECTIONS")
    # And each costs what it answers: every type, each with its fields.
    assert (await gridgov.query(TINGHU, schema))["__schema"]["types"]


# -- bad input everywhere ---------------------------------------------------------------


async def raw(
    h: Harness, content: bytes, content_type: str | None = "application/json"
) -> tuple[int, dict[str, Any]]:
    headers = await h.headers(TINGHU)
    if content_type is not None:
        headers["content-type"] = content_type
    response = await h.client.post(URL, content=content, headers=headers)
    return response.status_code, response.json()


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b"not json", b"\xff\xfe{}", b'{"query": "{ district { code } }"', b"[" * 2000],
)
async def test_invalid_json_bodies(gridgov: Harness, body: bytes) -> None:
    status, answer = await raw(gridgov, body)
    assert status == 400
    [error] = answer["errors"]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert error["message"].startswith("The body is not valid JSON")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"42", "The body must be a JSON object"),
        (b'"{ district { code } }"', "The body must be a JSON object"),
        (b"null", "The body must be a JSON object"),
        (b"[]", "The body must be a JSON object"),
        (b"[1]", "Operation 0 must be a JSON object."),
        (b'{"query": 5}', "The request: 'query' must be a string or null."),
        (b'{"query": "{ district { code } }", "variables": [1]}', "'variables' must be an object"),
        (b'{"query": "{ district { code } }", "operationName": 7}', "'operationName' must be"),
        (b'{"query": "{ district { code } }", "extensions": "x"}', "'extensions' must be"),
        (b'[{"query": "{ district { code } }"}, {"query": ["x"]}]', "Operation 1: 'query'"),
        (b"{}", "No GraphQL query found in the request"),
        (b'{"query": ""}', "No GraphQL query found in the request"),
    ],
)
async def test_json_of_the_wrong_form(gridgov: Harness, body: bytes, message: str) -> None:
    status, answer = await raw(gridgov, body)
    assert status == 400
    [error] = answer["errors"]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert message in error["message"]


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/graphql",
        "application/jsonx",
    ],
)
async def test_wrong_content_types(gridgov: Harness, content_type: str | None) -> None:
    status, answer = await raw(gridgov, b'{"query": "{ district { code } }"}', content_type)
    assert status == 415
    [error] = answer["errors"]
    assert error["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert "application/json" in error["message"]
    # A charset parameter is fine.
    status, answer = await raw(
        gridgov, b'{"query": "{ district { code } }"}', "application/json; charset=utf-8"
    )
    assert answer == {"data": {"district": {"code": TINGHU}}}


async def test_get_without_a_query_and_other_methods(gridgov: Harness) -> None:
    headers = {**await gridgov.headers(TINGHU), "accept": "application/json"}
    response = await gridgov.client.get(URL, headers=headers)  # (a browser gets GraphiQL)
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "No GraphQL query found in the request"
    response = await gridgov.client.get(
        URL, params={"query": NAME, "variables": "{"}, headers=headers
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    response = await gridgov.client.put(URL, json={"query": NAME}, headers=headers)
    assert response.status_code == 405


async def test_unknown_operation_name(gridgov: Harness) -> None:
    status, answer = await raw(
        gridgov, b'{"query": "query A { district { code } }", "operationName": "B"}'
    )
    assert status == 400
    assert answer["errors"][0]["message"] == 'Unknown operation named "B".'
    assert answer["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_wrong_variable_types(gridgov: Harness) -> None:
    page = "query($n: Int!) { district { streets(first: $n) { totalCount } } }"
    for variables in ({"n": "ten"}, {"n": 1.5}, {"n": [1]}, {"n": {"deep": [[[1]]]}}, {}):
        result = await gridgov.post(TINGHU, page, variables)
        assert result.get("data") is None
        assert "$n" in result["errors"][0]["message"]


async def test_malformed_global_ids_in_mutations(gridgov: Harness) -> None:
    before = await gridgov.query(TINGHU, "{ district { streets(first: 1) { nodes { name } } } }")
    for bad in ("", "!!!", "R3JpZA", "U3RyZWV0Ong=", "RGlzdHJpY3Q6MQ==", "x" * 500):
        result = await gridgov.post(
            TINGHU,
            'mutation($id: ID!) { updateStreet(input: {id: $id, name: "改名"}) '
            "{ street { name } errors { code } } }",
            {"id": bad},
        )
        if result.get("errors"):
            assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", result
        else:
            payload: dict[str, Any] = result["data"]["updateStreet"]
            assert payload["street"] is None and payload["errors"] == [{"code": "NOT_FOUND"}]
    after = await gridgov.query(TINGHU, "{ district { streets(first: 1) { nodes { name } } } }")
    assert after == before


async def test_enormous_strings(gridgov: Harness) -> None:
    before = await district_name(gridgov)
    headers = await gridgov.headers(TINGHU)
    rename = "mutation($n: String!) { updateDistrict(input: {name: $n}) { errors { code } } }"
    megabyte = await gridgov.client.post(
        URL, json={"query": rename, "variables": {"n": "长" * 1_000_000}}, headers=headers
    )
    assert megabyte.status_code == 413
    assert megabyte.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    # Under the body limit, the mutation's own length check refuses it.
    long = await gridgov.post(TINGHU, rename, {"n": "x" * 200_000})
    assert long["data"]["updateDistrict"]["errors"] == [{"code": "TOO_LONG"}]
    search = await gridgov.post(
        TINGHU,
        "query($s: String!) { district { people(filter: {search: $s}) { totalCount } } }",
        {"s": "x" * 100_000},
    )
    assert refused(search, "BAD_USER_INPUT")
    assert await district_name(gridgov) == before


async def test_nul_characters(gridgov: Harness) -> None:
    # PostgreSQL can neither store nor compare NUL: refused up front on every database.
    before = await district_name(gridgov)
    rename = "mutation($n: String!) { updateDistrict(input: {name: $n}) { errors { code } } }"
    search = "query($s: String!) { district { people(filter: {search: $s}) { totalCount } } }"
    for query, variables in (
        (rename, {"n": "亭\x00湖"}),
        (search, {"s": "\x00"}),
        ('mutation { updateDistrict(input: {name: "亭\\u0000湖"}) { errors { code } } }', {}),
        ('{ district { people(filter: {search: "\\u{0}"}) { totalCount } } }', {}),
    ):
        error = refused(await gridgov.post(TINGHU, query, variables), "BAD_USER_INPUT")
        assert error["message"].startswith("Strings may not contain the NUL character (U+0000)")
    assert await district_name(gridgov) == before


def global_id(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize("pk", [2**31, 2**63, 10**18 - 1])
async def test_ids_beyond_the_database_integers(gridgov: Harness, pk: int) -> None:
    # PostgreSQL's integer ids end at 2**31 - 1: a larger one used to reach the
    # database and come back as its raw error.
    bad = global_id(f"Grid:{pk}")
    error = refused_field(
        await gridgov.post(TINGHU, "query($id: ID!) { node(id: $id) { id } }", {"id": bad}),
        "node",
    )
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "SELECT" not in error["message"]


async def test_one_bad_id_leaves_the_others_of_nodes(gridgov: Harness) -> None:
    grids = await gridgov.query(TINGHU, "{ district { grids(first: 2) { nodes { id code } } } }")
    good = grids["district"]["grids"]["nodes"]
    ids = [good[0]["id"], global_id(f"Grid:{2**40}"), "!!!", good[1]["id"]]
    result = await gridgov.post(
        TINGHU, "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Grid { code } } }", {"ids": ids}
    )
    assert result["data"]["nodes"] == [good[0], None, None, good[1]]
    assert [(e["path"], e["extensions"]["code"]) for e in result["errors"]] == [
        (["nodes", 1], "BAD_USER_INPUT"),
        (["nodes", 2], "BAD_USER_INPUT"),
    ]


@pytest.mark.parametrize(
    "moment", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00"]
)
async def test_times_beyond_what_utc_can_hold(gridgov: Harness, moment: str) -> None:
    # 0001-01-01 at +05:00 is still year 0 in UTC, which Python cannot hold.
    query = "query($t: DateTime!) { auditTrail(filter: {since: $t}) { totalCount } }"
    result = await gridgov.post(TINGHU, query, {"t": moment})
    if moment.endswith("0001-01-01T00:00:00"):
        assert result["data"]["auditTrail"]["totalCount"] >= 0, result  # year 1 in UTC is fine
        return
    assert result.get("data") is None, result
    assert [e["extensions"]["code"] for e in result["errors"]] == ["BAD_USER_INPUT"]
    literal = f'{{ auditTrail(filter: {{until: "{moment}"}}) {{ totalCount }} }}'
    errors = (await gridgov.post(TINGHU, literal))["errors"]
    assert errors[0]["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")


def refused_field(result: dict[str, Any], field: str) -> dict[str, Any]:
    """The one error of a field that answered null."""
    assert result["data"] == {field: None}, result
    [error] = result["errors"]
    return error  # type: ignore[no-any-return]


async def test_cursors_beyond_the_database_integers(gridgov: Harness) -> None:
    page = "query($after: String) { district { streets(first: 1, after: $after) { totalCount } } }"
    for pk in (2**31 - 1, 2**31, 2**62):
        raw = json.dumps(["code", "3209", pk]).encode()
        cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        result = await gridgov.post(TINGHU, page, {"after": cursor})
        if pk < 2**31:
            assert not result.get("errors"), result
        else:
            assert [e["extensions"]["code"] for e in result["errors"]] == ["BAD_USER_INPUT"]
