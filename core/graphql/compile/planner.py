"""Plans: which fields of a validated operation compile to SQL, and which fall back.

A plan is built once per document and district view (fields are collected as
graphql-core collects them, fragments and type conditions included) and says, for
every field, how it is read: a column, a Global ID, a relation, a connection, a count,
or its resolver (a *fallback*: the statement returns the parent's key and the
resolver answers the subtree). Only arguments are evaluated per request
(:mod:`core.graphql.compile.render`).
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
    GraphQLUnionType,
)
from graphql.execution.collect_fields import FieldDetailsList, collect_subfields
from sqlalchemy import Float
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

from core.graphql.compile.forms import Column, Count, Either, Latest, Paged, Relation, SqlForm

# Scalars whose JSON the database writes exactly as graphql-core serialises them.
# Date-times differ in their digits, so their resolvers answer them; floats are
# written as Python writes them (:meth:`core.graphql.compile.sql.Json.float`) when
# the column holds a double.
_SCALARS = frozenset(("String", "Int", "ID", "Boolean", "Date"))
_CONNECTION_FIELDS = frozenset(("edges", "nodes", "pageInfo", "totalCount", "__typename"))
_NUMBERS = itertools.count()


@dataclass
class FieldPlan:
    """How one field (one response key) is answered.

    Attributes:
        key: The response name.
        parent: The type the field is selected on.
        details: The field's nodes, as graphql-core's executor takes them.
        definition: The field's definition in the district's view.
        kind: ``typename``, ``id``, ``column``, ``relation``, ``latest``, ``either``,
            ``paged``, ``count``, ``node`` (``Query.node``), ``district``
            (``Query.district``) or ``fallback``.
        form: The declared form, if any.
        column: The column read (``column`` fields).
        enum: Stored value -> GraphQL name, for enum columns.
        boolean: Whether the column is a boolean.
        double: Whether the column is a float (a double).
        child: The object selected below a relation, ``latest`` or ``district``.
        members: For ``either``: the object plans by type name, in the order tried.
        connection: The selection below a connection.
        nodes: For ``Query.node``: the object plans by type name, made when first met.
        number: Unique in the process: names the field's parameters, so that an
            evaluation of its arguments (:mod:`.bind`) serves every request giving it
            the same arguments.
        evaluated: Those evaluations, by the arguments' values (:mod:`.bind`).
    """

    key: str
    parent: GraphQLObjectType
    details: FieldDetailsList
    definition: GraphQLField
    kind: str
    form: SqlForm | None = None
    column: str | None = None
    enum: dict[Any, str] | None = None
    boolean: bool = False
    double: bool = False
    child: ObjectPlan | None = None
    members: dict[str, ObjectPlan] = field(default_factory=dict)
    connection: ConnectionPlan | None = None
    nodes: dict[str, ObjectPlan | None] = field(default_factory=dict)
    number: int = field(default_factory=lambda: next(_NUMBERS), compare=False)
    evaluated: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def non_null(self) -> bool:
        """Whether the field's type is non-null (an error then nulls its parent)."""
        return isinstance(self.definition.type, GraphQLNonNull)


@dataclass
class ObjectPlan:
    """A selection on an object type backed by a table."""

    type: GraphQLObjectType
    model: Any
    fields: list[FieldPlan]


@dataclass
class ConnectionPlan:
    """A selection on a connection type.

    Attributes:
        type: The connection type.
        node_type: The type of its nodes.
        parts: ``(key, what, detail)`` in response order: ``__typename``,
            ``totalCount``, ``pageInfo`` (detail: ``[(key, field name)]``), ``nodes``
            (detail: the node's plan) or ``edges`` (detail: ``[(key, what, plan)]``
            with ``what`` one of ``__typename``, ``cursor``, ``node``).
    """

    type: GraphQLObjectType
    node_type: GraphQLObjectType
    parts: list[tuple[str, str, Any]]


def _unwrap(type_: GraphQLOutputType) -> GraphQLOutputType:
    return type_.of_type if isinstance(type_, GraphQLNonNull) else type_


