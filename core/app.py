"""The Starlette application: one GraphQL endpoint per district.

``/districts/{code}/graphql`` answers for the district with that code, with the
schema of the plugins it enabled. Each process keeps every live district and its
enabled plugins in memory, with the version of ``districts_version`` they were read
at (database triggers count every change to ``district`` and ``district_plugin``).
A request starts with one statement reading that version and the request's token,
and the districts too only when the version moved, so ``gridgov plugins enable`` (or
any other change) takes effect on the next request of every process, without a
restart and without a statement more. Views and their HTTP handlers are cached per
enabled set.
"""

from __future__ import annotations

import asyncio
import gc
import html
import os
import re
import tempfile
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import strawberry
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from sqlalchemy import Select, bindparam, select, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, MULTIPART_SUBSCRIPTION_PROTOCOL
from strawberry.types import ExecutionResult, SubscriptionExecutionResult

from core.access import Viewer, scope_for
from core.accounts import Refusal, authenticate, digest, token_lookup, viewer_of
from core.broadcast import Broadcaster, create_broadcaster
from core.contract import CORE
from core.cors import cors_middleware, parse_origins
from core.db import models
from core.db.engine import create_engine, session_factory
from core.graphql.codes import is_request_error, timeout_result
from core.graphql.context import Context
from core.graphql.schema import BuiltSchema, build
from core.indicators import IndicatorCache
from core.limits import over
from core.plugins import PluginManager
from core.sessions import SessionWatch, SizedWebSocketAdapter, TransportWS

GRAPHQL_RESPONSE = "application/graphql-response+json"

STATIC = Path(__file__).parent / "static"
"""GraphiQL's assets (vendored, see static/graphiql/README.md) and the dashboard's modules."""

GC_ALLOCATIONS = 50_000
"""Allocations (net of frees) between two collections of the youngest generation."""

HTTP_CODES = {400: "BAD_REQUEST", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}
"""``extensions.code`` of the errors strawberry raises as HTTP exceptions."""


class Refused(Exception):
    """A request refused before any GraphQL runs, answered as a JSON GraphQL error.

    Args:
        status: The HTTP status.
        code: ``extensions.code``.
        message: What was wrong and what to do.
        extensions: More numbers for ``extensions``.
    """

    def __init__(self, status: int, code: str, message: str, **extensions: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extensions = extensions

    def response(self) -> Response:
        """The JSON response saying so."""
        return error_response(self.status, self.code, self.message, **self.extensions)


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extensions: Any
) -> Response:
    """A GraphQL-shaped JSON error response: ``{"errors": [{message, extensions}]}``."""
    body = {"errors": [{"message": message, "extensions": {"code": code, **extensions}}]}
    return JSONResponse(body, status_code=status, headers=headers)


@dataclass(frozen=True)
class DistrictRef:
    """The district a request is for, as read at the start of the request."""

    id: int
    code: str
    enabled: frozenset[str]


@dataclass(frozen=True)
class Districts:
    """Every live district by code, as read at ``version`` of ``districts_version``."""

    version: int
    by_code: Mapping[str, DistrictRef]


class DistrictGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI handler for one schema view; the district comes with the scope.

    Over WebSockets, messages are held to the body limit and a connection lasts only
    while its token holds (:mod:`core.sessions`).
    """

    websocket_adapter_class = SizedWebSocketAdapter
    graphql_transport_ws_handler_class = TransportWS

    def __init__(self, schema: strawberry.Schema, gridgov: Gridgov) -> None:
        super().__init__(
            schema,
            graphql_ide=(
                None
                if gridgov.production and not gridgov.settings.production_introspection
                else "graphiql"
            ),
            allow_queries_via_get=True,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, MULTIPART_SUBSCRIPTION_PROTOCOL),
        )
        self.gridgov = gridgov
        # Pages on these origins may open WebSockets too (strawberry checks the Origin).
        self.allowed_origins = gridgov.cors_origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as error:
            # GraphQL over HTTP: a mutation sent with GET is 405, not 400.
            wrong_method = (
                isinstance(error.__cause__, InvalidOperationTypeError) and request.method == "GET"
            )
            status = 405 if wrong_method else error.status_code
            response = error_response(
                status,
                HTTP_CODES.get(status, "BAD_REQUEST"),
                error.reason,
                headers={"allow": "POST"} if wrong_method else None,
            )
        await response(scope, receive, send)

    async def execute_operation(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        request_data: GraphQLRequestData | list[GraphQLRequestData],
        context: Context,
        root_value: None,
        sub_response: Response,
    ) -> ExecutionResult | list[ExecutionResult] | SubscriptionExecutionResult:
        """Run a batch's operations one after the other, each with fresh loaders.

        Strawberry runs a batch's operations concurrently over one context: their
        mutations would interleave in an order the client cannot know, and loaders
        would serve rows read before another operation changed them. In order, a
        batch behaves like its operations sent one by one (each checked by the guard
        and the limits on its own), minus the round trips, except that the request has
        one cost budget (``max_cost``, :mod:`core.limits`) and one time budget
        (``request_seconds``): an operation stopped at the deadline, and those after
        it, answer ``REQUEST_TIMEOUT``.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.gridgov.settings.request_seconds
        if not isinstance(request_data, list):
            try:
                async with asyncio.timeout_at(deadline):
                    return await super().execute_operation(
                        request, request_adapter, request_data, context, root_value, sub_response
                    )
            except TimeoutError:
                return timeout_result()
        results = []
        for data in request_data:
            context.clear_loaders()
            if loop.time() >= deadline:
                results.append(timeout_result())
                continue
            try:
                async with asyncio.timeout_at(deadline):
                    result = await self.execute_single(
                        request=request,
                        request_adapter=request_adapter,
                        sub_response=sub_response,
                        context=context,
                        root_value=root_value,
                        request_data=data,
                    )
            except TimeoutError:
                result = timeout_result()
            results.append(result)
        return results

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        district: DistrictRef = request.scope["gridgov.district"]
        viewer: Viewer | None = request.scope["gridgov.viewer"]
        session: AsyncSession = request.scope["gridgov.session"]
        session.info["viewer"] = viewer  # who the audit trail records (core.audit)
        context = request.scope["gridgov.context"] = Context(
            district_id=district.id,
            district_code=district.code,
            enabled=district.enabled,
            session=session,
            manager=self.gridgov.manager,
            node_types=self.gridgov.schema.node_types,
            broadcaster=self.gridgov.broadcaster,
            viewer=viewer,
            scope=scope_for(viewer, self.gridgov.scopes),
            indicators=self.gridgov.indicators,
            address=request.client.host if request.client else None,
            # An HTTP request's operations share one cost budget; a WebSocket's are each
            # costed on their own (the connection is not one request).
            cost_spent=None if isinstance(request, WebSocket) else 0,
        )
        return context

    async def on_ws_connect(self, context: Context) -> None:
        """Browsers cannot set headers on a WebSocket: the token comes in ``connection_init``."""
        if context.viewer is not None:
            return
        params = context.connection_params or {}
        raw = params.get("Authorization") or params.get("authorization")
        token = _bearer(raw) if isinstance(raw, str) else None
        if token is None:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED"})
        async with context.exclusive() as session:
            found = await self.gridgov.authenticate(session, token, context.district_id)
            await session.commit()
        if isinstance(found, Refusal):
            raise ConnectionRejectionError({"code": found.code, "message": found.message})
        context.viewer = context.session.info["viewer"] = found
        context.scope = scope_for(found, self.gridgov.scopes)

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub_response = await super().get_sub_response(request)
        if GRAPHQL_RESPONSE in request.headers.get("accept", ""):
            sub_response.media_type = GRAPHQL_RESPONSE
        return sub_response

    async def render_graphql_ide(self, request: Request) -> Response:
        return HTMLResponse(page("graphiql.html", request))

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        """The HTTP response, with the status GraphQL over HTTP asks for.

        A request error (raised before execution: bad syntax, failed validation,
        variables that do not fit, a limit, the access guard) is answered without
        ``data``, as the GraphQL spec says. Its status: 401 (with ``WWW-Authenticate``)
        without a token, 403 when the role may not, else 400 under
        ``application/graphql-response+json`` and 200 under ``application/json``.
        """
        status = None
        if isinstance(response_data, list):
            response_data = [_without_data(item) for item in response_data]
        elif is_request_error(response_data):
            response_data = _without_data(response_data)
            codes = {(e.get("extensions") or {}).get("code") for e in response_data["errors"]}
            if "UNAUTHENTICATED" in codes:
                status = 401
                sub_response.headers["www-authenticate"] = "Bearer"
            elif "FORBIDDEN" in codes:
                status = 403
            elif sub_response.media_type == GRAPHQL_RESPONSE:
                status = 400
        response = super().create_response(response_data, sub_response)
        if status is not None:
            response.status_code = status
        if sub_response.media_type == GRAPHQL_RESPONSE:
            response.headers["content-type"] = GRAPHQL_RESPONSE
        return response


