"""Fixtures and helpers of the six_haves tests: GraphQL calls over HTTP, direct row counts.

Test modules take the ``six`` fixture and import the rest from this module
(``tests.plugins.six_haves.conftest``, the name pytest gives it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from core import clock
from core.db import models as core
from core.testing import YANDU, Harness

TODAY = clock.today()

ASSESSMENT = """
  asOf score allSix missing
  haves { have satisfied missing evidenceIds }
  organisation { organisations { id kind name } }
  people { peopleCount posts { id role } gridAssignments { id kind } identities { id kind } }
  place { venues { id name deliberation } reportedVenues { plugin kind name } }
  rules { rules { id title } }
  funds { firstYear lastYear total bySource { source amount } funds { id source amount year } }
  network {
    microGrids { id name } unstaffedMicroGrids { id name }
    buildingsOutsideMicroGrids { id number } gridAssignments { id kind }
  }
"""


@dataclass
class Six:
    """Calls the tests share, all through GraphQL over HTTP in Yandu (counts through SQL)."""

    harness: Harness

    async def mutate(
        self, name: str, input: dict[str, Any], select: str = "", input_type: str | None = None
    ) -> dict[str, Any]:
        """Run a mutation in Yandu and return its payload (with ``errors``)."""
        return await self.harness.mutate(YANDU, name, input, select, input_type=input_type)

    async def created(self, name: str, input: dict[str, Any], key: str) -> str:
        """Run a create mutation that must succeed; return the new object's ID."""
        payload = await self.mutate(name, input, f"{key} {{ id }}")
        assert payload["errors"] == [], payload["errors"]
        pk: str = payload[key]["id"]
        return pk

    async def haves(self, estate: str, as_of: dt.date | None = None) -> dict[str, Any]:
        """An estate's ``sixHaves``, with every piece of evidence."""
        data = await self.harness.query(
            YANDU,
            "query($id: ID!, $asOf: Date) { node(id: $id) { ... on Estate {"
            f" sixHaves(asOf: $asOf) {{ {ASSESSMENT} }} }} }} }}",
            {"id": estate, "asOf": None if as_of is None else as_of.isoformat()},
        )
        found: dict[str, Any] = data["node"]["sixHaves"]
        return found

    async def overview(self, filter: dict[str, Any] | None = None) -> dict[str, Any]:
        """The district view's counts."""
        data = await self.harness.query(
            YANDU,
            "query($filter: SixHavesFilter) { sixHavesOverview(filter: $filter) {"
            " estatesAssessed estatesAllSix haves { have satisfied missing } } }",
            {"filter": filter},
        )
        found: dict[str, Any] = data["sixHavesOverview"]
        return found

    async def count(self, model: type[core.Base]) -> int:
        """Rows of a table, counted directly in the database."""
        async with self.harness.app.state.gridgov.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(model)) or 0)

    async def fresh_estate(self) -> dict[str, str]:
        """A new estate with one building in a new micro-grid nobody works yet.

        Returns:
            The IDs of the estate, its building, the micro-grid and a new person.
        """
        data = await self.harness.query(
            YANDU,
            """{ district { communities(first: 1) { nodes { id
                 grids(first: 1, filter: {kind: COMPREHENSIVE}) { nodes { id code } } } } } }""",
        )
        community = data["district"]["communities"]["nodes"][0]
        parent = community["grids"]["nodes"][0]
        grid = await self.created(
            "createGrid",
            {
                "community": community["id"],
                "kind": "MICRO",
                "code": parent["code"] + "999",
                "name": "六有测试微网格",
                "parent": parent["id"],
            },
            "grid",
        )
        estate = await self.created(
            "createEstate", {"community": community["id"], "name": "六有测试小区"}, "estate"
        )
        building = await self.created(
            "createBuilding", {"estate": estate, "number": "1幢", "grid": grid}, "building"
        )
        person = await self.created(
            "createPerson", {"name": "王网格", "gender": "FEMALE"}, "person"
        )
        return {"estate": estate, "building": building, "grid": grid, "person": person}


def have_of(assessment: dict[str, Any], name: str) -> dict[str, Any]:
    """One have of an assessment's ``haves`` list, by its enum name."""
    found: dict[str, Any] = next(h for h in assessment["haves"] if h["have"] == name)
    return found


@pytest.fixture
def six(gridgov: Harness) -> Six:
    """The helpers, on a fresh copy of the example districts."""
    return Six(gridgov)
