"""GraphQL types of warm-heart stations, and the fields they add to core types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Annotated

import strawberry
from sqlalchemy import ColumnElement, and_, or_, select
from strawberry.types import Info
from strawberry.types.field import StrawberryField

from core.db import models
from core.graphql.filters import contains, filter_id
from core.graphql.node import Node, load_node
from core.graphql.organisations.types import Organisation
from core.graphql.pagination import Connection, OrderDirection, Source, page_of, paginate
from core.graphql.places.types import Community, Estate
from gridgov_warm_stations.models import Service, Station, StationService, Visit, WorkerKind

strawberry.enum(
    Service,
    name="WarmStationService",
    description="What a warm station offers.",
)
strawberry.enum(
    WorkerKind,
    name="OutdoorWorkerKind",
    description="Outdoor workers who use warm stations.",
)

SERVICES = "warm_stations.services"
"""Name of the loader of a station's services (declared in :mod:`.plugin`)."""

STATIONS_OF_DISTRICT = Source("warm_stations.district", Station, Station.district_id)
STATIONS_OF_COMMUNITY = Source("warm_stations.community", Station, Station.community_id)
VISITS_OF_STATION = Source("warm_stations.visits", Visit, Visit.station_id)


def utc(value: dt.datetime) -> dt.datetime:
    """A stored timestamp as an aware UTC time (SQLite hands them back naive)."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@strawberry.input(description="Narrows a list of warm stations.")
class WarmStationFilter:
    """Filter for warm stations; every condition given must hold."""

    services: list[Service] | None = strawberry.field(
        default=None, description="Only stations offering every one of these services."
    )
    open_at: dt.time | None = strawberry.field(
        default=None, description="Only stations open at this time of day."
    )
    community: strawberry.ID | None = None
    search: str | None = strawberry.field(default=None, description="Part of the name.")


def station_where(
    f: WarmStationFilter | None,
) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions of a filter, and a hashable form so equal filters share a loader."""
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    services = sorted(set(f.services or ()))
    for service in services:
        offered = select(StationService.id).where(
            StationService.station_id == Station.id, StationService.service == service.value
        )
        where.append(offered.exists())
    if f.open_at is not None:
        where.append(and_(Station.opens_at <= f.open_at, Station.closes_at > f.open_at))
    if f.community is not None:
        where.append(Station.community_id == filter_id(f.community, "Community", "community"))
    if f.search:
        where.append(or_(contains(Station.name, f.search), contains(Station.address, f.search)))
    return where, (tuple(services), f.open_at, f.community, f.search)


@strawberry.type(description="暖心驿站: a warm-heart station where outdoor workers can rest.")
class WarmStation(Node):
    """A station in a community, perhaps in one of its estates or hosted by a unit."""

    name: str
    address: str | None
    opens_at: dt.time
    closes_at: dt.time
    opened_on: dt.date
    archived_at: dt.datetime | None
    community_id: strawberry.Private[int]
    estate_id: strawberry.Private[int | None]
    host_id: strawberry.Private[int | None]

    @strawberry.field(description="Services offered, in a fixed order.")
    async def services(self, info: Info) -> list[Service]:
        found: list[Service] = await info.context.loader(SERVICES).load(self.pk)
        return found

    @strawberry.field(description="The community it serves.")
    async def community(self, info: Info) -> Community:
        node = await load_node(info.context, Community, models.Community, self.community_id)
        assert node is not None
        return node

    @strawberry.field(description="The estate it is in, if any.")
    async def estate(self, info: Info) -> Estate | None:
        return await load_node(info.context, Estate, models.Estate, self.estate_id)

    @strawberry.field(description="The co-building unit (驻区单位) hosting it, if any.")
    async def host(self, info: Info) -> Organisation | None:
        return await load_node(info.context, Organisation, models.Organisation, self.host_id)

    @strawberry.field(description="Visits, newest first.")
    async def visits(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[WarmStationVisit]:
        page = page_of(first, after, "id", OrderDirection.DESC)
        return await paginate(info, WarmStationVisit, VISITS_OF_STATION, self.pk, page)


@strawberry.type(description="One outdoor worker using one service of a warm station.")
class WarmStationVisit(Node):
    """A visit."""

    worker_kind: WorkerKind
    service: Service
    visited_at: strawberry.Private[dt.datetime]
    station_id: strawberry.Private[int]

    @strawberry.field(name="visitedAt", description="When, in UTC.")
    def visited_at_utc(self) -> dt.datetime:
        return utc(self.visited_at)

    @strawberry.field(description="The station visited.")
    async def station(self, info: Info) -> WarmStation:
        node = await load_node(info.context, WarmStation, Station, self.station_id)
        assert node is not None
        return node


async def community_warm_stations(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: WarmStationFilter | None = None,
    include_archived: bool = False,
) -> Connection[WarmStation]:
    """``Community.warmStations``: the community's stations, by name."""
    where, key = station_where(filter)
    return await paginate(
        info,
        WarmStation,
        STATIONS_OF_COMMUNITY,
        root.pk,
        page_of(first, after, "name"),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def warm_stations(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: Annotated[
        WarmStationFilter | None,
        strawberry.argument(description="E.g. {services: [MICROWAVE, CHARGING]}."),
    ] = None,
    include_archived: bool = False,
) -> Connection[WarmStation]:
    """The district's warm stations, by name."""
    where, key = station_where(filter)
    return await paginate(
        info,
        WarmStation,
        STATIONS_OF_DISTRICT,
        info.context.district_id,
        page_of(first, after, "name"),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


TYPE_FIELDS: dict[type, list[StrawberryField]] = {
    Community: [
        strawberry.field(
            resolver=community_warm_stations,
            name="warmStations",
            description="Warm-heart stations (暖心驿站) serving the community.",
        )
    ]
}
QUERY_FIELDS: list[StrawberryField] = [
    strawberry.field(
        resolver=warm_stations,
        name="warmStations",
        description="Warm-heart stations (暖心驿站) of the district, filtered e.g. by service.",
    )
]
