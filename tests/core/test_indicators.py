"""District.indicators reproduce the article's figures for the Tinghu example."""

from __future__ import annotations

from sqlalchemy import select

from core.db import models
from core.examples import read_example
from core.testing import ADMIN, TINGHU, YANDU, Harness


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


async def test_indicators_count_what_the_viewer_may_read(gridgov: Harness) -> None:
    query = '{ district { indicators(prefix: "core.") { key value } } }'
    places = await gridgov.query(
        TINGHU,
        "{ district { communities(first: 1) { nodes { code grids(first: 1) { nodes { code } } } } } }",
    )
    community = places["district"]["communities"]["nodes"][0]
    counts = {}
    for who, token in (
        ("admin", ADMIN),
        ("community", await gridgov.login_as(TINGHU, "community_staff", community["code"])),
        (
            "grid",
            await gridgov.login_as(TINGHU, "analyst", community["grids"]["nodes"][0]["code"]),
        ),
    ):
        data = await gridgov.query(TINGHU, query, token=token)
        counts[who] = {item["key"]: item["value"] for item in data["district"]["indicators"]}
    people = [counts[who]["core.people"] for who in ("admin", "community", "grid")]
    assert people[0] > people[1] > people[2] > 0, people
    assert counts["community"]["core.communities"] == 1
    assert counts["grid"]["core.streets"] == 1  # the street it lies in stays readable


async def test_figures_are_reused_until_a_mutation_changes_the_district(gridgov: Harness) -> None:
    query = '{ district { indicators(prefix: "core.streets") { value } } }'

    async def streets() -> float:
        data = await gridgov.query(TINGHU, query)
        return float(data["district"]["indicators"][0]["value"])

    before = await streets()
    async with gridgov.app.state.gridgov.sessions() as session:
        district = await session.scalar(
            select(models.District).where(models.District.code == TINGHU)
        )
        assert district is not None
        # Written behind the server's back, as another process would: not seen while fresh.
        session.add(
            models.Street(district_id=district.id, code="320902901", name="旁路街道", kind="street")
        )
        await session.commit()
    assert await streets() == before
    made = await gridgov.mutate(TINGHU, "createStreet", {"code": "320902902", "name": "新街道"})
    assert made["errors"] == []
    assert await streets() == before + 2  # the mutation forgot the district's figures