def _without_data(response: Any) -> Any:
    """A request error's response has no ``data`` entry (GraphQL spec, "Response")."""
    if not is_request_error(response):
        return response
    return {key: value for key, value in response.items() if key != "data"}


def page(file: str, request: Request, **values: str) -> str:
    """An HTML page of ``core/static`` with ``{static}`` and ``values`` filled in."""
    text = (STATIC / file).read_text(encoding="utf-8")
    for key, value in {"static": f"{request.scope.get('root_path', '')}/static", **values}.items():
        text = text.replace(f"{{{key}}}", value)
    return text


class Gridgov:
    """Everything one process shares: engine, broadcaster, plugins, the schema and its views.

    Args:
        database_url: Where the data lives.
        manager: Loaded plugins; discovered from entry points when omitted.
    """

    def __init__(self, database_url: str, manager: PluginManager | None = None):
        self.manager = manager or PluginManager()
        self.schema: BuiltSchema = build(self.manager)
        self.settings = self.manager.settings(CORE)
        self.production: bool = self.settings.production
        self.engine: AsyncEngine = create_engine(database_url, self.settings.request_seconds)
        self.sessions: async_sessionmaker[AsyncSession] = session_factory(self.engine)
        # SQLite starts no transaction for reads: only PostgreSQL's are spared.
        self.reading: AsyncEngine = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if self.engine.dialect.name == "postgresql"
            else self.engine
        )
        self.broadcaster: Broadcaster = create_broadcaster(database_url)
        self.indicators = IndicatorCache(self.settings.indicator_seconds)
        self.session_watch = SessionWatch(self.sessions, self.settings.session_check_seconds)
        self._handlers: dict[frozenset[str], DistrictGraphQL] = {}
        self._districts = Districts(0, {})  # the row starts at 1: read at the first request
        self._start, self._start_with_token = _start_statements()
        found = self.manager.contributions
        self.permissions = [o.value for o in found.permissions.values()]
        self.cors_origins = parse_origins(self.settings.cors_origins)
        self.scopes = {model: o.value for model, o in found.scopes.items()}

    async def authenticate(
        self, session: AsyncSession, token: str, district_id: int
    ) -> Viewer | Refusal:
        """The viewer ``token`` stands for on a district's endpoint, or why not."""
        return await authenticate(session, token, district_id, self.permissions)

    async def close(self) -> None:
        """Stop live updates and session checks, and close the database connections."""
        await self.session_watch.close()
        await self.broadcaster.close()
        await self.engine.dispose()

    def handler(self, enabled: frozenset[str]) -> DistrictGraphQL:
        """The HTTP/WebSocket handler serving the view for ``enabled``."""
        handler = self._handlers.get(enabled)
        if handler is None:
            handler = self._handlers[enabled] = DistrictGraphQL(self.schema.view(enabled), self)
        return handler

    async def start(self, session: AsyncSession, token: str | None) -> tuple[Districts, Any]:
        """The districts and the row of ``token`` (:func:`core.accounts.token_lookup`).

        One statement reads the version of ``districts_version``, the token and, only
        when the version is not the one the process's districts were read at, every
        live district with its enabled plugins. It is the request's first statement,
        which finds out whether the pooled connection still works (no ping
        beforehand): when it was dropped (a database restart, a killed backend),
        SQLAlchemy invalidates it and the pool's other connections of its age, and the
        statement is run once more on a new one.

        Returns:
            The districts, and the token's row (None without a token; its columns
            are null when no token matched).
        """
        for attempt in range(2):
            known = self._districts
            parameters: dict[str, Any] = {"known_version": known.version}
            if token is None:
                statement = self._start
            else:
                statement = self._start_with_token
                parameters["token_digest"] = digest(token)
            try:
                connection = await session.connection()
                rows = (await connection.execute(statement, parameters)).all()
                break
            except DBAPIError as error:
                if attempt or not error.connection_invalidated:
                    raise
                await session.rollback()
        first = rows[0]
        districts = known if first.version == known.version else self._districts_of(rows)
        return districts, first if token is not None else None

    def _districts_of(self, rows: Sequence[Any]) -> Districts:
        """The districts of :meth:`start`'s rows, kept for the process when newest."""
        installed = set(self.manager.installed)
        found: dict[tuple[int, str], set[str]] = {}
        for row in rows:
            if row.district_id is None:
                continue  # no district at all
            plugins = found.setdefault((row.district_id, row.district_code), {CORE})
            if row.plugin in installed:
                plugins.add(row.plugin)
        version = rows[0].version
        districts = Districts(
            version,
            {code: DistrictRef(id, code, frozenset(p)) for (id, code), p in found.items()},
        )
        # Requests read concurrently: keep the newest (versions only grow).
        if version > self._districts.version:
            self._districts = districts
        return districts

    def _bind(self, scope: Scope) -> AsyncEngine:
        """The engine of a request's session: without a transaction when it only reads.

        On PostgreSQL a transaction costs two round trips (``BEGIN``, and ``ROLLBACK``
        when the session closes) that a request reading at READ COMMITTED gains
        nothing from: each statement sees its own snapshot either way. A reveal's
        audit entry (:mod:`core.graphql.audit.reveals`) is then committed by its
        ``INSERT`` itself, still before the value is returned.
        """
        return self.reading if scope.get("gridgov.reads") else self.engine

    async def checked(self, scope: Scope, receive: Receive) -> Receive:
        """Read an HTTP request's body within the size limit and check its form.

        Done before the district and the token are looked up, and before strawberry
        reads anything: a body over ``max_body_bytes`` is refused from its
        ``Content-Length`` or, without one, as soon as the bytes received pass the
        limit, so no more than the limit is ever held. A POST must be JSON: one
        operation (an object) or a batch (an array of at most ``max_operations``).

        Returns:
            A ``receive`` replaying the body, for strawberry to read.

        Raises:
            Refused: The request, with the status and error to answer.
            ClientDisconnect: The client left while sending.
        """
        limit: int = self.settings.max_body_bytes
        headers = Headers(scope=scope)
        size = len(scope.get("query_string", b""))
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise Refused(400, "BAD_REQUEST", "Content-Length must be a number of bytes.")
            if size + int(declared) > limit:
                raise _too_large(size + int(declared), limit)
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ClientDisconnect
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _too_large(size, limit, at_least=bool(message.get("more_body")))
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        # GET carries queries only (strawberry refuses a mutation before running it).
        reads = True
        if scope["method"] == "POST":
            reads = all(_reads_only(item) for item in self._check_post(headers, body))
        scope["gridgov.reads"] = reads
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay

    def _check_post(self, headers: Headers, body: bytes) -> list[dict[str, Any]]:
        """Refuse a POST that is not JSON, or not of a GraphQL request's form.

        Returns:
            The request's operations (one, or a batch's).
        """
        media_type = headers.get("content-type", "").partition(";")[0].strip().lower()
        if media_type != "application/json":
            raise Refused(
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                "Send the request as 'Content-Type: application/json' "
                f"(got {media_type or 'none'!r}).",
            )
        try:
            data = orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise Refused(400, "BAD_REQUEST", f"The body is not valid JSON: {error}.") from error
        if isinstance(data, dict):
            _check_request(data, "The request")
            return [data]
        if not isinstance(data, list) or not data:
            raise Refused(
                400,
                "BAD_REQUEST",
                "The body must be a JSON object (one operation) or a non-empty array of "
                "them (a batch).",
            )
        most: int = self.settings.max_operations
        if len(data) > most:
            raise Refused(
                400,
                "TOO_MANY_OPERATIONS",
                over("Batch operation count", len(data), most),
                limit="operations",
                operations=len(data),
                max=most,
            )
        for index, item in enumerate(data):
            if not isinstance(item, dict):
                raise Refused(400, "BAD_REQUEST", f"Operation {index} must be a JSON object.")
            _check_request(item, f"Operation {index}")
        return data

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a GraphQL request (HTTP or WebSocket) for the district in the path."""
        if scope["type"] == "http":
            try:
                receive = await self.checked(scope, receive)
            except Refused as refusal:
                await refusal.response()(scope, receive, send)
                return
            except ClientDisconnect:
                return
        code = scope["path_params"]["code"]
        header = Headers(scope=scope).get("authorization")
        token = None if header is None else _bearer(header)
        async with self.sessions(bind=self._bind(scope)) as session:
            districts, token_row = await self.start(session, token)
            district = districts.by_code.get(code)
            if district is None:
                await _not_found(scope, receive, send, code)
                return
            viewer: Viewer | None = None
            if header is not None:
                found = (
                    Refusal("UNAUTHENTICATED", "Authorization must be 'Bearer <token>'.", 401)
                    if token is None
                    else viewer_of(token_row, district.id, self.permissions)
                )
                if isinstance(found, Refusal):
                    await _refuse(scope, receive, send, found)
                    return
                viewer = found
            if scope["type"] != "http":
                # A WebSocket keeps its session for hours: no transaction may stay open.
                # An HTTP request's resolvers go on in the lookups' transaction (none for
                # a request that only reads), which spares a commit, a new begin and a
                # second connection checkout.
                await session.commit()
            scope["gridgov.district"] = district
            scope["gridgov.viewer"] = viewer
            scope["gridgov.session"] = session
            try:
                await self.handler(district.enabled)(scope, receive, send)
            finally:
                context: Context | None = scope.get("gridgov.context")
                if context is not None:
                    await context.settle()


def _start_statements() -> tuple[Select[Any], Select[Any]]:
    """:meth:`Gridgov.start`'s statement without a token and with one.

    ``districts_version``'s one row, joined to the token's row (``:token_digest``) and,
    when its version is not ``:known_version``, to every live district and its enabled
    plugins: one row when nothing changed, one per district and plugin when it did.
    """
    version = models.DistrictsVersion.__table__
    district, enabled = models.District.__table__, models.DistrictPlugin.__table__
    districts = district.outerjoin(enabled, enabled.c.district_id == district.c.id)
    changed = (version.c.version != bindparam("known_version")) & district.c.archived_at.is_(None)
    columns = (
        version.c.version,
        district.c.id.label("district_id"),
        district.c.code.label("district_code"),
        enabled.c.plugin,
    )
    without_token = select(*columns).select_from(version.outerjoin(districts, changed))
    lookup = token_lookup().subquery()
    with_token = select(*columns, *lookup.c).select_from(
        version.outerjoin(lookup, true()).outerjoin(districts, changed)
    )
    return without_token, with_token


def _too_large(size: int, limit: int, *, at_least: bool = False) -> Refused:
    """``at_least``: the body was not read to its end."""
    return Refused(
        413,
        "REQUEST_TOO_LARGE",
        over("Request size in bytes", size, limit, at_least=at_least),
        limit="bytes",
        bytes=size,
        max=limit,
        exact=not at_least,
    )


_MEMBER_TYPES: dict[str, tuple[type, str]] = {
    "query": (str, "a string"),
    "operationName": (str, "a string"),
    "variables": (dict, "an object"),
    "extensions": (dict, "an object"),
}


def _check_request(data: dict[str, Any], what: str) -> None:
    """Refuse a request object whose members have the wrong JSON types."""
    for name, (kind, described) in _MEMBER_TYPES.items():
        value = data.get(name)
        if value is not None and not isinstance(value, kind):
            raise Refused(400, "BAD_REQUEST", f"{what}: {name!r} must be {described} or null.")


_WRITES = re.compile(r"\b(mutation|subscription)\b")


def _reads_only(operation: dict[str, Any]) -> bool:
    """Whether an operation surely only reads: its document never says ``mutation``
    or ``subscription`` (not even in a name, string or comment); a persisted query
    without its document is not known to."""
    document = operation.get("query")
    return isinstance(document, str) and _WRITES.search(document) is None


def _bearer(header: str) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header."""
    scheme, _, token = header.partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token and len(token) <= 200 else None


