"""Two grid workers accepting the same event at once: exactly one wins, nothing half-written.

The requests are separate HTTP requests with separate sessions and connections,
sent at the same time with ``asyncio.gather``; on PostgreSQL they run in parallel
transactions. One test lets them race freely; the other holds both between reading
the event and writing it, so the stale read the conditional UPDATE guards against
happens in every round.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from plugins.grid_events import mutations
from plugins.grid_events.testing import Events

ROUNDS = 6


async def second_worker(events: Events) -> str:
    data = await events.harness.query(
        events.district,
        """{ district { grids(first: 2, filter: {kind: COMPREHENSIVE}) { nodes {
             assignments(first: 1) { nodes { person { id } } } } } } }""",
    )
    workers = [
        g["assignments"]["nodes"][0]["person"]["id"] for g in data["district"]["grids"]["nodes"]
    ]
    other: str = next(w for w in workers if w != events.at.worker)
    return other


def outcome(payloads: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    won = [p for p in payloads if not p["errors"]]
    lost = [p for p in payloads if p["errors"]]
    return won, lost


async def check_written_once(events: Events, event_id: str, winner: str) -> None:
    event = await events.event(event_id)
    assert (event["status"], event["version"]) == ("ACCEPTED", 2)
    accepted = [h for h in event["history"]["nodes"] if h["to"] == "ACCEPTED"]
    assert len(accepted) == 1 and accepted[0]["actor"] == {"id": winner}
    assert event["history"]["totalCount"] == 2


async def test_two_workers_accept_at_once_and_exactly_one_succeeds(events: Events) -> None:
    workers = [events.at.worker, await second_worker(events)]
    for _ in range(ROUNDS):
        event = await events.report()
        payloads = await asyncio.gather(
            *(events.try_act("accept", event["id"], actor=worker) for worker in workers)
        )
        won, lost = outcome(list(payloads))
        assert len(won) == 1 and len(lost) == 1, payloads
        assert lost[0]["event"] is None
        # Whoever lost either read the event before the winner wrote (the conditional
        # update matched no row) or after (it was no longer REPORTED): typed both ways.
        assert [(e["field"], e["code"]) for e in lost[0]["errors"]] in (
            [(["input", "id"], "CONFLICT")],
            [(["input", "id"], "INVALID_STATE")],
        )
        winner = won[0]["event"]["history"]["nodes"][-1]["actor"]["id"]
        await check_written_once(events, event["id"], winner)


async def test_a_stale_read_loses_with_a_conflict_every_time(
    events: Events, monkeypatch: pytest.MonkeyPatch
) -> None:
    workers = [events.at.worker, await second_worker(events)]
    barrier = asyncio.Barrier(2)

    async def both_have_read() -> None:
        await asyncio.wait_for(barrier.wait(), 10)

    monkeypatch.setattr(mutations, "before_write", both_have_read)
    for _ in range(ROUNDS):
        event = await events.report()
        payloads = await asyncio.gather(
            *(events.try_act("accept", event["id"], actor=worker) for worker in workers)
        )
        won, lost = outcome(list(payloads))
        assert len(won) == 1 and len(lost) == 1, payloads
        assert [(e["field"], e["code"]) for e in lost[0]["errors"]] == [
            (["input", "id"], "CONFLICT")
        ]
        winner = won[0]["event"]["history"]["nodes"][-1]["actor"]["id"]
        await check_written_once(events, event["id"], winner)
    # Different actions race the same way: a rejection and an escalation.
    event = await events.report()
    different = await asyncio.gather(
        events.try_act("reject", event["id"]), events.try_act("escalate", event["id"])
    )
    won, lost = outcome(list(different))
    assert len(won) == 1 and [e["code"] for e in lost[0]["errors"]] == ["CONFLICT"]
    final = await events.event(event["id"])
    assert final["status"] == won[0]["event"]["status"] and final["version"] == 2
    assert final["history"]["totalCount"] == 2
