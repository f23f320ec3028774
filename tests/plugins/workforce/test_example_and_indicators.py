"""workforce: the article's figures from the example data, and the programme per district."""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING

from core.examples import EXAMPLES_DIR
from core.testing import TINGHU, YANDU, Harness

if TYPE_CHECKING:
    from tests.plugins.workforce.conftest import Workforce


async def test_indicators_reproduce_the_article(wf: Workforce) -> None:
    yandu = tomllib.loads((EXAMPLES_DIR / "yandu.toml").read_text("utf-8"))
    values = await wf.indicators()
    # Yandu's training alliance trained 2,600 people; 361 certified social workers.
    assert values["workforce.trained"] == 2600
    assert values["workforce.attendances"] >= 2600
    assert values["workforce.certified"] == 361
    assert (
        sum(
            values[f"workforce.certified.{level}"]
            for level in ("assistant", "intermediate", "senior")
        )
        == 361
    )
    # Every community worker core's example generates fills a seat of a quota.
    assert values["workforce.placed"] == yandu["people"]["community_worker"]
    assert values["workforce.seats"] == values["workforce.placed"] + values["workforce.vacancies"]
    assert values["workforce.vacancies"] == 36
    assert values["workforce.promotions"] == 150


async def test_every_community_is_staffed_within_its_quota(wf: Workforce) -> None:
    data = await wf.query(
        """{ district { communities(first: 100) { totalCount nodes { id
            workforceQuota { id seats filled vacancies community { id } }
            workforcePlacements(first: 30) { totalCount nodes { id active placedOn
              identity { kind } grade { id rank payMin payMax }
              gradings(first: 8) { nodes { id since grade { id rank } } } } } } } } }"""
    )
    communities = data["district"]["communities"]
    assert communities["totalCount"] == len(communities["nodes"])
    for community in communities["nodes"]:
        quota = community["workforceQuota"]
        placements = community["workforcePlacements"]
        assert quota["community"]["id"] == community["id"]
        assert quota["filled"] == placements["totalCount"] <= quota["seats"]
        assert quota["vacancies"] == quota["seats"] - quota["filled"] >= 0
        for placement in placements["nodes"]:
            assert placement["active"] and placement["identity"]["kind"] == "COMMUNITY_WORKER"
            gradings = placement["gradings"]["nodes"]  # latest first
            assert gradings[-1]["since"] == placement["placedOn"]
            assert placement["grade"] == gradings[0]["grade"] | {
                "payMin": placement["grade"]["payMin"],
                "payMax": placement["grade"]["payMax"],
            }
            ranks = [g["grade"]["rank"] for g in reversed(gradings)]
            assert ranks == sorted(set(ranks))  # promotions only go up


CONTRIBUTED = (
    "workforcePlacements(",
    "workforceCourses(",
    "placeWorkforceWorker(",
    "type WorkforceQuota implements Node",
    "workforceQuota:",
)


async def test_disabling_hides_the_programme_and_enabling_brings_everything_back(
    gridgov: Harness,
) -> None:
    # The article gives Tinghu no figure of the programme: it does not enable it.
    assert "orkforce" not in await gridgov.sdl(TINGHU)
    query = """{ workforcePlacements(first: 1) { totalCount nodes { id } }
                 workforceCourses(first: 1) { totalCount } }"""
    before = await gridgov.query(YANDU, query)
    placement = before["workforcePlacements"]["nodes"][0]["id"]
    sdl = await gridgov.sdl(YANDU)
    assert all(name in sdl for name in CONTRIBUTED)

    await gridgov.disable(YANDU, "workforce")
    assert "orkforce" not in await gridgov.sdl(YANDU)
    errors = await gridgov.errors(YANDU, query)
    assert "workforcePlacements" in errors[0]["message"]
    node = await gridgov.query(YANDU, "query($id: ID!) { node(id: $id) { id } }", {"id": placement})
    assert node["node"] is None
    indicators = await gridgov.query(
        YANDU, '{ district { indicators(prefix: "workforce.") { key } } }'
    )
    assert indicators["district"]["indicators"] == []

    await gridgov.enable(YANDU, "workforce")
    assert await gridgov.query(YANDU, query) == before


async def test_plugins_load_example_adds_the_shipped_figures_to_another_district_once(
    gridgov: Harness,
) -> None:
    await gridgov.load_example(TINGHU, "workforce")
    tinghu = tomllib.loads((EXAMPLES_DIR / "tinghu.toml").read_text("utf-8"))
    query = '{ district { indicators(prefix: "workforce.") { key count } } }'
    data = await gridgov.query(TINGHU, query)
    values = {i["key"]: i["count"] for i in data["district"]["indicators"]}
    # The figures shipped for a district the article gives none for.
    assert values["workforce.trained"] == 1000
    assert values["workforce.certified"] == 150
    assert values["workforce.placed"] == tinghu["people"]["community_worker"]
    summary = await gridgov.load_example(TINGHU, "workforce")
    assert "nothing" in summary or "already" in summary, summary
    assert await gridgov.query(TINGHU, query) == data
