"""Tables of the red-property programme, all on core's declarative base.

Property companies, owners' committees, co-governance committees and the people
posted into them are core rows (organisations, posts); these tables hold what only
this programme records about them. Every row carries ``district_id`` (from
:class:`core.db.models.Tracked`) and every foreign key and filter column is indexed.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import NAME_LENGTH, Base, Tracked

TOPIC_LENGTH = 200
"""Longest topic of an evaluation session."""


class SiteLevel(StrEnum):
    """Who designated a demonstration site (示范点)."""

    PROVINCIAL = "provincial"  # 省级
    MUNICIPAL = "municipal"  # 市级
    DISTRICT = "district"  # 区级


class VenueKind(StrEnum):
    """The venues the programme opens on estates."""

    COUNCIL_HALL = "council_hall"  # 民情议事厅
    MUTUAL_HELP_CORNER = "mutual_help_corner"  # 邻里互助角


class PropertyService(Tracked, Base):
    """A property company (物业企业) serving an estate over a period.

    An estate has at most one company on any day; the mutations refuse overlapping
    periods (a database constraint cannot express this portably on SQLite).
    """

    __tablename__ = "red_property_service"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
        Index("ix_red_property_service_estate_start", "estate_id", "start_date"),
    )

    company_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    # Indexed by ix_red_property_service_estate_start, which leads with it.
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class Standard(Tracked, Base):
    """The red-property work standard (红色物业工作标准) an assessment is made against.

    The star thresholds live with the standard: the least weighted score (0–100)
    that earns two, three, four and five stars; any lower score earns one star.
    """

    __tablename__ = "red_property_standard"
    __table_args__ = (
        CheckConstraint(
            "0 < two_stars AND two_stars < three_stars AND three_stars < four_stars"
            " AND four_stars < five_stars AND five_stars <= 100",
            name="thresholds",
        ),
    )

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    adopted_on: Mapped[dt.date] = mapped_column(Date)
    two_stars: Mapped[int] = mapped_column(Integer)
    three_stars: Mapped[int] = mapped_column(Integer)
    four_stars: Mapped[int] = mapped_column(Integer)
    five_stars: Mapped[int] = mapped_column(Integer)


class AssessmentItem(Tracked, Base):
    """One item of a standard, with its weight in the weighted score."""

    __tablename__ = "red_property_item"
    __table_args__ = (
        UniqueConstraint("standard_id", "position"),
        CheckConstraint("weight BETWEEN 1 AND 100", name="weight"),
    )

    # Indexed by the unique (standard_id, position), which leads with it.
    standard_id: Mapped[int] = mapped_column(ForeignKey("red_property_standard.id"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    weight: Mapped[int] = mapped_column(Integer)


class Rating(Tracked, Base):
    """A yearly star rating (物业星级考评) of a company for one estate, from an assessment.

    ``score`` is the weighted mean of the item scores and ``stars`` follows from it
    by the standard's thresholds; neither is ever typed in.
    """

    __tablename__ = "red_property_rating"
    __table_args__ = (
        UniqueConstraint("company_id", "estate_id", "year"),
        CheckConstraint("stars BETWEEN 1 AND 5", name="stars"),
        CheckConstraint("score >= 0 AND score <= 100", name="score"),
        Index("ix_red_property_rating_estate_year", "estate_id", "year"),
        Index("ix_red_property_rating_district_year", "district_id", "year"),
    )

    # company_id and estate_id are indexed by the unique constraint and the
    # (estate_id, year) index, which lead with them.
    company_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"))
    standard_id: Mapped[int] = mapped_column(ForeignKey("red_property_standard.id"), index=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    score: Mapped[float] = mapped_column(Float)
    stars: Mapped[int] = mapped_column(Integer)


class ItemScore(Tracked, Base):
    """The score (0–100) an assessment gave one item of the standard."""

    __tablename__ = "red_property_score"
    __table_args__ = (
        UniqueConstraint("rating_id", "item_id"),
        CheckConstraint("score BETWEEN 0 AND 100", name="score"),
    )

    # Indexed by the unique (rating_id, item_id), which leads with it.
    rating_id: Mapped[int] = mapped_column(ForeignKey("red_property_rating.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("red_property_item.id"), index=True)
    score: Mapped[int] = mapped_column(Integer)


class Site(Tracked, Base):
    """A demonstration site (示范点): an estate or a property company, designated at a level."""

    __tablename__ = "red_property_site"
    __table_args__ = (
        CheckConstraint("(estate_id IS NULL) <> (company_id IS NULL)", name="estate_or_company"),
        Index("ix_red_property_site_district_level", "district_id", "level"),
    )

    estate_id: Mapped[int | None] = mapped_column(ForeignKey("estate.id"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))


class Venue(Tracked, Base):
    """A venue on an estate: a council hall (民情议事厅) or a mutual-help corner (邻里互助角)."""

    __tablename__ = "red_property_venue"
    __table_args__ = (
        UniqueConstraint("estate_id", "name"),
        Index("ix_red_property_venue_district_kind", "district_id", "kind"),
    )

    # Indexed by the unique (estate_id, name), which leads with it.
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"))
    kind: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    opened_on: Mapped[dt.date] = mapped_column(Date)


class EvaluationSession(Tracked, Base):
    """A "ten thousand evaluate and discuss" session (万人评万人议) of a co-governance committee."""

    __tablename__ = "red_property_session"
    __table_args__ = (
        CheckConstraint("households_reached >= 1", name="households"),
        Index("ix_red_property_session_committee_held", "committee_id", "held_on"),
    )

    # Indexed by ix_red_property_session_committee_held, which leads with it.
    committee_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(TOPIC_LENGTH))
    households_reached: Mapped[int] = mapped_column(Integer)


MODELS: tuple[type[Base], ...] = (
    PropertyService,
    Standard,
    AssessmentItem,
    Rating,
    ItemScore,
    Site,
    Venue,
    EvaluationSession,
)
"""Every model of the plugin, for ``gridgov_models``."""
