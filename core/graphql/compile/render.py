"""A plan, rendered into one SQL statement, run, and its fallbacks filled.

The statement is rendered for a shape of the request's arguments
(:mod:`core.graphql.compile.bind`), their values read as parameters. An argument the
resolver would refuse (``first`` out of range, a foreign cursor, a malformed Global
ID) makes that field a fallback for that shape, so its resolver reports the error
exactly as without compilation.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import orjson
from graphql import GraphQLError, GraphQLList, GraphQLNonNull, GraphQLObjectType
from graphql.pyutils import Path
from sqlalchemy import (
    BindParameter,
    ColumnElement,
    FromClause,
    Text,
    and_,
    case,
    cast,
    func,
    null,
    or_,
    select,
    tuple_,
)
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.elements import BinaryExpression

from core.access import Role
from core.graphql.compile.bind import Arguments, BoundNode, BoundPage
from core.graphql.compile.forms import Count, Either, Latest, Paged, Relation
from core.graphql.compile.planner import ConnectionPlan, FieldPlan, ObjectPlan
from core.graphql.compile.sql import Json, constant
from core.graphql.context import Context
from core.graphql.node import load_node, tenant_column

_COMPARISONS = frozenset(
    (operators.eq, operators.ne, operators.lt, operators.le, operators.gt, operators.ge)
)
"""Operators whose parameter :meth:`Renderer.unseen` hides from the planner."""

_PAGED_PARTS = frozenset(("nodes", "edges", "pageInfo"))
"""Parts of a connection read from its page of rows (``totalCount`` counts the list)."""

SQLITE_DEPTH = 5
"""Relations and connections nested in one SQLite statement; deeper ones fall back."""


@dataclass
class Fill:
    """Where an object of the answer needs resolvers.

    Attributes:
        fallbacks: Fields whose value in the statement's answer is the parent's key.
        below: ``(key, nullable, how, detail)``: ``object`` (detail: a Fill) or
            ``connection`` (detail: ``[(part key, nullable items, node key or None,
            Fill)]``).
    """

    type: GraphQLObjectType
    fallbacks: list[FieldPlan] = field(default_factory=list)
    below: list[tuple[str, bool, str, Any]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.fallbacks or self.below)


class Renderer:
    """Renders one request's statement.

    Args:
        json: The dialect's JSON builder.
        context: The request.
        arguments: The request's arguments, evaluated against the plan: the statement
            reads their values as parameters, so it serves every request of its shape.
    """

    def __init__(self, json: Json, context: Context, arguments: Arguments) -> None:
        self.json = json
        self.context = context
        self.bound = arguments
        self._aliases = 0
        self._depth = 0
        # SQLite's parser refuses expressions nested deeper than about 100 terms: its
        # deeper subtrees are left to the resolvers. PostgreSQL takes any depth.
        self._max_depth = 1000 if json.postgres else SQLITE_DEPTH
        # The statement is kept per district: its id is a constant of the statement.
        self.district = constant(context.district_id)

    def alias(self) -> str:
        self._aliases += 1
        return f"gq{self._aliases}"

    def visible(self, table: Any) -> list[ColumnElement[bool]]:
        """The district's and the viewer's conditions on ``table``'s rows."""
        found = [tenant_column(table) == self.district]
        scope = self.context.scope.visible(table)
        if scope is not None:
            # The statement is kept per scope too: its ids are constants of it.
            found.append(visitors.replacement_traverse(scope, {}, _constant))
        return found

    def unseen(self, value: Any) -> Any:
        """``value`` (a parameter, or a condition) with values hidden from PostgreSQL's planner.

        A kept statement is a prepared statement: PostgreSQL plans it for each run's
        values (a custom plan) until a plan made without them (a generic plan) is
        estimated no dearer. The values it sees (a page size, a filter's value, the
        day) made every generic estimate dearer than the custom ones, so each request
        paid for planning the statement again, about as long as running it. A value
        read through ``(SELECT :value)`` is unknown when planning either way: both
        plans are estimated alike and, after five runs, the generic one is kept, as
        for a hand-written statement of the same shape. In a condition only values
        compared as they are (``kind = :value``, ``end_date >= :today``) are hidden:
        one inside an expression (a search's LIKE pattern) stays a parameter, which a
        custom plan computes once rather than once per row. SQLite plans no such way.
        """
        if not self.json.postgres:
            return value
        if isinstance(value, BindParameter):
            return select(value).scalar_subquery()
        compared = {
            id(side)
            for element in visitors.iterate(value)
            if isinstance(element, BinaryExpression) and element.operator in _COMPARISONS
            for side in (element.left, element.right)
            # An expanding parameter (a list for IN) is no single value to read.
            if isinstance(side, BindParameter) and not side.expanding
        }
        if not compared:
            return value

        def hidden(element: Any, **_: Any) -> Any:
            return select(element).scalar_subquery() if id(element) in compared else None

        return visitors.replacement_traverse(value, {}, hidden)

    # -- the statement ---------------------------------------------------------------

    def root(self, plans: list[FieldPlan]) -> tuple[Any, Fill] | None:
        """The statement answering the root fields, or None when none compiles."""
        query = plans[0].parent
        fill = Fill(query)
        pairs: list[tuple[str, Any]] = []
        compiled = False
        for plan in plans:
            value: Any = None
            if plan.kind == "typename":
                value = self.json.string(query.name)
            elif plan.kind == "district" and plan.child is not None:
                value = self.row_object(plan, plan.child, None, self.district, fill)
            elif plan.kind == "node":
                value = self.node(plan, fill)
            if value is None:
                fill.fallbacks.append(plan)
                value = null()
            elif plan.kind != "typename":
                compiled = True
            pairs.append((plan.key, value))
        if not compiled:
            return None
        answer = self.json.obj(pairs)
        if self.json.postgres:
            answer = cast(answer, Text)
        return select(answer), fill

    def node(self, plan: FieldPlan, fill: Fill) -> Any:
        """``Query.node(id:)``, compiled when the ID names a type this view compiles."""
        found: BoundNode | None = self.bound.outcome(plan)
        if found is None:
            return None
        return self.row_object(plan, found.child, None, found.pk, fill)

    def row_object(
        self, plan: FieldPlan, child: ObjectPlan, fk: Any, pk: Any, fill: Fill
    ) -> ColumnElement[Any] | None:
        """One row of ``child``'s table by id (``pk``) or by the parent's column (``fk``)."""
        if self._depth >= self._max_depth:
            return None
        self._depth += 1
        try:
            return self._row_object(plan, child, fk, pk, fill)
        finally:
            self._depth -= 1

    def _row_object(
        self, plan: FieldPlan, child: ObjectPlan, fk: Any, pk: Any, fill: Fill
    ) -> ColumnElement[Any]:
        table = child.model.__table__
        key = table.c.id == (pk if fk is None else fk)
        inner = select(*table.c).where(key, *self.visible(table))
        if isinstance(fk, ColumnElement):
            inner = inner.correlate(fk.table)
        row = inner.subquery(self.alias())
        value, below = self.object(child, row)
        if below:
            fill.below.append((plan.key, not plan.non_null, "object", below))
        return self.json.nested(select(value).select_from(row).scalar_subquery())

    def object(self, plan: ObjectPlan, row: FromClause) -> tuple[ColumnElement[Any], Fill]:
        """The JSON object of one row of ``plan``'s table, and where it needs resolvers."""
        fill = Fill(plan.type)
        pairs = []
        for item in plan.fields:
            value = self.field(item, row, fill)
            if value is None:
                fill.fallbacks.append(item)
                value = row.c.id
            pairs.append((item.key, value))
        return self.json.obj(pairs), fill

    def field(self, plan: FieldPlan, row: FromClause, fill: Fill) -> Any:
        """One field's value in SQL; None to leave it to its resolver."""
        kind = plan.kind
        if kind == "typename":
            return self.json.string(plan.parent.name)
        if kind == "id":
            return self.json.global_id(plan.parent.name, row.c.id)
        if kind == "column":
            return self.column(plan, row)
        if kind == "relation":
            assert isinstance(plan.form, Relation) and plan.child is not None
            return self.row_object(plan, plan.child, row.c[plan.form.column], None, fill)
        if kind == "latest":
            return self.latest(plan, row, fill)
        if kind == "either":
            return self.either(plan, row)
        if kind == "paged":
            return self.paged(plan, row, fill)
        if kind == "count":
            return self.count(plan, row)
        return None

    def column(self, plan: FieldPlan, row: FromClause) -> Any:
        assert plan.column is not None and plan.form is not None
        value: Any = row.c[plan.column]
        masked = getattr(plan.form, "masked", None)
        if masked is not None:
            viewer = self.context.viewer
            if viewer is None or viewer.role is Role.ANALYST or not self.bound.outcome(plan):
                return None
            return self.json.mask(value, masked)
        if plan.enum is not None:
            return self.json.enum(value, plan.enum)
        if plan.boolean:
            return self.json.boolean(value)
        if plan.double:
            return self.json.float(value)
        return value

    def latest(self, plan: FieldPlan, row: FromClause, fill: Fill) -> Any:
        """The last of the rows under the parent in the form's order, or null."""
        assert isinstance(plan.form, Latest) and plan.child is not None
        where = self.bound.outcome(plan)
        if where is None or self._depth >= self._max_depth:
            return None
        self._depth += 1
        try:
            source = plan.form.source
            table = source.model.__table__
            conditions = [source.key == row.c.id, *self.visible(table), *map(self.unseen, where)]
            if "archived_at" in table.c:
                conditions.append(table.c.archived_at.is_(None))
            last = (
                source.select(*table.c)
                .where(*conditions)
                .order_by(*(column.desc() for column in plan.form.order))
                .limit(constant(1))
                .correlate(row)
                .subquery(self.alias())
            )
            value, below = self.object(plan.child, last)
        finally:
            self._depth -= 1
        if below:
            fill.below.append((plan.key, not plan.non_null, "object", below))
        return self.json.nested(select(value).select_from(last).correlate(row).scalar_subquery())

    def either(self, plan: FieldPlan, row: FromClause) -> Any:
        """A union's member: the row the first of the parent's columns set names.

        Compiled only when every member compiles whole: which member's resolvers a row
        would need is known only from its data.
        """
        assert isinstance(plan.form, Either)
        branches = []
        for name, relation in plan.form.choices:
            column = row.c[relation.column]
            member = Fill(plan.members[name].type)
            value = self.row_object(plan, plan.members[name], column, None, member)
            if value is None or member:
                return None
            branches.append((column.is_not(None), value))
        return case(*branches, else_=null())

    def count(self, plan: FieldPlan, row: FromClause) -> Any:
        assert isinstance(plan.form, Count)
        where = self.bound.outcome(plan)
        if where is None:
            return None
        source = plan.form.source
        table = source.model.__table__
        conditions = [source.key == row.c.id, *self.visible(table), *map(self.unseen, where)]
        if "archived_at" in table.c:
            conditions.append(table.c.archived_at.is_(None))
        statement = source.select(func.count()).where(*conditions).correlate(row)
        return statement.scalar_subquery()

    def paged(self, plan: FieldPlan, row: FromClause, fill: Fill) -> Any:
        """A connection: one page of rows under the parent, with what is selected of it."""
        assert isinstance(plan.form, Paged) and plan.connection is not None
        if self._depth >= self._max_depth:
            return None
        self._depth += 1
        try:
            return self._paged(plan, row, fill)
        finally:
            self._depth -= 1

    def _paged(self, plan: FieldPlan, row: FromClause, fill: Fill) -> Any:
        assert isinstance(plan.form, Paged) and plan.connection is not None
        page: BoundPage | None = self.bound.outcome(plan)
        if page is None:
            return None
        source = plan.form.source
        table = source.model.__table__
        sort = (table.c[page.order], table.c.id)
        conditions = [source.key == row.c.id, *self.visible(table), *map(self.unseen, page.where)]
        if not page.include_archived and "archived_at" in table.c:
            conditions.append(table.c.archived_at.is_(None))
        every = list(conditions)
        if page.after is not None:
            position, after = tuple_(*sort), tuple_(*map(self.unseen, page.after))
            conditions.append(position < after if page.descending else position > after)
        connection = plan.connection
        # Page info needs the row after the page (is there a next page?) and each row's
        # place; nodes and edges alone need only the page. The rows are cut by an
        # ordered LIMIT (a top-N sort or an index scan) before anything numbers them:
        # a window function over the unlimited rows would sort them all.
        numbered = any(what == "pageInfo" for _, what, _ in connection.parts)
        cut = (
            source.select(*table.c)
            .where(*conditions)
            .order_by(*_ordering(table, page))
            .limit(self.unseen(page.limit if numbered else page.first))
            .correlate(row)
            .subquery(self.alias())
        )
        ordering = _ordering(cut, page)
        rows = cut
        if numbered:
            rows = select(
                *cut.c,
                func.row_number().over(order_by=ordering).label("_rn"),
                func.lead(cut.c.id).over(order_by=ordering).label("_next"),
            ).subquery(self.alias())
            ordering = [rows.c._rn]
        below: list[Any] = []
        pairs = self.connection_parts(
            connection, rows, page, numbered, ordering, every, source, row, below
        )
        if below:
            fill.below.append((plan.key, not plan.non_null, "connection", below))
        statement = select(self.json.obj(pairs))
        if any(what in _PAGED_PARTS for _, what, _ in connection.parts):
            # An aggregate over the page: one row, even for an empty page.
            statement = statement.select_from(rows)
        return self.json.nested(statement.correlate(row).scalar_subquery())

    def connection_parts(
        self,
        connection: ConnectionPlan,
        rows: Any,
        page: BoundPage,
        numbered: bool,
        ordering: list[Any],
        every: list[ColumnElement[bool]],
        source: Any,
        parent: FromClause,
        below: list[Any],
    ) -> list[tuple[str, Any]]:
        """The selected parts of a connection over its page of ``rows``.

        Numbered rows (``_rn``, ``_next``) hold one row past the page; otherwise every
        row is in the page.
        """
        json = self.json
        first = page.first
        in_page = rows.c._rn <= first if numbered else None

        def cursor() -> Any:
            return json.cursor(page.order, rows.c[page.order], rows.c.id)

        pairs: list[tuple[str, Any]] = []
        fields = connection.type.fields
        for key, what, detail in connection.parts:
            if what == "__typename":
                pairs.append((key, json.string(connection.type.name)))
            elif what == "totalCount":
                counted = (
                    source.select(func.count()).where(*every).correlate(parent).scalar_subquery()
                )
                pairs.append((key, counted))
            elif what == "pageInfo":
                number = rows.c._rn
                last = and_(number <= first, or_(number == first, rows.c._next.is_(None)))
                info = []
                for inner_key, name in detail:
                    if name == "hasNextPage":
                        info.append((inner_key, json.condition(func.count() > first)))
                    elif name == "hasPreviousPage":
                        info.append(
                            (inner_key, json.true() if page.after is not None else json.false())
                        )
                    elif name == "startCursor":
                        info.append((inner_key, func.max(_when(number == 1, cursor()))))
                    elif name == "endCursor":
                        info.append((inner_key, func.max(_when(last, cursor()))))
                    else:
                        info.append((inner_key, json.string("PageInfo")))
                pairs.append((key, json.obj(info)))
            elif what == "nodes":
                node, node_fill = self.object(detail, rows)
                if node_fill:
                    below.append((key, _nullable_items(fields["nodes"].type), None, node_fill))
                pairs.append((key, json.array(node, ordering, in_page)))
            else:
                edge_pairs = []
                edge_type = _item(fields["edges"].type)
                for edge_key, edge_what, node_plan in detail:
                    if edge_what == "cursor":
                        edge_pairs.append((edge_key, cursor()))
                    elif edge_what == "node":
                        node, node_fill = self.object(node_plan, rows)
                        if node_fill:
                            below.append(
                                (key, _nullable_items(fields["edges"].type), edge_key, node_fill)
                            )
                        edge_pairs.append((edge_key, node))
                    else:
                        edge_pairs.append((edge_key, json.string(edge_type.name)))
                pairs.append((key, json.array(json.obj(edge_pairs), ordering, in_page)))
        return pairs


