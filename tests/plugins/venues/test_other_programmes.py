"""venues: its venues reach other programmes through ``gridgov_venues``, never an import."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, delete, select

from core.db import models as core
from core.testing import YANDU, Harness, run_cli
from plugins.venues import models

if TYPE_CHECKING:
    from tests.plugins.venues.conftest import Venues

PLACE = """query($id: ID!) { node(id: $id) { ... on Estate { sixHaves { missing
  place { satisfied reportedVenues { plugin kind name } } } allVenues { plugin kind name } } } }"""


async def test_six_haves_counts_a_station_to_deliberate_in(venues: Venues) -> None:
    data = await venues.h.query(
        YANDU,
        "{ sixHavesOverview { estates(first: 1, missing: PLACE) { nodes { estate { id community { id } } } } } }",
    )
    estate = data["sixHavesOverview"]["estates"]["nodes"][0]["estate"]
    station = {
        "community": estate["community"]["id"],
        "estate": estate["id"],
        "kind": "GRID_STATION",
        "name": "议事网格驿站",
        "openedOn": "2024-03-01",
        "services": ["REST"],
    }
    payload = await venues.h.mutate(YANDU, "openVenue", station, "venue { id }")
    assert payload["errors"] == []
    found = (await venues.h.query(YANDU, PLACE, {"id": estate["id"]}))["node"]
    # Resting is no deliberating: Six Haves still misses a place.
    assert found["sixHaves"]["place"]["satisfied"] is False
    assert {"plugin": "venues", "kind": "venues.grid_station", "name": "议事网格驿站"} in found[
        "allVenues"
    ]
    payload = await venues.h.mutate(
        YANDU, "openVenue", {**station, "services": ["DELIBERATION"]}, "venue { id }"
    )
    assert payload["errors"] == []
    found = (await venues.h.query(YANDU, PLACE, {"id": estate["id"]}))["node"]
    assert found["sixHaves"]["place"] == {
        "satisfied": True,
        "reportedVenues": [
            {"plugin": "venues", "kind": "venues.grid_station", "name": "议事网格驿站"}
        ],
    }
    assert "PLACE" not in found["sixHaves"]["missing"]


async def test_load_example_adds_nothing_where_the_plugin_has_rows(example_database: str) -> None:
    said = await asyncio.to_thread(
        run_cli,
        "--database",
        example_database,
        "plugins",
        "load-example",
        "venues",
        "--district",
        "320902",
    )
    assert said[0] == 0, said
    assert "venues's data is already in 320902" in said[1] and "nothing to do" in said[1]


async def test_the_example_loads_into_a_district_with_other_figures(gridgov: Harness) -> None:
    figures = {
        "grid_stations": 3,
        "warm_heart_stations": 4,
        "function_sites": {"health_hut": 2},
        "assets": 10,
        "idle_rooms": 4,
        "idle_area": 321,
        "bookings": 5,
    }
    await gridgov.disable(YANDU, "venues")
    # Start from a district without the programme's rows, as one that never ran it.
    async with gridgov.app.state.gridgov.sessions() as session:
        district = await session.scalar(select(core.District.id).where(core.District.code == YANDU))
        for model in reversed(models.MODELS):
            table = cast(Table, model.__table__)
            await session.execute(delete(table).where(table.c.district_id == district))
        await session.commit()
    await gridgov.load_example(YANDU, "venues", figures)
    data = await gridgov.query(
        YANDU, '{ district { indicators(prefix: "venues.") { key count value } } }'
    )
    values = {i["key"]: i["value"] for i in data["district"]["indicators"]}
    assert values["venues.grid_stations"] == 3
    assert values["venues.function_sites.health_huts"] == values["venues.function_sites"] == 2
    assert values["venues.assets"] == 10 and values["venues.idle_put_to_use"] == 4
    assert values["venues.idle_area_put_to_use"] == 321.0
    assert values["venues.bookings"] == 5
