"""Live updates: publish a message when a transaction commits, subscribe to a channel.

Plugins get the app's :class:`Broadcaster` as ``info.context.broadcaster``. A mutation
publishes inside its transaction; the message reaches subscribers only if, and once,
that transaction commits (never on rollback). A subscription resolver iterates over
the messages of a channel::

    await info.context.broadcaster.publish(check.session, "red_property.7", {"rating": 12})

    async with info.context.broadcaster.subscribe("red_property.7") as messages:
        async for message in messages:   # dicts, decoded from JSON
            ...

Two backends, chosen from the database URL by :func:`create_broadcaster`:

* SQLite: in-process fan-out. Messages wait on the session and are handed to the
  process's subscribers in the session's ``after_commit`` event. Only subscribers of
  the same process receive them.
* PostgreSQL: ``pg_notify`` in the publishing transaction (PostgreSQL itself delivers
  a notification only when that transaction commits), and one dedicated asyncpg
  connection per process ``LISTEN``\\ ing on a single channel, which fans the
  messages out to that process's subscribers. Every server process, on any host,
  receives every message, including its own.

Channels are logical names (``<plugin>.<anything>``); on PostgreSQL they all travel
on one notification channel, so subscribing never waits for a ``LISTEN``. A message
is a JSON object of at most :data:`MAX_MESSAGE_BYTES` bytes: send ids, not objects,
and let the subscriber read what it shows.

A subscriber whose queue overflows, or whose process loses its ``LISTEN``
connection, may have missed messages: its iteration ends with
:class:`BroadcastLost`, so the client resubscribes and re-reads instead of
silently showing stale data.
"""

from __future__ import annotations

import asyncio
import contextlib
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

import orjson
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

MAX_MESSAGE_BYTES = 7000
"""Largest encoded message (channel and payload); PostgreSQL's limit is 8000 bytes."""
MAX_CHANNEL_LENGTH = 200
DEFAULT_QUEUE_SIZE = 1000
"""Messages a subscriber may fall behind by before its subscription is ended."""
NOTIFY_CHANNEL = "gridgov_broadcast"
"""The one PostgreSQL notification channel all logical channels travel on."""

_PENDING = "gridgov.broadcast.pending"
_HOOKED = "gridgov.broadcast.hooked"
_LOST = object()


class BroadcastLost(Exception):
    """The subscription may have missed messages; subscribe again and re-read."""


class Subscription:
    """The messages of one channel, in publishing order, as an async iterator of dicts."""

    def __init__(self, channel: str, queue_size: int) -> None:
        self.channel = channel
        self._queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=queue_size)
        self.lost = False

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> dict[str, Any]:
        item = await self._queue.get()
        if item is _LOST:
            raise BroadcastLost(f"subscription to {self.channel!r} may have missed messages")
        message: dict[str, Any] = orjson.loads(item)["p"]
        return message

    def _offer(self, data: bytes) -> bool:
        """Queue one message; False (and the subscription is lost) when it is full."""
        if self.lost:
            return False
        try:
            self._queue.put_nowait(data)
        except asyncio.QueueFull:
            self._lose()
            return False
        return True

    def _lose(self) -> None:
        if self.lost:
            return
        self.lost = True
        while not self._queue.empty():  # the sentinel must fit, and comes next
            self._queue.get_nowait()
        self._queue.put_nowait(_LOST)


def _encode(channel: str, payload: Mapping[str, Any]) -> bytes:
    if not channel or len(channel) > MAX_CHANNEL_LENGTH:
        raise ValueError(f"a channel name has 1 to {MAX_CHANNEL_LENGTH} characters")
    data = orjson.dumps({"c": channel, "p": dict(payload)})
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValueError(f"message on {channel!r} exceeds {MAX_MESSAGE_BYTES} bytes; send ids")
    return data


