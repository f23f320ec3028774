"""JSON in SQL: ``json_build_object``/``json_agg`` on PostgreSQL, ``json_object`` on SQLite.

Global IDs, cursors and masked values must be byte for byte those of the resolver
path. PostgreSQL computes them in SQL; SQLite has no base64, so the functions
:func:`register_sqlite` adds compute them with the resolver path's own Python code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    String,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import JSON, aggregate_order_by

from core.audit import mask, mask_id_number
from core.graphql.compile.forms import Mask
from core.graphql.ids import to_global_id
from core.graphql.pagination import encode_cursor


def register_sqlite(dbapi_connection: Any) -> None:
    """Add the functions compiled statements call on SQLite to a new connection."""
    dbapi_connection.create_function("gridgov_global_id", 2, to_global_id, deterministic=True)
    dbapi_connection.create_function("gridgov_cursor", 3, encode_cursor, deterministic=True)
    dbapi_connection.create_function("gridgov_float", 1, _float_text, deterministic=True)
    dbapi_connection.create_function("gridgov_mask", 1, mask, deterministic=True)
    dbapi_connection.create_function(
        "gridgov_mask_id_number", 1, mask_id_number, deterministic=True
    )


def _float_text(value: float | None) -> str | None:
    """A float as Python's ``json`` writes it (the resolver path's response)."""
    return None if value is None else repr(float(value))


def _text(value: str) -> ColumnElement[Any]:
    """A string constant in the statement; names and type names are never user input."""
    return literal_column("'" + value.replace("'", "''") + "'", String)


def constant(value: Any) -> ColumnElement[Any]:
    """A value the statement is kept for (the schema's enum values, the district's id,
    a mask's lengths), written into its text: a parameter would be sent and bound on
    every run."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return literal_column(str(value), Integer)
    return literal(value)


class Json:
    """Builds JSON values in one dialect's SQL.

    Args:
        dialect: ``postgresql`` or ``sqlite``.
    """

    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgresql"

    def obj(self, pairs: Sequence[tuple[str, ColumnElement[Any]]]) -> ColumnElement[Any]:
        """An object of ``pairs``, keys in order."""
        args: list[Any] = []
        for key, value in pairs:
            args += [_text(key), value]
        if self.postgres:
            return type_coerce(func.json_build_object(*args), JSON)
        return func.json_object(*args)

    def nested(self, value: ColumnElement[Any]) -> ColumnElement[Any]:
        """A JSON value from a subquery.

        SQLite keeps the JSON subtype of a scalar subquery's value, so no ``json()``
        is needed: every call would count against its parser's nesting limit.
        """
        return value

    def array(
        self,
        item: ColumnElement[Any],
        order: Sequence[ColumnElement[Any]],
        where: ColumnElement[bool] | None = None,
    ) -> ColumnElement[Any]:
        """The items of the rows (those matching ``where``), in ``order``; ``[]`` for none.

        SQLite 3.40 has no ORDER BY within an aggregate: it aggregates in the order of
        the (ordered, limited) subquery it reads.
        """
        aggregated: ColumnElement[Any]
        if self.postgres:
            ordered = func.json_agg(aggregate_order_by(item, *order))
            aggregated = ordered if where is None else ordered.filter(where)
            return func.coalesce(aggregated, literal_column("'[]'::json"))
        listed = func.json_group_array(item)
        return listed if where is None else listed.filter(where)

    def boolean(self, value: ColumnElement[Any]) -> ColumnElement[Any]:
        """A boolean (SQLite stores 0/1: JSON needs true/false)."""
        if self.postgres:
            return value
        return case(
            (value.is_(None), null()),
            (value != 0, func.json("true")),
            else_=func.json("false"),
        )

    def condition(self, value: ColumnElement[bool]) -> ColumnElement[Any]:
        """A condition's truth as a JSON boolean."""
        if self.postgres:
            return cast(value, Boolean)
        return case((value, func.json("true")), else_=func.json("false"))

    def false(self) -> ColumnElement[Any]:
        """JSON false."""
        return literal_column("false") if self.postgres else func.json("false")

    def true(self) -> ColumnElement[Any]:
        """JSON true."""
        return literal_column("true") if self.postgres else func.json("true")

    def float(self, value: ColumnElement[Any]) -> ColumnElement[Any]:
        """A double as Python writes it: the shortest digits that read back the same,
        ``.0`` after a whole number.

        PostgreSQL writes the same shortest digits, but a whole number without ``.0``
        and numbers from 10^15 in exponent form, which Python keeps for 10^16: those
        (and NaN, infinities) fail the statement (:data:`UNREPRESENTABLE`), so the
        resolvers answer. On SQLite Python writes it; a NaN or an infinity is no JSON.
        """
        if not self.postgres:
            return func.json(func.gridgov_float(value))
        written = cast(func.to_json(value), String)
        return cast(
            case(
                (func.abs(value) >= literal_column("1e15::float8"), self._unrepresentable(value)),
                (written.regexp_match(_text("^-?[0-9]+$")), written.concat(_text(".0"))),
                else_=written,
            ),
            JSON,
        )

    def string(self, value: str) -> ColumnElement[Any]:
        """A string constant."""
        return _text(value)

    def global_id(self, type_name: str, pk: ColumnElement[Any]) -> ColumnElement[Any]:
        """:func:`core.graphql.ids.to_global_id` of ``type_name`` and ``pk``."""
        if not self.postgres:
            return func.gridgov_global_id(_text(type_name), pk)
        raw = _text(type_name + ":").concat(cast(pk, String))
        return _base64url(raw)

    def cursor(self, order: str, value: ColumnElement[Any], pk: ColumnElement[Any]) -> Any:
        """:func:`core.graphql.pagination.encode_cursor` of a row."""
        if not self.postgres:
            return func.gridgov_cursor(_text(order), value, pk)
        # orjson's compact form: ["order",value,pk] without spaces.
        raw = (
            _text('["' + order + '",')
            .concat(cast(func.to_json(value), String))
            .concat(_text(","))
            .concat(cast(pk, String))
            .concat(_text("]"))
        )
        return _base64url(raw)

    def mask(self, value: ColumnElement[Any], how: Mask) -> ColumnElement[Any]:
        """``value`` masked as ``how`` says, as the resolvers of :mod:`core.audit` mask it."""
        if how is Mask.HIDDEN:
            return null()
        if how is Mask.LAST_FOUR:
            if not self.postgres:
                return func.gridgov_mask_id_number(value)
            stars = func.greatest(func.char_length(value) - constant(4), constant(0))
            return func.repeat(_text("*"), stars).concat(func.right(value, constant(4)))
        if not self.postgres:
            return func.gridgov_mask(value)
        length = func.char_length(value)
        return case(
            (value.is_(None), null()),
            (length <= constant(7), func.repeat(_text("*"), length)),
            else_=func.substr(value, constant(1), constant(3))
            .concat(func.repeat(_text("*"), length - constant(7)))
            .concat(func.right(value, constant(4))),
        )

    def enum(self, value: ColumnElement[Any], names: dict[Any, str]) -> ColumnElement[Any]:
        """A stored value as its GraphQL enum name.

        A stored value the enum lacks fails the statement (:data:`UNREPRESENTABLE`), so
        the resolvers answer the request and report the value at its field.
        """
        if not names:
            return null()
        return case(
            *((value == constant(raw), _text(name)) for raw, name in names.items()),
            else_=self._unrepresentable(value),
        )

    def _unrepresentable(self, value: ColumnElement[Any]) -> ColumnElement[Any]:
        # Never valid JSON (it ends in "{"), and computed from the row, so it fails only
        # when a row reaches it; NULL stays NULL.
        never = cast(value, String).concat(_text("{"))
        return cast(cast(never, JSON), String) if self.postgres else func.json(never)


UNREPRESENTABLE = ("malformed JSON", "invalid input syntax for type json")
"""What SQLite and PostgreSQL say when a stored value reaches :meth:`Json.enum`'s or
:meth:`Json.float`'s failing branch."""


def _base64url(raw: ColumnElement[Any]) -> ColumnElement[Any]:
    """Unpadded base64url of ``raw``'s UTF-8 bytes (PostgreSQL breaks lines every 76)."""
    encoded = func.encode(func.convert_to(raw, _text("UTF8")), _text("base64"))
    return func.rtrim(func.translate(encoded, literal_column("E'+/\\n'"), _text("-_")), _text("="))
