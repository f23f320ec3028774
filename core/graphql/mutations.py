"""What every mutation shares: input checks, one transaction, archive and restore.

A mutation validates its whole input first, collecting :class:`UserError` values;
if any, it writes nothing. Otherwise it writes in the request's session and
commits; a constraint the database still refuses (a race on a unique code) rolls
everything back and becomes a ``CONFLICT`` error. A change that moves a row out of
the viewer's scope is refused (``OUT_OF_SCOPE``) like a create there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from core import clock
from core.archive import archive_row, restore_row
from core.db.models import NAME_LENGTH, Base, District
from core.graphql.context import Context
from core.graphql.errors import Errors, UserError, UserErrorCode
from core.graphql.ids import parse_global_id
from core.graphql.node import Node

M = TypeVar("M", bound=Base)
EARLIEST = dt.date(1900, 1, 1)


class Check:
    """Validates one mutation's input against the database, collecting errors."""

    def __init__(self, context: Context, session: AsyncSession) -> None:
        self.context = context
        self.session = session
        self.errors = Errors()
        # Rows loaded to be changed: (input field, GraphQL type, model, row), checked
        # again once changed (:meth:`_stays_inside`).
        self._changing: list[tuple[str, str, Any, Any]] = []

    def text(
        self, path: str, value: str | None, *, required: bool = True, max_length: int = NAME_LENGTH
    ) -> str | None:
        """A trimmed string: present if required, at most ``max_length`` characters."""
        cleaned = value.strip() if value is not None else None
        if not cleaned:
            if required:
                self.errors.add(path, UserErrorCode.REQUIRED, "must not be empty")
            return None
        if len(cleaned) > max_length:
            self.errors.add(
                path, UserErrorCode.TOO_LONG, f"must be at most {max_length} characters"
            )
        return cleaned

    def code(
        self, path: str, value: str, length: int, parent: str | None, parent_label: str
    ) -> None:
        """A division code: ``length`` digits, starting with its parent's code."""
        if not re.fullmatch(rf"\d{{{length}}}", value):
            self.errors.add(path, UserErrorCode.MALFORMED_CODE, f"must be {length} digits")
        elif parent is not None and not value.startswith(parent):
            self.errors.add(
                path,
                UserErrorCode.CODE_MISMATCH,
                f"must start with the {parent_label} code {parent}",
            )

    def period(
        self, start_path: str, start: dt.date | None, end_path: str, end: dt.date | None
    ) -> None:
        """A period: not before 1900, and not ending before it starts."""
        for path, day in ((start_path, start), (end_path, end)):
            if day is not None and day < EARLIEST:
                self.errors.add(path, UserErrorCode.OUT_OF_RANGE, "must not be before 1900")
        if start is not None and end is not None and end < start:
            self.errors.add(end_path, UserErrorCode.INVALID_PERIOD, "must not be before the start")

    def required(self, path: str, value: object) -> None:
        """Refuse null for a field the schema leaves optional (an update's ``UNSET`` is fine)."""
        if value is None:
            self.errors.add(path, UserErrorCode.REQUIRED, "must not be null")

    def within(self, path: str, value: float | None, low: float, high: float) -> bool:
        """A number between ``low`` and ``high`` inclusive (None passes)."""
        if value is None or low <= value <= high:
            return True
        self.errors.add(path, UserErrorCode.OUT_OF_RANGE, f"must be between {low} and {high}")
        return False

    def past(self, path: str, day: dt.date | None, not_before: dt.date | None = None) -> None:
        """A day that has happened: not before 1900 (or ``not_before``), not after today."""
        if day is None:
            return
        if day < EARLIEST:
            self.errors.add(path, UserErrorCode.OUT_OF_RANGE, "must not be before 1900")
        elif day > clock.today():
            self.errors.add(path, UserErrorCode.OUT_OF_RANGE, "must not be in the future")
        elif not_before is not None and day < not_before:
            self.errors.add(path, UserErrorCode.INVALID_PERIOD, f"must not be before {not_before}")

    def year(self, path: str, year: int | None, first: int = 2000) -> None:
        """A year from ``first`` to this year: records are kept once things have happened."""
        this_year = clock.today().year
        if year is not None and not first <= year <= this_year:
            self.errors.add(
                path, UserErrorCode.OUT_OF_RANGE, f"must be between {first} and {this_year}"
            )

    async def load(
        self,
        path: str,
        global_id: str | None,
        type_name: str,
        model: type[M],
        *,
        required: bool = True,
        change: bool = True,
        scope: bool = True,
    ) -> M | None:
        """The live object a Global ID in the input names, in this district.

        Args:
            path: The input field, for errors.
            global_id: What the input gave.
            type_name: The GraphQL type the ID must be of.
            model: Its model.
            required: Whether null is refused.
            change: Whether the mutation changes the object (it must lie inside the
                viewer's scope) or only refers to it (seeing it is enough, e.g. the
                standard a rating follows or an organisation above the scope).
            scope: Whether the object must lie in the viewer's scope at all. False for
                what a mutation names wherever it is and does not change (a person
                placed as a community worker may live outside the community).
        """
        if global_id is None:
            if required:
                self.errors.add(path, UserErrorCode.REQUIRED, f"must be the ID of a {type_name}")
            return None
        parsed = parse_global_id(global_id)
        if parsed is None or parsed[0] != type_name:
            self.errors.add(path, UserErrorCode.NOT_FOUND, f"is not the ID of a {type_name}")
            return None
        row = await self.session.get(model, parsed[1])
        if row is None or row.district_id != self.context.district_id:  # type: ignore[attr-defined]
            self.errors.add(path, UserErrorCode.NOT_FOUND, f"no such {type_name} in this district")
            return None
        if scope and not await self.in_scope(path, type_name, model, row.id, change=change):  # type: ignore[attr-defined]
            return None
        if getattr(row, "archived_at", None) is not None:
            self.errors.add(path, UserErrorCode.ARCHIVED, f"this {type_name} is archived")
            return None
        if change and scope:
            self._changing.append((path, type_name, model, row))
        return row

    async def _stays_inside(self) -> None:
        """Refuse a change that moves a row out of the viewer's scope (``OUT_OF_SCOPE``).

        A row loaded to be changed lay inside the scope; what the change points it at
        (another household, no household at all) decides where it lies now. Moving it
        out needs the scope that receives it, as creating it there would: a person
        living nowhere lies in the district's scope only. Checked after the change is
        flushed, so every move of every mutation (plugins' too) is held to it.
        """
        scope = self.context.scope
        moved = [c for c in self._changing if self.session.is_modified(c[3])]
        if not moved or scope.whole_district:
            return
        await self.session.flush()
        for path, type_name, model, row in moved:
            inside = scope.inside(model)
            assert inside is not None  # below district scope every model has a condition
            statement = select(inside).where(model.__table__.c.id == row.id)
            if not await self.session.scalar(statement):
                self.errors.add(
                    path,
                    UserErrorCode.OUT_OF_SCOPE,
                    f"the change moves this {type_name} outside your scope; it needs a role "
                    "whose scope receives it",
                )

    async def in_scope(
        self, path: str, type_name: str, model: Any, pk: int, *, change: bool = True
    ) -> bool:
        """Whether the viewer may change the row (or, ``change=False``, see it); refuses it if not.

        A row the viewer cannot even see is reported not found, so nothing outside
        the scope is revealed; one it sees but lies above its scope is out of scope.
        """
        scope = self.context.scope
        visible = scope.visible(model)
        inside = scope.inside(model) if change else visible
        if inside is None or visible is None:
            return True
        table = model.__table__
        row = (await self.session.execute(select(inside, visible).where(table.c.id == pk))).first()
        if row is None or not row[1]:
            self.errors.add(path, UserErrorCode.NOT_FOUND, f"no such {type_name} in this district")
            return False
        if not row[0]:
            self.errors.add(
                path, UserErrorCode.OUT_OF_SCOPE, f"this {type_name} lies outside your scope"
            )
            return False
        return True

    async def district_wide(self, path: str) -> bool:
        """Whether the viewer may change the district itself (district scope); refuses if not.

        For what lies in no scope below the district's: a street, an unanchored
        organisation, a person living nowhere.
        """
        return await self.in_scope(path, "District", District, self.context.district_id)

    async def lock(self, model: Any, pk: int) -> None:
        """Lock a row until the mutation's transaction ends, to guard a total it stands for.

        PostgreSQL locks the row (``FOR NO KEY UPDATE``: rows referring to it can still
        be inserted), so a second mutation locking it waits until the first commits.
        SQLite has no row locks but serialises writers from their first write: write the
        new row before reading the total it must stay within, and the read sees every
        committed row. Do the same on both: lock, write, then read the total.
        """
        table = model.__table__
        await self.session.execute(
            select(table.c.id).where(table.c.id == pk).with_for_update(key_share=True)
        )

    async def unchanged(self, path: str, row: Any, *columns: str) -> bool:
        """Lock ``row`` until the transaction ends, if ``columns`` still hold what was read.

        For a check spanning fields (an ID number against a birth date) validated on the
        values the mutation read: a concurrent mutation may have changed them since. One
        conditional ``UPDATE`` of the row to itself compares and locks at once; PostgreSQL
        waits for a concurrent writer and compares with what it committed, SQLite
        serialises writers from their first write. Call it after validating and before
        changing the row; a ``CONFLICT`` (nothing written) when the values moved on.
        """
        table = row.__table__
        first = table.c[columns[0]]
        result = await self.session.execute(
            update(table)
            .where(
                table.c.id == row.id,
                *(table.c[name].is_not_distinct_from(getattr(row, name)) for name in columns),
            )
            .values({first: first})
        )
        if result.rowcount:  # type: ignore[attr-defined]
            return True
        self.errors.add(
            path, UserErrorCode.CONFLICT, "changed concurrently by someone else; try again"
        )
        return False

    async def unique(self, path: str, column: Any, value: Any, *, scope: Any = None) -> None:
        """Refuse ``value`` if another row already has it (within ``scope`` if given)."""
        statement = select(func.count()).where(column == value)
        if scope is not None:
            statement = statement.where(scope)
        if await self.session.scalar(statement):
            self.errors.add(path, UserErrorCode.DUPLICATE, f"{value!r} is already taken")