def _constant(element: Any, **_: Any) -> Any:
    if (
        isinstance(element, BindParameter)
        and not element.expanding
        and element.callable is None
        and isinstance(element.value, int | str)
    ):
        return constant(element.value)
    return None


def _ordering(rows: Any, page: BoundPage) -> list[Any]:
    """The page's order on ``rows``: its column, then the id (once, ordered by the id)."""
    columns = [rows.c[page.order]] if page.order == "id" else [rows.c[page.order], rows.c.id]
    return [c.desc() if page.descending else c.asc() for c in columns]


def _when(condition: ColumnElement[bool], value: Any) -> Any:
    return case((condition, value))


def _item(type_: Any) -> Any:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    return type_


def _nullable_items(type_: Any) -> bool:
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    return not isinstance(type_.of_type, GraphQLNonNull)


# -- running and filling ---------------------------------------------------------------


Trail = list[tuple[Any, Any, bool]]


@dataclass
class _Task:
    plan: FieldPlan
    container: dict[str, Any]
    pk: Any
    path: Path
    trail: Trail


async def answer(
    statement: Any, parameters: dict[str, Any], fill: Fill, context: Context, executor: Any
) -> tuple[Any, list[GraphQLError]]:
    """Run the statement, let resolvers answer the fallbacks, and return data and errors.

    Without fallbacks the statement's JSON is the answer's data as it stands: it is
    passed on undecoded (``orjson.Fragment``), and the response's encoder writes it out.
    """
    raw = (await context.execute(statement, parameters)).scalar_one()
    if not fill:
        return orjson.Fragment(raw), []
    data = orjson.loads(raw)
    holder = {"data": data}
    tasks: list[_Task] = []
    _walk(data, fill, None, [(holder, "data", True)], tasks, root=True)
    if tasks:
        await _resolve(tasks, context, executor, holder)
    return holder["data"], executor.collected_errors.errors


