"""WebSocket sessions (graphql-transport-ws) that hold only while their token does.

An HTTP request reads its token afresh; a WebSocket connection authenticates once and
may stay open for hours. So a connection's token is checked again:

* before each operation the client starts on it (``subscribe`` messages: queries,
  mutations and subscriptions alike), with a statement of its own;
* and every ``session_check_seconds`` (core setting, 0.5 by default) while the
  connection is open: one statement per server process checks the tokens of all its
  connections, so a revocation, a disabled account or an expiry made anywhere (another
  process, the command line) ends the connection within that time.

A connection whose token no longer holds is closed with ``4403`` and its operations,
subscriptions included, are cancelled. Each message a client sends is held to the
HTTP body limit (``max_body_bytes``) before it is decoded: a larger one closes the
connection with ``4413``.

A query or mutation has the time budget of an HTTP request (``request_seconds``): past
it, the operation is stopped, answered with a ``next`` message whose error has the code
``REQUEST_TIMEOUT`` (then ``complete``), what it wrote is rolled back, and the
connection stays open. A subscription is not held to it (it lasts as long as the client
wants); neither is producing each of its events.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Iterable, Sequence
from json import JSONDecodeError
from typing import TYPE_CHECKING, Any

from graphql import GraphQLError, OperationType, get_operation_ast, parse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.websockets import WebSocketDisconnect, WebSocketState
from strawberry.asgi import ASGIWebSocketAdapter
from strawberry.http.exceptions import NonJsonMessageReceived, NonTextMessageReceived
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    Operation as WSOperation,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    SubscribeMessage,
)

from core.accounts import now
from core.db import models
from core.graphql.codes import timeout_result
from core.limits import over

if TYPE_CHECKING:
    from core.graphql.context import Context

log = logging.getLogger(__name__)

REVOKED = 4403
"""Close code of a connection whose token no longer holds (as for a refused one)."""
TOO_LARGE = 4413
"""Close code of a connection that sent a message over the size limit (HTTP's 413)."""
CHUNK = 1000
"""Tokens checked per statement (bound parameters stay far below every driver's limit)."""


async def token_refusals(session: AsyncSession, token_ids: Iterable[int]) -> dict[int, str]:
    """Why each of ``token_ids`` no longer holds; a token that holds is left out.

    Args:
        session: Where to read (nothing is written).
        token_ids: Ids of access tokens.

    Returns:
        ``{token id: reason}`` for the revoked, expired, unknown tokens and those of
        disabled accounts.
    """
    ids = sorted(set(token_ids))
    token, account = models.AccessToken, models.Account
    found: dict[int, str] = {}
    at = now()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = (
            await session.execute(
                select(token.id, token.revoked_at, token.expires_at, account.disabled_at)
                .join(account, account.id == token.account_id)
                .where(token.id.in_(chunk))
            )
        ).all()
        seen = {row.id for row in rows}
        found.update(dict.fromkeys(set(chunk) - seen, "The token is not valid."))
        for row in rows:
            expires = row.expires_at
            if expires.tzinfo is None:  # SQLite returns naive datetimes
                expires = expires.replace(tzinfo=at.tzinfo)
            if row.revoked_at is not None or row.disabled_at is not None:
                found[row.id] = "The token was revoked."
            elif expires <= at:
                found[row.id] = "The token has expired; log in again."
    await session.commit()
    return found


class SessionWatch:
    """Checks the tokens of a process's open WebSocket connections, all in one statement.

    Args:
        sessions: Makes the sessions the checks read with.
        seconds: Time between two checks.
    """

    def __init__(self, sessions: async_sessionmaker[AsyncSession], seconds: float) -> None:
        self.sessions = sessions
        self.seconds = seconds
        self._watched: dict[int, set[TransportWS]] = {}
        self._task: asyncio.Task[None] | None = None

    def watch(self, token_id: int, connection: TransportWS) -> None:
        """Check ``token_id`` for ``connection`` until :meth:`forget`."""
        self._watched.setdefault(token_id, set()).add(connection)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="gridgov-session-watch")

    def forget(self, token_id: int, connection: TransportWS) -> None:
        """Stop checking ``token_id`` for ``connection`` (it closed)."""
        connections = self._watched.get(token_id)
        if connections is not None:
            connections.discard(connection)
            if not connections:
                del self._watched[token_id]

    async def check(self) -> None:
        """Close the connections whose tokens no longer hold."""
        if not self._watched:
            return
        async with self.sessions() as session:
            refused = await token_refusals(session, list(self._watched))
        for token_id, reason in refused.items():
            for connection in list(self._watched.pop(token_id, ())):
                await connection.end(reason)

    async def _run(self) -> None:
        # Runs while connections are watched; the next watch() starts it again.
        while self._watched:
            await asyncio.sleep(self.seconds)
            try:
                await self.check()
            except Exception:
                # A database hiccup must not end the watch; the next round checks again.
                log.exception("checking the tokens of open WebSocket connections failed")

    async def close(self) -> None:
        """Stop checking (the process ends)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


class SizedWebSocketAdapter(ASGIWebSocketAdapter):
    """Strawberry's WebSocket adapter, refusing messages over ``max_body_bytes`` undecoded."""

    async def iter_json(
        self, *, ignore_parsing_errors: bool = False
    ) -> AsyncGenerator[object, None]:
        limit: int = self.view.gridgov.settings.max_body_bytes  # type: ignore[attr-defined]
        try:
            while self.ws.application_state != WebSocketState.DISCONNECTED:
                message = await self.ws.receive()
                if message["type"] == "websocket.disconnect":
                    return
                text = message.get("text")
                if text is None:
                    raise NonTextMessageReceived
                # Characters never outnumber bytes; encode only when it may matter.
                size = len(text) if len(text) > limit else len(text.encode())
                if size > limit:
                    reason = over("Message size in bytes", size, limit)
                    await self.close(TOO_LARGE, reason)
                    return
                try:
                    yield self.view.decode_json(text)
                except JSONDecodeError as error:
                    if not ignore_parsing_errors:
                        raise NonJsonMessageReceived from error
        except WebSocketDisconnect:
            return


