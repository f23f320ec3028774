"""Fixtures and helpers of the dual_report tests, over GraphQL as core.testing's are.

``dual`` wraps the harness with what these tests share, in Tinghu: the grid party
branches of two communities, an employer, a fresh in-service party member (a person
and core's identity naming the branch) and the programme's mutations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from core.testing import ADMIN, TINGHU, DistrictClient, Harness

REGISTRATION = "registration { id active registeredOn community { id } branch { id } }"


@dataclass
class Branch:
    """A grid party branch and the community of its grid."""

    id: str
    community: str
    community_code: str


class Dual(DistrictClient):
    """GraphQL helpers for Tinghu's dual-report programme, over HTTP."""

    def __init__(self, harness: Harness) -> None:
        super().__init__(harness, TINGHU)
        self._branches: list[Branch] = []

    async def branches(self) -> list[Branch]:
        """Grid party branches of two different communities."""
        if not self._branches:
            data = await self.query(
                """{ district { communities(first: 2) { nodes { id code
                    grids(first: 1, filter: {kind: PARTY_BUILDING}) { nodes {
                      organisations(first: 1) { nodes { id kind } } } } } } } }"""
            )
            for community in data["district"]["communities"]["nodes"]:
                branch = community["grids"]["nodes"][0]["organisations"]["nodes"][0]
                assert branch["kind"] == "GRID_PARTY_BRANCH"
                self._branches.append(Branch(branch["id"], community["id"], community["code"]))
        return self._branches

    async def employer(self) -> str:
        """A co-building unit (a bank, a design institute...)."""
        data = await self.query(
            "{ district { organisations(first: 1, filter: {kind: CO_BUILDING_UNIT}) { nodes { id } } } }"
        )
        found: str = data["district"]["organisations"]["nodes"][0]["id"]
        return found

    async def member(self, branch: str | None = None, since: str = "2022-01-01") -> tuple[str, str]:
        """A new person with an in-service party member identity naming ``branch``.

        Returns:
            The person's and the identity's IDs.
        """
        branch = branch or (await self.branches())[0].id
        person = await self.ok(
            "createPerson", {"name": "在职党员甲", "gender": "MALE"}, "person { id }"
        )
        person_id: str = person["person"]["id"]
        identity = await self.ok(
            "createIdentity",
            {
                "person": person_id,
                "kind": "IN_SERVICE_PARTY_MEMBER",
                "since": since,
                "organisation": branch,
            },
            "identity { id }",
        )
        return person_id, identity["identity"]["id"]

    async def register(
        self, identity: str, registered_on: str = "2023-03-01", *, token: str | None = ADMIN
    ) -> dict[str, Any]:
        """Register the member of ``identity``; return the registration."""
        payload = await self.ok(
            "createDualReportRegistration",
            {
                "identity": identity,
                "employer": await self.employer(),
                "registeredOn": registered_on,
            },
            REGISTRATION,
            token=token,
        )
        found: dict[str, Any] = payload["registration"]
        return found

    async def registered(self, branch: str | None = None) -> dict[str, Any]:
        """A freshly registered member's registration."""
        _, identity = await self.member(branch)
        return await self.register(identity)

    def service(
        self, registration: str, served_on: str, hours: float, **extra: Any
    ) -> dict[str, Any]:
        """The input of ``recordDualReportService``."""
        return {
            "registration": registration,
            "servedOn": served_on,
            "hours": hours,
            "description": "楼道杂物清理",
            **extra,
        }

    async def indicators(self, district: str = TINGHU) -> dict[str, float]:
        """The programme's indicators."""
        data = await self.h.query(
            district, '{ district { indicators(prefix: "dual_report.") { key value } } }'
        )
        return {i["key"]: i["value"] for i in data["district"]["indicators"]}


@pytest.fixture
def dual(gridgov: Harness) -> Dual:
    """Helpers on a fresh copy of the example districts."""
    return Dual(gridgov)
