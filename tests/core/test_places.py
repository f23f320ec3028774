"""Places: drill-down, and every create/update rule refused with a typed error and no write."""

from __future__ import annotations

from typing import Any

import pytest

from core.testing import TINGHU, YANDU, Harness


async def ids(h: Harness, district: str, query: str) -> Any:
    return (await h.query(district, query))["district"]


async def totals(h: Harness, district: str = TINGHU) -> dict[str, int]:
    data = await ids(
        h,
        district,
        """{ district {
        streets { totalCount } communities { totalCount } grids { totalCount }
        estates { totalCount } people { totalCount } organisations { totalCount } } }""",
    )
    return {key: value["totalCount"] for key, value in data.items()}


async def test_drill_down_from_district_to_people_and_back_up(gridgov: Harness) -> None:
    data = await gridgov.query(
        TINGHU,
        """{ district { streets(first: 1) { nodes { code
        communities(first: 1) { nodes { code grids(first: 1, filter: {kind: COMPREHENSIVE}) { nodes {
          code kind subGrids(first: 1) { nodes { code kind parent { code } buildings(first: 1) { nodes {
            number estate { name community { code street { code district { code } } } }
            households(first: 1) { nodes { doorNumber members(first: 1) { nodes {
              name household { building { grid { kind } } } } } } } } } } } } } } } } } } }""",
    )
    street = data["district"]["streets"]["nodes"][0]
    community = street["communities"]["nodes"][0]
    grid = community["grids"]["nodes"][0]
    micro = grid["subGrids"]["nodes"][0]
    assert grid["kind"] == "COMPREHENSIVE" and micro["kind"] == "MICRO"
    assert micro["parent"]["code"] == grid["code"] and micro["code"].startswith(grid["code"])
    assert grid["code"].startswith(community["code"]) and community["code"].startswith(
        street["code"]
    )
    building = micro["buildings"]["nodes"][0]
    assert building["estate"]["community"]["street"]["district"]["code"] == TINGHU
    person = building["households"]["nodes"][0]["members"]["nodes"][0]
    assert person["household"]["building"]["grid"]["kind"] == "MICRO"


async def test_grid_lists_households_and_estates_through_its_buildings(gridgov: Harness) -> None:
    data = await ids(
        gridgov,
        TINGHU,
        """{ district { grids(first: 1, filter: {kind: MICRO}) { nodes {
        buildings { totalCount nodes { estate { name } households { totalCount } } }
        households { totalCount } estates { nodes { name } } } } } }""",
    )
    grid = data["grids"]["nodes"][0]
    assert grid["buildings"]["totalCount"] >= 1
    assert grid["households"]["totalCount"] == sum(
        b["households"]["totalCount"] for b in grid["buildings"]["nodes"]
    )
    assert {e["name"] for e in grid["estates"]["nodes"]} == {
        b["estate"]["name"] for b in grid["buildings"]["nodes"]
    }


async def test_create_street_community_grid_estate_building_household(
    empty_gridgov: Harness,
) -> None:
    h = empty_gridgov
    await _district(h)
    street = await h.mutate(
        TINGHU, "createStreet", {"code": "320902001", "name": "文峰街道"}, "street { id code }"
    )
    assert street["errors"] == [] and street["street"]["code"] == "320902001"
    community = await h.mutate(
        TINGHU,
        "createCommunity",
        {"street": street["street"]["id"], "code": "320902001001", "name": "文峰社区"},
        "community { id }",
    )
    cid = community["community"]["id"]
    comprehensive = await h.mutate(
        TINGHU,
        "createGrid",
        {"community": cid, "kind": "COMPREHENSIVE", "code": "320902001001001", "name": "综合网格1"},
        "grid { id }",
    )
    micro = await h.mutate(
        TINGHU,
        "createGrid",
        {
            "community": cid,
            "kind": "MICRO",
            "code": "320902001001001001",
            "name": "微网格1",
            "parent": comprehensive["grid"]["id"],
        },
        "grid { id parent { id } }",
    )
    assert micro["errors"] == [] and micro["grid"]["parent"]["id"] == comprehensive["grid"]["id"]
    estate = await h.mutate(
        TINGHU, "createEstate", {"community": cid, "name": "合心花园"}, "estate { id }"
    )
    building = await h.mutate(
        TINGHU,
        "createBuilding",
        {"estate": estate["estate"]["id"], "number": "1幢", "grid": micro["grid"]["id"]},
        "building { id grid { id } }",
    )
    assert building["building"]["grid"]["id"] == micro["grid"]["id"]
    household = await h.mutate(
        TINGHU,
        "createHousehold",
        {"building": building["building"]["id"], "doorNumber": "1-101"},
        "household { id doorNumber }",
    )
    assert household["household"]["doorNumber"] == "1-101"


async def _district(h: Harness) -> None:
    """Create Tinghu (the empty database has no district) through the CLI's loader path."""
    from core.db import models

    async with h.app.state.gridgov.sessions() as session:
        session.add(models.District(code=TINGHU, name="亭湖区"))
        session.add(models.District(code=YANDU, name="盐都区"))
        await session.commit()


