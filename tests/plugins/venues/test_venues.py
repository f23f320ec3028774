"""venues: opening venues, finding them by service and hour, the map, every programme's venues."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from plugins.venues.geo import gcj02_to_wgs84, wgs84_to_gcj02
from tests.plugins.venues.conftest import VENUE

if TYPE_CHECKING:
    from tests.plugins.venues.conftest import Venues


async def test_a_venue_is_opened_and_counted(venues: Venues) -> None:
    place = (await venues.places())[0]
    before = await venues.indicators()
    payload = await venues.ok("openVenue", venues.venue(place), VENUE)
    assert payload["venue"] == {
        "id": payload["venue"]["id"],
        "name": "测试网格驿站",
        "kind": "GRID_STATION",
        "function": None,
        "services": ["DELIBERATION", "DRINKING_WATER"],
        "openedOn": "2024-03-01",
        "community": {"id": place.community},
        "estate": {"id": place.estate},
        "hours": [{"weekday": 1, "opensAt": "08:00:00", "closesAt": "20:00:00"}],
        "location": {"longitude": 120.16, "latitude": 33.38, "coordinateSystem": "WGS84"},
    }
    after = await venues.indicators()
    assert after["venues.grid_stations"] == before["venues.grid_stations"] + 1


async def test_bad_venues_are_refused_and_write_nothing(venues: Venues) -> None:
    first, second = await venues.places()
    before = await venues.indicators()

    async def refused(**change: Any) -> list[tuple[str, str]]:
        return await venues.refused("openVenue", {**venues.venue(first), **change})

    assert await refused(kind="FUNCTION_SITE") == [("function", "REQUIRED")]
    assert await refused(function="RED_CINEMA") == [("function", "INVALID")]
    assert await refused(estate=second.estate) == [("estate", "INVALID")]
    assert await refused(name="") == [("name", "REQUIRED")]
    assert await refused(openedOn="2999-01-01") == [("openedOn", "OUT_OF_RANGE")]
    assert await refused(services=["REST", "REST"]) == [("services", "DUPLICATE")]
    day = {"weekday": 1, "opensAt": "08:00:00", "closesAt": "20:00:00"}
    assert await refused(hours=[day, day]) == [("hours.1.weekday", "DUPLICATE")]
    assert await refused(hours=[{**day, "weekday": 8}]) == [("hours.0.weekday", "OUT_OF_RANGE")]
    assert await refused(hours=[{**day, "closesAt": "07:00:00"}]) == [
        ("hours.0.closesAt", "INVALID_PERIOD")
    ]
    location = {"longitude": 181, "latitude": 33.38, "coordinateSystem": "GCJ02"}
    assert await refused(location=location) == [("location.longitude", "OUT_OF_RANGE")]
    assert await venues.indicators() == before


async def test_venues_are_found_by_service_and_hour(venues: Venues) -> None:
    place = (await venues.places())[0]
    all_day = {"weekday": 7, "opensAt": "00:00:00", "closesAt": "00:00:00"}
    opened = await venues.ok(
        "openVenue",
        venues.venue(place, kind="WARM_HEART_STATION", services=["MICROWAVE"], hours=[all_day]),
        "venue { id }",
    )
    wanted = opened["venue"]["id"]
    query = """query($c: ID!, $at: VenueOpenAt, $s: [VenueService!]) {
        venues(first: 100, filter: {community: $c, openAt: $at, services: $s}) { nodes { id } } }"""

    async def found(**variables: Any) -> bool:
        data = await venues.query(query, {"c": place.community, **variables})
        return wanted in {n["id"] for n in data["venues"]["nodes"]}

    assert await found(at={"weekday": 7, "time": "23:30:00"}, s=["MICROWAVE"])
    assert await found(at={"weekday": 7, "time": "00:00:00"})
    assert not await found(at={"weekday": 6, "time": "12:00:00"})
    assert not await found(s=["MICROWAVE", "CHARGING"])
    errors = await venues.h.errors(
        "320902",
        '{ venues(first: 1, filter: {openAt: {weekday: 0, time: "12:00:00"}}) { totalCount } }',
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    errors = await venues.h.errors(
        "320902",
        '{ venues(first: 1, filter: {openAt: {weekday: 1, time: "12:00:00+08:00"}}) { totalCount } }',
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("point", [(120.16, 33.38), (116.397, 39.908), (2.35, 48.85)])
def test_gcj02_is_undone_to_under_a_centimetre(point: tuple[float, float]) -> None:
    shifted = wgs84_to_gcj02(*point)
    back = gcj02_to_wgs84(*shifted)
    assert abs(back[0] - point[0]) < 1e-7 and abs(back[1] - point[1]) < 1e-7
    inside = point[0] > 72
    assert (shifted != point) is inside  # GCJ-02 shifts China only


async def test_the_map_is_geojson_in_either_datum(venues: Venues) -> None:
    place = (await venues.places())[0]
    gcj = wgs84_to_gcj02(120.16, 33.38)
    location = {"longitude": gcj[0], "latitude": gcj[1], "coordinateSystem": "GCJ02"}
    opened = await venues.ok(
        "openVenue", venues.venue(place, location=location, name="地图驿站"), "venue { id }"
    )
    wanted = opened["venue"]["id"]
    data = await venues.query(
        """query($c: ID!) {
            wgs: venueMap(filter: {community: $c, kind: GRID_STATION})
            gcj: venueMap(filter: {community: $c, kind: GRID_STATION}, coordinateSystem: GCJ02)
            venues(first: 100, filter: {community: $c, kind: GRID_STATION, located: true}) { totalCount } }""",
        {"c": place.community},
    )
    for name in ("wgs", "gcj"):
        collection = data[name]
        assert collection["type"] == "FeatureCollection"
        assert len(collection["features"]) == data["venues"]["totalCount"]
    assert data["wgs"]["coordinateSystem"] == "WGS84" and data["gcj"]["coordinateSystem"] == "GCJ02"
    (wgs,) = [f for f in data["wgs"]["features"] if f["properties"]["id"] == wanted]
    (gcj_feature,) = [f for f in data["gcj"]["features"] if f["properties"]["id"] == wanted]
    assert wgs["geometry"] == {"type": "Point", "coordinates": [120.16, 33.38]}
    assert gcj_feature["geometry"]["coordinates"] == [round(gcj[0], 7), round(gcj[1], 7)]
    assert wgs["properties"] == {
        "id": wanted,
        "name": "地图驿站",
        "kind": "GRID_STATION",
        "function": None,
        "community": place.community,
    }


async def test_every_programme_venues_appear_together(venues: Venues) -> None:
    place = (await venues.places())[0]
    await venues.ok("openVenue", venues.venue(place, name="议事驿站"), "venue { id }")
    data = await venues.query(
        """query($e: ID!) { node(id: $e) { ... on Estate {
            redPropertyVenues(first: 100) { nodes { name } }
            allVenues { plugin kind name deliberation } } } }""",
        {"e": place.estate},
    )
    estate = data["node"]
    listed = estate["allVenues"]
    assert {
        "plugin": "venues",
        "kind": "venues.grid_station",
        "name": "议事驿站",
        "deliberation": True,
    } in listed
    assert sorted(v["name"] for v in listed if v["plugin"] == "red_property") == sorted(
        v["name"] for v in estate["redPropertyVenues"]["nodes"]
    )
    assert {v["plugin"] for v in listed} <= {"venues", "red_property"}


async def test_closing_a_venue_takes_its_hours_and_services(venues: Venues) -> None:
    place = (await venues.places())[0]
    opened = await venues.ok("openVenue", venues.venue(place), "venue { id }")
    venue = opened["venue"]["id"]
    closed = await venues.mutate("archive", {"id": venue}, "node { id }", input_type="ArchiveInput")
    assert closed["errors"] == []
    back = await venues.mutate("restore", {"id": venue}, "node { id }", input_type="ArchiveInput")
    assert back["errors"] == []
    data = await venues.query(
        "query($v: ID!) { node(id: $v) { ... on Venue { archivedAt services hours { weekday } } } }",
        {"v": venue},
    )
    assert data["node"] == {
        "archivedAt": None,
        "services": ["DELIBERATION", "DRINKING_WATER"],
        "hours": [{"weekday": 1}],
    }
