"""Accounts, passwords and bearer tokens.

Passwords are hashed with argon2 (``argon2-cffi``), in a small pool of threads of
their own: a hash takes tens of milliseconds and 64 MiB, which must neither stall
the event loop nor be multiplied by a burst of logins. A token is 32 random bytes,
shown once; the database keeps only its SHA-256 digest, its expiry and whether it
was revoked. Every request reads its token afresh (in the statement that starts the
request, core/app.py), so a revocation holds at once in every server process.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import BindParameter, CursorResult, Select, bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from core.access import ROLE_SCOPES, Role, ScopeKind, ScopeRef, Viewer, permissions_of
from core.contract import Permission
from core.db import models

TOKEN_PREFIX = "ggv_"
"""Every token starts with it, so secret scanners and people recognise one."""

MIN_PASSWORD = 8
"""Shorter passwords are refused when an account is created."""

MAX_PASSWORD = 1024
"""Longer passwords are refused before hashing (a login must not cost what the client likes)."""

MAX_TOKEN_HOURS = 24 * 366
"""The longest a token may last (a year; ``token_hours`` has the same bound)."""

_hasher = PasswordHasher()
_hashing = ThreadPoolExecutor(max_workers=2, thread_name_prefix="gridgov-argon2")
"""Two hashes at a time at most, whatever the number of concurrent logins."""

T = TypeVar("T")


class AccountError(Exception):
    """An account could not be created or a token not issued: the message says why."""


@dataclass(frozen=True)
class Refusal:
    """Why a token was not accepted.

    Attributes:
        code: ``UNAUTHENTICATED`` (unknown, expired or revoked) or ``FORBIDDEN``
            (a token of another district).
        message: For the client.
        status: The HTTP status to answer with.
    """

    code: str
    message: str
    status: int


@dataclass(frozen=True)
class AccountSummary:
    """An account as ``gridgov users list`` shows it.

    Attributes:
        name: Login name.
        role: Its role's value.
        district_code: Its district's code (None for a city administrator).
        scope_kind: The level its role holds at.
        scope_code: The street, community or grid code (None at city or district level).
        disabled: Whether the account was disabled.
    """

    name: str
    role: str
    district_code: str | None
    scope_kind: ScopeKind
    scope_code: str | None
    disabled: bool

    @property
    def scope(self) -> str:
        """``district``, ``city``, or e.g. ``grid 320902001001001``."""
        kind = self.scope_kind.value
        return kind if self.scope_code is None else f"{kind} {self.scope_code}"


async def _hashing_thread(work: Callable[..., T], *args: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(_hashing, work, *args)


def hash_password(password: str) -> str:
    """The argon2 hash of ``password`` (blocking: see :func:`check_password`)."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; an account without a password matches nothing.

    Without a hash, a stand-in hash is verified all the same, so the time taken
    does not tell whether the account exists or has a password.
    """
    if len(password) > MAX_PASSWORD:
        return False
    try:
        matched = _hasher.verify(password_hash or _stand_in(), password)
    except (VerificationError, InvalidHashError):
        return False
    return matched and password_hash is not None


@functools.cache
def _stand_in() -> str:
    """The hash of a random password nobody knows, made once."""
    return _hasher.hash(secrets.token_urlsafe(32))


async def check_password(password_hash: str | None, password: str) -> bool:
    """:func:`verify_password` in a hashing thread, leaving the event loop free."""
    return await _hashing_thread(verify_password, password_hash, password)


def needs_rehash(password_hash: str) -> bool:
    """Whether a hash was made with other parameters than today's (rehash at login)."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return False


async def new_password_hash(password: str) -> str:
    """:func:`hash_password` in a hashing thread."""
    return await _hashing_thread(hash_password, password)


