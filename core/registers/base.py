"""What a register is: its columns, its batches of rows and how they are checked.

A plugin declaring a register (``gridgov_registers``) builds on these: a
:class:`Register` names its columns and gives ``load`` (check and write one
:class:`Batch`) and ``rows`` (read the district's rows back for an export).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.audit import mask_id_number
from core.graphql.errors import UserErrorCode
from core.graphql.mutations import EARLIEST

if TYPE_CHECKING:
    from core.access import Scope, Viewer
    from core.plugins import PluginManager

Values = dict[str, str | None]
"""One row of a file: ``{column key: trimmed text, None when empty}``."""


@dataclass(frozen=True)
class Column:
    """One column of a register.

    Attributes:
        key: The English name, accepted as a header and used in code (``code``).
        header: The Chinese header templates and exports write (``网格编码``).
        description: What goes in it, for the template's documentation.
        required: Whether every row must fill it.
    """

    key: str
    header: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class Register:
    """One kind of row a district keeps in a spreadsheet.

    Attributes:
        kind: Its name on the command line (``grids``; a plugin's starts with the
            plugin's name).
        label: The Chinese name, used for the template's file name (``网格``).
        description: What a row is and what identifies it, for people.
        columns: Its columns, in the order templates and exports write them.
        key: The keys of the columns that identify a row (its natural key): a row whose
            key exists updates that row.
        load: Checks a batch of rows and writes the good ones (:class:`Batch`).
        rows: Reads the district's live rows back, in a stable order (that of their
            recording), as ``{column key: text}`` (an export; :class:`ExportContext`),
            personal data masked unless ``context.can`` the permission revealing it.
        personal: The permissions revealing personal data in its export: exporting as
            a viewer holding one is recorded in the audit trail as a reveal.
    """

    kind: str
    label: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    load: Callable[[Batch], Awaitable[None]]
    rows: Callable[[ExportContext], AsyncIterator[Mapping[str, str | None]]]
    personal: tuple[str, ...] = ()

    def column(self, key: str) -> Column:
        """The column named ``key``."""
        return next(c for c in self.columns if c.key == key)


@dataclass(frozen=True)
class RowError:
    """Why one row (or the header, row 1) was refused.

    Attributes:
        row: The row's number in the file, the header being row 1.
        column: The column's key (empty for the row as a whole).
        code: A :class:`core.graphql.errors.UserErrorCode`, as GraphQL reports it.
        message: What is wrong.
    """

    row: int
    column: str
    code: UserErrorCode
    message: str


@dataclass
class Batch:
    """A batch of rows of one file being imported, and what checking them found.

    Attributes:
        session: The import's session; everything happens in its one transaction.
        district_id: The district imported into.
        district_code: Its six-digit code.
        manager: The installed plugins (kinds and roles they add).
        rows: ``(row number, values)`` of the batch, in file order.
        errors: The refusals so far, of every batch.
        seen: Hashes of the natural keys met in earlier rows of the file, to refuse one
            given twice (hashes, not keys: a file of a million rows keeps a few
            megabytes; two keys of one 64-bit hash, about one chance in 10^19 per pair, would
            refuse a good row, never write a bad one).
        created: Rows added so far.
        updated: Rows changed so far.
        unchanged: Rows whose key existed with the same values.
    """

    session: AsyncSession
    district_id: int
    district_code: str
    manager: PluginManager
    rows: list[tuple[int, Values]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    _refused: set[int] = field(default_factory=set)

    def refuse(self, row: int, column: str, code: UserErrorCode, message: str) -> None:
        """Refuse ``row``: nothing of the file will be written."""
        self.errors.append(RowError(row, column, code, message))
        self._refused.add(row)

    def refused(self, row: int) -> bool:
        """Whether ``row`` was refused (its later checks and its write are skipped)."""
        return row in self._refused

    def once(self, row: int, column: str, key: tuple[str | None, ...]) -> bool:
        """Whether ``key`` is new in the file; refuses the row as ``DUPLICATE`` if not."""
        digest = hash(key)
        if digest in self.seen:
            self.refuse(row, column, UserErrorCode.DUPLICATE, "given twice in the file")
            return False
        self.seen.add(digest)
        return True

    # -- reading one value, refusing the row when it does not fit ----------------------

    def text(self, row: int, values: Values, key: str, max_length: int = 100) -> str | None:
        """The text of a column, at most ``max_length`` characters."""
        value = values.get(key)
        if value is not None and len(value) > max_length:
            self.refuse(
                row, key, UserErrorCode.TOO_LONG, f"must be at most {max_length} characters"
            )
            return None
        return value

    def required(self, row: int, values: Values, key: str, max_length: int = 100) -> str | None:
        """The text of a column that must be filled."""
        value = self.text(row, values, key, max_length)
        if value is None and not self.refused(row):
            self.refuse(row, key, UserErrorCode.REQUIRED, "must not be empty")
        return value

    def choice(
        self, row: int, values: Values, key: str, choices: Mapping[str, str], default: str | None
    ) -> str | None:
        """A value of a vocabulary, given by its Chinese label or its English value."""
        value = values.get(key)
        if value is None:
            if default is None:
                self.refuse(row, key, UserErrorCode.REQUIRED, "must not be empty")
            return default
        for stored, label in choices.items():
            if value in (stored, label) or value.lower() == stored:
                return stored
        self.refuse(
            row,
            key,
            UserErrorCode.INVALID,
            "must be one of: " + ", ".join(f"{label} ({v})" for v, label in choices.items()),
        )
        return None

    def date(self, row: int, values: Values, key: str) -> dt.date | None:
        """A day written ``YYYY-MM-DD``, not before 1900."""
        value = values.get(key)
        if value is None:
            return None
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            self.refuse(row, key, UserErrorCode.INVALID, "must be a date written YYYY-MM-DD")
            return None
        if day < EARLIEST:
            self.refuse(row, key, UserErrorCode.OUT_OF_RANGE, "must not be before 1900")
            return None
        return day

    def integer(self, row: int, values: Values, key: str, low: int, high: int) -> int | None:
        """A whole number from ``low`` to ``high``."""
        value = values.get(key)
        if value is None:
            return None
        if not re.fullmatch(r"\d+", value):
            self.refuse(row, key, UserErrorCode.INVALID, "must be a whole number")
            return None
        number = int(value)
        if not low <= number <= high:
            self.refuse(row, key, UserErrorCode.OUT_OF_RANGE, f"must be between {low} and {high}")
            return None
        return number

    def period(
        self, row: int, start_key: str, start: dt.date | None, end_key: str, end: dt.date | None
    ) -> None:
        """A period not ending before it starts."""
        if start is not None and end is not None and end < start:
            self.refuse(row, end_key, UserErrorCode.INVALID_PERIOD, "must not be before the start")


@dataclass
class ExportContext:
    """What a register's ``rows`` reads with.

    Attributes:
        session: A session of the database.
        district_id: The district exported.
        manager: The installed plugins.
        scope: The viewer's scope: read only rows ``scope.visible(Model)`` allows (None
            when the viewer sees the whole district).
        viewer: Who exports (None: the command line, seeing everything unmasked).
    """

    session: AsyncSession
    district_id: int
    manager: PluginManager
    scope: Scope
    viewer: Viewer | None

    def can(self, permission: str) -> bool:
        """Whether the exporter holds ``permission`` (the command line holds every one)."""
        return self.viewer is None or self.viewer.can(permission)

    def id_number(self) -> Callable[[str | None], str | None]:
        """How the exporter sees ID numbers: whole with ``core.person.id_number``, else masked."""
        return _whole if self.can("core.person.id_number") else mask_id_number


def _whole(value: str | None) -> str | None:
    return value


def text_of(value: Any) -> str | None:
    """A stored value as an export writes it: dates ISO, numbers as digits, None empty."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def keys_of(registers: Sequence[Register]) -> dict[str, Register]:
    """Registers by kind."""
    return {register.kind: register for register in registers}
