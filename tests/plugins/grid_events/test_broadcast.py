"""Core's broadcast facility (core/broadcast.py), which this programme brought in.

Whatever the backend the suite runs on (in-process on SQLite, LISTEN/NOTIFY on
PostgreSQL): a message reaches subscribers once its transaction commits, never when
it rolls back, only on its channel, and a subscriber that may have missed messages
is told so.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select, text

from core.broadcast import (
    MAX_MESSAGE_BYTES,
    Broadcaster,
    BroadcastLost,
    InProcessBroadcaster,
    PostgresBroadcaster,
    Subscription,
    create_broadcaster,
)
from core.testing import Harness


async def publish(
    harness: Harness,
    broadcaster: Broadcaster,
    channel: str,
    payload: dict[str, Any],
    *,
    commit: bool = True,
) -> None:
    async with harness.app.state.gridgov.sessions() as session:
        await session.execute(select(1))
        await broadcaster.publish(session, channel, payload)
        if commit:
            await session.commit()
        else:
            await session.rollback()


async def receive(messages: Subscription, within: float = 5) -> dict[str, Any]:
    return await asyncio.wait_for(anext(messages), within)


async def silent(messages: Subscription, seconds: float = 0.3) -> bool:
    try:
        message = await asyncio.wait_for(anext(messages), seconds)
    except TimeoutError:
        return True
    raise AssertionError(f"unexpected message {message}")


async def test_the_backend_follows_the_database(gridgov: Harness) -> None:
    broadcaster = gridgov.app.state.gridgov.broadcaster
    expected = PostgresBroadcaster if gridgov.url.startswith("postgresql") else InProcessBroadcaster
    assert type(broadcaster) is expected


async def test_a_message_arrives_when_its_transaction_commits_and_only_then(
    gridgov: Harness,
) -> None:
    broadcaster = gridgov.app.state.gridgov.broadcaster
    async with (
        broadcaster.subscribe("test.a") as messages,
        broadcaster.subscribe("test.a") as second,
    ):
        assert broadcaster.subscribers("test.a") == 2
        await publish(gridgov, broadcaster, "test.a", {"n": 1}, commit=False)
        async with gridgov.app.state.gridgov.sessions() as session:  # closed without commit
            await broadcaster.publish(session, "test.a", {"n": 2})
        await publish(gridgov, broadcaster, "test.b", {"n": 3})
        await publish(gridgov, broadcaster, "test.a", {"n": 4, "text": "网格"})
        await publish(gridgov, broadcaster, "test.a", {"n": 5})
        assert [await receive(messages), await receive(messages)] == [
            {"n": 4, "text": "网格"},
            {"n": 5},
        ]
        assert [await receive(second), await receive(second)] == [
            {"n": 4, "text": "网格"},
            {"n": 5},
        ]
        assert await silent(messages)
    assert broadcaster.subscribers("test.a") == 0


async def test_oversized_messages_and_channel_names_are_refused(gridgov: Harness) -> None:
    broadcaster = gridgov.app.state.gridgov.broadcaster
    async with gridgov.app.state.gridgov.sessions() as session:
        with pytest.raises(ValueError, match="bytes"):
            await broadcaster.publish(session, "test.a", {"blob": "x" * MAX_MESSAGE_BYTES})
        with pytest.raises(ValueError, match="channel"):
            await broadcaster.publish(session, "c" * 201, {})
        with pytest.raises(ValueError, match="channel"):
            await broadcaster.publish(session, "", {})


async def test_a_subscriber_that_falls_behind_is_told(gridgov: Harness) -> None:
    broadcaster = create_broadcaster(gridgov.url, queue_size=2)
    try:
        async with broadcaster.subscribe("test.slow") as messages:
            for n in range(3):
                await publish(gridgov, broadcaster, "test.slow", {"n": n})
            # Not reading meanwhile: the third message overflows, and the subscriber is dropped
            # (on PostgreSQL the messages arrive a moment later, through LISTEN).
            async with asyncio.timeout(5):
                while broadcaster.subscribers("test.slow"):  # noqa: ASYNC110 - no event to wait on
                    await asyncio.sleep(0.01)
            with pytest.raises(BroadcastLost):
                await receive(messages)
    finally:
        await broadcaster.close()


async def test_closing_ends_open_subscriptions(gridgov: Harness) -> None:
    broadcaster = create_broadcaster(gridgov.url)
    async with broadcaster.subscribe("test.close") as messages:
        await broadcaster.close()
        with pytest.raises(BroadcastLost):
            await receive(messages)


async def test_a_lost_listen_connection_ends_subscriptions_and_comes_back(gridgov: Harness) -> None:
    if not gridgov.url.startswith("postgresql"):
        pytest.skip("only PostgreSQL has a LISTEN connection to lose")
    broadcaster = create_broadcaster(gridgov.url)
    assert isinstance(broadcaster, PostgresBroadcaster)
    try:
        async with broadcaster.subscribe("test.drop") as messages:
            assert broadcaster.listening
            async with gridgov.app.state.gridgov.sessions() as session:
                killed = await session.scalar(
                    text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        " WHERE query LIKE 'LISTEN%' AND datname = current_database()"
                    )
                )
            assert killed
            with pytest.raises(BroadcastLost):
                await receive(messages, 10)
        async with broadcaster.subscribe("test.drop") as messages:
            assert broadcaster.listening
            await publish(gridgov, broadcaster, "test.drop", {"back": True})
            assert await receive(messages) == {"back": True}
    finally:
        await broadcaster.close()
