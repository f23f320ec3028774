"""venues: assets and room bookings, never overlapping, even booked at once."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from core.testing import held_at

if TYPE_CHECKING:
    from tests.plugins.venues.conftest import Venues

BOOKING = "booking { id startsAt endsAt purpose room { id } organisation { id } }"
LOCK = "SELECT venues_asset.id FROM venues_asset WHERE venues_asset.id ="
"""The statement locking the room before a booking is written."""
NINE, ELEVEN, NOON = (
    "2025-05-04T09:00:00+08:00",
    "2025-05-04T11:00:00+08:00",
    "2025-05-04T12:00:00+08:00",
)


async def test_an_asset_is_registered_and_counted(venues: Venues) -> None:
    place = (await venues.places())[0]
    before = await venues.indicators()
    payload = await venues.ok(
        "registerVenueAsset",
        venues.asset(place),
        "asset { id kind area owner idle useBefore useAfter putToUseOn community { id } venue { id } }",
    )
    asset = payload["asset"]
    assert asset == {
        "id": asset["id"],
        "kind": "ROOM",
        "area": 85.5,
        "owner": "社区居委会",
        "idle": True,
        "useBefore": "空置车库",
        "useAfter": "居民议事室",
        "putToUseOn": "2024-06-01",
        "community": {"id": place.community},
        "venue": None,
    }
    after = await venues.indicators()
    assert after["venues.assets"] == before["venues.assets"] + 1
    assert after["venues.idle_put_to_use"] == before["venues.idle_put_to_use"] + 1
    assert after["venues.idle_area_put_to_use"] == before["venues.idle_area_put_to_use"] + 85.5
    listed = await venues.query(
        """query($c: ID!) { venueAssets(first: 1, filter: {community: $c, idle: true, putToUse: true})
            { totalCount } node(id: $c) { ... on Community { venueAssets(first: 100) { totalCount } } } }""",
        {"c": place.community},
    )
    assert listed["venueAssets"]["totalCount"] >= 1
    assert listed["node"]["venueAssets"]["totalCount"] >= 1


async def test_bad_assets_are_refused_and_write_nothing(venues: Venues) -> None:
    first, second = await venues.places()
    before = await venues.indicators()
    other = await venues.ok("openVenue", venues.venue(second), "venue { id }")

    async def refused(**change: Any) -> list[tuple[str, str]]:
        return await venues.refused("registerVenueAsset", {**venues.asset(first), **change})

    assert await refused(area=0) == [("area", "OUT_OF_RANGE")]
    assert await refused(name=" ") == [("name", "REQUIRED")]
    assert await refused(owner="产" * 201) == [("owner", "TOO_LONG")]
    assert await refused(putToUseOn=None) == [("putToUseOn", "REQUIRED")]
    assert await refused(useAfter=None) == [("useAfter", "REQUIRED")]
    assert await refused(putToUseOn="2999-01-01") == [("putToUseOn", "OUT_OF_RANGE")]
    assert await refused(venue=other["venue"]["id"]) == [("venue", "INVALID")]
    assert await refused(community="bm9wZTox") == [("community", "NOT_FOUND")]
    # 6 venues opened above; nothing else changed.
    after = await venues.indicators()
    assert {k: v for k, v in after.items() if k != "venues.grid_stations"} == {
        k: v for k, v in before.items() if k != "venues.grid_stations"
    }


async def test_bookings_never_overlap(venues: Venues) -> None:
    room = await venues.room()
    payload = await venues.ok("bookVenueRoom", await venues.booking(room, NINE, ELEVEN), BOOKING)
    booking = payload["booking"]
    assert booking["startsAt"] == "2025-05-04T01:00:00+00:00"  # stored and given in UTC
    assert booking["room"] == {"id": room}
    overlapping = await venues.booking(room, "2025-05-04T10:00:00+08:00", NOON)
    assert await venues.refused("bookVenueRoom", overlapping) == [("startsAt", "DUPLICATE")]
    # Back to back is fine: the end is exclusive.
    await venues.ok("bookVenueRoom", await venues.booking(room, ELEVEN, NOON), "booking { id }")
    # Another room is free then.
    await venues.ok(
        "bookVenueRoom", await venues.booking(await venues.room(), NINE, ELEVEN), "booking { id }"
    )
    listed = await venues.query(
        """query($r: ID!, $o: ID!) {
            node(id: $r) { ... on VenueAsset { bookings(first: 10) { totalCount } } }
            organisation: node(id: $o) { ... on Organisation {
              venueBookings(first: 10, filter: {room: $r}) { totalCount } } }
            venueBookings(first: 1, filter: {room: $r, since: "2025-05-04T03:00:00Z"}) { totalCount } }""",
        {"r": room, "o": await venues.organisation()},
    )
    assert listed["node"]["bookings"]["totalCount"] == 2
    assert listed["organisation"]["venueBookings"]["totalCount"] == 2
    # The one from 11:00 +08:00: the first ends at 03:00Z, and the end is exclusive.
    assert listed["venueBookings"]["totalCount"] == 1


async def test_bad_bookings_are_refused_and_write_nothing(venues: Venues) -> None:
    room = await venues.room()
    place = (await venues.places())[0]
    space = await venues.ok(
        "registerVenueAsset", venues.asset(place, kind="OPEN_SPACE"), "asset { id }"
    )
    before = await venues.indicators()

    async def refused(**change: Any) -> list[tuple[str, str]]:
        return await venues.refused(
            "bookVenueRoom", {**await venues.booking(room, NINE, ELEVEN), **change}
        )

    assert await refused(endsAt=NINE) == [("endsAt", "INVALID_PERIOD")]
    assert await refused(endsAt="2025-05-05T09:00:01+08:00") == [("endsAt", "OUT_OF_RANGE")]
    assert await refused(startsAt="2025-05-04T09:00:00") == [("startsAt", "INVALID")]
    early = {"startsAt": "1900-01-01T00:00:00+14:00", "endsAt": "1900-01-01T01:00:00+14:00"}
    assert await refused(**early) == [("startsAt", "OUT_OF_RANGE")]
    assert await refused(purpose="") == [("purpose", "REQUIRED")]
    assert await refused(room=space["asset"]["id"]) == [("room", "WRONG_KIND")]
    assert await refused(organisation=room) == [("organisation", "NOT_FOUND")]
    assert await venues.indicators() == before


async def bookings_at_once(venues: Venues, room: str, *, held: bool) -> list[dict[str, Any]]:
    """Six overlapping bookings of one room, sent together (held: all validated before any writes)."""
    inputs = [
        await venues.booking(
            room, f"2025-06-0{day}T09:00:00+08:00", f"2025-06-0{day}T11:00:00+08:00"
        )
        for day in [1] * 6
    ]
    sends = [venues.mutate("bookVenueRoom", i, "booking { id }") for i in inputs]
    if not held:
        return list(await asyncio.gather(*sends))
    with held_at(venues.h, LOCK, 6):
        return list(await asyncio.gather(*sends))


async def test_bookings_at_once_never_overlap(venues: Venues) -> None:
    for held in (False, True):
        room = await venues.room()
        payloads = await bookings_at_once(venues, room, held=held)
        won = [p for p in payloads if not p["errors"]]
        assert len(won) == 1, payloads
        for payload in payloads:
            if payload["errors"]:
                assert [e["code"] for e in payload["errors"]] == ["DUPLICATE"]
                assert payload["booking"] is None
        found = await venues.query(
            "query($r: ID!) { node(id: $r) { ... on VenueAsset { bookings(first: 10) { totalCount } } } }",
            {"r": room},
        )
        assert found["node"]["bookings"]["totalCount"] == 1


async def archive(venues: Venues, name: str, id: str) -> dict[str, Any]:
    return await venues.mutate(name, {"id": id}, "node { id }", input_type="ArchiveInput")


async def test_cancelled_bookings_free_the_room_and_come_back_only_when_free(
    venues: Venues,
) -> None:
    room = await venues.room()
    first = await venues.ok("bookVenueRoom", await venues.booking(room, NINE, ELEVEN), BOOKING)
    assert (await archive(venues, "archive", first["booking"]["id"]))["errors"] == []
    second = await venues.ok("bookVenueRoom", await venues.booking(room, NINE, NOON), BOOKING)
    refused = await archive(venues, "restore", first["booking"]["id"])
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(["input", "id"], "DUPLICATE")]
    assert (await archive(venues, "archive", second["booking"]["id"]))["errors"] == []
    assert (await archive(venues, "restore", first["booking"]["id"]))["errors"] == []


async def test_a_room_takes_its_bookings_with_it(venues: Venues) -> None:
    room = await venues.room()
    await venues.ok("bookVenueRoom", await venues.booking(room, NINE, ELEVEN), BOOKING)
    before = await venues.indicators()
    assert (await archive(venues, "archive", room))["errors"] == []
    after = await venues.indicators()
    assert after["venues.bookings"] == before["venues.bookings"] - 1
    assert after["venues.assets"] == before["venues.assets"] - 1
    assert (await archive(venues, "restore", room))["errors"] == []
    assert await venues.indicators() == before


async def test_statements_do_not_grow_with_bookings(venues: Venues) -> None:
    query = """query($n: Int!) { venueBookings(first: $n) { nodes { id startsAt
        room { name community { name } venue { name } } organisation { name } } } }"""
    counts = []
    for n in (2, 50):
        with venues.h.counting() as statements:
            await venues.query(query, {"n": n})
        counts.append(len(statements))
    assert counts[0] == counts[1]
