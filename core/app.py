"""The Starlette application: one GraphQL endpoint per district.

``/districts/{code}/graphql`` answers for the district with that code, with the
schema of the plugins it enabled. The enabled set is read on every request (one
small query), so ``gridgov plugins enable`` takes effect without a restart; views
and their HTTP handlers are cached per enabled set.
"""

from __future__ import annotations

import gc
import html
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import orjson
import strawberry
from cross_web import HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, MULTIPART_SUBSCRIPTION_PROTOCOL

from core.access import Viewer, scope_for
from core.accounts import Refusal, authenticate
from core.broadcast import Broadcaster, create_broadcaster
from core.contract import CORE
from core.db import models
from core.db.engine import create_engine, session_factory
from core.graphql.context import Context
from core.graphql.schema import BuiltSchema, build
from core.plugins import PluginManager

GRAPHQL_RESPONSE = "application/graphql-response+json"


@dataclass(frozen=True)
class DistrictRef:
    """The district a request is for, as read at the start of the request."""

    id: int
    code: str
    enabled: frozenset[str]


class DistrictGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI handler for one schema view; the district comes with the scope."""

    def __init__(self, schema: strawberry.Schema, gridgov: Gridgov) -> None:
        super().__init__(
            schema,
            graphql_ide=None if gridgov.production else "graphiql",
            allow_queries_via_get=True,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, MULTIPART_SUBSCRIPTION_PROTOCOL),
        )
        self.gridgov = gridgov

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
            response = PlainTextResponse(
                error.reason,
                status_code=405 if wrong_method else error.status_code,
                headers={"allow": "POST"} if wrong_method else None,
            )
        await response(scope, receive, send)

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        district: DistrictRef = request.scope["gridgov.district"]
        viewer: Viewer | None = request.scope["gridgov.viewer"]
        session: AsyncSession = request.scope["gridgov.session"]
        session.info["viewer"] = viewer  # who the audit trail records (core.audit)
        return Context(
            district_id=district.id,
            district_code=district.code,
            enabled=district.enabled,
            session=session,
            manager=self.gridgov.manager,
            node_types=self.gridgov.schema.node_types,
            broadcaster=self.gridgov.broadcaster,
            viewer=viewer,
            scope=scope_for(viewer, self.gridgov.scopes),
        )

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

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        if sub_response.media_type == GRAPHQL_RESPONSE:
            response.headers["content-type"] = GRAPHQL_RESPONSE
        return response


class Gridgov:
    """Everything one process shares: engine, broadcaster, plugins, the schema and its views.

    Args:
        database_url: Where the data lives.
        manager: Loaded plugins; discovered from entry points when omitted.
    """

    def __init__(self, database_url: str, manager: PluginManager | None = None):
        self.manager = manager or PluginManager()
        self.schema: BuiltSchema = build(self.manager)
        self.production: bool = self.manager.settings(CORE).production
        self.engine: AsyncEngine = create_engine(database_url)
        self.sessions: async_sessionmaker[AsyncSession] = session_factory(self.engine)
        self.broadcaster: Broadcaster = create_broadcaster(database_url)
        self._handlers: dict[frozenset[str], DistrictGraphQL] = {}
        found = self.manager.contributions
        self.permissions = [o.value for o in found.permissions.values()]
        self.scopes = {model: o.value for model, o in found.scopes.items()}

    async def authenticate(
        self, session: AsyncSession, token: str, district_id: int
    ) -> Viewer | Refusal:
        """The viewer ``token`` stands for on a district's endpoint, or why not."""
        return await authenticate(session, token, district_id, self.permissions)

    async def close(self) -> None:
        """Stop live updates and close the database connections."""
        await self.broadcaster.close()
        await self.engine.dispose()

    def handler(self, enabled: frozenset[str]) -> DistrictGraphQL:
        """The HTTP/WebSocket handler serving the view for ``enabled``."""
        handler = self._handlers.get(enabled)
        if handler is None:
            handler = self._handlers[enabled] = DistrictGraphQL(self.schema.view(enabled), self)
        return handler

    async def district(self, session: AsyncSession, code: str) -> DistrictRef | None:
        """Read a district and its enabled plugins (installed ones only)."""
        rows = (
            await session.execute(
                select(models.District.id, models.District.code, models.DistrictPlugin.plugin)
                .outerjoin(
                    models.DistrictPlugin, models.DistrictPlugin.district_id == models.District.id
                )
                .where(models.District.code == code, models.District.archived_at.is_(None))
            )
        ).all()
        if not rows:
            return None
        installed = set(self.manager.installed)
        enabled = frozenset({CORE} | {row.plugin for row in rows if row.plugin in installed})
        return DistrictRef(rows[0].id, rows[0].code, enabled)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a GraphQL request (HTTP or WebSocket) for the district in the path."""
        code = scope["path_params"]["code"]
        async with self.sessions() as session:
            district = (
                await self.district(session, code) if code.isdigit() and len(code) == 6 else None
            )
            if district is None:
                await _not_found(scope, receive, send, code)
                return
            viewer: Viewer | None = None
            header = Headers(scope=scope).get("authorization")
            if header is not None:
                token = _bearer(header)
                found = (
                    Refusal("UNAUTHENTICATED", "Authorization must be 'Bearer <token>'.", 401)
                    if token is None
                    else await self.authenticate(session, token, district.id)
                )
                if isinstance(found, Refusal):
                    await session.commit()
                    await _refuse(scope, receive, send, found)
                    return
                viewer = found
            await session.commit()  # end the lookups' transaction; resolvers open their own
            scope["gridgov.district"] = district
            scope["gridgov.viewer"] = viewer
            scope["gridgov.session"] = session
            await self.handler(district.enabled)(scope, receive, send)


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
            f'<li><a href="/districts/{code}/graphql">{html.escape(name)} ({code})</a></li>'
            for code, name in districts
        )
        return HTMLResponse(
            f"<!doctype html><title>gridgov</title><h1>gridgov</h1><ul>{links}</ul>"
        )

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Schema, plugins and modules live as long as the process: keep them out of every
        # garbage collection (make bench measured a third of request time spent there).
        gc.collect()
        gc.freeze()
        yield
        await gridgov.close()

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/health", health),
            Route("/districts/{code}/graphql", gridgov, methods=["GET", "POST"]),
            WebSocketRoute("/districts/{code}/graphql", gridgov),
        ],
        lifespan=lifespan,
    )
    app.state.gridgov = gridgov
    return app


def app_from_environment() -> Starlette:
    """Factory for ``uvicorn --factory`` with several workers: reads ``GRIDGOV_DATABASE_URL``."""
    import os

    from core.db.engine import DEFAULT_URL

    return create_app(os.environ.get("GRIDGOV_DATABASE_URL", DEFAULT_URL))
