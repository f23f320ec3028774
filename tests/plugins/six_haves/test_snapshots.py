"""six_haves: the cycle of checks keeps snapshots, and progress is read from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from core.testing import YANDU
from plugins.six_haves import models
from tests.plugins.six_haves.conftest import TODAY, Six

SNAPSHOT = "snapshot { id kind asOf summary { estatesAssessed estatesAllSix haves { have satisfied missing } } }"


async def take(six: Six, kind: str, as_of: dt.date) -> dict[str, Any]:
    payload = await six.mutate(
        "takeSixHavesSnapshot", {"kind": kind, "asOf": as_of.isoformat()}, SNAPSHOT
    )
    assert payload["errors"] == [], payload["errors"]
    snapshot: dict[str, Any] = payload["snapshot"]
    return snapshot


async def test_a_snapshot_equals_the_district_view_and_stays_as_taken(six: Six) -> None:
    h = six.harness
    snapshot = await take(six, "MONTHLY", TODAY)
    overview = await six.overview()
    summary = snapshot["summary"]
    assert summary["estatesAssessed"] == overview["estatesAssessed"] == 180
    assert summary["estatesAllSix"] == overview["estatesAllSix"]
    assert summary["haves"] == overview["haves"]
    assert await six.count(models.SnapshotEstate) == 180

    # Funding an estate that lacked it changes the live view, not the snapshot.
    data = await h.query(
        YANDU,
        "{ sixHavesOverview { estates(first: 1, missing: FUNDS) { nodes { estate { id } } } } }",
    )
    estate = data["sixHavesOverview"]["estates"]["nodes"][0]["estate"]["id"]
    await six.created(
        "createSixHavesFund",
        {"estate": estate, "source": "FISCAL", "amount": 40000, "year": TODAY.year},
        "fund",
    )
    live = {row["have"]: row["missing"] for row in (await six.overview())["haves"]}
    kept = {row["have"]: row["missing"] for row in summary["haves"]}
    assert live["FUNDS"] == kept["FUNDS"] - 1
    data = await h.query(
        YANDU,
        "query($id: ID!) { node(id: $id) { ... on SixHavesSnapshot { summary { haves {"
        " have missing } } estates(first: 100, filter: {missing: FUNDS}) { totalCount"
        " nodes { funds missing estate { id } } } } } }",
        {"id": snapshot["id"]},
    )
    node = data["node"]
    assert {r["have"]: r["missing"] for r in node["summary"]["haves"]} == kept
    assert node["estates"]["totalCount"] == kept["FUNDS"]
    assert all(not n["funds"] and "FUNDS" in n["missing"] for n in node["estates"]["nodes"])
    assert estate in {n["estate"]["id"] for n in node["estates"]["nodes"]}

    # The score and allSix of a kept result are its six flags counted.
    data = await h.query(
        YANDU,
        "query($id: ID!) { node(id: $id) { ... on SixHavesSnapshot {"
        " all: estates(first: 100, filter: {allSix: true}) { totalCount nodes { score allSix"
        " missing } } some: estates(first: 100, filter: {allSix: false}) { totalCount"
        " nodes { score allSix missing organisation people place rules funds network } } } } }",
        {"id": snapshot["id"]},
    )
    node = data["node"]
    assert node["all"]["totalCount"] == summary["estatesAllSix"]
    assert node["some"]["totalCount"] == 180 - summary["estatesAllSix"]
    assert all(n == {"score": 6, "allSix": True, "missing": []} for n in node["all"]["nodes"])
    for n in node["some"]["nodes"]:
        flags = [
            n[have.lower()]
            for have in ("ORGANISATION", "PEOPLE", "PLACE", "RULES", "FUNDS", "NETWORK")
        ]
        assert n["score"] == sum(flags) == 6 - len(n["missing"]) < 6 and not n["allSix"]


async def test_progress_over_the_cycle_of_checks(six: Six) -> None:
    h = six.harness
    earlier = await take(six, "HALF_YEAR", dt.date(2023, 6, 30))
    later = await take(six, "YEARLY", TODAY)
    # In mid-2023 the example's funding (last year's and this year's) was not yet there.
    assert earlier["summary"]["estatesAllSix"] == 0
    assert later["summary"]["estatesAllSix"] > 0
    data = await h.query(
        YANDU,
        """{ sixHavesProgress { asOf kind allSixChange snapshot { id }
             summary { estatesAssessed estatesAllSix averageScore } } }""",
    )
    points = data["sixHavesProgress"]
    assert [p["snapshot"]["id"] for p in points] == [earlier["id"], later["id"]]
    assert [p["kind"] for p in points] == ["HALF_YEAR", "YEARLY"]
    assert points[0]["allSixChange"] is None
    assert points[1]["allSixChange"] == later["summary"]["estatesAllSix"]
    assert points[0]["summary"]["averageScore"] < points[1]["summary"]["averageScore"]
    only_yearly = await h.query(YANDU, "{ sixHavesProgress(kind: YEARLY) { asOf } }")
    assert only_yearly["sixHavesProgress"] == [{"asOf": TODAY.isoformat()}]
    since = await h.query(YANDU, '{ sixHavesProgress(since: "2024-01-01", last: 5) { asOf } }')
    assert len(since["sixHavesProgress"]) == 1

    # Narrowed to a street, the counts are the street's estates' own results.
    data = await h.query(YANDU, "{ district { streets(first: 1) { nodes { id } } } }")
    street = data["district"]["streets"]["nodes"][0]["id"]
    data = await h.query(
        YANDU,
        "query($s: ID!) { sixHavesProgress(filter: {street: $s}) { summary { estatesAssessed"
        " estatesAllSix } } sixHavesOverview(filter: {street: $s}) { estatesAssessed"
        " estatesAllSix } }",
        {"s": street},
    )
    assert data["sixHavesProgress"][1]["summary"] == data["sixHavesOverview"]

    # Each estate's own history, oldest first.
    data = await h.query(
        YANDU,
        "{ district { estates(first: 3) { nodes { sixHaves { score }"
        " sixHavesHistory { score allSix snapshot { asOf kind } } } } } }",
    )
    for estate in data["district"]["estates"]["nodes"]:
        history = estate["sixHavesHistory"]
        assert [p["snapshot"]["asOf"] for p in history] == ["2023-06-30", TODAY.isoformat()]
        assert history[-1]["score"] == estate["sixHaves"]["score"]
    listed = await h.query(
        YANDU, "{ sixHavesSnapshots { totalCount nodes { kind asOf takenAt } } }"
    )
    assert listed["sixHavesSnapshots"]["totalCount"] == 2
    assert [n["kind"] for n in listed["sixHavesSnapshots"]["nodes"]] == ["YEARLY", "HALF_YEAR"]


async def test_bad_snapshots_are_refused(six: Six) -> None:
    await take(six, "MONTHLY", dt.date(2025, 1, 31))
    before = await six.count(models.SnapshotEstate), await six.count(models.Snapshot)
    for input, expected in (
        ({"kind": "MONTHLY", "asOf": "2025-01-31"}, "DUPLICATE"),
        ({"kind": "MONTHLY", "asOf": (TODAY + dt.timedelta(days=1)).isoformat()}, "OUT_OF_RANGE"),
        ({"kind": "YEARLY", "asOf": "1999-12-31"}, "OUT_OF_RANGE"),
    ):
        payload = await six.mutate("takeSixHavesSnapshot", input, "snapshot { id }")
        assert payload["snapshot"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [
            (["input", "asOf"], expected)
        ], input
    assert (await six.count(models.SnapshotEstate), await six.count(models.Snapshot)) == before
    # The same day in another kind of check is a different snapshot.
    await take(six, "HALF_YEAR", dt.date(2025, 1, 31))


async def test_snapshot_queries_cost_the_same_for_few_or_many(six: Six) -> None:
    h = six.harness
    for day in (dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2024, 3, 31)):
        await take(six, "MONTHLY", day)
    query = """query($n: Int!) { sixHavesSnapshots(first: $n) { nodes { asOf summary {
        estatesAllSix } estates(first: 5) { nodes { score estate { name } } } } }
        sixHavesProgress(last: $n) { summary { estatesAllSix } }
        district { estates(first: 10) { nodes { sixHavesHistory(last: $n) { score } } } } }"""
    counts = []
    for n in (1, 3):
        with h.counting() as statements:
            await h.query(YANDU, query, {"n": n})
        counts.append(len(statements))
    assert counts[0] == counts[1]


async def test_hook_archive_rules_take_a_snapshots_estates_with_it(six: Six) -> None:
    snapshot = await take(six, "MONTHLY", TODAY)

    async def live_results() -> int:
        statement = select(func.count()).where(models.SnapshotEstate.archived_at.is_(None))
        async with six.harness.app.state.gridgov.sessions() as session:
            return int(await session.scalar(statement) or 0)

    assert await live_results() == 180
    for verb, live in (("archive", 0), ("restore", 180)):
        payload = await six.mutate(verb, {"id": snapshot["id"]}, "node { id }", "ArchiveInput")
        assert payload["errors"] == []
        assert await live_results() == live
