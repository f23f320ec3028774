"""Mutations of the venues programme: open a venue, register an asset, book a room.

Each validates its whole input with core's :class:`core.graphql.mutations.Check`
first; a refused input returns typed user errors and writes nothing. Closing a
venue, withdrawing an asset and cancelling a booking are core's ``archive``.

Scope: venues and assets lie with their community, which must lie inside the
viewer's scope; a booking lies with its room. The booking organisation is only
referred to: seeing it is enough.
"""

from __future__ import annotations

import datetime as dt

import strawberry
from sqlalchemy import func, select
from strawberry.types import Info

from core.db import models as core
from core.db.models import live
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run
from plugins.venues import models
from plugins.venues.domain import (
    EARLIEST_START,
    MAX_BOOKING,
    TEXT_LENGTH,
    AssetKind,
    CoordinateSystem,
    SiteFunction,
    VenueKind,
    VenueService,
)
from plugins.venues.types import Asset, Booking, Venue


@strawberry.type(name="VenuePayload")
class VenuePayload:
    venue: Venue | None
    errors: list[UserError]


@strawberry.type(name="VenueAssetPayload")
class AssetPayload:
    asset: Asset | None
    errors: list[UserError]


@strawberry.type(name="VenueBookingPayload")
class BookingPayload:
    booking: Booking | None
    errors: list[UserError]


@strawberry.input(name="VenueOpeningHoursInput")
class OpeningHoursInput:
    weekday: int = strawberry.field(description="1 Monday .. 7 Sunday; once each.")
    opens_at: dt.time
    closes_at: dt.time = strawberry.field(
        description="After opensAt, or 00:00 for midnight (00:00–00:00: all day)."
    )


@strawberry.input(name="VenueLocationInput")
class LocationInput:
    longitude: float = strawberry.field(description="-180..180.")
    latitude: float = strawberry.field(description="-90..90.")
    coordinate_system: CoordinateSystem = strawberry.field(
        description="The datum the point is stated in, as surveyed or read off a map."
    )


@strawberry.input(name="OpenVenueInput")
class OpenVenueInput:
    community: strawberry.ID
    estate: strawberry.ID | None = strawberry.field(
        default=None, description="An estate of the community it stands on."
    )
    kind: VenueKind
    function: SiteFunction | None = strawberry.field(
        default=None, description="Required for a function site, refused for other kinds."
    )
    name: str
    address: str | None = None
    opened_on: dt.date
    services: list[VenueService] = strawberry.field(default_factory=list)
    hours: list[OpeningHoursInput] = strawberry.field(default_factory=list)
    location: LocationInput | None = None


@strawberry.input(name="RegisterVenueAssetInput")
class RegisterAssetInput:
    community: strawberry.ID
    kind: AssetKind
    name: str
    area: float = strawberry.field(description="Floor area in square metres, more than 0.")
    owner: str = strawberry.field(description="Who owns it (产权单位).")
    idle: bool = strawberry.field(
        default=False, description="Whether it stood idle (闲置) before its present use."
    )
    use_before: str | None = None
    use_after: str | None = strawberry.field(
        default=None, description="Its present use; with putToUseOn."
    )
    put_to_use_on: dt.date | None = strawberry.field(
        default=None, description="The day it was put to its present use; with useAfter."
    )
    venue: strawberry.ID | None = strawberry.field(
        default=None, description="A venue of the same community it now houses."
    )


@strawberry.input(name="BookVenueRoomInput")
class BookRoomInput:
    room: strawberry.ID = strawberry.field(description="A registered asset of kind ROOM.")
    organisation: strawberry.ID
    starts_at: dt.datetime = strawberry.field(description="With its UTC offset.")
    ends_at: dt.datetime = strawberry.field(
        description="After the start, at most 24 hours later; exclusive."
    )
    purpose: str


