"""Example data of the programme, from the figures it ships (``gridgov_example_figures``).

Tinghu's are the article's: 22 grid stations (网格驿站), 215 warm heart stations
(暖心驿站), 73 function sites (red cinemas, health huts, couriers' classrooms), and
a registry of 263 community assets in which idle rooms with 13,200 m² between them
were put to use; every community has its party-mass service centre. Yandu's are
not in the article: a believable smaller set. Bookings are not in the article either.
Every figure is reproduced exactly. Coordinates lie around each community's own
point near the district's centre: stations read off a web map are GCJ-02, the
others surveyed in WGS-84. Everything is drawn from ``example.random``, so the same
figures always yield the same data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import insert, select

from core import clock
from core.contract import ExampleContext
from core.db import models as core
from core.db.models import live
from core.examples import insert_rows
from plugins.venues import models
from plugins.venues.domain import AssetKind, CoordinateSystem, SiteFunction, VenueKind, VenueService
from plugins.venues.geo import wgs84_to_gcj02

FIGURES: dict[str, dict[str, Any]] = {
    "320902": {
        "grid_stations": 22,
        "warm_heart_stations": 215,
        "function_sites": {"red_cinema": 24, "health_hut": 31, "couriers_classroom": 18},
        "assets": 263,
        "idle_rooms": 148,
        "idle_area": 13200,
        "bookings": 600,
        "centre": [120.1620, 33.3850],
    },
    "320903": {
        "grid_stations": 16,
        "warm_heart_stations": 64,
        "function_sites": {
            "red_cinema": 9,
            "health_hut": 14,
            "couriers_classroom": 6,
            "reading_room": 11,
        },
        "assets": 120,
        "idle_rooms": 58,
        "idle_area": 5200,
        "bookings": 300,
        "centre": [120.0880, 33.3360],
    },
}
"""Per district code; any other district gets Yandu's, around its centre."""

TIMEZONE = dt.timezone(dt.timedelta(hours=8))
"""China Standard Time, in which the examples' rooms are booked."""

SERVICES = {
    VenueKind.SERVICE_CENTRE: (
        VenueService.AFFAIRS,
        VenueService.DELIBERATION,
        VenueService.ACTIVITIES,
        VenueService.DRINKING_WATER,
        VenueService.TOILET,
    ),
    VenueKind.GRID_STATION: (
        VenueService.AFFAIRS,
        VenueService.DELIBERATION,
        VenueService.DRINKING_WATER,
        VenueService.REST,
    ),
    VenueKind.WARM_HEART_STATION: (
        VenueService.DRINKING_WATER,
        VenueService.CHARGING,
        VenueService.MICROWAVE,
        VenueService.REST,
        VenueService.TOILET,
        VenueService.FIRST_AID,
    ),
    VenueKind.FUNCTION_SITE: (VenueService.ACTIVITIES,),
}
NAMES = {
    VenueKind.GRID_STATION: "网格驿站",
    VenueKind.WARM_HEART_STATION: "暖心驿站",
    SiteFunction.RED_CINEMA: "红色影院",
    SiteFunction.HEALTH_HUT: "健康小屋",
    SiteFunction.COURIERS_CLASSROOM: "小哥课堂",
    SiteFunction.READING_ROOM: "书香驿站",
    SiteFunction.CHILDREN_HOME: "儿童之家",
}
USES_BEFORE = ("闲置办公用房", "废弃仓库", "闲置门面房", "空置车库", "闲置配套用房", "废弃锅炉房")
USES_AFTER = ("居民议事室", "老年活动室", "四点半课堂", "党员活动室", "共享书屋", "调解室")
OWNERS = ("社区居委会", "街道办事处", "区住建局", "物业企业", "驻区单位", "区国资公司")
PURPOSES = ("党员学习日活动", "居民议事协商会", "志愿服务培训", "社区文艺排练", "健康知识讲座")
SLOTS = ((9, 11), (14, 16), (19, 21))
"""Local hours the examples book rooms for."""


def example_figures(district_code: str) -> dict[str, Any]:
    """The figures the plugin ships for a district."""
    return FIGURES.get(district_code, FIGURES["320903"])


