"""Roles and scopes in four_beautiful: what each account reads and may change.

Yandu's example data (320903) runs the programme. The scopes used:

* street 潘黄街道 (``320903001``): 合心花园, 放福华府, 纳阳小区 and 翠阳新村 have projects;
* community 东升社区 (``320903001001``): 合心花园 only;
* grid ``320903001001005001``: a micro-grid holding one building of 合心花园;
* grid ``320903001006005001``: one building of 翠阳新村, in 解人社区, whose other
  project 纳阳小区 lies in other grids.

What each viewer should reach is worked out from the district administrator's
view of the same data (places and their codes), never hard-coded names, and every
test also shows the administrator reaching what the scoped viewer does not, so a
scope that filtered nothing would fail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from core.testing import YANDU, Harness

STREET = "320903001"
COMMUNITY = "320903001001"
HEXIN_GRID = "320903001001005001"
CUIYANG_GRID = "320903001006005001"
HEXIN = "合心花园"
CUIYANG = "翠阳新村"
OUT_OF_SCOPE_PROJECT = "宾迎苑"  # at co-share in 解春社区 (盐渎街道): every kind of record

NODE_FIELDS = {
    "proposals": "CoPlanProposal",
    "works": "CoBuildWork",
    "rules": "CoManageRule",
    "evaluations": "CoEvaluation",
    "outcomes": "CoShareOutcome",
    "participations": "CoCreationParticipation",
}
"""A project's connections, and the node type each lists."""

MANAGE = (
    "createCoCreationProject",
    "advanceCoCreationStage",
    "decideCoPlanProposal",
    "createCoBuildWork",
    "reportCoBuildProgress",
    "agreeCoManageRule",
    "recordCoShareOutcome",
)
RECORD = ("submitCoPlanProposal", "supportCoPlanProposal", "recordCoCreationParticipation")
EVALUATE = ("submitCoEvaluation",)


@dataclass(frozen=True)
class Project:
    """A project as the district administrator sees it, with where it lies."""

    id: str
    name: str
    estate: str
    community: str
    community_code: str
    street_code: str
    grids: frozenset[str]
    """Codes of the grids the estate's buildings lie in, and of their parent grids."""


class Viewer:
    """GraphQL over HTTP for Yandu, as one account."""

    def __init__(self, harness: Harness, token: str | None) -> None:
        self.h = harness
        self.token = token

    async def query(self, query: str, variables: dict[str, Any] | None = None) -> Any:
        """Run a query that must succeed."""
        return await self.h.query(YANDU, query, variables, token=self.token)

    async def mutate(self, name: str, input: dict[str, Any], select: str = "") -> dict[str, Any]:
        """Run a mutation the guard lets through; return its payload."""
        return await self.h.mutate(YANDU, name, input, select, token=self.token)

    async def refused(self, name: str, input: dict[str, Any]) -> list[tuple[str, str]]:
        """Run a mutation that must be refused with user errors: (field path, code) of each."""
        payload = await self.mutate(name, input)
        assert payload["errors"], payload
        return [(".".join(e["field"]), e["code"]) for e in payload["errors"]]

    async def forbidden(self, name: str, input: dict[str, Any]) -> dict[str, Any]:
        """Run a mutation the guard must refuse; return the error's extensions."""
        kind = f"{name[0].upper()}{name[1:]}Input"
        errors = await self.h.errors(
            YANDU,
            f"mutation($input: {kind}!) {{ {name}(input: $input) {{ errors {{ code }} }} }}",
            {"input": input},
            token=self.token,
        )
        assert len(errors) == 1, errors
        extensions: dict[str, Any] = errors[0]["extensions"]
        return extensions

    async def project_names(self, filter: dict[str, Any] | None = None) -> set[str]:
        """Names of the projects the root list gives, checked against its total count."""
        data = await self.query(
            """query($filter: CoCreationProjectFilter) {
                coCreationProjects(first: 100, filter: $filter) {
                  totalCount nodes { name estate { name } } } }""",
            {"filter": filter},
        )
        found = data["coCreationProjects"]
        assert found["totalCount"] == len(found["nodes"])
        return {n["estate"]["name"] for n in found["nodes"]}

    async def people(self) -> set[str]:
        """IDs of every person core's own ``District.people`` lists for the viewer."""
        found: set[str] = set()
        after: str | None = None
        while True:
            data = await self.query(
                """query($after: String) { district { people(first: 100, after: $after) {
                    nodes { id } pageInfo { hasNextPage endCursor } } } }""",
                {"after": after},
            )
            page = data["district"]["people"]
            found |= {n["id"] for n in page["nodes"]}
            if not page["pageInfo"]["hasNextPage"]:
                return found
            after = page["pageInfo"]["endCursor"]

    async def me(self) -> set[str]:
        """The viewer's permissions."""
        data = await self.query("{ me { permissions } }")
        return set(data["me"]["permissions"])


