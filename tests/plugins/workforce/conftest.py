"""Fixtures and helpers of the workforce tests, over GraphQL as core.testing's are.

``wf`` wraps the harness with what these tests share, in Yandu (the district that runs
the "1+8" career system): two communities, a grade, a fresh community worker (a person
and core's identity) and the programme's mutations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from core.testing import ADMIN, YANDU, DistrictClient, Harness

PLACEMENT = "placement { id active placedOn channel community { id } grade { id rank } }"


@dataclass
class Place:
    """A community of Yandu."""

    id: str
    code: str


class Workforce(DistrictClient):
    """GraphQL helpers for Yandu's workforce programme, over HTTP."""

    def __init__(self, harness: Harness) -> None:
        super().__init__(harness, YANDU)
        self._communities: list[Place] = []
        self._grades: list[dict[str, Any]] = []

    async def communities(self) -> list[Place]:
        """Two communities of Yandu."""
        if not self._communities:
            data = await self.query("{ district { communities(first: 2) { nodes { id code } } } }")
            self._communities = [
                Place(c["id"], c["code"]) for c in data["district"]["communities"]["nodes"]
            ]
        return self._communities

    async def grades(self) -> list[dict[str, Any]]:
        """The example grades, lowest first."""
        if not self._grades:
            data = await self.query("{ workforceGrades(first: 10) { nodes { id rank } } }")
            self._grades = data["workforceGrades"]["nodes"]
        return self._grades

    async def worker(self, since: str = "2022-01-01") -> tuple[str, str]:
        """A new person with core's community worker identity; their and the identity's IDs."""
        person = await self.ok(
            "createPerson", {"name": "社区工作者甲", "gender": "FEMALE"}, "person { id }"
        )
        person_id: str = person["person"]["id"]
        identity = await self.ok(
            "createIdentity",
            {"person": person_id, "kind": "COMMUNITY_WORKER", "since": since},
            "identity { id }",
        )
        return person_id, identity["identity"]["id"]

    async def quota(self, community: str, seats: int) -> dict[str, Any]:
        """Set a community's quota; return it."""
        payload = await self.ok(
            "setWorkforceQuota",
            {"community": community, "seats": seats},
            "quota { id seats filled vacancies }",
        )
        found: dict[str, Any] = payload["quota"]
        return found

    async def place_input(
        self, community: str, identity: str | None = None, placed_on: str = "2023-03-01"
    ) -> dict[str, Any]:
        """The input of ``placeWorkforceWorker`` (a fresh worker unless ``identity``)."""
        if identity is None:
            _, identity = await self.worker()
        return {
            "identity": identity,
            "community": community,
            "grade": (await self.grades())[0]["id"],
            "placedOn": placed_on,
        }

    async def place(self, community: str, *, token: str | None = ADMIN) -> dict[str, Any]:
        """Place a fresh worker in ``community``; return the placement."""
        payload = await self.ok(
            "placeWorkforceWorker", await self.place_input(community), PLACEMENT, token=token
        )
        found: dict[str, Any] = payload["placement"]
        return found

    async def indicators(self) -> dict[str, int]:
        """The programme's indicators, as counts."""
        data = await self.query('{ district { indicators(prefix: "workforce.") { key count } } }')
        return {i["key"]: i["count"] for i in data["district"]["indicators"]}


@pytest.fixture
def wf(gridgov: Harness) -> Workforce:
    """Helpers on a fresh copy of the example districts."""
    return Workforce(gridgov)
