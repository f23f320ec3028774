"""The per-request context every resolver receives as ``info.context``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Hashable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from sqlalchemy import ColumnElement, Executable, FromClause, Result, select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

from core.db.models import live

if TYPE_CHECKING:
    from core.access import Scope, Viewer
    from core.broadcast import Broadcaster
    from core.graphql.node import Node
    from core.indicators import IndicatorCache
    from core.plugins import PluginManager

L = TypeVar("L", bound=DataLoader[Any, Any])
K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Context:
    """One request, answered for one district.

    Attributes:
        district_id: Database id of the district the request is for.
        district_code: Its six-digit code.
        enabled: Plugins the district has enabled (``core`` included).
        session: The request's database session.
        manager: The plugin manager.
        node_types: ``{GraphQL type name: (strawberry type, model)}`` for ``node(id:)``.
        broadcaster: Live updates: publish at commit, subscribe to a channel
            (:mod:`core.broadcast`).
        viewer: Who is asking (None before logging in: only ``login`` answers).
        scope: What the viewer reaches, as SQL conditions per model
            (:class:`core.access.Scope`).
        indicators: The process's recently computed ``District.indicators``.
        address: The client's network address (for throttling logins), if known.
        logins: ``login`` fields the request has run (one is allowed, :mod:`core.graphql.guard`).
        cost_spent: What the request's operations run so far cost, against the one
            budget of an HTTP request (:mod:`core.limits`); None: each operation is
            costed on its own (WebSockets).
    """

    district_id: int
    district_code: str
    enabled: frozenset[str]
    session: AsyncSession
    manager: PluginManager
    node_types: Mapping[str, tuple[type[Node], Any]]
    broadcaster: Broadcaster
    viewer: Viewer | None
    scope: Scope
    indicators: IndicatorCache
    address: str | None = None
    logins: int = 0
    cost_spent: int | None = None
    connection_params: dict[str, Any] | None = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _loaders: dict[Hashable, DataLoader[Any, Any]] = field(default_factory=dict)
    _statements: set[asyncio.Task[Result[Any]]] = field(default_factory=set)
    personal_reads: set[int] = field(default_factory=set)
    """People whose personal data the request read (bounded for analysts)."""

    async def execute(
        self, statement: Executable, parameters: Mapping[str, Any] | None = None
    ) -> Result[Any]:
        """Run one statement; resolvers run concurrently but a session must not.

        Resolvers read with Core statements, so they skip the ORM's execution layer
        (a fifth of a nested query's time) and run on the session's connection, after
        flushing what a mutation left pending as the ORM would.

        When a non-null field fails, graphql-core cancels its siblings; a statement
        cancelled halfway leaves the session's connection unusable (SQLite's closes), so
        each statement runs to its end in its own task and only the waiting is cancelled.
        """
        task = asyncio.ensure_future(self._execute(statement, parameters))
        self._statements.add(task)
        task.add_done_callback(self._statements.discard)
        return await asyncio.shield(task)

    async def settle(self) -> None:
        """Wait for statements whose resolvers were cancelled, before the session closes."""
        if self._statements:
            await asyncio.wait(self._statements)

    async def _execute(
        self, statement: Executable, parameters: Mapping[str, Any] | None
    ) -> Result[Any]:
        async with self._lock:
            session = self.session
            if session.new or session.dirty or session.deleted:
                await session.flush()
            connection = await session.connection()
            return await connection.execute(statement, parameters)

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[AsyncSession]:
        """The session, to run several statements without other resolvers interleaving."""
        async with self._lock:
            yield self.session

    def cached_loader(self, key: Hashable, factory: Callable[[], L]) -> L:
        """The request's loader for ``key``, created by ``factory`` on first use."""
        loader = self._loaders.get(key)
        if loader is None:
            loader = self._loaders[key] = factory()
        return loader  # type: ignore[return-value]

    def clear_loaders(self) -> None:
        """Forget every loader's cache, so the next reads see fresh data.

        A subscription yields many results over one context (one per WebSocket
        connection); it calls this before each.
        """
        self._loaders.clear()
        self.personal_reads.clear()

    def loader(self, name: str) -> DataLoader[Any, Any]:
        """A loader a plugin declared through ``gridgov_loaders``, one per request."""
        factory = self.manager.contributions.loaders[name].value
        return self.cached_loader(("plugin", name), lambda: factory(self))


class ContextLoader(DataLoader[K, V]):
    """A request's loader answering each batch of keys from one statement.

    Subclasses implement :meth:`load_batch`; get one per request with
    :meth:`Context.cached_loader` (or declare it through ``gridgov_loaders``).
    """

    def __init__(self, context: Context) -> None:
        super().__init__(load_fn=self.load_batch)
        self.context = context

    def visible(self, model: Any) -> list[ColumnElement[bool]]:
        """The condition limiting ``model`` to the viewer's scope: none at district scope."""
        condition = self.context.scope.visible(model)
        return [] if condition is None else [condition]

    async def load_batch(self, keys: Sequence[K]) -> Sequence[V | BaseException]:
        """The values of ``keys``, in their order."""
        raise NotImplementedError


class LiveRowLoader(ContextLoader[int, Any]):
    """Each key's live row of ``table`` whose column ``column`` holds the key, or None.

    The loader of a to-one field read through a column pointing back at its parent (a
    community's quota, a person's registration), within the request's district and
    the viewer's scope. A subclass names the two::

        class QuotaOfCommunity(LiveRowLoader):
            table = models.Quota.__table__
            column = "community_id"
    """

    table: ClassVar[FromClause]
    column: ClassVar[str]

    async def load_batch(self, keys: Sequence[int]) -> list[Any]:
        t = self.table
        result = await self.context.execute(
            select(t).where(
                t.c[self.column].in_(keys),
                t.c.district_id == self.context.district_id,
                live(t),
                *self.visible(t),
            )
        )
        found = {row._mapping[self.column]: row for row in result}
        return [found.get(key) for key in keys]
