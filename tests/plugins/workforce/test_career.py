"""workforce: quotas, placements and promotions; a quota is never over-filled, even at once."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from core.testing import held_at

if TYPE_CHECKING:
    from tests.plugins.workforce.conftest import Workforce

LOCK = "SELECT workforce_quota.id FROM workforce_quota WHERE workforce_quota.id ="
"""The statement locking a quota before a placement is written."""

QUOTA = """query($id: ID!) { node(id: $id) { ... on Community {
    workforceQuota { id seats filled vacancies } } } }"""


async def staffing(wf: Workforce, community: str) -> dict[str, Any]:
    found: dict[str, Any] = (await wf.query(QUOTA, {"id": community}))["node"]["workforceQuota"]
    return found


async def test_a_worker_fills_a_seat_at_a_grade_and_is_promoted(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    before = await staffing(wf, community)
    await wf.quota(community, before["filled"] + 1)
    indicators = await wf.indicators()
    person, identity = await wf.worker()
    payload = await wf.ok(
        "placeWorkforceWorker",
        {**await wf.place_input(community, identity), "channel": "TRANSFER"},
        "placement { id active channel placedOn person { id } identity { id } quota { id }"
        " community { id } grade { rank } gradings(first: 5) { nodes { since grade { rank } } } }",
    )
    placement = payload["placement"]
    assert placement["active"] and placement["channel"] == "TRANSFER"
    assert placement["person"] == {"id": person} and placement["identity"] == {"id": identity}
    assert placement["community"] == {"id": community}
    assert placement["grade"] == {"rank": 1}
    assert placement["gradings"]["nodes"] == [{"since": "2023-03-01", "grade": {"rank": 1}}]
    assert await staffing(wf, community) == {
        "id": before["id"],
        "seats": before["filled"] + 1,
        "filled": before["filled"] + 1,
        "vacancies": 0,
    }
    # Full: another worker is refused, and nothing is written.
    assert await wf.refused("placeWorkforceWorker", await wf.place_input(community)) == [
        ("community", "LIMIT_EXCEEDED")
    ]
    # The same worker cannot fill two seats.
    other = (await wf.communities())[1].id
    assert await wf.refused("placeWorkforceWorker", await wf.place_input(other, identity)) == [
        ("identity", "DUPLICATE")
    ]

    grades = await wf.grades()
    promote = {"placement": placement["id"], "grade": grades[2]["id"], "since": "2024-06-01"}
    promoted = await wf.ok(
        "promoteWorkforceWorker", promote, "grading { since grade { rank } placement { id } }"
    )
    assert promoted["grading"] == {
        "since": "2024-06-01",
        "grade": {"rank": 3},
        "placement": {"id": placement["id"]},
    }
    assert await wf.refused("promoteWorkforceWorker", {**promote, "since": "2024-07-01"}) == [
        ("grade", "INVALID")
    ]
    assert await wf.refused(
        "promoteWorkforceWorker", {**promote, "grade": grades[3]["id"], "since": "2024-06-01"}
    ) == [("since", "INVALID_PERIOD")]
    found = await wf.query(
        """query($id: ID!) { node(id: $id) { ... on Person { workforcePlacement { grade { rank }
            gradings(first: 5) { nodes { since grade { rank } } } } } } }""",
        {"id": person},
    )
    assert found["node"]["workforcePlacement"] == {
        "grade": {"rank": 3},
        "gradings": {
            "nodes": [
                {"since": "2024-06-01", "grade": {"rank": 3}},
                {"since": "2023-03-01", "grade": {"rank": 1}},
            ]
        },
    }
    after = await wf.indicators()
    assert after["workforce.placed"] == indicators["workforce.placed"] + 1
    assert after["workforce.promotions"] == indicators["workforce.promotions"] + 1
    assert after["workforce.vacancies"] == 0 + indicators["workforce.vacancies"] - 1


async def test_bad_placements_are_refused_and_write_nothing(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    await wf.quota(community, 400)
    before = await wf.indicators()
    good = await wf.place_input(community)

    async def refused(**change: Any) -> list[tuple[str, str]]:
        return await wf.refused("placeWorkforceWorker", {**good, **change})

    assert await refused(placedOn="2999-01-01") == [("placedOn", "OUT_OF_RANGE")]
    assert await refused(placedOn="2021-12-31") == [("placedOn", "INVALID_PERIOD")]
    assert await refused(identity="bm9wZTox") == [("identity", "NOT_FOUND")]
    assert await refused(grade=community) == [("grade", "NOT_FOUND")]
    resident = await wf.query(
        "{ district { people(first: 1, filter: {identity: RESIDENT}) { nodes {"
        " identities(first: 1) { nodes { id } } } } } }"
    )
    not_worker = resident["district"]["people"]["nodes"][0]["identities"]["nodes"][0]["id"]
    assert await refused(identity=not_worker) == [("identity", "WRONG_KIND")]
    assert await wf.indicators() == before


async def test_a_quota_is_set_once_per_community_and_never_below_its_filled_seats(
    wf: Workforce,
) -> None:
    community = (await wf.communities())[0].id
    quota = await staffing(wf, community)
    assert await wf.refused(
        "setWorkforceQuota", {"community": community, "seats": quota["filled"] - 1}
    ) == [("seats", "LIMIT_EXCEEDED")]
    assert await wf.refused("setWorkforceQuota", {"community": community, "seats": 501}) == [
        ("seats", "OUT_OF_RANGE")
    ]
    same = await wf.quota(community, quota["filled"])
    assert same["id"] == quota["id"] and same["vacancies"] == 0
    # A quota with live placements cannot be archived.
    archived = await wf.mutate(
        "archive", {"id": quota["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert archived["errors"] and archived["errors"][0]["code"] != "CONFLICT"


async def test_ending_a_placement_frees_its_seat_and_keeps_its_history(wf: Workforce) -> None:
    community = (await wf.communities())[1].id
    filled = (await staffing(wf, community))["filled"]
    await wf.quota(community, filled + 1)
    placement = await wf.place(community)
    ended = await wf.mutate(
        "archive", {"id": placement["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert ended["errors"] == []
    assert (await staffing(wf, community))["vacancies"] == 1
    kept = await wf.query(
        """query($id: ID!) { node(id: $id) { ... on WorkforcePlacement { active
            gradings(first: 5) { totalCount nodes { id } } } } }""",
        {"id": placement["id"]},
    )
    assert kept["node"]["active"] is False and kept["node"]["gradings"]["totalCount"] == 1
    # A grading is history: it cannot be archived.
    grading = kept["node"]["gradings"]["nodes"][0]["id"]
    refused = await wf.mutate("archive", {"id": grading}, "node { id }", input_type="ArchiveInput")
    assert [e["code"] for e in refused["errors"]] == ["INVALID"]

    # Someone else took the seat: the ended placement cannot come back into a full quota.
    other = await wf.place(community)
    restore = await wf.mutate(
        "restore", {"id": placement["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert [e["code"] for e in restore["errors"]] == ["LIMIT_EXCEEDED"]
    await wf.ok("setWorkforceQuota", {"community": community, "seats": filled + 2}, "quota { id }")
    restore = await wf.mutate(
        "restore", {"id": placement["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert restore["errors"] == []
    assert (await staffing(wf, community))["vacancies"] == 0
    assert other["active"]


async def test_a_restored_placement_must_not_double_a_workers_seat(wf: Workforce) -> None:
    community, other = (c.id for c in await wf.communities())
    await wf.quota(community, 400)
    await wf.quota(other, 400)
    _, identity = await wf.worker()
    first = await wf.ok(
        "placeWorkforceWorker", await wf.place_input(community, identity), "placement { id }"
    )
    await wf.mutate(
        "archive", {"id": first["placement"]["id"]}, "node { id }", input_type="ArchiveInput"
    )
    await wf.ok("placeWorkforceWorker", await wf.place_input(other, identity), "placement { id }")
    restore = await wf.mutate(
        "restore", {"id": first["placement"]["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert [e["code"] for e in restore["errors"]] == ["DUPLICATE"]


async def placements_at_once(wf: Workforce, community: str, *, held: bool) -> list[dict[str, Any]]:
    """Six placements into one quota, sent together (held: all read before any writes)."""
    inputs = [await wf.place_input(community) for _ in range(6)]
    sends = [wf.mutate("placeWorkforceWorker", i, "placement { id }") for i in inputs]
    if not held:
        return list(await asyncio.gather(*sends))
    with held_at(wf.h, LOCK, 6):
        return list(await asyncio.gather(*sends))


async def test_placements_at_once_never_over_fill_a_quota(wf: Workforce) -> None:
    for held, community in zip((False, True), await wf.communities(), strict=True):
        filled = (await staffing(wf, community.id))["filled"]
        await wf.quota(community.id, filled + 4)
        payloads = await placements_at_once(wf, community.id, held=held)
        won = [p for p in payloads if not p["errors"]]
        lost = [p for p in payloads if p["errors"]]
        assert len(won) == 4, payloads
        for payload in lost:
            assert [e["code"] for e in payload["errors"]] == ["LIMIT_EXCEEDED"]
            assert payload["placement"] is None
        assert await staffing(wf, community.id) == {
            "id": (await staffing(wf, community.id))["id"],
            "seats": filled + 4,
            "filled": filled + 4,
            "vacancies": 0,
        }


async def test_lowering_a_quota_and_placing_at_once_never_over_fill_it(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    filled = (await staffing(wf, community))["filled"]
    await wf.quota(community, filled + 1)
    place = await wf.place_input(community)
    with held_at(wf.h, LOCK, 2):
        lowered, placed = await asyncio.gather(
            wf.mutate(
                "setWorkforceQuota", {"community": community, "seats": filled}, "quota { id }"
            ),
            wf.mutate("placeWorkforceWorker", place, "placement { id }"),
        )
    # Whichever came second was refused: the seat was gone, or was filled.
    codes = [[e["code"] for e in p["errors"]] for p in (lowered, placed)]
    assert sorted(codes) == [[], ["LIMIT_EXCEEDED"]], codes
    quota = await staffing(wf, community)
    assert quota["filled"] <= quota["seats"]
    assert quota["filled"] == filled + (1 if not placed["errors"] else 0)


async def test_promotions_at_once_only_go_up(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    await wf.quota(community, 400)
    placement = (await wf.place(community))["id"]
    grades = await wf.grades()
    # Both read the starting grade before either writes; only one may follow it.
    with held_at(wf.h, "SELECT workforce_placement.id FROM workforce_placement WHERE", 2):
        payloads = await asyncio.gather(
            *(
                wf.mutate(
                    "promoteWorkforceWorker",
                    {"placement": placement, "grade": grades[rank]["id"], "since": since},
                    "grading { id }",
                )
                for rank, since in ((2, "2024-01-01"), (1, "2024-06-01"))
            )
        )
    assert sorted(len(p["errors"]) for p in payloads) == [0, 1], payloads
    found = await wf.query(
        """query($id: ID!) { node(id: $id) { ... on WorkforcePlacement {
            gradings(first: 5) { nodes { since grade { rank } } } } } }""",
        {"id": placement},
    )
    ranks = [g["grade"]["rank"] for g in reversed(found["node"]["gradings"]["nodes"])]
    assert len(ranks) == 2 and ranks == sorted(ranks)