def digest(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def now() -> dt.datetime:
    """The current time, timezone-aware (tokens and audit entries use it)."""
    return dt.datetime.now(dt.UTC)


async def issue_token(
    session: AsyncSession, account: models.Account, hours: int
) -> tuple[str, dt.datetime]:
    """Create a token for ``account`` lasting ``hours``; the caller commits.

    Returns:
        The token (shown once) and when it expires.

    Raises:
        AccountError: ``hours`` is not between 1 and :data:`MAX_TOKEN_HOURS`.
    """
    if not 1 <= hours <= MAX_TOKEN_HOURS:
        raise AccountError(f"a token lasts 1 to {MAX_TOKEN_HOURS} hours, not {hours}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    issued = now()
    expires = issued + dt.timedelta(hours=hours)
    session.add(
        models.AccessToken(
            account_id=account.id, digest=digest(token), created_at=issued, expires_at=expires
        )
    )
    await session.flush()
    return token, expires


async def revoke_tokens(session: AsyncSession, account_id: int, token_id: int | None = None) -> int:
    """Revoke one token of an account, or all of them; the caller commits.

    Args:
        session: Where to write.
        account_id: The account.
        token_id: The one token to revoke (None: every token of the account).

    Returns:
        How many tokens were revoked (those revoked before are not counted).
    """
    token = models.AccessToken
    which = token.account_id == account_id
    if token_id is not None:
        which = which & (token.id == token_id)
    result = await session.execute(
        update(token).where(which, token.revoked_at.is_(None)).values(revoked_at=now())
    )
    return int(result.rowcount) if isinstance(result, CursorResult) else 0


async def find_account(session: AsyncSession, name: str) -> models.Account | None:
    """The account named ``name`` (disabled or not)."""
    return await session.scalar(select(models.Account).where(models.Account.name == name.strip()))


async def _district(session: AsyncSession, code: str) -> models.District:
    district = await session.scalar(select(models.District).where(models.District.code == code))
    if district is None:
        raise AccountError(f"no district with code {code!r}")
    return district


async def _scope_place(
    session: AsyncSession, district: models.District, code: str
) -> tuple[ScopeKind, int]:
    """The street, community or grid of ``district`` with ``code``."""
    for kind, model in (
        (ScopeKind.STREET, models.Street),
        (ScopeKind.COMMUNITY, models.Community),
        (ScopeKind.GRID, models.Grid),
    ):
        found = await session.scalar(
            select(model.id).where(
                model.code == code, model.district_id == district.id, model.archived_at.is_(None)
            )
        )
        if found is not None:
            return kind, found
    raise AccountError(f"no street, community or grid with code {code!r} in {district.name}")


def _valid_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > models.NAME_LENGTH:
        raise AccountError(f"the name must be 1 to {models.NAME_LENGTH} characters")
    if not name.isprintable() or any(c.isspace() for c in name):
        raise AccountError("the name must not contain spaces or control characters")
    return name


async def create_account(
    session: AsyncSession,
    name: str,
    role: str,
    *,
    district_code: str | None,
    scope_code: str | None = None,
    password: str | None = None,
) -> models.Account:
    """Create an account holding ``role`` at a scope; the caller commits.

    Everything is checked before anything is written: on an :class:`AccountError`
    the session holds nothing new.

    Args:
        session: Where to write.
        name: Login name, unique across the city; no spaces.
        role: A :class:`core.access.Role` value.
        district_code: The district (omitted only for a city administrator).
        scope_code: The street, community or grid code the role holds at (none:
            the whole district).
        password: Lets the account log in; without one it only uses tokens issued
            from the command line.

    Raises:
        AccountError: Anything refused, with the reason.
    """
    name = _valid_name(name)
    try:
        chosen = Role(role)
    except ValueError:
        raise AccountError(
            f"unknown role {role!r}; one of: {', '.join(r.value for r in Role)}"
        ) from None
    if password is not None and not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"the password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    if await session.scalar(select(models.Account.id).where(models.Account.name == name)):
        raise AccountError(f"an account named {name!r} already exists")
    account = models.Account(name=name, role=chosen.value)
    if chosen is Role.CITY_ADMIN:
        if district_code is not None or scope_code is not None:
            raise AccountError("a city administrator holds no district or scope")
        kind = ScopeKind.CITY
    else:
        if district_code is None:
            raise AccountError(f"the role {chosen.value} needs a district (--district CODE)")
        district = await _district(session, district_code)
        account.district_id = district.id
        kind = ScopeKind.DISTRICT
        if scope_code is not None:
            kind, place = await _scope_place(session, district, scope_code)
            setattr(account, f"{kind.value}_id", place)
    if kind not in ROLE_SCOPES[chosen]:
        allowed = " or ".join(sorted(k.value for k in ROLE_SCOPES[chosen]))
        raise AccountError(
            f"the role {chosen.value} is granted at {allowed} scope, not at {kind.value} scope"
        )
    if password is not None:
        account.password_hash = await new_password_hash(password)
    session.add(account)
    try:
        await session.flush()
    except IntegrityError:
        # Another process took the name between our check and this insert; the
        # caller's transaction is over (it rolls back, as on any AccountError).
        raise AccountError(f"an account named {name!r} already exists") from None
    return account


def same_grant(
    account: models.Account, role: str, district: models.District | None, place: ScopeRef
) -> bool:
    """Whether ``account`` holds ``role`` in ``district`` at ``place`` (for ``--exists-ok``)."""
    return (
        account.role == role
        and account.district_id == (district.id if district else None)
        and scope_of(account) == place
    )


async def grant_of(
    session: AsyncSession, role: str, district_code: str | None, scope_code: str | None
) -> tuple[models.District | None, ScopeRef]:
    """The district and scope a ``create_account`` call with these arguments would grant."""
    if district_code is None:
        return None, ScopeRef(ScopeKind.CITY)
    district = await _district(session, district_code)
    if scope_code is None:
        return district, ScopeRef(ScopeKind.DISTRICT)
    kind, place = await _scope_place(session, district, scope_code)
    return district, ScopeRef(kind, place)


async def list_accounts(
    session: AsyncSession, district_code: str | None = None
) -> list[AccountSummary]:
    """Accounts with their district and scope codes, city administrators first.

    Args:
        session: Where to read.
        district_code: Only this district's accounts (city administrators are
            listed with every district: they may use its endpoint).

    Raises:
        AccountError: No district has ``district_code``.
    """
    account = models.Account
    district = aliased(models.District)
    street, community, grid = models.Street, models.Community, models.Grid
    query = (
        select(
            account.name,
            account.role,
            account.disabled_at,
            district.code,
            street.code,
            community.code,
            grid.code,
        )
        .outerjoin(district, district.id == account.district_id)
        .outerjoin(street, street.id == account.street_id)
        .outerjoin(community, community.id == account.community_id)
        .outerjoin(grid, grid.id == account.grid_id)
    )
    if district_code is not None:
        found = await _district(session, district_code)
        query = query.where((account.district_id == found.id) | account.district_id.is_(None))
    summaries = []
    for name, role, disabled_at, district_at, street_at, community_at, grid_at in (
        await session.execute(query)
    ).all():
        kind, code = ScopeKind.CITY if district_at is None else ScopeKind.DISTRICT, None
        for level, at in (
            (ScopeKind.STREET, street_at),
            (ScopeKind.COMMUNITY, community_at),
            (ScopeKind.GRID, grid_at),
        ):
            if at is not None:
                kind, code = level, at
        summaries.append(
            AccountSummary(name, role, district_at, kind, code, disabled_at is not None)
        )
    return sorted(summaries, key=lambda s: (s.district_code or "", s.name))


def scope_of(account: models.Account) -> ScopeRef:
    """The scope an account's role holds at."""
    for kind in (ScopeKind.STREET, ScopeKind.COMMUNITY, ScopeKind.GRID):
        place = getattr(account, f"{kind.value}_id")
        if place is not None:
            return ScopeRef(kind, place)
    return ScopeRef(ScopeKind.CITY if account.district_id is None else ScopeKind.DISTRICT)


TOKEN_DIGEST: BindParameter[str] = bindparam("token_digest")
"""The parameter of :func:`token_lookup`: the digest of the request's token."""


def token_lookup() -> Select[*tuple[Any, ...]]:
    """The token with digest ``:token_digest`` and its account: what :func:`viewer_of` reads.

    Built once and run with ``{"token_digest": digest(token)}``. The server runs it
    joined to other reads of a request's start, in one statement (core/app.py).
    """
    token, account = models.AccessToken, models.Account
    return (
        select(
            token.id.label("token_id"),
            token.expires_at.label("token_expires_at"),
            token.revoked_at.label("token_revoked_at"),
            account.id.label("account_id"),
            account.name.label("account_name"),
            account.role.label("account_role"),
            account.district_id.label("account_district_id"),
            account.street_id.label("account_street_id"),
            account.community_id.label("account_community_id"),
            account.grid_id.label("account_grid_id"),
            account.disabled_at.label("account_disabled_at"),
        )
        .join(account, account.id == token.account_id)
        .where(token.digest == TOKEN_DIGEST)
    )


def viewer_of(row: Any, district_id: int, permissions: list[Permission]) -> Viewer | Refusal:
    """The viewer a row of :func:`token_lookup` stands for on one district's endpoint.

    Args:
        row: The row (None or a row of nulls when no token has the digest).
        district_id: The district of the endpoint.
        permissions: Every permission core and the plugins declare.
    """
    if row is None or row.token_id is None:
        return Refusal("UNAUTHENTICATED", "The token is not valid.", 401)
    expires = row.token_expires_at
    if expires.tzinfo is None:  # SQLite returns naive datetimes
        expires = expires.replace(tzinfo=dt.UTC)
    if row.token_revoked_at is not None or row.account_disabled_at is not None:
        return Refusal("UNAUTHENTICATED", "The token was revoked.", 401)
    if expires <= now():
        return Refusal("UNAUTHENTICATED", "The token has expired; log in again.", 401)
    if row.account_district_id is not None and row.account_district_id != district_id:
        return Refusal("FORBIDDEN", "The token is not valid for this district.", 403)
    scope = ScopeRef(ScopeKind.CITY if row.account_district_id is None else ScopeKind.DISTRICT)
    for kind in (ScopeKind.STREET, ScopeKind.COMMUNITY, ScopeKind.GRID):
        place = getattr(row, f"account_{kind.value}_id")
        if place is not None:
            scope = ScopeRef(kind, place)
    role = Role(row.account_role)
    return Viewer(
        account_id=row.account_id,
        name=row.account_name,
        role=role,
        district_id=row.account_district_id,
        scope=scope,
        permissions=permissions_of(role, permissions),
        token_id=row.token_id,
    )


async def authenticate(
    session: AsyncSession,
    token: str,
    district_id: int,
    permissions: list[Permission],
) -> Viewer | Refusal:
    """The viewer a bearer token stands for on one district's endpoint."""
    row = (await session.execute(_TOKEN_LOOKUP, {"token_digest": digest(token)})).first()
    return viewer_of(row, district_id, permissions)


_TOKEN_LOOKUP = token_lookup()
