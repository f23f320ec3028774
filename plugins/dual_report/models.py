"""Tables of the dual-report programme, on core's declarative base.

A registration rests on core's in-service party member identity (``identity``),
which already names the person and the grid party branch they report to; the
registration adds what the programme records: the employer's party organisation,
the community served and the day of registering. Every row carries ``district_id``
(from :class:`core.db.models.Tracked`); every foreign key and filter column is indexed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import Base, Tracked
from plugins.dual_report.domain import DESCRIPTION_LENGTH, MINUTES_PER_DAY, NEED_ID_LENGTH

_LIVE = text("archived_at IS NULL")


class Registration(Tracked, Base):
    """An in-service party member reported to the grid party branch where they live (报到).

    One live registration per person (a partial unique index on both databases);
    an ended registration is archived and stays in the person's history.
    """

    __tablename__ = "dual_report_registration"
    __table_args__ = (
        Index(
            "uq_dual_report_registration_person_live",
            "person_id",
            unique=True,
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        ),
    )

    identity_id: Mapped[int] = mapped_column(ForeignKey("identity.id"), index=True)
    # The identity's person, kept here for the one-live-registration index.
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    # The community of the branch reported to: where the member lives and serves.
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    registered_on: Mapped[dt.date] = mapped_column(Date)


class Service(Tracked, Base):
    """A volunteer service a registered member did (志愿服务), in whole minutes."""

    __tablename__ = "dual_report_service"
    __table_args__ = (
        CheckConstraint(f"minutes > 0 AND minutes <= {MINUTES_PER_DAY}", name="minutes"),
        Index("ix_dual_report_service_registration_day", "registration_id", "served_on"),
    )

    # Indexed by ix_dual_report_service_registration_day, which leads with it.
    registration_id: Mapped[int] = mapped_column(ForeignKey("dual_report_registration.id"))
    served_on: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(DESCRIPTION_LENGTH))
    # Global ID of the need answered, as a programme reports it through gridgov_service_needs.
    need_id: Mapped[str | None] = mapped_column(String(NEED_ID_LENGTH), index=True)


class Claim(Tracked, Base):
    """A registered member claiming a need the community posted (认领); once per member and need."""

    __tablename__ = "dual_report_claim"
    __table_args__ = (
        Index(
            "uq_dual_report_claim_live",
            "registration_id",
            "need_id",
            unique=True,
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        ),
    )

    registration_id: Mapped[int] = mapped_column(
        ForeignKey("dual_report_registration.id"), index=True
    )
    need_id: Mapped[str] = mapped_column(String(NEED_ID_LENGTH), index=True)
    claimed_on: Mapped[dt.date] = mapped_column(Date)


MODELS: tuple[type[Base], ...] = (Registration, Service, Claim)
