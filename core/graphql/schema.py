"""Builds the full strawberry schema from every installed plugin, and district views.

Core types are ordinary strawberry types; the fields plugins add to them, and the
root types, are assembled here from the plugin manager's contributions. The
manager's ownership records decide what each district's view leaves out.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import strawberry
from graphql import GraphQLError, GraphQLSchema, print_schema
from strawberry.extensions import DisableIntrospection, MaskErrors
from strawberry.schema.config import StrawberryConfig
from strawberry.types.base import get_object_definition
from strawberry.types.field import StrawberryField
from strawberry.utils.str_converters import to_camel_case

from core.access import PUBLIC_MUTATIONS
from core.contract import CORE
from core.graphql import vocabulary
from core.graphql.codes import VALIDATION_FAILED, ErrorCodes, timed_out
from core.graphql.compile import compiler
from core.graphql.compile.forms import SqlForm
from core.graphql.execution import Executor, NameConverter, QuietExecutor, streamline
from core.graphql.guard import access_guard
from core.graphql.node import Node
from core.graphql.scalars import DateTime
from core.graphql.views import derive
from core.limits import cost_limiter, query_limiter
from core.plugins import Owned, PluginError, PluginManager

ROOTS = ("Query", "Mutation", "Subscription")


@dataclass
class BuiltSchema:
    """The full schema, who owns what in it, and the district views derived from it."""

    full: strawberry.Schema
    field_owners: dict[tuple[str, str], str]
    value_owners: dict[tuple[str, str], str]
    type_seeds: dict[str, str]
    node_types: dict[str, tuple[type[Node], Any]]
    _views: dict[frozenset[str], strawberry.Schema] = field(default_factory=dict)

    def view(self, enabled: Iterable[str]) -> strawberry.Schema:
        """The schema a district with ``enabled`` plugins sees (cached per set)."""
        key = frozenset(enabled) | {CORE}
        cached = self._views.get(key)
        if cached is None:
            cached = self._views[key] = self._derive(key)
        return cached

    def _derive(self, enabled: frozenset[str]) -> strawberry.Schema:
        full = self.full
        if set(self.owners()) <= enabled:
            return full
        hidden_fields = {k for k, owner in self.field_owners.items() if owner not in enabled}
        hidden_values = {k for k, owner in self.value_owners.items() if owner not in enabled}
        seeds = [name for name, owner in self.type_seeds.items() if owner in enabled]
        graphql_schema = derive(full._schema, hidden_fields, hidden_values, seeds)
        view = copy.copy(full)
        view._schema = graphql_schema
        graphql_schema._strawberry_schema = view  # type: ignore[attr-defined]
        return view

    def type_owners(self, manager: PluginManager) -> dict[str, str]:
        """Which plugin owns each type: the one whose enabling makes it appear."""
        owners = dict.fromkeys(self.view([CORE])._schema.type_map, CORE)
        for plugin in manager.installed:
            base = set(manager.closure(manager.requires[plugin]))
            before = self.view(base)._schema.type_map
            for name in self.view(base | {plugin})._schema.type_map:
                if name not in before:
                    owners[name] = plugin
        return owners

    def owners(self) -> set[str]:
        """Every plugin that contributed something to the schema."""
        return {*self.field_owners.values(), *self.value_owners.values(), *self.type_seeds.values()}

    def sdl(self, enabled: Iterable[str] | None = None) -> str:
        """The SDL of the full schema, or of a view, sorted so diffs stay small."""
        schema = self.full if enabled is None else self.view(enabled)
        return print_sdl(schema._schema)


def print_sdl(schema: GraphQLSchema) -> str:
    """Print a graphql-core schema; its order is fixed by the code and the plugin order.

    Not sorted with ``lexicographic_sort_schema``: that rebuilds enums as plain
    graphql-core types, which cannot print strawberry enum defaults.
    """
    return print_schema(schema) + "\n"


_BASE_FIELDS: dict[type, list[StrawberryField]] = {}


def _python_name(item: StrawberryField) -> str:
    if item.python_name:
        return item.python_name
    if item.base_resolver is not None:
        return item.base_resolver.name
    raise PluginError(f"field {item.graphql_name!r} has neither a name nor a resolver")


def _attach(owned: list[Owned[tuple[type, Any]]]) -> None:
    """Give each core type its own fields plus the ones plugins add (idempotent)."""
    touched = {o.value[0] for o in owned} | set(_BASE_FIELDS)
    for cls in touched:
        definition = get_object_definition(cls, strict=True)
        base = _BASE_FIELDS.setdefault(cls, list(definition.fields))
        extra = []
        for o in owned:
            if o.value[0] is not cls:
                continue
            item = copy.copy(o.value[1])
            item.python_name = _python_name(item)
            item.origin = cls
            extra.append(item)
        definition.fields = [*base, *extra]


def _root(name: str, fields: list[Owned[Any]]) -> type | None:
    if not fields:
        return None
    namespace: dict[str, Any] = {}
    owners: dict[str, str] = {}
    for o in fields:
        item = copy.copy(o.value)
        python_name = _python_name(item)
        # Fix the GraphQL name, then key the attribute by owner too: two plugins may both
        # have a resolver called `items` as long as their GraphQL names differ.
        item.graphql_name = item.graphql_name or to_camel_case(python_name)
        if item.graphql_name in owners:
            raise PluginError(
                f"plugin {o.owner!r}: {name}.{item.graphql_name} is already defined by "
                f"{owners[item.graphql_name]!r}"
            )
        owners[item.graphql_name] = o.owner
        namespace[f"{o.owner}__{python_name}"] = item
    return strawberry.type(type(name, (), namespace))


def _unexpected(error: GraphQLError) -> bool:
    """An error from a bug rather than from the request, to be masked in production.

    Validation's errors are the document's, even those carrying the exception a scalar
    raised for a literal that does not fit it (``since: "0001-01-01T00:00:00+05:00"``
    is a ``ValueError`` of :mod:`core.graphql.scalars`).
    """
    original = error.original_error
    return (
        original is not None
        and not isinstance(original, GraphQLError)
        and not timed_out(error)
        and (error.extensions or {}).get("code") != VALIDATION_FAILED
    )


def build(manager: PluginManager) -> BuiltSchema:
    """Build the full schema from every installed plugin and record ownership.

    In production (``GRIDGOV_CORE__PRODUCTION``) unexpected errors are masked,
    introspection is refused and errors suggest no names (of fields, arguments, types,
    enum values or input fields).

    Args:
        manager: The loaded plugins.
    """
    settings = manager.settings(CORE)
    vocabulary.install(manager)
    found = manager.contributions
    _attach(found.type_fields)
    roots = {
        "Query": _root("Query", found.query_fields),
        "Mutation": _root("Mutation", found.mutation_fields),
        "Subscription": _root("Subscription", found.subscription_fields),
    }
    if roots["Query"] is None:
        raise PluginError("no plugin contributes a Query field")
    guarded = _guarded_mutations(manager)
    declared = [o.value for o in found.types] + [o.value[0] for o in found.node_models]
    schema = strawberry.Schema(
        query=roots["Query"],
        mutation=roots["Mutation"],
        subscription=roots["Subscription"],
        types=declared,
        execution_context_class=QuietExecutor if settings.production else Executor,
        config=StrawberryConfig(
            name_converter=NameConverter(),
            scalar_map={dt.datetime: DateTime},
            disable_field_suggestions=settings.production,
            batching_config={"max_operations": settings.max_operations},  # see core.app
        ),
        extensions=[
            ErrorCodes,  # first: it sees the errors last, as they are sent
            query_limiter(settings),  # parses and validates (cached) within the limits
            access_guard(guarded),
            cost_limiter({key: o.value for key, o in found.field_costs.items()}, settings.max_cost),
            *(
                [DisableIntrospection]
                if settings.production and not settings.production_introspection
                else []
            ),
            *([lambda: MaskErrors(should_mask_error=_unexpected)] if settings.production else []),
            # Last: it answers only what the guard and the limits let through.
            *([compiler(_sql_forms(manager))] if settings.compile else []),
        ],
    )
    streamline(schema)
    converter = schema.config.name_converter

    def graphql_name(cls: type) -> str:
        return get_object_definition(cls, strict=True).name

    field_owners: dict[tuple[str, str], str] = {}
    for o in found.type_fields:
        key = (graphql_name(o.value[0]), converter.get_graphql_name(o.value[1]))
        if key in field_owners or _is_base_field(o.value[0], key[1], converter):
            raise PluginError(f"plugin {o.owner!r}: field {'.'.join(key)} already exists")
        field_owners[key] = o.owner
    roots_fields: tuple[list[Owned[Any]], ...] = (
        found.query_fields,
        found.mutation_fields,
        found.subscription_fields,
    )
    for root, items in zip(ROOTS, roots_fields, strict=True):
        for item in items:
            field_owners[(root, converter.get_graphql_name(item.value))] = item.owner
    value_owners = {
        ("OrganisationKind", value.upper()): o.owner
        for value, o in found.organisation_kinds.items()
    } | {("PostRole", value.upper()): o.owner for value, o in found.post_roles.items()}
    type_seeds = {graphql_name(o.value): o.owner for o in found.types}
    node_types: dict[str, tuple[type[Node], Any]] = {}
    for o in found.node_models:
        cls, model = o.value
        type_seeds[graphql_name(cls)] = o.owner
        node_types[graphql_name(cls)] = (cls, model)
    return BuiltSchema(schema, field_owners, value_owners, type_seeds, node_types)


def _sql_forms(manager: PluginManager) -> dict[tuple[str, str], SqlForm]:
    """``{(type, field): form}`` from ``gridgov_sql_forms``."""
    found = {}
    for key, o in manager.contributions.sql_forms.items():
        type_name, _, field_name = key.partition(".")
        found[(type_name, field_name)] = o.value
    return found


def _guarded_mutations(manager: PluginManager) -> dict[str, str]:
    """``{mutation field: permission}``, checking every plugin guards each of its mutations."""
    found = manager.contributions
    converter = StrawberryConfig().name_converter
    guarded: dict[str, str] = {}
    owners = {converter.get_graphql_name(o.value): o.owner for o in found.mutation_fields}
    for name, o in found.permissions.items():
        for mutation in o.value.mutations:
            if owners.get(mutation) != o.owner:
                raise PluginError(
                    f"plugin {o.owner!r}: permission {name!r} guards {mutation!r}, "
                    "which is not one of its mutations"
                )
            if mutation in guarded:
                raise PluginError(
                    f"plugin {o.owner!r}: {mutation!r} is guarded by both "
                    f"{guarded[mutation]!r} and {name!r}"
                )
            guarded[mutation] = name
    for mutation, owner in owners.items():
        if mutation not in guarded and mutation not in PUBLIC_MUTATIONS:
            raise PluginError(
                f"plugin {owner!r}: mutation {mutation!r} is guarded by no permission "
                "(list it in a Permission's mutations, gridgov_permissions)"
            )
    return guarded


def _is_base_field(cls: type, name: str, converter: Any) -> bool:
    return any(converter.get_graphql_name(f) == name for f in _BASE_FIELDS.get(cls, []))
