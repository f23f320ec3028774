"""Typed SQLAlchemy models of the core: places, organisations, people and grids.

Every table carries ``district_id`` (the tenant key on which PostgreSQL row-level
security or Citus distribution would shard); the ``district`` table is the tenant
itself. Kinds and roles are stored as short strings validated against the registry
in :mod:`core.kinds`, because plugins add organisation kinds and post roles of their
own and a database enum could not grow with them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    UniqueConstraint,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 100
"""Longest name of anything the platform stores."""

ANCHOR_COLUMNS = (
    "street_id",
    "community_id",
    "grid_id",
    "estate_id",
    "building_id",
    "household_id",
)
"""The places an organisation can be anchored to, one at most (none: the district)."""


class Base(DeclarativeBase):
    """The shared declarative base; plugins put their models on it too."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Columns every core row has: its tenant, its life and its archive mark."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)

    @declared_attr
    def district_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("district.id"), index=True)

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class History:
    """Marks a model whose rows record what happened: append-only, never archived.

    A log table has no ``archived_at`` and cannot be archived anyway; a history table
    that has one (``Tracked``, e.g. grid_events' transitions) inherits this too, and
    ``archive`` refuses its rows (``INVALID``) as it refuses a log's, and refuses an
    object whose ``CASCADE`` rules would archive some. Restoring a row archived before
    stays possible.
    """


def live(model: Any) -> ColumnElement[bool]:
    """Rows of ``model`` (a model or table) that are not archived."""
    columns = getattr(model, "c", None)
    column = columns.archived_at if columns is not None else model.archived_at
    return column.is_(None)  # type: ignore[no-any-return]


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timestamp column stored in UTC and always read back as an aware UTC datetime.

    SQLite keeps no offset and returns naive values; PostgreSQL returns aware ones.
    With this type both store the same instant the same way, so comparisons in SQL
    (venues' overlapping bookings) agree, and both read the same, so times compared or
    subtracted in Python (grid_events' deadlines) do too. Writing a naive datetime is
    a bug and raises ``ValueError``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        """``value`` in UTC, as it is written."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        """What was read, as an aware UTC datetime (SQLite's naive values are UTC)."""
        if value is None:
            return None
        stamp: dt.datetime = value
        if stamp.tzinfo is None:
            return stamp.replace(tzinfo=dt.UTC)
        return stamp.astimezone(dt.UTC)


class District(Base):
    """区: the tenant. ``code`` is the GB/T 2260 six-digit division code."""

    __tablename__ = "district"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    @property
    def district_id(self) -> int:
        """A district is its own tenant."""
        return self.id


class DistrictPlugin(Base):
    """A programme (plugin) a district has switched on."""

    __tablename__ = "district_plugin"

    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), primary_key=True)
    plugin: Mapped[str] = mapped_column(String(64), primary_key=True)
    enabled_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class DistrictsVersion(Base):
    """区配置版本: one row counting every change to ``district`` and ``district_plugin``.

    Database triggers (core's revision ``0007_core``) add one to ``version`` in the
    transaction of any statement that changes either table, whoever runs it: the
    command line, the example loader, a mutation, SQL typed by hand. Server processes
    keep each district and its enabled plugins in memory and read this row in the
    same statement as the request's token, so they notice such a change on their
    next request.
    """

    __tablename__ = "districts_version"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class Street(Tracked, Base):
    """街道 (or 镇, a town): nine-digit statistical code prefixed by its district's."""

    __tablename__ = "street"
    __table_args__ = (UniqueConstraint("code"),)

    code: Mapped[str] = mapped_column(String(9))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(16))


class Community(Tracked, Base):
    """社区 (urban) or 村 (village): twelve-digit code prefixed by its street's."""

    __tablename__ = "community"
    __table_args__ = (UniqueConstraint("code"),)

    street_id: Mapped[int] = mapped_column(ForeignKey("street.id"), index=True)
    code: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(16))


class Grid(Tracked, Base):
    """网格: the unit of service inside a community; micro-grids nest in a comprehensive one."""

    __tablename__ = "grid"
    __table_args__ = (
        UniqueConstraint("code"),
        Index("ix_grid_community_kind", "community_id", "kind"),
    )

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    code: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(16), index=True)


