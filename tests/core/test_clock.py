"""Days are the districts' days (China Standard Time), not the server's UTC days."""

from __future__ import annotations

import datetime as dt

from core.clock import frozen_at
from core.testing import TINGHU, Harness, codes

MIDNIGHT_IN_YANCHENG = dt.datetime(2031, 6, 30, 16, 0, tzinfo=dt.UTC)
"""2031-07-01 00:00 in Yancheng, while the server's UTC clock still shows June 30."""

MINUTE = dt.timedelta(minutes=1)


async def a_person_and_grid(h: Harness) -> tuple[str, str]:
    data = await h.query(
        TINGHU,
        """{ district { people(first: 1) { nodes { id } }
             grids(first: 1, filter: {kind: MICRO}) { nodes { id } } } }""",
    )
    district = data["district"]
    return district["people"]["nodes"][0]["id"], district["grids"]["nodes"][0]["id"]


async def born_on(h: Harness, day: str) -> set[tuple[str, str]]:
    payload = await h.mutate(
        TINGHU,
        "createPerson",
        {"name": "新生儿", "gender": "FEMALE", "birthDate": day},
        "person { birthDate(reveal: true) }",
    )
    return codes(payload)


async def test_a_day_is_past_once_it_has_begun_in_the_districts(gridgov: Harness) -> None:
    with frozen_at(MIDNIGHT_IN_YANCHENG - MINUTE):
        assert await born_on(gridgov, "2031-07-01") == {("birthDate", "OUT_OF_RANGE")}
    with frozen_at(MIDNIGHT_IN_YANCHENG + MINUTE):
        assert await born_on(gridgov, "2031-07-01") == set()
        assert await born_on(gridgov, "2031-07-02") == {("birthDate", "OUT_OF_RANGE")}


async def test_a_period_ends_with_the_districts_day(gridgov: Harness) -> None:
    person, grid = await a_person_and_grid(gridgov)
    for end in ("2031-06-30", "2031-07-01"):
        made = await gridgov.mutate(
            TINGHU,
            "createGridAssignment",
            {
                "person": person,
                "grid": grid,
                "kind": "PART_TIME",
                "startDate": "2024-05-01",
                "endDate": end,
            },
            "gridAssignment { id }",
        )
        assert made["errors"] == []
    ends = """query($id: ID!) { node(id: $id) { ... on Person {
        gridAssignments(first: 50) { nodes { endDate } } } } }"""
    with frozen_at(MIDNIGHT_IN_YANCHENG + MINUTE):
        data = await gridgov.query(TINGHU, ends, {"id": person})
    current = {a["endDate"] for a in data["node"]["gridAssignments"]["nodes"]}
    assert "2031-07-01" in current and "2031-06-30" not in current