async def run(
    info: Info, body: Callable[[Check], Awaitable[M | None]]
) -> tuple[M | None, list[UserError]]:
    """Run a mutation's body in one transaction; refused input writes nothing.

    Args:
        info: The resolver's info.
        body: Validates with the :class:`Check` and, if it found no error, writes
            and returns the row.

    Returns:
        The written row (None when refused) and the user errors.
    """
    context: Context = info.context
    async with context.exclusive() as session:
        # What the audit trail records for this transaction's changes (core.audit).
        session.info.update(operation=info.field_name, district_id=context.district_id)
        check = Check(context, session)
        try:
            row = await body(check)
            if not check.errors:
                await check._stays_inside()
            if check.errors:
                await session.rollback()
                return None, check.errors.items
            await session.commit()
            context.indicators.forget(context.district_id)
        except IntegrityError:
            await session.rollback()
            conflict = UserError(
                field=["input"],
                code=UserErrorCode.CONFLICT,
                message="changed concurrently by someone else; try again",
            )
            return None, [*check.errors.items, conflict]
        except BaseException:
            await session.rollback()  # nothing of a failed mutation may reach a later commit
            raise
        if row is not None:
            await session.refresh(row)
    return row, []


def unset(value: object) -> bool:
    """Whether an optional input field was left out."""
    return value is strawberry.UNSET


