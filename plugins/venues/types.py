"""GraphQL types of the venues programme and the fields it adds to core types.

Every field is a column, a relation (by id through ``load_node``, a keyset page
through ``paginate``, or a batched loader of :mod:`.loaders`) or a count, so a
query's statement count depends on its shape, never on its rows, and each can be
given a SQL form. Two fields need Python: ``location`` converts between datums
(:mod:`.geo`), and ``Estate.allVenues`` asks every enabled programme through the
``gridgov_venues`` hook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Any, cast

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, exists, or_, select
from strawberry.scalars import JSON
from strawberry.types import Info

from core.db import models as core
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.filters import filter_id
from core.graphql.ids import to_global_id
from core.graphql.node import Node, load_node
from core.graphql.organisations.types import Organisation
from core.graphql.pagination import Connection, Source, page_of, paginate
from core.graphql.places.types import Community, Estate
from plugins.venues import models
from plugins.venues.domain import (
    MAP_LIMIT,
    AssetKind,
    CoordinateSystem,
    SiteFunction,
    VenueKind,
    VenueService,
)
from plugins.venues.geo import convert, feature_collection

strawberry.enum(VenueKind, name="VenueKind", description="阵地: the kinds of venue.")
strawberry.enum(SiteFunction, name="VenueSiteFunction", description="What a function site is for.")
strawberry.enum(VenueService, name="VenueService", description="A service a venue offers.")
strawberry.enum(
    CoordinateSystem,
    name="VenueCoordinateSystem",
    description="The datum coordinates are stated in: WGS84 (GPS, GeoJSON) or GCJ02"
    " (国测局坐标, what AMap and Tencent maps draw in).",
)
strawberry.enum(AssetKind, name="VenueAssetKind", description="What a community asset is.")

V, A, B = models.Venue, models.Asset, models.Booking

VENUES_OF_DISTRICT = Source("venues.district.venues", V, V.district_id)
VENUES_OF_COMMUNITY = Source("venues.community.venues", V, V.community_id)
VENUES_OF_ESTATE = Source("venues.estate.venues", V, V.estate_id)
ASSETS_OF_DISTRICT = Source("venues.district.assets", A, A.district_id)
ASSETS_OF_COMMUNITY = Source("venues.community.assets", A, A.community_id)
ASSETS_OF_VENUE = Source("venues.venue.assets", A, A.venue_id)
BOOKINGS_OF_DISTRICT = Source("venues.district.bookings", B, B.district_id)
BOOKINGS_OF_ROOM = Source("venues.room.bookings", B, B.room_id)
BOOKINGS_OF_ORGANISATION = Source("venues.organisation.bookings", B, B.organisation_id)


# -- filters -----------------------------------------------------------------------------


@strawberry.input(name="VenueOpenAt", description="A moment of the week.")
class OpenAt:
    """A day of the week and a time of day."""

    weekday: int = strawberry.field(description="1 Monday .. 7 Sunday.")
    time: dt.time


@strawberry.input(name="VenueFilter", description="Narrows a list of venues.")
class VenueFilter:
    """Every condition given must hold."""

    kind: VenueKind | None = None
    function: SiteFunction | None = None
    street: strawberry.ID | None = None
    community: strawberry.ID | None = None
    services: list[VenueService] | None = strawberry.field(
        default=None, description="Venues offering every one of these."
    )
    open_at: OpenAt | None = strawberry.field(default=None, description="Venues open then.")
    located: bool | None = strawberry.field(
        default=None, description="True: venues with coordinates; false: the others."
    )


def venue_where(f: VenueFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a venue filter, and a hashable key of it."""
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.kind is not None:
        where.append(V.kind == f.kind.value)
    if f.function is not None:
        where.append(V.function == f.function.value)
    if f.street is not None:
        street = filter_id(f.street, "Street", "street")
        where.append(
            V.community_id.in_(select(core.Community.id).where(core.Community.street_id == street))
        )
    if f.community is not None:
        where.append(V.community_id == filter_id(f.community, "Community", "community"))
    service = models.Service
    for offered in f.services or ():
        where.append(
            exists().where(
                service.venue_id == V.id,
                service.service == offered.value,
                service.archived_at.is_(None),
            )
        )
    if f.open_at is not None:
        if not 1 <= f.open_at.weekday <= 7 or f.open_at.time.tzinfo is not None:
            raise GraphQLError(
                "Filter 'openAt' must be a weekday from 1 to 7 and a local time without an"
                f" offset, got {f.open_at.weekday} and {f.open_at.time.isoformat()}.",
                extensions={"code": "BAD_USER_INPUT", "argument": "openAt"},
            )
        hours, at = models.OpeningHours, f.open_at.time
        where.append(
            exists().where(
                hours.venue_id == V.id,
                hours.archived_at.is_(None),
                hours.weekday == f.open_at.weekday,
                hours.opens_at <= at,
                or_(hours.closes_at > at, hours.closes_at == dt.time(0)),
            )
        )
    if f.located is not None:
        where.append(V.longitude.is_not(None) if f.located else V.longitude.is_(None))
    services = tuple(sorted(s.value for s in f.services)) if f.services else None
    open_key = (f.open_at.weekday, f.open_at.time) if f.open_at else None
    return where, (f.kind, f.function, f.street, f.community, services, open_key, f.located)


