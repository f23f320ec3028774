"""four_beautiful: the article's figures from Yandu's example data, and 合心花园 as told."""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any

from core.examples import EXAMPLES_DIR
from core.testing import YANDU, Harness

if TYPE_CHECKING:
    from tests.plugins.four_beautiful.conftest import CoCreation

FIGURES: dict[str, Any] = tomllib.loads((EXAMPLES_DIR / "yandu.toml").read_text(encoding="utf-8"))[
    "plugins"
]["four_beautiful"]


async def indicators(h: Harness) -> dict[str, float]:
    data = await h.query(
        YANDU, '{ district { indicators(prefix: "four_beautiful.") { key value } } }'
    )
    return {i["key"]: i["value"] for i in data["district"]["indicators"]}


async def test_indicators_reproduce_the_article(gridgov: Harness) -> None:
    values = await indicators(gridgov)
    assert values["four_beautiful.estate_party_branches"] == 18
    assert values["four_beautiful.co_creation_party_branches"] == 7
    assert values["four_beautiful.party_volunteers"] == 35  # all in 合心花园
    assert values["four_beautiful.building_heads"] == 18
    assert values["four_beautiful.demonstration_estates"] == 1
    by_stage = FIGURES["projects_by_stage"]
    assert values["four_beautiful.projects"] == sum(by_stage.values()) == 25
    for stage, count in by_stage.items():
        assert values[f"four_beautiful.projects.{stage}"] == count


async def test_average_scores_are_the_mean_of_every_latest_round(gridgov: Harness) -> None:
    data = await gridgov.query(
        YANDU,
        """{ coCreationProjects(first: 100) { totalCount nodes { stage
            scores { round evaluations organisation environment service life } } } }""",
    )
    projects = data["coCreationProjects"]["nodes"]
    assert len(projects) == 25
    scored = [p["scores"] for p in projects if p["scores"] is not None]
    # Only projects that reached co-evaluate were scored.
    assert len(scored) == sum(1 for p in projects if p["stage"] in ("CO_EVALUATE", "CO_SHARE"))
    values = await indicators(gridgov)
    weight = sum(s["evaluations"] for s in scored)
    for beauty in ("organisation", "environment", "service", "life"):
        expected = sum(s[beauty] * s["evaluations"] for s in scored) / weight
        assert abs(values[f"four_beautiful.scores.{beauty}"] - expected) < 0.05
        assert 60 <= values[f"four_beautiful.scores.{beauty}"] <= 100


async def test_people_reached_add_up_to_the_projects(gridgov: Harness) -> None:
    data = await gridgov.query(
        YANDU,
        """{ coCreationProjects(first: 100) { nodes { reach { people residents partyMembers
            volunteers } } } }""",
    )
    reach = [p["reach"] for p in data["coCreationProjects"]["nodes"]]
    values = await indicators(gridgov)
    # Each person belongs to one estate in the example, so district and project counts agree.
    assert values["four_beautiful.reach.resident"] == sum(r["residents"] for r in reach)
    assert values["four_beautiful.reach.volunteer"] == 35
    assert all(r["people"] >= 1 for r in reach)