BAD_STREETS = [
    ({"code": "32090201", "name": "x"}, "code", "MALFORMED_CODE"),
    ({"code": "32090200a", "name": "x"}, "code", "MALFORMED_CODE"),
    ({"code": "320903001", "name": "x"}, "code", "CODE_MISMATCH"),
    ({"code": "320902001", "name": "文峰街道"}, "code", "DUPLICATE"),
    ({"code": "320902099", "name": "  "}, "name", "REQUIRED"),
    ({"code": "320902099", "name": "街" * 101}, "name", "TOO_LONG"),
]


@pytest.mark.parametrize(("input", "field", "code"), BAD_STREETS)
async def test_bad_street_is_refused_and_nothing_written(
    gridgov: Harness, input: dict[str, Any], field: str, code: str
) -> None:
    before = await totals(gridgov)
    result = await gridgov.mutate(TINGHU, "createStreet", input, "street { id }")
    assert result["street"] is None
    assert {"field": ["input", field], "code": code} in [
        {"field": e["field"], "code": e["code"]} for e in result["errors"]
    ]
    assert await totals(gridgov) == before


async def _first(h: Harness, district: str, path: str) -> Any:
    return await ids(h, district, "{ district { " + path + " } }")


async def test_bad_communities_and_grids_are_refused(gridgov: Harness) -> None:
    streets = await _first(gridgov, TINGHU, "streets(first: 2) { nodes { id code } }")
    yandu_street = await _first(gridgov, YANDU, "streets(first: 1) { nodes { id } }")
    street = streets["streets"]["nodes"][0]
    other = streets["streets"]["nodes"][1]
    before = await totals(gridgov)
    cases: list[tuple[str, dict[str, Any], str, str]] = [
        (
            "createCommunity",
            {"street": street["id"], "code": other["code"] + "900", "name": "x"},
            "code",
            "CODE_MISMATCH",
        ),
        (
            "createCommunity",
            {"street": street["id"], "code": street["code"] + "9", "name": "x"},
            "code",
            "MALFORMED_CODE",
        ),
        (
            "createCommunity",
            {
                "street": yandu_street["streets"]["nodes"][0]["id"],
                "code": "320902001900",
                "name": "x",
            },
            "street",
            "NOT_FOUND",
        ),
        (
            "createCommunity",
            {"street": "not-an-id", "code": "320902001900", "name": "x"},
            "street",
            "NOT_FOUND",
        ),
        (
            "createCommunity",
            {"street": "R3JpZDox", "code": "320902001900", "name": "x"},
            "street",
            "NOT_FOUND",
        ),
    ]
    for name, input, field, code in cases:
        result = await gridgov.mutate(TINGHU, name, input, "community { id }")
        assert result["community"] is None, (input, result)
        assert (["input", field], code) in [(e["field"], e["code"]) for e in result["errors"]], (
            result
        )
    assert await totals(gridgov) == before


async def test_micro_grid_rules(gridgov: Harness) -> None:
    data = await _first(
        gridgov,
        TINGHU,
        """communities(first: 2) { nodes { id code
        grids(filter: {kind: COMPREHENSIVE}, first: 1) { nodes { id code } }
        party: grids(filter: {kind: PARTY_BUILDING}, first: 1) { nodes { id code } } } }""",
    )
    here, there = data["communities"]["nodes"]
    comprehensive = here["grids"]["nodes"][0]
    cases: list[tuple[dict[str, Any], str, str]] = [
        (
            {
                "kind": "MICRO",
                "community": here["id"],
                "code": comprehensive["code"] + "901",
                "name": "x",
            },
            "parent",
            "REQUIRED",
        ),
        (
            {
                "kind": "MICRO",
                "community": here["id"],
                "code": here["party"]["nodes"][0]["code"] + "901",
                "name": "x",
                "parent": here["party"]["nodes"][0]["id"],
            },
            "parent",
            "WRONG_KIND",
        ),
        (
            {
                "kind": "MICRO",
                "community": there["id"],
                "code": comprehensive["code"] + "901",
                "name": "x",
                "parent": comprehensive["id"],
            },
            "parent",
            "WRONG_KIND",
        ),
        (
            {
                "kind": "MICRO",
                "community": here["id"],
                "code": here["code"] + "901",
                "name": "x",
                "parent": comprehensive["id"],
            },
            "code",
            "MALFORMED_CODE",
        ),
        (
            {
                "kind": "COMPREHENSIVE",
                "community": here["id"],
                "code": here["code"] + "901",
                "name": "x",
                "parent": comprehensive["id"],
            },
            "parent",
            "INVALID",
        ),
        (
            {"kind": "UNIT", "community": here["id"], "code": there["code"] + "901", "name": "x"},
            "code",
            "MALFORMED_CODE" if len(there["code"]) != len(here["code"]) else "CODE_MISMATCH",
        ),
    ]
    before = await totals(gridgov)
    for input, field, code in cases:
        result = await gridgov.mutate(TINGHU, "createGrid", input, "grid { id }")
        assert result["grid"] is None
        assert (["input", field], code) in [(e["field"], e["code"]) for e in result["errors"]], (
            input,
            result,
        )
    assert await totals(gridgov) == before


