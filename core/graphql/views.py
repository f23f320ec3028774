"""Per-district views: the full graphql-core schema without what a district did not enable.

A view is rebuilt from the full schema by dropping the fields and enum values
owned by plugins outside the enabled set, then every type no longer reachable from
the root types (or from a type an enabled plugin declared). Resolvers are the same
objects, so a view costs nothing per request once built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from graphql import (
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLType,
    GraphQLUnionType,
    get_named_type,
    introspection_types,
)

Hidden = set[tuple[str, str]]


def reachable(
    schema: GraphQLSchema, hidden_fields: Hidden, seeds: Iterable[str], skip: set[str]
) -> set[str]:
    """Types reachable from the roots (but ``skip``) and ``seeds``, not through hidden fields."""
    roots = [schema.query_type, schema.mutation_type, schema.subscription_type]
    todo = [t.name for t in roots if t is not None and t.name not in skip] + list(seeds)
    todo += [t.name for t in introspection_types.values()]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        named = schema.type_map[name]
        if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
            todo += [i.name for i in named.interfaces]
            for field_name, field in named.fields.items():
                if (name, field_name) in hidden_fields:
                    continue
                todo.append(get_named_type(field.type).name)
                todo += [get_named_type(a.type).name for a in field.args.values()]
        elif isinstance(named, GraphQLUnionType):
            todo += [member.name for member in named.types]
        elif isinstance(named, GraphQLInputObjectType):
            todo += [get_named_type(f.type).name for f in named.fields.values()]
    return seen


def derive(
    schema: GraphQLSchema,
    hidden_fields: Hidden,
    hidden_values: Hidden,
    seeds: Iterable[str],
) -> GraphQLSchema:
    """Build the view of ``schema`` without the hidden fields and enum values.

    Args:
        schema: The full schema.
        hidden_fields: ``(type, field)`` pairs to drop.
        hidden_values: ``(enum, value)`` pairs to drop.
        seeds: Types to keep even if no field reaches them (declared Node types).
    """
    # A root left without fields (a plugin's subscriptions only) is no root at all.
    empty_roots = {
        t.name
        for t in (schema.query_type, schema.mutation_type, schema.subscription_type)
        if t is not None and all((t.name, name) in hidden_fields for name in t.fields)
    }
    keep = reachable(schema, hidden_fields, seeds, skip=empty_roots)
    made: dict[str, GraphQLNamedType] = {}

    def wrap(t: GraphQLType) -> Any:
        if isinstance(t, GraphQLNonNull):
            return GraphQLNonNull(wrap(t.of_type))
        if isinstance(t, GraphQLList):
            return GraphQLList(wrap(t.of_type))
        return made[get_named_type(t).name]

    def args(field: GraphQLField) -> dict[str, GraphQLArgument]:
        return {
            name: GraphQLArgument(
                wrap(a.type),
                default_value=a.default_value,
                description=a.description,
                deprecation_reason=a.deprecation_reason,
                out_name=a.out_name,
                extensions=a.extensions,
                ast_node=a.ast_node,
            )
            for name, a in field.args.items()
        }

    def fields_of(
        t: GraphQLObjectType | GraphQLInterfaceType,
    ) -> Callable[[], dict[str, GraphQLField]]:
        return lambda: {
            name: GraphQLField(
                wrap(f.type),
                args=args(f),
                resolve=f.resolve,
                subscribe=f.subscribe,
                description=f.description,
                deprecation_reason=f.deprecation_reason,
                extensions=f.extensions,
                ast_node=f.ast_node,
            )
            for name, f in t.fields.items()
            if (t.name, name) not in hidden_fields
        }

    def interfaces_of(t: GraphQLObjectType | GraphQLInterfaceType) -> Callable[[], list[Any]]:
        return lambda: [made[i.name] for i in t.interfaces]

    for name, t in schema.type_map.items():
        if name not in keep:
            continue
        if name.startswith("__") or not isinstance(
            t,
            GraphQLObjectType
            | GraphQLInterfaceType
            | GraphQLUnionType
            | GraphQLInputObjectType
            | GraphQLEnumType,
        ):
            made[name] = t  # scalars and introspection types reference nothing we drop
            continue
        clone = _clone(t)
        if isinstance(t, GraphQLObjectType | GraphQLInterfaceType):
            clone._fields = fields_of(t)
            clone._interfaces = interfaces_of(t)
        elif isinstance(t, GraphQLUnionType):
            clone._types = lambda t=t: [made[m.name] for m in t.types if m.name in keep]
            if t.resolve_type is not None:
                clone.resolve_type = _resolve_against(t)
        elif isinstance(t, GraphQLInputObjectType):
            clone._fields = lambda t=t: {
                n: GraphQLInputField(
                    wrap(f.type),
                    default_value=f.default_value,
                    description=f.description,
                    deprecation_reason=f.deprecation_reason,
                    out_name=f.out_name,
                    extensions=f.extensions,
                    ast_node=f.ast_node,
                )
                for n, f in t.fields.items()
            }
        else:
            clone._values = {n: v for n, v in t.values.items() if (name, n) not in hidden_values}
        made[name] = clone

    def root(t: GraphQLObjectType | None) -> Any:
        return None if t is None or t.name in empty_roots else made[t.name]

    return GraphQLSchema(
        query=root(schema.query_type),
        mutation=root(schema.mutation_type),
        subscription=root(schema.subscription_type),
        types=[t for name, t in made.items() if not name.startswith("__")],  # full schema's order
        directives=schema.directives,
        extensions=schema.extensions,
    )


def _resolve_against(union: GraphQLUnionType) -> Any:
    """The union's type resolver, given the full schema's union rather than the view's.

    Strawberry checks the type it resolves to is a member of the union it is given; its
    members must then be the full schema's types, which it resolves to. The name it
    returns is looked up in the view.
    """
    resolve = union.resolve_type
    assert resolve is not None
    return lambda value, info, _abstract: resolve(value, info, union)


def _clone(t: GraphQLNamedType) -> Any:
    """A shallow copy keeping the type's class (strawberry subclasses some) and hooks."""
    clone = object.__new__(type(t))
    clone.__dict__.update(t.__dict__)
    for cached in ("fields", "interfaces", "types", "values", "_value_lookup"):
        clone.__dict__.pop(cached, None)
    return clone
