"""Log in and out: ``login`` issues an expiring bearer token, ``revokeToken`` ends it."""

from __future__ import annotations

import datetime as dt

import strawberry
from graphql import GraphQLError
from sqlalchemy import select
from strawberry.types import Info

from core import audit
from core.accounts import (
    MAX_PASSWORD,
    check_password,
    issue_token,
    needs_rehash,
    new_password_hash,
    now,
    revoke_tokens,
)
from core.contract import CORE
from core.db import models
from core.graphql.context import Context
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described


@strawberry.input
class LoginInput:
    name: str
    password: str


@strawberry.type
class LoginPayload:
    token: str | None = strawberry.field(
        description="Send it as 'Authorization: Bearer <token>'; shown only this once."
    )
    expires_at: dt.datetime | None
    errors: list[UserError]


@strawberry.input
class RevokeTokenInput:
    every: bool = strawberry.field(
        default=False, description="Revoke every token of the account, not only this one."
    )


@strawberry.type
class RevokeTokenPayload:
    revoked: int = strawberry.field(description="How many tokens were revoked.")
    errors: list[UserError]


def _refused(field: str, code: UserErrorCode, message: str) -> LoginPayload:
    return LoginPayload(
        token=None,
        expires_at=None,
        errors=[UserError(field=["input", field], code=code, message=message)],
    )


WRONG = "wrong name or password"
"""The one answer for an unknown name, a wrong password, a disabled account and an
account of another district: it does not tell which accounts exist."""


async def login(info: Info, input: LoginInput) -> LoginPayload:
    """Exchange an account's name and password for a bearer token.

    A wrong name, a wrong password, a disabled account and an account of another
    district get the same answer, in about the same time, so the answer does not
    tell which accounts exist. Each is audited (``LOGIN_FAILED``), and counted: past
    ``login_failures`` for one name from one address, ``login_name_failures`` for one
    name from all addresses or ``login_address_failures`` from one address within
    ``login_window`` seconds, ``login`` answers ``TOO_MANY_LOGIN_ATTEMPTS`` before
    checking anything.
    """
    context: Context = info.context
    name = input.name.strip()
    # Inputs no account can match are refused before any hashing; saying so tells
    # nothing about the accounts.
    for field, value, longest in (
        ("name", name, models.NAME_LENGTH),
        ("password", input.password, MAX_PASSWORD),
    ):
        if not value:
            return _refused(field, UserErrorCode.REQUIRED, f"the {field} is required")
        if len(value) > longest:
            return _refused(field, UserErrorCode.TOO_LONG, f"at most {longest} characters")
    account = models.Account
    settings = context.manager.settings(CORE)
    async with context.exclusive() as session:
        # Guessing is throttled per name and address, per name from every address (far
        # more: failures from elsewhere must not lock the name's owner out) and per
        # address, whether an account has the name or not (so the answer tells nothing),
        # across processes: the failures are counted in the audit trail.
        since = now() - dt.timedelta(seconds=settings.login_window)
        failed = await audit.failed_logins(session, name, context.address, since)
        if (
            failed.pair >= settings.login_failures
            or failed.name >= settings.login_name_failures
            or failed.address >= settings.login_address_failures
        ):
            await session.commit()
            raise GraphQLError(
                "Too many refused logins for this name or from this address; try again "
                f"in {settings.login_window // 60} minutes.",
                extensions={"code": "TOO_MANY_LOGIN_ATTEMPTS", "retryAfter": settings.login_window},
            )
        found = (
            await session.execute(
                select(account.id, account.password_hash, account.district_id).where(
                    account.name == name, account.disabled_at.is_(None)
                )
            )
        ).first()
        await session.commit()  # no transaction stays open while the password is hashed
    # Always one verification (against a stand-in hash for an unknown name), in a
    # hashing thread: the event loop keeps serving other requests meanwhile.
    stored = found.password_hash if found else None
    matches = await check_password(stored, input.password)
    if (
        found is None
        or stored is None
        or not matches
        or found.district_id not in (None, context.district_id)
    ):
        async with context.exclusive() as session:
            await audit.record_failed_login(
                session, name, found.id if found else None, context.district_id, context.address
            )
            await session.commit()
        return _refused("password", UserErrorCode.INVALID, WRONG)
    # A hash made with weaker parameters than today's is replaced while the password is known.
    rehashed = await new_password_hash(input.password) if needs_rehash(stored) else None
    async with context.exclusive() as session:
        # Read again: the account may have been disabled while the password was checked.
        holder = await session.scalar(
            select(account).where(account.id == found.id, account.disabled_at.is_(None))
        )
        if holder is None:
            await session.rollback()
            return _refused("password", UserErrorCode.INVALID, WRONG)
        if rehashed is not None:
            holder.password_hash = rehashed
        hours = context.manager.settings(CORE).token_hours
        token, expires = await issue_token(session, holder, hours)
        await session.commit()
    return LoginPayload(token=token, expires_at=expires, errors=[])


async def revoke_token(info: Info, input: RevokeTokenInput) -> RevokeTokenPayload:
    """Revoke the token this request came with (log out), or every token of the account."""
    context: Context = info.context
    viewer = context.viewer
    assert viewer is not None  # the access guard answers anonymous requests itself
    token = models.AccessToken
    async with context.exclusive() as session:
        revoked = await revoke_tokens(
            session, viewer.account_id, None if input.every else viewer.token_id
        )
        await audit.record(
            session,
            "update",
            token,
            None if input.every else viewer.token_id,
            after={"revoked_at": now(), "account_id": viewer.account_id},
            district_id=context.district_id,
            operation="revokeToken",
        )
        await session.commit()
    return RevokeTokenPayload(revoked=revoked, errors=[])


MUTATION_FIELDS = [described(login), described(revoke_token)]
