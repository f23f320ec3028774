"""Compiled queries: a validated query answered by one SQL statement returning its JSON.

The :func:`compiler` schema extension runs after the access guard and the limits.
It plans the operation (:mod:`.planner`, cached per document and district view),
renders one statement for the request (:mod:`.render`; the viewer's scope and the
arguments go in as conditions and bound parameters), and lets the ordinary
resolvers answer only the fields without an SQL form (:mod:`.forms`), each for its
own subtree. What it cannot plan (mutations, subscriptions, ``@defer``) runs the
ordinary way. ``GRIDGOV_CORE__COMPILE=false`` turns it off.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Mapping
from typing import Any

from graphql import ExecutionResult, OperationType
from graphql.execution.collect_fields import collect_fields
from strawberry.execution import optimized_is_awaitable
from strawberry.extensions import SchemaExtension

from core.graphql.compile.forms import SqlForm
from core.graphql.compile.planner import FieldPlan, Planner
from core.graphql.compile.render import Renderer, answer
from core.graphql.compile.sql import Json

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


def compiler(forms: Mapping[tuple[str, str], SqlForm]) -> type[SchemaExtension]:
    """The schema extension answering queries with one compiled statement.

    Args:
        forms: ``{(type, field): form}`` the plugins declared (``gridgov_sql_forms``).
    """
    plans = Plans()

    class Compiler(SchemaExtension):
        async def on_execute(self) -> AsyncIterator[None]:
            execution = self.execution_context
            if execution.result is None:
                result = await _compiled(execution, forms, plans)
                if result is not None:
                    execution.result = result
            yield

    return Compiler


async def _compiled(execution: Any, forms: Any, plans: Plans) -> ExecutionResult | None:
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
    rendered = Renderer(planner, Json(dialect), context, executor, strawberry_schema).root(root)
    if rendered is None:
        return None
    statement, fill = rendered
    data, errors = await answer(statement, fill, context, executor)
    return ExecutionResult(data, errors or None)


__all__ = ["Plans", "compiler"]
