"""Fixtures and helpers of the service_projects tests, over GraphQL as core.testing's are.

``sp`` wraps the harness with what these tests share: mutations with their typed
errors, the district's communities, and fresh needs, resources and projects.
"""

from __future__ import annotations

from typing import Any

import pytest

from core import clock
from core.testing import TINGHU, DistrictClient, Harness

THIS_YEAR = clock.today().year
PROJECT = "project { id kind title year budget spent remaining community { id } }"


class Projects(DistrictClient):
    """GraphQL helpers for the service projects programme, over HTTP, in one district."""

    def __init__(self, harness: Harness, district: str = TINGHU) -> None:
        super().__init__(harness, district)

    def of(self, district: str) -> Projects:
        """The same helpers in another district."""
        return Projects(self.h, district)

    async def communities(self, count: int = 2) -> list[dict[str, str]]:
        """The first communities of the district: ID and code."""
        data = await self.query(
            "query($n: Int!) { district { communities(first: $n) { nodes { id code } } } }",
            {"n": count},
        )
        found: list[dict[str, str]] = data["district"]["communities"]["nodes"]
        return found

    async def need(self, community: str, title: str = "独居老人助餐送餐") -> str:
        """A new open need of ``community``."""
        payload = await self.ok(
            "postServiceNeed",
            {
                "community": community,
                "title": title,
                "category": "ELDERLY_CARE",
                "raisedOn": "2024-03-01",
            },
            "need { id }",
        )
        found: str = payload["need"]["id"]
        return found

    async def resource(self, community: str) -> str:
        """A new resource of ``community``."""
        payload = await self.ok(
            "recordServiceResource",
            {"community": community, "title": "社区活动室", "kind": "VENUE"},
            "resource { id }",
        )
        found: str = payload["resource"]["id"]
        return found

    async def project(self, community: str, budget: int = 50_000, **extra: Any) -> dict[str, Any]:
        """A new service project of ``community`` for this year."""
        payload = await self.ok(
            "createServiceProject",
            {
                "community": community,
                "kind": "SERVICE",
                "title": "银发助餐服务项目",
                "category": "ELDERLY_CARE",
                "year": THIS_YEAR,
                "budget": budget,
                "startedOn": f"{THIS_YEAR}-01-01",
                **extra,
            },
            PROJECT,
        )
        found: dict[str, Any] = payload["project"]
        return found

    def spending(
        self, project: str, amount: int, source: str = "PARTY_SERVICE_FUND"
    ) -> dict[str, Any]:
        """The input of ``recordServiceProjectSpending`` (spent on the year's first day)."""
        return {
            "project": project,
            "amount": amount,
            "spentOn": f"{THIS_YEAR}-01-01",
            "source": source,
        }

    async def fund(self, community: str, year: int = THIS_YEAR) -> dict[str, Any]:
        """A community's party service fund of a year."""
        data = await self.query(
            """query($id: ID!, $year: Int) { node(id: $id) { ... on Community {
                partyServiceFund(year: $year) { year amount setByDistrict spent remaining } } } }""",
            {"id": community, "year": year},
        )
        found: dict[str, Any] = data["node"]["partyServiceFund"]
        return found

    async def indicators(self) -> dict[str, float]:
        """The programme's indicators."""
        data = await self.query(
            '{ district { indicators(prefix: "service_projects.") { key value } } }'
        )
        return {i["key"]: i["value"] for i in data["district"]["indicators"]}


@pytest.fixture
def sp(gridgov: Harness) -> Projects:
    """Helpers in Tinghu on a fresh copy of the example districts."""
    return Projects(gridgov)
