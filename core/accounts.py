"""Accounts, passwords and bearer tokens.

Passwords are hashed with argon2 (``argon2-cffi``). A token is 32 random bytes,
shown once; the database keeps only its SHA-256 digest, its expiry and whether it
was revoked. Every request reads its token afresh, so a revocation holds at once
in every server process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.access import ROLE_SCOPES, Role, ScopeKind, ScopeRef, Viewer, permissions_of
from core.contract import Permission
from core.db import models

TOKEN_PREFIX = "ggv_"
"""Every token starts with it, so secret scanners and people recognise one."""

MAX_PASSWORD = 1024
"""Longer passwords are refused before hashing (hashing cost grows with length)."""

_hasher = PasswordHasher()


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


def hash_password(password: str) -> str:
    """The argon2 hash of ``password``."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; an account without a password matches nothing."""
    if password_hash is None or len(password) > MAX_PASSWORD:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


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
    """
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

    Args:
        session: Where to write.
        name: Login name, unique across the city.
        role: A :class:`core.access.Role` value.
        district_code: The district (omitted only for a city administrator).
        scope_code: The street, community or grid code the role holds at (none:
            the whole district).
        password: Lets the account log in; without one it only uses tokens issued
            from the command line.

    Raises:
        AccountError: Anything refused, with the reason.
    """
    name = name.strip()
    if not name or len(name) > models.NAME_LENGTH:
        raise AccountError(f"the name must be 1 to {models.NAME_LENGTH} characters")
    try:
        chosen = Role(role)
    except ValueError:
        raise AccountError(
            f"unknown role {role!r}; one of: {', '.join(r.value for r in Role)}"
        ) from None
    if password is not None and not 8 <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"the password must be 8 to {MAX_PASSWORD} characters")
    if await session.scalar(select(models.Account.id).where(models.Account.name == name)):
        raise AccountError(f"an account named {name!r} already exists")
    account = models.Account(
        name=name,
        role=chosen.value,
        password_hash=None if password is None else hash_password(password),
    )
    if chosen is Role.CITY_ADMIN:
        if district_code is not None or scope_code is not None:
            raise AccountError("a city administrator holds no district or scope")
        kind = ScopeKind.CITY
    else:
        if district_code is None:
            raise AccountError(f"a {chosen.value} needs a district")
        district = await session.scalar(
            select(models.District).where(models.District.code == district_code)
        )
        if district is None:
            raise AccountError(f"no district with code {district_code!r}")
        account.district_id = district.id
        kind = ScopeKind.DISTRICT
        if scope_code is not None:
            kind, place = await _scope_place(session, district, scope_code)
            setattr(account, f"{kind.value}_id", place)
    if kind not in ROLE_SCOPES[chosen]:
        allowed = ", ".join(sorted(k.value for k in ROLE_SCOPES[chosen]))
        raise AccountError(f"a {chosen.value} is granted at {allowed} scope, not {kind.value}")
    session.add(account)
    await session.flush()
    return account


def scope_of(account: models.Account) -> ScopeRef:
    """The scope an account's role holds at."""
    for kind in (ScopeKind.STREET, ScopeKind.COMMUNITY, ScopeKind.GRID):
        place = getattr(account, f"{kind.value}_id")
        if place is not None:
            return ScopeRef(kind, place)
    return ScopeRef(ScopeKind.CITY if account.district_id is None else ScopeKind.DISTRICT)


async def authenticate(
    session: AsyncSession,
    token: str,
    district_id: int,
    permissions: list[Permission],
) -> Viewer | Refusal:
    """The viewer a bearer token stands for on one district's endpoint."""
    row = (
        await session.execute(
            select(models.AccessToken, models.Account)
            .join(models.Account, models.Account.id == models.AccessToken.account_id)
            .where(models.AccessToken.digest == digest(token))
        )
    ).first()
    if row is None:
        return Refusal("UNAUTHENTICATED", "The token is not valid.", 401)
    issued, account = row
    expires = issued.expires_at
    if expires.tzinfo is None:  # SQLite returns naive datetimes
        expires = expires.replace(tzinfo=dt.UTC)
    if issued.revoked_at is not None or account.disabled_at is not None:
        return Refusal("UNAUTHENTICATED", "The token was revoked.", 401)
    if expires <= now():
        return Refusal("UNAUTHENTICATED", "The token has expired; log in again.", 401)
    if account.district_id is not None and account.district_id != district_id:
        return Refusal("FORBIDDEN", "The token is not valid for this district.", 403)
    role = Role(account.role)
    return Viewer(
        account_id=account.id,
        name=account.name,
        role=role,
        district_id=account.district_id,
        scope=scope_of(account),
        permissions=permissions_of(role, permissions),
        token_id=issued.id,
    )
