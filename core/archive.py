"""What archiving and restoring an object do to the rows around it.

Core's ``archive`` and ``restore`` mutations (:mod:`core.graphql.mutations`) take one
object by Global ID. The rows around it are found through the foreign keys between
tables, each with its :class:`core.contract.ArchiveRule` (declared by plugins with
``gridgov_archive_rules``; by default a table with ``archived_at`` blocks and a log
table keeps):

* archiving archives the object and, at the same instant, the live rows pointing at
  it through ``CASCADE`` columns (and theirs, on down); it is refused while a row
  outside that set points at any of them through a ``BLOCK`` column, and when one of
  them is history (:class:`core.db.models.History`, append-only);
* restoring brings back the object and the rows archived with it (the same
  ``archived_at``) through ``CASCADE`` columns; it is refused while one of them
  points at an archived row outside the set through a column that does not keep,
  and each plugin owning some of the rows checks them (``gridgov_check_restore``).

The number of statements depends on the tables involved, never on the number of rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, ColumnElement, Table, func, select

from core.contract import ArchiveRule, Restore
from core.db import models
from core.db.models import Base
from core.graphql.errors import UserErrorCode

if TYPE_CHECKING:
    from core.graphql.mutations import Check
    from core.plugins import Contributions

Rows = dict[Table, set[int]]
"""Ids of the rows archived or restored together, per table."""


@dataclass(frozen=True)
class Link:
    """A foreign-key column of ``table`` pointing at ``target``, with its archive rule."""

    table: Table
    column: Column[Any]
    target: Table
    rule: ArchiveRule


def links(contributions: Contributions) -> list[Link]:
    """Every foreign key of an installed table, with the declared rule or the default.

    Installed: core's and the installed plugins' tables. A model imported but not
    installed (a plugin's module loaded by another program) has no table to read.
    """
    rules = contributions.archive_rules
    installed = {o.value.__table__ for o in contributions.models} | {
        m.local_table for m in Base.registry.mappers if m.class_.__module__ == models.__name__
    }
    found = []
    for table in Base.metadata.sorted_tables:
        if table not in installed:
            continue
        default = ArchiveRule.BLOCK if "archived_at" in table.c else ArchiveRule.KEEP
        for key in table.foreign_keys:
            target = key.column.table
            if table is target and key.parent.name == "id":
                continue
            assert isinstance(target, Table)
            declared = rules.get((table.name, key.parent.name))
            found.append(Link(table, key.parent, target, declared.value if declared else default))
    return found


def _model_of(table: Table) -> Any:
    return next(m.class_ for m in Base.registry.mappers if m.local_table is table)


def _others(table: Table, rows: Rows) -> list[ColumnElement[bool]]:
    """A condition leaving out the rows of ``table`` already in the set."""
    ids = rows.get(table)
    return [table.c.id.not_in(ids)] if ids else []


async def _cascade(check: Check, row: Any, found: list[Link], stamp: Any) -> Rows:
    """The row and, through ``CASCADE`` links, the rows archived (or to archive) with it.

    ``stamp`` None: live rows, for archiving; else rows archived at that instant.
    """
    rows: Rows = {row.__table__: {row.id}}
    frontier = [(row.__table__, {row.id})]
    while frontier:
        target, ids = frontier.pop()
        for link in found:
            if link.target is not target or link.rule is not ArchiveRule.CASCADE:
                continue
            table = link.table
            mark = table.c.archived_at
            statement = select(table.c.id).where(
                link.column.in_(ids),
                mark.is_(None) if stamp is None else mark == stamp,
                *_others(table, rows),
            )
            more = set(await check.session.scalars(statement))
            if more:
                rows.setdefault(table, set()).update(more)
                frontier.append((table, more))
    return rows


async def _blocked(check: Check, row: Any, rows: Rows, found: list[Link]) -> bool:
    """Refuse archiving while a row outside the set points at one in it through a block."""
    for link in found:
        ids = rows.get(link.target)
        if not ids or link.rule is not ArchiveRule.BLOCK:
            continue
        table = link.table
        live = [table.c.archived_at.is_(None)] if "archived_at" in table.c else []
        count = await check.session.scalar(
            select(func.count())
            .select_from(table)
            .where(link.column.in_(ids), *live, *_others(table, rows))
        )
        if not count:
            continue
        what = "it" if link.target is row.__table__ else f"{link.target.name} rows archived with it"
        if live:
            message = f"{count} live rows of {table.name} depend on {what}; archive them first"
        else:
            message = f"{count} rows of {table.name} depend on {what}, which they keep"
        check.errors.add("id", UserErrorCode.INVALID_STATE, message)
        return True
    return False


async def _orphaned(check: Check, rows: Rows, found: list[Link]) -> bool:
    """Refuse restoring rows that point at an archived row outside the set (but a keep)."""
    for link in found:
        ids = rows.get(link.table)
        target = link.target
        if not ids or link.rule is ArchiveRule.KEEP or "archived_at" not in target.c:
            continue
        pointed = select(link.column).where(link.table.c.id.in_(ids))
        archived = await check.session.scalar(
            select(func.count())
            .select_from(target)
            .where(
                target.c.id.in_(pointed),
                target.c.archived_at.is_not(None),
                *_others(target, rows),
            )
        )
        if archived:
            check.errors.add(
                "id",
                UserErrorCode.INVALID_STATE,
                f"points at an archived row of {target.name} ({link.table.name}."
                f"{link.column.name}); restore that first",
            )
            return True
    return False


async def _load(check: Check, row: Any, rows: Rows) -> dict[Table, list[Any]]:
    """ORM objects of the set, one statement per table besides the row's own."""
    loaded: dict[Table, list[Any]] = {}
    for table, ids in rows.items():
        model = _model_of(table)
        others = ids - {row.id} if table is row.__table__ else ids
        found = list(await check.session.scalars(select(model).where(model.id.in_(others))))
        loaded[table] = [row, *found] if table is row.__table__ else found
    return loaded


def _history(check: Check, row: Any, rows: Rows) -> bool:
    """Refuse archiving history (:class:`core.db.models.History`): it is append-only."""
    for table in rows:
        if issubclass(_model_of(table), models.History):
            what = "it is"
            if table is not row.__table__:
                what = f"rows of {table.name} archived with it are"
            check.errors.add(
                "id",
                UserErrorCode.INVALID,
                f"{what} history, kept as it happened, and cannot be archived",
            )
            return True
    return False


async def archive_row(check: Check, row: Any) -> None:
    """Archive ``row`` and what cascades from it, or refuse in ``check.errors``."""
    found = links(check.context.manager.contributions)
    rows = await _cascade(check, row, found, None)
    if _history(check, row, rows) or await _blocked(check, row, rows, found):
        return
    now = dt.datetime.now(dt.UTC)
    for objects in (await _load(check, row, rows)).values():
        for item in objects:
            item.archived_at = now


async def restore_row(check: Check, row: Any) -> None:
    """Restore ``row`` and the rows archived with it, or refuse in ``check.errors``."""
    manager = check.context.manager
    found = links(manager.contributions)
    rows = await _cascade(check, row, found, row.archived_at)
    if await _orphaned(check, rows, found):
        return
    loaded = await _load(check, row, rows)
    owners = {o.value.__tablename__: o.owner for o in manager.contributions.models}
    for table, objects in loaded.items():
        owner = owners.get(table.name)
        if owner is not None and manager.implements("gridgov_check_restore", owner):
            restore = Restore(check=check, model=_model_of(table), rows=objects)
            await manager.call_plugin("gridgov_check_restore", owner, restore=restore)
    if check.errors:
        return
    for objects in loaded.values():
        for item in objects:
            item.archived_at = None
