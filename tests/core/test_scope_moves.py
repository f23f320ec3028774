"""Moves out of the caller's scope need the scope that receives them (issue 16, item 6)."""

from __future__ import annotations

from typing import Any

from core.testing import TINGHU, Harness, codes

GRID = """{ district { grids(first: 1, filter: {kind: MICRO}) { nodes { code
  community { code }
  households(first: 2) { nodes { id members(first: 1) { nodes { id } } } } } } } }"""

HOME = "query($id: ID!) { node(id: $id) { ... on Person { name household { id } } } }"


async def micro_grid(h: Harness) -> dict[str, Any]:
    grid: dict[str, Any] = (await h.query(TINGHU, GRID))["district"]["grids"]["nodes"][0]
    return grid


async def home(h: Harness, person: str) -> dict[str, Any]:
    node: dict[str, Any] = (await h.query(TINGHU, HOME, {"id": person}))["node"]
    return node


async def test_moving_a_resident_out_of_every_scope_needs_the_district(gridgov: Harness) -> None:
    grid = await micro_grid(gridgov)
    households = grid["households"]["nodes"]
    person = households[0]["members"]["nodes"][0]["id"]
    before = await home(gridgov, person)
    for role, scope in (
        ("grid_worker", grid["code"]),
        ("community_staff", grid["community"]["code"]),
    ):
        token = await gridgov.login_as(TINGHU, role, scope)
        payload = await gridgov.mutate(
            TINGHU,
            "updatePerson",
            {"id": person, "household": None, "name": "改名"},
            "person { id }",
            token=token,
        )
        assert payload["person"] is None
        assert codes(payload) == {("id", "OUT_OF_SCOPE")}, payload
        assert await home(gridgov, person) == before  # the name was not changed either
    # Within the scope a move is the grid worker's to make, and the district's anywhere.
    worker = await gridgov.login_as(TINGHU, "grid_worker", grid["code"])
    moved = await gridgov.mutate(
        TINGHU, "updatePerson", {"id": person, "household": households[1]["id"]}, token=worker
    )
    assert moved["errors"] == []
    assert (await home(gridgov, person))["household"] == {"id": households[1]["id"]}
    gone = await gridgov.mutate(TINGHU, "updatePerson", {"id": person, "household": None})
    assert gone["errors"] == []
    assert (await home(gridgov, person))["household"] is None
