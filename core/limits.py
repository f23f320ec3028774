"""What a query may cost: a calculated cost, checked before execution.

Each field costs 1 unless a plugin declared otherwise (``gridgov_field_costs``);
a field with a ``first`` argument (a connection) multiplies the cost of what is
selected under it by ``first`` (20 when omitted), and ``nodes(ids:)`` by the number
of IDs. An operation over the limit is refused whole, before any resolver runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    value_from_ast,
)
from graphql.execution.values import get_variable_values
from graphql.type import GraphQLInterfaceType
from strawberry.extensions import SchemaExtension

from core.graphql.guard import chosen_operation, fragments_of
from core.graphql.pagination import DEFAULT_PAGE

DEFAULT_MAX_COST = 500_000


class QueryCost:
    """Computes the cost of one operation against a schema."""

    def __init__(
        self, schema: GraphQLSchema, costs: Mapping[str, int], variables: Mapping[str, Any]
    ):
        self.schema = schema
        self.costs = costs
        self.variables = variables
        self.fragments: dict[str, FragmentDefinitionNode] = {}

    def operation(
        self, operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
    ) -> int:
        """The cost of ``operation``."""
        self.fragments = fragments
        root = self.schema.get_root_type(operation.operation)
        return 0 if root is None else self.selections(root, operation.selection_set, frozenset())

    def selections(
        self, parent: Any, selection_set: SelectionSetNode | None, seen: frozenset[str]
    ) -> int:
        if selection_set is None:
            return 0
        total = 0
        for node, on in self._fields(parent, selection_set, seen):
            if not isinstance(on, GraphQLObjectType | GraphQLInterfaceType):
                continue
            field = on.fields.get(node.name.value)
            if field is None:
                continue  # __typename and introspection fields cost nothing here
            arguments = self._arguments(field, node)
            multiplier = len(arguments.get("ids") or []) if "ids" in field.args else 1
            for size in ("first", "last"):
                if size in field.args:
                    given = arguments.get(size)
                    multiplier = given if isinstance(given, int) else DEFAULT_PAGE
            child = get_named_type(field.type)
            own = self.costs.get(f"{on.name}.{node.name.value}", 1)
            total += own + max(multiplier, 1) * self.selections(child, node.selection_set, seen)
        return total

    def _fields(
        self, parent: Any, selection_set: SelectionSetNode, seen: frozenset[str]
    ) -> Iterator[tuple[FieldNode, Any]]:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                yield selection, parent
            elif isinstance(selection, InlineFragmentNode):
                on = (
                    self.schema.get_type(selection.type_condition.name.value)
                    if selection.type_condition
                    else parent
                )
                yield from self._fields(on, selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                on = self.schema.get_type(fragment.type_condition.name.value)
                yield from self._fields(on, fragment.selection_set, seen | {name})

    def _arguments(self, field: Any, node: FieldNode) -> dict[str, Any]:
        found = {}
        for argument in node.arguments or ():
            definition = field.args.get(argument.name.value)
            if definition is not None:
                found[argument.name.value] = value_from_ast(
                    argument.value, definition.type, dict(self.variables)
                )
        return found


def refusal(context: Any, costs: Mapping[str, int], max_cost: int) -> ExecutionResult | None:
    """The result refusing the operation of ``context`` if it costs too much, else None."""
    operation = chosen_operation(context)
    if operation is None:
        return None  # execution reports the missing or ambiguous operation itself
    schema = context.schema._schema
    variables = get_variable_values(
        schema, operation.variable_definitions or [], context.variables or {}
    )
    if isinstance(variables, list):
        return None  # execution reports the bad variables itself
    cost = QueryCost(schema, costs, variables.coerced).operation(operation, fragments_of(context))
    if cost <= max_cost:
        return None
    error = GraphQLError(
        f"Query cost {cost} exceeds the limit of {max_cost} by {cost - max_cost}.",
        extensions={"code": "QUERY_TOO_COSTLY", "limit": "cost", "cost": cost, "max": max_cost},
    )
    return ExecutionResult(data=None, errors=[error])


def cost_limiter(costs: Mapping[str, int], max_cost: int) -> type[SchemaExtension]:
    """A strawberry extension refusing operations that cost more than ``max_cost``."""

    class CostLimiter(SchemaExtension):
        def on_execute(self) -> Iterator[None]:
            if self.execution_context.result is None:
                self.execution_context.result = refusal(self.execution_context, costs, max_cost)
            yield

    return CostLimiter