def _walk(
    obj: dict[str, Any], fill: Fill, path: Path | None, trail: Trail, tasks: list[_Task], root: bool
) -> None:
    type_name = fill.type.name
    for plan in fill.fallbacks:
        tasks.append(
            _Task(
                plan,
                obj,
                None if root else obj[plan.key],
                Path(path, plan.key, type_name),
                [*trail, (obj, plan.key, not plan.non_null)],
            )
        )
    for key, nullable, how, detail in fill.below:
        value = obj.get(key)
        if value is None:
            continue
        here = Path(path, key, type_name)
        step = [*trail, (obj, key, nullable)]
        if how == "object":
            _walk(value, detail, here, step, tasks, root=False)
            continue
        for part_key, items_nullable, node_key, node_fill in detail:
            items = value[part_key]
            part = Path(here, part_key, None)
            part_trail = [*step, (value, part_key, False)]
            for index, item in enumerate(items):
                item_path = Path(part, index, None)
                item_trail = [*part_trail, (items, index, items_nullable)]
                if node_key is None:
                    _walk(item, node_fill, item_path, item_trail, tasks, root=False)
                elif item.get(node_key) is not None:
                    _walk(
                        item[node_key],
                        node_fill,
                        Path(item_path, node_key, None),
                        [*item_trail, (item, node_key, False)],
                        tasks,
                        root=False,
                    )


async def _resolve(
    tasks: list[_Task], context: Context, executor: Any, holder: dict[str, Any]
) -> None:
    """Run the fallback fields' resolvers, concurrently so their loaders batch."""

    async def source(task: _Task) -> Any:
        if task.pk is None:
            return executor.root_value
        cls, model = context.node_types[task.plan.parent.name]
        return await load_node(context, cls, model, task.pk)

    sources = await asyncio.gather(*(source(task) for task in tasks))

    async def run(task: _Task, parent: Any) -> None:
        try:
            value = executor.execute_field(
                task.plan.parent, parent, task.plan.details, task.path, None
            )
            if executor.is_awaitable(value):
                value = await value
            task.container[task.plan.key] = value
        except GraphQLError as error:
            _propagate(error, task, executor, holder)

    await asyncio.gather(*(run(task, parent) for task, parent in zip(tasks, sources, strict=True)))


def _propagate(error: GraphQLError, task: _Task, executor: Any, holder: dict[str, Any]) -> None:
    """A non-null field failed: null its nearest nullable ancestor, as graphql-core does."""
    executor.collected_errors.add(error, task.path)
    for container, key, nullable in reversed(task.trail[:-1]):
        if nullable:
            container[key] = None
            return
    holder["data"] = None
