"""What the example districts show front ends: whole-number counts, residents, names."""

from __future__ import annotations

import re

from core.examples import GIVEN, SURNAMES
from core.testing import TINGHU, YANDU, Harness

NOT_COUNTS = re.compile(
    r"^(grid_events\.(median_hours_to_resolve|satisfaction)|dual_report\.hours|service_projects\.evaluations\.average_score|venues\.idle_area_put_to_use|four_beautiful\.scores\..+)$"
)
"""The figures that are rates, averages or measured hours and areas; every other figure counts something."""


async def test_counts_are_whole_numbers(gridgov: Harness) -> None:
    wrong = []
    for district in (TINGHU, YANDU):
        data = await gridgov.query(district, "{ district { indicators { key value count } } }")
        for figure in data["district"]["indicators"]:
            if NOT_COUNTS.match(figure["key"]):
                if figure["count"] is not None:
                    wrong.append(figure)
            elif not (isinstance(figure["count"], int) and figure["count"] == figure["value"]):
                wrong.append(figure)
    assert wrong == []


async def test_residents_hold_the_resident_identity(gridgov: Harness) -> None:
    data = await gridgov.query(
        TINGHU,
        """{ district { indicators(prefix: "core.identities.resident") { count }
             people(first: 1, filter: { identity: RESIDENT }) { totalCount
               nodes { household { id } identities(first: 5) { nodes { kind } } } } } }""",
    )
    [residents] = data["district"]["indicators"]
    people = data["district"]["people"]
    assert residents["count"] > 0 and residents["count"] == people["totalCount"]
    [person] = people["nodes"]
    assert person["household"] is not None
    assert "RESIDENT" in {i["kind"] for i in person["identities"]["nodes"]}


async def test_example_names_match_genders(gridgov: Harness) -> None:
    data = await gridgov.query(
        YANDU, "{ district { people(first: 100) { nodes { name gender } } } }"
    )
    people = data["district"]["people"]["nodes"]
    assert {p["gender"] for p in people} == {"MALE", "FEMALE"}
    for person in people:
        surname, given = person["name"][0], person["name"][1:]
        assert surname in SURNAMES and given, person
        assert set(given) <= set(GIVEN[person["gender"].lower()]), person