async def _refuse(scope: Scope, receive: Receive, send: Send, refusal: Refusal) -> None:
    if scope["type"] == "websocket":
        await WebSocket(scope, receive, send).close(code=4000 + refusal.status)
        return
    body = {"errors": [{"message": refusal.message, "extensions": {"code": refusal.code}}]}
    headers = {"www-authenticate": "Bearer"} if refusal.status == 401 else None
    await JSONResponse(body, status_code=refusal.status, headers=headers)(scope, receive, send)


async def _not_found(scope: Scope, receive: Receive, send: Send, code: str) -> None:
    message = {
        "errors": [
            {"message": f"No district with code {code!r}.", "extensions": {"code": "NOT_FOUND"}}
        ]
    }
    if scope["type"] == "websocket":
        await WebSocket(scope, receive, send).close(code=4404)
        return
    await JSONResponse(message, status_code=404)(scope, receive, send)


REGISTER_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


async def download_register(gridgov: Gridgov, request: Request) -> Response:
    """``GET /districts/{code}/registers/{kind}.{csv|xlsx}``: a register, as the viewer sees it.

    The token is checked as for GraphQL (401 without a valid one, 403 for another
    district's); the file holds what the viewer's scope reaches, personal data masked
    as for its role, written to a temporary file (memory stays bounded; the file built
    in a worker thread, so the event loop keeps answering other requests) and streamed.
    """
    from core.registers.run import RegisterError, export_register, registers

    code, kind, suffix = (request.path_params[k] for k in ("code", "kind", "format"))
    token = _bearer(request.headers.get("authorization", ""))
    async with gridgov.sessions() as session:
        districts, token_row = await gridgov.start(session, token)
        await session.commit()
    district = districts.by_code.get(code)
    if district is None:
        return _error(404, "NOT_FOUND", f"No district with code {code!r}.")
    if kind not in {r.kind for r in registers(gridgov.manager)} or suffix not in REGISTER_TYPES:
        return _error(404, "NOT_FOUND", f"No register {kind}.{suffix}.")
    found = (
        Refusal("UNAUTHENTICATED", "Authorization must be 'Bearer <token>'.", 401)
        if token is None
        else viewer_of(token_row, district.id, gridgov.permissions)
    )
    if isinstance(found, Refusal):
        return _error(found.status, found.code, found.message)
    handle, name = tempfile.mkstemp(suffix=f".{suffix}")
    os.close(handle)
    path = Path(name)
    try:
        await export_register(gridgov.sessions, gridgov.manager, code, kind, path, viewer=found)
    except RegisterError as error:
        os.unlink(path)
        return _error(404, "NOT_FOUND", str(error))
    return FileResponse(
        path,
        media_type=REGISTER_TYPES[suffix],
        filename=f"{code}-{kind}.{suffix}",
        background=BackgroundTask(path.unlink),
    )


