"""Roles and scopes in red_property: what each account reads and may change.

Tinghu's example data (320902) runs the programme. The scopes are taken from the
district administrator's view of the places (codes, never names): community A is
the first community of the first street, B the first of the second street, and M a
micro-grid of A with buildings. What each viewer should reach is worked out from
the administrator's answers, and each test shows the administrator reaching what
the scoped viewer does not, so a scope that filtered nothing would fail.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from core.testing import TINGHU, Harness
from plugins.red_property import models

YEAR = 2025

MUTATIONS: dict[str, dict[str, Any]] = {
    "createPropertyService": {"company": "x", "estate": "x", "startDate": "2010-01-01"},
    "endPropertyService": {"id": "x", "end": None},
    "createRedPropertyStandard": {
        "name": "x",
        "adoptedOn": "2010-01-01",
        "thresholds": [],
        "items": [],
    },
    "recordPropertyAssessment": {
        "company": "x",
        "estate": "x",
        "standard": "x",
        "year": 2010,
        "assessedOn": "2010-12-01",
        "assessor": "x",
        "scores": [],
    },
    "designateDemonstrationSite": {"level": "DISTRICT", "year": 2010, "name": "x"},
    "postPartyAffairsManager": {"person": "x", "company": "x", "startDate": "2010-01-01"},
    "seatOnOwnersCommittee": {"person": "x", "committee": "x", "startDate": "2010-01-01"},
    "openRedPropertyVenue": {
        "estate": "x",
        "kind": "COUNCIL_HALL",
        "name": "x",
        "openedOn": "2010-01-01",
    },
    "recordEvaluationSession": {
        "committee": "x",
        "heldOn": "2010-01-01",
        "topic": "x",
        "householdsReached": 1,
    },
}
"""Every mutation of the plugin, with input of the right types (the guard refuses first)."""


class Viewer:
    """GraphQL over HTTP for Tinghu, as one account."""

    def __init__(self, harness: Harness, token: str | None) -> None:
        self.h = harness
        self.token = token

    async def query(self, query: str, variables: dict[str, Any] | None = None) -> Any:
        """Run a query that must succeed."""
        return await self.h.query(TINGHU, query, variables, token=self.token)

    async def mutate(self, name: str, input: dict[str, Any], select: str = "") -> dict[str, Any]:
        """Run a mutation the guard lets through; return its payload."""
        return await self.h.mutate(TINGHU, name, input, select, token=self.token)

    async def created(self, name: str, input: dict[str, Any], select: str) -> dict[str, Any]:
        """Run a mutation that must succeed; return its payload."""
        payload = await self.mutate(name, input, select)
        assert payload["errors"] == [], (name, payload["errors"])
        return payload

    async def refused(self, name: str, input: dict[str, Any]) -> set[tuple[str, str]]:
        """Run a mutation that must be refused with user errors: (input field, code) of each."""
        payload = await self.mutate(name, input)
        assert payload["errors"], payload
        return {(e["field"][-1], e["code"]) for e in payload["errors"]}

    async def forbidden(self, name: str, input: dict[str, Any]) -> str:
        """Run a mutation the guard must refuse; return the permission it names."""
        kind = f"{name[0].upper()}{name[1:]}Input"
        errors = await self.h.errors(
            TINGHU,
            f"mutation($input: {kind}!) {{ {name}(input: $input) {{ errors {{ code }} }} }}",
            {"input": input},
            token=self.token,
        )
        assert len(errors) == 1, errors
        assert errors[0]["extensions"]["code"] == "FORBIDDEN", errors
        permission: str = errors[0]["extensions"]["permission"]
        return permission

    async def permissions(self) -> set[str]:
        """The viewer's permissions of this plugin."""
        data = await self.query("{ me { permissions } }")
        return {p for p in data["me"]["permissions"] if p.startswith("red_property.")}


@dataclass(frozen=True)
class Places:
    """The places the tests grant roles at, as the administrator sees them."""

    street: str
    community: str
    community_id: str
    estates: frozenset[str]
    """Estates of community A."""
    grid: str
    grid_estates: frozenset[str]
    """Estates with a building in micro-grid M."""
    other_community_id: str
    other_estates: frozenset[str]
    """Estates of community B, in another street."""


