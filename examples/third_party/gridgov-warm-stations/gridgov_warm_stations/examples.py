"""Example warm stations, from the figures the plugin ships.

Tinghu's are the article's (215 stations); any other district gets a smaller
network. Gridgov's own example files need not know the plugin exists:
``gridgov plugins load-example warm_stations --district CODE`` loads them into a
district loaded before, and ``gridgov load-example tinghu`` where Tinghu's file lists
the plugin in ``enables``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from core.contract import ExampleContext
from core.db import models
from core.examples import insert_rows, spread
from gridgov_warm_stations.models import Service, Station, StationService, Visit, WorkerKind

HOURS = ((dt.time(7), dt.time(21)), (dt.time(8), dt.time(20)), (dt.time(6), dt.time(23, 30)))
"""Opening hours the example stations keep."""

ALWAYS = (Service.DRINKING_WATER, Service.REST, Service.CHARGING)
"""What every example station offers; the others are drawn per station."""

WORKERS = (
    (WorkerKind.DELIVERY_RIDER, 5),
    (WorkerKind.COURIER, 4),
    (WorkerKind.SANITATION_WORKER, 2),
    (WorkerKind.RIDE_HAILING_DRIVER, 1),
    (WorkerKind.OTHER, 1),
)
"""Who visits, with weights."""

TINGHU = "320902"
FIGURES: dict[str, dict[str, Any]] = {
    TINGHU: {"stations": 215, "visits_per_station": 40},  # 暖心驿站 for couriers and riders
}
"""The figures per district code; ``visits_per_station`` (at scale 1.0) is not in the
article, only example activity."""
ELSEWHERE: dict[str, Any] = {"stations": 30, "visits_per_station": 40}
"""The figures of any other district."""


def figures(district_code: str) -> dict[str, Any]:
    """The figures the plugin ships for a district (``gridgov_example_figures``)."""
    return FIGURES.get(district_code, ELSEWHERE)


async def load_warm_stations(example: ExampleContext) -> None:
    """Spread ``stations`` over the communities, a third each in the community's own
    premises, in one of its estates and at a co-building unit; record visits.

    Figures (:func:`figures`, or ``--figures FILE``): ``stations`` (Tinghu: 215), and
    ``visits_per_station`` at scale 1.0.
    """
    rng, session, d = example.random, example.session, example.district_id
    stations = int(example.figures.get("stations", 0))
    if stations == 0:
        return
    communities = (
        await session.execute(
            select(models.Community.id, models.Community.name)
            .where(models.Community.district_id == d)
            .order_by(models.Community.code)
        )
    ).all()
    estates: dict[int, list[int]] = {}
    for estate, community in await session.execute(
        select(models.Estate.id, models.Estate.community_id)
        .where(models.Estate.district_id == d)
        .order_by(models.Estate.id)
    ):
        estates.setdefault(community, []).append(estate)
    hosts = list(
        await session.scalars(
            select(models.Organisation.id)
            .where(
                models.Organisation.district_id == d,
                models.Organisation.kind == "co_building_unit",
            )
            .order_by(models.Organisation.id)
        )
    )
    rows: list[dict[str, Any]] = []
    for (community_id, community_name), count in zip(
        communities, spread(stations, len(communities)), strict=True
    ):
        for number in range(1, count + 1):
            where = len(rows) % 3
            estate_id = (
                rng.choice(estates[community_id])
                if where == 1 and estates.get(community_id)
                else None
            )
            host_id = rng.choice(hosts) if where == 2 and hosts else None
            opens_at, closes_at = rng.choice(HOURS)
            rows.append(
                {
                    "district_id": d,
                    "community_id": community_id,
                    "estate_id": estate_id,
                    "host_id": host_id,
                    "name": f"{community_name}暖心驿站{number}号",
                    "address": None,
                    "opens_at": opens_at,
                    "closes_at": closes_at,
                    "opened_on": dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(700)),
                }
            )
    station_ids = await insert_rows(session, Station, rows)
    extras = [service for service in Service if service not in ALWAYS]
    offered: dict[int, list[Service]] = {
        sid: [*ALWAYS, *rng.sample(extras, rng.randrange(len(extras) + 1))] for sid in station_ids
    }
    await insert_rows(
        session,
        StationService,
        [
            {"district_id": d, "station_id": sid, "service": service.value}
            for sid, services in offered.items()
            for service in services
        ],
    )
    per_station = float(example.figures.get("visits_per_station", 0)) * example.scale
    total = round(per_station * len(station_ids))
    kinds, weights = [kind for kind, _ in WORKERS], [weight for _, weight in WORKERS]
    start = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    visits = []
    for _ in range(total):
        sid = rng.choice(station_ids)
        visits.append(
            {
                "district_id": d,
                "station_id": sid,
                "worker_kind": rng.choices(kinds, weights)[0].value,
                "service": rng.choice(offered[sid]).value,
                "visited_at": start + dt.timedelta(minutes=rng.randrange(60 * 24 * 180)),
            }
        )
    await insert_rows(session, Visit, visits)
