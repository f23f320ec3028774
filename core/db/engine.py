"""Engine and sessions for PostgreSQL (asyncpg) and SQLite (aiosqlite)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from core.audit import AuditedSession
from core.graphql.compile.sql import register_sqlite

DEFAULT_URL = "sqlite+aiosqlite:///gridgov.sqlite3"


def create_engine(url: str, statement_seconds: float | None = None) -> AsyncEngine:
    """Create an async engine; SQLite gets foreign keys on and a busy timeout.

    Args:
        url: A SQLAlchemy URL with an async driver, e.g. ``postgresql+asyncpg://...``.
        statement_seconds: On PostgreSQL, cancel any statement running longer
            (``statement_timeout``); none: no limit (the command line loads examples).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_async_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
            register_sqlite(dbapi_connection)

        return engine
    # No JIT: a request's statement is short, and at district scale the planner's cost
    # estimates put large JSON statements over the JIT threshold, where compiling the
    # plan cost more than running it.
    server: dict[str, str] = {"jit": "off"}
    if statement_seconds is not None:
        server["statement_timeout"] = str(max(1, round(statement_seconds * 1000)))
    settings = {"server_settings": server}
    # No ping before each checkout (on asyncpg a ping is three round trips: BEGIN, an
    # empty query, ROLLBACK): a request's first statement finds a dropped connection
    # and is run again on a new one (core.app.Gridgov.start).
    return create_async_engine(url, pool_size=10, max_overflow=10, connect_args=settings)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep objects usable after commit (payloads read them then).

    Their synchronous side is :class:`core.audit.AuditedSession`, whose flushes write
    the audit trail once ``session.info`` names who acts.
    """
    return async_sessionmaker(engine, expire_on_commit=False, sync_session_class=AuditedSession)
