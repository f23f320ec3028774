"""The Relay ``Node`` interface and loading objects by database id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Self, TypeVar

import strawberry
from sqlalchemy import Select, Table, bindparam, select
from strawberry.dataloader import DataLoader
from strawberry.types import Info
from strawberry.types.base import get_object_definition

from core.graphql.context import Context
from core.graphql.ids import to_global_id

N = TypeVar("N", bound="Node")


@strawberry.interface(description="An object with a Global ID.")
class Node:
    """Base of every object type loaded from a table row.

    Dataclass fields are filled from the row's columns of the same name; ``pk`` comes
    from ``id``. Foreign keys a type needs but does not show are ``strawberry.Private``.
    """

    pk: strawberry.Private[int]
    district_id: strawberry.Private[int]

    @strawberry.field(description="Opaque Global ID of the object.")
    def id(self, info: Info) -> strawberry.ID:
        return strawberry.ID(to_global_id(info._raw_info.parent_type.name, self.pk))

    @classmethod
    def read_permission(cls) -> str | None:
        """A permission ``node(id:)`` requires besides the scope (None: the scope decides)."""
        return None

    @classmethod
    def from_row(cls, source: Any) -> Self:
        """Build the object from a result row or an ORM instance."""
        mapping = getattr(source, "_mapping", None)
        if mapping is not None:
            return cls(**{name: mapping[column] for name, column in _columns(cls)})  # type: ignore[arg-type]
        return cls(**{name: getattr(source, column) for name, column in _columns(cls)})  # type: ignore[arg-type]


@cache
def _columns(cls: type) -> tuple[tuple[str, str], ...]:
    definition = get_object_definition(cls, strict=True)
    names = [f.python_name for f in definition.fields if f.base_resolver is None]
    private = [
        name
        for name, f in cls.__dataclass_fields__.items()  # type: ignore[attr-defined]
        if name not in names and f.init
    ]
    return tuple((name, "id" if name == "pk" else name) for name in (*names, *private))


def tenant_column(table: Any) -> Any:
    """The column holding a table's district: ``district_id``, or ``id`` of the district table."""
    return table.c.district_id if "district_id" in table.c else table.c.id


@cache
def _by_id(table: Table) -> Select[Any]:
    """Rows of ``table`` by id within a district, built once: building a statement costs
    more than looking up its compiled form, and by-id loads are the most frequent."""
    return select(table).where(
        table.c.id.in_(bindparam("ids", expanding=True)),
        tenant_column(table) == bindparam("district"),
    )


class ByIdLoader(DataLoader[int, Any]):
    """Rows of one table by primary key, limited to the request's district and scope."""

    def __init__(self, context: Context, model: Any) -> None:
        super().__init__(load_fn=self._load)
        self.context = context
        self.model = model

    async def _load(self, keys: Sequence[int]) -> list[Any]:
        table = self.model.__table__
        statement = _by_id(table)
        visible = self.context.scope.visible(table)
        if visible is not None:
            statement = statement.where(visible)
        result = await self.context.execute(
            statement, {"ids": list(keys), "district": self.context.district_id}
        )
        rows = {row.id: row for row in result}
        return [rows.get(key) for key in keys]


def by_id(context: Context, model: Any) -> ByIdLoader:
    """The request's by-id loader for ``model``."""
    return context.cached_loader(("by_id", model), lambda: ByIdLoader(context, model))


async def load_node(context: Context, cls: type[N], model: Any, pk: int | None) -> N | None:
    """Load one object of ``cls`` by primary key (None stays None)."""
    if pk is None:
        return None
    row = await by_id(context, model).load(pk)
    return None if row is None else cls.from_row(row)


async def load_nodes(
    context: Context, cls: type[N], model: Any, pks: Iterable[int]
) -> list[N | None]:
    """Load several objects of ``cls`` by primary key, in order."""
    rows = await by_id(context, model).load_many(list(pks))
    return [None if row is None else cls.from_row(row) for row in rows]
