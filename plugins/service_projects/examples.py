"""Example data of the programme for an example district.

The article's figures (``[plugins.service_projects]`` of the district's TOML file)
are reproduced exactly: this year's secretary and service projects and what they
are budgeted (Tinghu: 216 and 493 projects, 16 million yuan; Yandu: 300+ projects,
50 million yuan), every community's party service fund (200,000 yuan, never
overspent) and, where the district runs the cycle (Yandu), last year's projects
with every monthly report, half-year check and scored yearly evaluation but a
given number of overdue reports, and this year's reports up to today. The
article does not count needs, resources or spending; they are generated at a
believable scale. Everything is drawn from ``example.random``, so the same file
always yields the same data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import insert, select

from core import clock
from core.contract import ExampleContext
from core.db import models as core
from core.db.models import Base
from core.examples import insert_rows
from plugins.service_projects import models
from plugins.service_projects.domain import (
    PERIODS,
    Category,
    Cycle,
    FundSource,
    NeedStatus,
    ProjectKind,
    ReportKind,
    ResourceKind,
    owed,
    period_bounds,
)

NEEDS = {
    Category.PARTY_EDUCATION: ("党员教育阵地缺少学习资料", "青少年红色教育活动需求"),
    Category.EMPLOYMENT: ("失业人员就业技能培训", "灵活就业人员创业指导"),
    Category.ELDERLY_CARE: ("独居老人助餐送餐", "高龄老人上门助浴", "老年人智能手机使用辅导"),
    Category.POVERTY_RELIEF: ("困难家庭子女课业辅导", "低保家庭临时救助"),
    Category.NEIGHBOURHOOD: ("小区路灯维修", "楼道杂物清理", "非机动车充电棚建设", "停车难问题"),
}
RESOURCES = (
    (ResourceKind.VENUE, "社区党群服务中心活动室"),
    (ResourceKind.VOLUNTEERS, "在职党员志愿服务队"),
    (ResourceKind.EXPERTISE, "共建单位专业服务"),
    (ResourceKind.FUNDS, "共建单位结对帮扶资金"),
    (ResourceKind.MATERIALS, "爱心企业捐赠物资"),
)
PROJECTS = {
    Category.PARTY_EDUCATION: ("红色驿站", "党员先锋岗", "初心课堂"),
    Category.EMPLOYMENT: ("就业服务站", "创业孵化", "技能培训"),
    Category.ELDERLY_CARE: ("银发助餐", "颐养之家", "孝老服务"),
    Category.POVERTY_RELIEF: ("困难帮扶", "微心愿", "爱心助学"),
    Category.NEIGHBOURHOOD: ("邻里守望", "小区微治理", "平安楼栋"),
}
SUMMARIES = {
    ReportKind.MONTHLY_REPORT: ("按计划推进", "完成阶段目标", "组织服务活动"),
    ReportKind.HALF_YEAR_CHECK: ("半年检查：进度符合计划", "半年检查：资金使用规范"),
    ReportKind.YEARLY_EVALUATION: ("年度评估：群众满意", "年度评估：目标完成"),
}


def partition(total: int, parts: int, rng: Any, unit: int = 1000) -> list[int]:
    """Split ``total`` yuan into ``parts`` uneven amounts, multiples of ``unit`` but for the
    last part's remainder, that add up exactly."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    scale = total / sum(weights)
    values = [int(w * scale) // unit * unit for w in weights]
    values[-1] += total - sum(values)
    return values


class _Generator:
    """One district's rows, built in memory and inserted a table at a time."""

    def __init__(self, example: ExampleContext, communities: list[int], units: list[int]) -> None:
        self.example, self.rng, self.figures = example, example.random, example.figures
        self.communities, self.units = communities, units
        self.today = clock.today()
        self.fund = int(self.figures.get("party_service_fund", 200_000))
        self.fund_used: dict[tuple[int, int], int] = defaultdict(int)

    def tracked(self, **values: Any) -> dict[str, Any]:
        return {"district_id": self.example.district_id, **values}

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    async def lists(self) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """Needs and resources of every community, by community."""
        rng = self.rng
        need_rows: list[dict[str, Any]] = []
        resource_rows: list[dict[str, Any]] = []
        for community in self.communities:
            for _ in range(self.figures.get("needs_per_community", 0)):
                category = rng.choice(list(NEEDS))
                met = rng.random() < 0.4
                raised = self.day(self.today - dt.timedelta(days=700), self.today)
                need_rows.append(
                    self.tracked(
                        community_id=community,
                        title=rng.choice(NEEDS[category]),
                        category=category.value,
                        description=None,
                        status=(NeedStatus.MET if met else NeedStatus.OPEN).value,
                        raised_on=raised,
                        closed_on=self.day(raised, self.today) if met else None,
                    )
                )
            for kind, title in rng.sample(
                RESOURCES, self.figures.get("resources_per_community", 0)
            ):
                resource_rows.append(
                    self.tracked(
                        community_id=community,
                        title=title,
                        kind=kind.value,
                        description=None,
                        provider_id=rng.choice(self.units) if self.units else None,
                    )
                )
        session = self.example.session
        needs, resources = defaultdict(list), defaultdict(list)
        for pk, row in zip(
            await insert_rows(session, models.Need, need_rows), need_rows, strict=True
        ):
            needs[row["community_id"]].append(pk)
        for pk, row in zip(
            await insert_rows(session, models.Resource, resource_rows), resource_rows, strict=True
        ):
            resources[row["community_id"]].append(pk)
        return needs, resources

    def projects(
        self, year: int, counts: dict[ProjectKind, int], budget: int
    ) -> list[dict[str, Any]]:
        """A year's projects, spread over the communities, their budgets adding up to ``budget``."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        named = (
            list(self.figures.get("named_secretary_projects", []))
            if year == self.today.year
            else []
        )
        last_start = min(dt.date(year, 3, 31), self.today)
        for kind, count in counts.items():
            for _ in range(count):
                category = rng.choice(list(PROJECTS))
                community = self.communities[len(rows) % len(self.communities)]
                suffix = "书记项目" if kind is ProjectKind.SECRETARY else "服务项目"
                title = (
                    named.pop(0)
                    if kind is ProjectKind.SECRETARY and named
                    else f"{rng.choice(PROJECTS[category])}{suffix}"
                )
                rows.append(
                    self.tracked(
                        community_id=community,
                        kind=kind.value,
                        title=title,
                        category=category.value,
                        year=year,
                        budget=0,
                        started_on=self.day(dt.date(year, 1, 1), last_start),
                        ends_on=None,
                    )
                )
        for row, amount in zip(rows, partition(budget, len(rows), rng), strict=True):
            row["budget"] = amount
        return rows

    def spending(
        self, pk: int, project: dict[str, Any], share: tuple[float, float]
    ) -> list[dict[str, Any]]:
        """A project's spending so far: from the party service fund while it lasts."""
        rng, year = self.rng, project["year"]
        end = min(dt.date(year, 12, 31), self.today)
        total = int(project["budget"] * rng.uniform(*share)) // 100 * 100
        rows = []
        for amount in partition(total, rng.randint(1, 3), rng, unit=100) if total >= 300 else []:
            if amount <= 0:
                continue
            key = (project["community_id"], year)
            if self.fund_used[key] + amount <= self.fund:
                self.fund_used[key] += amount
                source = FundSource.PARTY_SERVICE_FUND
            else:
                source = FundSource.IMPLEMENTATION_FUNDS
            rows.append(
                self.tracked(
                    project_id=pk,
                    amount=amount,
                    spent_on=self.day(project["started_on"], end),
                    source=source.value,
                    purpose=None,
                )
            )
        return rows

    def reports(
        self, pk: int, project: dict[str, Any], cycle: Cycle, skip: set[tuple[str, int]]
    ) -> list[dict[str, Any]]:
        """Every report of a period that ended before today, but those in ``skip``."""
        rng, rows = self.rng, []
        for kind in cycle.kinds():
            for period in range(1, PERIODS[kind] + 1):
                _, end = period_bounds(kind, project["year"], period)
                if end >= self.today or end < project["started_on"] or (kind.value, period) in skip:
                    continue
                late = end + dt.timedelta(days=rng.randint(1, cycle.due_days))
                evaluated = kind is not ReportKind.MONTHLY_REPORT
                rows.append(
                    self.tracked(
                        project_id=pk,
                        kind=kind.value,
                        period=period,
                        submitted_on=min(late, self.today),
                        summary=rng.choice(SUMMARIES[kind]),
                        score=rng.randint(*self.figures["scores"]) if evaluated else None,
                    )
                )
        return rows


async def load_service_projects_example(example: ExampleContext) -> None:
    """Generate the three lists, this year's projects and, with a cycle, last year's."""
    session, figures, d = example.session, example.figures, example.district_id
    communities = list(
        await session.scalars(
            select(core.Community.id)
            .where(core.Community.district_id == d)
            .order_by(core.Community.id)
        )
    )
    units = list(
        await session.scalars(
            select(core.Organisation.id)
            .where(core.Organisation.district_id == d, core.Organisation.kind == "co_building_unit")
            .order_by(core.Organisation.id)
        )
    )
    if not communities:
        return
    g = _Generator(example, communities, units)
    needs, resources = await g.lists()
    cycle_figures = figures.get("cycle")
    cycle = None
    if cycle_figures is not None:
        cycle = Cycle(
            since=cycle_figures["since"],
            due_days=cycle_figures["due_days"],
            monthly_reports=True,
            half_year_checks=True,
            yearly_evaluation=True,
        )
        session.add(
            models.CycleSetting(
                district_id=d,
                **cycle_figures,
                monthly_reports=True,
                half_year_checks=True,
                yearly_evaluation=True,
            )
        )
    years = [(g.today.year, figures["projects"], figures["budget_yuan"], (0.1, 0.6))]
    if "last_year" in figures:
        last = figures["last_year"]
        years.append((g.today.year - 1, last["projects"], last["budget_yuan"], (0.85, 1.0)))
    links: dict[type[Base], list[dict[str, Any]]] = defaultdict(list)
    spending, reports = [], []
    for year, counts, budget, share in years:
        kinds = {ProjectKind(kind): count for kind, count in counts.items()}
        rows = g.projects(year, kinds, budget)
        pks = await insert_rows(session, models.Project, rows)
        overdue = _overdue(example, cycle, year, list(zip(pks, rows, strict=True)))
        for pk, row in zip(pks, rows, strict=True):
            community = row["community_id"]
            if needs[community]:
                links[models.ProjectNeed].append(
                    g.tracked(project_id=pk, need_id=example.random.choice(needs[community]))
                )
            if resources[community]:
                links[models.ProjectResource].append(
                    g.tracked(
                        project_id=pk, resource_id=example.random.choice(resources[community])
                    )
                )
            spending += g.spending(pk, row, share)
            if cycle is not None:
                reports += g.reports(pk, row, cycle, overdue.get(pk, set()))
    for model, rows in links.items():
        await session.execute(insert(model), rows)
    for model, rows in ((models.Spending, spending), (models.Report, reports)):
        if rows:
            await session.execute(insert(model), rows)


def _overdue(
    example: ExampleContext,
    cycle: Cycle | None,
    year: int,
    projects: list[tuple[int, dict[str, Any]]],
) -> dict[int, set[tuple[str, int]]]:
    """The reports left overdue, chosen among last year's monthly reports (always owed by now)."""
    wanted = example.figures.get("overdue_reports", 0)
    if cycle is None or year != clock.today().year - 1 or not wanted:
        return {}
    today = clock.today()
    candidates = [
        (pk, due.kind.value, due.period)
        for pk, row in projects
        for due in owed(cycle, year, row["started_on"], row["ends_on"], today)
        if due.kind is ReportKind.MONTHLY_REPORT and due.period <= 11
    ]
    chosen: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for pk, kind, period in example.random.sample(candidates, wanted):
        chosen[pk].add((kind, period))
    return chosen
