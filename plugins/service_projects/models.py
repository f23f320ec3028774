"""Tables of the programme: the three lists, project links, spending, funds, reports, the cycle.

Every row carries ``district_id``; every foreign key and filter column is indexed.
Vocabularies are stored as the short strings of :mod:`.domain`, checked by the
database too. The links between a project and the needs and resources it answers
with are plain rows without an archive mark: they never keep a need or a resource
from being archived, and lists leave archived ones out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from core.db.models import NAME_LENGTH, Base, Tracked
from plugins.service_projects.domain import (
    SCORE_MAX,
    SCORE_MIN,
    TEXT_LENGTH,
    Category,
    FundSource,
    NeedStatus,
    ProjectKind,
    ReportKind,
    ResourceKind,
)

_LIVE = text("archived_at IS NULL")


def _one_of(column: str, values: Iterable[StrEnum]) -> CheckConstraint:
    """The column holds one of a vocabulary's values."""
    listed = ", ".join(f"'{value.value}'" for value in values)
    return CheckConstraint(f"{column} IN ({listed})", name=column)


class Need(Tracked, Base):
    """需求清单: a need residents raised, posted by the community; open until met or withdrawn."""

    __tablename__ = "service_projects_need"
    __table_args__ = (
        Index("ix_service_projects_need_community_status", "community_id", "status"),
        _one_of("status", NeedStatus),
        _one_of("category", Category),
        CheckConstraint("(status = 'open') = (closed_on IS NULL)", name="closed_on"),
    )

    # Indexed by ix_service_projects_need_community_status, which leads with it.
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    category: Mapped[str] = mapped_column(String(24))
    description: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    status: Mapped[str] = mapped_column(String(16))
    raised_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class Resource(Tracked, Base):
    """资源清单: something the community can draw on, possibly offered by a unit."""

    __tablename__ = "service_projects_resource"
    __table_args__ = (_one_of("kind", ResourceKind),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)


class Project(Tracked, Base):
    """项目清单: a secretary project or a service project of a community, for one year."""

    __tablename__ = "service_projects_project"
    __table_args__ = (
        Index("ix_service_projects_project_district_year_kind", "district_id", "year", "kind"),
        _one_of("kind", ProjectKind),
        _one_of("category", Category),
        CheckConstraint("budget >= 0", name="budget"),
        CheckConstraint("ends_on IS NULL OR ends_on >= started_on", name="period"),
    )

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    category: Mapped[str] = mapped_column(String(24))
    year: Mapped[int] = mapped_column(Integer)
    budget: Mapped[int] = mapped_column(BigInteger)
    started_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)


class _Link:
    """A project's link to a need or resource: a relation, never archived."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)

    @declared_attr
    def district_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("district.id"), index=True)

    project_id: Mapped[int] = mapped_column(ForeignKey("service_projects_project.id"))


class ProjectNeed(_Link, Base):
    """A need a project answers."""

    __tablename__ = "service_projects_project_need"
    __table_args__ = (UniqueConstraint("project_id", "need_id"),)

    need_id: Mapped[int] = mapped_column(ForeignKey("service_projects_need.id"), index=True)


class ProjectResource(_Link, Base):
    """A resource a project uses."""

    __tablename__ = "service_projects_project_resource"
    __table_args__ = (UniqueConstraint("project_id", "resource_id"),)

    resource_id: Mapped[int] = mapped_column(ForeignKey("service_projects_resource.id"), index=True)


class Spending(Tracked, Base):
    """Money a project spent, from one source, in whole yuan."""

    __tablename__ = "service_projects_spending"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        _one_of("source", FundSource),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("service_projects_project.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    spent_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(24))
    purpose: Mapped[str | None] = mapped_column(String(NAME_LENGTH))


class Fund(Tracked, Base):
    """A community's party service fund for a year, where the district set it (else the
    programme's default, 200,000 yuan)."""

    __tablename__ = "service_projects_fund"
    __table_args__ = (
        UniqueConstraint("community_id", "year"),
        CheckConstraint("amount >= 0", name="amount"),
    )

    # Indexed by the unique constraint, which leads with it.
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(BigInteger)


class Report(Tracked, Base):
    """A monthly report, half-year check or yearly evaluation of a project; once per period."""

    __tablename__ = "service_projects_report"
    __table_args__ = (
        Index(
            "uq_service_projects_report_live",
            "project_id",
            "kind",
            "period",
            unique=True,
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        ),
        _one_of("kind", ReportKind),
        CheckConstraint(
            f"score IS NULL OR score BETWEEN {SCORE_MIN} AND {SCORE_MAX}", name="score"
        ),
        CheckConstraint("kind <> 'yearly_evaluation' OR score IS NOT NULL", name="evaluated"),
        CheckConstraint("period BETWEEN 1 AND 12", name="period"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("service_projects_project.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    period: Mapped[int] = mapped_column(Integer)
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    score: Mapped[int | None] = mapped_column(Integer)


class CycleSetting(Tracked, Base):
    """The district's cycle of reports (Yandu: 每月通报、半年检查、年度评估); one per district."""

    __tablename__ = "service_projects_cycle"
    __table_args__ = (
        UniqueConstraint("district_id"),
        CheckConstraint("due_days BETWEEN 1 AND 90", name="due_days"),
    )

    since: Mapped[dt.date] = mapped_column(Date)
    due_days: Mapped[int] = mapped_column(Integer)
    monthly_reports: Mapped[bool] = mapped_column(Boolean)
    half_year_checks: Mapped[bool] = mapped_column(Boolean)
    yearly_evaluation: Mapped[bool] = mapped_column(Boolean)


MODELS: tuple[type[Base], ...] = (
    Need,
    Resource,
    Project,
    ProjectNeed,
    ProjectResource,
    Spending,
    Fund,
    Report,
    CycleSetting,
)
