"""Tables of the co-creation programme: one project per estate and what each co produces.

Every row carries ``district_id`` (from :class:`core.db.models.Tracked`) so the
tables stay shardable by district. Vocabularies (stage, decision, ...) are stored
as the short strings of :mod:`plugins.four_beautiful.domain`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import NAME_LENGTH, Base, Tracked

TEXT_LENGTH = 2000
"""Longest free text (a proposal's content, a rule's wording)."""
NOTE_LENGTH = 500
"""Longest short note (a reason, a comment)."""

_STAGES = "'co_plan', 'co_build', 'co_manage', 'co_evaluate', 'co_share'"


def _unique_while_live(name: str, *columns: str) -> Index:
    """Unique among live rows only: what was archived can be recorded again.

    The mutations' duplicate checks ignore archived rows; a plain unique constraint
    would count them and refuse the new row with a false conflict for ever.
    """
    live = text("archived_at IS NULL")
    return Index(name, *columns, unique=True, sqlite_where=live, postgresql_where=live)


class Project(Tracked, Base):
    """A co-creation project (共同缔造项目): one live project per estate or rural settlement.

    An estate whose project was archived (abandoned, or started by mistake) can start
    another; the old one is then restored only once the new one is archived.
    """

    __tablename__ = "four_beautiful_project"
    __table_args__ = (
        _unique_while_live("uq_four_beautiful_project_live", "estate_id"),
        Index("ix_four_beautiful_project_district_stage", "district_id", "stage"),
        CheckConstraint(f"stage IN ({_STAGES})", name="stage"),
    )

    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    stage: Mapped[str] = mapped_column(String(16))
    started_on: Mapped[dt.date] = mapped_column(Date)


class MergedEstate(Tracked, Base):
    """A walled micro-estate merged into the project's estate (合心花园 merged eight)."""

    __tablename__ = "four_beautiful_merged_estate"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))


class StageChange(Tracked, Base):
    """The day a project entered a stage; its history over time."""

    __tablename__ = "four_beautiful_stage_change"
    __table_args__ = (
        UniqueConstraint("project_id", "stage"),
        CheckConstraint(f"stage IN ({_STAGES})", name="stage"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"))
    stage: Mapped[str] = mapped_column(String(16))
    entered_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(NOTE_LENGTH))


class Proposal(Tracked, Base):
    """共谋: a residents' proposal ("residents order, government delivers") and its decision."""

    __tablename__ = "four_beautiful_proposal"
    __table_args__ = (
        Index("ix_four_beautiful_proposal_project_status", "project_id", "status"),
        CheckConstraint("counted_supporters >= 0", name="counted_supporters"),
        CheckConstraint(
            "status IN ('pending', 'accepted', 'rejected', 'merged')", name="status_value"
        ),
        CheckConstraint("status <> 'rejected' OR reason IS NOT NULL", name="rejected_reason"),
        CheckConstraint("status <> 'merged' OR merged_into_id IS NOT NULL", name="merged_into"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"))
    proposer_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    content: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    counted_supporters: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(NOTE_LENGTH))
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("four_beautiful_proposal.id"), index=True
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)


class Support(Tracked, Base):
    """A named resident supporting a proposal (counted supporters are on the proposal)."""

    __tablename__ = "four_beautiful_support"
    __table_args__ = (
        _unique_while_live("uq_four_beautiful_support_live", "proposal_id", "person_id"),
    )

    proposal_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_proposal.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)


class Work(Tracked, Base):
    """共建: a work of the renovation, possibly one of the "five unifications", with progress."""

    __tablename__ = "four_beautiful_work"
    __table_args__ = (
        Index("ix_four_beautiful_work_project_unification", "project_id", "unification"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress"),
        CheckConstraint("progress < 100 OR finished_on IS NOT NULL", name="finished"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"))
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("four_beautiful_proposal.id"), index=True
    )
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    unification: Mapped[str | None] = mapped_column(String(32))
    progress: Mapped[int] = mapped_column(Integer, default=0)
    started_on: Mapped[dt.date] = mapped_column(Date)
    finished_on: Mapped[dt.date | None] = mapped_column(Date)


class Rule(Tracked, Base):
    """共管: a rule the estate agreed, kept by an organisation or a person."""

    __tablename__ = "four_beautiful_rule"
    __table_args__ = (
        CheckConstraint(
            "(keeper_organisation_id IS NULL) <> (keeper_person_id IS NULL)", name="one_keeper"
        ),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"), index=True)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    content: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    agreed_on: Mapped[dt.date] = mapped_column(Date)
    keeper_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), index=True
    )
    keeper_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)


class Evaluation(Tracked, Base):
    """共评: one person's scores of the four beauties in one round; one per person per round."""

    __tablename__ = "four_beautiful_evaluation"
    __table_args__ = (
        _unique_while_live(
            "uq_four_beautiful_evaluation_live", "project_id", "round", "evaluator_id"
        ),
        CheckConstraint("round >= 1", name="round"),
        CheckConstraint("role IN ('resident', 'party_member')", name="role"),
        *(
            CheckConstraint(f"{beauty}_score BETWEEN 0 AND 100", name=f"{beauty}_score")
            for beauty in ("organisation", "environment", "service", "life")
        ),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"))
    round: Mapped[int] = mapped_column(Integer)
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    organisation_score: Mapped[int] = mapped_column(Integer)
    environment_score: Mapped[int] = mapped_column(Integer)
    service_score: Mapped[int] = mapped_column(Integer)
    life_score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(String(NOTE_LENGTH))
    evaluated_on: Mapped[dt.date] = mapped_column(Date)


class Outcome(Tracked, Base):
    """共享: an outcome residents share, or an award such as demonstration estate (示范小区)."""

    __tablename__ = "four_beautiful_outcome"
    __table_args__ = (Index("ix_four_beautiful_outcome_project_kind", "project_id", "kind"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"))
    kind: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    description: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    awarded_by: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    achieved_on: Mapped[dt.date] = mapped_column(Date)


class Participation(Tracked, Base):
    """A person taking part in one stage of a project, as resident, party member or volunteer."""

    __tablename__ = "four_beautiful_participation"
    __table_args__ = (
        _unique_while_live(
            "uq_four_beautiful_participation_live", "project_id", "stage", "person_id", "capacity"
        ),
        CheckConstraint(f"stage IN ({_STAGES})", name="stage"),
        CheckConstraint("capacity IN ('resident', 'party_member', 'volunteer')", name="capacity"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("four_beautiful_project.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    stage: Mapped[str] = mapped_column(String(16))
    capacity: Mapped[str] = mapped_column(String(16))
    activity: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    took_part_on: Mapped[dt.date] = mapped_column(Date)


MODELS: tuple[type[Base], ...] = (
    Project,
    MergedEstate,
    StageChange,
    Proposal,
    Support,
    Work,
    Rule,
    Evaluation,
    Outcome,
    Participation,
)