async def test_building_grid_must_be_in_the_estates_community(gridgov: Harness) -> None:
    data = await _first(
        gridgov,
        TINGHU,
        """communities(first: 2) { nodes {
        estates(first: 1) { nodes { id } } grids(first: 1, filter: {kind: MICRO}) { nodes { id } } } }""",
    )
    here, there = data["communities"]["nodes"]
    result = await gridgov.mutate(
        TINGHU,
        "createBuilding",
        {
            "estate": here["estates"]["nodes"][0]["id"],
            "number": "99幢",
            "grid": there["grids"]["nodes"][0]["id"],
            "floors": 500,
        },
        "building { id }",
    )
    assert {(tuple(e["field"]), e["code"]) for e in result["errors"]} == {
        (("input", "grid"), "WRONG_KIND"),
        (("input", "floors"), "OUT_OF_RANGE"),
    }


async def test_update_renames_and_refuses_bad_values(gridgov: Harness) -> None:
    street = (await _first(gridgov, TINGHU, "streets(first: 1) { nodes { id } }"))["streets"][
        "nodes"
    ][0]
    renamed = await gridgov.mutate(
        TINGHU,
        "updateStreet",
        {"id": street["id"], "name": "新文峰街道"},
        "street { name }",
    )
    assert renamed == {"street": {"name": "新文峰街道"}, "errors": []}
    refused = await gridgov.mutate(
        TINGHU,
        "updateStreet",
        {"id": street["id"], "name": "", "kind": None},
        "street { name }",
    )
    assert [e["code"] for e in refused["errors"]] == ["REQUIRED", "REQUIRED"]
    unchanged = await gridgov.query(
        TINGHU, "query($id: ID!) { node(id: $id) { ... on Street { name } } }", {"id": street["id"]}
    )
    assert unchanged["node"]["name"] == "新文峰街道"


async def test_objects_of_another_district_cannot_be_updated(gridgov: Harness) -> None:
    street = (await _first(gridgov, YANDU, "streets(first: 1) { nodes { id name } }"))["streets"][
        "nodes"
    ][0]
    result = await gridgov.mutate(
        TINGHU, "updateStreet", {"id": street["id"], "name": "x"}, "street { name }"
    )
    assert result["street"] is None and result["errors"][0]["code"] == "NOT_FOUND"
    again = await gridgov.query(
        YANDU, "query($id: ID!) { node(id: $id) { ... on Street { name } } }", {"id": street["id"]}
    )
    assert again["node"]["name"] == street["name"]


async def test_archive_waits_for_what_depends_on_it_and_restore_for_what_it_needs(
    gridgov: Harness,
) -> None:
    street = await gridgov.mutate(
        TINGHU, "createStreet", {"code": "320902099", "name": "新城街道"}, "street { id }"
    )
    community = await gridgov.mutate(
        TINGHU,
        "createCommunity",
        {"street": street["street"]["id"], "code": "320902099001", "name": "新城社区"},
        "community { id }",
    )
    street_id, community_id = street["street"]["id"], community["community"]["id"]

    async def set_archived(verb: str, id_: str) -> list[tuple[str, str]]:
        payload = await gridgov.mutate(
            TINGHU, verb, {"id": id_}, "node { id }", input_type="ArchiveInput"
        )
        return [(error["code"], error["message"]) for error in payload["errors"]]

    assert await set_archived("archive", street_id) == [
        ("INVALID_STATE", "1 live rows of community depend on it; archive them first")
    ]
    assert await set_archived("archive", community_id) == []
    assert await set_archived("archive", street_id) == []
    # A community cannot come back into an archived street.
    assert await set_archived("restore", community_id) == [
        (
            "INVALID_STATE",
            "points at an archived row of street (community.street_id); restore that first",
        )
    ]
    assert await set_archived("restore", street_id) == []
    assert await set_archived("restore", community_id) == []
    assert await set_archived("restore", community_id) == [("INVALID_STATE", "is not archived")]


async def test_archive_reads_only_installed_tables(gridgov: Harness) -> None:
    # The sample plugin's model points at estates and sits in the metadata once
    # imported, but the plugin is not installed here: its table does not exist.
    import gridgov_sample_plugin.plugin as sample

    assert sample.Notice.__tablename__ not in {
        o.value.__tablename__ for o in gridgov.app.state.gridgov.manager.contributions.models
    }
    data = await gridgov.query(TINGHU, "{ district { communities(first: 1) { nodes { id } } } }")
    estate = await gridgov.mutate(
        TINGHU,
        "createEstate",
        {"community": data["district"]["communities"]["nodes"][0]["id"], "name": "空置小区"},
        "estate { id }",
    )
    for verb in ("archive", "restore"):
        payload = await gridgov.mutate(
            TINGHU, verb, {"id": estate["estate"]["id"]}, "node { id }", input_type="ArchiveInput"
        )
        assert payload["errors"] == []
