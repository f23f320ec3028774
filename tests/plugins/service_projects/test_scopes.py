"""service_projects: who sees and changes which lists and projects; the programme per district."""

from __future__ import annotations

from core.testing import TINGHU, YANDU, Harness
from tests.plugins.service_projects.conftest import THIS_YEAR, Projects

COMMUNITY = """query($id: ID!) { node(id: $id) { ... on Community {
    serviceProjects(first: 1) { totalCount } serviceNeeds(first: 1) { totalCount } } } }"""


async def test_community_staff_keep_their_own_lists(sp: Projects) -> None:
    mine, other = await sp.communities(2)
    counts = (await sp.query(COMMUNITY, {"id": mine["id"]}))["node"]
    staff = await sp.h.login_as(TINGHU, "community_staff", mine["code"])
    seen = await sp.query(
        """{ serviceProjects(first: 100) { totalCount nodes { community { id } } }
            serviceNeeds(first: 1) { totalCount } }""",
        token=staff,
    )
    assert seen["serviceProjects"]["totalCount"] == counts["serviceProjects"]["totalCount"] > 0
    assert {n["community"]["id"] for n in seen["serviceProjects"]["nodes"]} == {mine["id"]}
    assert seen["serviceNeeds"]["totalCount"] == counts["serviceNeeds"]["totalCount"]
    values = await sp.query(
        '{ district { indicators(prefix: "service_projects.projects") { key value } } }',
        token=staff,
    )
    assert {
        "key": "service_projects.projects",
        "value": counts["serviceProjects"]["totalCount"],
    } in values["district"]["indicators"]

    theirs = await sp.project(other["id"])
    their_need = await sp.need(other["id"])
    project = {
        "community": other["id"],
        "kind": "SERVICE",
        "title": "邻里守望服务项目",
        "category": "NEIGHBOURHOOD",
        "year": THIS_YEAR,
        "budget": 1000,
        "startedOn": f"{THIS_YEAR}-01-01",
    }
    assert await sp.refused("createServiceProject", project, token=staff) == [
        ("community", "NOT_FOUND")
    ]
    assert await sp.refused(
        "createServiceProject",
        {**project, "community": mine["id"], "needs": [their_need]},
        token=staff,
    ) == [("needs.0", "NOT_FOUND")]
    assert await sp.refused(
        "recordServiceProjectSpending", sp.spending(theirs["id"], 100), token=staff
    ) == [("project", "NOT_FOUND")]
    await sp.ok(
        "createServiceProject",
        {**project, "community": mine["id"]},
        "project { id }",
        token=staff,
    )


async def test_disabling_hides_the_programme_and_enabling_brings_everything_back(
    gridgov: Harness,
) -> None:
    query = """{ serviceProjects(first: 1) { totalCount nodes { id } }
                 serviceNeeds(first: 1) { totalCount } serviceProjectsCycle { since } }"""
    before = await gridgov.query(YANDU, query)
    project = before["serviceProjects"]["nodes"][0]["id"]
    await gridgov.disable(YANDU, "service_projects")
    sdl = await gridgov.sdl(YANDU)
    assert (
        "serviceProjects" not in sdl
        and "ServiceNeed" not in sdl
        and "setPartyServiceFund" not in sdl
    )
    assert "partyServiceFund" not in sdl
    node = await gridgov.query(YANDU, "query($id: ID!) { node(id: $id) { id } }", {"id": project})
    assert node["node"] is None
    indicators = await gridgov.query(
        YANDU, '{ district { indicators(prefix: "service_projects.") { key } } }'
    )
    assert indicators["district"]["indicators"] == []
    assert "serviceProjects(" in await gridgov.sdl(TINGHU)
    await gridgov.enable(YANDU, "service_projects")
    assert await gridgov.query(YANDU, query) == before
