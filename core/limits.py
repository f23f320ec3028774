"""What a query may cost and how big it may be, checked before anything runs.

Limits, in the order they apply (settings of core's ``CoreSettings``):

* **tokens**: the document is parsed with graphql-core's ``max_tokens``, so parsing
  stops at the limit; the document is then counted on (up to
  :data:`TOKEN_COUNT_FACTOR` times the limit) to say by how much.
* **depth**, **aliases** and **repeats**: measured on the parsed document before
  validation, because validation itself is the expensive step for a flooded document
  (graphql-core compares every pair of fields answering under one name). Fragments
  are measured once each, in dependency order and without recursion across
  fragments, so fragment cycles and long fragment chains cannot loop or overflow
  the stack (validation then reports the cycle).
* **cost**: the operations of one HTTP request (a batch) share one budget; each field
  costs 1 unless a plugin declared otherwise
  (``gridgov_field_costs``); a field with a ``first`` argument (a connection)
  multiplies the cost of what is selected under it by ``first`` (20 when omitted),
  and ``nodes(ids:)`` by the number of IDs. Checked before execution. Introspection
  costs the same way, its lists multiplying by their average length in the schema
  (:func:`introspection_sizes`); ``__schema``/``__type`` may be asked once per operation.

Validation also applies graphql-core's recommended ``MaxIntrospectionDepthRule``:
introspection types are cyclic (``__Type.fields`` -> ``type`` -> ``fields``...), and
that rule bounds their nesting. And strings may not contain NUL
(U+0000), in literals or variables: PostgreSQL cannot store or even compare it, so
it would fail deep in a query instead of as bad input (JSON and GraphQL parsers
already refuse lone surrogates).

Each refusal is a GraphQL error whose ``extensions.code`` names the limit and whose
message says by how much it was exceeded; the numbers are in ``extensions`` too.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLEnumType,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLSyntaxError,
    GraphQLUnionType,
    InlineFragmentNode,
    Lexer,
    ListValueNode,
    NameNode,
    ObjectValueNode,
    OperationDefinitionNode,
    OperationType,
    SchemaMetaFieldDef,
    SelectionSetNode,
    Source,
    TokenKind,
    TypeMetaFieldDef,
    VariableNode,
    get_named_type,
    parse,
    value_from_ast,
)
from graphql.execution.values import get_variable_values
from graphql.language import StringValueNode
from graphql.type import GraphQLInterfaceType
from graphql.validation import ASTValidationRule, recommended_rules, validate
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from core.graphql.codes import VALIDATION_FAILED, with_code
from core.graphql.guard import chosen_operation, fragments_of, refuse
from core.graphql.pagination import DEFAULT_PAGE

DEFAULT_MAX_COST = 500_000
DEFAULT_MAX_DEPTH = 25
"""Deep enough for district -> street -> ... -> household -> members and back up (19),
and for graphql-core's introspection query (15)."""
DEFAULT_MAX_ALIASES = 50
DEFAULT_MAX_REPEATS = 20
DEFAULT_MAX_TOKENS = 3_000
"""GraphiQL's introspection query has about 200 tokens, the largest test query 300."""
DEFAULT_MAX_OPERATIONS = 10
DEFAULT_MAX_BODY_BYTES = 256 * 1024

TOKEN_COUNT_FACTOR = 4
"""A document over the token limit is counted up to this many times the limit.

Lexing costs microseconds a token in Python: counting a whole body of one-letter
tokens would cost about a second, so past this the message says "at least"."""

CACHE_SIZE = 512
"""Parsed documents and validation results kept, like strawberry's caches."""


class LimitSettings(Protocol):
    """The settings :func:`query_limiter` reads (core's ``CoreSettings``)."""

    @property
    def max_depth(self) -> int: ...
    @property
    def max_aliases(self) -> int: ...
    @property
    def max_repeats(self) -> int: ...
    @property
    def max_tokens(self) -> int: ...
    @property
    def production(self) -> bool: ...


