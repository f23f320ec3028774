"""six_haves: another programme's venues count through ``gridgov_venues``, never an import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy import select

from core import clock
from core.contract import PlaceVenue, VenueContext
from core.db import models as core
from core.graphql.ids import parse_global_id
from core.hookspecs import hookimpl
from core.plugins import PluginManager
from core.testing import YANDU, Harness
from plugins.six_haves import plugin

PLACE = """query($id: ID!) { node(id: $id) { ... on Estate { sixHaves { missing
  place { satisfied evidenceIds reportedVenues { plugin kind name } } } } } }"""


class VenueProbe:
    """A programme recording a council hall and a mutual-help corner on one estate."""

    def __init__(self) -> None:
        self.estate_id = 0
        self.asked: list[list[int]] = []
        self.days: list[dt.date] = []

    @hookimpl
    async def gridgov_venues(self, context: VenueContext) -> Sequence[PlaceVenue]:
        self.asked.append(list(context.estate_ids))
        self.days.append(context.as_of)
        venues = [
            PlaceVenue(self.estate_id, "venue_probe.council_hall", "民情议事厅", True),
            PlaceVenue(self.estate_id, "venue_probe.corner", "邻里互助角", False),
        ]
        return [v for v in venues if v.estate_id in context.estate_ids]


async def test_other_programmes_venues_count_when_enabled(
    example_database: str, make_harness: Callable[..., Awaitable[Harness]]
) -> None:
    probe = VenueProbe()
    manager = PluginManager({"six_haves": plugin, "venue_probe": probe})
    h = await make_harness(example_database, manager)
    data = await h.query(
        YANDU,
        "{ sixHavesOverview { haves { have satisfied }"
        " estates(first: 1, missing: PLACE) { nodes { estate { id } } } } }",
    )
    estate = data["sixHavesOverview"]["estates"]["nodes"][0]["estate"]["id"]
    before = {r["have"]: r["satisfied"] for r in data["sixHavesOverview"]["haves"]}
    parsed = parse_global_id(estate)
    assert parsed is not None
    probe.estate_id = parsed[1]

    # Not enabled in Yandu: the probe is not asked and its venues do not count.
    found = (await h.query(YANDU, PLACE, {"id": estate}))["node"]["sixHaves"]
    assert found["place"] == {"satisfied": False, "evidenceIds": [], "reportedVenues": []}
    assert probe.asked == []

    async with h.app.state.gridgov.sessions() as session:
        district = await session.scalar(select(core.District.id).where(core.District.code == YANDU))
        session.add(core.DistrictPlugin(district_id=district, plugin="venue_probe"))
        await session.commit()

    found = (await h.query(YANDU, PLACE, {"id": estate}))["node"]["sixHaves"]
    assert found["place"] == {
        "satisfied": True,
        "evidenceIds": [],
        "reportedVenues": [
            {"plugin": "venue_probe", "kind": "venue_probe.council_hall", "name": "民情议事厅"}
        ],
    }
    assert "PLACE" not in found["missing"]
    assert probe.asked == [[probe.estate_id]]

    # The district view asks once for all its estates, and counts the estate now.
    data = await h.query(YANDU, "{ sixHavesOverview { haves { have satisfied } } }")
    after = {r["have"]: r["satisfied"] for r in data["sixHavesOverview"]["haves"]}
    assert after["PLACE"] == before["PLACE"] + 1
    assert len(probe.asked) == 2 and len(probe.asked[1]) == 180
    assert probe.days == [clock.today()] * 2

    # A past day is the day the other programmes are asked about, from the estate's
    # field, the district view and a snapshot alike.
    day = dt.date(2024, 6, 30)
    await h.query(
        YANDU,
        'query($id: ID!) { node(id: $id) { ... on Estate { sixHaves(asOf: "2024-06-30")'
        " { score } } } }",
        {"id": estate},
    )
    await h.query(YANDU, '{ sixHavesOverview(asOf: "2024-06-30") { estatesAssessed } }')
    payload = await h.mutate(
        YANDU, "takeSixHavesSnapshot", {"kind": "HALF_YEAR", "asOf": day.isoformat()}
    )
    assert payload["errors"] == []
    assert probe.days[2:] == [day] * 3


async def test_six_haves_reports_its_own_venues_to_others(gridgov: Harness) -> None:
    data = await gridgov.query(
        YANDU,
        """{ sixHavesOverview { estates(first: 1, allSix: true) { nodes { estate { id }
             place { venues { id name openedOn } } } } } }""",
    )
    node = data["sixHavesOverview"]["estates"]["nodes"][0]
    parsed = parse_global_id(node["estate"]["id"])
    assert parsed is not None
    manager = gridgov.app.state.gridgov.manager

    async def reported(day: dt.date) -> list[PlaceVenue]:
        async with gridgov.app.state.gridgov.sessions() as session:
            district = await session.scalar(
                select(core.District.id).where(core.District.code == YANDU)
            )
            assert district is not None
            venues: list[PlaceVenue] = await manager.call_plugin(
                "gridgov_venues",
                "six_haves",
                context=VenueContext(district, [parsed[1]], session, day),
            )
            return venues

    venues = await reported(clock.today())
    deliberation = [v.name for v in venues if v.deliberation]
    assert deliberation == [v["name"] for v in node["place"]["venues"]]
    assert all(v.kind.startswith("six_haves.") and v.estate_id == parsed[1] for v in venues)

    # As of a day before a venue opened, it is not reported; from that day on, it is.
    venue = node["place"]["venues"][0]
    opened = dt.date.fromisoformat(venue["openedOn"])
    before = await reported(opened - dt.timedelta(days=1))
    assert venue["name"] not in [v.name for v in before]
    assert venue["name"] in [v.name for v in await reported(opened)]
    estate = await gridgov.query(
        YANDU,
        "query($id: ID!, $day: Date) { node(id: $id) { ... on Estate { sixHaves(asOf: $day) {"
        " place { venues { id } } } } } }",
        {"id": node["estate"]["id"], "day": (opened - dt.timedelta(days=1)).isoformat()},
    )
    assert venue["id"] not in [v["id"] for v in estate["node"]["sixHaves"]["place"]["venues"]]