class Estate(Tracked, Base):
    """小区: a residential compound; rural concentrated settlements are estates too."""

    __tablename__ = "estate"
    # One name per community, held by the database: a check before the insert does not
    # hold when requests create the same estate at once.
    __table_args__ = (Index("uq_estate_community_id_name", "community_id", "name", unique=True),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(24))
    address: Mapped[str | None] = mapped_column(String(200))


class Building(Tracked, Base):
    """楼栋: a block inside an estate, in the finest grid that covers it."""

    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("estate_id", "number"),)

    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    number: Mapped[str] = mapped_column(String(32))
    floors: Mapped[int | None] = mapped_column(Integer)


class Household(Tracked, Base):
    """户: a dwelling inside a building."""

    __tablename__ = "household"
    __table_args__ = (UniqueConstraint("building_id", "door_number"),)

    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    door_number: Mapped[str] = mapped_column(String(32))


class Person(Tracked, Base):
    """人: one person; identities, posts and grid assignments hang off them as data."""

    __tablename__ = "person"
    # The natural key of the people register (core.registers): a re-import finds people by it.
    __table_args__ = (Index("ix_person_district_id_number", "district_id", "id_number"),)

    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    gender: Mapped[str] = mapped_column(String(8))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(18))


class Identity(Tracked, Base):
    """A person's identity over a period: resident, party member (and branch), volunteer..."""

    __tablename__ = "identity"
    __table_args__ = (
        CheckConstraint("until IS NULL OR until >= since", name="period"),
        Index("ix_identity_district_kind", "district_id", "kind"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)


class Organisation(Tracked, Base):
    """An organisation of the five-level system or a unit beside it.

    It is anchored to at most one place; which anchors and parents a kind allows is
    part of the kind's definition (:class:`core.kinds.OrganisationKind`).
    """

    __tablename__ = "organisation"
    __table_args__ = (
        Index("ix_organisation_district_kind", "district_id", "kind"),
        CheckConstraint(
            " + ".join(f"CASE WHEN {column} IS NULL THEN 0 ELSE 1 END" for column in ANCHOR_COLUMNS)
            + " <= 1",
            name="one_anchor",
        ),
    )

    kind: Mapped[str] = mapped_column(String(48))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    street_id: Mapped[int | None] = mapped_column(ForeignKey("street.id"), index=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    estate_id: Mapped[int | None] = mapped_column(ForeignKey("estate.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)


class Post(Tracked, Base):
    """A person holding a role in an organisation over a period."""

    __tablename__ = "post"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
        Index("ix_post_district_role", "district_id", "role"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[str] = mapped_column(String(48))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class GridAssignment(Tracked, Base):
    """A person working a grid: full-time or part-time grid worker, or grid head."""

    __tablename__ = "grid_assignment"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
        Index("ix_grid_assignment_district_kind", "district_id", "kind"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class Account(Base):
    """A person's login: one role at one scope (see :mod:`core.access`).

    ``district_id`` is null only for a city administrator (市级管理员), who may use
    every district's endpoint. The scope columns name at most one place inside the
    district; none means the whole district.
    """

    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint(
            "CASE WHEN street_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN community_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN grid_id IS NULL THEN 0 ELSE 1 END <= 1",
            name="one_scope",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"), index=True)
    street_id: Mapped[int | None] = mapped_column(ForeignKey("street.id"), index=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    disabled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AccessToken(Base):
    """A bearer token; only its SHA-256 digest is stored, so a leaked table grants nothing."""

    __tablename__ = "access_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """One change (or one reveal of personal data), written in the changing transaction.

    ``before`` and ``after`` hold the changed columns only; ``account_id`` is null for
    changes made from the command line. ``operation`` is what the server did (the
    mutation, or the field a reveal showed); ``client_operation`` the name the client
    gave its operation, as sent (reveals record it), never used as a label.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_district_at", "district_id", "at"),
        Index("ix_audit_entry_object", "table_name", "row_id"),
        Index("ix_audit_entry_action_at", "action", "at"),  # recent failed logins
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    actor: Mapped[str] = mapped_column(String(NAME_LENGTH))
    operation: Mapped[str] = mapped_column(String(NAME_LENGTH))
    client_operation: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