def over(what: str, value: int, limit: int, *, at_least: bool = False) -> str:
    """The sentence saying ``what`` (e.g. "Query depth") is ``value``, over ``limit``.

    ``at_least``: counting stopped at ``value``; there may be more.
    """
    prefix = "at least " if at_least else ""
    return f"{what} {prefix}{value} exceeds the limit of {limit} by {prefix}{value - limit}."


def limit_error(
    code: str, limit: str, message: str, value: int, maximum: int, **extra: Any
) -> GraphQLError:
    """A refusal: ``extensions`` carry the code, the limit's name, the value and the limit."""
    return GraphQLError(
        message, extensions={"code": code, "limit": limit, limit: value, "max": maximum, **extra}
    )


# -- tokens -------------------------------------------------------------------------

_parse = lru_cache(maxsize=CACHE_SIZE)(parse)


class Same:
    """A cache key standing for a parsed document by identity.

    graphql-core's nodes hash (and compare) their whole tree on every call; the
    documents here come from the parse cache, the same object again for the same text.
    The key holds its document, so no other object takes its id while it is cached.
    """

    __slots__ = ("document",)

    def __init__(self, document: DocumentNode) -> None:
        self.document = document

    def __hash__(self) -> int:
        return id(self.document)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.document is self.document


def count_tokens(query: str, stop_after: int) -> int:
    """The tokens of ``query`` as graphql-core's ``max_tokens`` counts them (comments too).

    Stops once past ``stop_after`` tokens, and at a lexing error, returning the count
    so far.
    """
    lexer = Lexer(Source(query))
    previous = lexer.token
    count = 0
    try:
        while count <= stop_after:
            token = lexer.advance()  # skips comments, which stay linked between tokens
            between = previous.next
            while between is not None and between is not token:
                count += 1
                between = between.next
            if token.kind is TokenKind.EOF:
                break
            count += 1
            previous.next = token.prev = None  # let counted tokens go: bounded memory
            previous = token
    except GraphQLSyntaxError:
        pass
    return count


def parse_within(query: str, max_tokens: int) -> DocumentNode:
    """Parse ``query`` (cached), refusing documents of more than ``max_tokens`` tokens.

    Raises:
        GraphQLError: ``TOO_MANY_TOKENS``, or the document's syntax error.
    """
    try:
        return _parse(query, max_tokens=max_tokens)
    except GraphQLSyntaxError as error:
        stop_after = max_tokens * TOKEN_COUNT_FACTOR
        count = count_tokens(query, stop_after)
        if count <= max_tokens:
            raise
        at_least = count > stop_after
        raise limit_error(
            "TOO_MANY_TOKENS",
            "tokens",
            over("Query token count", count, max_tokens, at_least=at_least),
            count,
            max_tokens,
            exact=not at_least,
        ) from error


# -- depth, aliases, repeats -----------------------------------------------------------


@dataclass
class Shape:
    """How a selection set (with the fragments it spreads) is built.

    Attributes:
        depth: Levels of fields, the outermost being 1.
        aliases: Aliased fields, a fragment counted each time it is spread.
        repeats: Most selections of one response name in one selection set, anywhere.
        repeated: That response name.
        names: Response names selected at this level (through inline fragments and
            spreads too), for the enclosing selection set's repeat count.
    """

    depth: int = 0
    aliases: int = 0
    repeats: int = 0
    repeated: str = ""
    names: Counter[str] = field(default_factory=Counter)

    def add(self, other: Shape, *, deeper: bool) -> None:
        """Take in ``other``: a field's selection (one level down) or a fragment's."""
        self.depth = max(self.depth, other.depth + deeper)
        self.aliases += other.aliases
        if other.repeats > self.repeats:
            self.repeats, self.repeated = other.repeats, other.repeated


def _spreads(selection_set: SelectionSetNode) -> Iterator[str]:
    """Names of every fragment spread anywhere under ``selection_set``."""
    stack = [selection_set]
    while stack:
        for selection in stack.pop().selections:
            if isinstance(selection, FragmentSpreadNode):
                yield selection.name.value
            elif selection.selection_set is not None:  # type: ignore[attr-defined]
                stack.append(selection.selection_set)  # type: ignore[attr-defined]


