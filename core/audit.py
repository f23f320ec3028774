"""The audit trail (审计记录): who changed what, when, from what to what.

Every change made through a session of :func:`core.db.engine.session_factory` is
recorded in the same transaction as the change itself, so the trail and the data
can never disagree: a rolled-back mutation leaves no entry, a committed one always
has its entries.

How it works:

* The sessions are :class:`AuditedSession`\\ s. Its ``after_flush`` listener turns
  every inserted, updated and deleted ORM row (core's and every plugin's models
  alike) into an :class:`~core.db.models.AuditEntry` row with the changed columns
  only, written by one Core ``INSERT`` on the session's own connection. The handler
  is an ordinary synchronous one: under :class:`~sqlalchemy.ext.asyncio.AsyncSession`
  it runs inside SQLAlchemy's greenlet, where the connection's synchronous calls are
  adapted to the async driver.
* A session is audited once someone is named in ``session.info``: ``"viewer"``
  (a :class:`core.access.Viewer`, set per request by :mod:`core.app`, None for an
  anonymous request, whose only write is ``login``: the account logging in acts) or
  ``"actor"`` (a name, for the command line: :func:`act_as`). Sessions naming
  nobody — loading examples, migrations, test set-up — are not audited.
* ``session.info["operation"]`` names what was done (the mutation field, set by
  :func:`core.graphql.mutations.run`), ``session.info["district_id"]`` the district
  of rows that have none of their own (tokens, accounts of city administrators).
* Writes made with Core ``insert()``/``update()`` statements bypass the flush; the
  code making them calls :func:`record`, :func:`record_update` or
  :func:`record_inserts` next to the statement.

Never recorded: password hashes, token digests, the audit table itself, and the
``created_at``/``updated_at`` stamps (the entry's own time says as much). A change
of secrets only is still an entry, with the columns left out.
Personal data (phone, ID number, birth date) is recorded masked, so reading the trail never
reveals what reading the person would have masked.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, and_, event, func, insert, inspect, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from core.accounts import now
from core.db import models

if TYPE_CHECKING:
    from sqlalchemy.orm import InstanceState

    from core.access import Viewer

AUDIT = cast(Table, models.AuditEntry.__table__)
AUDIT_TABLE = AUDIT.name
SECRET_COLUMNS = frozenset({("account", "password_hash"), ("access_token", "digest")})
"""``(table, column)`` never written to the trail, not even masked."""
PERSONAL_COLUMNS = frozenset(
    {("person", "phone"), ("person", "id_number"), ("person", "birth_date")}
)
"""``(table, column)`` written masked (see :func:`mask_column`)."""
STAMPS = frozenset({"created_at", "updated_at"})
"""Columns the database stamps on every row: the entry's own time says as much."""
ANONYMOUS = "anonymous"
"""The actor of a change nobody could be named for."""


class Action(StrEnum):
    """What an entry records."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    REVEAL = "reveal"  # personal data shown unmasked
    LOGIN_FAILED = "login_failed"  # a wrong name or password given to login


def mask(value: str | None) -> str | None:
    """Mask personal data, keeping its first three and last four characters."""
    if value is None:
        return None
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_id_number(value: str | None) -> str | None:
    """Mask a citizen ID number, keeping its last four characters only.

    The first six digits name the area of birth registration and the next eight the
    birth date: both can be guessed (the district, a known age), so keeping any of them
    would leave the rest of the number to be rebuilt with the check character.
    """
    if value is None:
        return None
    return "*" * max(len(value) - 4, 0) + value[-4:]


def mask_column(column: str, value: Any) -> Any:
    """A personal column's value masked: phone (:func:`mask`), ID number, birth date."""
    if value is None:
        return None
    if column == "id_number":
        return mask_id_number(str(value))
    if column == "birth_date":
        return "****-**-**"
    return mask(str(value))


