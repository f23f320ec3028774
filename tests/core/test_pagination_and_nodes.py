"""Cursor connections, Global IDs, node/nodes, and the SQL statement bound (no N+1)."""

from __future__ import annotations

import pytest

from core.testing import TINGHU, YANDU, Harness


@pytest.mark.parametrize("first", [0, -1, 101])
async def test_first_out_of_range_is_refused(gridgov: Harness, first: int) -> None:
    errors = await gridgov.errors(
        TINGHU, "query($n: Int) { district { streets(first: $n) { totalCount } } }", {"n": first}
    )
    assert errors[0]["extensions"] == {
        "code": "BAD_USER_INPUT",
        "argument": "first",
        "min": 1,
        "max": 100,
    }
    assert str(first) in errors[0]["message"]


async def test_keyset_pages_cover_the_list_exactly_once(gridgov: Harness) -> None:
    query = """query($after: String) { district { communities(first: 30, after: $after,
        orderBy: NAME, direction: DESC) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        nodes { code name } } } }"""
    seen: list[str] = []
    after = None
    while True:
        page = (await gridgov.query(TINGHU, query, {"after": after}))["district"]["communities"]
        seen += [node["name"] for node in page["nodes"]]
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == page["totalCount"] == 70
    assert seen == sorted(seen, reverse=True)


async def test_cursor_of_another_ordering_or_garbage_is_refused(gridgov: Harness) -> None:
    first = await gridgov.query(
        TINGHU, "{ district { streets(first: 1) { pageInfo { endCursor } } } }"
    )
    cursor = first["district"]["streets"]["pageInfo"]["endCursor"]
    for after, order in ((cursor, "NAME"), ("garbage", "CODE"), ("W10=", "CODE")):
        errors = await gridgov.errors(
            TINGHU,
            f"query($a: String) {{ district {{ streets(after: $a, orderBy: {order}) {{ totalCount }} }} }}",
            {"a": after},
        )
        assert errors[0]["extensions"]["argument"] == "after"


async def test_filters_narrow_lists_and_sql_looking_text_is_just_text(gridgov: Harness) -> None:
    data = await gridgov.query(
        TINGHU,
        """{ district {
        micro: grids(filter: {kind: MICRO}) { totalCount }
        none: communities(filter: {search: "' OR 1=1 --"}) { totalCount }
        wild: communities(filter: {search: "%"}) { totalCount }
        prefix: communities(filter: {codePrefix: "320902001"}) { totalCount } } }""",
    )
    data = data["district"]
    assert data["micro"]["totalCount"] == 1976
    assert data["none"]["totalCount"] == 0 and data["wild"]["totalCount"] == 0
    assert data["prefix"]["totalCount"] == 10


async def test_filter_by_id_of_wrong_type_is_refused(gridgov: Harness) -> None:
    street = await gridgov.query(TINGHU, "{ district { streets(first: 1) { nodes { id } } } }")
    errors = await gridgov.errors(
        TINGHU,
        "query($c: ID) { district { grids(filter: {community: $c}) { totalCount } } }",
        {"c": street["district"]["streets"]["nodes"][0]["id"]},
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_node_and_nodes_resolve_within_the_district_only(gridgov: Harness) -> None:
    tinghu = await gridgov.query(
        TINGHU, "{ district { id grids(first: 2) { nodes { id code } } } }"
    )
    yandu = await gridgov.query(YANDU, "{ district { id grids(first: 1) { nodes { id } } } }")
    grids = tinghu["district"]["grids"]["nodes"]
    ids = [
        grids[0]["id"],
        yandu["district"]["grids"]["nodes"][0]["id"],
        grids[1]["id"],
        yandu["district"]["id"],
    ]
    data = await gridgov.query(
        TINGHU, "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Grid { code } } }", {"ids": ids}
    )
    assert data["nodes"] == [grids[0], None, grids[1], None]
    own = await gridgov.query(
        TINGHU,
        "query($id: ID!) { node(id: $id) { ... on District { code } } }",
        {"id": tinghu["district"]["id"]},
    )
    assert own["node"] == {"code": TINGHU}


@pytest.mark.parametrize(
    "bad", ["", "!!!", "R3JpZA", "R3JpZDp4", "Tm9TdWNoVHlwZToxMjM=", "x" * 500]
)
async def test_malformed_or_unknown_global_ids(gridgov: Harness, bad: str) -> None:
    result = await gridgov.post(TINGHU, "query($id: ID!) { node(id: $id) { id } }", {"id": bad})
    if result.get("errors"):
        assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    else:
        assert result["data"]["node"] is None


async def test_nodes_takes_at_most_a_hundred_ids(gridgov: Harness) -> None:
    errors = await gridgov.errors(
        TINGHU, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ["R3JpZDox"] * 101}
    )
    assert errors[0]["extensions"]["argument"] == "ids"


NESTED = """query($n: Int!) { district { streets(first: $n) { totalCount nodes { code
    communities(first: $n) { totalCount nodes { code street { code }
      grids(first: $n, filter: {kind: COMPREHENSIVE}) { totalCount nodes { code community { name }
        subGrids(first: $n) { nodes { code parent { code } assignments(first: $n) { nodes { kind } }
          buildings(first: $n) { nodes { number estate { name }
            households(first: $n) { nodes { doorNumber members(first: $n) { nodes { name
              } } } } } } } } } } } } } } } }"""


async def test_statement_count_depends_on_query_shape_not_rows(gridgov: Harness) -> None:
    counts = {}
    sizes = {}
    for n in (2, 5):
        with gridgov.counting() as statements:
            data = await gridgov.query(TINGHU, NESTED, {"n": n})
        counts[n] = len(statements)
        sizes[n] = str(data).count("'code'") + str(data).count("'name'")
    assert sizes[5] >= 10 * sizes[2], sizes  # ten times the rows came back...
    assert counts[5] == counts[2], counts  # ...with the same number of statements