def measure(selection_set: SelectionSetNode, fragments: Mapping[str, Shape]) -> Shape:
    """The :class:`Shape` of ``selection_set``; ``fragments`` holds those already measured.

    A spread of a fragment not in ``fragments`` (unknown, or part of a cycle) counts
    as empty: validation reports it. Recursion follows field nesting only, which the
    parser bounds.
    """
    shape = Shape()
    spread: set[str] = set()
    level = [selection_set]  # inline fragments select at the same level
    while level:
        for selection in level.pop().selections:
            if isinstance(selection, FieldNode):
                shape.names[(selection.alias or selection.name).value] += 1
                shape.aliases += selection.alias is not None
                inner = selection.selection_set
                shape.add(measure(inner, fragments) if inner else Shape(), deeper=True)
            elif isinstance(selection, InlineFragmentNode):
                level.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = fragments.get(name)
                if fragment is None or name in spread:
                    continue  # a fragment spread twice at one level is selected once
                spread.add(name)
                shape.names.update(fragment.names)
                shape.add(fragment, deeper=False)
    if shape.names:
        name, count = max(shape.names.items(), key=lambda item: (item[1], item[0]))
        if count > shape.repeats:
            shape.repeats, shape.repeated = count, name
    return shape


def measure_fragments(definitions: Mapping[str, FragmentDefinitionNode]) -> dict[str, Shape]:
    """Every fragment's :class:`Shape`, each measured after the fragments it spreads.

    An explicit stack rather than recursion: a chain of hundreds of fragments fits
    in the token limit. A spread back into a fragment being measured (a cycle) is
    left out.
    """
    measured: dict[str, Shape] = {}
    for root in definitions:
        if root in measured:
            continue
        active = {root}
        stack = [(root, _spreads(definitions[root].selection_set))]
        while stack:
            name, spreads = stack[-1]
            spread = next(spreads, None)
            if spread is None:
                stack.pop()
                active.discard(name)
                measured[name] = measure(definitions[name].selection_set, measured)
            elif spread in definitions and spread not in measured and spread not in active:
                active.add(spread)
                stack.append((spread, _spreads(definitions[spread].selection_set)))
    return measured


