"""dual_report and service_projects: members claim and answer needs through hooks, not imports.

A community's needs are service_projects' records; dual_report reaches them only
through ``gridgov_service_needs`` and reports back what its members did through
``gridgov_need_responses`` (core.hookspecs). Each keeps the need's Global ID.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.testing import Harness
from tests.plugins.dual_report.conftest import Dual
from tests.plugins.service_projects.conftest import Projects

if TYPE_CHECKING:
    from tests.plugins.dual_report.conftest import Branch

NEED = "need { id plugin title open community { id } }"
RESPONSES = """query($id: ID!) { node(id: $id) { ... on ServiceNeed {
    responses { plugin claims services hours } } } }"""


async def setup(gridgov: Harness) -> tuple[Dual, Projects, Branch, dict[str, str]]:
    dual, sp = Dual(gridgov), Projects(gridgov)
    branch = (await dual.branches())[0]
    registration = await dual.registered(branch.id)
    need = await sp.need(branch.community)
    return dual, sp, branch, {"registration": registration["id"], "need": need}


async def test_hook_gridgov_service_needs_lets_members_claim_and_answer_needs(
    gridgov: Harness,
) -> None:
    dual, _, branch, ids = await setup(gridgov)
    claim = await dual.ok(
        "claimDualReportNeed",
        {**ids, "claimedOn": "2024-03-02"},
        f"claim {{ claimedOn needId {NEED} registration {{ id }} }}",
    )
    assert claim["claim"] == {
        "claimedOn": "2024-03-02",
        "needId": ids["need"],
        "need": {
            "id": ids["need"],
            "plugin": "service_projects",
            "title": "独居老人助餐送餐",
            "open": True,
            "community": {"id": branch.community},
        },
        "registration": {"id": ids["registration"]},
    }
    service = await dual.ok(
        "recordDualReportService",
        dual.service(ids["registration"], "2024-03-05", 2, need=ids["need"]),
        f"service {{ needId {NEED} }}",
    )
    assert service["service"]["need"]["id"] == ids["need"]
    listed = await dual.query(
        """query($need: ID!) { dualReportServices(first: 5, filter: {need: $need}) {
            totalCount } answering: dualReportServices(first: 1, filter: {answering: true}) {
            totalCount } }""",
        {"need": ids["need"]},
    )
    assert listed["dualReportServices"]["totalCount"] == 1
    assert listed["answering"]["totalCount"] == 1
    assert (await dual.indicators())["dual_report.claims"] == 1

    # Claimed once per member; released (archived), it can be claimed again.
    assert await dual.refused("claimDualReportNeed", {**ids, "claimedOn": "2024-03-03"}) == [
        ("need", "DUPLICATE")
    ]
    claims = await dual.query(
        """query($id: ID!) { node(id: $id) { ... on DualReportRegistration {
            claims(first: 1) { nodes { id } } } } }""",
        {"id": ids["registration"]},
    )
    claim_id = claims["node"]["claims"]["nodes"][0]["id"]
    released = await dual.mutate("archive", {"id": claim_id}, input_type="ArchiveInput")
    assert released["errors"] == []
    await dual.ok("claimDualReportNeed", {**ids, "claimedOn": "2024-03-04"}, "claim { id }")


async def test_only_an_open_need_of_the_members_community_can_be_claimed(
    gridgov: Harness,
) -> None:
    dual, sp, _, ids = await setup(gridgov)
    other = (await dual.branches())[1]
    elsewhere = await sp.need(other.community)
    assert await dual.refused(
        "claimDualReportNeed", {**ids, "need": elsewhere, "claimedOn": "2024-03-02"}
    ) == [("need", "INVALID")]
    assert await dual.refused(
        "recordDualReportService",
        dual.service(ids["registration"], "2024-03-05", 1, need=elsewhere),
    ) == [("need", "INVALID")]
    # Another type's ID, or a need of another district, is no need here.
    assert await dual.refused(
        "claimDualReportNeed", {**ids, "need": ids["registration"], "claimedOn": "2024-03-02"}
    ) == [("need", "NOT_FOUND")]
    yandu = (await sp.of("320903").communities(1))[0]["id"]
    yandu_need = await sp.of("320903").need(yandu)
    assert await dual.refused(
        "claimDualReportNeed", {**ids, "need": yandu_need, "claimedOn": "2024-03-02"}
    ) == [("need", "NOT_FOUND")]
    # A met need is not claimed any more; a service may still say it answered it.
    met = await sp.ok(
        "updateServiceNeed", {"id": ids["need"], "status": "MET"}, "need { status closedOn }"
    )
    assert met["need"]["status"] == "MET" and met["need"]["closedOn"]
    assert await dual.refused("claimDualReportNeed", {**ids, "claimedOn": "2024-03-02"}) == [
        ("need", "INVALID_STATE")
    ]
    await dual.ok(
        "recordDualReportService",
        dual.service(ids["registration"], "2024-03-05", 1, need=ids["need"]),
        "service { id }",
    )


async def test_hook_gridgov_need_responses_shows_members_answers_on_the_need(
    gridgov: Harness,
) -> None:
    dual, sp, _, ids = await setup(gridgov)
    found = await sp.query(RESPONSES, {"id": ids["need"]})
    assert found["node"]["responses"] == []
    await dual.ok("claimDualReportNeed", {**ids, "claimedOn": "2024-03-02"}, "claim { id }")
    for day, hours in (("2024-03-05", 2), ("2024-03-06", 1.5)):
        await dual.ok(
            "recordDualReportService",
            dual.service(ids["registration"], day, hours, need=ids["need"]),
            "service { id }",
        )
    expected = [{"plugin": "dual_report", "claims": 1, "services": 2, "hours": 3.5}]
    assert (await sp.query(RESPONSES, {"id": ids["need"]}))["node"]["responses"] == expected
    # A list of needs costs the same statements however many needs ask.
    query = """{ serviceNeeds(first: %d) { nodes { id responses { claims } } } }"""
    with gridgov.counting() as few:
        await sp.query(query % 2)
    with gridgov.counting() as many:
        await sp.query(query % 50)
    assert len(few) == len(many)
    # A member who moved away no longer holds the claim; their services still count.
    await dual.ok("endDualReportRegistration", {"id": ids["registration"]}, "registration { id }")
    expected[0]["claims"] = 0
    assert (await sp.query(RESPONSES, {"id": ids["need"]}))["node"]["responses"] == expected


async def test_disabling_either_programme_keeps_the_references(gridgov: Harness) -> None:
    dual, sp, _, ids = await setup(gridgov)
    await dual.ok("claimDualReportNeed", {**ids, "claimedOn": "2024-03-02"}, "claim { id }")
    claims = """query($id: ID!) { node(id: $id) { ... on DualReportRegistration {
        claims(first: 5) { nodes { needId need { title } } } } } }"""
    shown = [{"needId": ids["need"], "need": {"title": "独居老人助餐送餐"}}]

    def nodes(data: dict[str, Any]) -> Any:
        return data["node"]["claims"]["nodes"]

    await gridgov.disable("320902", "service_projects")
    hidden = await dual.query(claims, {"id": ids["registration"]})
    assert nodes(hidden) == [{"needId": ids["need"], "need": None}]
    assert await dual.refused("claimDualReportNeed", {**ids, "claimedOn": "2024-03-03"}) == [
        ("need", "NOT_FOUND")
    ]
    await gridgov.enable("320902", "service_projects")
    assert nodes(await dual.query(claims, {"id": ids["registration"]})) == shown

    await gridgov.disable("320902", "dual_report")
    assert (await sp.query(RESPONSES, {"id": ids["need"]}))["node"]["responses"] == []
    await gridgov.enable("320902", "dual_report")
    responses = (await sp.query(RESPONSES, {"id": ids["need"]}))["node"]["responses"]
    assert responses == [{"plugin": "dual_report", "claims": 1, "services": 0, "hours": 0.0}]


def test_the_programmes_never_import_each_other() -> None:
    root = Path(__file__).resolve().parents[3] / "plugins"
    for plugin, other in (("dual_report", "service_projects"), ("service_projects", "dual_report")):
        for path in (root / plugin).rglob("*.py"):
            assert f"plugins.{other}" not in path.read_text(encoding="utf-8"), path
