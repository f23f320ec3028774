"""Organisations under their kinds' rules, posts, identities, people and personal data."""

from __future__ import annotations

from typing import Any

from core.graphql.people.mutations import id_number_check
from core.testing import TINGHU, Harness, codes


async def mutate(h: Harness, name: str, input: dict[str, Any], select: str) -> dict[str, Any]:
    return await h.mutate(
        TINGHU, name, input, select, input_type="EndPeriodInput" if name.startswith("end") else None
    )


async def fixtures(h: Harness) -> dict[str, Any]:
    data = await h.query(
        TINGHU,
        """{ district {
        party: grids(first: 1, filter: {kind: PARTY_BUILDING}) { nodes { id organisations(first: 1) {
          nodes { id kind parent { id kind } } } } }
        micro: grids(first: 1, filter: {kind: MICRO}) { nodes { id buildings(first: 1) { nodes { id } } } }
        committees: organisations(first: 1, filter: {kind: COMMUNITY_BIG_PARTY_COMMITTEE}) { nodes { id } }
        units: organisations(first: 1, filter: {kind: CO_BUILDING_UNIT}) { nodes { id } }
        people(first: 1) { nodes { id } } } }""",
    )
    return data["district"]  # type: ignore[no-any-return]


async def test_five_level_chain_is_navigable(gridgov: Harness) -> None:
    data = await gridgov.query(
        TINGHU,
        """{ district { organisations(first: 1,
        filter: {kind: PARTY_MEMBER_HOUSEHOLD}) { nodes { kind anchor { __typename }
        parent { kind anchor { __typename } parent { kind anchor { __typename } parent { kind
          anchor { ... on Community { code } } parent { kind anchor { ... on Street { code } } } } } } } } } }""",
    )
    org = data["district"]["organisations"]["nodes"][0]
    chain = [
        org["kind"],
        org["parent"]["kind"],
        org["parent"]["parent"]["kind"],
        org["parent"]["parent"]["parent"]["kind"],
        org["parent"]["parent"]["parent"]["parent"]["kind"],
    ]
    assert chain == [
        "PARTY_MEMBER_HOUSEHOLD",
        "BUILDING_PARTY_GROUP",
        "GRID_PARTY_BRANCH",
        "COMMUNITY_BIG_PARTY_COMMITTEE",
        "STREET_BIG_WORKING_COMMITTEE",
    ]
    assert org["anchor"]["__typename"] == "Household"
    assert org["parent"]["anchor"]["__typename"] == "Building"
    assert org["parent"]["parent"]["anchor"]["__typename"] == "Grid"


async def test_organisation_kind_rules(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    branch = f["party"]["nodes"][0]["organisations"]["nodes"][0]
    micro = f["micro"]["nodes"][0]
    building = micro["buildings"]["nodes"][0]["id"]
    before = await gridgov.query(TINGHU, "{ district { organisations { totalCount } } }")
    cases: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
        (
            {
                "kind": "GRID_PARTY_BRANCH",
                "name": "x",
                "anchor": micro["id"],
                "parent": f["committees"]["nodes"][0]["id"],
            },
            {("anchor", "WRONG_KIND")},
        ),
        (
            {"kind": "BUILDING_PARTY_GROUP", "name": "x", "anchor": building},
            {("parent", "REQUIRED")},
        ),
        (
            {
                "kind": "BUILDING_PARTY_GROUP",
                "name": "x",
                "anchor": building,
                "parent": f["committees"]["nodes"][0]["id"],
            },
            {("parent", "WRONG_KIND")},
        ),
        (
            {
                "kind": "BUILDING_PARTY_GROUP",
                "name": "x",
                "anchor": branch["id"],
                "parent": branch["id"],
            },
            {("anchor", "NOT_FOUND")},
        ),
        ({"kind": "STREET_BIG_WORKING_COMMITTEE", "name": "x"}, {("anchor", "REQUIRED")}),
        (
            {"kind": "CO_BUILDING_UNIT", "name": "", "parent": "bogus"},
            {("name", "REQUIRED"), ("parent", "NOT_FOUND")},
        ),
    ]
    for input, expected in cases:
        result = await mutate(gridgov, "createOrganisation", input, "organisation { id }")
        assert result["organisation"] is None
        assert expected <= codes(result), (input, result)
    after = await gridgov.query(TINGHU, "{ district { organisations { totalCount } } }")
    assert after == before
    made = await mutate(
        gridgov,
        "createOrganisation",
        {
            "kind": "BUILDING_PARTY_GROUP",
            "name": "新楼栋党小组",
            "anchor": building,
            "parent": branch["id"],
        },
        "organisation { kind parent { id } anchor { ... on Building { id } } }",
    )
    assert made["organisation"] == {
        "kind": "BUILDING_PARTY_GROUP",
        "parent": {"id": branch["id"]},
        "anchor": {"id": building},
    }


