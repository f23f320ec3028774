"""service_projects: the article's figures from Tinghu's and Yandu's example data."""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any

from core.examples import EXAMPLES_DIR
from core.testing import YANDU
from tests.plugins.service_projects.conftest import THIS_YEAR

if TYPE_CHECKING:
    from tests.plugins.service_projects.conftest import Projects


def figures(name: str) -> dict[str, Any]:
    spec: dict[str, Any] = tomllib.loads((EXAMPLES_DIR / f"{name}.toml").read_text("utf-8"))
    return spec


async def test_tinghu_reproduces_the_article(sp: Projects) -> None:
    values = await sp.indicators()
    # 216项书记项目, 为民服务项目493个, 每年下达服务项目实施经费1600余万元.
    assert values["service_projects.projects.secretary"] == 216
    assert values["service_projects.projects.service"] == 493
    assert values["service_projects.projects"] == 709
    budget = figures("tinghu")["plugins"]["service_projects"]["budget_yuan"]
    assert values["service_projects.budget"] == budget
    assert 16_000_000 <= budget < 17_000_000
    # 每个社区每年20万元的党组织为民服务专项经费, for Tinghu's 70 communities.
    assert values["service_projects.party_service_funds"] == 70 * 200_000
    assert 0 < values["service_projects.party_service_funds.spent"] <= 70 * 200_000
    assert 0 < values["service_projects.spent"] <= budget
    assert values["service_projects.reports.overdue"] == 0  # Tinghu runs no cycle
    assert values["service_projects.needs.open"] > 0 and values["service_projects.resources"] > 0
    named = await sp.query(
        '{ serviceProjects(first: 5, filter: {kind: SECRETARY, search: "党旗飘"}) {'
        " nodes { title kind year } } }"
    )
    assert named["serviceProjects"]["nodes"] == [
        {"title": "口岸党旗飘", "kind": "SECRETARY", "year": THIS_YEAR}
    ]
    assert (await sp.query("{ serviceProjectsCycle { since } }"))["serviceProjectsCycle"] is None


async def test_yandu_reproduces_the_article(sp: Projects) -> None:
    yandu = sp.of(YANDU)
    spec = figures("yandu")["plugins"]["service_projects"]
    values = await yandu.indicators()
    # 每年财政投入5000多万元，实施为民服务项目300多个.
    assert values["service_projects.projects"] == spec["projects"]["service"] > 300
    assert values["service_projects.budget"] == spec["budget_yuan"] > 50_000_000
    # 每月通报、半年检查、年度评估: last year's projects were all evaluated with a score.
    assert values["service_projects.evaluations"] == spec["last_year"]["projects"]["service"]
    low, high = spec["scores"]
    assert low <= values["service_projects.evaluations.average_score"] <= high
    assert values["service_projects.reports.overdue"] == spec["overdue_reports"]
    cycle = await yandu.query(
        "{ serviceProjectsCycle { since dueDays monthlyReports halfYearChecks yearlyEvaluation } }"
    )
    assert cycle["serviceProjectsCycle"] == {
        "since": "2015-01-01",
        "dueDays": 10,
        "monthlyReports": True,
        "halfYearChecks": True,
        "yearlyEvaluation": True,
    }


async def test_no_community_spent_more_than_its_fund(sp: Projects) -> None:
    for district in (sp, sp.of(YANDU)):
        data = await district.query(
            """query($year: Int) { district { communities(first: 100) { nodes {
                partyServiceFund(year: $year) { amount spent remaining } } } } }""",
            {"year": THIS_YEAR},
        )
        funds = [c["partyServiceFund"] for c in data["district"]["communities"]["nodes"]]
        assert all(f["amount"] == 200_000 and 0 <= f["spent"] <= 200_000 for f in funds)
        assert all(f["remaining"] == f["amount"] - f["spent"] for f in funds)
        assert any(f["spent"] > 0 for f in funds)


async def test_every_project_answers_a_need_with_a_resource_within_budget(sp: Projects) -> None:
    data = await sp.query(
        """query($year: Int) { serviceProjects(first: 100, filter: {year: $year}) { totalCount
            nodes { budget spent remaining community { id }
            needs(first: 5) { nodes { community { id } } }
            resources(first: 5) { nodes { community { id } } } } } }""",
        {"year": THIS_YEAR},
    )
    assert data["serviceProjects"]["totalCount"] == 709
    for project in data["serviceProjects"]["nodes"]:
        assert 0 <= project["spent"] <= project["budget"]
        assert project["remaining"] == project["budget"] - project["spent"]
        linked = project["needs"]["nodes"] + project["resources"]["nodes"]
        assert len(linked) == 2
        assert all(item["community"] == project["community"] for item in linked)
