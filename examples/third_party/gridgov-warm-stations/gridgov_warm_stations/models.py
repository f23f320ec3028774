"""Tables of the warm-stations plugin: stations, the services they offer, visits."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.db.models import NAME_LENGTH, Base, Tracked


class Service(StrEnum):
    """What a station offers; stored as the value."""

    DRINKING_WATER = "drinking_water"  # 饮水
    CHARGING = "charging"  # 充电
    MICROWAVE = "microwave"  # 热饭
    REST = "rest"  # 休息
    TOILET = "toilet"  # 如厕
    FIRST_AID = "first_aid"  # 应急药箱
    WIFI = "wifi"  # 无线网络
    SHELTER = "shelter"  # 避暑取暖


class WorkerKind(StrEnum):
    """Who came in; stored as the value."""

    COURIER = "courier"  # 快递员
    DELIVERY_RIDER = "delivery_rider"  # 外卖骑手
    SANITATION_WORKER = "sanitation_worker"  # 环卫工人
    RIDE_HAILING_DRIVER = "ride_hailing_driver"  # 网约车司机
    OTHER = "other"


class Station(Tracked, Base):
    """暖心驿站: a station in a community, optionally in one of its estates or hosted by a unit.

    Closing a station archives it (core's ``archive`` mutation); its visits stay.
    """

    __tablename__ = "warm_stations_station"
    __table_args__ = (
        UniqueConstraint("community_id", "name"),
        CheckConstraint("closes_at > opens_at", name="hours"),
    )

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    estate_id: Mapped[int | None] = mapped_column(ForeignKey("estate.id"), index=True)
    host_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    address: Mapped[str | None] = mapped_column(String(200))
    opens_at: Mapped[dt.time] = mapped_column(Time)
    closes_at: Mapped[dt.time] = mapped_column(Time)
    opened_on: Mapped[dt.date] = mapped_column(Date)


class StationService(Base):
    """One service a station offers.

    A row per service rather than a list column, so "stations offering X" is an
    indexed lookup on every database. Not archived: a service is withdrawn by
    deleting its row.
    """

    __tablename__ = "warm_stations_service"
    __table_args__ = (
        UniqueConstraint("station_id", "service"),
        Index("ix_warm_stations_service_district_service", "district_id", "service"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("warm_stations_station.id"), index=True)
    service: Mapped[str] = mapped_column(String(32))


class Visit(Base):
    """One outdoor worker using one service of a station.

    A log, never archived: so it does not carry ``archived_at`` and never keeps a
    station from being closed.
    """

    __tablename__ = "warm_stations_visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("warm_stations_station.id"), index=True)
    worker_kind: Mapped[str] = mapped_column(String(32))
    service: Mapped[str] = mapped_column(String(32))
    visited_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
