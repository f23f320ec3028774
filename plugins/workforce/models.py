"""Tables of the workforce programme, on core's declarative base.

People are core's: an attendance, a certificate and a placement name core's ``person``
(a placement also the community worker ``identity`` it rests on), never a copy of
them. Every row carries ``district_id``; every foreign key and filter column is
indexed. Attendances and gradings are logs (no ``archived_at``): what happened stays
and never keeps anything from being archived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import Base, Tracked
from plugins.workforce.domain import (
    MAX_COURSE_HOURS,
    MAX_PAY,
    MAX_SEATS,
    TITLE_LENGTH,
    CertificateLevel,
    Channel,
)

_LIVE = text("archived_at IS NULL")


def _one_of(column: str, values: Iterable[StrEnum]) -> CheckConstraint:
    """The column holds one of a vocabulary's values."""
    listed = ", ".join(f"'{value.value}'" for value in values)
    return CheckConstraint(f"{column} IN ({listed})", name=column)


def _live_unique(name: str, *columns: str) -> Index:
    """A unique index among live rows, on SQLite and PostgreSQL."""
    return Index(name, *columns, unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE)


class Course(Tracked, Base):
    """A course of the district's training alliance (培训联盟), perhaps given by a member unit."""

    __tablename__ = "workforce_course"
    __table_args__ = (CheckConstraint(f"hours BETWEEN 1 AND {MAX_COURSE_HOURS}", name="hours"),)

    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    hours: Mapped[int] = mapped_column(Integer)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)


class Session(Tracked, Base):
    """One session of a course, held in a community on a day."""

    __tablename__ = "workforce_session"

    course_id: Mapped[int] = mapped_column(ForeignKey("workforce_course.id"), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)


class Attendance(Base):
    """A person attending a session: a log, never archived, once per person and session."""

    __tablename__ = "workforce_attendance"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    # Indexed by the unique constraint, which leads with it.
    session_id: Mapped[int] = mapped_column(ForeignKey("workforce_session.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )


class Certificate(Tracked, Base):
    """A social-work certificate (社工证) a person holds, registered with a community.

    One live certificate per person and level; a revoked one is archived.
    """

    __tablename__ = "workforce_certificate"
    __table_args__ = (
        _live_unique("uq_workforce_certificate_live", "person_id", "level"),
        _one_of("level", CertificateLevel),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    level: Mapped[str] = mapped_column(String(16), index=True)
    certified_on: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str | None] = mapped_column(String(TITLE_LENGTH))


class Grade(Tracked, Base):
    """A grade of the career system (等级) with its monthly pay band (薪酬档), in yuan."""

    __tablename__ = "workforce_grade"
    __table_args__ = (
        _live_unique("uq_workforce_grade_live", "district_id", "rank"),
        CheckConstraint(
            f"pay_min >= 1 AND pay_min <= pay_max AND pay_max <= {MAX_PAY}", name="pay"
        ),
        CheckConstraint("rank >= 1", name="rank"),
    )

    rank: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    pay_min: Mapped[int] = mapped_column(Integer)
    pay_max: Mapped[int] = mapped_column(Integer)


class Quota(Tracked, Base):
    """The seats for community workers a community may fill (职数); one live quota per community."""

    __tablename__ = "workforce_quota"
    __table_args__ = (
        _live_unique("uq_workforce_quota_live", "community_id"),
        CheckConstraint(f"seats BETWEEN 0 AND {MAX_SEATS}", name="seats"),
    )

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    seats: Mapped[int] = mapped_column(Integer)


class Placement(Tracked, Base):
    """A community worker filling a seat of a community's quota, from a day (recruitment).

    Rests on core's community worker identity; one live placement per person. Ending
    it (the worker left) archives it; its gradings stay as history.
    """

    __tablename__ = "workforce_placement"
    __table_args__ = (
        _live_unique("uq_workforce_placement_live", "person_id"),
        _one_of("channel", Channel),
    )

    quota_id: Mapped[int] = mapped_column(ForeignKey("workforce_quota.id"), index=True)
    # The quota's community, kept here for the scope and the community's lists.
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identity.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    channel: Mapped[str] = mapped_column(String(24))
    placed_on: Mapped[dt.date] = mapped_column(Date)


class Grading(Base):
    """A placed worker's grade from a day on (定级, then each promotion 晋升): a log.

    The worker's grade is their latest grading; one grading per placement and day.
    """

    __tablename__ = "workforce_grading"
    __table_args__ = (UniqueConstraint("placement_id", "since"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    # Indexed by the unique constraint, which leads with it.
    placement_id: Mapped[int] = mapped_column(ForeignKey("workforce_placement.id"))
    grade_id: Mapped[int] = mapped_column(ForeignKey("workforce_grade.id"), index=True)
    since: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )


MODELS: tuple[type[Base], ...] = (
    Course,
    Session,
    Attendance,
    Certificate,
    Grade,
    Quota,
    Placement,
    Grading,
)
