"""four_beautiful: co-plan proposals, support and decisions; refused input writes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.testing import codes

if TYPE_CHECKING:
    from tests.plugins.four_beautiful.conftest import CoCreation, Fresh

PROPOSAL = """proposal { id title status supportCount countedSupporters reason decidedOn
    proposer { id } supporters { totalCount nodes { id } } mergedInto { id } }"""


async def counts(co: CoCreation, fresh: Fresh) -> dict[str, Any]:
    return await co.project(
        fresh.project,
        """tallies { proposals } reach(stage: CO_PLAN) { people residents }
           participations { totalCount }""",
    )


async def test_a_resident_proposes_and_neighbours_support(co: CoCreation) -> None:
    fresh = await co.fresh()
    payload = await co.ok(
        "submitCoPlanProposal",
        {
            "project": fresh.project,
            "proposer": fresh.residents[0],
            "title": " 建设儿童游乐场 ",
            "content": "孩子没有玩耍的地方",
            "submittedOn": "2023-01-20",
            "countedSupporters": 12,
            "supporters": fresh.residents[1:3],
        },
        PROPOSAL,
    )
    proposal = payload["proposal"]
    assert proposal["title"] == "建设儿童游乐场" and proposal["status"] == "PENDING"
    assert proposal["proposer"]["id"] == fresh.residents[0]
    assert proposal["supporters"]["totalCount"] == 2
    assert proposal["supportCount"] == 14
    more = await co.ok(
        "supportCoPlanProposal",
        {
            "proposal": proposal["id"],
            "supporters": [fresh.residents[3]],
            "countedSupporters": 5,
            "on": "2023-01-25",
        },
        PROPOSAL,
    )
    assert more["proposal"]["supportCount"] == 20
    assert more["proposal"]["countedSupporters"] == 17
    # The proposer and three supporters took part in co-plan, as residents.
    reach = await counts(co, fresh)
    assert reach["reach"] == {"people": 4, "residents": 4}
    listed = await co.project(
        fresh.project, "proposals(status: PENDING) { totalCount nodes { id } }"
    )
    assert listed["proposals"]["nodes"] == [{"id": proposal["id"]}]


async def test_refused_proposals_write_nothing(co: CoCreation) -> None:
    fresh = await co.fresh()
    base = {"project": fresh.project, "title": "加装路灯", "submittedOn": "2023-01-20"}
    cases: list[tuple[dict[str, Any], list[tuple[str, str]]]] = [
        ({"proposer": fresh.outsider}, [("input.proposer", "WRONG_KIND")]),
        ({"proposer": fresh.residents[0], "title": "  "}, [("input.title", "REQUIRED")]),
        (
            {"proposer": fresh.residents[0], "countedSupporters": -1},
            [("input.countedSupporters", "OUT_OF_RANGE")],
        ),
        (
            {"proposer": fresh.residents[0], "supporters": [fresh.residents[0]]},
            [("input.supporters.0", "INVALID")],
        ),
        (
            {"proposer": fresh.residents[0], "supporters": [fresh.residents[1]] * 2},
            [("input.supporters.1", "DUPLICATE")],
        ),
        (
            {"proposer": fresh.residents[0], "supporters": [fresh.residents[1], fresh.outsider]},
            [("input.supporters.1", "WRONG_KIND")],
        ),
        (
            {"proposer": fresh.residents[0], "submittedOn": "2022-12-31"},
            [("input.submittedOn", "INVALID_PERIOD")],
        ),
        ({"proposer": fresh.estate}, [("input.proposer", "NOT_FOUND")]),
    ]
    before = await counts(co, fresh)
    for extra, expected in cases:
        assert await co.refused("submitCoPlanProposal", {**base, **extra}) == expected, extra
    assert await counts(co, fresh) == before
    assert before["tallies"]["proposals"] == 0


async def test_decisions(co: CoCreation) -> None:
    fresh = await co.fresh()
    first = await co.propose(fresh, "规划停车位")
    second = await co.propose(fresh, "划定停车线", by=1)
    third = await co.propose(fresh, "开设菜市场", by=2)

    # Rejecting needs a reason; merging needs a target in the same project, not itself.
    assert [
        (".".join(e["field"]), e["code"]) for e in (await co.decide(third, "REJECTED"))["errors"]
    ] == [("input.reason", "REQUIRED")]
    assert [e["code"] for e in (await co.decide(second, "MERGED"))["errors"]] == ["REQUIRED"]
    merged_self = await co.decide(second, "MERGED", mergedInto=second)
    assert codes(merged_self) == {("mergedInto", "INVALID")}
    assert [
        e["code"] for e in (await co.decide(first, "ACCEPTED", mergedInto=second))["errors"]
    ] == ["INVALID"]
    listed = await co.project(fresh.project, "proposals { nodes { status } }")
    assert {p["status"] for p in listed["proposals"]["nodes"]} == {"PENDING"}

    rejected = await co.decide(third, "REJECTED", reason="影响居民休息")
    assert rejected["proposal"]["status"] == "REJECTED"
    assert rejected["proposal"]["reason"] == "影响居民休息"
    into_rejected = await co.decide(second, "MERGED", mergedInto=third)
    assert [e["code"] for e in into_rejected["errors"]] == ["INVALID_STATE"]
    merged = await co.decide(second, "MERGED", mergedInto=first)
    assert merged["proposal"]["status"] == "MERGED"
    assert merged["proposal"]["mergedInto"] == {"id": first}
    accepted = await co.decide(first, "ACCEPTED")
    assert accepted["proposal"]["status"] == "ACCEPTED"

    # A decided proposal stays decided and gathers no more support.
    assert [e["code"] for e in (await co.decide(first, "REJECTED", reason="x"))["errors"]] == [
        "INVALID_STATE"
    ]
    assert await co.refused(
        "supportCoPlanProposal",
        {"proposal": first, "supporters": [fresh.residents[5]], "on": "2023-02-02"},
    ) == [("input.proposal", "INVALID_STATE")]


async def test_merging_into_another_projects_proposal_is_refused(co: CoCreation) -> None:
    fresh = await co.fresh()
    mine = await co.propose(fresh)
    data = await co.query(
        """{ coCreationProjects(first: 1, filter: {stage: CO_SHARE}) { nodes {
            proposals(first: 1, status: ACCEPTED) { nodes { id } } } } }"""
    )
    theirs = data["coCreationProjects"]["nodes"][0]["proposals"]["nodes"][0]["id"]
    payload = await co.decide(mine, "MERGED", mergedInto=theirs)
    assert codes(payload) == {("mergedInto", "WRONG_KIND")}
    # A work can only deliver an accepted proposal of its own project.
    await co.to_co_build(fresh)
    refused = await co.refused(
        "createCoBuildWork",
        {"project": fresh.project, "title": "x", "startedOn": "2023-03-05", "proposal": theirs},
    )
    assert refused == [("input.proposal", "WRONG_KIND")]
    refused = await co.refused(
        "createCoBuildWork",
        {"project": fresh.project, "title": "x", "startedOn": "2023-03-05", "proposal": mine},
    )
    assert refused == [("input.proposal", "INVALID_STATE")]


async def test_support_twice_is_refused(co: CoCreation) -> None:
    fresh = await co.fresh()
    proposal = await co.propose(fresh)
    support = {"proposal": proposal, "supporters": [fresh.residents[1]], "on": "2023-01-20"}
    await co.ok("supportCoPlanProposal", support, "proposal { id }")
    assert await co.refused("supportCoPlanProposal", support) == [
        ("input.supporters.0", "DUPLICATE")
    ]
    assert await co.refused(
        "supportCoPlanProposal", {"proposal": proposal, "on": "2023-01-20"}
    ) == [("input.supporters", "REQUIRED")]
    data = await co.query(
        "query($id: ID!) { node(id: $id) { ... on CoPlanProposal { supportCount } } }",
        {"id": proposal},
    )
    assert data["node"]["supportCount"] == 1


async def test_statements_do_not_grow_with_the_number_of_supporters(co: CoCreation) -> None:
    fresh = await co.fresh(residents=21)
    # The proposer takes part before either run, so both runs record the same kinds of rows.
    await co.propose(fresh, "先提一个")
    counts: dict[int, tuple[int, int]] = {}
    for n in (2, 20):
        supporters = fresh.residents[1 : 1 + n]
        with co.h.counting() as submitting:
            submitted = await co.ok(
                "submitCoPlanProposal",
                {
                    "project": fresh.project,
                    "proposer": fresh.residents[0],
                    "title": f"{n}人联名",
                    "submittedOn": "2023-01-20",
                    "supporters": supporters,
                },
                "proposal { supportCount }",
            )
            submitted_in = len(submitting)
        assert submitted["proposal"]["supportCount"] == n
        pending = await co.propose(fresh, f"{n}人支持")
        with co.h.counting() as supporting:
            supported = await co.ok(
                "supportCoPlanProposal",
                {"proposal": pending, "supporters": supporters, "on": "2023-01-25"},
                "proposal { supportCount }",
            )
            supported_in = len(supporting)
        assert supported["proposal"]["supportCount"] == n
        counts[n] = (submitted_in, supported_in)
    assert counts[2] == counts[20], counts
    # Everyone named took part in co-plan once, however many proposals they supported.
    reach = await co.project(fresh.project, "reach(stage: CO_PLAN) { people residents }")
    assert reach["reach"] == {"people": 21, "residents": 21}
