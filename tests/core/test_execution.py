"""Plain fields read directly and resolvers called directly answer as graphql-core would."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from core.graphql.ids import parse_global_id
from core.testing import TINGHU, Harness

PEOPLE = """query($n: Int!) { district { code people(first: $n) { nodes {
    __typename
    second: name
    gender
    first: name
    phone
    hidden: name @skip(if: true)
    shown: gender @include(if: true)
    birthDate
    identities(first: 1, includeEnded: true) { totalCount }
    id
} } } }"""


async def test_answers_keep_the_documents_order_aliases_and_directives(gridgov: Harness) -> None:
    data = await gridgov.query(TINGHU, PEOPLE, {"n": 5})
    people = data["district"]["people"]["nodes"]
    assert len(people) == 5
    for person in people:
        assert list(person) == [
            "__typename",
            "second",
            "gender",
            "first",
            "phone",
            "shown",
            "birthDate",
            "identities",
            "id",
        ]
        assert person["__typename"] == "Person"
        assert person["first"] == person["second"] and person["first"]
        assert person["gender"] == person["shown"] and person["gender"].isupper()
        assert isinstance(person["identities"]["totalCount"], int)


async def test_a_stored_value_the_schema_cannot_represent_is_an_error_at_its_field(
    gridgov: Harness,
) -> None:
    data = await gridgov.query(TINGHU, PEOPLE, {"n": 1})
    person = data["district"]["people"]["nodes"][0]
    parsed = parse_global_id(person["id"])
    assert parsed is not None
    pk = parsed[1]
    async with gridgov.app.state.gridgov.engine.begin() as connection:
        await connection.execute(
            text("UPDATE person SET gender = 'alien' WHERE id = :id"), {"id": pk}
        )

    response = await gridgov.post(
        TINGHU,
        "query($id: ID!) { district { code } node(id: $id) { ... on Person { name gender } } }",
        {"id": person["id"]},
    )
    [error] = response["errors"]
    assert "Gender" in error["message"] and "alien" in error["message"]
    assert error["path"] == ["node", "gender"]
    # gender is non-null: the person is null, the rest of the answer stands
    assert response["data"] == {"district": {"code": TINGHU}, "node": None}


async def test_edges_carry_the_cursors_page_info_names(gridgov: Harness) -> None:
    query = """query($after: String) { district { streets(first: 3, after: $after) {
        pageInfo { startCursor endCursor } edges { cursor node { code } } nodes { code } } } }"""
    page = (await gridgov.query(TINGHU, query))["district"]["streets"]
    cursors = [edge["cursor"] for edge in page["edges"]]
    assert [edge["node"] for edge in page["edges"]] == page["nodes"]
    assert page["pageInfo"] == {"startCursor": cursors[0], "endCursor": cursors[-1]}
    following = await gridgov.query(TINGHU, query, {"after": cursors[1]})
    assert following["district"]["streets"]["nodes"][0] == page["nodes"][2]


@pytest.mark.parametrize("sibling", ["district { code }", "district { indicators { key } }"])
async def test_a_failed_root_field_leaves_the_requests_connection_usable(
    gridgov: Harness, sibling: str
) -> None:
    # auditTrail is non-null, so its FORBIDDEN cancels the sibling while its statement runs.
    token = await gridgov.login_as(TINGHU, "analyst")
    for _ in range(3):
        payload = await gridgov.post(
            TINGHU, f"{{ {sibling} auditTrail(first: 1) {{ totalCount }} }}", token=token
        )
        assert payload.get("data") is None
        assert [(error["path"], error["extensions"]["code"]) for error in payload["errors"]] == [
            (["auditTrail"], "FORBIDDEN")
        ]
    assert (await gridgov.query(TINGHU, "{ district { code } }", token=token))["district"]
