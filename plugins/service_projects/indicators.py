"""The programme's figures for ``District.indicators``, in nine SQL statements whatever the data.

Money and projects are this year's (the article's "a year" figures); evaluations are
last year's, the latest a yearly evaluation can be complete for. They count what the
viewer may read (``IndicatorContext.scope``): a community's staff see their
community's projects and fund.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select

from core import clock
from core.contract import Indicator, IndicatorContext
from core.db import models as core
from core.db.models import live
from plugins.service_projects import models
from plugins.service_projects.domain import (
    FundSource,
    NeedStatus,
    ProjectKind,
    ReportKind,
    Settings,
)
from plugins.service_projects.loaders import overdue_in

KIND_LABELS = {
    ProjectKind.SECRETARY: "Secretary projects this year (书记项目)",
    ProjectKind.SERVICE: "Service projects this year (为民服务项目)",
}
NEED_LABELS = {
    NeedStatus.OPEN: "Needs waiting on the needs lists (需求清单)",
    NeedStatus.MET: "Needs met",
    NeedStatus.WITHDRAWN: "Needs withdrawn",
}


def _readable(context: IndicatorContext, model: Any) -> list[Any]:
    """Live rows of ``model`` in the district that the viewer may read."""
    found = [model.district_id == context.district_id, live(model)]
    visible = context.scope.visible(model) if context.scope is not None else None
    return found if visible is None else [*found, visible]


async def service_projects_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Projects and money this year, funds, needs, resources, overdue reports, evaluations."""
    session, year = context.session, clock.today().year
    project, spending, need = models.Project, models.Spending, models.Need
    projects = {
        kind: (int(count), int(budget or 0))
        for kind, count, budget in await session.execute(
            select(project.kind, func.count(), func.sum(project.budget))
            .where(*_readable(context, project), project.year == year)
            .group_by(project.kind)
        )
    }
    spent = {
        source: int(total or 0)
        for source, total in await session.execute(
            select(spending.source, func.sum(spending.amount))
            .join(project, project.id == spending.project_id)
            .where(*_readable(context, project), project.year == year, live(spending))
            .group_by(spending.source)
        )
    }
    needs = dict(
        (
            await session.execute(
                select(need.status, func.count())
                .where(*_readable(context, need))
                .group_by(need.status)
            )
        ).all()
    )
    resources = await session.scalar(
        select(func.count()).where(*_readable(context, models.Resource))
    )
    settings: Settings = context.manager.settings("service_projects")
    fund = models.Fund
    funds = await session.scalar(
        select(func.coalesce(func.sum(func.coalesce(fund.amount, settings.party_service_fund)), 0))
        .select_from(core.Community)
        .outerjoin(
            fund,
            and_(fund.community_id == core.Community.id, fund.year == year, live(fund)),
        )
        .where(*_readable(context, core.Community))
    )
    report = models.Report
    evaluated, average = (
        await session.execute(
            select(func.count(), func.avg(report.score))
            .join(project, project.id == report.project_id)
            .where(
                *_readable(context, project),
                project.year == year - 1,
                report.kind == ReportKind.YEARLY_EVALUATION.value,
                live(report),
            )
        )
    ).one()
    visible = context.scope.visible(project) if context.scope is not None else None
    owed = len(await overdue_in(session.execute, context.district_id, visible))
    total_count = sum(count for count, _ in projects.values())
    return [
        Indicator("service_projects.projects", "Projects this year", total_count),
        *(
            Indicator(
                f"service_projects.projects.{kind.value}", label, projects.get(kind, (0, 0))[0]
            )
            for kind, label in KIND_LABELS.items()
        ),
        Indicator(
            "service_projects.budget",
            "Yuan budgeted for this year's projects",
            sum(budget for _, budget in projects.values()),
        ),
        Indicator(
            "service_projects.spent", "Yuan spent by this year's projects", sum(spent.values())
        ),
        Indicator(
            "service_projects.party_service_funds",
            "Yuan of communities' party service funds this year (党组织为民服务专项经费)",
            int(funds or 0),
        ),
        Indicator(
            "service_projects.party_service_funds.spent",
            "Yuan spent from the party service funds this year",
            spent.get(FundSource.PARTY_SERVICE_FUND.value, 0),
        ),
        *(
            Indicator(
                f"service_projects.needs.{status.value}", label, int(needs.get(status.value, 0))
            )
            for status, label in NEED_LABELS.items()
        ),
        Indicator(
            "service_projects.resources",
            "Resources on the resources lists (资源清单)",
            int(resources or 0),
        ),
        Indicator("service_projects.reports.overdue", "Reports past their due day", owed),
        Indicator(
            "service_projects.evaluations",
            "Last year's projects evaluated (年度评估)",
            int(evaluated or 0),
        ),
        Indicator(
            "service_projects.evaluations.average_score",
            "Average score of last year's yearly evaluations",
            round(float(average or 0), 1),
        ),
    ]
