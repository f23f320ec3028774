"""Compiled queries: a validated query answered by one SQL statement returning its JSON.

The :func:`compiler` schema extension runs after the access guard and the limits.
It plans the operation (:mod:`.planner`, cached per document and district view),
evaluates the request's arguments against the plan (:mod:`.bind`: the shape they give
the statement, and their values as named parameters), renders one statement for that
shape (:mod:`.render`; the viewer's scope goes in as conditions), and lets the
ordinary resolvers answer only the fields without an SQL form (:mod:`.forms`), each
for its own subtree. The rendered statement is kept (:class:`Statements`), per plan,
dialect, district, viewer's scope and role, shape and day, so every request of that
shape runs it with its own parameters without rebuilding it, whatever its variables;
SQLAlchemy's compiled cache then reuses its SQL text. What it cannot plan
(mutations, subscriptions, ``@defer``) runs the ordinary way.
``GRIDGOV_CORE__COMPILE=false`` turns it off.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Mapping
from typing import Any

from graphql import ExecutionResult, OperationType
from graphql.execution.collect_fields import collect_fields
from sqlalchemy.exc import DBAPIError, OperationalError
from strawberry.execution import optimized_is_awaitable
from strawberry.extensions import SchemaExtension

from core.graphql.compile.bind import Arguments
from core.graphql.compile.forms import SqlForm
from core.graphql.compile.planner import FieldPlan, Planner
from core.graphql.compile.render import Fill, Renderer, answer
from core.graphql.compile.sql import UNREPRESENTABLE, Json

PLAN_CACHE_SIZE = 512
"""Plans kept per process (documents × district views), least recently used dropped."""


class Plans:
    """The plans of one process, per document × district view."""

    def __init__(self, size: int = PLAN_CACHE_SIZE) -> None:
        self.size = size
        self._plans: OrderedDict[Any, tuple[Planner, list[FieldPlan]]] = OrderedDict()

    def get(self, key: Any) -> tuple[Planner, list[FieldPlan]] | None:
        found = self._plans.get(key)
        if found is not None:
            self._plans.move_to_end(key)
        return found

    def put(self, key: Any, value: tuple[Planner, list[FieldPlan]]) -> None:
        self._plans[key] = value
        if len(self._plans) > self.size:
            self._plans.popitem(last=False)


STATEMENT_CACHE_SIZE = 1024
"""Rendered statements kept per process, least recently used dropped."""


class Statements:
    """The rendered statements of one process, with where they need resolvers.

    A statement is built from the plan, the dialect, the district, the viewer's scope
    and role (an analyst's personal data is left to the resolvers) and the shape of
    the arguments (their values, and the day a form compares with, are parameters).
    """

    def __init__(self, size: int = STATEMENT_CACHE_SIZE) -> None:
        self.size = size
        self._statements: OrderedDict[Any, tuple[Any, Fill] | None] = OrderedDict()

    def get(self, key: Any) -> tuple[tuple[Any, Fill] | None] | None:
        """``(rendered,)`` when kept (rendered is None when nothing compiled), else None."""
        if key not in self._statements:
            return None
        self._statements.move_to_end(key)
        return (self._statements[key],)

    def put(self, key: Any, value: tuple[Any, Fill] | None) -> None:
        self._statements[key] = value
        if len(self._statements) > self.size:
            self._statements.popitem(last=False)


def compiler(forms: Mapping[tuple[str, str], SqlForm]) -> type[SchemaExtension]:
    """The schema extension answering queries with one compiled statement.

    Args:
        forms: ``{(type, field): form}`` the plugins declared (``gridgov_sql_forms``).
    """
    plans = Plans()
    statements = Statements()

    class Compiler(SchemaExtension):
        async def on_execute(self) -> AsyncIterator[None]:
            execution = self.execution_context
            if execution.result is None:
                result = await _compiled(execution, forms, plans, statements)
                if result is not None:
                    execution.result = result
            yield

    return Compiler


async def _compiled(
    execution: Any, forms: Any, plans: Plans, statements: Statements
) -> ExecutionResult | None:
    context = execution.context
    document = execution.graphql_document
    if document is None or getattr(context, "viewer", None) is None:
        return None
    strawberry_schema = execution.schema
    schema = strawberry_schema._schema
    executor = strawberry_schema.execution_context_class.build(
        schema,
        document,
        None,
        context,
        execution.variables,
        execution.operation_name,
        is_awaitable=optimized_is_awaitable,
    )
    if isinstance(executor, list) or executor.operation.operation is not OperationType.QUERY:
        return None
    # A document using directives may select other fields for other variables.
    cacheable = "@" not in (execution.query or "@")
    key = (execution.query, execution.operation_name, id(schema))
    found = plans.get(key) if cacheable else None
    if found is None:
        models = {name: model for name, (_, model) in context.node_types.items()}
        planner = Planner(
            schema,
            forms,
            models,
            executor.fragments,
            executor.variable_values,
            executor.operation,
        )
        assert schema.query_type is not None
        collected = collect_fields(
            schema,
            executor.fragments,
            executor.variable_values,
            schema.query_type,
            executor.operation,
        )
        if collected.new_defer_usages or collected.forbidden_directive_instances:
            return None
        found = (planner, planner.root(collected.grouped_field_set))
        if cacheable:
            plans.put(key, found)
    planner, root = found
    dialect = context.session.bind.dialect.name
    arguments = Arguments(planner, context, executor, strawberry_schema)
    arguments.root(root)
    shape = arguments.shape if cacheable else None
    statement_key = None
    if shape is not None:
        statement_key = (
            key,
            dialect,
            context.district_id,
            context.scope.ref,
            context.viewer.role,
            shape,
        )
    kept = statements.get(statement_key) if statement_key is not None else None
    if kept is not None:
        rendered = kept[0]
    else:
        rendered = Renderer(Json(dialect), context, arguments).root(root)
        if statement_key is not None:
            statements.put(statement_key, rendered)
    if rendered is None:
        return None
    statement, fill = rendered
    try:
        data, errors = await answer(statement, arguments.parameters, fill, context, executor)
    except DBAPIError as error:
        if not any(said in str(error.orig) for said in UNREPRESENTABLE):
            if isinstance(error, OperationalError):
                _too_deep(error, dialect, statements, statement_key)
                return None
            raise
        # A stored enum value the schema lacks: the resolvers report it at its field,
        # after the failed statement's transaction (PostgreSQL aborts it) is rolled back.
        async with context.exclusive() as session:
            await session.rollback()
        return None
    return ExecutionResult(data, errors or None)


def _too_deep(
    error: OperationalError, dialect: str, statements: Statements, statement_key: Any
) -> None:
    # SQLite's parser refuses deeply nested statements (the viewer's scope conditions
    # nest too): it refuses before running anything, so the resolvers answer.
    if dialect != "sqlite" or "parser stack overflow" not in str(error.orig):
        raise error
    if statement_key is not None:
        statements.put(statement_key, None)


__all__ = ["Plans", "Statements", "compiler"]
