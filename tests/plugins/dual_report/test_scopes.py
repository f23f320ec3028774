"""dual_report: who sees and changes which registrations, and statements per request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.testing import TINGHU

if TYPE_CHECKING:
    from tests.plugins.dual_report.conftest import Dual

COUNT = """query($id: ID!) { node(id: $id) { ... on Community {
    dualReportRegistrations(first: 1) { totalCount } } } }"""


async def test_community_staff_see_and_change_their_community_only(dual: Dual) -> None:
    mine, other = await dual.branches()
    theirs = (await dual.query(COUNT, {"id": mine.community}))["node"]
    staff = await dual.h.login_as(TINGHU, "community_staff", mine.community_code)
    listed = await dual.query(
        """{ dualReportRegistrations(first: 100) { totalCount nodes { community { id }
            person { id } branch { id } } } }""",
        token=staff,
    )
    registrations = listed["dualReportRegistrations"]
    assert registrations["totalCount"] == theirs["dualReportRegistrations"]["totalCount"] > 0
    for node in registrations["nodes"]:
        assert node["community"] == {"id": mine.community}
        # Members are core people: the examples' have no home in the community's books.
        assert node["person"] is None and node["branch"] is not None
    indicators = await dual.query(
        '{ district { indicators(prefix: "dual_report.registered") { value } } }', token=staff
    )
    assert indicators["district"]["indicators"] == [{"value": registrations["totalCount"]}]

    # Registering a member of the community's branch; not one of another community's.
    _, identity = await dual.member(mine.id)
    registration = await dual.register(identity, token=staff)
    _, elsewhere = await dual.member(other.id)
    refused = await dual.refused(
        "createDualReportRegistration",
        {"identity": elsewhere, "employer": await dual.employer(), "registeredOn": "2023-03-01"},
        token=staff,
    )
    assert refused == [("identity", "NOT_FOUND")]
    foreign = await dual.registered(other.id)
    assert await dual.refused(
        "recordDualReportService", dual.service(foreign["id"], "2024-05-04", 2), token=staff
    ) == [("registration", "NOT_FOUND")]
    await dual.ok(
        "recordDualReportService",
        dual.service(registration["id"], "2024-05-04", 2),
        "service { id }",
        token=staff,
    )
    hidden = await dual.query(
        "query($id: ID!) { node(id: $id) { id } }", {"id": foreign["id"]}, token=staff
    )
    assert hidden["node"] is None


async def test_grid_workers_and_analysts_read_but_do_not_register(dual: Dual) -> None:
    branch = (await dual.branches())[0]
    _, identity = await dual.member(branch.id)
    analyst = await dual.h.login_as(TINGHU, "analyst")
    payload = await dual.h.post(
        TINGHU,
        """mutation($input: CreateDualReportRegistrationInput!) {
            createDualReportRegistration(input: $input) { errors { code } } }""",
        {
            "input": {
                "identity": identity,
                "employer": await dual.employer(),
                "registeredOn": "2023-03-01",
            }
        },
        token=analyst,
    )
    assert payload["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    data = await dual.query("{ dualReportServices(first: 1) { totalCount } }", token=analyst)
    assert data["dualReportServices"]["totalCount"] > 8000
    me = await dual.query(
        "{ me { permissions } }",
        token=await dual.h.login_as(TINGHU, "street_staff", branch.community_code[:9]),
    )
    assert {"dual_report.register", "dual_report.record"} <= set(me["me"]["permissions"])


async def test_lists_cost_the_same_statements_for_2_or_50_registrations(dual: Dual) -> None:
    query = """query($n: Int!) { dualReportRegistrations(first: $n) { nodes { registeredOn
        active hours person { name } identity { kind } branch { name } community { name }
        employer { name } services(first: 3) { totalCount nodes { hours need { title } } }
        claims(first: 3) { nodes { need { title } } } } } }"""
    with dual.h.counting() as few:
        await dual.query(query, {"n": 2})
    with dual.h.counting() as many:
        data = await dual.query(query, {"n": 50})
    assert len(data["dualReportRegistrations"]["nodes"]) == 50
    assert len(few) == len(many)