async def as_(gridgov: Harness, role: str, scope: str | None = None) -> Viewer:
    """A viewer holding ``role`` at ``scope`` (a place code; none: the whole district)."""
    return Viewer(gridgov, await gridgov.login_as(YANDU, role, scope))


async def projects(admin: Viewer) -> dict[str, Project]:
    """Every project of Yandu, by its estate's name, with where it lies."""
    data = await admin.query(
        """{ coCreationProjects(first: 100) { nodes { id estate { id name
              community { id code street { code } }
              grids(first: 50) { nodes { code parent { code } } } } } } }"""
    )
    found: dict[str, Project] = {}
    for node in data["coCreationProjects"]["nodes"]:
        estate = node["estate"]
        grids = {g["code"] for g in estate["grids"]["nodes"]}
        grids |= {g["parent"]["code"] for g in estate["grids"]["nodes"] if g["parent"]}
        found[estate["name"]] = Project(
            id=node["id"],
            name=estate["name"],
            estate=estate["id"],
            community=estate["community"]["id"],
            community_code=estate["community"]["code"],
            street_code=estate["community"]["street"]["code"],
            grids=frozenset(grids),
        )
    return found


def expected(all_projects: dict[str, Project], scope: str | None) -> set[str]:
    """The estates whose projects a scope reaches, from where each lies."""
    if scope is None:
        return set(all_projects)
    return {
        name
        for name, p in all_projects.items()
        if scope in (p.street_code, p.community_code) or scope in p.grids
    }


async def record_ids(admin: Viewer, project: str) -> dict[str, str]:
    """The project's ID and one ID of each kind of record it has, by node type."""
    selection = " ".join(f"{field}(first: 1) {{ nodes {{ id }} }}" for field in NODE_FIELDS)
    data = await admin.query(
        f"query($id: ID!) {{ node(id: $id) {{ ... on CoCreationProject {{ {selection} }} }} }}",
        {"id": project},
    )
    found = {"CoCreationProject": project}
    for field, type_name in NODE_FIELDS.items():
        nodes = data["node"][field]["nodes"]
        assert nodes, f"the example project has no {field}"
        found[type_name] = nodes[0]["id"]
    return found


async def nodes(viewer: Viewer, ids: dict[str, str]) -> dict[str, Any]:
    """``node(id:)`` of each ID, as the viewer gets it, by node type."""
    selection = " ".join(
        f"{type_name}: node(id: ${type_name}) {{ id }}" for type_name in sorted(ids)
    )
    variables = ", ".join(f"${type_name}: ID!" for type_name in sorted(ids))
    data: dict[str, Any] = await viewer.query(f"query({variables}) {{ {selection} }}", ids)
    return data


# -- reads -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "scope"),
    [
        ("street_staff", STREET),
        ("community_staff", COMMUNITY),
        ("grid_worker", HEXIN_GRID),
        ("grid_worker", CUIYANG_GRID),
        ("analyst", COMMUNITY),
        ("analyst", None),
    ],
)
async def test_the_root_list_holds_the_projects_of_the_scope(
    gridgov: Harness, role: str, scope: str | None
) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    everything = await projects(admin)
    wanted = expected(everything, scope)
    assert wanted, "the scope should reach at least one project"
    if scope is not None:
        assert wanted < set(everything), "the scope should miss some projects"
    viewer = await as_(gridgov, role, scope)
    assert await viewer.project_names() == wanted
    # Filters narrow what the scope reaches; they never widen it.
    outside = everything[OUT_OF_SCOPE_PROJECT]
    by_community = await viewer.project_names({"community": outside.community})
    assert by_community == (
        wanted & {n for n, p in everything.items() if p.community == outside.community}
    )


