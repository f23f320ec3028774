"""Fixtures and helpers of the four_beautiful tests, over GraphQL as core.testing's are.

``co`` wraps the harness with what these tests share: mutations with their typed
errors, a fresh project on an estate of Yandu's example data, the people around it,
and the steps that walk a project through its stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from core.testing import YANDU, Harness


@dataclass
class Fresh:
    """A project just started on an estate that had none, and people around it."""

    project: str
    estate: str
    residents: list[str]
    outsider: str
    party_member: str


def evaluation_input(fresh: Fresh, evaluator: int = 5, life: int = 90) -> dict[str, Any]:
    """A first-round evaluation of the fresh project by one of its residents."""
    return {
        "project": fresh.project,
        "round": 1,
        "evaluator": fresh.residents[evaluator],
        "role": "RESIDENT",
        "scores": {"organisation": 90, "environment": 90, "service": 90, "life": life},
        "evaluatedOn": "2023-06-10",
    }


class CoCreation:
    """GraphQL helpers for Yandu's co-creation projects, over HTTP."""

    def __init__(self, harness: Harness) -> None:
        self.h = harness

    async def query(self, query: str, variables: dict[str, Any] | None = None) -> Any:
        """Run a Yandu query that must succeed."""
        return await self.h.query(YANDU, query, variables)

    async def mutate(self, name: str, input: dict[str, Any], select: str = "") -> dict[str, Any]:
        """Run a Yandu mutation; return its payload (object and errors)."""
        return await self.h.mutate(YANDU, name, input, select)

    async def ok(self, name: str, input: dict[str, Any], select: str) -> dict[str, Any]:
        """Run a mutation that must be accepted."""
        payload = await self.mutate(name, input, select)
        assert payload["errors"] == [], payload["errors"]
        return payload

    async def refused(self, name: str, input: dict[str, Any]) -> list[tuple[str, str]]:
        """Run a mutation that must be refused; return (whole field path, code) of its errors.

        The whole path, in order, unlike :func:`core.testing.codes`: these tests tell
        ``supporters.1`` from ``supporters.0``.
        """
        payload = await self.mutate(name, input)
        assert payload["errors"], payload
        return [(".".join(e["field"]), e["code"]) for e in payload["errors"]]

    async def residents(self, estate: str, count: int = 12) -> list[str]:
        """IDs of people living in an estate."""
        data = await self.query(
            """query($id: ID!) { node(id: $id) { ... on Estate { buildings(first: 8) { nodes {
                households(first: 10) { nodes { members(first: 5) { nodes { id } } } } } } } } }""",
            {"id": estate},
        )
        found = [
            m["id"]
            for b in data["node"]["buildings"]["nodes"]
            for hh in b["households"]["nodes"]
            for m in hh["members"]["nodes"]
        ]
        assert len(found) >= count, "the example estate has too few residents for the test"
        return found[:count]

    async def fresh(self, residents: int = 12) -> Fresh:
        """Start a project on an urban estate without one, with ``residents`` of its people."""
        data = await self.query(
            """{ district { estates(first: 100, filter: {kind: ESTATE}) { nodes {
                id coCreation { id } } } } }"""
        )
        free = [e["id"] for e in data["district"]["estates"]["nodes"] if e["coCreation"] is None]
        taken = [e["id"] for e in data["district"]["estates"]["nodes"] if e["coCreation"]]
        payload = await self.ok(
            "createCoCreationProject",
            {"estate": free[0], "name": "测试小区共同缔造", "startedOn": "2023-01-10"},
            "project { id }",
        )
        party = await self.query(
            "{ district { people(first: 1, filter: {identity: PARTY_MEMBER}) { nodes { id } } } }"
        )
        return Fresh(
            project=payload["project"]["id"],
            estate=free[0],
            residents=await self.residents(free[0], residents),
            outsider=(await self.residents(taken[0], 1))[0],
            party_member=party["district"]["people"]["nodes"][0]["id"],
        )

    async def project(self, id: str, select: str) -> dict[str, Any]:
        """Fields of one project, by Global ID."""
        data = await self.query(
            f"query($id: ID!) {{ node(id: $id) {{ ... on CoCreationProject {{ {select} }} }} }}",
            {"id": id},
        )
        node: dict[str, Any] = data["node"]
        return node

    async def archive(self, id: str) -> None:
        """Archive an object through core's ``archive``; must be accepted."""
        payload = await self.mutate("archive", {"id": id}, "node { id }")
        assert payload["errors"] == [] and payload["node"] == {"id": id}, payload

    async def advance(self, project: str, stage: str, on: str) -> dict[str, Any]:
        """Move a project on; must be accepted."""
        return await self.ok(
            "advanceCoCreationStage",
            {"project": project, "stage": stage, "on": on},
            "project { stage }",
        )

    async def propose(self, fresh: Fresh, title: str = "加装路灯", by: int = 0) -> str:
        """A pending proposal by one of the fresh project's residents."""
        payload = await self.ok(
            "submitCoPlanProposal",
            {
                "project": fresh.project,
                "proposer": fresh.residents[by],
                "title": title,
                "submittedOn": "2023-01-15",
            },
            "proposal { id }",
        )
        proposal: str = payload["proposal"]["id"]
        return proposal

    async def decide(self, proposal: str, decision: str, **extra: Any) -> dict[str, Any]:
        """Decide a proposal; returns the payload (may carry errors)."""
        return await self.mutate(
            "decideCoPlanProposal",
            {"proposal": proposal, "decision": decision, "decidedOn": "2023-02-01", **extra},
            "proposal { id status reason mergedInto { id } }",
        )

    async def to_co_build(self, fresh: Fresh) -> str:
        """Accept a proposal and move to co-build; return the proposal."""
        proposal = await self.propose(fresh)
        assert (await self.decide(proposal, "ACCEPTED"))["errors"] == []
        await self.advance(fresh.project, "CO_BUILD", "2023-03-01")
        return proposal

    async def work(self, fresh: Fresh, progress: int = 0, **extra: Any) -> str:
        """Start a co-build work; return its ID."""
        payload = await self.ok(
            "createCoBuildWork",
            {
                "project": fresh.project,
                "title": "打通围墙",
                "startedOn": "2023-03-05",
                "progress": progress,
                **extra,
            },
            "work { id }",
        )
        work: str = payload["work"]["id"]
        return work

    async def to_co_evaluate(self, fresh: Fresh) -> None:
        """Walk a fresh project through co-build and co-manage to co-evaluate."""
        await self.to_co_build(fresh)
        await self.work(fresh, 100)
        await self.advance(fresh.project, "CO_MANAGE", "2023-05-01")
        await self.ok(
            "agreeCoManageRule",
            {
                "project": fresh.project,
                "title": "居民公约",
                "agreedOn": "2023-05-10",
                "keeper": fresh.residents[1],
            },
            "rule { id }",
        )
        await self.advance(fresh.project, "CO_EVALUATE", "2023-06-01")


@pytest.fixture
def co(gridgov: Harness) -> CoCreation:
    """The helpers on a fresh copy of the example districts."""
    return CoCreation(gridgov)