async def places(admin: Viewer) -> Places:
    """Community A, its street, a micro-grid M of A, and community B of another street."""
    data = await admin.query(
        """{ district { streets(first: 2) { nodes { code communities(first: 1) { nodes {
              id code estates(first: 50) { nodes { id } }
              grids(first: 50, filter: {kind: MICRO}) { nodes {
                code estates(first: 50) { nodes { id } } } } } } } } } }"""
    )
    first, second = (s["communities"]["nodes"][0] for s in data["district"]["streets"]["nodes"])
    grid = next(g for g in first["grids"]["nodes"] if g["estates"]["nodes"])
    return Places(
        street=data["district"]["streets"]["nodes"][0]["code"],
        community=first["code"],
        community_id=first["id"],
        estates=frozenset(e["id"] for e in first["estates"]["nodes"]),
        grid=grid["code"],
        grid_estates=frozenset(e["id"] for e in grid["estates"]["nodes"]),
        other_community_id=second["id"],
        other_estates=frozenset(e["id"] for e in second["estates"]["nodes"]),
    )


async def as_(gridgov: Harness, role: str, scope: str | None = None) -> Viewer:
    """A viewer holding ``role`` at ``scope`` (a place code; none: the whole district)."""
    return Viewer(gridgov, await gridgov.login_as(TINGHU, role, scope))


COMPANIES = """query($year: Int!) { propertyCompanies(year: $year, first: 100) {
  totalCount nodes { id averageStars(year: $year)
    ratings(year: $year, first: 100) { nodes { id stars estate { id } company { id } } }
    propertyServices(first: 100, includeEnded: true) { nodes { id estate { id } } } } } }"""


async def companies(viewer: Viewer) -> dict[str, Any]:
    """``propertyCompanies`` of :data:`YEAR` as the viewer gets it, by company ID."""
    data = await viewer.query(COMPANIES, {"year": YEAR})
    found = data["propertyCompanies"]
    assert found["totalCount"] == len(found["nodes"])
    return {node["id"]: node for node in found["nodes"]}


def rated_estates(found: dict[str, Any]) -> set[str]:
    """Estates of every rating listed under the companies."""
    return {r["estate"]["id"] for c in found.values() for r in c["ratings"]["nodes"]}


ESTATE = """query($id: ID!, $year: Int!) { node(id: $id) { ... on Estate { id
  propertyService { id estate { id } company { id } }
  propertyServices(first: 20) { nodes { id estate { id } } }
  starRating(year: $year) { id stars estate { id } company { id } assessor { id }
    standard { id } itemScores { id item { id } } }
  councilHalls: redPropertyVenues(kind: COUNCIL_HALL, first: 20) { totalCount nodes { id } }
  redPropertyVenues(first: 20) { nodes { id estate { id } } } } } }"""


async def estate(viewer: Viewer, pk: str) -> Any:
    """The plugin's fields of one estate (None when the viewer cannot see it)."""
    data = await viewer.query(ESTATE, {"id": pk, "year": YEAR})
    return data["node"]


SUMMARY = """query($id: ID!, $year: Int) { node(id: $id) { ... on Community {
  redProperty(year: $year) { estates estatesCovered ratedEstates averageStars councilHalls
    mutualHelpCorners } } } }"""


async def summary(viewer: Viewer, community: str) -> Any:
    """``Community.redProperty`` (None when the viewer cannot see the community)."""
    data = await viewer.query(SUMMARY, {"id": community, "year": YEAR})
    return None if data["node"] is None else data["node"]["redProperty"]


