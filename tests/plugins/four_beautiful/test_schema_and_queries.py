"""four_beautiful: who sees it, the read side, participation, and the query-count bound."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from graphql import build_schema, parse, validate

import plugins.four_beautiful
from core import clock
from core.clock import frozen_at
from core.testing import TINGHU, YANDU, Harness
from plugins.four_beautiful.types import BUILDING_HEADS, PARTY_VOLUNTEERS
from tests.plugins.four_beautiful.conftest import evaluation_input

if TYPE_CHECKING:
    from tests.plugins.four_beautiful.conftest import CoCreation

# Names only this plugin puts in a schema: types, fields on core types, roots, enum values.
CONTRIBUTED = (
    r"\btype CoCreationProject\b",
    r"\btype CoPlanProposal\b",
    r"\btype CoBuildWork\b",
    r"\btype CoManageRule\b",
    r"\btype CoEvaluation\b",
    r"\btype CoShareOutcome\b",
    r"\benum CoCreationStage\b",
    r"\bcoCreation: CoCreationProject\b",
    r"\bcoCreationProjects\(",
    r"\bsubmitCoEvaluation\(",
    r"\badvanceCoCreationStage\(",
    r"\bESTATE_PARTY_BRANCH\b",
    r"\bCO_CREATION_PARTY_BRANCH\b",
    r"\bCO_CREATION_PROJECT_HQ\b",
    r"\bESTATE_PROPERTY_MANAGEMENT_COMMITTEE\b",
    r"\bPARTY_VOLUNTEER\b",
)


async def test_yandu_sees_the_programme_and_tinghu_none_of_it(gridgov: Harness) -> None:
    yandu, tinghu = await gridgov.sdl(YANDU), await gridgov.sdl(TINGHU)
    for pattern in CONTRIBUTED:
        assert re.search(pattern, yandu), pattern
        assert not re.search(pattern, tinghu), pattern
    programme = r"\b(type|enum|input|union) (Co(Creation|Plan|Build|Manage|Evaluat|Share)|Beauty)"
    assert re.search(programme, yandu) and not re.search(programme, tinghu)
    errors = await gridgov.errors(
        TINGHU, "{ district { estates(first: 1) { nodes { coCreation { id } } } } }"
    )
    assert "coCreation" in errors[0]["message"]
    errors = await gridgov.errors(TINGHU, "{ coCreationProjects { totalCount } }")
    assert "coCreationProjects" in errors[0]["message"]
    data = await gridgov.query(
        TINGHU, '{ district { indicators(prefix: "four_beautiful.") { key } } }'
    )
    assert data["district"]["indicators"] == []


async def test_another_districts_project_is_nothing(gridgov: Harness) -> None:
    data = await gridgov.query(YANDU, "{ coCreationProjects(first: 1) { nodes { id } } }")
    project = data["coCreationProjects"]["nodes"][0]["id"]
    assert (await gridgov.query(YANDU, f'{{ node(id: "{project}") {{ id }} }}'))["node"]
    assert (await gridgov.query(TINGHU, f'{{ node(id: "{project}") {{ id }} }}'))["node"] is None


async def test_projects_filtered_by_stage_and_place(co: CoCreation) -> None:
    data = await co.query(
        """{ all: coCreationProjects(first: 100) { totalCount }
             building: coCreationProjects(filter: {stage: CO_BUILD}) { totalCount nodes { stage } }
             rural: coCreationProjects(filter: {rural: true}) {
               totalCount nodes { estate { kind } } }
             shown: coCreationProjects(filter: {demonstration: true}) { nodes { name } }
             district { communities(first: 1, filter: {search: "东升社区"}) { nodes {
               coCreationProjects { totalCount nodes { name estate { name } } } } } } }"""
    )
    assert data["all"]["totalCount"] == 25
    assert data["building"]["totalCount"] == 6
    assert {n["stage"] for n in data["building"]["nodes"]} == {"CO_BUILD"}
    assert data["rural"]["totalCount"] == 7
    assert {n["estate"]["kind"] for n in data["rural"]["nodes"]} == {"RURAL_SETTLEMENT"}
    assert [n["name"] for n in data["shown"]["nodes"]] == ["合心花园四美小区·共同缔造"]
    dongsheng = data["district"]["communities"]["nodes"][0]["coCreationProjects"]
    assert "合心花园" in [n["estate"]["name"] for n in dongsheng["nodes"]]
    errors = await co.h.errors(
        YANDU, "{ coCreationProjects(filter: {minScores: {life: 101}}) { totalCount } }"
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_participation_in_stages(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_build(fresh)
    volunteer = (
        await co.query(
            "{ district { people(first: 1, filter: {identity: VOLUNTEER}) { nodes { id } } } }"
        )
    )["district"]["people"]["nodes"][0]["id"]
    record = {
        "project": fresh.project,
        "stage": "CO_BUILD",
        "tookPartOn": "2023-03-10",
        "activity": "清理楼道杂物",
    }
    await co.ok(
        "recordCoCreationParticipation",
        {**record, "person": volunteer, "capacity": "VOLUNTEER"},
        "participation { stage capacity person { id } }",
    )
    await co.ok(
        "recordCoCreationParticipation",
        {**record, "person": fresh.residents[4], "capacity": "RESIDENT"},
        "participation { id }",
    )
    refused = [
        ({"person": volunteer, "capacity": "VOLUNTEER"}, ("input.person", "DUPLICATE")),
        ({"person": fresh.residents[4], "capacity": "VOLUNTEER"}, ("input.person", "WRONG_KIND")),
        ({"person": fresh.outsider, "capacity": "RESIDENT"}, ("input.person", "WRONG_KIND")),
        (
            {"person": fresh.residents[4], "capacity": "PARTY_MEMBER"},
            ("input.person", "WRONG_KIND"),
        ),
    ]
    for extra, expected in refused:
        assert await co.refused("recordCoCreationParticipation", {**record, **extra}) == [expected]
    data = await co.project(
        fresh.project,
        """build: reach(stage: CO_BUILD) { people residents volunteers partyMembers }
           plan: reach(stage: CO_PLAN) { people residents }
           all: reach { people }
           participations(stage: CO_BUILD) { totalCount nodes { capacity activity } }""",
    )
    assert data["build"] == {"people": 2, "residents": 1, "volunteers": 1, "partyMembers": 0}
    assert data["plan"] == {"people": 1, "residents": 1}  # the proposer
    assert data["all"] == {"people": 3}
    assert data["participations"]["totalCount"] == 2


async def test_rules_outcomes_and_keepers(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_evaluate(fresh)
    await co.ok(
        "submitCoEvaluation",
        {
            "project": fresh.project,
            "round": 1,
            "evaluator": fresh.residents[0],
            "role": "RESIDENT",
            "scores": {"organisation": 90, "environment": 90, "service": 90, "life": 90},
            "evaluatedOn": "2023-06-10",
        },
        "evaluation { id }",
    )
    await co.advance(fresh.project, "CO_SHARE", "2023-07-01")
    committee = await co.ok(
        "createOrganisation",
        {
            "kind": "ESTATE_PROPERTY_MANAGEMENT_COMMITTEE",
            "name": "测试小区物业管理委员会",
            "anchor": fresh.estate,
        },
        "organisation { id }",
    )
    keeper = committee["organisation"]["id"]
    rule = await co.ok(
        "agreeCoManageRule",
        {
            "project": fresh.project,
            "title": "垃圾分类责任制",
            "agreedOn": "2023-07-02",
            "keeper": keeper,
        },
        "rule { keeper { __typename ... on Organisation { id kind } } }",
    )
    assert rule["rule"]["keeper"] == {
        "__typename": "Organisation",
        "id": keeper,
        "kind": "ESTATE_PROPERTY_MANAGEMENT_COMMITTEE",
    }
    elsewhere = (await co.query("{ district { organisations(first: 1) { nodes { id } } } }"))[
        "district"
    ]["organisations"]["nodes"][0]["id"]
    assert await co.refused(
        "agreeCoManageRule",
        {"project": fresh.project, "title": "x", "agreedOn": "2023-07-02", "keeper": elsewhere},
    ) == [("input.keeper", "WRONG_KIND")]
    assert await co.refused(
        "agreeCoManageRule",
        {"project": fresh.project, "title": "x", "agreedOn": "2023-07-02", "keeper": fresh.estate},
    ) == [("input.keeper", "NOT_FOUND")]
    assert await co.refused(
        "recordCoShareOutcome",
        {
            "project": fresh.project,
            "kind": "DEMONSTRATION_ESTATE",
            "title": "示范点",
            "achievedOn": "2023-07-05",
        },
    ) == [("input.awardedBy", "REQUIRED")]
    await co.ok(
        "recordCoShareOutcome",
        {
            "project": fresh.project,
            "kind": "DEMONSTRATION_ESTATE",
            "title": "示范点",
            "awardedBy": "盐都区委组织部",
            "achievedOn": "2023-07-05",
        },
        "outcome { kind }",
    )
    data = await co.project(
        fresh.project, "demonstration managementCommittee { id } tallies { outcomes rules }"
    )
    assert data == {
        "demonstration": True,
        "managementCommittee": {"id": keeper},
        "tallies": {"outcomes": 1, "rules": 2},
    }


async def test_a_party_branch_holds_membership_and_volunteers_serve_in_it(co: CoCreation) -> None:
    fresh = await co.fresh()
    committee = (
        await co.query(
            """query($id: ID!) { node(id: $id) { ... on Estate { community { organisations(
                filter: {kind: COMMUNITY_BIG_PARTY_COMMITTEE}) { nodes { id } } } } } }""",
            {"id": fresh.estate},
        )
    )["node"]["community"]["organisations"]["nodes"][0]["id"]
    assert await co.refused(
        "createOrganisation",
        {"kind": "ESTATE_PARTY_BRANCH", "name": "测试小区党支部", "anchor": fresh.estate},
    ) == [("input.parent", "REQUIRED")]
    branch = (
        await co.ok(
            "createOrganisation",
            {
                "kind": "ESTATE_PARTY_BRANCH",
                "name": "测试小区党支部",
                "anchor": fresh.estate,
                "parent": committee,
            },
            "organisation { id }",
        )
    )["organisation"]["id"]
    person = fresh.residents[6]
    await co.ok(
        "createIdentity",
        {"person": person, "kind": "PARTY_MEMBER", "since": "2023-01-01", "organisation": branch},
        "identity { id }",
    )
    await co.ok(
        "createPost",
        {
            "person": person,
            "organisation": branch,
            "role": "PARTY_VOLUNTEER",
            "startDate": "2023-02-01",
        },
        "post { id }",
    )
    # A party volunteer must be a party member.
    refused = await co.refused(
        "createPost",
        {
            "person": fresh.residents[7],
            "organisation": branch,
            "role": "PARTY_VOLUNTEER",
            "startDate": "2023-02-01",
        },
    )
    assert refused == [("input.person", "WRONG_KIND")]
    data = await co.project(
        fresh.project,
        "partyBranch { id members { totalCount } } partyVolunteers { totalCount nodes { id } }",
    )
    assert data["partyBranch"] == {"id": branch, "members": {"totalCount": 1}}
    assert data["partyVolunteers"] == {"totalCount": 1, "nodes": [{"id": person}]}


# Every relation of a project, nested under lists of projects, estates and communities.
# (A to-one field left null costs nothing, so the nullable mergedInto is left out: whether
# the first two projects have a merged proposal would change the count, not the rows.)
NESTED = """query($first: Int!) {
  coCreationProjects(first: $first) { nodes { name stage nextStage missingForNextStage
    demonstration mergedMicroEstates
    estate { name coCreation { name } } headquarters { name } managementCommittee { name }
    partyBranch { name parent { name } }
    stageHistory { stage enteredOn }
    tallies { proposals works } fiveUnifications { unification done }
    scores { overall } scoreHistory(last: 2) { round overall } reach { people volunteers }
    planReach: reach(stage: CO_PLAN) { people }
    proposals(first: 3) { totalCount nodes { title supportCount proposer { name }
      supporters(first: 2) { totalCount nodes { name } } } }
    works(first: 2) { nodes { progress proposal { title } } }
    rules(first: 2) { nodes { title
      keeper { ... on Organisation { name } ... on Person { name } } } }
    evaluations(first: 2) { totalCount nodes { organisationScore evaluator { name } } }
    outcomes(first: 2) { nodes { title } }
    participations(first: 2) { nodes { stage person { name } } }
    partyVolunteers(first: 2) { totalCount nodes { name } }
    buildingHeads(first: 2) { totalCount nodes { name } }
  } }
  district {
    estates(first: $first) { nodes { coCreation { stage } } }
    communities(first: $first) { nodes {
      coCreationProjects(first: 2) { totalCount nodes { name } } } }
  }
}"""


async def test_statements_do_not_grow_with_the_number_of_projects(gridgov: Harness) -> None:
    counts = {}
    for first in (2, 20):
        with gridgov.counting() as statements:
            data = await gridgov.query(YANDU, NESTED, {"first": first})
        counts[first] = len(statements)
        assert len(data["coCreationProjects"]["nodes"]) == first
        assert len(data["district"]["estates"]["nodes"]) == first
    # The first projects by name include ones with every kind of record.
    projects = data["coCreationProjects"]["nodes"]
    assert any(p["evaluations"]["totalCount"] for p in projects)
    assert any(p["proposals"]["nodes"] and p["works"]["nodes"] for p in projects)
    assert counts[2] == counts[20], counts


async def test_readme_examples_are_valid_for_yandu(gridgov: Harness) -> None:
    readme = Path(plugins.four_beautiful.__file__).with_name("README.md").read_text("utf-8")
    schema = build_schema(await gridgov.sdl(YANDU))
    documents = [
        document
        for block in re.findall(r"```graphql\n(.*?)```", readme, re.S)
        for document in re.split(r"\n\n(?=mutation|query|\{)", block)
    ]
    assert len(documents) >= 6
    for document in documents:
        assert validate(schema, parse(document)) == [], document


async def test_what_was_archived_can_be_recorded_again(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_evaluate(fresh)
    select = "participation { id }"
    record = {
        "project": fresh.project,
        "person": fresh.residents[4],
        "stage": "CO_BUILD",
        "capacity": "RESIDENT",
        "tookPartOn": "2023-03-10",
    }
    first = (await co.ok("recordCoCreationParticipation", record, select))["participation"]
    await co.archive(first["id"])
    again = (await co.ok("recordCoCreationParticipation", record, select))["participation"]
    assert again["id"] != first["id"]
    assert await co.refused("recordCoCreationParticipation", record) == [
        ("input.person", "DUPLICATE")
    ]

    evaluated = await co.ok("submitCoEvaluation", evaluation_input(fresh), "evaluation { id }")
    await co.archive(evaluated["evaluation"]["id"])
    # The participation the evaluation implied is archived too: a new one is recorded.
    implied = await co.project(fresh.project, "participations(stage: CO_EVALUATE) { nodes { id } }")
    await co.archive(implied["participations"]["nodes"][0]["id"])
    await co.ok("submitCoEvaluation", evaluation_input(fresh, life=60), "evaluation { id }")
    data = await co.project(
        fresh.project,
        """scores(round: 1) { life evaluations } evaluations { totalCount }
           participations(stage: CO_EVALUATE) { totalCount }""",
    )
    assert data == {
        "scores": {"life": 60.0, "evaluations": 1},
        "evaluations": {"totalCount": 1},
        "participations": {"totalCount": 1},
    }


def test_post_holders_built_at_import_follow_the_day() -> None:
    # The sources are built once, at import; "current" is the day each time they run.
    for source in (PARTY_VOLUNTEERS, BUILDING_HEADS):
        statement = source.select(source.key)
        for moment in (
            dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
            dt.datetime(2031, 6, 30, 16, 0, tzinfo=dt.UTC),
        ):
            with frozen_at(moment):
                assert clock.today() in statement.compile().params.values()