def _named(type_: GraphQLOutputType) -> Any:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    return type_


class Planner:
    """Plans the operations of one district view.

    Args:
        schema: The view (graphql-core schema).
        forms: ``{(type name, field name): form}`` from ``gridgov_sql_forms``.
        models: ``{type name: model}`` of the Node types.
        fragments: The operation's fragments (graphql-core's form).
        variables: The request's coerced variables (for ``@skip``/``@include``).
        operation: The operation.
    """

    def __init__(
        self,
        schema: GraphQLSchema,
        forms: Mapping[tuple[str, str], SqlForm],
        models: Mapping[str, Any],
        fragments: Any,
        variables: Any,
        operation: Any,
    ) -> None:
        self.schema = schema
        self.forms = forms
        self.models = models
        self.fragments = fragments
        self.variables = variables
        self.operation = operation

    def subfields(self, type_: GraphQLObjectType, details: FieldDetailsList) -> Any:
        """The fields selected below ``details`` on ``type_``, grouped by response key."""
        collected = collect_subfields(
            self.schema, self.fragments, self.variables, self.operation, type_, details
        )
        if collected.new_defer_usages or collected.forbidden_directive_instances:
            return None
        return collected.grouped_field_set

    def root(self, grouped: Mapping[str, FieldDetailsList]) -> list[FieldPlan]:
        """Plans of the root query fields."""
        query = self.schema.query_type
        assert query is not None
        plans = []
        for key, details in grouped.items():
            name = details[0].node.name.value
            if name == "__typename":
                plans.append(FieldPlan(key, query, details, _typename_field(), "typename"))
                continue
            # Introspection (``__schema``, ``__type``) is answered by graphql-core.
            definition = self.schema.get_field(query, name)
            assert definition is not None
            kind = "fallback"
            child = None
            if name == "district" and not details[0].node.arguments:
                target = _named(definition.type)
                child = self.object(target, details)
                kind = "fallback" if child is None else "district"
            elif name == "node":
                kind = "node"
            plans.append(FieldPlan(key, query, details, definition, kind, child=child))
        return plans

    def object(self, type_: GraphQLObjectType, details: FieldDetailsList) -> ObjectPlan | None:
        """The plan of a selection on ``type_``; None when no table backs the type."""
        model = self.models.get(type_.name)
        if model is None or not isinstance(type_, GraphQLObjectType):
            return None
        grouped = self.subfields(type_, details)
        if grouped is None:
            return None
        return ObjectPlan(
            type_, model, [self.field(type_, model, key, d) for key, d in grouped.items()]
        )

    def field(
        self, parent: GraphQLObjectType, model: Any, key: str, details: FieldDetailsList
    ) -> FieldPlan:
        """How one field of a table-backed object is answered."""
        name = details[0].node.name.value
        if name == "__typename":
            return FieldPlan(key, parent, details, _typename_field(), "typename")
        definition = parent.fields[name]
        plan = FieldPlan(key, parent, details, definition, "fallback")
        form = self.forms.get((parent.name, name))
        leaf = _unwrap(definition.type)
        if form is None:
            form = _plain_column(definition, model)
        if form is None:
            if name == "id" and any(i.name == "Node" for i in parent.interfaces):
                plan.kind = "id"
            return plan
        if isinstance(form, Column):
            if form.name not in model.__table__.c:
                return plan
            if isinstance(leaf, GraphQLEnumType):
                plan.enum = {_stored(v.value): n for n, v in leaf.values.items()}
            elif isinstance(leaf, GraphQLScalarType) and leaf.name == "Float":
                if not _double(model.__table__.c[form.name]):
                    return plan
                plan.double = True
            elif not (isinstance(leaf, GraphQLScalarType) and leaf.name in _SCALARS):
                return plan
            plan.kind, plan.form, plan.column = "column", form, form.name
            plan.boolean = leaf.name == "Boolean"
        elif isinstance(form, Relation):
            target = _named(definition.type)
            if isinstance(leaf, GraphQLList) or form.column not in model.__table__.c:
                return plan
            child = self.object(target, details)
            if child is not None:
                plan.kind, plan.form, plan.child = "relation", form, child
        elif isinstance(form, Latest):
            child = self.object(_named(definition.type), details)
            if not isinstance(leaf, GraphQLList) and child is not None:
                plan.kind, plan.form, plan.child = "latest", form, child
        elif isinstance(form, Either):
            members = self.members(form, model, definition, details)
            if members is not None:
                plan.kind, plan.form, plan.members = "either", form, members
        elif isinstance(form, Paged):
            connection = self.connection(_named(definition.type), details)
            if connection is not None:
                plan.kind, plan.form, plan.connection = "paged", form, connection
        elif isinstance(form, Count) and _named(definition.type).name == "Int":
            plan.kind, plan.form = "count", form
        return plan

    def members(
        self, form: Either, model: Any, definition: GraphQLField, details: FieldDetailsList
    ) -> dict[str, ObjectPlan] | None:
        """The plans of a union's members an :class:`Either` names; None when one cannot
        compile or the union has a member the form does not name."""
        union = _named(definition.type)
        if not isinstance(union, GraphQLUnionType):
            return None
        if {t.name for t in union.types} != {name for name, _ in form.choices}:
            return None
        members = {}
        for name, relation in form.choices:
            type_ = self.schema.get_type(name)
            if relation.column not in model.__table__.c or not isinstance(type_, GraphQLObjectType):
                return None
            child = self.object(type_, details)
            if child is None:
                return None
            members[name] = child
        return members

    def connection(self, type_: Any, details: FieldDetailsList) -> ConnectionPlan | None:
        """The plan of a selection on a connection type; None when it cannot compile."""
        if not isinstance(type_, GraphQLObjectType) or "nodes" not in type_.fields:
            return None
        node_type = _named(type_.fields["nodes"].type)
        grouped = self.subfields(type_, details)
        if grouped is None or node_type.name not in self.models:
            return None
        parts: list[tuple[str, str, Any]] = []
        for key, found in grouped.items():
            name = found[0].node.name.value
            if name not in _CONNECTION_FIELDS:
                return None
            if name == "pageInfo":
                page_info = _named(type_.fields[name].type)
                inner = self.subfields(page_info, found)
                if inner is None:
                    return None
                parts.append((key, name, [(k, d[0].node.name.value) for k, d in inner.items()]))
            elif name == "nodes":
                parts.append((key, name, self.object(node_type, found)))
            elif name == "edges":
                edge = _named(type_.fields[name].type)
                inner = self.subfields(edge, found)
                if inner is None:
                    return None
                edge_parts = []
                for k, d in inner.items():
                    what = d[0].node.name.value
                    edge_parts.append(
                        (k, what, self.object(node_type, d) if what == "node" else None)
                    )
                parts.append((key, name, edge_parts))
            else:
                parts.append((key, name, None))
        return ConnectionPlan(type_, node_type, parts)


def _stored(value: Any) -> Any:
    """The value a table stores for an enum value (strawberry keeps the Python member)."""
    return value.value if isinstance(value, Enum) else value


def _double(column: Any) -> bool:
    """Whether a column holds a double, whose shortest digits Python and the database share.

    Numerics keep their scale's digits, and a single precision float is widened to a
    double with other digits by the driver: their resolvers answer them.
    """
    type_ = column.type
    return (
        isinstance(type_, Float)
        and not type_.asdecimal
        and (type_.precision is None or type_.precision > 24)
    )


def _plain_column(definition: GraphQLField, model: Any) -> Column | None:
    """The column a field without a resolver reads, when it is one of the model's."""
    found = (definition.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if (
        isinstance(found, StrawberryField)
        and found.base_resolver is None
        and found.python_name in model.__table__.c
    ):
        return Column(found.python_name)
    return None


_TYPENAME = GraphQLField(GraphQLNonNull(GraphQLString))


def _typename_field() -> GraphQLField:
    return _TYPENAME
