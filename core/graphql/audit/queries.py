"""``Query.auditTrail``: the district's audit trail, newest first, for its administrators."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from graphql import GraphQLError
from sqlalchemy import ColumnElement, false
from strawberry.types import Info

from core.db import models
from core.graphql.audit.types import AuditEntry, AuditFilter
from core.graphql.context import Context
from core.graphql.ids import require_global_id
from core.graphql.pagination import Connection, OrderDirection, Source, page_of, paginate

READ_PERMISSION = "core.audit.read"
AUDIT_OF_DISTRICT = Source("district.audit", models.AuditEntry, models.AuditEntry.district_id)


def forbidden(message: str, permission: str) -> GraphQLError:
    """The field error of a viewer lacking ``permission``."""
    return GraphQLError(message, extensions={"code": "FORBIDDEN", "permission": permission})


def _utc(moment: dt.datetime) -> dt.datetime:
    """A filter's time in UTC, the zone entries are stamped in (no offset: UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _text(value: str, argument: str) -> str:
    if len(value) > models.NAME_LENGTH:
        raise GraphQLError(
            f"Filter '{argument}' is longer than {models.NAME_LENGTH} characters.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return value


def _conditions(context: Context, given: AuditFilter) -> list[ColumnElement[bool]]:
    entry = models.AuditEntry
    where: list[ColumnElement[bool]] = []
    if given.table is not None:
        where.append(entry.table_name == _text(given.table, "table"))
    if given.action is not None:
        where.append(entry.action == given.action.value)
    if given.account is not None:
        where.append(entry.actor == _text(given.account, "account"))
    if given.object_id is not None:
        type_name, pk = require_global_id(given.object_id, "objectId")
        found = context.node_types.get(type_name)
        if found is None:
            where.append(false())  # no such object type: nothing was recorded about it
        else:
            where += [entry.table_name == found[1].__table__.name, entry.row_id == pk]
    # On SQLite the times are stored without their zone: compare in UTC on both sides.
    if given.since is not None:
        where.append(entry.at >= _utc(given.since))
    if given.until is not None:
        where.append(entry.at < _utc(given.until))
    return where


async def audit_trail(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: AuditFilter | None = None,
) -> Connection[AuditEntry]:
    """The district's audit trail, newest first: every change and every reveal of personal
    data. District administrators only (permission core.audit.read)."""
    context: Context = info.context
    viewer = context.viewer
    if viewer is None or not viewer.can(READ_PERMISSION):
        raise forbidden(
            f"auditTrail needs the permission {READ_PERMISSION}, which the role "
            f"{viewer.role.value if viewer else 'of an anonymous request'} does not hold.",
            READ_PERMISSION,
        )
    where: list[ColumnElement[bool]] = []
    key = None
    if filter is not None:
        where = _conditions(context, filter)
        key = (
            filter.table,
            filter.action,
            filter.account,
            filter.object_id,
            filter.since,
            filter.until,
        )
    # Ids grow with time, so the newest first is the highest id first: a keyset the
    # cursor can hold (a datetime could not).
    page = page_of(first, after, "id", OrderDirection.DESC)
    found = await paginate(
        info,
        cast(Any, AuditEntry),
        AUDIT_OF_DISTRICT,
        context.district_id,
        page,
        where=where,
        filter_key=key,
    )
    return cast(Connection[AuditEntry], found)