async def test_hexin_garden_as_the_article_tells_it(co: CoCreation) -> None:
    data = await co.query(
        """{ district { estates(first: 1, filter: {search: "合心花园"}) { nodes {
          name community { name street { name } }
          coCreation {
            name stage demonstration mergedMicroEstates missingForNextStage
            stageHistory { stage enteredOn }
            headquarters { kind name } managementCommittee { kind name }
            partyBranch { kind name parent { kind anchor { ... on Community { name } } }
              members { totalCount } }
            partyVolunteers(first: 1) { totalCount }
            buildingHeads(first: 100) { totalCount nodes { id } }
            fiveUnifications { unification progress done }
            tallies { acceptedProposals finishedWorks rules evaluations outcomes }
            scoreHistory { round evaluations overall }
            reach { volunteers partyMembers }
            evaluations(first: 100) { nodes { role evaluator { id } } }
            outcomes(kind: DEMONSTRATION_ESTATE) { nodes { title awardedBy } }
          } } } } }"""
    )
    estate = data["district"]["estates"]["nodes"][0]
    assert estate["name"] == "合心花园"
    assert estate["community"]["name"] == "东升社区"
    assert estate["community"]["street"]["name"] == "潘黄街道"
    project = estate["coCreation"]
    assert project["stage"] == "CO_SHARE" and project["demonstration"] is True
    assert project["missingForNextStage"] == "co-share is the last stage"
    assert len(project["mergedMicroEstates"]) == 8 and "酒厂小区" in project["mergedMicroEstates"]
    assert [s["stage"] for s in project["stageHistory"]] == [
        "CO_PLAN",
        "CO_BUILD",
        "CO_MANAGE",
        "CO_EVALUATE",
        "CO_SHARE",
    ]
    assert project["headquarters"]["kind"] == "CO_CREATION_PROJECT_HQ"
    assert project["managementCommittee"]["kind"] == "ESTATE_PROPERTY_MANAGEMENT_COMMITTEE"
    branch = project["partyBranch"]
    assert branch["kind"] == "ESTATE_PARTY_BRANCH"
    assert branch["parent"]["kind"] == "COMMUNITY_BIG_PARTY_COMMITTEE"
    assert branch["parent"]["anchor"]["name"] == "东升社区"
    assert branch["members"]["totalCount"] == 35  # the volunteers' membership is the branch's
    assert project["partyVolunteers"]["totalCount"] == 35
    assert project["buildingHeads"]["totalCount"] == 18
    assert all(u["done"] and u["progress"] == 100 for u in project["fiveUnifications"])
    assert len(project["fiveUnifications"]) == 5
    assert project["tallies"]["acceptedProposals"] == 5
    assert [r["round"] for r in project["scoreHistory"]] == [1, 2]
    assert all(r["evaluations"] == 20 for r in project["scoreHistory"])
    assert project["reach"]["volunteers"] == 35
    evaluated = {
        e["evaluator"]["id"] for e in project["evaluations"]["nodes"] if e["role"] == "PARTY_MEMBER"
    }
    assert 10 <= project["reach"]["partyMembers"] == len(evaluated) <= 20
    assert project["outcomes"]["nodes"][0]["awardedBy"] == "中共盐城市盐都区委组织部"

    # "18名楼栋长主要由党员兼任": most building heads are among the party volunteers.
    volunteers = await co.query(
        """query($id: ID!) { node(id: $id) { ... on CoCreationProject {
            partyVolunteers(first: 100) { nodes { id } } } } }""",
        {
            "id": (
                await co.query(
                    '{ coCreationProjects(filter: {search: "合心花园"}) { nodes { id } } }'
                )
            )["coCreationProjects"]["nodes"][0]["id"]
        },
    )
    party = {n["id"] for n in volunteers["node"]["partyVolunteers"]["nodes"]}
    heads = {n["id"] for n in project["buildingHeads"]["nodes"]}
    assert len(heads & party) == FIGURES["hexin_building_heads_in_party"] == 15


async def test_every_project_holds_what_its_stage_needed(co: CoCreation) -> None:
    data = await co.query(
        """{ coCreationProjects(first: 100) { nodes { stage partyBranch { kind }
            estate { kind } stageHistory { stage }
            tallies { acceptedProposals works finishedWorks rules evaluations } } } }"""
    )
    order = ["CO_PLAN", "CO_BUILD", "CO_MANAGE", "CO_EVALUATE", "CO_SHARE"]
    for p in data["coCreationProjects"]["nodes"]:
        reached = order.index(p["stage"])
        assert [s["stage"] for s in p["stageHistory"]] == order[: reached + 1]
        t = p["tallies"]
        if reached >= 1:
            assert t["acceptedProposals"] >= 1
        if reached >= 2:
            assert t["works"] >= 1
        if reached >= 3:
            assert t["finishedWorks"] >= 1 and t["rules"] >= 1
        if reached >= 4:
            assert t["evaluations"] >= 1
        rural = p["estate"]["kind"] == "RURAL_SETTLEMENT"
        assert p["partyBranch"]["kind"] == (
            "CO_CREATION_PARTY_BRANCH" if rural else "ESTATE_PARTY_BRANCH"
        )
