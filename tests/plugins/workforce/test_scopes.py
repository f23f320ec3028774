"""workforce: who sees and changes which community's workers, and statements per request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.testing import YANDU

if TYPE_CHECKING:
    from tests.plugins.workforce.conftest import Workforce

COUNT = """query($id: ID!) { node(id: $id) { ... on Community {
    workforcePlacements(first: 1) { totalCount } workforceQuota { seats } } } }"""


async def test_community_staff_see_and_change_their_community_only(wf: Workforce) -> None:
    mine, other = await wf.communities()
    theirs = (await wf.query(COUNT, {"id": mine.id}))["node"]
    staff = await wf.h.login_as(YANDU, "community_staff", mine.code)
    listed = await wf.query(
        """{ workforcePlacements(first: 100) { totalCount nodes { community { id } person { id } } }
             district { indicators(prefix: "workforce.") { key count } } }""",
        token=staff,
    )
    placements = listed["workforcePlacements"]
    assert placements["totalCount"] == theirs["workforcePlacements"]["totalCount"] > 0
    for node in placements["nodes"]:
        assert node["community"] == {"id": mine.id}
        # Workers are core people: the examples' have no home in the community's books.
        assert node["person"] is None
    figures = {i["key"]: i["count"] for i in listed["district"]["indicators"]}
    assert figures["workforce.placed"] == placements["totalCount"]
    assert figures["workforce.seats"] == theirs["workforceQuota"]["seats"]

    await wf.quota(mine.id, 400)
    await wf.quota(other.id, 400)
    placement = await wf.place(mine.id, token=staff)
    assert await wf.refused(
        "placeWorkforceWorker", await wf.place_input(other.id), token=staff
    ) == [("community", "NOT_FOUND")]
    foreign = await wf.place(other.id)
    grade = (await wf.grades())[3]["id"]
    assert await wf.refused(
        "promoteWorkforceWorker",
        {"placement": foreign["id"], "grade": grade, "since": "2024-01-01"},
        token=staff,
    ) == [("placement", "NOT_FOUND")]
    await wf.ok(
        "promoteWorkforceWorker",
        {"placement": placement["id"], "grade": grade, "since": "2024-01-01"},
        "grading { id }",
        token=staff,
    )
    hidden = await wf.query(
        "query($id: ID!) { node(id: $id) { id } }", {"id": foreign["id"]}, token=staff
    )
    assert hidden["node"] is None


async def test_grid_workers_and_analysts_read_but_do_not_place(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    analyst = await wf.h.login_as(YANDU, "analyst")
    result = await wf.h.post(
        YANDU,
        """mutation($input: PlaceWorkforceWorkerInput!) {
            placeWorkforceWorker(input: $input) { errors { code } } }""",
        {"input": await wf.place_input(community)},
        token=analyst,
    )
    assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    read = await wf.query("{ workforcePlacements(first: 1) { totalCount } }", token=analyst)
    assert read["workforcePlacements"]["totalCount"] > 0


async def test_statements_do_not_depend_on_the_number_of_rows(wf: Workforce) -> None:
    query = """query($n: Int!) { workforcePlacements(first: $n) { nodes { id channel
        person { id } identity { id } community { id workforceQuota { filled vacancies } }
        quota { seats } grade { name payMin }
        gradings(first: 3) { nodes { since grade { rank } } } } }
      workforceCourses(first: $n) { nodes { sessions(first: $n) { nodes { attendees
        attendances(first: 2) { nodes { person { id } } } } } } } }"""
    with wf.h.counting() as few:
        await wf.query(query, {"n": 2})
    with wf.h.counting() as many:
        data = await wf.query(query, {"n": 8})
    assert len(data["workforcePlacements"]["nodes"]) == 8
    assert len(few) == len(many)


async def test_a_community_s_workforce_is_compiled(wf: Workforce) -> None:
    """``gridgov_sql_forms``: one SQL statement reads a community's placements with
    their person, quota and gradings, and its sessions with their course and counts."""
    community = (await wf.communities())[0].id
    query = """query($c: ID!) { node(id: $c) { ... on Community {
        workforcePlacements(first: 5) { totalCount nodes { id channel placedOn
          person { name } quota { seats filled community { id } }
          gradings(first: 2) { nodes { since grade { rank name } } } } }
        workforceSessions(first: 3) { nodes { heldOn attendees
          course { title } attendances(first: 2) { nodes { person { id } } } } } } } }"""
    await wf.query(query, {"c": community})
    with wf.h.counting() as statements:
        data = await wf.query(query, {"c": community})
    assert data["node"]["workforcePlacements"]["nodes"], data
    reading = [s for s in statements if "workforce_" in s]
    assert len(reading) == 1, statements