async def test_a_scope_reads_only_its_estates_records(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(TINGHU))
    at = await places(admin)
    community = await as_(gridgov, "community_staff", at.community)
    grid = await as_(gridgov, "grid_worker", at.grid)
    analyst = await as_(gridgov, "analyst", at.community)
    assert at.grid_estates < at.estates  # M covers part of A: the grid test can fail

    everything = await companies(admin)
    assert not rated_estates(everything) <= at.estates
    standards = await admin.query(
        "{ redPropertyStandards(first: 10) { nodes { id items { id } } } }"
    )
    sites = await admin.query(
        "{ demonstrationSites(first: 100) { nodes { id estate { id } company { id } } } }"
    )
    admin_sites = {s["id"]: s for s in sites["demonstrationSites"]["nodes"]}

    for viewer, reach in ((community, at.estates), (grid, at.grid_estates), (analyst, at.estates)):
        # Root: companies ranked by the ratings of the viewer's estates only.
        found = await companies(viewer)
        assert rated_estates(found) == reach  # every example estate is rated each year
        for company in found.values():
            ratings = company["ratings"]["nodes"]
            assert ratings, "a company is listed for a rating the viewer sees"
            assert {r["company"]["id"] for r in ratings} == {company["id"]}
            stars = [r["stars"] for r in ratings]
            assert company["averageStars"] == round(sum(stars) / len(stars), 2)
            assert {s["estate"]["id"] for s in company["propertyServices"]["nodes"]} <= reach
        assert set(found) < set(everything)

        # Root: the standard and the sites are the district's, read by everyone.
        assert (
            await viewer.query("{ redPropertyStandards(first: 10) { nodes { id items { id } } } }")
            == standards
        )
        data = await viewer.query(
            "{ demonstrationSites(first: 100) { nodes { id estate { id } company { id } } } }"
        )
        seen = {s["id"]: s for s in data["demonstrationSites"]["nodes"]}
        assert seen.keys() == admin_sites.keys()
        for pk, site in seen.items():
            expected = admin_sites[pk]["estate"]
            assert site["estate"] == (expected if expected and expected["id"] in reach else None)
            assert site["company"] == admin_sites[pk]["company"]

        # Fields on Estate: every estate in reach answers as for the administrator
        # (bar the assessor, a person of the street office), none other answers at all.
        halls = 0
        for pk in reach:
            mine, theirs = await estate(viewer, pk), await estate(admin, pk)
            assert mine["starRating"].pop("assessor") in (None, theirs["starRating"]["assessor"])
            theirs["starRating"].pop("assessor")
            assert mine == theirs
            assert mine["propertyService"]["company"] is not None  # district-wide companies
            halls += mine["councilHalls"]["totalCount"]
        for pk in at.other_estates:
            assert await estate(viewer, pk) is None
            assert await estate(admin, pk) is not None

        # Fields on Community: the summary counts the estates in reach.
        mine = await summary(viewer, at.community_id)
        assert mine["estates"] == mine["ratedEstates"] == len(reach)
        assert mine["councilHalls"] == halls
        assert await summary(viewer, at.other_community_id) is None

    assert await summary(community, at.community_id) == await summary(admin, at.community_id)
    assert (await summary(grid, at.community_id))["estates"] < len(at.estates)


async def out_of_scope_ids(admin: Viewer, inside: frozenset[str]) -> dict[str, str]:
    """One ID of each of the plugin's node types lying on an estate not in ``inside``."""
    found: dict[str, str] = {}
    data = await admin.query(
        """query($year: Int!) { district { estates(first: 100) { nodes { id
          propertyService { id }
          starRating(year: $year) { id itemScores { id } }
          redPropertyVenues(first: 1) { nodes { id } }
          organisations(first: 10, filter: {kind: CO_GOVERNANCE_COMMITTEE}) { nodes {
            evaluationSessions(first: 1) { nodes { id } } } } } } } }""",
        {"year": YEAR},
    )
    for node in data["district"]["estates"]["nodes"]:
        if node["id"] in inside:
            continue
        found.setdefault("PropertyService", node["propertyService"]["id"])
        found.setdefault("PropertyStarRating", node["starRating"]["id"])
        found.setdefault("PropertyItemScore", node["starRating"]["itemScores"][0]["id"])
        for venue in node["redPropertyVenues"]["nodes"]:
            found.setdefault("RedPropertyVenue", venue["id"])
        for committee in node["organisations"]["nodes"]:
            for session in committee["evaluationSessions"]["nodes"]:
                found.setdefault("EvaluationSession", session["id"])
    return found


async def test_objects_outside_the_scope_are_no_nodes(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(TINGHU))
    at = await places(admin)
    ids = await out_of_scope_ids(admin, at.estates)
    assert set(ids) == {
        "PropertyService",
        "PropertyStarRating",
        "PropertyItemScore",
        "RedPropertyVenue",
        "EvaluationSession",
    }
    selection = " ".join(f"{name}: node(id: ${name}) {{ id }}" for name in sorted(ids))
    query = f"query({', '.join(f'${name}: ID!' for name in sorted(ids))}) {{ {selection} }}"
    assert all((await admin.query(query, ids)).values())
    for role, scope in (("community_staff", at.community), ("grid_worker", at.grid)):
        viewer = await as_(gridgov, role, scope)
        assert await viewer.query(query, ids) == dict.fromkeys(ids)


async def rows(h: Harness) -> Counter[str]:
    """Rows of every table of the plugin."""
    counts: Counter[str] = Counter()
    async with h.app.state.gridgov.sessions() as session:
        for model in models.MODELS:
            counts[model.__tablename__] = int(
                await session.scalar(select(func.count()).select_from(model)) or 0
            )
    return counts


