"""The plugin manager: discovery, validation and ownership of contributions.

Plugins are found through the entry-point group ``gridgov.plugins`` (built-in and
third-party alike) plus, for development, ``GRIDGOV_EXTRA_PLUGINS``
(``name=module[,name=module]``). The built-in ``core`` plugin is always first.
Every contribution is collected hook implementation by hook implementation, so the
manager knows which plugin owns each model, type, field, kind, role, permission,
loader and cost without the author saying so.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Generic, TypeVar

import pluggy

from core import builtin, hookspecs
from core.contract import CORE, ArchiveRule, Permission
from core.db.models import Base
from core.graphql.compile.forms import Column, Count, Either, Latest, Paged, Relation
from core.kinds import OrganisationKind, PostRole
from core.registers.base import Register

ENTRY_POINT_GROUP = "gridgov.plugins"

T = TypeVar("T")


class PluginError(Exception):
    """A plugin cannot be loaded or contradicts the contract; the message names it."""


@dataclass
class Owned(Generic[T]):
    """A contribution and the plugin that made it."""

    owner: str
    value: T


SQL_FORMS = (Column, Relation, Paged, Count, Latest, Either)
"""The SQL forms a field can declare (``gridgov_sql_forms``)."""


@dataclass
class Contributions:
    """Everything the installed plugins contributed, each item with its owner."""

    models: list[Owned[type[Base]]] = field(default_factory=list)
    migrations: list[Owned[Path]] = field(default_factory=list)
    types: list[Owned[type]] = field(default_factory=list)
    node_models: list[Owned[tuple[type, type]]] = field(default_factory=list)
    type_fields: list[Owned[tuple[type, Any]]] = field(default_factory=list)
    query_fields: list[Owned[Any]] = field(default_factory=list)
    mutation_fields: list[Owned[Any]] = field(default_factory=list)
    subscription_fields: list[Owned[Any]] = field(default_factory=list)
    loaders: dict[str, Owned[Callable[[Any], Any]]] = field(default_factory=dict)
    organisation_kinds: dict[str, Owned[OrganisationKind]] = field(default_factory=dict)
    post_roles: dict[str, Owned[PostRole]] = field(default_factory=dict)
    permissions: dict[str, Owned[Permission]] = field(default_factory=dict)
    field_costs: dict[str, Owned[int]] = field(default_factory=dict)
    sql_forms: dict[str, Owned[Any]] = field(default_factory=dict)
    scopes: dict[Any, Owned[Any]] = field(default_factory=dict)
    archive_rules: dict[tuple[str, str], Owned[ArchiveRule]] = field(default_factory=dict)
    """``{(table, foreign-key column): rule}`` from ``gridgov_archive_rules``."""
    registers: dict[str, Owned[Register]] = field(default_factory=dict)


class PluginManager:
    """Loads plugins, validates them against the contract and records ownership.

    Args:
        plugins: Plugins to register instead of discovering entry points, as
            ``{name: module_or_object}``; used by tests. ``core`` is always added.
    """

    def __init__(self, plugins: Mapping[str, object] | None = None) -> None:
        self.pm = pluggy.PluginManager("gridgov")
        self.pm.add_hookspecs(hookspecs)
        self._register(CORE, builtin)
        found = dict(plugins) if plugins is not None else discover()
        for name, plugin in found.items():
            self._register(name, plugin)
        self._check_pending()
        self.order: list[str] = self._resolve_order()
        self.requires: dict[str, tuple[str, ...]] = {
            name: tuple(self.call_plugin("gridgov_requires", name) or ()) for name in self.order
        }
        self.contributions = self._collect()
        self._settings = {name: self._load_settings(name) for name in self.order}

    def _register(self, name: str, plugin: object) -> None:
        if not name.isidentifier() or name != name.lower():
            raise PluginError(f"plugin {name!r}: a plugin name is a lower-case identifier")
        if self.pm.has_plugin(name):
            raise PluginError(f"plugin {name!r} is installed twice")
        try:
            self.pm.register(plugin, name=name)
        except pluggy.PluginValidationError as error:
            raise PluginError(f"plugin {name!r} breaks the contract: {error}") from error

    def _check_pending(self) -> None:
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as error:
            name = self.pm.get_name(error.plugin) or repr(error.plugin)
            raise PluginError(f"plugin {name!r} breaks the contract: {error}") from error

    def _resolve_order(self) -> list[str]:
        names = [name for name, _ in self.pm.list_name_plugin() if name is not None]
        requires = {name: tuple(self.call_plugin("gridgov_requires", name) or ()) for name in names}
        order: list[str] = []
        visiting: set[str] = set()

        def visit(name: str, chain: tuple[str, ...]) -> None:
            if name in order:
                return
            if name in visiting:
                raise PluginError(f"plugin {name!r}: circular requirement {' -> '.join(chain)}")
            visiting.add(name)
            for needed in requires[name]:
                if needed not in requires:
                    raise PluginError(
                        f"plugin {name!r} requires {needed!r}, which is not installed"
                    )
                visit(needed, (*chain, needed))
            order.append(name)

        visit(CORE, (CORE,))
        for name in sorted(requires):
            visit(name, (name,))
        return order

    # -- calling hooks per plugin ---------------------------------------------

    def _impl(self, hook: str, name: str) -> pluggy.HookImpl | None:
        caller: pluggy.HookCaller = getattr(self.pm.hook, hook)
        return next((impl for impl in caller.get_hookimpls() if impl.plugin_name == name), None)

    def implements(self, hook: str, name: str) -> bool:
        """Whether the plugin ``name`` implements ``hook``."""
        return self._impl(hook, name) is not None

    def call_plugin(self, hook: str, name: str, **kwargs: Any) -> Any:
        """Call one plugin's implementation of a hook (None if it has none)."""
        impl = self._impl(hook, name)
        if impl is None:
            return None
        return impl.function(*(kwargs[arg] for arg in impl.argnames))

    def call(
        self, hook: str, plugins: Sequence[str] | None = None, **kwargs: Any
    ) -> list[tuple[str, Any]]:
        """Call a hook on each plugin, in requirement order.

        Args:
            hook: The hook's name.
            plugins: Only these plugins (``core`` is always included); all when None.
            **kwargs: The hook's arguments.

        Returns:
            ``(plugin, result)`` pairs for the plugins that implement it.
        """
        chosen = (
            self.order if plugins is None else [n for n in self.order if n == CORE or n in plugins]
        )
        results = []
        for name in chosen:
            if self.implements(hook, name):
                results.append((name, self.call_plugin(hook, name, **kwargs)))
        return results

    # -- contributions ---------------------------------------------------------

    def _collect(self) -> Contributions:
        found = Contributions()
        for name, models in self.call("gridgov_models"):
            for model in models:
                table = model.__tablename__
                if name != CORE and not table.startswith(f"{name}_"):
                    raise PluginError(f"plugin {name!r}: table {table!r} must start with '{name}_'")
                if name != CORE and "district_id" not in model.__table__.c:
                    raise PluginError(f"plugin {name!r}: table {table!r} has no district_id")
                found.models.append(Owned(name, model))
        found.migrations = [Owned(n, Path(p)) for n, p in self.call("gridgov_migrations")]
        found.types = [Owned(n, t) for n, ts in self.call("gridgov_types") for t in ts]
        found.node_models = [
            Owned(n, (t, m))
            for n, mapping in self.call("gridgov_node_models")
            for t, m in mapping.items()
        ]
        found.type_fields = [
            Owned(n, (core_type, f))
            for n, mapping in self.call("gridgov_type_fields")
            for core_type, fields in mapping.items()
            for f in fields
        ]
        found.query_fields = [
            Owned(n, f) for n, fs in self.call("gridgov_query_fields") for f in fs
        ]
        found.mutation_fields = [
            Owned(n, f) for n, fs in self.call("gridgov_mutation_fields") for f in fs
        ]
        found.subscription_fields = [
            Owned(n, f) for n, fs in self.call("gridgov_subscription_fields") for f in fs
        ]
        for name, loaders in self.call("gridgov_loaders"):
            for key, factory in loaders.items():
                self._claim(found.loaders, key, Owned(name, factory), "loader", prefixed=True)
        for name, kinds in self.call("gridgov_organisation_kinds"):
            for kind in kinds:
                self._claim(
                    found.organisation_kinds, kind.value, Owned(name, kind), "organisation kind"
                )
        for name, roles in self.call("gridgov_post_roles"):
            for role in roles:
                self._claim(found.post_roles, role.value, Owned(name, role), "post role")
        for name, permissions in self.call("gridgov_permissions"):
            for permission in permissions:
                self._claim(
                    found.permissions,
                    permission.name,
                    Owned(name, permission),
                    "permission",
                    prefixed=True,
                )
        for name, scopes in self.call("gridgov_scopes"):
            for model, column in scopes.items():
                found.scopes[model] = Owned(name, column)
        for o in found.models:
            if o.owner != CORE and o.value not in found.scopes:
                raise PluginError(
                    f"plugin {o.owner!r}: model {o.value.__name__} has no scope (gridgov_scopes)"
                )
        for name, rules in self.call("gridgov_archive_rules"):
            for column, rule in rules.items():
                key = self._archive_rule(found, name, column, rule)
                found.archive_rules[key] = Owned(name, ArchiveRule(rule))
        for name, costs in self.call("gridgov_field_costs"):
            for key, cost in costs.items():
                if not isinstance(cost, int) or cost < 0:
                    raise PluginError(
                        f"plugin {name!r}: cost of {key!r} must be a non-negative integer"
                    )
                self._claim(found.field_costs, key, Owned(name, cost), "field cost")
        for name, declared in self.call("gridgov_registers"):
            for register in declared:
                self._claim(
                    found.registers,
                    register.kind,
                    Owned(name, register),
                    "register",
                    prefixed=name != CORE,
                )
        for name, forms in self.call("gridgov_sql_forms"):
            for key, form in forms.items():
                if not isinstance(form, SQL_FORMS):
                    raise PluginError(
                        f"plugin {name!r}: SQL form of {key!r} must be a Column, Relation, "
                        "Paged, Count, Latest or Either (core.graphql.compile.forms)"
                    )
                self._claim(found.sql_forms, key, Owned(name, form), "SQL form")
        return found

    @staticmethod
    def _archive_rule(found: Contributions, name: str, column: Any, rule: Any) -> tuple[str, str]:
        """Check one archive rule; return its ``(table, column)``."""
        column = getattr(column, "expression", column)  # Model.column -> its Column
        table = getattr(column, "table", None)
        label = f"{getattr(table, 'name', '?')}.{getattr(column, 'name', column)}"
        own = {o.value.__tablename__ for o in found.models if o.owner == name}
        if table is None or table.name not in own:
            raise PluginError(
                f"plugin {name!r}: archive rule for {label}: not a column of the plugin's models"
            )
        if not column.foreign_keys:
            raise PluginError(f"plugin {name!r}: archive rule for {label}: not a foreign key")
        if rule not in set(ArchiveRule):
            raise PluginError(f"plugin {name!r}: archive rule for {label}: {rule!r} is no rule")
        if rule == ArchiveRule.CASCADE and "archived_at" not in table.c:
            raise PluginError(
                f"plugin {name!r}: archive rule for {label}: CASCADE needs archived_at"
            )
        return table.name, column.name

    @staticmethod
    def _claim(
        table: dict[str, Owned[T]], key: str, item: Owned[T], what: str, *, prefixed: bool = False
    ) -> None:
        if prefixed and not key.startswith(f"{item.owner}."):
            raise PluginError(
                f"plugin {item.owner!r}: {what} {key!r} must start with '{item.owner}.'"
            )
        if key in table:
            raise PluginError(
                f"plugin {item.owner!r}: {what} {key!r} is already defined by {table[key].owner!r}"
            )
        table[key] = item

    # -- settings --------------------------------------------------------------

    def _load_settings(self, name: str) -> Any:
        cls = self.call_plugin("gridgov_settings", name)
        if cls is None:
            return None
        if not dataclasses.is_dataclass(cls) or not isinstance(cls, type):
            raise PluginError(f"plugin {name!r}: gridgov_settings must return a dataclass type")
        hints = typing.get_type_hints(cls)
        values: dict[str, Any] = {}
        for item in dataclasses.fields(cls):
            variable = f"GRIDGOV_{name.upper()}__{item.name.upper()}"
            raw = os.environ.get(variable)
            if raw is not None:
                values[item.name] = _convert(name, variable, raw, hints[item.name])
        try:
            return cls(**values)
        except (TypeError, ValueError) as error:
            raise PluginError(f"plugin {name!r}: invalid settings: {error}") from error

    def settings(self, name: str) -> Any:
        """Return the validated settings of a plugin (``None`` if it declares none)."""
        return self._settings[name]

    # -- facts -------------------------------------------------------------------

    @property
    def installed(self) -> list[str]:
        """Installed programme plugins, in requirement order, without ``core``."""
        return [name for name in self.order if name != CORE]

    def closure(self, names: Sequence[str]) -> list[str]:
        """Return ``names`` with every plugin they require, in requirement order."""
        wanted: set[str] = set()
        stack = list(names)
        while stack:
            name = stack.pop()
            if name not in wanted:
                wanted.add(name)
                stack.extend(self.requires.get(name, ()))
        return [name for name in self.order if name in wanted]

    def dependants(self, name: str) -> list[str]:
        """Installed plugins that require ``name``."""
        return [other for other in self.order if name in self.requires[other]]

    def owner_of_table(self, table: str) -> str:
        """The plugin whose model defines ``table``."""
        return next(o.owner for o in self.contributions.models if o.value.__tablename__ == table)