def _hours(check: Check, hours: list[OpeningHoursInput]) -> None:
    seen: set[int] = set()
    for i, day in enumerate(hours):
        path = f"hours.{i}"
        if not 1 <= day.weekday <= 7:
            check.errors.add(f"{path}.weekday", UserErrorCode.OUT_OF_RANGE, "must be 1..7")
        elif day.weekday in seen:
            check.errors.add(f"{path}.weekday", UserErrorCode.DUPLICATE, "is given twice")
        seen.add(day.weekday)
        if day.opens_at.tzinfo is not None or day.closes_at.tzinfo is not None:
            check.errors.add(path, UserErrorCode.INVALID, "local times of day carry no offset")
        elif not (day.closes_at > day.opens_at or day.closes_at == dt.time(0)):
            check.errors.add(
                f"{path}.closesAt",
                UserErrorCode.INVALID_PERIOD,
                "must be after opensAt, or 00:00 for midnight",
            )


def _location(check: Check, location: LocationInput | None) -> None:
    if location is None:
        return
    check.within("location.longitude", location.longitude, -180, 180)
    check.within("location.latitude", location.latitude, -90, 90)


async def open_venue(info: Info, input: OpenVenueInput) -> VenuePayload:
    """Open a venue (阵地) in a community, with its services, hours and location."""

    async def body(check: Check) -> models.Venue | None:
        community = await check.load("community", input.community, "Community", core.Community)
        estate = await check.load(
            "estate", input.estate, "Estate", core.Estate, required=False, change=False
        )
        name = check.text("name", input.name)
        address = check.text("address", input.address, required=False, max_length=TEXT_LENGTH)
        check.past("openedOn", input.opened_on)
        if input.kind is VenueKind.FUNCTION_SITE and input.function is None:
            check.errors.add("function", UserErrorCode.REQUIRED, "a function site says what for")
        if input.kind is not VenueKind.FUNCTION_SITE and input.function is not None:
            check.errors.add("function", UserErrorCode.INVALID, "only function sites have one")
        if len(set(input.services)) != len(input.services):
            check.errors.add("services", UserErrorCode.DUPLICATE, "a service is given twice")
        _hours(check, input.hours)
        _location(check, input.location)
        if community is not None and estate is not None and estate.community_id != community.id:
            check.errors.add("estate", UserErrorCode.INVALID, "lies in another community")
        if check.errors or community is None:
            return None
        location = input.location
        row = models.Venue(
            district_id=check.context.district_id,
            community_id=community.id,
            estate_id=None if estate is None else estate.id,
            kind=input.kind.value,
            function=None if input.function is None else input.function.value,
            name=name,
            address=address,
            opened_on=input.opened_on,
            longitude=None if location is None else location.longitude,
            latitude=None if location is None else location.latitude,
            coordinate_system=None if location is None else location.coordinate_system.value,
        )
        check.session.add(row)
        await check.session.flush()
        district = check.context.district_id
        check.session.add_all(
            [
                models.Service(district_id=district, venue_id=row.id, service=s.value)
                for s in input.services
            ]
            + [
                models.OpeningHours(
                    district_id=district,
                    venue_id=row.id,
                    weekday=day.weekday,
                    opens_at=day.opens_at,
                    closes_at=day.closes_at,
                )
                for day in input.hours
            ]
        )
        return row

    row, errors = await run(info, body)
    return VenuePayload(venue=Venue.from_row(row) if row else None, errors=errors)


