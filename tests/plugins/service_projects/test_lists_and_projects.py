"""service_projects: the three lists (三清单), projects linking needs and resources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.plugins.service_projects.conftest import THIS_YEAR

if TYPE_CHECKING:
    from tests.plugins.service_projects.conftest import Projects


async def test_a_project_answers_needs_with_resources(sp: Projects) -> None:
    community = (await sp.communities(1))[0]["id"]
    before = await sp.indicators()
    needs = [await sp.need(community, "失业人员就业技能培训"), await sp.need(community)]
    resource = await sp.resource(community)
    project = await sp.project(community, 80_000, needs=needs, resources=[resource])
    assert project["budget"] == 80_000 and project["spent"] == 0
    assert project["remaining"] == 80_000 and project["year"] == THIS_YEAR
    found = await sp.query(
        """query($id: ID!, $need: ID!, $community: ID!) {
          project: node(id: $id) { ... on ServiceProject { kind category startedOn endsOn
            needs(first: 5) { totalCount nodes { id status } }
            resources(first: 5) { nodes { id kind projects(first: 5) { totalCount } } } } }
          need: node(id: $need) { ... on ServiceNeed { projects(first: 5) { nodes { id } } } }
          community: node(id: $community) { ... on Community {
            serviceNeeds(first: 100, filter: {status: OPEN}) { totalCount }
            serviceResources(first: 100) { totalCount }
            serviceProjects(first: 100, filter: {search: "银发"}) { totalCount } } } }""",
        {"id": project["id"], "need": needs[0], "community": community},
    )
    assert found["project"]["kind"] == "SERVICE"
    assert found["project"]["endsOn"] is None
    assert [n["id"] for n in found["project"]["needs"]["nodes"]] == needs
    assert found["project"]["resources"]["nodes"] == [
        {"id": resource, "kind": "VENUE", "projects": {"totalCount": 1}}
    ]
    assert found["need"]["projects"]["nodes"] == [{"id": project["id"]}]
    assert found["community"]["serviceResources"]["totalCount"] >= 1
    after = await sp.indicators()
    assert (
        after["service_projects.projects.service"]
        == before["service_projects.projects.service"] + 1
    )
    assert after["service_projects.budget"] == before["service_projects.budget"] + 80_000
    assert after["service_projects.needs.open"] == before["service_projects.needs.open"] + 2

    # Relinking replaces the links; archiving a linked need drops it from the list.
    relinked = await sp.ok(
        "updateServiceProject",
        {"id": project["id"], "needs": [needs[1]], "title": "就业助餐服务项目"},
        "project { title needs(first: 5) { nodes { id } } }",
    )
    assert relinked["project"] == {
        "title": "就业助餐服务项目",
        "needs": {"nodes": [{"id": needs[1]}]},
    }
    archived = await sp.mutate("archive", {"id": needs[1]}, input_type="ArchiveInput")
    assert archived["errors"] == []
    listed = await sp.query(
        """query($id: ID!) { node(id: $id) { ... on ServiceProject { needs(first: 5) {
            totalCount } } } }""",
        {"id": project["id"]},
    )
    assert listed["node"]["needs"]["totalCount"] == 0


async def test_bad_projects_are_refused_and_write_nothing(sp: Projects) -> None:
    first, second = [c["id"] for c in await sp.communities(2)]
    elsewhere = await sp.need(second)
    before = await sp.indicators()
    base = {
        "community": first,
        "kind": "SECRETARY",
        "title": "红色驿站书记项目",
        "category": "PARTY_EDUCATION",
        "year": THIS_YEAR,
        "budget": 10_000,
        "startedOn": f"{THIS_YEAR}-02-01",
    }
    cases: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
        ({"year": 1999}, {("year", "OUT_OF_RANGE"), ("startedOn", "INVALID_PERIOD")}),
        ({"budget": -1}, {("budget", "OUT_OF_RANGE")}),
        ({"startedOn": f"{THIS_YEAR - 1}-12-31"}, {("startedOn", "INVALID_PERIOD")}),
        ({"endsOn": f"{THIS_YEAR}-01-31"}, {("endsOn", "INVALID_PERIOD")}),
        ({"title": " "}, {("title", "REQUIRED")}),
        ({"needs": [elsewhere]}, {("needs.0", "INVALID")}),
        ({"resources": [elsewhere]}, {("resources.0", "NOT_FOUND")}),
        ({"community": elsewhere}, {("community", "NOT_FOUND")}),
    ]
    for change, expected in cases:
        assert set(await sp.refused("createServiceProject", {**base, **change})) == expected, change
    assert await sp.indicators() == before


async def test_needs_are_met_withdrawn_or_reopened(sp: Projects) -> None:
    community = (await sp.communities(1))[0]["id"]
    need = await sp.need(community)
    select = "need { status closedOn }"
    met = await sp.ok(
        "updateServiceNeed", {"id": need, "status": "MET", "closedOn": "2024-04-01"}, select
    )
    assert met["need"] == {"status": "MET", "closedOn": "2024-04-01"}
    assert await sp.refused(
        "updateServiceNeed", {"id": need, "status": "WITHDRAWN", "closedOn": "2024-02-01"}
    ) == [("closedOn", "INVALID_PERIOD")]
    assert await sp.refused(
        "updateServiceNeed", {"id": need, "status": "OPEN", "closedOn": "2024-04-01"}
    ) == [("closedOn", "INVALID")]
    reopened = await sp.ok("updateServiceNeed", {"id": need, "status": "OPEN"}, select)
    assert reopened["need"] == {"status": "OPEN", "closedOn": None}
    assert await sp.refused("updateServiceNeed", {"id": need, "status": None}) == [
        ("status", "REQUIRED")
    ]


async def test_lists_cost_the_same_statements_for_2_or_50_projects(sp: Projects) -> None:
    query = """query($n: Int!) { serviceProjects(first: $n) { nodes { title spent remaining
        community { name } needs(first: 3) { nodes { title responses { claims } } }
        resources(first: 3) { nodes { title provider { name } } }
        spending(first: 3) { nodes { amount } } evaluation { score } overdueReports { kind }
        reports(first: 2) { nodes { kind } } } } }"""
    with sp.h.counting() as few:
        await sp.query(query, {"n": 2})
    with sp.h.counting() as many:
        data = await sp.query(query, {"n": 50})
    assert len(data["serviceProjects"]["nodes"]) == 50
    assert len(few) == len(many)