async def load_venues_example(example: ExampleContext) -> None:
    """Venues, their hours, services and locations; the assets registry; room bookings."""
    session, rng, figures = example.session, example.random, example.figures
    d = example.district_id
    communities = list(
        await session.execute(
            select(core.Community.id, core.Community.name)
            .where(core.Community.district_id == d, live(core.Community))
            .order_by(core.Community.id)
        )
    )
    if not communities:
        return
    estates: dict[int, list[int]] = defaultdict(list)
    for estate, community in await session.execute(
        select(core.Estate.id, core.Estate.community_id)
        .where(core.Estate.district_id == d, live(core.Estate))
        .order_by(core.Estate.id)
    ):
        estates[community].append(estate)
    lon0, lat0 = figures.get("centre", FIGURES["320903"]["centre"])
    points = {
        pk: (lon0 + rng.uniform(-0.06, 0.06), lat0 + rng.uniform(-0.05, 0.05))
        for pk, _ in communities
    }
    today = clock.today()

    def venue(
        kind: VenueKind, community: int, name: str, function: str | None = None
    ) -> dict[str, Any]:
        lon, lat = points[community]
        lon, lat = lon + rng.uniform(-0.006, 0.006), lat + rng.uniform(-0.005, 0.005)
        system = CoordinateSystem.WGS84
        if kind is VenueKind.WARM_HEART_STATION:
            lon, lat = wgs84_to_gcj02(lon, lat)
            system = CoordinateSystem.GCJ02
        on_estate = (
            kind is not VenueKind.SERVICE_CENTRE and estates[community] and rng.random() < 0.6
        )
        return {
            "district_id": d,
            "community_id": community,
            "estate_id": rng.choice(estates[community]) if on_estate else None,
            "kind": kind.value,
            "function": function,
            "name": name,
            "address": None,
            "opened_on": today - dt.timedelta(days=rng.randrange(60, 6 * 365)),
            "longitude": round(lon, 7),
            "latitude": round(lat, 7),
            "coordinate_system": system.value,
        }

    rows = [venue(VenueKind.SERVICE_CENTRE, pk, f"{name}党群服务中心") for pk, name in communities]
    plan: list[tuple[VenueKind, str | None, int]] = [
        (VenueKind.GRID_STATION, None, figures.get("grid_stations", 0)),
        (VenueKind.WARM_HEART_STATION, None, figures.get("warm_heart_stations", 0)),
        *(
            (VenueKind.FUNCTION_SITE, function, count)
            for function, count in figures.get("function_sites", {}).items()
        ),
    ]
    for kind, function, count in plan:
        label = NAMES[SiteFunction(function)] if function else NAMES[kind]
        for i in range(count):
            pk, name = rng.choice(communities)
            rows.append(venue(kind, pk, f"{name}{label}{i + 1}号", function))
    venue_ids = await insert_rows(session, models.Venue, rows)

    services: list[dict[str, Any]] = []
    hours: list[dict[str, Any]] = []
    for pk, row in zip(venue_ids, rows, strict=True):
        kind = VenueKind(row["kind"])
        offered = SERVICES[kind]
        if kind is VenueKind.WARM_HEART_STATION:
            offered = tuple(
                s for s in offered if s is VenueService.DRINKING_WATER or rng.random() < 0.7
            )
        services += [{"district_id": d, "venue_id": pk, "service": s.value} for s in offered]
        all_day = kind is VenueKind.WARM_HEART_STATION and rng.random() < 0.3
        opens, closes = (
            (dt.time(0), dt.time(0))
            if all_day
            else (dt.time(7), dt.time(22))
            if kind is VenueKind.WARM_HEART_STATION
            else (dt.time(8, 30), dt.time(17, 30))
        )
        days = range(1, 8) if kind is not VenueKind.FUNCTION_SITE else range(1, 7)
        hours += [
            {
                "district_id": d,
                "venue_id": pk,
                "weekday": day,
                "opens_at": opens,
                "closes_at": closes,
            }
            for day in days
        ]
    await session.execute(insert(models.Service), services)
    await session.execute(insert(models.OpeningHours), hours)

    by_community: dict[int, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for pk, row in zip(venue_ids, rows, strict=True):
        by_community[row["community_id"]].append((pk, row))
    assets = _assets(example, communities, by_community)
    asset_ids = await insert_rows(session, models.Asset, assets)
    rooms = [pk for pk, row in zip(asset_ids, assets, strict=True) if row["kind"] == AssetKind.ROOM]
    organisations = list(
        await session.scalars(
            select(core.Organisation.id)
            .where(core.Organisation.district_id == d, live(core.Organisation))
            .order_by(core.Organisation.id)
            .limit(500)
        )
    )
    if rooms and organisations:
        await session.execute(insert(models.Booking), _bookings(example, rooms, organisations))


def _assets(
    example: ExampleContext,
    communities: list[Any],
    venues: dict[int, list[tuple[int, dict[str, Any]]]],
) -> list[dict[str, Any]]:
    """The registry: idle rooms put to use (whose areas add up to the figure), then the rest."""
    rng, figures, d = example.random, example.figures, example.district_id
    idle, total = figures.get("idle_rooms", 0), figures.get("assets", 0)
    area = figures.get("idle_area", 0)
    raw = [rng.uniform(30, 150) for _ in range(idle)]
    areas = [max(10, round(a * area / sum(raw))) for a in raw] if idle else []
    if areas:
        areas[areas.index(max(areas))] += area - sum(areas)
    today = clock.today()
    rows: list[dict[str, Any]] = []
    for i in range(total):
        community, name = rng.choice(communities)
        housed = [v for v in venues[community] if v[1]["kind"] != VenueKind.SERVICE_CENTRE]
        if i < idle:
            venue = rng.choice(housed) if housed and rng.random() < 0.5 else None
            rows.append(
                {
                    "district_id": d,
                    "community_id": community,
                    "venue_id": None if venue is None else venue[0],
                    "kind": AssetKind.ROOM.value,
                    "name": f"{name}闲置用房{i + 1}号",
                    "area": float(areas[i]),
                    "owner": rng.choice(OWNERS),
                    "idle": True,
                    "use_before": rng.choice(USES_BEFORE),
                    "use_after": venue[1]["name"] if venue else rng.choice(USES_AFTER),
                    "put_to_use_on": today - dt.timedelta(days=rng.randrange(30, 4 * 365)),
                }
            )
            continue
        kind = rng.choice(
            (AssetKind.ROOM, AssetKind.ROOM, AssetKind.OPEN_SPACE, AssetKind.FACILITY)
        )
        centre = venues[community][0][0]  # the community's service centre, inserted first
        rows.append(
            {
                "district_id": d,
                "community_id": community,
                "venue_id": centre if kind is AssetKind.ROOM else None,
                "kind": kind.value,
                "name": {
                    AssetKind.ROOM: f"{name}党群服务中心活动室{i + 1}号",
                    AssetKind.OPEN_SPACE: f"{name}文体广场{i + 1}号",
                    AssetKind.FACILITY: f"{name}健身设施{i + 1}号",
                }[kind],
                "area": float(rng.randrange(40, 600)),
                "owner": rng.choice(OWNERS),
                "idle": False,
                "use_before": None,
                "use_after": None,
                "put_to_use_on": None,
            }
        )
    return rows


def _bookings(
    example: ExampleContext, rooms: list[int], organisations: list[int]
) -> list[dict[str, Any]]:
    """Bookings of the rooms over the last and next weeks, never two at once in a room."""
    rng, d = example.random, example.district_id
    taken: set[tuple[int, dt.date, int]] = set()
    today = clock.today()
    rows: list[dict[str, Any]] = []
    while len(rows) < example.figures.get("bookings", 0):
        room, day, slot = (
            rng.choice(rooms),
            today + dt.timedelta(days=rng.randrange(-60, 30)),
            rng.randrange(len(SLOTS)),
        )
        if (room, day, slot) in taken:
            continue
        taken.add((room, day, slot))
        start, end = SLOTS[slot]
        rows.append(
            {
                "district_id": d,
                "room_id": room,
                "organisation_id": rng.choice(organisations),
                "starts_at": dt.datetime.combine(day, dt.time(start), TIMEZONE),
                "ends_at": dt.datetime.combine(day, dt.time(end), TIMEZONE),
                "purpose": rng.choice(PURPOSES),
            }
        )
    return rows
