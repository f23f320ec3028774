"""Tables of the programme: event types, events and their history.

Every row carries ``district_id`` (from :class:`core.db.models.Tracked`); every
foreign key and filter column is indexed. An event stores where it happened at every
level of the grid tree (grid, the top-level grid covering it, community, street), so
each list and each subscription scope is one indexed condition, never a join.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import NAME_LENGTH, Base, History, Tracked, UtcDateTime

DESCRIPTION_LENGTH = 2000
NOTE_LENGTH = 500
TYPE_DESCRIPTION_LENGTH = 500


class EventType(Tracked, Base):
    """A kind of event a district handles (Open311's service definition).

    ``fields`` holds the extra fields a report of this type gives, as a list of
    :class:`plugins.grid_events.domain.FieldSpec` in their stored form.
    """

    __tablename__ = "grid_events_type"
    __table_args__ = (
        UniqueConstraint("district_id", "code"),
        CheckConstraint("time_limit_hours BETWEEN 1 AND 8760", name="time_limit"),
    )

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    category: Mapped[str] = mapped_column(String(24), index=True)
    description: Mapped[str | None] = mapped_column(String(TYPE_DESCRIPTION_LENGTH))
    time_limit_hours: Mapped[int] = mapped_column(Integer)
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class Event(Tracked, Base):
    """An event (民生事项) reported in a grid, and where its handling stands.

    ``version`` grows by one with every change; a change is written with
    ``UPDATE ... WHERE version = <the version read>``, so of two people acting on
    the same event at once exactly one succeeds.
    """

    __tablename__ = "grid_events_event"
    __table_args__ = (
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="rating"),
        CheckConstraint("version >= 1", name="version"),
        Index("ix_grid_events_event_district_status_due", "district_id", "status", "due_at"),
        Index("ix_grid_events_event_district_reported", "district_id", "reported_at"),
        Index("ix_grid_events_event_district_resolved", "district_id", "resolved_at"),
    )

    type_id: Mapped[int] = mapped_column(ForeignKey("grid_events_type.id"), index=True)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"), index=True)
    # The top-level grid covering it: the grid itself, or a micro-grid's parent.
    area_grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    street_id: Mapped[int] = mapped_column(ForeignKey("street.id"), index=True)
    estate_id: Mapped[int | None] = mapped_column(ForeignKey("estate.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    reported_as: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(String(DESCRIPTION_LENGTH))
    field_values: Mapped[dict[str, Any]] = mapped_column(JSON)
    photos: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(16))
    reported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("grid_events_event.id"), index=True
    )
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # Hours from reporting to resolution, kept so the median is one portable query.
    resolution_hours: Mapped[float | None] = mapped_column(Float)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Transition(History, Tracked, Base):
    """One change of an event's status, kept for good: who, when, from, to and why.

    History (:class:`core.db.models.History`): never archived, so it cannot be erased.

    Who: ``account_id``, the signed-in account that made the change. Changes made
    before accounts existed (and the example history) name a person in
    ``actor_id`` instead; both are null for changes the system made (automatic
    escalation of overdue events).
    """

    __tablename__ = "grid_events_transition"
    __table_args__ = (Index("ix_grid_events_transition_event_at", "event_id", "at"),)

    # Indexed by ix_grid_events_transition_event_at, which leads with it.
    event_id: Mapped[int] = mapped_column(ForeignKey("grid_events_event.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(16))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    note: Mapped[str | None] = mapped_column(String(NOTE_LENGTH))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


MODELS: tuple[type[Base], ...] = (EventType, Event, Transition)
"""Every model of the plugin, for ``gridgov_models``."""
