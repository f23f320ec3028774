"""six_haves: another programme's venues count through ``gridgov_venues``, never an import."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy import select

from core.contract import PlaceVenue, VenueContext
from core.db import models as core
from core.graphql.ids import parse_global_id
from core.hookspecs import hookimpl
from core.plugins import PluginManager
from core.testing import Harness
from plugins.six_haves import plugin
from plugins.six_haves.testing import YANDU

PLACE = """query($id: ID!) { node(id: $id) { ... on Estate { sixHaves { missing
  place { satisfied evidenceIds reportedVenues { plugin kind name } } } } } }"""


class VenueProbe:
    """A programme recording a council hall and a mutual-help corner on one estate."""

    def __init__(self) -> None:
        self.estate_id = 0
        self.asked: list[list[int]] = []

    @hookimpl
    async def gridgov_venues(self, context: VenueContext) -> Sequence[PlaceVenue]:
        self.asked.append(list(context.estate_ids))
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


async def test_six_haves_reports_its_own_venues_to_others(gridgov: Harness) -> None:
    data = await gridgov.query(
        YANDU,
        """{ sixHavesOverview { estates(first: 1, allSix: true) { nodes { estate { id }
             place { venues { name } } } } } }""",
    )
    node = data["sixHavesOverview"]["estates"]["nodes"][0]
    parsed = parse_global_id(node["estate"]["id"])
    assert parsed is not None
    manager = gridgov.app.state.gridgov.manager
    async with gridgov.app.state.gridgov.sessions() as session:
        district = await session.scalar(select(core.District.id).where(core.District.code == YANDU))
        assert district is not None
        venues = await manager.call_plugin(
            "gridgov_venues",
            "six_haves",
            context=VenueContext(district, [parsed[1]], session),
        )
    deliberation = [v.name for v in venues if v.deliberation]
    assert deliberation == [v["name"] for v in node["place"]["venues"]]
    assert all(v.kind.startswith("six_haves.") and v.estate_id == parsed[1] for v in venues)