class Broadcaster(ABC):
    """Publishes messages at commit and fans them out to this process's subscribers.

    Args:
        queue_size: Messages a subscriber may fall behind by before it is lost.
    """

    def __init__(self, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        self.queue_size = queue_size
        self._subscribers: dict[str, set[Subscription]] = {}

    @abstractmethod
    async def publish(
        self, session: AsyncSession, channel: str, payload: Mapping[str, Any]
    ) -> None:
        """Send ``payload`` to ``channel``'s subscribers when ``session`` commits.

        Args:
            session: The session whose current transaction decides: delivered on
                commit, dropped on rollback.
            channel: The logical channel, ``<plugin>.<anything>``.
            payload: JSON-serialisable values (ids, codes, timestamps as text).

        Raises:
            ValueError: The channel name or the encoded message is too long.
        """

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[Subscription]:
        """Receive ``channel``'s messages published from now until the block ends."""
        subscription = Subscription(channel, self.queue_size)
        # Listening first: once counted, a subscriber receives everything published.
        await self._ready()
        self._subscribers.setdefault(channel, set()).add(subscription)
        try:
            yield subscription
        finally:
            subscribers = self._subscribers.get(channel)
            if subscribers is not None:
                subscribers.discard(subscription)
                if not subscribers:
                    del self._subscribers[channel]

    def subscribers(self, channel: str) -> int:
        """How many subscriptions of this process listen to ``channel`` now."""
        return len(self._subscribers.get(channel, ()))

    async def close(self) -> None:
        """Stop receiving; open subscriptions end with :class:`BroadcastLost`."""
        self._lose_all()

    async def _ready(self) -> None:  # noqa: B027 - a hook; in-process there is nothing to do
        """Make sure messages from other processes arrive (nothing to do in-process)."""

    def _deliver(self, data: bytes) -> None:
        """Hand one encoded message to this process's subscribers of its channel."""
        channel = orjson.loads(data)["c"]
        for subscription in list(self._subscribers.get(channel, ())):
            if not subscription._offer(data):
                self._subscribers[channel].discard(subscription)

    def _lose_all(self) -> None:
        for subscriptions in self._subscribers.values():
            for subscription in subscriptions:
                subscription._lose()
        self._subscribers.clear()


class InProcessBroadcaster(Broadcaster):
    """Fan-out within one process, at commit; for SQLite and single-process servers."""

    async def publish(
        self, session: AsyncSession, channel: str, payload: Mapping[str, Any]
    ) -> None:
        data = _encode(channel, payload)
        sync = session.sync_session
        if not sync.info.get(_HOOKED):
            sync.info[_HOOKED] = True
            event.listen(sync, "after_commit", self._committed)
            event.listen(sync, "after_transaction_end", self._ended)
        sync.info.setdefault(_PENDING, []).append(data)

    def _committed(self, session: Session) -> None:
        for data in session.info.pop(_PENDING, []):
            self._deliver(data)

    def _ended(self, session: Session, transaction: SessionTransaction) -> None:
        # Reached after a commit too (pending is then empty): whatever is left was
        # published in a transaction that did not commit.
        if transaction.parent is None:
            session.info.pop(_PENDING, None)


class PostgresBroadcaster(Broadcaster):
    """``pg_notify`` on commit, one ``LISTEN`` connection per process.

    Args:
        dsn: A libpq-style URL (``postgresql://user@host:port/db``) for the listener.
        channel: The PostgreSQL notification channel.
        queue_size: Messages a subscriber may fall behind by before it is lost.
    """

    def __init__(
        self, dsn: str, *, channel: str = NOTIFY_CHANNEL, queue_size: int = DEFAULT_QUEUE_SIZE
    ) -> None:
        super().__init__(queue_size=queue_size)
        self.dsn = dsn
        self.channel = channel
        self._connection: Any = None
        self._starting = asyncio.Lock()

    async def publish(
        self, session: AsyncSession, channel: str, payload: Mapping[str, Any]
    ) -> None:
        data = _encode(channel, payload)
        # Inside the transaction: PostgreSQL delivers it at commit, drops it on rollback.
        await session.execute(select(func.pg_notify(self.channel, data.decode())))

    @property
    def listening(self) -> bool:
        """Whether this process's ``LISTEN`` connection is up."""
        return self._connection is not None and not self._connection.is_closed()

    async def _ready(self) -> None:
        if self.listening:
            return
        async with self._starting:
            if self.listening:
                return
            import asyncpg

            connection = await asyncpg.connect(self.dsn)
            connection.add_termination_listener(self._terminated)
            await connection.add_listener(self.channel, self._notified)
            self._connection = connection

    def _notified(self, connection: Any, pid: int, channel: str, payload: str) -> None:
        self._deliver(payload.encode())

    def _terminated(self, connection: Any) -> None:
        # The connection dropped: notifications sent meanwhile are gone, so every
        # subscriber is told; the next subscription connects again.
        if connection is self._connection:
            self._connection = None
            self._lose_all()

    async def close(self) -> None:
        connection, self._connection = self._connection, None
        self._lose_all()
        if connection is not None and not connection.is_closed():
            with contextlib.suppress(Exception):
                await connection.close(timeout=5)


def create_broadcaster(database_url: str, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> Broadcaster:
    """The broadcaster for a database: LISTEN/NOTIFY on PostgreSQL, in-process otherwise.

    Args:
        database_url: The SQLAlchemy URL the app uses.
        queue_size: Messages a subscriber may fall behind by before it is lost.
    """
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        return PostgresBroadcaster(dsn, queue_size=queue_size)
    return InProcessBroadcaster(queue_size=queue_size)
