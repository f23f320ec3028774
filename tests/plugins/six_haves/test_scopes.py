"""Roles and scopes in six_haves: what each account reads and may change.

Yandu's example data (320903) runs the programme. The scopes are taken from the
district administrator's view of the places (codes, never names): community A is
the first community of the first street, B the first of the second street, and M a
micro-grid of A holding one building of an estate whose other buildings lie in
other micro-grids. What each viewer should reach is worked out from the
administrator's answers, and each test shows the administrator reaching what the
scoped viewer does not, so a scope that filtered nothing would fail.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from core.testing import YANDU, Harness
from plugins.six_haves import models
from tests.plugins.six_haves.conftest import TODAY

MUTATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "createSixHavesVenue": (
        "CreateSixHavesVenueInput",
        {"estate": "x", "name": "x", "kind": "DELIBERATION_HALL"},
    ),
    "updateSixHavesVenue": ("UpdateSixHavesVenueInput", {"id": "x"}),
    "createSixHavesRule": (
        "CreateSixHavesRuleInput",
        {"estate": "x", "title": "x", "kind": "OTHER", "adoptedOn": "2020-01-01"},
    ),
    "repealSixHavesRule": ("RepealSixHavesRuleInput", {"id": "x", "repealedOn": None}),
    "createSixHavesFund": (
        "CreateSixHavesFundInput",
        {"estate": "x", "source": "FISCAL", "amount": 1, "year": 2020},
    ),
    "updateSixHavesFund": ("UpdateSixHavesFundInput", {"id": "x"}),
    "takeSixHavesSnapshot": (
        "TakeSixHavesSnapshotInput",
        {"kind": "MONTHLY", "asOf": "2020-01-01"},
    ),
}
"""Every mutation of the plugin: its input type and input of the right types."""

EVIDENCE = """
  score allSix missing
  haves { have satisfied missing evidenceIds(first: 100) evidenceCount }
  organisation { organisations(first: 100) { id } }
  people { peopleCount posts(first: 100) { id } gridAssignments(first: 100) { id }
    identities(first: 100) { id } }
  place { venues(first: 100) { id } }
  rules { rules(first: 100) { id } }
  funds { total funds(first: 100) { id } }
  network { microGrids(first: 100) { id } gridAssignments(first: 100) { id }
    unstaffedMicroGrids(first: 100) { id } buildingsOutsideMicroGrids(first: 100) { id } }