class TransportWS(BaseGraphQLTransportWSHandler[Any, None]):
    """Strawberry's graphql-transport-ws handler, ending connections whose token lapsed."""

    @property
    def _watch(self) -> SessionWatch:
        """The process's watch (the view is :class:`core.app.DistrictGraphQL`)."""
        watch: SessionWatch = self.view.gridgov.session_watch  # type: ignore[attr-defined]
        return watch

    @property
    def _token_id(self) -> int | None:
        context: Context = self.context
        return context.viewer.token_id if context.viewer is not None else None

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        await super().handle_connection_init(message)
        token_id = self._token_id
        if self.connection_acknowledged and token_id is not None:
            self._watch.watch(token_id, self)

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        token_id = self._token_id
        if self.connection_acknowledged and token_id is not None:
            async with self._watch.sessions() as session:
                refused = await token_refusals(session, [token_id])
            if refused:
                await self.end(refused[token_id])
                return
        await super().handle_subscribe(message)

    async def _send_result_stream(
        self, operation: WSOperation[Any, None], result_source: Any
    ) -> None:
        """Produce a query's or mutation's result within ``request_seconds``, then send it.

        Strawberry's stream is lazy: parsing, validation and execution all happen while
        its first result is awaited, so the budget covers them all; sending does not.
        """
        if _subscription(operation.query, operation.operation_name, self._settings.max_tokens):
            await super()._send_result_stream(operation, result_source)
            return
        try:
            async with asyncio.timeout(self._settings.request_seconds):
                results = [result async for result in result_source]
        except TimeoutError:
            # Nothing the stopped operation wrote may reach a later commit of the
            # connection's session (the lock waits for its last statement to end).
            context: Context = self.context
            async with context.exclusive() as session:
                await session.rollback()
            results = [timeout_result()]
        await super()._send_result_stream(operation, _replay(results))

    @property
    def _settings(self) -> Any:
        """The core settings (the view is :class:`core.app.DistrictGraphQL`)."""
        return self.view.gridgov.settings  # type: ignore[attr-defined]

    async def end(self, reason: str) -> None:
        """Close the connection with ``4403`` and cancel its operations."""
        for operation_id in list(self.operations):
            await self.cleanup_operation(operation_id)
        with contextlib.suppress(Exception):  # the client may be gone already
            await self.websocket.close(code=REVOKED, reason=reason)

    async def shutdown(self) -> None:
        token_id = self._token_id
        if token_id is not None:
            self._watch.forget(token_id, self)
        await super().shutdown()


def _subscription(query: str, operation_name: str | None, max_tokens: int) -> bool:
    """Whether the operation to run is a subscription (not when the document is invalid:
    strawberry refuses it then, within the budget)."""
    try:
        document = parse(query, max_tokens=max_tokens)
    except GraphQLError:
        return False
    chosen = get_operation_ast(document, operation_name)
    return chosen is not None and chosen.operation is OperationType.SUBSCRIPTION


async def _replay(results: Sequence[Any]) -> AsyncGenerator[Any, None]:
    """``results`` as the stream strawberry sends from."""
    for result in results:
        yield result
