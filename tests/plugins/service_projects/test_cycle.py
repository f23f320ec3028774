"""service_projects: Yandu's cycle of monthly reports, half-year checks and yearly evaluations."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from core import clock
from core.testing import YANDU
from tests.plugins.service_projects.conftest import THIS_YEAR

if TYPE_CHECKING:
    from tests.plugins.service_projects.conftest import Projects

OVERDUE = """query($after: String) { overdueServiceProjectReports(first: 4, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { kind period dueOn project { id year overdueReports { kind period dueOn } } } } }"""
REPORT = "report { kind period score submittedOn project { id } }"


async def all_overdue(sp: Projects) -> list[dict[str, Any]]:
    """Every overdue report, page by page."""
    found: list[dict[str, Any]] = []
    after = None
    while True:
        page = (await sp.query(OVERDUE, {"after": after}))["overdueServiceProjectReports"]
        found += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            assert page["totalCount"] == len(found)
            return found
        after = page["pageInfo"]["endCursor"]


async def test_overdue_reports_are_visible_and_go_once_submitted(sp: Projects) -> None:
    yandu = sp.of(YANDU)
    overdue = await all_overdue(yandu)
    assert len(overdue) == 9 == (await yandu.indicators())["service_projects.reports.overdue"]
    days = [item["dueOn"] for item in overdue]
    assert days == sorted(days) and all(day < clock.today().isoformat() for day in days)
    for item in overdue:
        assert item["kind"] == "MONTHLY_REPORT" and item["project"]["year"] == THIS_YEAR - 1
        owed = {"kind": item["kind"], "period": item["period"], "dueOn": item["dueOn"]}
        assert owed in item["project"]["overdueReports"]
    late = overdue[0]
    submitted = await yandu.ok(
        "submitServiceProjectReport",
        {
            "project": late["project"]["id"],
            "kind": "MONTHLY_REPORT",
            "period": late["period"],
            "submittedOn": clock.today().isoformat(),
            "summary": "补报：按计划推进",
        },
        REPORT,
    )
    assert submitted["report"]["period"] == late["period"]
    assert len(await all_overdue(yandu)) == 8
    assert (await yandu.indicators())["service_projects.reports.overdue"] == 8
    # Once per period.
    assert await yandu.refused(
        "submitServiceProjectReport",
        {
            "project": late["project"]["id"],
            "kind": "MONTHLY_REPORT",
            "period": late["period"],
            "submittedOn": clock.today().isoformat(),
            "summary": "重复",
        },
    ) == [("period", "DUPLICATE")]


async def test_last_years_projects_were_evaluated_with_scores(sp: Projects) -> None:
    data = await sp.of(YANDU).query(
        """query($year: Int) { serviceProjects(first: 100, filter: {year: $year}) { nodes {
            startedOn evaluation { kind score submittedOn } overdueReports { kind }
            reports(first: 100) { totalCount } } } }""",
        {"year": THIS_YEAR - 1},
    )
    for project in data["serviceProjects"]["nodes"]:
        assert project["evaluation"]["kind"] == "YEARLY_EVALUATION"
        assert 62 <= project["evaluation"]["score"] <= 98
        assert project["evaluation"]["submittedOn"] > f"{THIS_YEAR - 1}-12-31"
        # Every month it ran, both halves and the year: reported, or overdue.
        months = 12 - int(project["startedOn"][5:7]) + 1
        reported = project["reports"]["totalCount"] + len(project["overdueReports"])
        assert reported == months + 2 + 1


async def test_reports_follow_their_kind_and_the_projects_run(sp: Projects) -> None:
    community = (await sp.communities(1))[0]["id"]
    project = (
        await sp.project(
            community, startedOn=f"{THIS_YEAR}-02-01", year=THIS_YEAR, endsOn=f"{THIS_YEAR}-06-30"
        )
    )["id"]
    today = clock.today().isoformat()
    base = {"project": project, "submittedOn": today, "summary": "按计划推进"}
    cases: list[tuple[dict[str, Any], list[tuple[str, str]]]] = [
        ({"kind": "YEARLY_EVALUATION"}, [("score", "REQUIRED")]),
        ({"kind": "YEARLY_EVALUATION", "score": 101}, [("score", "OUT_OF_RANGE")]),
        ({"kind": "YEARLY_EVALUATION", "period": 2, "score": 80}, [("period", "OUT_OF_RANGE")]),
        ({"kind": "MONTHLY_REPORT", "period": 13}, [("period", "OUT_OF_RANGE")]),
        ({"kind": "MONTHLY_REPORT", "period": 3, "score": 70}, [("score", "INVALID")]),
        ({"kind": "HALF_YEAR_CHECK", "period": 3}, [("period", "OUT_OF_RANGE")]),
        ({"kind": "MONTHLY_REPORT", "period": 1}, [("period", "INVALID_PERIOD")]),
        ({"kind": "HALF_YEAR_CHECK", "period": 2}, [("period", "INVALID_PERIOD")]),
        (
            {"kind": "MONTHLY_REPORT", "period": 2, "submittedOn": f"{THIS_YEAR}-01-31"},
            [("submittedOn", "INVALID_PERIOD")],
        ),
        ({"kind": "MONTHLY_REPORT", "period": 2, "summary": ""}, [("summary", "REQUIRED")]),
    ]
    for change, expected in cases:
        assert await sp.refused("submitServiceProjectReport", {**base, **change}) == expected, (
            change
        )
    if clock.today() >= dt.date(THIS_YEAR, 2, 1):
        checked = await sp.ok(
            "submitServiceProjectReport",
            {**base, "kind": "HALF_YEAR_CHECK", "period": 1, "score": 88},
            REPORT,
        )
        assert checked["report"]["score"] == 88


async def test_a_district_sets_its_cycle_and_its_projects_owe_reports(sp: Projects) -> None:
    assert (await sp.indicators())["service_projects.reports.overdue"] == 0
    community = (await sp.communities(1))[0]["id"]
    old = THIS_YEAR - 2
    project = (await sp.project(community, year=old, startedOn=f"{old}-01-01"))["id"]
    cycle = await sp.ok(
        "setServiceProjectsCycle",
        {"since": f"{old}-01-01", "dueDays": 15},
        "cycle { since dueDays monthlyReports halfYearChecks yearlyEvaluation }",
    )
    assert cycle["cycle"] == {
        "since": f"{old}-01-01",
        "dueDays": 15,
        "monthlyReports": True,
        "halfYearChecks": True,
        "yearlyEvaluation": True,
    }
    owed = await sp.query(
        """query($id: ID!) { node(id: $id) { ... on ServiceProject {
            overdueReports { kind period dueOn } } } }""",
        {"id": project},
    )
    reports = owed["node"]["overdueReports"]
    assert len(reports) == 12 + 2 + 1
    assert {"kind": "YEARLY_EVALUATION", "period": 1, "dueOn": f"{old + 1}-01-15"} in reports
    assert {"kind": "MONTHLY_REPORT", "period": 2, "dueOn": f"{old}-03-15"} in reports
    total = (await sp.indicators())["service_projects.reports.overdue"]
    assert total >= 15
    assert (
        total
        == (await sp.query("{ overdueServiceProjectReports { totalCount } }"))[
            "overdueServiceProjectReports"
        ]["totalCount"]
    )
    # Only monthly reports now.
    await sp.ok(
        "setServiceProjectsCycle",
        {"since": f"{old}-01-01", "halfYearChecks": False, "yearlyEvaluation": False},
        "cycle { since }",
    )
    owed = await sp.query(
        """query($id: ID!) { node(id: $id) { ... on ServiceProject {
            overdueReports { kind } } } }""",
        {"id": project},
    )
    assert [r["kind"] for r in owed["node"]["overdueReports"]] == ["MONTHLY_REPORT"] * 12
    assert await sp.refused("setServiceProjectsCycle", {"since": "2024-01-01", "dueDays": 0}) == [
        ("dueDays", "OUT_OF_RANGE")
    ]


async def test_a_cursor_of_another_list_is_refused(sp: Projects) -> None:
    errors = await sp.h.errors(
        YANDU, '{ overdueServiceProjectReports(after: "bm9wZQ") { totalCount } }'
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
