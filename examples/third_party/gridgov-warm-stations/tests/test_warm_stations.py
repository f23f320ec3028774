"""Warm-heart stations through GraphQL over HTTP, with gridgov's pytest fixtures.

``gridgov`` is a harness on a fresh database holding Tinghu (320902, which enables
this plugin) and Yandu (320903, which does not), loaded with the example data of
every installed plugin they enable.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.testing import EXAMPLE_SCALE, Harness

TINGHU, YANDU = "320902", "320903"
STATIONS = 215
VISITS = round(STATIONS * 40 * EXAMPLE_SCALE)  # visits_per_station of the shipped figures

OPEN = """
mutation Open($input: OpenWarmStationInput!) {
  openWarmStation(input: $input) {
    station { id name services opensAt closesAt community { id } estate { id } host { name } }
    errors { field code message }
  }
}
"""
VISIT = """
mutation Visit($input: RecordWarmStationVisitInput!) {
  recordWarmStationVisit(input: $input) {
    visit { id workerKind service visitedAt station { id } }
    errors { field code message }
  }
}
"""


async def figures(harness: Harness, district: str = TINGHU) -> dict[str, float]:
    data = await harness.query(
        district, '{ district { indicators(prefix: "warm_stations.") { key value } } }'
    )
    return {item["key"]: item["value"] for item in data["district"]["indicators"]}


async def places(harness: Harness) -> dict[str, Any]:
    """Two communities with an estate each, and a co-building unit and another unit."""
    data = await harness.query(
        TINGHU,
        """
        { district {
            communities(first: 2) { nodes { id estates(first: 1) { nodes { id } } } }
            units: organisations(first: 1, filter: {kind: CO_BUILDING_UNIT}) { nodes { id } }
            committees: organisations(first: 1, filter: {kind: RESIDENTS_COMMITTEE}) {
              nodes { id } }
        } }
        """,
    )
    district = data["district"]
    first, second = district["communities"]["nodes"]
    return {
        "community": first["id"],
        "estate": first["estates"]["nodes"][0]["id"],
        "other_estate": second["estates"]["nodes"][0]["id"],
        "unit": district["units"]["nodes"][0]["id"],
        "committee": district["committees"]["nodes"][0]["id"],
    }


def station_input(community: str, **overrides: Any) -> dict[str, Any]:
    return {
        "community": community,
        "name": "快递小哥暖心驿站",
        "services": ["DRINKING_WATER", "CHARGING", "MICROWAVE"],
        "opensAt": "08:00:00",
        "closesAt": "20:00:00",
        "openedOn": "2024-05-01",
        **overrides,
    }


async def test_tinghu_serves_the_plugin_and_yandu_does_not(gridgov: Harness) -> None:
    tinghu, yandu = await gridgov.sdl(TINGHU), await gridgov.sdl(YANDU)
    for piece in (
        "type WarmStation implements Node",
        "type WarmStationVisit implements Node",
        "enum WarmStationService",
        "warmStations(",
        "openWarmStation(",
        "recordWarmStationVisit(",
    ):
        assert piece in tinghu
        assert piece not in yandu
    errors = await gridgov.errors(YANDU, "{ warmStations { totalCount } }")
    assert "Cannot query field 'warmStations'" in errors[0]["message"]
    assert "Did you mean" not in errors[0]["message"]


async def test_indicators_reproduce_tinghu(gridgov: Harness) -> None:
    assert await figures(gridgov) == {
        "warm_stations.stations": STATIONS,
        "warm_stations.visits": VISITS,
    }
    assert await figures(gridgov, YANDU) == {}
    data = await gridgov.query(TINGHU, "{ warmStations { totalCount } }")
    assert data["warmStations"]["totalCount"] == STATIONS


async def test_example_data_loads_into_another_district(gridgov: Harness) -> None:
    # As `gridgov plugins load-example warm_stations --district 320903` does: Yandu is
    # loaded without the plugin; it gets it enabled, with the figures the plugin ships.
    summary = await gridgov.load_example(YANDU, "warm_stations")
    assert "enabled warm_stations" in summary
    assert "warmStations(" in await gridgov.sdl(YANDU)
    assert await figures(gridgov, YANDU) == {
        "warm_stations.stations": 30,
        "warm_stations.visits": round(30 * 40 * EXAMPLE_SCALE),
    }
    # Tinghu has its stations already: nothing is loaded twice.
    assert "nothing to do" in await gridgov.load_example(TINGHU, "warm_stations")
    assert (await figures(gridgov))["warm_stations.stations"] == STATIONS


async def test_stations_filtered_by_service_and_hours(gridgov: Harness) -> None:
    query = """
    query Q($filter: WarmStationFilter) {
      warmStations(first: 100, filter: $filter) {
        totalCount nodes { services opensAt closesAt }
      }
    }
    """
    every = await gridgov.query(TINGHU, query, {"filter": {"services": ["DRINKING_WATER"]}})
    assert every["warmStations"]["totalCount"] == STATIONS
    both = {"services": ["MICROWAVE", "TOILET"]}
    some = (await gridgov.query(TINGHU, query, {"filter": both}))["warmStations"]
    assert 0 < some["totalCount"] < STATIONS
    assert all({"MICROWAVE", "TOILET"} <= set(n["services"]) for n in some["nodes"])
    early = (await gridgov.query(TINGHU, query, {"filter": {"openAt": "06:30:00"}}))["warmStations"]
    assert 0 < early["totalCount"] < STATIONS
    assert all(n["opensAt"] <= "06:30:00" < n["closesAt"] for n in early["nodes"])


async def test_pages_through_every_station(gridgov: Harness) -> None:
    query = """
    query Q($after: String) {
      warmStations(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { id }
      }
    }
    """
    seen: list[str] = []
    after = None
    while True:
        page = (await gridgov.query(TINGHU, query, {"after": after}))["warmStations"]
        seen += [node["id"] for node in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == STATIONS


async def test_open_a_station_and_record_a_visit(gridgov: Harness) -> None:
    where = await places(gridgov)
    opened = await gridgov.query(
        TINGHU,
        OPEN,
        {
            "input": station_input(
                where["community"],
                estate=where["estate"],
                host=where["unit"],
                services=["MICROWAVE", "DRINKING_WATER"],
            )
        },
    )
    payload = opened["openWarmStation"]
    assert payload["errors"] == []
    station = payload["station"]
    assert station["services"] == ["DRINKING_WATER", "MICROWAVE"]
    assert (station["community"]["id"], station["estate"]["id"]) == (
        where["community"],
        where["estate"],
    )
    assert "驻区单位" in station["host"]["name"]

    visited = await gridgov.query(
        TINGHU,
        VISIT,
        {
            "input": {
                "station": station["id"],
                "workerKind": "DELIVERY_RIDER",
                "service": "MICROWAVE",
                "visitedAt": "2024-06-01T20:30:00+08:00",
            }
        },
    )
    visit = visited["recordWarmStationVisit"]
    assert visit["errors"] == []
    assert visit["visit"]["visitedAt"] == "2024-06-01T12:30:00+00:00"
    assert visit["visit"]["station"]["id"] == station["id"]

    data = await gridgov.query(
        TINGHU,
        """
        query Q($id: ID!) { node(id: $id) { ... on WarmStation {
          name visits { totalCount nodes { workerKind service } } } } }
        """,
        {"id": station["id"]},
    )
    assert data["node"]["visits"] == {
        "totalCount": 1,
        "nodes": [{"workerKind": "DELIVERY_RIDER", "service": "MICROWAVE"}],
    }
    assert await figures(gridgov) == {
        "warm_stations.stations": STATIONS + 1,
        "warm_stations.visits": VISITS + 1,
    }
    # A Global ID of a plugin Yandu has not enabled resolves to nothing there.
    hidden = await gridgov.query(
        YANDU, "query Q($id: ID!) { node(id: $id) { id } }", {"id": station["id"]}
    )
    assert hidden["node"] is None


async def test_bad_station_input_is_refused_and_nothing_written(gridgov: Harness) -> None:
    where = await places(gridgov)
    cases: list[tuple[dict[str, Any], list[tuple[list[str], str]]]] = [
        (
            station_input(where["community"], name="  ", services=[]),
            [(["input", "name"], "REQUIRED"), (["input", "services"], "REQUIRED")],
        ),
        (
            station_input(where["community"], services=["REST", "REST"], closesAt="07:00:00"),
            [(["input", "services"], "DUPLICATE"), (["input", "closesAt"], "INVALID_PERIOD")],
        ),
        (
            station_input(
                where["community"], estate=where["other_estate"], host=where["committee"]
            ),
            [(["input", "estate"], "WRONG_KIND"), (["input", "host"], "WRONG_KIND")],
        ),
        (
            station_input(where["estate"], name="x" * 101),
            [(["input", "community"], "NOT_FOUND"), (["input", "name"], "TOO_LONG")],
        ),
    ]
    for values, expected in cases:
        data = await gridgov.query(TINGHU, OPEN, {"input": values})
        payload = data["openWarmStation"]
        assert payload["station"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected, payload
    assert (await figures(gridgov))["warm_stations.stations"] == STATIONS

    # A name taken in the same community is refused; the first station stays alone.
    first = await gridgov.query(TINGHU, OPEN, {"input": station_input(where["community"])})
    assert first["openWarmStation"]["errors"] == []
    again = await gridgov.query(TINGHU, OPEN, {"input": station_input(where["community"])})
    assert [e["code"] for e in again["openWarmStation"]["errors"]] == ["DUPLICATE"]
    assert (await figures(gridgov))["warm_stations.stations"] == STATIONS + 1


async def test_bad_visit_input_is_refused_and_nothing_written(gridgov: Harness) -> None:
    where = await places(gridgov)
    opened = await gridgov.query(TINGHU, OPEN, {"input": station_input(where["community"])})
    station = opened["openWarmStation"]["station"]["id"]
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
    cases = [
        ({"service": "TOILET"}, (["input", "service"], "INVALID")),
        ({"visitedAt": future}, (["input", "visitedAt"], "OUT_OF_RANGE")),
        ({"visitedAt": "2024-06-01T10:00:00"}, (["input", "visitedAt"], "INVALID")),
        ({"visitedAt": "2020-01-01T10:00:00+08:00"}, (["input", "visitedAt"], "OUT_OF_RANGE")),
        ({"station": where["community"]}, (["input", "station"], "NOT_FOUND")),
    ]
    for override, expected in cases:
        values = {"station": station, "workerKind": "COURIER", "service": "CHARGING", **override}
        payload = (await gridgov.query(TINGHU, VISIT, {"input": values}))["recordWarmStationVisit"]
        assert payload["visit"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [expected], payload

    # A closed (archived) station takes no visits.
    archived = await gridgov.query(
        TINGHU,
        "mutation Q($id: ID!) { archive(input: {id: $id}) { errors { code } } }",
        {"id": station},
    )
    assert archived["archive"]["errors"] == []
    values = {"station": station, "workerKind": "COURIER", "service": "CHARGING"}
    payload = (await gridgov.query(TINGHU, VISIT, {"input": values}))["recordWarmStationVisit"]
    assert [e["code"] for e in payload["errors"]] == ["ARCHIVED"]
    assert await figures(gridgov) == {
        "warm_stations.stations": STATIONS,
        "warm_stations.visits": VISITS,
    }


async def test_statement_count_does_not_depend_on_rows(gridgov: Harness) -> None:
    query = """
    query Q($n: Int!) { district { communities(first: $n) { nodes {
      warmStations(first: 5) { totalCount nodes {
        name services community { name } estate { name } host { name }
        visits(first: 3) { totalCount nodes { workerKind station { name } } }
      } }
    } } } }
    """
    counts = []
    for n in (2, 20):
        with gridgov.counting() as statements:
            data = await gridgov.query(TINGHU, query, {"n": n})
        communities = data["district"]["communities"]["nodes"]
        assert len(communities) == n
        assert sum(len(c["warmStations"]["nodes"]) for c in communities) >= n
        counts.append(len(statements))
    assert counts[0] == counts[1], counts
