"""venues: who sees and changes which venues, assets and bookings; statements per request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.testing import TINGHU

if TYPE_CHECKING:
    from tests.plugins.venues.conftest import Venues

COUNTS = """query($c: ID!) { node(id: $c) { ... on Community {
    venues(first: 1) { totalCount } venueAssets(first: 1) { totalCount } } } }"""


async def test_community_staff_see_and_change_their_community_only(venues: Venues) -> None:
    mine, other = await venues.places()
    theirs = (await venues.query(COUNTS, {"c": mine.community}))["node"]
    staff = await venues.h.login_as(TINGHU, "community_staff", mine.code)
    listed = await venues.query(
        """{ venues(first: 100) { totalCount nodes { community { id } } }
            venueAssets(first: 100) { totalCount nodes { community { id } } }
            venueMap }""",
        token=staff,
    )
    assert listed["venues"]["totalCount"] == theirs["venues"]["totalCount"] > 0
    assert listed["venueAssets"]["totalCount"] == theirs["venueAssets"]["totalCount"]
    for node in listed["venues"]["nodes"] + listed["venueAssets"]["nodes"]:
        assert node["community"] == {"id": mine.community}
    assert {f["properties"]["community"] for f in listed["venueMap"]["features"]} == {
        mine.community
    }
    figures = await venues.indicators(token=staff)
    assert figures["venues.assets"] == theirs["venueAssets"]["totalCount"]

    await venues.ok("openVenue", venues.venue(mine), "venue { id }", token=staff)
    assert await venues.refused("openVenue", venues.venue(other), token=staff) == [
        ("community", "NOT_FOUND"),
        ("estate", "NOT_FOUND"),
    ]
    room = await venues.room(other)
    booking = await venues.booking(room, "2025-05-04T09:00:00+08:00", "2025-05-04T11:00:00+08:00")
    assert await venues.refused("bookVenueRoom", booking, token=staff) == [("room", "NOT_FOUND")]
    hidden = await venues.query(
        "query($id: ID!) { node(id: $id) { id } }", {"id": room}, token=staff
    )
    assert hidden["node"] is None


async def test_readers_may_not_change_anything(venues: Venues) -> None:
    place = (await venues.places())[0]
    for role, scope in (("grid_worker", None), ("analyst", None)):
        if role == "grid_worker":
            data = await venues.query(
                "query($c: ID!) { node(id: $c) { ... on Community { grids(first: 1) { nodes { code } } } } }",
                {"c": place.community},
            )
            scope = data["node"]["grids"]["nodes"][0]["code"]
        token = await venues.h.login_as(TINGHU, role, scope)
        errors = await venues.h.errors(
            TINGHU,
            "mutation($i: OpenVenueInput!) { openVenue(input: $i) { errors { code } } }",
            {"i": venues.venue(place)},
            token=token,
        )
        assert errors[0]["extensions"]["code"] == "FORBIDDEN"


async def test_statements_do_not_grow_with_venues(venues: Venues) -> None:
    query = """query($n: Int!) { venues(first: $n) { nodes { id name services
        hours { weekday opensAt } location(coordinateSystem: WGS84) { longitude }
        community { name } estate { name allVenues { plugin name } }
        assets(first: 2) { nodes { area bookings(first: 2) { nodes { startsAt } } } } } } }"""
    counts = []
    for n in (2, 50):
        with venues.h.counting() as statements:
            await venues.query(query, {"n": n})
        counts.append(len(statements))
    assert counts[0] == counts[1]
