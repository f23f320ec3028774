"""The committed SDL in ``schema/``: the full schema, core's view, and each plugin's part."""

from __future__ import annotations

from graphql import (
    GraphQLEnumType,
    GraphQLObjectType,
    GraphQLSchema,
    print_type,
)

from core.contract import CORE
from core.graphql.schema import BuiltSchema
from core.plugins import PluginManager


def schema_files(built: BuiltSchema, manager: PluginManager) -> dict[str, str]:
    """``{file name: SDL}`` for ``schema/``.

    ``schema.graphql`` is everything installed; ``core.graphql`` what a district
    without programmes sees; ``<plugin>.graphql`` the types a plugin adds and the
    fields and enum values it adds to types of core or of the plugins it requires.
    """
    files = {"schema.graphql": built.sdl(), "core.graphql": built.sdl([CORE])}
    for name in manager.installed:
        files[f"{name}.graphql"] = plugin_file(built, manager, name)
    return files


def plugin_file(built: BuiltSchema, manager: PluginManager, name: str) -> str:
    """SDL of what the plugin ``name`` adds to core and the plugins it requires."""
    without = set(manager.closure(manager.requires[name]))
    return contribution(built.view(without | {name})._schema, built.view(without)._schema, name)


def contribution(with_plugin: GraphQLSchema, without: GraphQLSchema, name: str) -> str:
    """SDL of what ``with_plugin`` adds to ``without``: new types and ``extend`` blocks."""
    after, before = with_plugin, without
    parts = [f"# Contributed by the plugin {name!r}."]
    for type_name, named in after.type_map.items():
        if type_name.startswith("__"):
            continue
        old = before.type_map.get(type_name)
        if old is None:
            parts.append(print_type(named))
        elif isinstance(named, GraphQLObjectType) and isinstance(old, GraphQLObjectType):
            added = {k: v for k, v in named.fields.items() if k not in old.fields}
            if added:
                parts.append("extend " + print_type(GraphQLObjectType(type_name, fields=added)))
        elif isinstance(named, GraphQLEnumType) and isinstance(old, GraphQLEnumType):
            added_values = {k: v for k, v in named.values.items() if k not in old.values}
            if added_values:
                parts.append("extend " + print_type(GraphQLEnumType(type_name, added_values)))
    return "\n\n".join(parts) + "\n"