@strawberry.input(description="Which object to archive or restore.")
class ArchiveInput:
    """The object's Global ID."""

    id: strawberry.ID


@strawberry.type(description="Result of archiving or restoring an object.")
class ArchivePayload:
    """The object as it is now, or the errors."""

    node: Node | None
    errors: list[UserError]


async def _set_archived(info: Info, input: ArchiveInput, archived: bool) -> ArchivePayload:
    context: Context = info.context
    parsed = parse_global_id(input.id)
    visible = info._raw_info.schema.type_map
    found = context.node_types.get(parsed[0]) if parsed else None
    if parsed is None or found is None or parsed[0] not in visible:
        return ArchivePayload(
            node=None,
            errors=[
                UserError(
                    field=["input", "id"],
                    code=UserErrorCode.NOT_FOUND,
                    message="is not an object ID",
                )
            ],
        )
    cls, model = found

    async def body(check: Check) -> Any:
        row = await check.session.get(model, parsed[1])
        if row is None or row.district_id != context.district_id:
            check.errors.add("id", UserErrorCode.NOT_FOUND, f"no such {parsed[0]} in this district")
            return None
        if not await check.in_scope("id", parsed[0], model, row.id):
            return None
        if not hasattr(row, "archived_at"):
            check.errors.add("id", UserErrorCode.INVALID, f"a {parsed[0]} cannot be archived")
            return None
        if (row.archived_at is not None) == archived:
            check.errors.add(
                "id",
                UserErrorCode.INVALID_STATE,
                "is already archived" if archived else "is not archived",
            )
            return None
        # What the object's neighbours allow, and what goes with it (core.archive).
        await (archive_row if archived else restore_row)(check, row)
        return None if check.errors else row

    row, errors = await run(info, body)
    return ArchivePayload(node=cls.from_row(row) if row is not None else None, errors=errors)


async def archive(info: Info, input: ArchiveInput) -> ArchivePayload:
    """Archive an object: hidden from lists, history kept.

    Refused while live objects depend on it; parts a plugin declares
    (``gridgov_archive_rules``) are archived with it.
    """
    return await _set_archived(info, input, True)


async def restore(info: Info, input: ArchiveInput) -> ArchivePayload:
    """Bring an archived object back, with what was archived with it.

    Refused while it points at an archived object, or when its plugin finds it
    would break a rule (``gridgov_check_restore``, e.g. ``DUPLICATE``).
    """
    return await _set_archived(info, input, False)


ARCHIVE_FIELDS = [
    strawberry.field(
        resolver=archive,
        description="Archive any object by Global ID; nothing is deleted. Refused while live"
        " objects depend on it; parts its programme declares are archived with it.",
    ),
    strawberry.field(
        resolver=restore,
        description="Restore an archived object, with what was archived with it. Refused"
        " while it points at an archived object.",
    ),
]