def json_safe(value: Any) -> Any:
    """``value`` as JSON can hold it: dates and datetimes as ISO strings, enums by value."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)  # PostgreSQL JSON has no NaN
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Enum):
        return json_safe(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(item) for item in value]
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _recordable(table: str, values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Column values as the trail keeps them: secrets left out, personal data masked."""
    if values is None:
        return None
    kept: dict[str, Any] = {}
    for column, value in values.items():
        if (table, column) in SECRET_COLUMNS:
            continue
        if (table, column) in PERSONAL_COLUMNS:
            value = mask_column(column, value)
        kept[column] = json_safe(value)
    return kept


# -- who acts -------------------------------------------------------------------------


def act_as(session: AsyncSession, actor: str, operation: str) -> None:
    """Audit what ``session`` changes as done by ``actor``, outside a request.

    Args:
        session: A session of :func:`core.db.engine.session_factory`.
        actor: Who acts, e.g. ``cli:alice`` for a command run by the user alice.
        operation: What is done, e.g. ``users create``.
    """
    session.info.update(actor=actor, operation=operation)


def audited(session: Session) -> bool:
    """Whether ``session``'s changes are recorded: someone is named in its ``info``."""
    return "viewer" in session.info or "actor" in session.info


@dataclass(frozen=True)
class _Actor:
    """Who a session's changes are recorded for."""

    account_id: int | None
    name: str
    district_id: int | None


def _actor(session: Session) -> _Actor:
    viewer: Viewer | None = session.info.get("viewer")
    if viewer is not None:
        return _Actor(viewer.account_id, viewer.name, viewer.district_id)
    name = session.info.get("actor")
    return _Actor(None, str(name) if name else ANONYMOUS, None)


def _account_of(session: Session, account_id: int) -> _Actor:
    """The account logging in (the one write an anonymous request makes)."""
    account = session.identity_map.get(identity_key(models.Account, account_id))
    if isinstance(account, models.Account):
        return _Actor(account.id, account.name, account.district_id)
    found = (
        session.connection()
        .execute(
            select(models.Account.name, models.Account.district_id).where(
                models.Account.id == account_id
            )
        )
        .first()
    )
    return _Actor(
        account_id, found.name if found else ANONYMOUS, found.district_id if found else None
    )


def _entry(
    session: Session,
    actor: _Actor,
    at: dt.datetime,
    action: str,
    table: str,
    row_id: int | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    district_id: int | None,
    operation: str | None = None,
) -> dict[str, Any]:
    """One row of the audit table."""
    if district_id is None:
        district_id = session.info.get("district_id", actor.district_id)
    return {
        "district_id": district_id,
        "at": at,
        "account_id": actor.account_id,
        "actor": actor.name[: models.NAME_LENGTH],
        "operation": (operation or session.info.get("operation") or "")[: models.NAME_LENGTH],
        "action": action,
        "table_name": table,
        "row_id": row_id,
        "before": _recordable(table, before),
        "after": _recordable(table, after),
    }