async def test_plugin_fields_on_core_types_hold_the_scope(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    everything = await projects(admin)
    cuiyang = everything[CUIYANG]
    query = """query($community: ID!) {
        node(id: $community) { ... on Community { coCreationProjects(first: 20) {
            totalCount nodes { estate { name } } } } }
        district { estates(first: 100) { nodes { name coCreation { estate { name } } } } } }"""
    variables = {"community": cuiyang.community}
    neighbours = {n for n, p in everything.items() if p.community == cuiyang.community}
    assert len(neighbours) > 1, "解人社区 should have more projects than 翠阳新村"

    def seen(data: dict[str, Any]) -> tuple[set[str], set[str]]:
        listed = data["node"]["coCreationProjects"]
        assert listed["totalCount"] == len(listed["nodes"])
        return (
            {n["estate"]["name"] for n in listed["nodes"]},
            {
                e["coCreation"]["estate"]["name"]
                for e in data["district"]["estates"]["nodes"]
                if e["coCreation"]
            },
        )

    by_community, by_estate = seen(await admin.query(query, variables))
    assert by_community == neighbours
    assert by_estate and by_estate <= set(everything)  # the first 100 of many estates

    # The grid worker sees their community, but of its projects only their grid's.
    worker = await as_(gridgov, "grid_worker", CUIYANG_GRID)
    assert seen(await worker.query(query, variables)) == ({CUIYANG}, {CUIYANG})

    # Another community's staff do not even see the community or its estates.
    staff = await as_(gridgov, "community_staff", COMMUNITY)
    data = await staff.query(
        "query($c: ID!, $e: ID!) { c: node(id: $c) { id } e: node(id: $e) { id } }",
        {"c": cuiyang.community, "e": cuiyang.estate},
    )
    assert data == {"c": None, "e": None}
    estates = await staff.query(
        "{ district { estates(first: 100) { nodes { coCreation { estate { name } } } } } }"
    )
    assert {
        e["coCreation"]["estate"]["name"]
        for e in estates["district"]["estates"]["nodes"]
        if e["coCreation"]
    } == {HEXIN}


async def test_node_of_an_object_outside_the_scope_is_null(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    everything = await projects(admin)
    outside = await record_ids(admin, everything[OUT_OF_SCOPE_PROJECT].id)
    hexin = await record_ids(admin, everything[HEXIN].id)

    for viewer in (
        await as_(gridgov, "street_staff", STREET),
        await as_(gridgov, "community_staff", COMMUNITY),
        await as_(gridgov, "grid_worker", HEXIN_GRID),
        await as_(gridgov, "analyst", COMMUNITY),
    ):
        assert await nodes(viewer, outside) == dict.fromkeys(outside)
        # The same kinds of object inside the scope are found, so the nulls mean the scope.
        assert await nodes(viewer, hexin) == {t: {"id": i} for t, i in hexin.items()}

    worker = await as_(gridgov, "grid_worker", CUIYANG_GRID)
    assert await nodes(worker, hexin) == dict.fromkeys(hexin)
    assert await nodes(admin, outside) == {t: {"id": i} for t, i in outside.items()}


HEXIN_PEOPLE = """query($id: ID!) { node(id: $id) { ... on CoCreationProject {
    proposals(first: 100) { totalCount nodes {
      proposer { id } supportCount supporters(first: 100) { totalCount nodes { id } } } }
    evaluations(first: 100) { totalCount nodes { evaluator { id } } }
    participations(first: 100) { totalCount nodes { person { id } } }
    rules(first: 100) { nodes { keeper { ... on Person { id } } } }
    partyVolunteers(first: 100) { totalCount nodes { id } }
    buildingHeads(first: 100) { totalCount nodes { id } }
    partyBranch { id } headquarters { id } managementCommittee { id }
    reach { people } tallies { proposals evaluations } } } }"""


def people_in(project: dict[str, Any]) -> tuple[set[str], int]:
    """IDs of the people a project's fields name, and how many person fields were null."""
    named: list[dict[str, Any] | None] = [
        *(p["proposer"] for p in project["proposals"]["nodes"]),
        *(s for p in project["proposals"]["nodes"] for s in p["supporters"]["nodes"]),
        *(e["evaluator"] for e in project["evaluations"]["nodes"]),
        *(p["person"] for p in project["participations"]["nodes"]),
        *(r["keeper"] for r in project["rules"]["nodes"] if r["keeper"] != {}),
        *project["partyVolunteers"]["nodes"],
        *project["buildingHeads"]["nodes"],
    ]
    return {p["id"] for p in named if p is not None}, sum(p is None for p in named)


async def test_people_reached_through_plugin_fields_are_in_scope(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    hexin = (await projects(admin))[HEXIN].id
    everyone, hidden = people_in((await admin.query(HEXIN_PEOPLE, {"id": hexin}))["node"])
    assert hidden == 0

    for viewer in (
        await as_(gridgov, "grid_worker", HEXIN_GRID),
        await as_(gridgov, "analyst", HEXIN_GRID),
    ):
        project = (await viewer.query(HEXIN_PEOPLE, {"id": hexin}))["node"]
        named, hidden = people_in(project)
        # Only people core itself lists for the viewer, and not everyone the admin sees.
        assert named <= await viewer.people()
        assert named < everyone
        assert hidden > 0, "proposers and evaluators from other grids should be null"
        # The project's records and figures stay whole: they are the project's, not people.
        assert project["proposals"]["totalCount"] == project["tallies"]["proposals"]
        assert project["evaluations"]["totalCount"] == project["tallies"]["evaluations"]
        for proposal in project["proposals"]["nodes"]:
            assert proposal["supporters"]["totalCount"] == len(proposal["supporters"]["nodes"])
        assert project["partyBranch"] and project["headquarters"]


# -- writes ------------------------------------------------------------------------------


async def residents(admin: Viewer, estate: str) -> dict[str, list[str]]:
    """The estate's residents by the code of the grid their building lies in."""
    data = await admin.query(
        """query($id: ID!) { node(id: $id) { ... on Estate { buildings(first: 20) { nodes {
            grid { code } households(first: 20) { nodes { members(first: 10) {
              nodes { id } } } } } } } } }""",
        {"id": estate},
    )
    found: dict[str, list[str]] = {}
    for building in data["node"]["buildings"]["nodes"]:
        found.setdefault(building["grid"]["code"], []).extend(
            m["id"] for h in building["households"]["nodes"] for m in h["members"]["nodes"]
        )
    return found


async def tallies(admin: Viewer, project: str) -> dict[str, Any]:
    """What a project has recorded, to show a refused write wrote nothing."""
    data = await admin.query(
        """query($id: ID!) { node(id: $id) { ... on CoCreationProject {
            stage tallies { proposals accepted_: acceptedProposals works rules evaluations
            outcomes } reach { people } } } }""",
        {"id": project},
    )
    node: dict[str, Any] = data["node"]
    return node


async def test_writes_outside_the_scope_are_refused(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    everything = await projects(admin)
    hexin, outside = everything[HEXIN], everything[OUT_OF_SCOPE_PROJECT]
    out_ids = await record_ids(admin, outside.id)
    hexin_residents = [
        r for people in (await residents(admin, hexin.estate)).values() for r in people
    ]
    before = await tallies(admin, outside.id)

    staff = await as_(gridgov, "community_staff", COMMUNITY)
    day = "2024-06-01"
    refusals: dict[str, dict[str, Any]] = {
        "submitCoPlanProposal": {
            "project": outside.id,
            "proposer": hexin_residents[0],
            "title": "加装路灯",
            "submittedOn": day,
        },
        "advanceCoCreationStage": {"project": outside.id, "stage": "CO_SHARE", "on": day},
        "decideCoPlanProposal": {
            "proposal": out_ids["CoPlanProposal"],
            "decision": "ACCEPTED",
            "decidedOn": day,
        },
        "reportCoBuildProgress": {"work": out_ids["CoBuildWork"], "progress": 100, "on": day},
        "recordCoShareOutcome": {
            "project": outside.id,
            "kind": "OUTCOME",
            "title": "口袋公园",
            "achievedOn": day,
        },
        "recordCoCreationParticipation": {
            "project": outside.id,
            "person": hexin_residents[0],
            "stage": "CO_PLAN",
            "capacity": "RESIDENT",
            "tookPartOn": day,
        },
    }
    for name, input in refusals.items():
        # The object the input names first is the one outside the scope.
        first = next(iter(input))
        assert (f"input.{first}", "NOT_FOUND") in await staff.refused(name, input), name
    assert await tallies(admin, outside.id) == before

    # An outsider cannot be named either: not the proposer, evaluator or participant.
    outsider = (await residents(admin, outside.estate)).popitem()[1][0]
    assert ("input.proposer", "NOT_FOUND") in await staff.refused(
        "submitCoPlanProposal",
        {"project": hexin.id, "proposer": outsider, "title": "加装路灯", "submittedOn": day},
    )
    assert ("input.evaluator", "NOT_FOUND") in await staff.refused(
        "submitCoEvaluation",
        {
            "project": hexin.id,
            "round": 1,
            "evaluator": outsider,
            "role": "PARTY_MEMBER",
            "scores": {"organisation": 90, "environment": 90, "service": 90, "life": 90},
            "evaluatedOn": day,
        },
    )

    # Seen but above the scope: the street's working committee keeps no rule of theirs.
    data = await admin.query(
        """{ district { organisations(first: 50, filter: {kind: STREET_BIG_WORKING_COMMITTEE})
            { nodes { id anchor { ... on Street { code } } } } } }"""
    )
    committee = next(
        o["id"] for o in data["district"]["organisations"]["nodes"] if o["anchor"]["code"] == STREET
    )
    assert await staff.refused(
        "agreeCoManageRule",
        {"project": hexin.id, "title": "居民公约", "agreedOn": day, "keeper": committee},
    ) == [("input.keeper", "OUT_OF_SCOPE")]

    # Inside the scope the same staff may write.
    payload = await staff.mutate(
        "recordCoShareOutcome",
        {"project": hexin.id, "kind": "OUTCOME", "title": "口袋公园", "achievedOn": day},
        "outcome { id project { id } }",
    )
    assert payload["errors"] == [] and payload["outcome"]["project"]["id"] == hexin.id


async def test_a_grid_worker_names_only_people_of_the_grid(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    hexin = (await projects(admin))[HEXIN]
    by_grid = await residents(admin, hexin.estate)
    worker = await as_(gridgov, "grid_worker", HEXIN_GRID)
    seen = await worker.people()
    mine = by_grid[HEXIN_GRID]
    assert len(mine) >= 3 and set(mine) <= seen
    # Neighbours in the estate's other grids the worker cannot see (post holders they can).
    others = [r for code, people in by_grid.items() if code != HEXIN_GRID for r in people]
    hidden = [r for r in others if r not in seen]
    assert hidden
    before = await tallies(admin, hexin.id)
    day = "2024-06-01"
    proposal = {"project": hexin.id, "title": "加装路灯", "submittedOn": day}

    assert await worker.refused("submitCoPlanProposal", {**proposal, "proposer": hidden[0]}) == [
        ("input.proposer", "NOT_FOUND")
    ]
    assert await worker.refused(
        "submitCoPlanProposal",
        {**proposal, "proposer": mine[0], "supporters": [mine[1], hidden[0]]},
    ) == [("input.supporters.1", "NOT_FOUND")]
    assert await tallies(admin, hexin.id) == before

    payload = await worker.mutate(
        "submitCoPlanProposal",
        {**proposal, "proposer": mine[0], "supporters": [mine[1]]},
        "proposal { id supporters { nodes { id } } }",
    )
    assert payload["errors"] == []
    assert payload["proposal"]["supporters"]["nodes"] == [{"id": mine[1]}]
    created = payload["proposal"]["id"]
    assert await worker.refused(
        "supportCoPlanProposal", {"proposal": created, "supporters": [hidden[0]], "on": day}
    ) == [("input.supporters.0", "NOT_FOUND")]
    payload = await worker.mutate(
        "supportCoPlanProposal",
        {"proposal": created, "supporters": [mine[2]], "on": day},
        "proposal { supportCount }",
    )
    assert payload == {"proposal": {"supportCount": 2}, "errors": []}


# -- permissions ---------------------------------------------------------------------------


def inputs(ids: dict[str, str], person: str, estate: str) -> dict[str, dict[str, Any]]:
    """A well-typed input for every mutation of the plugin, on real objects."""
    day = "2024-06-01"
    project = ids["CoCreationProject"]
    return {
        "createCoCreationProject": {"estate": estate, "name": "新项目", "startedOn": day},
        "advanceCoCreationStage": {"project": project, "stage": "CO_SHARE", "on": day},
        "decideCoPlanProposal": {
            "proposal": ids["CoPlanProposal"],
            "decision": "ACCEPTED",
            "decidedOn": day,
        },
        "createCoBuildWork": {"project": project, "title": "立面翻新", "startedOn": day},
        "reportCoBuildProgress": {"work": ids["CoBuildWork"], "progress": 100, "on": day},
        "agreeCoManageRule": {
            "project": project,
            "title": "居民公约",
            "agreedOn": day,
            "keeper": person,
        },
        "recordCoShareOutcome": {
            "project": project,
            "kind": "DEMONSTRATION_ESTATE",
            "title": "示范小区",
            "awardedBy": "盐都区",
            "achievedOn": day,
        },
        "submitCoPlanProposal": {
            "project": project,
            "proposer": person,
            "title": "加装路灯",
            "submittedOn": day,
        },
        "supportCoPlanProposal": {
            "proposal": ids["CoPlanProposal"],
            "countedSupporters": 3,
            "on": day,
        },
        "recordCoCreationParticipation": {
            "project": project,
            "person": person,
            "stage": "CO_SHARE",
            "capacity": "RESIDENT",
            "tookPartOn": day,
        },
        "submitCoEvaluation": {
            "project": project,
            "round": 3,
            "evaluator": person,
            "role": "RESIDENT",
            "scores": {"organisation": 90, "environment": 90, "service": 90, "life": 90},
            "evaluatedOn": day,
        },
    }


async def test_each_role_holds_the_programme_permissions_it_needs(gridgov: Harness) -> None:
    roles = {
        ("district_admin", None): {"manage", "record", "evaluate"},
        ("street_staff", STREET): {"manage", "record", "evaluate"},
        ("community_staff", COMMUNITY): {"manage", "record", "evaluate"},
        ("grid_worker", HEXIN_GRID): {"record", "evaluate"},
        ("analyst", None): set(),
        ("analyst", HEXIN_GRID): set(),
    }
    for (role, scope), wanted in roles.items():
        viewer = await as_(gridgov, role, scope)
        held = {p.split(".", 1)[1] for p in await viewer.me() if p.startswith("four_beautiful.")}
        assert held == wanted, (role, scope)


async def test_a_role_without_the_permission_is_forbidden(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    hexin = (await projects(admin))[HEXIN]
    ids = await record_ids(admin, hexin.id)
    mine = (await residents(admin, hexin.estate))[HEXIN_GRID]
    every = inputs(ids, mine[0], hexin.estate)
    assert set(every) == {*MANAGE, *RECORD, *EVALUATE}
    before = await tallies(admin, hexin.id)

    worker = await as_(gridgov, "grid_worker", HEXIN_GRID)
    for name in MANAGE:
        extensions = await worker.forbidden(name, every[name])
        assert extensions == {"code": "FORBIDDEN", "permission": "four_beautiful.manage"}, name
    for analyst in (await as_(gridgov, "analyst"), await as_(gridgov, "analyst", HEXIN_GRID)):
        # Analysts read the project but change nothing of it, whatever their scope.
        assert (await analyst.query("query($id: ID!) { node(id: $id) { id } }", {"id": hexin.id}))[
            "node"
        ] == {"id": hexin.id}
        for name, input in every.items():
            assert (await analyst.forbidden(name, input))["code"] == "FORBIDDEN", name
    assert await tallies(admin, hexin.id) == before

    # The grid worker's own permissions let the same inputs through the guard.
    payload = await worker.mutate("supportCoPlanProposal", every["supportCoPlanProposal"])
    assert all(e["code"] != "FORBIDDEN" for e in payload["errors"])