async def test_organisation_cannot_become_its_own_ancestor(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    branch = f["party"]["nodes"][0]["organisations"]["nodes"][0]
    committee = branch["parent"]
    made = await mutate(
        gridgov,
        "createOrganisation",
        {"kind": "SOCIAL_ORGANISATION", "name": "a"},
        "organisation { id }",
    )
    child = await mutate(
        gridgov,
        "createOrganisation",
        {"kind": "SOCIAL_ORGANISATION", "name": "b", "parent": made["organisation"]["id"]},
        "organisation { id }",
    )
    loop = await mutate(
        gridgov,
        "updateOrganisation",
        {"id": made["organisation"]["id"], "parent": child["organisation"]["id"]},
        "organisation { id }",
    )
    assert codes(loop) == {("parent", "INVALID")}
    wrong = await mutate(
        gridgov,
        "updateOrganisation",
        {"id": branch["id"], "parent": made["organisation"]["id"]},
        "organisation { id }",
    )
    assert codes(wrong) == {("parent", "WRONG_KIND")}
    assert committee["kind"] == "COMMUNITY_BIG_PARTY_COMMITTEE"


async def test_post_rules(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    person = f["people"]["nodes"][0]["id"]
    unit = f["units"]["nodes"][0]["id"]
    committee = f["committees"]["nodes"][0]["id"]
    wrong_role = await mutate(
        gridgov,
        "createPost",
        {
            "person": person,
            "organisation": unit,
            "role": "PART_TIME_COMMITTEE_MEMBER",
            "startDate": "2024-01-01",
        },
        "post { id }",
    )
    assert codes(wrong_role) == {("role", "WRONG_KIND")}
    bad_dates = await mutate(
        gridgov,
        "createPost",
        {
            "person": person,
            "organisation": committee,
            "role": "COMMITTEE_MEMBER",
            "startDate": "2024-01-01",
            "endDate": "2023-01-01",
        },
        "post { id }",
    )
    assert codes(bad_dates) == {("endDate", "INVALID_PERIOD")}
    ancient = await mutate(
        gridgov,
        "createPost",
        {
            "person": person,
            "organisation": committee,
            "role": "COMMITTEE_MEMBER",
            "startDate": "1800-01-01",
        },
        "post { id }",
    )
    assert codes(ancient) == {("startDate", "OUT_OF_RANGE")}
    made = await mutate(
        gridgov,
        "createPost",
        {
            "person": person,
            "organisation": committee,
            "role": "PART_TIME_COMMITTEE_MEMBER",
            "startDate": "2024-01-01",
        },
        "post { id role person { id } }",
    )
    assert made["post"]["role"] == "PART_TIME_COMMITTEE_MEMBER"
    ended = await mutate(
        gridgov, "endPost", {"id": made["post"]["id"], "end": "2025-06-30"}, "post { endDate }"
    )
    assert ended["post"] == {"endDate": "2025-06-30"}
    listed = await gridgov.query(
        TINGHU,
        """query($id: ID!) { node(id: $id) { ... on Person {
        current: posts { totalCount } all: posts(includeEnded: true) { totalCount } } } }""",
        {"id": person},
    )
    assert listed["node"]["all"]["totalCount"] == listed["node"]["current"]["totalCount"] + 1


async def test_identity_rules(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    person = f["people"]["nodes"][0]["id"]
    unit = f["units"]["nodes"][0]["id"]
    branch = f["party"]["nodes"][0]["organisations"]["nodes"][0]["id"]
    missing = await mutate(
        gridgov,
        "createIdentity",
        {"person": person, "kind": "IN_SERVICE_PARTY_MEMBER", "since": "2022-01-01"},
        "identity { id }",
    )
    assert codes(missing) == {("organisation", "REQUIRED")}
    wrong = await mutate(
        gridgov,
        "createIdentity",
        {
            "person": person,
            "kind": "IN_SERVICE_PARTY_MEMBER",
            "since": "2022-01-01",
            "organisation": unit,
        },
        "identity { id }",
    )
    assert codes(wrong) == {("organisation", "WRONG_KIND")}
    needless = await mutate(
        gridgov,
        "createIdentity",
        {"person": person, "kind": "VOLUNTEER", "since": "2022-01-01", "organisation": unit},
        "identity { id }",
    )
    assert codes(needless) == {("organisation", "INVALID")}
    made = await mutate(
        gridgov,
        "createIdentity",
        {
            "person": person,
            "kind": "IN_SERVICE_PARTY_MEMBER",
            "since": "2022-01-01",
            "organisation": branch,
        },
        "identity { kind organisation { id } }",
    )
    assert made["identity"] == {"kind": "IN_SERVICE_PARTY_MEMBER", "organisation": {"id": branch}}
    members = await gridgov.query(
        TINGHU,
        "query($id: ID!) { node(id: $id) { ... on Organisation { members { nodes {"
        " person { id } } } } } }",
        {"id": branch},
    )
    assert {"person": {"id": person}} in members["node"]["members"]["nodes"]


async def test_person_personal_data_is_validated_and_masked(gridgov: Harness) -> None:
    first17 = "32090219850307123"
    valid = first17 + id_number_check(first17)
    wrong_check = first17 + ("0" if valid[-1] != "0" else "1")
    bad = await mutate(
        gridgov,
        "createPerson",
        {
            "name": "王芳",
            "gender": "FEMALE",
            "phone": "12345",
            "idNumber": wrong_check,
            "birthDate": "2999-01-01",
        },
        "person { id }",
    )
    assert codes(bad) == {
        ("phone", "INVALID"),
        ("idNumber", "INVALID"),
        ("birthDate", "OUT_OF_RANGE"),
    }
    mismatch = await mutate(
        gridgov,
        "createPerson",
        {"name": "王芳", "gender": "FEMALE", "idNumber": valid, "birthDate": "1985-03-08"},
        "person { id }",
    )
    assert codes(mismatch) == {("idNumber", "CONFLICT")}
    made = await mutate(
        gridgov,
        "createPerson",
        {
            "name": "王芳",
            "gender": "FEMALE",
            "phone": "13812345678",
            "idNumber": valid,
            "birthDate": "1985-03-07",
        },
        "person { id phone idNumber }",
    )
    assert made["person"]["phone"] == "138****5678"
    assert made["person"]["idNumber"] == "*" * 14 + valid[-4:]


async def test_grid_assignment_and_its_end(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    person, grid = f["people"]["nodes"][0]["id"], f["micro"]["nodes"][0]["id"]
    made = await mutate(
        gridgov,
        "createGridAssignment",
        {"person": person, "grid": grid, "kind": "PART_TIME", "startDate": "2024-05-01"},
        "gridAssignment { id kind grid { id } }",
    )
    assert made["gridAssignment"]["grid"] == {"id": grid}
    bad = await mutate(
        gridgov,
        "endGridAssignment",
        {"id": made["gridAssignment"]["id"], "end": "2024-04-01"},
        "gridAssignment { id }",
    )
    assert codes(bad) == {("end", "INVALID_PERIOD")}


async def test_an_id_number_names_one_live_person(gridgov: Harness) -> None:
    first17 = "32090219850307123"
    number = first17 + id_number_check(first17)
    person = {"name": "王芳", "gender": "FEMALE", "idNumber": number, "birthDate": "1985-03-07"}
    made = await mutate(gridgov, "createPerson", person, "person { id }")
    assert made["errors"] == []
    again = await mutate(gridgov, "createPerson", person | {"name": "王芳芳"}, "person { id }")
    assert again["person"] is None and codes(again) == {("idNumber", "DUPLICATE")}
    other = (await fixtures(gridgov))["people"]["nodes"][0]["id"]
    moved = await mutate(
        gridgov,
        "updatePerson",
        {"id": other, "idNumber": number, "birthDate": "1985-03-07"},
        "person { id }",
    )
    assert codes(moved) == {("idNumber", "DUPLICATE")}
    stored = await gridgov.query(
        TINGHU,
        "query($id: ID!) { node(id: $id) { ... on Person { idNumber(reveal: true) } } }",
        {"id": other},
    )
    assert stored["node"]["idNumber"] != number

    # Archived, the number is free again; the first person cannot come back while
    # someone else holds it.
    archived = await gridgov.mutate(
        TINGHU, "archive", {"id": made["person"]["id"]}, input_type="ArchiveInput"
    )
    assert archived["errors"] == []
    successor = await mutate(gridgov, "createPerson", person, "person { id }")
    assert successor["errors"] == []
    restored = await gridgov.mutate(
        TINGHU, "restore", {"id": made["person"]["id"]}, input_type="ArchiveInput"
    )
    assert codes(restored) == {("id", "DUPLICATE")}