def discover(distribution: str | None = None) -> dict[str, object]:
    """Load the plugins registered under ``gridgov.plugins`` and in ``GRIDGOV_EXTRA_PLUGINS``.

    Args:
        distribution: Only the entry points of this distribution (``gridgov`` for the
            built-in plugins), and no extras.
    """
    specs = [
        (ep.name, ep.load)
        for ep in entry_points(group=ENTRY_POINT_GROUP)
        if distribution is None or (ep.dist is not None and ep.dist.name == distribution)
    ]
    extra = "" if distribution else os.environ.get("GRIDGOV_EXTRA_PLUGINS", "").strip()
    for item in filter(None, (part.strip() for part in extra.split(","))):
        name, _, module = item.partition("=")
        if not module:
            raise PluginError(f"GRIDGOV_EXTRA_PLUGINS: expected name=module, got {item!r}")
        specs.append((name.strip(), _importer(module.strip())))
    found = {}
    for name, load in sorted(specs, key=lambda spec: spec[0]):
        try:
            found[name] = load()
        except Exception as error:
            raise PluginError(f"plugin {name!r} failed to load: {error}") from error
    return found


def _importer(module: str) -> Callable[[], types.ModuleType]:
    return lambda: importlib.import_module(module)


def _convert(plugin: str, variable: str, raw: str, hint: Any) -> Any:
    try:
        if hint is bool:
            if raw.lower() not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
                raise ValueError("expected a boolean")
            return raw.lower() in {"1", "true", "yes", "on"}
        if hint in (int, float, str):
            return hint(raw)
    except ValueError as error:
        raise PluginError(f"plugin {plugin!r}: {variable}={raw!r}: {error}") from error
    raise PluginError(f"plugin {plugin!r}: {variable}: settings of type {hint!r} are not supported")
