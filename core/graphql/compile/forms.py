"""SQL forms: how a field is read in SQL, so a query using it compiles into one statement.

A field's owner declares its form through ``gridgov_sql_forms`` (:mod:`core.hookspecs`).
Fields without a resolver that read a column of the same name need no declaration;
a field without any form is answered by its resolver, for its own subtree only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement

from core.graphql.pagination import Page, Source


class Mask(Enum):
    """How a personal-data column is shown while its ``reveal`` argument is false."""

    KEEP_ENDS = "keep_ends"
    """First three and last four characters kept (:func:`core.audit.mask`)."""
    LAST_FOUR = "last_four"
    """Last four characters kept (:func:`core.audit.mask_id_number`)."""
    HIDDEN = "hidden"
    """Always null."""


@dataclass(frozen=True)
class Column:
    """The field is a column of its object's row.

    Attributes:
        name: The column.
        masked: Personal data, shown masked so. The field is compiled only while its
            ``reveal`` argument is false and the viewer is not an analyst: a reveal is
            audited and an analyst's reads are bounded
            (:func:`core.graphql.audit.reveals.personal_read`), so their resolver
            answers them.
    """

    name: str
    masked: Mask | None = None


@dataclass(frozen=True)
class Relation:
    """The field is the row of ``model`` whose id the parent's column ``column`` holds.

    The row is read within the request's district and the viewer's scope, as
    :func:`core.graphql.node.load_node` reads it.
    """

    model: Any
    column: str


@dataclass(frozen=True)
class Paging:
    """What a connection's arguments ask for, validated.

    Attributes:
        page: Size, ordering and cursor (:func:`core.graphql.pagination.page_of`).
        where: Conditions from the client's filter.
        include_archived: Whether archived rows are listed.
        key: A hashable form of the filter (the resolver's loader key).
    """

    page: Page
    where: Sequence[ColumnElement[bool]] = ()
    include_archived: bool = False
    key: Hashable = None


@dataclass(frozen=True)
class Paged:
    """The field is a connection of ``source``'s rows under the parent's id.

    Attributes:
        source: The relation, as :func:`core.graphql.pagination.paginate` takes it.
        arguments: Called with the field's arguments as its resolver receives them
            (Python names, converted inputs); returns the :class:`Paging`, or raises
            the resolver's ``GraphQLError`` for bad arguments (the resolver then answers).
    """

    source: Source
    arguments: Callable[..., Paging]


@dataclass(frozen=True)
class Count:
    """The field is the number of ``source``'s rows under the parent's id.

    Attributes:
        source: The relation counted (district and archived rows as in :class:`Paged`).
        where: Called with the field's arguments; returns extra conditions.
    """

    source: Source
    where: Callable[..., Sequence[ColumnElement[bool]]] = lambda **_: ()


@dataclass(frozen=True)
class Latest:
    """The field is one of ``source``'s rows under the parent's id: the last in ``order``.

    For a to-one field a resolver reads with a loader keeping the last row per parent
    (a rating of a year, the service running on a day).

    Attributes:
        source: The relation (district, scope and archived rows as in :class:`Paged`).
        order: The columns (or mapped attributes) the rows are ordered by, ascending;
            the last row answers.
            End with a unique column (the id), so that one row is the last.
        where: Called with the field's arguments as its resolver receives them; returns
            the conditions (a day's comparison reads :func:`core.clock.today_in_sql`),
            or raises the resolver's ``GraphQLError`` (the resolver then answers).
    """

    source: Source
    order: Sequence[Any]
    where: Callable[..., Sequence[ColumnElement[bool]]] = lambda **_: ()


@dataclass(frozen=True)
class Either:
    """The field, of a union type, is the row the first of the parent's columns set names.

    As a resolver trying ``choices`` in order does: the first relation whose column is
    not null answers (null when the row is outside the viewer's scope), none: null.

    Attributes:
        choices: ``(type name, relation)`` in the order tried.
    """

    choices: Sequence[tuple[str, Relation]]


class NotCompiled(Exception):
    """Raised by a form's ``arguments`` or ``where`` for arguments it has no SQL for:
    the field's resolver answers it, for this request."""


SqlForm = Column | Relation | Paged | Count | Latest | Either
"""Any of the forms a field can declare."""
