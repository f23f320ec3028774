"""Executing fields with less per-field machinery than strawberry and graphql-core use.

A nested list of thousands of fields spends most of its time in the work done around
each field, not in our resolvers (``make bench`` profiles it). Two shortcuts:

- Most fields of a large answer are plain: a column of the row behind an object (a
  person's name, a household's door number), with no resolver, no arguments and a
  scalar or enum type. :class:`Executor` reads such a field directly and serialises it
  as graphql-core's leaf completion does; a value that is not simply valid goes the
  ordinary way, so errors, nulls and their propagation stay graphql-core's own.
- Resolvers whose arguments are scalars or enums need none of strawberry's argument
  conversion (it returns such values unchanged) and no field extension wraps them:
  :func:`streamline` gives their GraphQL fields a resolver calling them directly.
"""

from __future__ import annotations

from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

import strawberry
import strawberry.schema.name_converter
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    is_non_null_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import AwaitableOrValue, Path, Undefined
from graphql.pyutils.undefined import UndefinedType
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.base import StrawberryMaybe, StrawberryOptional
from strawberry.types.enum import StrawberryEnumDefinition, has_enum_definition
from strawberry.types.field import StrawberryField

# Scalars whose output coercion accepts only values of their kind (a JSON scalar would
# pass any object, an exception or a coroutine included, straight into the answer).
_STRICT_SCALARS = frozenset(
    ("String", "Int", "Float", "Boolean", "ID", "Date", "DateTime", "Time", "Decimal", "UUID")
)


class PlainField(NamedTuple):
    """How to read one plain field: its attribute and its leaf type."""

    attribute: str
    type: GraphQLLeafType
    non_null: bool


_PLANS: WeakKeyDictionary[GraphQLObjectType, dict[str, PlainField | None]] = WeakKeyDictionary()


def _plain(field: GraphQLField) -> PlainField | None:
    """The plain reading of ``field``, or None when it needs the ordinary path."""
    definition = (field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if (
        not isinstance(definition, StrawberryField)
        or not definition.is_basic_field
        or definition.default_resolver is not getattr
    ):
        return None
    non_null = is_non_null_type(field.type)
    leaf: GraphQLOutputType = field.type.of_type if non_null else field.type  # type: ignore[union-attr]
    if not (isinstance(leaf, GraphQLEnumType) or getattr(leaf, "name", None) in _STRICT_SCALARS):
        return None
    return PlainField(definition.python_name, leaf, non_null)  # type: ignore[arg-type]


def _plans(parent_type: GraphQLObjectType) -> dict[str, PlainField | None]:
    """The plain fields of ``parent_type`` (of a schema or a district's view of it)."""
    plans = _PLANS.get(parent_type)
    if plans is None:
        plans = _PLANS[parent_type] = {
            name: _plain(field) for name, field in parent_type.fields.items()
        }
    return plans


class Executor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, reading plain fields directly."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager
        # Middleware (a schema extension's ``resolve``) must see every field.
        self._shortcut = manager is None or not manager.middlewares
        self._plans: dict[GraphQLObjectType, dict[str, PlainField | None]] = {}

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any] | UndefinedType:
        if self._shortcut:
            plans = self._plans.get(parent_type)
            if plans is None:
                plans = self._plans[parent_type] = _plans(parent_type)
            plan = plans.get(field_details_list[0].node.name.value)
            if plan is not None:
                try:
                    value = getattr(source, plan.attribute)
                    if value is None:
                        if not plan.non_null:
                            return None
                    else:
                        value = plan.type.coerce_output_value(value)
                        if value is not None and value is not Undefined:
                            return value
                except Exception:
                    pass  # the ordinary path below reports what is wrong with the value
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )


class QuietExecutor(Executor):
    """:class:`Executor` whose errors suggest no names (production).

    graphql-core adds "Did you mean ...?" to errors about variables' values (enum
    values, input fields) unless told otherwise; strawberry never tells it.
    """

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> Any:
        return super().build(*args, **{**kwargs, "hide_suggestions": True})


class NameConverter(strawberry.schema.name_converter.NameConverter):
    """Strawberry's name converter, remembering its answers.

    Strawberry converts every argument's name on every call of a resolver it wraps
    (those :func:`streamline` leaves to it, such as lists taking a filter); the names
    are few and never change.
    """

    def __init__(self) -> None:
        super().__init__()
        self._names: dict[str, str] = {}

    def apply_naming_config(self, name: str) -> str:
        converted = self._names.get(name)
        if converted is None:
            converted = self._names[name] = super().apply_naming_config(name)
        return converted


def streamline(strawberry_schema: strawberry.Schema) -> None:
    """Let graphql-core call resolvers taking only scalar or enum arguments directly.

    Strawberry wraps every resolver to convert its arguments, run field extensions and
    exception handlers, and pass ``info``, ``self`` or ``root``; for these resolvers (no
    extensions, arguments that conversion returns unchanged) the wrapper is replaced by
    one renaming the arguments and passing the same values.
    """
    if strawberry_schema.exception_handlers:
        return
    converter = strawberry_schema.config.name_converter
    for type_ in strawberry_schema._schema.type_map.values():
        if not isinstance(type_, GraphQLObjectType):
            continue
        for graphql_field in type_.fields.values():
            definition = (graphql_field.extensions or {}).get(
                GraphQLCoreConverter.DEFINITION_BACKREF
            )
            if (
                isinstance(definition, StrawberryField)
                and definition.base_resolver is not None
                and not definition.is_subscription
                and not definition.extensions
                and all(_unchanged(argument.type) for argument in definition.arguments)
            ):
                names = {converter.from_argument(a): a.python_name for a in definition.arguments}
                graphql_field.resolve = _direct(definition, names, strawberry_schema.config)


def _unchanged(type_: Any) -> bool:
    """Whether strawberry passes arguments of ``type_`` on as graphql-core gives them."""
    if isinstance(type_, StrawberryMaybe):
        return False
    if isinstance(type_, StrawberryOptional):
        type_ = type_.of_type
    return (
        type_ in (str, int, float, bool, strawberry.ID)
        or isinstance(type_, StrawberryEnumDefinition)
        or has_enum_definition(type_)
    )


def _direct(field: StrawberryField, names: dict[str, str], config: Any) -> Any:
    """A graphql-core resolver calling ``field``'s resolver as strawberry would."""
    resolver = field.base_resolver
    assert resolver is not None
    info_class = config.info_class
    with_self = resolver.self_parameter is not None
    info_name = resolver.info_parameter.name if resolver.info_parameter else None
    source_names = [
        parameter.name
        for parameter in (resolver.parent_parameter, resolver.root_parameter)
        if parameter is not None
    ]

    # Positional-only, so that no argument name (``source``, ``info``) can collide.
    def resolve(source: Any, info: GraphQLResolveInfo[Any], /, **arguments: Any) -> Any:
        kwargs = {names[name]: value for name, value in arguments.items()}
        if info_name is not None:
            kwargs[info_name] = info_class(_raw_info=info, _field=field)
        for name in source_names:
            kwargs[name] = source
        return resolver(source, **kwargs) if with_self else resolver(**kwargs)

    return resolve
