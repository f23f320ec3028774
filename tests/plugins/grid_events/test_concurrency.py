"""Two grid workers accepting the same event at once: exactly one wins, nothing half-written.

The requests are separate HTTP requests, made by two grid workers' accounts of the
same grid, with separate sessions and connections, sent at the same time with
``asyncio.gather``; on PostgreSQL they run in parallel transactions. One test lets
them race freely; the other holds both at the conditional UPDATE until both have
read the event (``held_at_the_update``), so the stale read it guards against
happens in every round.
"""

from __future__ import annotations

import asyncio
from typing import Any

from tests.plugins.grid_events.conftest import Events, held_at_the_update

ROUNDS = 6


async def two_workers(events: Events) -> list[Events]:
    """Two grid workers' accounts of the grid the test events are reported in."""
    return [await events.login("grid_worker", events.at.area_grid_code) for _ in range(2)]


def outcome(payloads: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    won = [p for p in payloads if not p["errors"]]
    lost = [p for p in payloads if p["errors"]]
    return won, lost


async def check_written_once(events: Events, event_id: str, winner: str) -> None:
    event = await events.event(event_id)
    assert (event["status"], event["version"]) == ("ACCEPTED", 2)
    accepted = [h for h in event["history"]["nodes"] if h["to"] == "ACCEPTED"]
    assert len(accepted) == 1 and accepted[0]["account"]["name"] == winner
    assert event["history"]["totalCount"] == 2


async def test_two_workers_accept_at_once_and_exactly_one_succeeds(events: Events) -> None:
    workers = await two_workers(events)
    for _ in range(ROUNDS):
        event = await events.report()
        payloads = await asyncio.gather(
            *(worker.try_act("accept", event["id"]) for worker in workers)
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
        winner = won[0]["event"]["history"]["nodes"][-1]["account"]["name"]
        assert winner in {worker.name for worker in workers}
        await check_written_once(events, event["id"], winner)


async def test_a_stale_read_loses_with_a_conflict_every_time(events: Events) -> None:
    workers = await two_workers(events)
    for _ in range(ROUNDS):
        event = await events.report()
        with held_at_the_update(events.harness):
            payloads = await asyncio.gather(
                *(worker.try_act("accept", event["id"]) for worker in workers)
            )
        won, lost = outcome(list(payloads))
        assert len(won) == 1 and len(lost) == 1, payloads
        assert [(e["field"], e["code"]) for e in lost[0]["errors"]] == [
            (["input", "id"], "CONFLICT")
        ]
        winner = won[0]["event"]["history"]["nodes"][-1]["account"]["name"]
        await check_written_once(events, event["id"], winner)
    # Different actions race the same way: a rejection and an escalation.
    event = await events.report()
    with held_at_the_update(events.harness):
        different = await asyncio.gather(
            workers[0].try_act("reject", event["id"]), workers[1].try_act("escalate", event["id"])
        )
    won, lost = outcome(list(different))
    assert len(won) == 1 and [e["code"] for e in lost[0]["errors"]] == ["CONFLICT"]
    final = await events.event(event["id"])
    assert final["status"] == won[0]["event"]["status"] and final["version"] == 2
    assert final["history"]["totalCount"] == 2
