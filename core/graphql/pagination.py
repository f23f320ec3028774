"""Cursor connections with keyset pagination, loaded in batches per request.

A connection under a list of parents (``communities { grids(first: 10) }``) costs
one statement for all parents: rows are numbered per parent with ``row_number()``
and cut at ``first + 1``. ``totalCount`` costs one grouped count, and only when
asked for.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any, Generic, TypeVar

import orjson
import strawberry
from graphql import GraphQLError
from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    Select,
    Table,
    column,
    func,
    select,
    tuple_,
)
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from core.graphql.context import Context
from core.graphql.ids import MAX_PK
from core.graphql.node import Node

N = TypeVar("N", bound=Node)
T = TypeVar("T")

DEFAULT_PAGE = 20
MAX_PAGE = 100


@strawberry.enum(description="Sort direction.")
class OrderDirection(Enum):
    """Ascending or descending."""

    ASC = "asc"
    DESC = "desc"


@strawberry.type(description="Where a page sits in its connection.")
class PageInfo:
    """Relay page information."""

    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="A node and its cursor.")
class Edge(Generic[T]):
    """One edge of a connection."""

    cursor: str
    node: T


@strawberry.type(description="A page of a list, with cursors to fetch the next one.")
class Connection(Generic[T]):
    """A Relay cursor connection (of nodes, or of any type a plugin pages through).

    ``nodes`` is a plain list: most clients read nodes only, so each edge's cursor is
    encoded only when ``edges`` is asked for.
    """

    @strawberry.field(description="The nodes of this page, each with its cursor.")
    def edges(self) -> list[Edge[T]]:
        return [
            Edge(cursor=cursor, node=node)
            for cursor, node in zip(self._cursors(), self.nodes, strict=True)
        ]

    page_info: PageInfo
    nodes: list[T] = strawberry.field(description="The nodes of this page, without cursors.")
    _cursors: strawberry.Private[Callable[[], list[str]]]
    _count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="Number of items in the whole list, all pages together.")
    async def total_count(self) -> int:
        return await self._count()


@dataclass(frozen=True)
class Source:
    """Where a connection's rows come from.

    Attributes:
        name: Unique name of the relation (part of the loader cache key).
        model: The model whose rows are the nodes.
        key: Column whose value is the parent's id (the partition key).
        join: Adds joins the key needs (e.g. households through buildings).
    """

    name: str
    model: Any
    key: Any
    join: Callable[[Select[Any]], Select[Any]] | None = None

    def select(self, *columns: Any) -> Select[Any]:
        """A select of ``columns`` from the model, with the joins the key needs."""
        statement = select(*columns).select_from(self.model.__table__)
        return self.join(statement) if self.join else statement


@dataclass(frozen=True)
class Page:
    """The page a client asked for, validated."""

    first: int
    order: str
    descending: bool
    after: tuple[Any, int] | None


def page_of(
    first: int | None,
    after: str | None,
    order: str = "id",
    direction: OrderDirection = OrderDirection.ASC,
) -> Page:
    """Validate paging arguments; out-of-range values fail the field."""
    size = DEFAULT_PAGE if first is None else first
    if not 1 <= size <= MAX_PAGE:
        raise GraphQLError(
            f"Argument 'first' must be between 1 and {MAX_PAGE}, got {size}.",
            extensions={"code": "BAD_USER_INPUT", "argument": "first", "min": 1, "max": MAX_PAGE},
        )
    return Page(size, order, direction is OrderDirection.DESC, decode_cursor(after, order))


def encode_cursor(order: str, value: Any, pk: int) -> str:
    """An opaque keyset cursor: the ordering's name, the row's sort value and its id."""
    raw = orjson.dumps([order, value, pk])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, order: str) -> tuple[Any, int] | None:
    """The sort value and id of a cursor of ``order``; a foreign cursor fails the field."""
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode((cursor + "=" * (-len(cursor) % 4)).encode("ascii"))
        field, value, pk = orjson.loads(raw)
        # The id is compared with a 32-bit column: PostgreSQL refuses a larger number.
        if field == order and type(pk) is int and abs(pk) <= MAX_PK and _sortable(value):
            return value, pk
    except (binascii.Error, UnicodeError, ValueError, TypeError):
        pass
    raise GraphQLError(
        "Argument 'after' is not a cursor of this list and ordering.",
        extensions={"code": "BAD_USER_INPUT", "argument": "after"},
    )


class _PageLoader(DataLoader[int, list[Any]]):
    def __init__(
        self, context: Context, source: Source, where: Sequence[ColumnElement[bool]], page: Page
    ):
        super().__init__(load_fn=self._load)
        self.context, self.source, self.where, self.page = context, source, where, page

    async def _load(self, keys: Sequence[int]) -> list[list[Any]]:
        table = self.source.model.__table__
        sort = (table.c[self.page.order], table.c.id)
        ordering = [column.desc() if self.page.descending else column.asc() for column in sort]
        conditions = [self.source.key.in_(keys), *self.where]
        if self.page.after is not None:
            position = tuple_(*sort)
            after = tuple_(*self.page.after)
            conditions.append(position < after if self.page.descending else position > after)
        if len(keys) == 1:
            # One parent (every root list): a plain LIMIT lets the database stop early,
            # where numbering rows would number the whole list first.
            statement = (
                self.source.select(*table.c, self.source.key.label("_key"))
                .where(*conditions)
                .order_by(*ordering)
                .limit(self.page.first + 1)
            )
        else:
            numbered = self.source.select(
                *table.c,
                self.source.key.label("_key"),
                func.row_number()
                .over(partition_by=self.source.key, order_by=ordering)
                .label("_rn"),
            ).where(*conditions)
            # The outer select names the subquery's columns itself: proxying them through
            # ``subquery().c`` would build a column object per column on every batch.
            *columns, key, number = _numbered_columns(table, self.source.key.type)
            statement = (
                select(*columns, key)
                .select_from(numbered.subquery("page"))
                .where(number <= self.page.first + 1)
                .order_by(key, number)
            )
        pages: dict[int, list[Any]] = {key: [] for key in keys}
        for row in await self.context.execute(statement):
            pages[row._key].append(row)
        return [pages[key] for key in keys]


@cache
def _numbered_columns(table: Table, key_type: Any) -> tuple[ColumnClause[Any], ...]:
    """Columns of a subquery of ``table``'s rows numbered per parent: theirs, _key, _rn."""
    return (
        *(column(c.name, c.type) for c in table.c),
        column("_key", key_type),
        column("_rn", Integer),
    )