async def register_venue_asset(info: Info, input: RegisterAssetInput) -> AssetPayload:
    """Register a community asset (社区资产), and the use an idle one was put to."""

    async def body(check: Check) -> models.Asset | None:
        community = await check.load("community", input.community, "Community", core.Community)
        venue = await check.load(
            "venue", input.venue, "Venue", models.Venue, required=False, change=False
        )
        name = check.text("name", input.name)
        owner = check.text("owner", input.owner, max_length=TEXT_LENGTH)
        before = check.text("useBefore", input.use_before, required=False, max_length=TEXT_LENGTH)
        after = check.text("useAfter", input.use_after, required=False, max_length=TEXT_LENGTH)
        if not 0 < input.area <= 1_000_000:
            check.errors.add(
                "area", UserErrorCode.OUT_OF_RANGE, "must be more than 0 and at most 1,000,000 m²"
            )
        check.past("putToUseOn", input.put_to_use_on)
        if (after is None) != (input.put_to_use_on is None):
            check.errors.add(
                "putToUseOn" if after is not None else "useAfter",
                UserErrorCode.REQUIRED,
                "the present use and the day it began go together",
            )
        if community is not None and venue is not None and venue.community_id != community.id:
            check.errors.add("venue", UserErrorCode.INVALID, "lies in another community")
        if check.errors or community is None:
            return None
        row = models.Asset(
            district_id=check.context.district_id,
            community_id=community.id,
            venue_id=None if venue is None else venue.id,
            kind=input.kind.value,
            name=name,
            area=input.area,
            owner=owner,
            idle=input.idle,
            use_before=before,
            use_after=after,
            put_to_use_on=input.put_to_use_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return AssetPayload(asset=Asset.from_row(row) if row else None, errors=errors)


async def overlapping(
    check: Check, room_id: int, starts_at: dt.datetime, ends_at: dt.datetime, other_than: int
) -> int:
    """Live bookings of the room overlapping ``starts_at``–``ends_at``, but ``other_than``."""
    booking = models.Booking
    found = await check.session.scalar(
        select(func.count()).where(
            booking.room_id == room_id,
            booking.id != other_than,
            booking.starts_at < ends_at,
            booking.ends_at > starts_at,
            live(booking),
        )
    )
    return int(found or 0)


async def book_venue_room(info: Info, input: BookRoomInput) -> BookingPayload:
    """Book a room for an organisation; refused while another live booking overlaps it."""

    async def body(check: Check) -> models.Booking | None:
        room = await check.load("room", input.room, "VenueAsset", models.Asset)
        organisation = await check.load(
            "organisation", input.organisation, "Organisation", core.Organisation, change=False
        )
        purpose = check.text("purpose", input.purpose, max_length=TEXT_LENGTH)
        starts, ends = input.starts_at, input.ends_at
        if starts.tzinfo is None or ends.tzinfo is None:
            check.errors.add("startsAt", UserErrorCode.INVALID, "times need their UTC offset")
        elif ends <= starts:
            check.errors.add("endsAt", UserErrorCode.INVALID_PERIOD, "must be after startsAt")
        elif ends - starts > MAX_BOOKING:
            check.errors.add(
                "endsAt", UserErrorCode.OUT_OF_RANGE, "a booking lasts at most 24 hours"
            )
        elif starts < EARLIEST_START:
            check.errors.add("startsAt", UserErrorCode.OUT_OF_RANGE, "must not be before 1900")
        if room is not None and room.kind != AssetKind.ROOM:
            check.errors.add("room", UserErrorCode.WRONG_KIND, "only rooms are booked")
        if check.errors or room is None or organisation is None:
            return None
        # No overlap, however many requests book at once: lock the room, write, then
        # look for another live booking overlapping this one (core's Check.lock).
        await check.lock(models.Asset, room.id)
        row = models.Booking(
            district_id=check.context.district_id,
            room_id=room.id,
            organisation_id=organisation.id,
            starts_at=starts,
            ends_at=ends,
            purpose=purpose,
        )
        check.session.add(row)
        await check.session.flush()
        if await overlapping(check, room.id, starts, ends, row.id):
            check.errors.add(
                "startsAt", UserErrorCode.DUPLICATE, "the room is booked for part of that time"
            )
            return None
        return row

    row, errors = await run(info, body)
    return BookingPayload(booking=Booking.from_row(row) if row else None, errors=errors)


MUTATION_FIELDS = [
    described(open_venue),
    described(register_venue_asset),
    described(book_venue_room),
]
