"""A request's arguments, evaluated against a plan: the statement's shape and its parameters.

Before a statement is rendered, every field of the plan that takes arguments is
evaluated for the request (as its resolver would validate them: ``page_of``, the
filters, a Global ID). What decides the statement's SQL (which fields compile, an
ordering, whether a cursor is given, a filter's conditions without their values)
makes the request's *shape*; the values themselves (page sizes, cursor positions,
filter values, node ids) become named parameters. The statement rendered for a shape
is kept and serves every request of that shape, whatever its variables.

A field's evaluation is kept on its plan, by the values of its arguments (and the
day): building a plugin's conditions is most of the work, and most requests give a
field the arguments an earlier one gave it (``first: 10``, a year, none at all). Its
parameters are named after the field, so a kept evaluation fits any statement.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLError, GraphQLObjectType
from graphql.execution.values import get_argument_values
from sqlalchemy import BindParameter, ColumnElement, Integer, bindparam
from sqlalchemy.sql import visitors
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.arguments import convert_arguments

from core import clock
from core.graphql.compile.forms import Count, Latest, NotCompiled, Paged, Paging
from core.graphql.compile.planner import FieldPlan, ObjectPlan, Planner
from core.graphql.context import Context
from core.graphql.ids import parse_global_id
from core.graphql.pagination import _fits

EVALUATIONS_KEPT = 64
"""Evaluations kept per field (distinct argument values); more start the field afresh."""

Evaluation = tuple[Hashable, Any] | None
"""A field's shape and outcome, or None when its resolver answers it."""


@dataclass(frozen=True)
class BoundPage:
    """A connection's page, its values as parameters.

    Attributes:
        first: The page size.
        limit: The page size plus one (is there a next page?).
        order: The column sorted on.
        descending: Whether the order is descending.
        after: The cursor's sort value and id, or None without a cursor.
        where: The filter's conditions.
        include_archived: Whether archived rows are listed.
    """

    first: BindParameter[Any]
    limit: BindParameter[Any]
    order: str
    descending: bool
    after: tuple[BindParameter[Any], BindParameter[Any]] | None
    where: Sequence[ColumnElement[bool]]
    include_archived: bool


@dataclass(frozen=True)
class BoundNode:
    """``Query.node``'s object: its type's plan and its id as a parameter."""

    child: ObjectPlan
    pk: BindParameter[Any]