@lru_cache(maxsize=CACHE_SIZE)
def shape_of(same: Same) -> Shape:
    """The worst depth, aliases and repeats over the operations of a document (not to change)."""
    document = same.document
    fragments = measure_fragments(
        {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    )
    worst = Shape()
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            shape = measure(definition.selection_set, fragments)
            worst.depth = max(worst.depth, shape.depth)
            worst.aliases = max(worst.aliases, shape.aliases)
            if shape.repeats > worst.repeats:
                worst.repeats, worst.repeated = shape.repeats, shape.repeated
    return worst


def shape_errors(
    document: DocumentNode, max_depth: int, max_aliases: int, max_repeats: int
) -> list[GraphQLError]:
    """One error for each of depth, aliases and repeats over its limit."""
    shape = shape_of(Same(document))
    errors = []
    if shape.depth > max_depth:
        message = over("Query depth", shape.depth, max_depth)
        errors.append(limit_error("QUERY_TOO_DEEP", "depth", message, shape.depth, max_depth))
    if shape.aliases > max_aliases:
        message = over("Alias count", shape.aliases, max_aliases)
        errors.append(
            limit_error("TOO_MANY_ALIASES", "aliases", message, shape.aliases, max_aliases)
        )
    if shape.repeats > max_repeats:
        message = over(
            f"Selections of {shape.repeated!r} in one selection set:", shape.repeats, max_repeats
        )
        errors.append(
            limit_error(
                "TOO_MANY_REPEATS",
                "repeats",
                message,
                shape.repeats,
                max_repeats,
                field=shape.repeated,
            )
        )
    return errors


# -- NUL characters -----------------------------------------------------------------

NUL = "\x00"
NUL_MESSAGE = "Strings may not contain the NUL character (U+0000)"


class NoNulInStrings(ASTValidationRule):
    """Refuses string literals holding NUL (written ``\\u0000`` or ``\\u{0}``)."""

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> None:
        if NUL in node.value:
            self.report_error(
                GraphQLError(f"{NUL_MESSAGE}.", node, extensions={"code": "BAD_USER_INPUT"})
            )


def nul_in(value: Any) -> bool:
    """Whether a decoded JSON value holds a string with NUL (in keys too)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if NUL in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


@lru_cache(maxsize=CACHE_SIZE)
def _validate(
    schema: GraphQLSchema,
    same: Same,
    rules: tuple[type[ASTValidationRule], ...],
    hide_suggestions: bool,
) -> list[GraphQLError]:
    """Strawberry's validation (with the rules it adds), suggesting no names if told so.

    Strawberry's ``disable_field_suggestions`` hides field names only; graphql-core's
    ``hide_suggestions`` hides argument, type, enum value and input field names too.
    """
    strawberry_rules = (MaybeNullValidationRule, OneOfInputValidationRule)
    return validate(
        schema, same.document, (*rules, *strawberry_rules), hide_suggestions=hide_suggestions
    )


def placeholder(operation_name: str | None) -> DocumentNode:
    """A document standing in for one that could not be parsed: ``query <name> { __typename }``.

    A query is allowed on every transport, and the name is the one the request asked
    for, so strawberry finds the operation and reports the errors set beside it.
    """
    return DocumentNode(
        definitions=(
            OperationDefinitionNode(
                operation=OperationType.QUERY,
                name=NameNode(value=operation_name) if operation_name is not None else None,
                variable_definitions=(),
                directives=(),
                selection_set=SelectionSetNode(
                    selections=(FieldNode(name=NameNode(value="__typename")),)
                ),
            ),
        )
    )


def query_limiter(settings: LimitSettings) -> type[SchemaExtension]:
    """A strawberry extension parsing and validating (both cached) within the limits.

    It takes the place of strawberry's ``ParserCache`` and ``ValidationCache``: the
    token limit must apply while parsing, and depth, aliases and repeats before
    validation (which the caches would run first).
    """
    rules: tuple[type[ASTValidationRule], ...] = (*recommended_rules, NoNulInStrings)

    class QueryLimiter(SchemaExtension):
        def on_parse(self) -> Iterator[None]:
            context = self.execution_context
            if context.graphql_document is None and isinstance(context.query, str):
                try:
                    context.graphql_document = parse_within(context.query, settings.max_tokens)
                except GraphQLError as error:
                    # Raised from here, the error would end a WebSocket subscription
                    # without a word; as a pre-execution error every transport reports
                    # it. Strawberry still asks the document for the operation's type.
                    context.graphql_document = placeholder(context.operation_name)
                    context.pre_execution_errors = [error]
            yield

        def on_validate(self) -> Iterator[None]:
            context = self.execution_context
            document = context.graphql_document
            if document is not None and context.pre_execution_errors is None:
                # Setting the errors (even none) tells strawberry validation is done.
                errors = shape_errors(
                    document, settings.max_depth, settings.max_aliases, settings.max_repeats
                ) or _validate(
                    context.schema._schema,
                    Same(document),
                    (*context.validation_rules, *rules),
                    settings.production,
                )
                with_code(errors, VALIDATION_FAILED)
                if not errors and nul_in(context.variables):
                    message = f"{NUL_MESSAGE}: found in the variables."
                    errors = [GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})]
                context.pre_execution_errors = errors
            yield

    return QueryLimiter


INTROSPECTION_ROOTS = {"__schema": SchemaMetaFieldDef, "__type": TypeMetaFieldDef}
"""Introspection's root fields: each costs like any field, and one per operation."""


@lru_cache(maxsize=CACHE_SIZE)
def introspection_sizes(schema: GraphQLSchema) -> dict[str, int]:
    """How many items each list of introspection answers, on average, in ``schema``.

    ``__Schema.types`` answers every type and ``__Type.fields`` a type's fields: on
    average, so that the types times their fields is the schema's count of fields, the
    work answering ``{ __schema { types { fields { name } } } }`` takes.
    """
    types = list(schema.type_map.values())
    composite = [t for t in types if isinstance(t, GraphQLObjectType | GraphQLInterfaceType)]
    fields = [f for t in composite for f in t.fields.values()]
    abstract = [t for t in types if isinstance(t, GraphQLInterfaceType | GraphQLUnionType)]

    def average(total: int, among: int) -> int:
        return max(1, math.ceil(total / max(among, 1)))

    count = len(types)
    return {
        "__Schema.types": count,
        "__Schema.directives": len(schema.directives),
        "__Type.fields": average(len(fields), count),
        "__Type.interfaces": average(sum(len(t.interfaces) for t in composite), count),
        "__Type.possibleTypes": average(
            sum(len(schema.get_possible_types(t)) for t in abstract), count
        ),
        "__Type.enumValues": average(
            sum(len(t.values) for t in types if isinstance(t, GraphQLEnumType)), count
        ),
        "__Type.inputFields": average(
            sum(len(t.fields) for t in types if isinstance(t, GraphQLInputObjectType)), count
        ),
        "__Field.args": average(sum(len(f.args) for f in fields), len(fields)),
        "__Directive.args": average(
            sum(len(d.args) for d in schema.directives), len(schema.directives)
        ),
    }


@dataclass(frozen=True)
class FieldCost:
    """One field of an operation, as its cost is counted.

    Attributes:
        own: What the field itself costs.
        sizes: ``(argument, value node or None, type)`` for the arguments sizing the
            list (``ids``, then ``first`` and ``last``), when the multiplier depends on
            the variables; empty when ``fixed`` holds it.
        fixed: The multiplier when no variable decides it.
        below: The fields selected under it.
        total: The field's cost when no variable decides it, here or below.
    """

    own: int
    sizes: tuple[tuple[str, Any, Any], ...]
    fixed: int
    below: tuple[FieldCost, ...]
    total: int | None

    def cost(self, variables: dict[str, Any]) -> int:
        if self.total is not None:
            return self.total
        multiplier = self.fixed
        if self.sizes:
            multiplier = _multiplier(
                {
                    name: None if node is None else value_from_ast(node, type_, variables)
                    for name, node, type_ in self.sizes
                }
            )
        below = sum(field.cost(variables) for field in self.below)
        return self.own + max(multiplier, 1) * below


def _multiplier(arguments: Mapping[str, Any]) -> int:
    """The length of the list a field answers, from its sizing arguments."""
    multiplier = len(arguments.get("ids") or []) if "ids" in arguments else 1
    for size in ("first", "last"):
        if size in arguments:
            given = arguments[size]
            multiplier = given if isinstance(given, int) else DEFAULT_PAGE
    return multiplier


def _uses_variables(node: Any) -> bool:
    if isinstance(node, VariableNode):
        return True
    if isinstance(node, ListValueNode):
        return any(_uses_variables(item) for item in node.values)
    if isinstance(node, ObjectValueNode):
        return any(_uses_variables(item.value) for item in node.fields)
    return False


@dataclass(frozen=True)
class OperationCost:
    """An operation's fields as their cost is counted, planned once per document.

    Attributes:
        fields: The root fields.
        introspections: ``__schema`` and ``__type`` fields met (fragments counted where
            spread).
    """

    fields: tuple[FieldCost, ...]
    introspections: int

    def cost(self, variables: dict[str, Any]) -> int:
        """The operation's cost with these (coerced) variables."""
        return sum(field.cost(variables) for field in self.fields)


class CostPlanner:
    """Plans the cost of operations against a schema (:class:`OperationCost`)."""

    def __init__(self, schema: GraphQLSchema, costs: Mapping[str, int]):
        self.schema = schema
        self.costs = {**introspection_sizes(schema), **costs}
        self.fragments: dict[str, FragmentDefinitionNode] = {}
        self.introspections = 0

    def operation(
        self, operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
    ) -> OperationCost:
        """The plan of ``operation``."""
        self.fragments = fragments
        self.introspections = 0
        root = self.schema.get_root_type(operation.operation)
        fields = () if root is None else self.selections(root, operation.selection_set, frozenset())
        return OperationCost(fields, self.introspections)

    def selections(
        self, parent: Any, selection_set: SelectionSetNode | None, seen: frozenset[str]
    ) -> tuple[FieldCost, ...]:
        if selection_set is None:
            return ()
        found = []
        for node, on in self._fields(parent, selection_set, seen):
            if not isinstance(on, GraphQLObjectType | GraphQLInterfaceType):
                continue
            name = node.name.value
            field = on.fields.get(name)
            if field is None:
                field = INTROSPECTION_ROOTS.get(name) if on is self.schema.query_type else None
                if field is None:
                    continue  # __typename costs nothing
                self.introspections += 1
            given = {argument.name.value: argument.value for argument in node.arguments or ()}
            sizes = tuple(
                (size, given.get(size), field.args[size].type)
                for size in ("ids", "first", "last")
                if size in field.args
            )
            fixed = 1
            if not any(_uses_variables(node) for _, node, _ in sizes):
                fixed = _multiplier(
                    {
                        size: None if value is None else value_from_ast(value, type_)
                        for size, value, type_ in sizes
                    }
                )
                sizes = ()
            own = self.costs.get(f"{on.name}.{name}", 1)
            if on.name.startswith("__"):  # a list of introspection: its usual length
                fixed, sizes, own = own, (), 1
            child = get_named_type(field.type)
            below = self.selections(child, node.selection_set, seen)
            total = None
            if not sizes and all(field.total is not None for field in below):
                total = own + max(fixed, 1) * sum(field.total or 0 for field in below)
            found.append(FieldCost(own, sizes, fixed, below, total))
        return tuple(found)

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


def refusal(
    context: Any,
    costs: Mapping[str, int],
    max_cost: int,
    plans: dict[Hashable, OperationCost],
) -> ExecutionResult | None:
    """The result refusing the operation of ``context`` if it costs too much, else None.

    ``plans`` keeps the operations' plans per view, document and operation name.
    """
    operation = chosen_operation(context)
    if operation is None:
        return None  # execution reports the missing or ambiguous operation itself
    schema = context.schema._schema
    variables = get_variable_values(
        schema, operation.variable_definitions or [], context.variables or {}
    )
    if isinstance(variables, list):
        return None  # execution reports the bad variables itself
    key = (schema, Same(context.graphql_document), operation.name and operation.name.value)
    plan = plans.get(key)
    if plan is None:
        if len(plans) >= CACHE_SIZE:
            plans.clear()
        plan = plans[key] = CostPlanner(schema, costs).operation(operation, fragments_of(context))
    cost = plan.cost(variables.coerced)
    if plan.introspections > 1:
        error = limit_error(
            "TOO_MANY_INTROSPECTIONS",
            "introspections",
            over("Introspection fields (__schema, __type)", plan.introspections, 1),
            plan.introspections,
            1,
        )
        return ExecutionResult(data=None, errors=[error])
    request = context.context
    spent: int | None = getattr(request, "cost_spent", None)
    if spent is None:
        spent = 0  # not part of a request's budget: costed on its own
    if spent + cost <= max_cost:
        if request.cost_spent is not None:
            request.cost_spent = spent + cost
        return None
    if spent:
        # Earlier operations of the batch spent part of the budget.
        total = spent + cost
        message = (
            f"Query cost {cost}, after {spent} spent by the batch's earlier operations, "
            f"exceeds the limit of {max_cost} by {total - max_cost}."
        )
    else:
        total, message = cost, over("Query cost", cost, max_cost)
    error = GraphQLError(
        message,
        extensions={
            "code": "QUERY_TOO_COSTLY",
            "limit": "cost",
            "cost": total,
            "max": max_cost,
            **({"spent": spent} if spent else {}),
        },
    )
    return ExecutionResult(data=None, errors=[error])


def cost_limiter(costs: Mapping[str, int], max_cost: int) -> type[SchemaExtension]:
    """A strawberry extension refusing operations that cost more than ``max_cost``."""
    plans: dict[Hashable, OperationCost] = {}

    class CostLimiter(SchemaExtension):
        def on_execute(self) -> Iterator[None]:
            context = self.execution_context
            if context.result is None:
                refuse(context, refusal(context, costs, max_cost, plans))
            yield

    return CostLimiter