async def test_writes_stay_inside_the_scope(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(TINGHU))
    at = await places(admin)
    community = await as_(gridgov, "community_staff", at.community)
    street = await as_(gridgov, "street_staff", at.street)
    mine, theirs = sorted(at.estates)[0], sorted(at.other_estates)[0]
    data = await admin.query(
        """query($mine: ID!) {
          mine: node(id: $mine) { ... on Estate { propertyService { company { id } } } }
          redPropertyStandards(first: 1) { nodes { id items { id } } }
          demonstrationSites(first: 1) { nodes { id } } }""",
        {"mine": mine},
    )
    outside = await out_of_scope_ids(admin, at.estates)
    company = data["mine"]["propertyService"]["company"]["id"]
    standard = data["redPropertyStandards"]["nodes"][0]
    before = await rows(gridgov)

    # Out of scope: another community's estate and service are not found; the district's
    # company is seen but not the community's to post people into; a site is the district's.
    worker = (await community.query("{ district { people(first: 1) { nodes { id } } } }"))[
        "district"
    ]["people"]["nodes"][0]["id"]
    venue = {"kind": "COUNCIL_HALL", "name": "越界议事厅", "openedOn": "2025-01-01"}
    assert await community.refused("openRedPropertyVenue", {**venue, "estate": theirs}) == {
        ("estate", "NOT_FOUND")
    }
    assert await community.refused(
        "endPropertyService", {"id": outside["PropertyService"], "end": "2025-01-01"}
    ) == {("id", "NOT_FOUND")}
    assert ("company", "OUT_OF_SCOPE") in await community.refused(
        "postPartyAffairsManager", {"person": worker, "company": company, "startDate": "2025-01-01"}
    )
    assert await community.refused("archive", {"id": outside["RedPropertyVenue"]}) == {
        ("id", "NOT_FOUND")
    }
    assert await community.refused(
        "archive", {"id": data["demonstrationSites"]["nodes"][0]["id"]}
    ) == {("id", "OUT_OF_SCOPE")}
    assert await rows(gridgov) == before

    # In scope: the community's estate takes a venue and a service of the district's
    # company, which it only refers to.
    await community.created("openRedPropertyVenue", {**venue, "estate": mine}, "venue { id }")
    service = {"company": company, "estate": mine, "startDate": "2010-01-01"}
    await community.created(
        "createPropertyService", {**service, "endDate": "2010-12-31"}, "propertyService { id }"
    )

    # The street assesses its estates against the district's standard, not another street's.
    assessor = (await street.query("{ district { people(first: 1) { nodes { id } } } }"))[
        "district"
    ]["people"]["nodes"][0]["id"]
    assessment = {
        "company": company,
        "estate": mine,
        "standard": standard["id"],
        "year": 2010,
        "assessedOn": "2010-12-15",
        "assessor": assessor,
        "scores": [{"item": item["id"], "score": 95} for item in standard["items"]],
    }
    assert ("estate", "NOT_FOUND") in await street.refused(
        "recordPropertyAssessment", {**assessment, "estate": theirs}
    )
    rated = await street.created("recordPropertyAssessment", assessment, "rating { stars }")
    assert rated["rating"]["stars"] == 5

    after = await rows(gridgov)
    assert after - before == Counter(
        {
            "red_property_venue": 1,
            "red_property_service": 1,
            "red_property_rating": 1,
            "red_property_score": len(standard["items"]),
        }
    )


async def test_roles_without_the_permission_are_forbidden(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(TINGHU))
    at = await places(admin)
    street = await as_(gridgov, "street_staff", at.street)
    community = await as_(gridgov, "community_staff", at.community)
    grid = await as_(gridgov, "grid_worker", at.grid)
    analysts = [await as_(gridgov, "analyst"), await as_(gridgov, "analyst", at.community)]

    assert await admin.permissions() == {
        "red_property.assess",
        "red_property.manage",
        "red_property.designate",
        "red_property.standards",
    }
    assert await street.permissions() == {"red_property.assess", "red_property.manage"}
    assert await community.permissions() == {"red_property.manage"}
    assert await grid.permissions() == set()

    for name in ("recordPropertyAssessment", "designateDemonstrationSite"):
        assert (await community.forbidden(name, MUTATIONS[name])).startswith("red_property.")
    assert (
        await street.forbidden("createRedPropertyStandard", MUTATIONS["createRedPropertyStandard"])
        == "red_property.standards"
    )
    assert (
        await grid.forbidden("openRedPropertyVenue", MUTATIONS["openRedPropertyVenue"])
        == "red_property.manage"
    )
    before = await rows(gridgov)
    for analyst in analysts:
        assert await analyst.permissions() == set()
        for name, input in MUTATIONS.items():
            assert (await analyst.forbidden(name, input)).startswith("red_property."), name
    assert await rows(gridgov) == before