def _write(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.connection().execute(insert(AUDIT), list(rows))


# -- the flush listener -----------------------------------------------------------------


def _row_id(state: InstanceState[Any]) -> int | None:
    """The row's id when its primary key is one integer column (else None)."""
    keys = state.mapper.primary_key
    if len(keys) != 1:
        return None
    value = state.dict.get(state.mapper.get_property_by_column(keys[0]).key)
    return value if isinstance(value, int) else None


def _columns(state: InstanceState[Any]) -> Iterable[tuple[str, str]]:
    """``(attribute key, column name)`` of the row's columns but its single id and stamps."""
    mapper = state.mapper
    single_id = len(mapper.primary_key) == 1
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if (single_id and column is mapper.primary_key[0]) or prop.key in STAMPS:
            continue
        yield prop.key, getattr(column, "name", prop.key)


Change = tuple[dict[str, Any] | None, dict[str, Any] | None]
"""The changed columns of a row, before and after."""


def _change(state: InstanceState[Any], action: Action) -> Change | None:
    """``(before, after)`` of one flushed row; None for an update that changed nothing."""
    if action is Action.CREATE:
        values = {name: state.dict[key] for key, name in _columns(state) if key in state.dict}
        return None, {name: value for name, value in values.items() if value is not None}
    if action is Action.DELETE:
        values = {name: state.dict[key] for key, name in _columns(state) if key in state.dict}
        return {name: value for name, value in values.items() if value is not None}, None
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, name in _columns(state):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        before[name] = history.deleted[0] if history.deleted else None
        after[name] = history.added[0] if history.added else None
    return (before, after) if after or before else None


def _district_of(state: InstanceState[Any], table: str, row_id: int | None) -> int | None:
    if table == models.District.__tablename__:
        return row_id
    value = state.dict.get("district_id")
    return value if isinstance(value, int) else None


def _after_flush(session: Session, flush_context: Any) -> None:
    """Record what this flush wrote, in its transaction (the session is still pre-flush)."""
    if not audited(session):
        return
    actor, operation = _actor(session), None
    if "viewer" in session.info and session.info["viewer"] is None:
        # An anonymous request writes only when logging in: the account logging in acts.
        issued = next((o for o in session.new if isinstance(o, models.AccessToken)), None)
        if issued is not None:
            actor, operation = _account_of(session, issued.account_id), "login"
    at = now()
    rows: list[dict[str, Any]] = []
    for objects, action in (
        (session.new, Action.CREATE),
        (session.dirty, Action.UPDATE),
        (session.deleted, Action.DELETE),
    ):
        for obj in objects:
            state: InstanceState[Any] = inspect(obj)
            table = state.mapper.local_table.name  # type: ignore[attr-defined]
            if table == AUDIT_TABLE:
                continue
            change = _change(state, action)
            if change is None:
                continue
            before, after = change
            row_id = _row_id(state)
            rows.append(
                _entry(
                    session,
                    actor,
                    at,
                    action.value,
                    table,
                    row_id,
                    before,
                    after,
                    _district_of(state, table, row_id),
                    operation,
                )
            )
    _write(session, rows)


class AuditedSession(Session):
    """The ORM session of the app and the command line: its flushes are audited."""


event.listen(AuditedSession, "after_flush", _after_flush)


# -- explicit records, for Core statements that bypass the flush -----------------------


def _table_name(table: Any) -> str:
    if isinstance(table, str):
        return table
    return str(getattr(table, "__tablename__", None) or table.name)


async def record(
    session: AsyncSession,
    action: str,
    table: Any,
    row_id: int | None = None,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    district_id: int | None = None,
    operation: str | None = None,
) -> None:
    """Record one change a Core statement made, in the session's transaction.

    Does nothing for a session naming nobody (see the module's documentation).

    Args:
        session: The session that made the change (not yet committed).
        action: ``create``, ``update`` or ``delete``.
        table: The model, its table or the table's name.
        row_id: The row's id, if one row was changed and it is known.
        before: The changed columns as they were.
        after: The changed columns as they are now.
        district_id: The district the change belongs to (default: the request's).
        operation: What was done (default: the mutation's field name).
    """
    sync = session.sync_session
    if not audited(sync):
        return
    name = _table_name(table)
    entry = _entry(
        sync, _actor(sync), now(), action, name, row_id, before, after, district_id, operation
    )
    await session.execute(insert(AUDIT), [entry])


async def record_update(session: AsyncSession, row: Any, values: Mapping[str, Any]) -> None:
    """Record a Core ``UPDATE`` of one ORM row setting ``values`` (the row still holds the old).

    Args:
        session: The session that ran the update (not yet committed).
        row: The ORM object as it was read before the update.
        values: ``{column: new value}`` the update set; unchanged ones are left out.
    """
    before = {key: getattr(row, key) for key in values}
    changed = [key for key in values if before[key] != values[key]]
    await record(
        session,
        Action.UPDATE.value,
        row.__table__,
        row.id,
        before={key: before[key] for key in changed},
        after={key: values[key] for key in changed},
        district_id=getattr(row, "district_id", None),
    )


async def record_inserts(
    session: AsyncSession, table: Any, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Record the rows a Core ``INSERT`` created, one entry each, in one statement.

    Args:
        session: The session that ran the insert (not yet committed).
        table: The model or table inserted into.
        rows: The inserted values; ``id`` and ``district_id`` are used when present.
    """
    sync = session.sync_session
    if not rows or not audited(sync):
        return
    name, actor, at = _table_name(table), _actor(sync), now()
    entries = [
        _entry(
            sync,
            actor,
            at,
            Action.CREATE.value,
            name,
            row.get("id"),
            None,
            {key: value for key, value in row.items() if key != "id" and value is not None},
            row.get("district_id"),
        )
        for row in rows
    ]
    await session.execute(insert(AUDIT), entries)


def reveal_entry(
    viewer: Viewer,
    district_id: int,
    field: str,
    table: str,
    row_id: int,
    column: str,
    at: dt.datetime,
    *,
    client_operation: str | None = None,
) -> dict[str, Any]:
    """The audit row of showing one column of one row unmasked: which, never the value.

    Args:
        viewer: Who was shown it.
        district_id: The request's district.
        field: The field revealed, as the schema names it (``Person.phone``): the
            entry's operation, which the client cannot choose.
        table: The row's table.
        row_id: The row's id.
        column: The column shown.
        at: When.
        client_operation: The name the client gave its operation, kept apart.
    """
    return {
        "district_id": district_id,
        "at": at,
        "account_id": viewer.account_id,
        "actor": viewer.name,
        "operation": field[: models.NAME_LENGTH],
        "client_operation": client_operation[: models.NAME_LENGTH] if client_operation else None,
        "action": Action.REVEAL.value,
        "table_name": table,
        "row_id": row_id,
        "before": None,
        "after": {"field": column},
    }


async def record_failed_login(
    session: AsyncSession,
    name: str,
    account_id: int | None,
    district_id: int,
    address: str | None,
) -> None:
    """Record a login refused for a wrong name or password; the caller commits.

    The entry's actor is the name given (an account of that name or not), its row the
    account when one has that name; ``after`` holds the client's address. Never the
    password.
    """
    entry = {
        "district_id": district_id,
        "at": now(),
        "account_id": None,
        "actor": name[: models.NAME_LENGTH],
        "operation": "login",
        "action": Action.LOGIN_FAILED.value,
        "table_name": models.Account.__tablename__,
        "row_id": account_id,
        "before": None,
        "after": {"address": address},
    }
    await session.execute(insert(AUDIT), [entry])


@dataclass(frozen=True)
class FailedLogins:
    """Logins refused lately, counted the ways ``login`` throttles them.

    Attributes:
        pair: For the name from the address (every address when it is unknown).
        name: For the name, from every address.
        address: From the address, whatever the name (0 when it is unknown).
    """

    pair: int
    name: int
    address: int


async def failed_logins(
    session: AsyncSession, name: str, address: str | None, since: dt.datetime
) -> FailedLogins:
    """Logins refused since ``since`` for the name ``name`` and from ``address`` (one statement)."""
    entry = models.AuditEntry
    given = entry.actor == name
    if address is None:
        # Without an address, failures cannot be told apart by where they came from.
        counts = select(func.count(), func.count(), literal(0))
        where = given
    else:
        source = entry.after["address"].as_string() == address
        counts = select(
            func.count().filter(and_(given, source)),
            func.count().filter(given),
            func.count().filter(source),
        )
        where = or_(given, source)
    row = (
        await session.execute(
            counts.where(entry.action == Action.LOGIN_FAILED.value, entry.at >= since, where)
        )
    ).one()
    return FailedLogins(pair=row[0], name=row[1], address=row[2])
