"""Batched per-request loaders: one SQL statement per field, however many rows ask.

Declared through ``gridgov_loaders`` under ``service_projects.<name>`` (or kept per
argument value with ``cached_loader``) and fetched with ``info.context.loader(name)``.
Lists with cursors go through core's ``paginate`` (:mod:`.types`). A project's
records lie with the project, so for a project the viewer sees the sums cover all
of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Result, and_, func, select

from core import clock
from core.db.models import live
from core.graphql.context import Context, ContextLoader
from plugins.service_projects import models
from plugins.service_projects.domain import Cycle, DueReport, FundSource, ReportKind, Settings, owed
from plugins.service_projects.needs import Response, responses


def overdue(cycle: Cycle | None, project: Any, reports: Sequence[Any]) -> list[DueReport]:
    """What ``project`` (a row) owes by today and has not reported."""
    done = {(row.kind, row.period) for row in reports}
    return [
        due
        for due in owed(cycle, project.year, project.started_on, project.ends_on, clock.today())
        if (due.kind.value, due.period) not in done
    ]


def cycle_of(row: Any) -> Cycle | None:
    """The cycle a district's setting row describes (None without one)."""
    if row is None:
        return None
    return Cycle(
        since=row.since,
        due_days=row.due_days,
        monthly_reports=row.monthly_reports,
        half_year_checks=row.half_year_checks,
        yearly_evaluation=row.yearly_evaluation,
    )


def cycle_statement(district_id: int) -> Any:
    """The district's live cycle setting."""
    setting = models.CycleSetting.__table__
    return select(setting).where(setting.c.district_id == district_id, live(setting))


Execute = Callable[[Any], Awaitable[Result[Any]]]
"""Runs one statement: a session's ``execute`` or the request context's."""


async def overdue_in(
    execute: Execute, district_id: int, visible: ColumnElement[bool] | None
) -> list[tuple[int, DueReport]]:
    """What the district's live projects (those ``visible``) owe, in three statements.

    Returns:
        ``(project id, report owed)`` pairs, oldest due first.
    """
    cycle = cycle_of((await execute(cycle_statement(district_id))).first())
    if cycle is None:
        return []
    project, report = models.Project.__table__, models.Report.__table__
    where = [project.c.district_id == district_id, live(project)]
    if visible is not None:
        where.append(visible)
    rows = list(
        await execute(
            select(project.c.id, project.c.year, project.c.started_on, project.c.ends_on).where(
                *where
            )
        )
    )
    done: dict[int, list[Any]] = defaultdict(list)
    for row in await execute(
        select(report.c.project_id, report.c.kind, report.c.period)
        .join(project, project.c.id == report.c.project_id)
        .where(*where, live(report))
    ):
        done[row.project_id].append(row)
    found = [(row.id, due) for row in rows for due in overdue(cycle, row, done[row.id])]
    return sorted(found, key=lambda item: (item[1].due_on, item[0], item[1].kind, item[1].period))


class Spent(ContextLoader[Any, Any]):
    """Yuan each project spent, all sources together."""

    async def load_batch(self, keys: Sequence[int]) -> list[int]:
        spending = models.Spending
        result = await self.context.execute(
            select(spending.project_id, func.sum(spending.amount))
            .where(
                spending.project_id.in_(keys),
                spending.district_id == self.context.district_id,
                live(spending),
            )
            .group_by(spending.project_id)
        )
        rows: Sequence[Any] = result.all()
        found = {row[0]: int(row[1]) for row in rows}
        return [found.get(key, 0) for key in keys]


class Reported(ContextLoader[Any, Any]):
    """Each project's live reports (for its evaluation and what it still owes)."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[Any]]:
        report = models.Report.__table__
        result = await self.context.execute(
            select(report)
            .where(
                report.c.project_id.in_(keys),
                report.c.district_id == self.context.district_id,
                live(report),
            )
            .order_by(report.c.kind, report.c.period)
        )
        found: dict[int, list[Any]] = {key: [] for key in keys}
        for row in result:
            found[row.project_id].append(row)
        return [found[key] for key in keys]


class CycleOfDistrict(ContextLoader[Any, Any]):
    """The district's cycle of reports (the key is the district's id)."""

    async def load_batch(self, keys: Sequence[int]) -> list[Cycle | None]:
        row = (await self.context.execute(cycle_statement(self.context.district_id))).first()
        return [cycle_of(row) for _ in keys]


class Responses(ContextLoader[Any, Any]):
    """What other programmes recorded in answer to each need, through the hook."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[Response]]:
        context = self.context
        # The hook's implementations read on the request's session: keep other resolvers out.
        async with context.exclusive() as session:
            found = await responses(
                context.manager, context.enabled, session, context.district_id, keys
            )
        return [found[key] for key in keys]


@dataclass(frozen=True)
class FundBalance:
    """A community's party service fund for a year and what was spent from it."""

    community_id: int
    year: int
    amount: int
    set_by_district: bool
    spent: int


class Funds(ContextLoader[Any, Any]):
    """Each community's party service fund of one year, with what its projects spent from it."""

    def __init__(self, context: Context, year: int) -> None:
        super().__init__(context)
        self.year = year

    async def load_batch(self, keys: Sequence[int]) -> list[FundBalance]:
        fund, spending, project = models.Fund, models.Spending, models.Project
        district = self.context.district_id
        amounts = {
            row.community_id: row.amount
            for row in await self.context.execute(
                select(fund.community_id, fund.amount).where(
                    fund.community_id.in_(keys),
                    fund.year == self.year,
                    fund.district_id == district,
                    live(fund),
                )
            )
        }
        spent: dict[int, int] = {
            row.community_id: int(row.total)
            for row in await self.context.execute(
                select(project.community_id, func.sum(spending.amount).label("total"))
                .join(project, and_(project.id == spending.project_id, live(project)))
                .where(
                    project.community_id.in_(keys),
                    spending.district_id == district,
                    spending.source == FundSource.PARTY_SERVICE_FUND.value,
                    project.year == self.year,
                    live(spending),
                )
                .group_by(project.community_id)
            )
        }
        default = settings(self.context).party_service_fund
        return [
            FundBalance(
                community_id=key,
                year=self.year,
                amount=amounts.get(key, default),
                set_by_district=key in amounts,
                spent=spent.get(key, 0),
            )
            for key in keys
        ]


def settings(context: Context) -> Settings:
    """The programme's settings."""
    found: Settings = context.manager.settings("service_projects")
    return found


def funds(context: Context, year: int) -> Funds:
    """The request's loader of the party service funds of ``year``."""
    return context.cached_loader(("service_projects.funds", year), lambda: Funds(context, year))


def evaluation(rows: Sequence[Any]) -> Any:
    """The yearly evaluation among a project's reports, or None."""
    kind = ReportKind.YEARLY_EVALUATION.value
    return next((row for row in rows if row.kind == kind), None)


LOADERS = {
    "service_projects.spent": Spent,
    "service_projects.reports": Reported,
    "service_projects.cycle": CycleOfDistrict,
    "service_projects.responses": Responses,
}