"""
"""An assessment with every list of evidence objects."""

LISTS = (
    ("organisation", "organisations"),
    ("people", "posts"),
    ("people", "gridAssignments"),
    ("people", "identities"),
    ("place", "venues"),
    ("rules", "rules"),
    ("funds", "funds"),
    ("network", "microGrids"),
    ("network", "gridAssignments"),
    ("network", "unstaffedMicroGrids"),
    ("network", "buildingsOutsideMicroGrids"),
)
"""The evidence lists of :data:`EVIDENCE`, as (have, field)."""

ALIASES = 40
"""IDs asked about in one request, below the deployment's alias limit."""
PAGE = 100
"""The ``first`` every evidence list is asked with."""


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
        kind = MUTATIONS[name][0] if name in MUTATIONS else None
        return await self.h.mutate(YANDU, name, input, select, input_type=kind, token=self.token)

    async def refused(self, name: str, input: dict[str, Any]) -> set[tuple[str, str]]:
        """Run a mutation that must be refused with user errors: (input field, code) of each."""
        payload = await self.mutate(name, input)
        assert payload["errors"], payload
        return {(e["field"][-1], e["code"]) for e in payload["errors"]}

    async def forbidden(self, name: str) -> str:
        """Run a mutation the guard must refuse; return the permission it names."""
        kind, input = MUTATIONS[name]
        errors = await self.h.errors(
            YANDU,
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
        return {p for p in data["me"]["permissions"] if p.startswith("six_haves.")}

    async def seen(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` that ``node(id:)`` gives the viewer (asked 40 at a time)."""
        found: set[str] = set()
        for start in range(0, len(ids), ALIASES):
            chunk = ids[start : start + ALIASES]
            names = [f"n{i}" for i in range(len(chunk))]
            selection = " ".join(f"{n}: node(id: ${n}) {{ id }}" for n in names)
            variables = ", ".join(f"${n}: ID!" for n in names)
            data = await self.query(
                f"query({variables}) {{ {selection} }}", dict(zip(names, chunk, strict=True))
            )
            found |= {node["id"] for node in data.values() if node is not None}
        return found

    async def assessment(self, estate: str) -> Any:
        """An estate's ``sixHaves`` with every list of evidence (None if the estate is unseen)."""
        data = await self.query(
            f"query($id: ID!) {{ node(id: $id) {{ ... on Estate {{ sixHaves {{ {EVIDENCE} }} }} }} }}",
            {"id": estate},
        )
        return None if data["node"] is None else data["node"]["sixHaves"]


@dataclass(frozen=True)
class Places:
    """The places the tests grant roles at, as the administrator sees them."""

    street: str
    community: str
    community_id: str
    estates: frozenset[str]
    """Estates of community A."""
    grid: str
    grid_estate: str
    """The one estate with a building in micro-grid M; it has buildings elsewhere too."""
    street_estates: frozenset[str]
    """Estates of A's street."""
    other_community_id: str


async def places(admin: Viewer) -> Places:
    """Community A, its street, a micro-grid M of A, and community B of another street."""
    data = await admin.query(
        """{ district { streets(first: 2) { nodes { code communities(first: 20) { nodes {
              id code estates(first: 50) { nodes { id grids(first: 50) { totalCount } } }
              grids(first: 50, filter: {kind: MICRO}) { nodes {
                code estates(first: 50) { nodes { id } } } } } } } } } }"""
    )
    streets = data["district"]["streets"]["nodes"]
    first, second = (s["communities"]["nodes"][0] for s in streets)
    spread = {e["id"] for e in first["estates"]["nodes"] if e["grids"]["totalCount"] > 1}
    grid = next(
        g
        for g in first["grids"]["nodes"]
        if len(g["estates"]["nodes"]) == 1 and g["estates"]["nodes"][0]["id"] in spread
    )
    return Places(
        street=data["district"]["streets"]["nodes"][0]["code"],
        community=first["code"],
        community_id=first["id"],
        estates=frozenset(e["id"] for e in first["estates"]["nodes"]),
        grid=grid["code"],
        grid_estate=grid["estates"]["nodes"][0]["id"],
        street_estates=frozenset(
            e["id"] for c in streets[0]["communities"]["nodes"] for e in c["estates"]["nodes"]
        ),
        other_community_id=second["id"],
    )


async def as_(gridgov: Harness, role: str, scope: str | None = None) -> Viewer:
    """A viewer holding ``role`` at ``scope`` (a place code; none: the whole district)."""
    return Viewer(gridgov, await gridgov.login_as(YANDU, role, scope))


def evidence(assessment: Any) -> dict[tuple[str, str], list[str]]:
    """IDs of every evidence list of an assessment."""
    return {(have, field): [n["id"] for n in assessment[have][field]] for have, field in LISTS}


def facts(assessment: Any) -> Any:
    """What is the estate's whoever asks: the score, each have and how much evidence."""
    return (
        assessment["score"],
        assessment["allSix"],
        [(h["have"], h["satisfied"], h["evidenceCount"]) for h in assessment["haves"]],
        assessment["people"]["peopleCount"],
        assessment["funds"]["total"],
    )


async def test_an_estate_is_assessed_whole_but_shows_only_evidence_in_scope(
    gridgov: Harness,
) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    at = await places(admin)
    community = await as_(gridgov, "community_staff", at.community)
    grid = await as_(gridgov, "grid_worker", at.grid)
    hidden_somewhere = False
    for viewer, estates in ((community, at.estates), (grid, {at.grid_estate})):
        for estate in estates:
            mine, whole = await viewer.assessment(estate), await admin.assessment(estate)
            assert facts(mine) == facts(whole)
            pairs = [(evidence(mine)[key], ids) for key, ids in evidence(whole).items()]
            pairs += [
                (have["evidenceIds"], whole_have["evidenceIds"])
                for have, whole_have in zip(mine["haves"], whole["haves"], strict=True)
            ]
            for shown, ids in pairs:
                # Exactly what node(id:) gives the viewer, in the same order.
                visible = await viewer.seen(ids)
                expected = [pk for pk in ids if pk in visible]
                if len(ids) == PAGE:  # the administrator's list was cut: compare its part
                    shown = shown[: len(expected)]
                assert shown == expected
                hidden_somewhere |= len(visible) < len(ids)
    # The grid worker sees its own micro-grid of the estate, not the others.
    assert hidden_somewhere
    mine = evidence(await grid.assessment(at.grid_estate))[("network", "microGrids")]
    whole = evidence(await admin.assessment(at.grid_estate))[("network", "microGrids")]
    assert len(mine) == 1 < len(whole)
    outside = [e for e in at.estates if e != at.grid_estate]
    assert [await grid.assessment(e) for e in outside] == [None] * len(outside)


async def snapshot_view(viewer: Viewer, community: str) -> dict[str, Any]:
    """The root fields' answers as the viewer gets them, reduced to estates and counts."""
    data = await viewer.query(
        """query($community: ID!) {
          sixHavesOverview { estatesAssessed estates(first: 100) { nodes { score estate { id } } }
            gaps { communities(first: 100) { community { id } } streets { street { id } } } }
          elsewhere: sixHavesOverview(filter: {community: $community}) { estatesAssessed }
          sixHavesSnapshots(first: 10) { nodes { id
            summary { estatesAssessed estatesAllSix }
            elsewhere: summary(filter: {community: $community}) { estatesAssessed }
            estates(first: 100) { totalCount nodes { id score estate { id } } } } }
          sixHavesProgress { summary { estatesAssessed estatesAllSix } } }""",
        {"community": community},
    )
    overview = data["sixHavesOverview"]
    (snapshot,) = data["sixHavesSnapshots"]["nodes"]
    return {
        "assessed": overview["estatesAssessed"],
        "scores": {n["estate"]["id"]: n["score"] for n in overview["estates"]["nodes"]},
        "gap communities": {
            c["community"]["id"] for gap in overview["gaps"] for c in gap["communities"]
        },
        "elsewhere": data["elsewhere"]["estatesAssessed"],
        "snapshot": snapshot["id"],
        "summary": snapshot["summary"],
        "snapshot elsewhere": snapshot["elsewhere"]["estatesAssessed"],
        "snapshot scores": {n["estate"]["id"]: n["score"] for n in snapshot["estates"]["nodes"]},
        "snapshot estates": {n["id"] for n in snapshot["estates"]["nodes"]},
        "progress": [point["summary"] for point in data["sixHavesProgress"]],
    }


async def test_the_district_view_and_snapshots_keep_to_the_scope(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    at = await places(admin)
    taken = await admin.mutate(
        "takeSixHavesSnapshot", {"kind": "MONTHLY", "asOf": TODAY.isoformat()}, "snapshot { id }"
    )
    assert taken["errors"] == []
    whole = await snapshot_view(admin, at.other_community_id)
    assert whole["assessed"] > 100 and whole["elsewhere"] > 0 and whole["snapshot elsewhere"] > 0

    viewers = (
        (await as_(gridgov, "community_staff", at.community), at.estates),
        (await as_(gridgov, "grid_worker", at.grid), {at.grid_estate}),
        (await as_(gridgov, "analyst", at.community), at.estates),
    )
    for viewer, reach in viewers:
        mine = await snapshot_view(viewer, at.other_community_id)
        assert mine["assessed"] == len(reach)
        # The admin sees at most 100 of the district's estates here: compare through
        # the viewer's own estates, which the admin's answers hold by score.
        scores = {e: (await admin.assessment(e))["score"] for e in reach}
        assert mine["scores"] == scores
        assert mine["gap communities"] <= {at.community_id}
        assert mine["elsewhere"] == 0
        # The snapshot itself is the district's; its results and counts are the scope's.
        assert mine["snapshot"] == whole["snapshot"]
        assert mine["snapshot scores"] == scores
        assert mine["summary"]["estatesAssessed"] == len(reach)
        assert mine["summary"]["estatesAllSix"] == sum(s == 6 for s in scores.values())
        assert mine["snapshot elsewhere"] == 0
        assert mine["progress"] == [mine["summary"]]
        # History of an estate in reach is the administrator's; of others, no estate at all.
        history = """query($id: ID!) { node(id: $id) { ... on Estate {
            sixHavesHistory { id score snapshot { id } } } } }"""
        for estate in reach:
            assert await viewer.query(history, {"id": estate}) == await admin.query(
                history, {"id": estate}
            )
        # Results of estates out of reach are no nodes.
        others = sorted(whole["snapshot estates"])[:20]
        assert await viewer.seen(others) == set(others) & mine["snapshot estates"]
        assert await admin.seen(others) == set(others)


async def records_outside(admin: Viewer, inside: frozenset[str]) -> dict[str, str]:
    """One ID of each record type the programme keeps, on an estate not in ``inside``."""
    found: dict[str, str] = {}
    after: str | None = None
    while len(found) < 3:
        data = await admin.query(
            """query($after: String) { sixHavesOverview { estates(first: 50, after: $after) {
                pageInfo { hasNextPage endCursor }
                nodes { estate { id } place { venues(first: 1) { id } }
                  rules { rules(first: 1) { id } } funds { funds(first: 1) { id } } } } } }""",
            {"after": after},
        )
        page = data["sixHavesOverview"]["estates"]
        for node in page["nodes"]:
            if node["estate"]["id"] in inside:
                continue
            for key, rows in (
                ("venue", node["place"]["venues"]),
                ("rule", node["rules"]["rules"]),
                ("fund", node["funds"]["funds"]),
            ):
                if rows:
                    found.setdefault(key, rows[0]["id"])
        assert page["pageInfo"]["hasNextPage"] or len(found) == 3
        after = page["pageInfo"]["endCursor"]
    return found


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
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    at = await places(admin)
    community = await as_(gridgov, "community_staff", at.community)
    street = await as_(gridgov, "street_staff", at.street)
    outside = await records_outside(admin, at.street_estates)
    taken = await admin.mutate(
        "takeSixHavesSnapshot", {"kind": "YEARLY", "asOf": TODAY.isoformat()}, "snapshot { id }"
    )
    snapshot = taken["snapshot"]["id"]
    other = await admin.query(
        "query($id: ID!) { node(id: $id) { ... on Community { estates(first: 1) {"
        " nodes { id } } } } }",
        {"id": at.other_community_id},
    )
    theirs = other["node"]["estates"]["nodes"][0]["id"]
    mine = sorted(at.estates)[0]
    before = await rows(gridgov)

    # Another community's estate and records are not found; a snapshot is the district's.
    for viewer in (community, street):
        assert await viewer.refused(
            "createSixHavesVenue", {"estate": theirs, "name": "越界议事厅", "kind": "OTHER"}
        ) == {("estate", "NOT_FOUND")}
        assert await viewer.refused(
            "createSixHavesFund",
            {"estate": theirs, "source": "FISCAL", "amount": 1000, "year": TODAY.year},
        ) == {("estate", "NOT_FOUND")}
        assert await viewer.refused(
            "updateSixHavesVenue", {"id": outside["venue"], "name": "改名"}
        ) == {("id", "NOT_FOUND")}
        assert await viewer.refused(
            "repealSixHavesRule", {"id": outside["rule"], "repealedOn": TODAY.isoformat()}
        ) == {("id", "NOT_FOUND")}
        assert await viewer.refused("updateSixHavesFund", {"id": outside["fund"], "amount": 1}) == {
            ("id", "NOT_FOUND")
        }
        assert await viewer.refused("archive", {"id": outside["fund"]}) == {("id", "NOT_FOUND")}
        assert await viewer.refused("archive", {"id": snapshot}) == {("id", "OUT_OF_SCOPE")}
    assert await rows(gridgov) == before

    # The community's own estate takes records, which its staff may then change.
    created = await community.mutate(
        "createSixHavesRule",
        {
            "estate": mine,
            "title": "居民公约",
            "kind": "RESIDENTS_CONVENTION",
            "adoptedOn": "2024-01-01",
        },
        "rule { id }",
    )
    assert created["errors"] == []
    repealed = await community.mutate(
        "repealSixHavesRule",
        {"id": created["rule"]["id"], "repealedOn": "2024-06-01"},
        "rule { repealedOn }",
    )
    assert repealed == {"rule": {"repealedOn": "2024-06-01"}, "errors": []}
    assert await rows(gridgov) - before == Counter({"six_haves_rule": 1})


async def test_roles_without_the_permission_are_forbidden(gridgov: Harness) -> None:
    admin = Viewer(gridgov, await gridgov.login_as(YANDU))
    at = await places(admin)
    street = await as_(gridgov, "street_staff", at.street)
    community = await as_(gridgov, "community_staff", at.community)
    grid = await as_(gridgov, "grid_worker", at.grid)
    analysts = [await as_(gridgov, "analyst"), await as_(gridgov, "analyst", at.community)]

    assert await admin.permissions() == {"six_haves.manage", "six_haves.snapshot"}
    assert await street.permissions() == await community.permissions() == {"six_haves.manage"}
    assert await grid.permissions() == set()
    for staff in (street, community):
        assert await staff.forbidden("takeSixHavesSnapshot") == "six_haves.snapshot"
    assert await grid.forbidden("createSixHavesVenue") == "six_haves.manage"
    before = await rows(gridgov)
    for analyst in analysts:
        assert await analyst.permissions() == set()
        for name in MUTATIONS:
            assert (await analyst.forbidden(name)).startswith("six_haves."), name
    assert await rows(gridgov) == before
