"""Tables of the venues programme, on core's declarative base.

Every row carries ``district_id`` (from :class:`core.db.models.Tracked`); every
foreign key and filter column is indexed. Kinds are stored as the values of the
enums in :mod:`.domain`. Opening hours and services are parts of their venue,
archived and restored with it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import NAME_LENGTH, Base, Tracked, UtcDateTime
from plugins.venues.domain import TEXT_LENGTH


class Venue(Tracked, Base):
    """A venue (阵地): a service centre, a grid station, a warm heart station or a function site.

    It lies in a community, on one of its estates or not (a street's station on a
    road); its coordinates, when known, are stated in WGS-84 or GCJ-02.
    """

    __tablename__ = "venues_venue"
    __table_args__ = (
        CheckConstraint(
            "(longitude IS NULL) = (latitude IS NULL)"
            " AND (longitude IS NULL) = (coordinate_system IS NULL)",
            name="location",
        ),
        CheckConstraint(
            "(kind = 'function_site') = (function IS NOT NULL)", name="function_of_sites"
        ),
    )

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    estate_id: Mapped[int | None] = mapped_column(ForeignKey("estate.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    function: Mapped[str | None] = mapped_column(String(24), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    address: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    longitude: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    coordinate_system: Mapped[str | None] = mapped_column(String(8))


class OpeningHours(Tracked, Base):
    """When a venue is open on one day of the week (1 Monday .. 7 Sunday).

    ``closes_at`` 00:00 means midnight, so 00:00–00:00 is open all day.
    """

    __tablename__ = "venues_opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday"),
        Index("ix_venues_opening_hours_venue_weekday", "venue_id", "weekday"),
    )

    # Indexed by ix_venues_opening_hours_venue_weekday, which leads with it.
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues_venue.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    opens_at: Mapped[dt.time] = mapped_column(Time)
    closes_at: Mapped[dt.time] = mapped_column(Time)


class Service(Tracked, Base):
    """A service a venue offers, one row each."""

    __tablename__ = "venues_service"
    __table_args__ = (Index("ix_venues_service_venue_service", "venue_id", "service"),)

    # Indexed by ix_venues_service_venue_service, which leads with it.
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues_venue.id"))
    service: Mapped[str] = mapped_column(String(24), index=True)


class Asset(Tracked, Base):
    """A community asset in the registry (社区资产台账): a room, a space or a facility.

    An asset that stood idle (闲置) and was put to use records its use before and
    after and the day; it may now house one of the venues.
    """

    __tablename__ = "venues_asset"
    __table_args__ = (CheckConstraint("area > 0", name="area"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues_venue.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    area: Mapped[float] = mapped_column(Float)
    owner: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    # Whether it stood idle before it was put to use (闲置用房盘活).
    idle: Mapped[bool] = mapped_column(Boolean, index=True)
    use_before: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    use_after: Mapped[str | None] = mapped_column(String(TEXT_LENGTH))
    put_to_use_on: Mapped[dt.date | None] = mapped_column(Date)


class Booking(Tracked, Base):
    """A room booked by an organisation for a period; no two live bookings of a room overlap."""

    __tablename__ = "venues_booking"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="period"),
        Index("ix_venues_booking_room_starts", "room_id", "starts_at"),
    )

    # Indexed by ix_venues_booking_room_starts, which leads with it.
    room_id: Mapped[int] = mapped_column(ForeignKey("venues_asset.id"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    purpose: Mapped[str] = mapped_column(String(TEXT_LENGTH))


MODELS: tuple[type[Base], ...] = (Venue, OpeningHours, Service, Asset, Booking)
