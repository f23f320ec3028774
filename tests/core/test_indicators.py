"""District.indicators reproduce the article's figures for the Tinghu example."""

from __future__ import annotations

from core.examples import read_example
from core.testing import TINGHU, YANDU, Harness


async def test_core_indicators_reproduce_the_example_figures(gridgov: Harness) -> None:
    spec = read_example("tinghu")
    data = await gridgov.query(
        TINGHU, '{ district { indicators(prefix: "core.") { key label value } } }'
    )
    values = {item["key"]: item["value"] for item in data["district"]["indicators"]}
    expected = {
        "core.streets": len(spec["streets"]),
        "core.communities": spec["communities"],
        **{f"core.grids.{kind}": count for kind, count in spec["grids"].items()},
        **{
            f"core.organisations.{kind}": count
            for kind, count in spec["organisations"].items()
            if isinstance(count, int)
        },
        "core.organisations.social_organisation": len(spec["organisations"]["social_organisation"]),
        "core.posts.part_time_committee_member": spec["people"]["part_time_committee_member"],
        "core.posts.party_building_instructor": spec["people"]["party_building_instructor"],
        "core.secretaries.community_big_party_committee": spec["communities"],
        "core.secretaries.grid_party_branch": spec["grids"]["party_building"],
        "core.grid_workers.full_time": spec["people"]["full_time_grid_worker"],
        "core.grid_workers.part_time": spec["people"]["part_time_grid_worker"],
        "core.identities.community_worker": spec["people"]["community_worker"],
        "core.identities.in_service_party_member": spec["people"]["in_service_party_member"],
    }
    assert {key: values.get(key) for key in expected} == expected
    # The article's figures themselves, so the example file cannot drift from them.
    assert (
        expected["core.grids.micro"],
        expected["core.organisations.building_party_group"],
        expected["core.grid_workers.full_time"],
        expected["core.grid_workers.part_time"],
    ) == (1976, 1327, 1112, 141)
    assert all(item["label"] for item in data["district"]["indicators"])


async def test_indicators_are_per_district_and_filtered_by_prefix(gridgov: Harness) -> None:
    query = '{ district { indicators(prefix: "core.grids.") { key value } } }'
    tinghu = (await gridgov.query(TINGHU, query))["district"]["indicators"]
    yandu = (await gridgov.query(YANDU, query))["district"]["indicators"]
    assert [i["key"] for i in tinghu] == [i["key"] for i in yandu] and len(tinghu) == 4
    assert tinghu != yandu
