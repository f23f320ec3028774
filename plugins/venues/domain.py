"""The programme's rules and vocabulary, free of GraphQL and SQL."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

PLUGIN = "venues"

TEXT_LENGTH = 200
"""Longest address, owner, use or purpose."""

MAX_BOOKING = dt.timedelta(hours=24)
"""A booking holds a room for at most a day."""

EARLIEST_START = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
"""Bookings start from 1900 in UTC (a local 1900-01-01 may still be 1899 in UTC)."""

MAP_LIMIT = 5000
"""Most venues one map answer carries (a district has a few hundred)."""


class VenueKind(StrEnum):
    """The kinds of venue (阵地) the programme records."""

    SERVICE_CENTRE = "service_centre"  # 党群服务中心
    GRID_STATION = "grid_station"  # 网格驿站
    WARM_HEART_STATION = "warm_heart_station"  # 暖心驿站
    FUNCTION_SITE = "function_site"  # 功能场所


class SiteFunction(StrEnum):
    """What a function site is for; only function sites have one."""

    RED_CINEMA = "red_cinema"  # 红色影院
    HEALTH_HUT = "health_hut"  # 健康小屋
    COURIERS_CLASSROOM = "couriers_classroom"  # 小哥课堂
    READING_ROOM = "reading_room"  # 书香驿站
    CHILDREN_HOME = "children_home"  # 儿童之家


class VenueService(StrEnum):
    """A service a venue offers."""

    AFFAIRS = "affairs"  # 政务代办
    DELIBERATION = "deliberation"  # 议事协商
    ACTIVITIES = "activities"  # 活动室
    DRINKING_WATER = "drinking_water"
    CHARGING = "charging"
    MICROWAVE = "microwave"
    REST = "rest"
    TOILET = "toilet"
    FIRST_AID = "first_aid"


class CoordinateSystem(StrEnum):
    """The datum a venue's coordinates are stated in."""

    WGS84 = "wgs84"  # GPS, and GeoJSON's own (RFC 7946)
    GCJ02 = "gcj02"  # 国测局坐标: what Chinese web maps (AMap, Tencent) show


class AssetKind(StrEnum):
    """What a registered community asset is; rooms can be booked."""

    ROOM = "room"  # 用房
    OPEN_SPACE = "open_space"  # 场地
    FACILITY = "facility"  # 设施


def deliberates(kind: str, services: set[str]) -> bool:
    """Whether residents deliberate at a venue: a service centre, or one offering deliberation."""
    return kind == VenueKind.SERVICE_CENTRE or VenueService.DELIBERATION in services


def open_at(opens: dt.time, closes: dt.time, at: dt.time) -> bool:
    """Whether opening hours ``opens``–``closes`` include ``at``; closing at 00:00 is midnight."""
    return opens <= at and (closes == dt.time(0) or at < closes)
