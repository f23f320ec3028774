"""Tables of the Six Haves programme, on core's declarative base.

Only what the platform does not already hold is recorded here: venues, rules and
funding of estates, and the snapshots of the cycle of checks. Organisations,
people and grids are core's rows and are read, never copied. Every row carries
``district_id`` (from :class:`core.db.models.Tracked`); every foreign key and
filter column is indexed.
"""

from __future__ import annotations

import datetime as dt

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
)
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import NAME_LENGTH, Base, Tracked
from plugins.six_haves.domain import TITLE_LENGTH


class Venue(Tracked, Base):
    """A venue recorded for an estate; where residents deliberate, a place to deliberate."""

    __tablename__ = "six_haves_venue"

    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(32))
    deliberation: Mapped[bool] = mapped_column(Boolean, default=True)
    opened_on: Mapped[dt.date | None] = mapped_column(Date)


class Rule(Tracked, Base):
    """A rule or agreement an estate adopted (居民公约, 议事规则...), in force until repealed."""

    __tablename__ = "six_haves_rule"
    __table_args__ = (
        CheckConstraint("repealed_on IS NULL OR repealed_on >= adopted_on", name="period"),
    )

    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    kind: Mapped[str] = mapped_column(String(32))
    adopted_on: Mapped[dt.date] = mapped_column(Date)
    adopted_by: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    repealed_on: Mapped[dt.date | None] = mapped_column(Date)


class Fund(Tracked, Base):
    """Money an estate has for a year from one source, in whole yuan."""

    __tablename__ = "six_haves_fund"
    __table_args__ = (
        CheckConstraint("amount > 0", name="positive"),
        Index("ix_six_haves_fund_estate_year", "estate_id", "year"),
    )

    # Indexed by ix_six_haves_fund_estate_year, which leads with it.
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"))
    source: Mapped[str] = mapped_column(String(24), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    year: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str | None] = mapped_column(String(TITLE_LENGTH))


class Snapshot(Tracked, Base):
    """The assessment of every estate of the district as it stood on a day."""

    __tablename__ = "six_haves_snapshot"
    __table_args__ = (
        UniqueConstraint("district_id", "kind", "as_of"),
        Index("ix_six_haves_snapshot_district_as_of", "district_id", "as_of"),
    )

    kind: Mapped[str] = mapped_column(String(16))
    as_of: Mapped[dt.date] = mapped_column(Date)


class SnapshotEstate(Tracked, Base):
    """One estate's result in a snapshot: which of the six it had (its score is their count)."""

    __tablename__ = "six_haves_snapshot_estate"
    __table_args__ = (UniqueConstraint("snapshot_id", "estate_id"),)

    # Indexed by the unique constraint, which leads with it.
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("six_haves_snapshot.id"))
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    organisation: Mapped[bool] = mapped_column(Boolean)
    people: Mapped[bool] = mapped_column(Boolean)
    place: Mapped[bool] = mapped_column(Boolean)
    rules: Mapped[bool] = mapped_column(Boolean)
    funds: Mapped[bool] = mapped_column(Boolean)
    network: Mapped[bool] = mapped_column(Boolean)


MODELS: tuple[type[Base], ...] = (Venue, Rule, Fund, Snapshot, SnapshotEstate)