class Arguments:
    """Evaluates the arguments of a plan's fields for one request.

    Args:
        planner: The plan's planner (``Query.node``'s object plans are made when met).
        context: The request.
        executor: graphql-core's executor of the request (coerced variables).
        strawberry_schema: The view, to convert arguments as strawberry does.

    Attributes:
        shape: What decides the statement's SQL, hashable; None when some condition
            cannot be keyed (the statement is then rendered for this request only).
        parameters: The values, by parameter name.
    """

    def __init__(
        self, planner: Planner, context: Context, executor: Any, strawberry_schema: Any
    ) -> None:
        self.planner = planner
        self.context = context
        self.executor = executor
        self.strawberry = strawberry_schema
        self.parameters: dict[str, Any] = {}
        self._shape: list[Hashable] = []
        self._keyed = True
        self._outcomes: dict[int, Any] = {}
        self._field: FieldPlan | None = None
        self._values: dict[str, Any] = {}
        # A plugin's condition may hold the day as a value rather than read it in SQL.
        self._day = clock.today()

    @property
    def shape(self) -> tuple[Hashable, ...] | None:
        return tuple(self._shape) if self._keyed else None

    def outcome(self, plan: FieldPlan) -> Any:
        """What the field's arguments made of it; None: its resolver answers it."""
        return self._outcomes.get(id(plan))

    def bind(self, value: Any, type_: Any = None, expanding: bool = False) -> BindParameter[Any]:
        """A new parameter of the field being evaluated, holding ``value``."""
        assert self._field is not None
        name = f"gv{self._field.number}_{len(self._values)}"
        self._values[name] = value
        self.parameters[name] = value
        return bindparam(name, type_=type_, expanding=expanding)

    def evaluated(
        self, plan: FieldPlan, how: Callable[[FieldPlan, dict[str, Any]], Evaluation]
    ) -> Evaluation:
        """``how``'s evaluation of the field's arguments, kept on the plan (see above)."""
        try:
            raw = self.arguments(plan)
        except GraphQLError:
            return None
        key = (_frozen(raw), self._day)
        found = plan.evaluated.get(key) if key[0] is not _UNKEYED else None
        if found is not None:
            evaluation, values = found
            self.parameters.update(values)
            return evaluation  # type: ignore[no-any-return]
        keyed, self._keyed = self._keyed, True
        self._field, self._values = plan, {}
        try:
            evaluation = how(plan, raw)
        finally:
            self._field = None
        if self._keyed and key[0] is not _UNKEYED:
            if len(plan.evaluated) >= EVALUATIONS_KEPT:
                plan.evaluated.clear()
            plan.evaluated[key] = (evaluation, self._values)
        self._keyed = keyed and self._keyed
        return evaluation

    # -- walking the plan ------------------------------------------------------------

    def root(self, plans: Sequence[FieldPlan]) -> None:
        """Evaluate the arguments of every field below the root fields."""
        for plan in plans:
            if plan.kind == "district" and plan.child is not None:
                self.object(plan.child)
            elif plan.kind == "node":
                found = self._record(plan, self.evaluated(plan, self.node))
                if found is not None:
                    self.object(found.child)

    def object(self, plan: ObjectPlan) -> None:
        for item in plan.fields:
            if item.kind == "relation" and item.child is not None:
                self.object(item.child)
            elif item.kind == "column" and getattr(item.form, "masked", None) is not None:
                self._record(item, self.revealed(item))
            elif item.kind == "count":
                self._record(item, self.evaluated(item, self.conditioned))
            elif (
                item.kind == "latest"
                and self._record(item, self.evaluated(item, self.conditioned)) is not None
            ):
                assert item.child is not None
                self.object(item.child)
            elif item.kind == "either":
                for member in item.members.values():
                    self.object(member)
            elif (
                item.kind == "paged"
                and self._record(item, self.evaluated(item, self.paged)) is not None
            ):
                assert item.connection is not None
                for _, what, detail in item.connection.parts:
                    if what == "nodes" and detail is not None:
                        self.object(detail)
                    elif what == "edges":
                        for _, edge_what, node in detail:
                            if edge_what == "node" and node is not None:
                                self.object(node)

    def _record(self, plan: FieldPlan, outcome: tuple[Hashable, Any] | None) -> Any:
        if outcome is None:
            self._shape.append(None)
            return None
        shape, value = outcome
        self._shape.append(shape)
        self._outcomes[id(plan)] = value
        return value

    # -- the fields ------------------------------------------------------------------

    def arguments(self, plan: FieldPlan) -> dict[str, Any]:
        """The field's arguments as graphql-core passes them to the resolver."""
        details = plan.details[0]
        return get_argument_values(
            plan.definition,
            details.node,
            self.executor.variable_values,
            details.fragment_variable_values,
        )

    def converted(self, plan: FieldPlan, raw: dict[str, Any]) -> dict[str, Any]:
        """The field's arguments (``raw``) as its (strawberry) resolver receives them."""
        definition = (plan.definition.extensions or {})[GraphQLCoreConverter.DEFINITION_BACKREF]
        return convert_arguments(
            raw,
            definition.arguments,
            scalar_registry=self.strawberry.schema_converter.scalar_registry,
            config=self.strawberry.config,
        )

    def node(self, plan: FieldPlan, raw: dict[str, Any]) -> tuple[Hashable, BoundNode] | None:
        """``Query.node(id:)``, compiled when the ID names a type this view compiles."""
        id_ = raw.get("id")
        parsed = parse_global_id(id_) if isinstance(id_, str) else None
        if parsed is None:
            return None
        type_name, pk = parsed
        found = self.context.node_types.get(type_name)
        type_ = self.planner.schema.type_map.get(type_name)
        if found is None or not isinstance(type_, GraphQLObjectType):
            return None
        if found[0].read_permission() is not None:
            return None
        if type_name not in plan.nodes:
            plan.nodes[type_name] = self.planner.object(type_, plan.details)
        child = plan.nodes[type_name]
        if child is None:
            return None
        return type_name, BoundNode(child, self.bind(pk, Integer()))

    def revealed(self, plan: FieldPlan) -> tuple[Hashable, bool] | None:
        """A masked column: compiled while not revealed (a reveal is audited)."""
        try:
            if self.arguments(plan).get("reveal"):
                return None
        except GraphQLError:
            return None
        return "masked", True

    def conditioned(
        self, plan: FieldPlan, raw: dict[str, Any]
    ) -> tuple[Hashable, Sequence[ColumnElement[bool]]] | None:
        """A count or a latest row: the conditions its form's ``where`` makes of the arguments."""
        assert isinstance(plan.form, Count | Latest)
        try:
            where = plan.form.where(**self.converted(plan, raw))
        except (GraphQLError, NotCompiled):
            return None
        shape, bound = self.conditions(where)
        return (plan.kind, shape), bound

    def paged(self, plan: FieldPlan, raw: dict[str, Any]) -> tuple[Hashable, BoundPage] | None:
        assert isinstance(plan.form, Paged)
        try:
            paging: Paging = plan.form.arguments(**self.converted(plan, raw))
        except (GraphQLError, NotCompiled):
            return None
        page = paging.page
        table = plan.form.source.model.__table__
        after = None
        if page.after is not None:
            column = table.c[page.order]
            if not _fits(column, page.after[0]):
                return None
            after = (self.bind(page.after[0], column.type), self.bind(page.after[1], Integer()))
        first = self.bind(page.first, Integer())
        limit = self.bind(page.first + 1, Integer())
        shape, where = self.conditions(paging.where)
        bound = BoundPage(
            first, limit, page.order, page.descending, after, where, paging.include_archived
        )
        return (page.order, page.descending, after is None, paging.include_archived, shape), bound

    def conditions(
        self, where: Sequence[ColumnElement[bool]]
    ) -> tuple[Hashable, list[ColumnElement[bool]]]:
        """A filter's conditions without their values (its shape), values as parameters."""
        shape = []
        bound = []
        for condition in where:
            key = condition._generate_cache_key()
            if key is None:
                self._keyed = False
                bound.append(condition)
                continue
            shape.append(key.key)
            rebound: Any = visitors.replacement_traverse(condition, {}, self._rebind)
            bound.append(rebound)
        return tuple(shape), bound

    def _rebind(self, element: Any, **_: Any) -> Any:
        if isinstance(element, BindParameter):
            if element.callable is not None:
                # Read when the statement runs (:func:`core.clock.today_in_sql`).
                return element
            return self.bind(element.effective_value, element.type, element.expanding)
        return None


_UNKEYED = object()


def _frozen(value: Any) -> Any:
    """``value`` (arguments as graphql-core coerced them) as a key, or ``_UNKEYED``."""
    if isinstance(value, dict):
        items = tuple((name, _frozen(item)) for name, item in value.items())
        return _UNKEYED if any(item is _UNKEYED for _, item in items) else items
    if isinstance(value, list):
        listed = tuple(_frozen(item) for item in value)
        return _UNKEYED if _UNKEYED in listed else (list, listed)
    try:
        hash(value)
    except TypeError:
        return _UNKEYED
    # 1, 1.0 and True are equal keys in Python; their types tell them apart.
    return type(value), value