@strawberry.input(name="VenueAssetFilter", description="Narrows a list of community assets.")
class AssetFilter:
    """Every condition given must hold."""

    community: strawberry.ID | None = None
    kind: AssetKind | None = None
    idle: bool | None = strawberry.field(
        default=None, description="True: assets that stood idle before their present use."
    )
    put_to_use: bool | None = strawberry.field(
        default=None, description="True: assets with a day they were put to use."
    )


def asset_where(f: AssetFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for an asset filter, and a hashable key of it."""
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.community is not None:
        where.append(A.community_id == filter_id(f.community, "Community", "community"))
    if f.kind is not None:
        where.append(A.kind == f.kind.value)
    if f.idle is not None:
        where.append(A.idle.is_(f.idle))
    if f.put_to_use is not None:
        where.append(A.put_to_use_on.is_not(None) if f.put_to_use else A.put_to_use_on.is_(None))
    return where, (f.community, f.kind, f.idle, f.put_to_use)


@strawberry.input(name="VenueBookingFilter", description="Narrows a list of bookings.")
class BookingFilter:
    """Every condition given must hold; ``since`` and ``until`` keep bookings overlapping them."""

    room: strawberry.ID | None = None
    organisation: strawberry.ID | None = None
    since: dt.datetime | None = strawberry.field(default=None, description="Ending after.")
    until: dt.datetime | None = strawberry.field(default=None, description="Starting before.")


def _aware(stamp: dt.datetime, argument: str) -> dt.datetime:
    if stamp.tzinfo is None:
        raise GraphQLError(
            f"Filter '{argument}' must have a UTC offset, got {stamp.isoformat()}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return stamp


def booking_where(f: BookingFilter | None) -> tuple[list[ColumnElement[bool]], Hashable]:
    """SQL conditions for a booking filter, and a hashable key of it."""
    if f is None:
        return [], None
    where: list[ColumnElement[bool]] = []
    if f.room is not None:
        where.append(B.room_id == filter_id(f.room, "VenueAsset", "room"))
    if f.organisation is not None:
        where.append(B.organisation_id == filter_id(f.organisation, "Organisation", "organisation"))
    if f.since is not None:
        where.append(B.ends_at > _aware(f.since, "since"))
    if f.until is not None:
        where.append(B.starts_at < _aware(f.until, "until"))
    return where, (f.room, f.organisation, f.since, f.until)


# -- node types --------------------------------------------------------------------------


@strawberry.type(name="VenueOpeningHours", description="When a venue is open on a day of the week.")
class OpeningHours:
    """One day's opening hours."""

    weekday: int = strawberry.field(description="1 Monday .. 7 Sunday.")
    opens_at: dt.time
    closes_at: dt.time = strawberry.field(description="00:00 is midnight: 00:00–00:00 is all day.")


@strawberry.type(name="VenueLocation", description="Where a venue is on the map.")
class Location:
    """A point and the datum it is stated in."""

    longitude: float
    latitude: float
    coordinate_system: CoordinateSystem


@strawberry.type(
    name="Venue",
    description="阵地: a party-mass service centre (党群服务中心), a grid station (网格驿站), a"
    ' "warm heart" station (暖心驿站) or a function site (功能场所).',
)
class Venue(Node):
    """A venue in a community, on one of its estates or not."""

    name: str
    kind: VenueKind
    function: SiteFunction | None = strawberry.field(
        description="What a function site is for (null for other kinds)."
    )
    address: str | None
    opened_on: dt.date
    archived_at: dt.datetime | None = strawberry.field(
        description="When it closed; null while open."
    )
    community_id: strawberry.Private[int]
    estate_id: strawberry.Private[int | None]
    longitude: strawberry.Private[float | None]
    latitude: strawberry.Private[float | None]
    coordinate_system: strawberry.Private[str | None]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        # A venue lies with its community: whoever sees it sees the community.
        node = await load_node(info.context, Community, core.Community, self.community_id)
        assert node is not None
        return node

    @strawberry.field(description="The estate it stands on, if any.")
    async def estate(self, info: Info) -> Estate | None:
        if self.estate_id is None:
            return None
        return await load_node(info.context, Estate, core.Estate, self.estate_id)

    @strawberry.field(description="The services it offers, in the enum's order.")
    async def services(self, info: Info) -> list[VenueService]:
        found: list[VenueService] = await info.context.loader("venues.services").load(self.pk)
        return found

    @strawberry.field(description="Its opening hours, Monday first; empty when not recorded.")
    async def hours(self, info: Info) -> list[OpeningHours]:
        found: list[OpeningHours] = await info.context.loader("venues.hours").load(self.pk)
        return found

    @strawberry.field(
        description="Where it is, as recorded, or converted to ``coordinateSystem`` when given;"
        " null when not recorded."
    )
    def location(self, coordinate_system: CoordinateSystem | None = None) -> Location | None:
        if self.longitude is None or self.latitude is None or self.coordinate_system is None:
            return None
        stated = CoordinateSystem(self.coordinate_system)
        target = coordinate_system or stated
        lon, lat = convert(self.longitude, self.latitude, stated, target)
        return Location(longitude=lon, latitude=lat, coordinate_system=target)

    @strawberry.field(description="Registered assets it occupies (the rooms put to use for it).")
    async def assets(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Asset]:
        return await paginate(info, Asset, ASSETS_OF_VENUE, self.pk, page_of(first, after))


@strawberry.type(
    name="VenueAsset",
    description="社区资产: a community asset in the registry — a room, a space or a facility.",
)
class Asset(Node):
    """An asset, with the use it was put to if it stood idle."""

    name: str
    kind: AssetKind
    area: float = strawberry.field(description="Floor area in square metres.")
    owner: str = strawberry.field(description="Who owns it (产权单位).")
    idle: bool = strawberry.field(
        description="Whether it stood idle (闲置) before its present use."
    )
    use_before: str | None
    use_after: str | None
    put_to_use_on: dt.date | None
    archived_at: dt.datetime | None
    community_id: strawberry.Private[int]
    venue_id: strawberry.Private[int | None]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        # An asset lies with its community: whoever sees it sees the community.
        node = await load_node(info.context, Community, core.Community, self.community_id)
        assert node is not None
        return node

    @strawberry.field(description="The venue it houses, if any (null when closed).")
    async def venue(self, info: Info) -> Venue | None:
        if self.venue_id is None:
            return None
        return await load_node(info.context, Venue, models.Venue, self.venue_id)

    @strawberry.field(description="Bookings of the room, in the order made (rooms only).")
    async def bookings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: BookingFilter | None = None,
        include_archived: bool = False,
    ) -> Connection[Booking]:
        where, key = booking_where(filter)
        return await paginate(
            info,
            Booking,
            BOOKINGS_OF_ROOM,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=key,
            include_archived=include_archived,
        )