def _error(status: int, code: str, message: str) -> Response:
    """A refusal in the shape of a GraphQL error, as the GraphQL endpoint answers it."""
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    headers = {"www-authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def create_app(database_url: str, manager: PluginManager | None = None) -> Starlette:
    """Build the ASGI application.

    Args:
        database_url: SQLAlchemy async URL.
        manager: Loaded plugins; discovered from entry points when omitted.
    """
    gridgov = Gridgov(database_url, manager)

    async def index(request: Request) -> Response:
        async with gridgov.sessions() as session:
            districts = (
                await session.execute(
                    select(models.District.code, models.District.name).order_by(
                        models.District.code
                    )
                )
            ).all()
        links = "".join(
            f'<li>{html.escape(name)} ({code}): <a href="/districts/{code}/">dashboard</a>, '
            f'<a href="/districts/{code}/graphql">GraphiQL</a></li>'
            for code, name in districts
        )
        return HTMLResponse(
            f"<!doctype html><title>gridgov</title><h1>gridgov</h1><ul>{links}</ul>"
        )

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def dashboard(request: Request) -> Response:
        code = request.path_params["code"]
        async with gridgov.sessions() as session:
            found = await session.scalar(
                select(models.District.name).where(
                    models.District.code == code, models.District.archived_at.is_(None)
                )
            )
        if found is None:
            return HTMLResponse(f"No district with code {html.escape(code)}.", status_code=404)
        return HTMLResponse(
            page("dashboard.html", request, code=html.escape(code), name=html.escape(found))
        )

    async def register(request: Request) -> Response:
        return await download_register(gridgov, request)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Schema, plugins and modules live as long as the process: keep them out of every
        # garbage collection (make bench measured a third of request time spent there).
        gc.collect()
        gc.freeze()
        # A nested answer allocates hundreds of thousands of objects that reference
        # counting frees: collecting the youngest generation after every 700 of them
        # (Python's default) would run a collection hundreds of times per request.
        gc.set_threshold(GC_ALLOCATIONS, 20, 20)
        yield
        await gridgov.close()

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/health", health),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
            Route("/districts/{code}/", dashboard),
            Route("/districts/{code}/graphql", gridgov, methods=["GET", "POST"]),
            Route("/districts/{code}/registers/{kind}.{format}", register),
            WebSocketRoute("/districts/{code}/graphql", gridgov),
        ],
        lifespan=lifespan,
        middleware=cors_middleware(gridgov.cors_origins),
    )
    app.state.gridgov = gridgov
    return app


def app_from_environment() -> Starlette:
    """Factory for ``uvicorn --factory`` with several workers: reads ``GRIDGOV_DATABASE_URL``."""
    import os

    from core.db.engine import DEFAULT_URL

    return create_app(os.environ.get("GRIDGOV_DATABASE_URL", DEFAULT_URL))