class _CountLoader(DataLoader[int, int]):
    def __init__(self, context: Context, source: Source, where: Sequence[ColumnElement[bool]]):
        super().__init__(load_fn=self._load)
        self.context, self.source, self.where = context, source, where

    async def _load(self, keys: Sequence[int]) -> list[int]:
        statement = (
            self.source.select(self.source.key, func.count())
            .where(self.source.key.in_(keys), *self.where)
            .group_by(self.source.key)
        )
        rows: Sequence[Any] = (await self.context.execute(statement)).all()
        counts: dict[int, int] = {row[0]: row[1] for row in rows}
        return [counts.get(key, 0) for key in keys]


async def paginate(
    info: Info,
    cls: type[N],
    source: Source,
    parent: int,
    page: Page,
    *,
    where: Sequence[ColumnElement[bool]] = (),
    filter_key: Hashable = None,
    include_archived: bool = False,
) -> Connection[N]:
    """One page of ``source`` under ``parent``, batched with every sibling request.

    Args:
        info: The resolver's info.
        cls: Node type to build from the rows.
        source: The relation.
        parent: The parent's id (the district's for root lists).
        page: Validated paging arguments.
        where: Extra conditions from the client's filter.
        filter_key: A hashable form of the filter, so equal filters share a loader.
        include_archived: Whether archived rows are listed.
    """
    context: Context = info.context
    key = (source.name, filter_key, include_archived)
    if page.after is not None and not _fits(source.model.__table__.c[page.order], page.after[0]):
        # A made-up cursor whose value the ordering column cannot be compared with.
        raise GraphQLError(
            "Argument 'after' is not a cursor of this list and ordering.",
            extensions={"code": "BAD_USER_INPUT", "argument": "after"},
        )

    # Built once per request and relation, when the first sibling asks.
    def conditions() -> list[ColumnElement[bool]]:
        table = source.model.__table__
        found = [table.c.district_id == context.district_id, *where]
        if not include_archived and "archived_at" in table.c:
            found.append(table.c.archived_at.is_(None))
        visible = context.scope.visible(table)
        if visible is not None:
            found.append(visible)
        return found

    rows = await context.cached_loader(
        ("page", *key, page), lambda: _PageLoader(context, source, conditions(), page)
    ).load(parent)

    async def count() -> int:
        counter = context.cached_loader(
            ("count", *key), lambda: _CountLoader(context, source, conditions())
        )
        return await counter.load(parent)

    nodes = [cls.from_row(row) for row in rows[: page.first]]

    def cursor_at(index: int) -> str:
        row = rows[index]
        return encode_cursor(page.order, row._mapping[page.order], row.id)

    return _connection(
        nodes,
        cursor_at,
        has_next_page=len(rows) > page.first,
        has_previous_page=page.after is not None,
        count=count,
    )


def _sortable(value: Any) -> bool:
    """Whether the database can compare ``value``: text without NUL, or a 64-bit integer."""
    if isinstance(value, str):
        return "\x00" not in value  # PostgreSQL text cannot hold one
    return type(value) is int and -(2**63) <= value < 2**63


def _fits(column: Any, value: Any) -> bool:
    """Whether a cursor's sort value has the type of the column it is compared with."""
    try:
        return isinstance(value, column.type.python_type)
    except NotImplementedError:
        return True


def connection(
    page: Sequence[tuple[str, T]],
    *,
    has_next_page: bool,
    has_previous_page: bool,
    count: Callable[[], Awaitable[int]],
) -> Connection[T]:
    """A connection from one page of ``(cursor, node)`` pairs, for lists ``paginate`` cannot load.

    Args:
        page: The page's nodes with their cursors, in order.
        has_next_page: Whether rows follow the page.
        has_previous_page: Whether the page started after a cursor.
        count: Counts the whole list, called only when ``totalCount`` is asked for.
    """
    cursors = [cursor for cursor, _ in page]
    return _connection(
        [node for _, node in page],
        cursors.__getitem__,
        has_next_page=has_next_page,
        has_previous_page=has_previous_page,
        count=count,
    )


def _connection(
    nodes: list[T],
    cursor_at: Callable[[int], str],
    *,
    has_next_page: bool,
    has_previous_page: bool,
    count: Callable[[], Awaitable[int]],
) -> Connection[T]:
    """A connection whose cursors (``cursor_at(index)``) are made only when asked for."""
    last = len(nodes) - 1
    return Connection(
        nodes=nodes,
        page_info=PageInfo(
            has_next_page=has_next_page,
            has_previous_page=has_previous_page,
            start_cursor=cursor_at(0) if nodes else None,
            end_cursor=cursor_at(last) if nodes else None,
        ),
        _cursors=lambda: [cursor_at(index) for index in range(len(nodes))],
        _count=count,
    )