@strawberry.type(
    name="VenueBooking",
    description="A room booked by an organisation; no two live bookings of a room overlap.",
)
class Booking(Node):
    """A booking; cancelled ones are archived."""

    starts_at: dt.datetime
    ends_at: dt.datetime = strawberry.field(description="Exclusive: another may start then.")
    purpose: str
    archived_at: dt.datetime | None = strawberry.field(
        description="When it was cancelled; null while it stands."
    )
    room_id: strawberry.Private[int]
    organisation_id: strawberry.Private[int]

    @strawberry.field
    async def room(self, info: Info) -> Asset:
        # A booking lies with its room: whoever sees it sees the room.
        node = await load_node(info.context, Asset, models.Asset, self.room_id)
        assert node is not None
        return node

    @strawberry.field(description="Who booked it; null when outside your scope.")
    async def organisation(self, info: Info) -> Organisation | None:
        return await load_node(info.context, Organisation, core.Organisation, self.organisation_id)


@strawberry.type(
    name="ProgrammeVenue",
    description="A venue on an estate, as the programme recording it reports it.",
)
class ProgrammeVenue:
    """One entry of ``Estate.allVenues``."""

    plugin: str = strawberry.field(description="The programme that records it.")
    kind: str = strawberry.field(description="``<plugin>.<kind>``, e.g. red_property.council_hall.")
    name: str
    deliberation: bool = strawberry.field(description="Whether residents deliberate there.")


# -- fields on core types and the root ----------------------------------------------------


