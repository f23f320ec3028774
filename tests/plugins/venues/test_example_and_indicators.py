"""venues: the article's figures from the example data, the programme per district."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.testing import TINGHU, YANDU

if TYPE_CHECKING:
    from tests.plugins.venues.conftest import Venues


async def test_indicators_reproduce_the_article(venues: Venues) -> None:
    values = await venues.indicators()
    communities = await venues.query("{ district { communities(first: 1) { totalCount } } }")
    # 网格驿站22个, 暖心驿站215个, 红色影院、健康小屋、小哥课堂等功能场所73个.
    assert values["venues.grid_stations"] == 22
    assert values["venues.warm_heart_stations"] == 215
    assert values["venues.function_sites"] == 73
    assert (
        values["venues.function_sites.red_cinemas"]
        + values["venues.function_sites.health_huts"]
        + values["venues.function_sites.couriers_classrooms"]
        == 73
    )
    # Every community has its party-mass service centre.
    assert values["venues.service_centres"] == communities["district"]["communities"]["totalCount"]
    # 梳理社区资产263处, 盘活闲置用房1.32万平方米.
    assert values["venues.assets"] == 263
    assert values["venues.idle_area_put_to_use"] == 13200.0
    assert 0 < values["venues.idle_put_to_use"] < 263
    assert values["venues.bookings"] == 600
    yandu = await venues.indicators(YANDU)
    assert yandu["venues.grid_stations"] == 16 and yandu["venues.assets"] == 120


async def test_counts_are_whole_numbers(venues: Venues) -> None:
    data = await venues.query('{ district { indicators(prefix: "venues.") { key value count } } }')
    for indicator in data["district"]["indicators"]:
        if indicator["key"] == "venues.idle_area_put_to_use":
            assert indicator["count"] is None  # square metres, not a count
        else:
            assert indicator["count"] == indicator["value"], indicator


async def test_example_venues_are_located_and_open(venues: Venues) -> None:
    data = await venues.query(
        """{ venues(first: 100, filter: {kind: WARM_HEART_STATION}) { totalCount nodes {
            services hours { weekday } location { coordinateSystem }
            wgs: location(coordinateSystem: WGS84) { longitude latitude } } } }"""
    )
    assert data["venues"]["totalCount"] == 215
    for node in data["venues"]["nodes"]:
        assert "DRINKING_WATER" in node["services"]
        assert [h["weekday"] for h in node["hours"]] == list(range(1, 8))
        assert node["location"]["coordinateSystem"] == "GCJ02"  # read off a web map
        assert 119.9 < node["wgs"]["longitude"] < 120.4 and 33.2 < node["wgs"]["latitude"] < 33.6


async def test_a_district_that_does_not_enable_it_sees_nothing(venues: Venues) -> None:
    found = await venues.query("{ venues(first: 1) { nodes { id } } }")
    venue = found["venues"]["nodes"][0]["id"]
    await venues.h.disable(TINGHU, "venues")
    sdl = await venues.h.sdl(TINGHU)
    assert "venueMap" not in sdl and "VenueAsset" not in sdl
    hidden = await venues.query("query($id: ID!) { node(id: $id) { id } }", {"id": venue})
    assert hidden["node"] is None
    await venues.h.enable(TINGHU, "venues")
    shown = await venues.query("query($id: ID!) { node(id: $id) { id } }", {"id": venue})
    assert shown["node"] == {"id": venue}
