"""The programme's vocabulary, its settings, and the cycle of reports, free of GraphQL and SQL."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

PLUGIN = "service_projects"

TEXT_LENGTH = 2000
"""Longest free text (a need's description, a report's summary)."""

MAX_YUAN = 10**12
"""Largest amount of money the programme records, in yuan."""

FIRST_YEAR = 2000
"""Earliest year of a project."""

SCORE_MIN, SCORE_MAX = 0, 100
"""Scores of checks and evaluations."""


class ProjectKind(StrEnum):
    """Who leads a project."""

    SECRETARY = "secretary"  # 书记项目: led by the community party secretary
    SERVICE = "service"  # 为民服务项目


class Category(StrEnum):
    """What a need or a project is about (the article's fields of service)."""

    PARTY_EDUCATION = "party_education"  # 党性教育
    EMPLOYMENT = "employment"  # 就业创业
    ELDERLY_CARE = "elderly_care"  # 颐养救助
    POVERTY_RELIEF = "poverty_relief"  # 扶贫救助
    NEIGHBOURHOOD = "neighbourhood"  # 群众小事、难事、急事
    OTHER = "other"


class NeedStatus(StrEnum):
    """Where a need on the needs list stands."""

    OPEN = "open"
    MET = "met"
    WITHDRAWN = "withdrawn"


class ResourceKind(StrEnum):
    """What a resource on the resources list is."""

    VENUE = "venue"  # 场地阵地
    VOLUNTEERS = "volunteers"  # 志愿力量
    EXPERTISE = "expertise"  # 专业服务
    FUNDS = "funds"  # 资金
    MATERIALS = "materials"  # 物资
    OTHER = "other"


class FundSource(StrEnum):
    """Where money a project spends comes from."""

    PARTY_SERVICE_FUND = "party_service_fund"  # 社区党组织为民服务专项经费: within the fund
    IMPLEMENTATION_FUNDS = "implementation_funds"  # 服务项目实施经费 the district allocates
    OTHER = "other"  # social support, co-building units


class ReportKind(StrEnum):
    """The cycle of reports (每月通报、半年检查、年度评估)."""

    MONTHLY_REPORT = "monthly_report"
    HALF_YEAR_CHECK = "half_year_check"
    YEARLY_EVALUATION = "yearly_evaluation"


PERIODS = {
    ReportKind.MONTHLY_REPORT: 12,
    ReportKind.HALF_YEAR_CHECK: 2,
    ReportKind.YEARLY_EVALUATION: 1,
}
"""How many periods of each kind a year has (months, halves, the year)."""


@dataclass(frozen=True)
class Settings:
    """Settings of the programme, from ``GRIDGOV_SERVICE_PROJECTS__<NAME>``.

    Attributes:
        party_service_fund: Yuan a community's party service fund holds a year unless
            the district set another amount for that community and year.
    """

    party_service_fund: int = 200_000

    def __post_init__(self) -> None:
        if not 0 <= self.party_service_fund <= MAX_YUAN:
            raise ValueError(f"party_service_fund must be between 0 and {MAX_YUAN}")


def period_bounds(kind: ReportKind, year: int, period: int) -> tuple[dt.date, dt.date]:
    """First and last day of a report's period: a month, a half-year or the year."""
    if kind is ReportKind.MONTHLY_REPORT:
        first_month, last_month = period, period
    elif kind is ReportKind.HALF_YEAR_CHECK:
        first_month, last_month = 6 * period - 5, 6 * period
    else:
        first_month, last_month = 1, 12
    last_day = calendar.monthrange(year, last_month)[1]
    return dt.date(year, first_month, 1), dt.date(year, last_month, last_day)


@dataclass(frozen=True)
class Cycle:
    """A district's cycle of reports: which kinds are due, from when, how long after."""

    since: dt.date
    due_days: int
    monthly_reports: bool
    half_year_checks: bool
    yearly_evaluation: bool

    def kinds(self) -> list[ReportKind]:
        """The kinds of report the cycle asks for."""
        wanted = (self.monthly_reports, self.half_year_checks, self.yearly_evaluation)
        return [kind for kind, on in zip(ReportKind, wanted, strict=True) if on]


@dataclass(frozen=True)
class DueReport:
    """A report a project owes: its kind, period and the last day it is on time."""

    kind: ReportKind
    period: int
    due_on: dt.date


def runs_in(
    year: int, started_on: dt.date, ends_on: dt.date | None, start: dt.date, end: dt.date
) -> bool:
    """Whether a project of ``year`` runs on some day from ``start`` to ``end``."""
    last = ends_on or dt.date(year, 12, 31)
    return start <= last and end >= started_on


def owed(
    cycle: Cycle | None,
    year: int,
    started_on: dt.date,
    ends_on: dt.date | None,
    today: dt.date,
) -> list[DueReport]:
    """The reports a project owes by ``today`` under ``cycle``: each period it ran in
    (from the cycle's start) whose due day, ``due_days`` after the period, has passed."""
    if cycle is None:
        return []
    found = []
    for kind in cycle.kinds():
        for period in range(1, PERIODS[kind] + 1):
            start, end = period_bounds(kind, year, period)
            due = end + dt.timedelta(days=cycle.due_days)
            if (
                end >= cycle.since
                and due < today
                and runs_in(year, started_on, ends_on, start, end)
            ):
                found.append(DueReport(kind, period, due))
    return found