async def community_venues(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: VenueFilter | None = None,
    include_archived: bool = False,
) -> Connection[Venue]:
    """The community's venues (阵地): service centre, stations, function sites."""
    where, key = venue_where(filter)
    return await paginate(
        info,
        Venue,
        VENUES_OF_COMMUNITY,
        root.pk,
        page_of(first, after),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def estate_venues(
    root: Estate,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: VenueFilter | None = None,
) -> Connection[Venue]:
    """This programme's venues standing on the estate."""
    where, key = venue_where(filter)
    return await paginate(
        info, Venue, VENUES_OF_ESTATE, root.pk, page_of(first, after), where=where, filter_key=key
    )


async def estate_all_venues(root: Estate, info: Info) -> list[ProgrammeVenue]:
    """Every enabled programme's venues on the estate (council halls, stations, corners...).

    Each programme reports its own through the ``gridgov_venues`` hook, this one
    included, open today; no programme imports another.
    """
    found: list[ProgrammeVenue] = await info.context.loader("venues.all_venues").load(root.pk)
    return found


async def community_assets(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: AssetFilter | None = None,
) -> Connection[Asset]:
    """The community's registered assets (社区资产台账)."""
    where, key = asset_where(filter)
    return await paginate(
        info,
        Asset,
        ASSETS_OF_COMMUNITY,
        root.pk,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


async def organisation_bookings(
    root: Organisation,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: BookingFilter | None = None,
) -> Connection[Booking]:
    """Rooms the organisation booked, in the order booked."""
    where, key = booking_where(filter)
    return await paginate(
        info,
        Booking,
        BOOKINGS_OF_ORGANISATION,
        root.pk,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


async def venues(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: VenueFilter | None = None,
    include_archived: bool = False,
) -> Connection[Venue]:
    """The district's venues (阵地)."""
    context: Context = info.context
    where, key = venue_where(filter)
    return await paginate(
        info,
        Venue,
        VENUES_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


async def venue_assets(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: AssetFilter | None = None,
) -> Connection[Asset]:
    """The district's community assets registry (社区资产台账)."""
    context: Context = info.context
    where, key = asset_where(filter)
    return await paginate(
        info,
        Asset,
        ASSETS_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


async def venue_bookings(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: BookingFilter | None = None,
) -> Connection[Booking]:
    """Bookings of the district's rooms, in the order made."""
    context: Context = info.context
    where, key = booking_where(filter)
    return await paginate(
        info,
        Booking,
        BOOKINGS_OF_DISTRICT,
        context.district_id,
        page_of(first, after),
        where=where,
        filter_key=key,
    )


async def venue_map(
    info: Info,
    filter: VenueFilter | None = None,
    coordinate_system: CoordinateSystem = CoordinateSystem.WGS84,
) -> JSON:
    """The located venues as a GeoJSON FeatureCollection of points, for a map.

    Coordinates are WGS-84 as GeoJSON (RFC 7946) has them, or GCJ-02 for AMap and
    Tencent maps (``coordinateSystem``, also stated in the collection's foreign member
    of that name). Each feature's properties: ``id`` (Global ID), ``name``, ``kind``,
    ``function``, ``community`` (Global ID). At most 5,000 venues.
    """
    context: Context = info.context
    where, _ = venue_where(filter)
    visible = context.scope.visible(V)
    statement = (
        select(
            V.id,
            V.name,
            V.kind,
            V.function,
            V.community_id,
            V.longitude,
            V.latitude,
            V.coordinate_system,
        )
        .where(
            V.district_id == context.district_id,
            V.archived_at.is_(None),
            V.longitude.is_not(None),
            *where,
            *([] if visible is None else [visible]),
        )
        .order_by(V.id)
        .limit(MAP_LIMIT)
    )
    rows = list(await context.execute(statement))
    return cast(
        JSON,
        feature_collection(
            (
                {
                    "longitude": row.longitude,
                    "latitude": row.latitude,
                    "coordinate_system": row.coordinate_system,
                    "properties": {
                        "id": to_global_id("Venue", row.id),
                        "name": row.name,
                        "kind": VenueKind(row.kind).name,
                        "function": None
                        if row.function is None
                        else SiteFunction(row.function).name,
                        "community": to_global_id("Community", row.community_id),
                    },
                }
                for row in rows
            ),
            coordinate_system,
        ),
    )


TYPE_FIELDS: dict[type, list[Any]] = {
    Community: [
        described(community_venues, name="venues"),
        described(community_assets, name="venueAssets"),
    ],
    Estate: [
        described(estate_venues, name="venues"),
        described(estate_all_venues, name="allVenues"),
    ],
    Organisation: [described(organisation_bookings, name="venueBookings")],
}

QUERY_FIELDS = [
    described(venues),
    described(venue_assets),
    described(venue_bookings),
    described(venue_map),
]

NODE_MODELS: dict[type, type[core.Base]] = {
    Venue: models.Venue,
    Asset: models.Asset,
    Booking: models.Booking,
}
