"""Open a warm station and record a visit; closing one is core's ``archive`` mutation."""

from __future__ import annotations

import datetime as dt

import strawberry
from sqlalchemy import select
from strawberry.types import Info
from strawberry.types.field import StrawberryField

from core.db import models
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.mutations import Check, run
from gridgov_warm_stations.models import Service, Station, StationService, Visit, WorkerKind
from gridgov_warm_stations.types import WarmStation, WarmStationVisit

HOST_KINDS = ("co_building_unit",)
"""Organisation kinds that can host a station: co-building units (驻区单位)."""

CLOCK_SKEW = dt.timedelta(minutes=5)
"""How far in the future a visit may be dated, for clocks that run ahead."""


@strawberry.input(description="A warm station to open.")
class OpenWarmStationInput:
    """Where the station is, what it offers and when it is open."""

    community: strawberry.ID
    name: str
    services: list[Service] = strawberry.field(description="At least one, each once.")
    opens_at: dt.time
    closes_at: dt.time = strawberry.field(description="After opensAt, the same day.")
    estate: strawberry.ID | None = strawberry.field(
        default=None, description="An estate of the community the station is in."
    )
    host: strawberry.ID | None = strawberry.field(
        default=None, description="The co-building unit (驻区单位) hosting it."
    )
    address: str | None = None
    opened_on: dt.date | None = strawberry.field(default=None, description="Default: today.")


@strawberry.type(description="Result of opening a warm station.")
class OpenWarmStationPayload:
    """The new station, or why it was refused."""

    station: WarmStation | None
    errors: list[UserError]


@strawberry.input(description="An outdoor worker's visit to a warm station.")
class RecordWarmStationVisitInput:
    """Who came to which station for what."""

    station: strawberry.ID
    worker_kind: WorkerKind
    service: Service = strawberry.field(description="A service the station offers.")
    visited_at: dt.datetime | None = strawberry.field(
        default=None, description="With a time zone; default: now."
    )


@strawberry.type(description="Result of recording a visit.")
class RecordWarmStationVisitPayload:
    """The recorded visit, or why it was refused."""

    visit: WarmStationVisit | None
    errors: list[UserError]


async def open_warm_station(info: Info, input: OpenWarmStationInput) -> OpenWarmStationPayload:
    """Open a warm-heart station (暖心驿站) in a community."""

    async def body(check: Check) -> Station | None:
        community = await check.load("community", input.community, "Community", models.Community)
        estate = await check.load("estate", input.estate, "Estate", models.Estate, required=False)
        host = await check.load(
            "host", input.host, "Organisation", models.Organisation, required=False
        )
        name = check.text("name", input.name)
        address = check.text("address", input.address, required=False, max_length=200)
        if community is not None and estate is not None and estate.community_id != community.id:
            check.errors.add("estate", UserErrorCode.WRONG_KIND, "must be in the community")
        if host is not None and host.kind not in HOST_KINDS:
            check.errors.add("host", UserErrorCode.WRONG_KIND, "must be a co-building unit")
        if not input.services:
            check.errors.add("services", UserErrorCode.REQUIRED, "must offer at least one")
        elif len(set(input.services)) != len(input.services):
            check.errors.add("services", UserErrorCode.DUPLICATE, "lists a service twice")
        if input.closes_at <= input.opens_at:
            check.errors.add("closesAt", UserErrorCode.INVALID_PERIOD, "must be after opensAt")
        check.period("openedOn", input.opened_on, "openedOn", None)
        if community is not None and name is not None and not check.errors.has("name"):
            await check.unique(
                "name", Station.name, name, scope=Station.community_id == community.id
            )
        if check.errors or community is None or name is None:
            return None
        station = Station(
            district_id=check.context.district_id,
            community_id=community.id,
            estate_id=estate.id if estate else None,
            host_id=host.id if host else None,
            name=name,
            address=address,
            opens_at=input.opens_at,
            closes_at=input.closes_at,
            opened_on=input.opened_on or dt.date.today(),
        )
        check.session.add(station)
        await check.session.flush()  # the services need the station's id
        check.session.add_all(
            StationService(
                district_id=station.district_id, station_id=station.id, service=service.value
            )
            for service in input.services
        )
        return station

    row, errors = await run(info, body)
    return OpenWarmStationPayload(station=WarmStation.from_row(row) if row else None, errors=errors)


async def record_warm_station_visit(
    info: Info, input: RecordWarmStationVisitInput
) -> RecordWarmStationVisitPayload:
    """Record that an outdoor worker used a service of a station."""

    async def body(check: Check) -> Visit | None:
        station = await check.load("station", input.station, "WarmStation", Station)
        visited_at = input.visited_at or dt.datetime.now(dt.UTC)
        if visited_at.tzinfo is None:
            check.errors.add("visitedAt", UserErrorCode.INVALID, "must include a time zone")
        elif visited_at > dt.datetime.now(dt.UTC) + CLOCK_SKEW:
            check.errors.add("visitedAt", UserErrorCode.OUT_OF_RANGE, "must not be in the future")
        elif station is not None and visited_at.date() < station.opened_on:
            check.errors.add(
                "visitedAt", UserErrorCode.OUT_OF_RANGE, "must not be before the station opened"
            )
        if station is not None:
            offered = await check.session.scalar(
                select(StationService.id).where(
                    StationService.station_id == station.id,
                    StationService.service == input.service.value,
                )
            )
            if offered is None:
                check.errors.add("service", UserErrorCode.INVALID, "is not offered by this station")
        if check.errors or station is None:
            return None
        visit = Visit(
            district_id=check.context.district_id,
            station_id=station.id,
            worker_kind=input.worker_kind.value,
            service=input.service.value,
            visited_at=visited_at.astimezone(dt.UTC),
        )
        check.session.add(visit)
        return visit

    row, errors = await run(info, body)
    return RecordWarmStationVisitPayload(
        visit=WarmStationVisit.from_row(row) if row else None, errors=errors
    )


MUTATION_FIELDS: list[StrawberryField] = [
    strawberry.field(
        resolver=open_warm_station,
        name="openWarmStation",
        description="Open a warm-heart station (暖心驿站).",
    ),
    strawberry.field(
        resolver=record_warm_station_visit,
        name="recordWarmStationVisit",
        description="Record an outdoor worker's visit to a warm station.",
    ),
]
