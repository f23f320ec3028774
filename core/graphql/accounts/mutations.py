"""Log in and out: ``login`` issues an expiring bearer token, ``revokeToken`` ends it."""

from __future__ import annotations

import datetime as dt

import strawberry
from sqlalchemy import select, update
from strawberry.types import Info

from core.accounts import issue_token, now, verify_password
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


async def login(info: Info, input: LoginInput) -> LoginPayload:
    """Exchange an account's name and password for a bearer token.

    A wrong name, a wrong password and an account of another district get the same
    answer, so the answer does not tell which accounts exist.
    """
    context: Context = info.context
    async with context.exclusive() as session:
        account = await session.scalar(
            select(models.Account).where(
                models.Account.name == input.name.strip(),
                models.Account.disabled_at.is_(None),
            )
        )
        matches = verify_password(account.password_hash if account else None, input.password)
        if account is None or not matches or account.district_id not in (None, context.district_id):
            await session.rollback()
            return LoginPayload(
                token=None,
                expires_at=None,
                errors=[
                    UserError(
                        field=["input", "password"],
                        code=UserErrorCode.INVALID,
                        message="wrong name or password",
                    )
                ],
            )
        hours = context.manager.settings(CORE).token_hours
        token, expires = await issue_token(session, account, hours)
        await session.commit()
    return LoginPayload(token=token, expires_at=expires, errors=[])


async def revoke_token(info: Info, input: RevokeTokenInput) -> RevokeTokenPayload:
    """Revoke the token this request came with (log out), or every token of the account."""
    context: Context = info.context
    viewer = context.viewer
    assert viewer is not None  # the access guard answers anonymous requests itself
    token = models.AccessToken
    which = token.account_id == viewer.account_id if input.every else token.id == viewer.token_id
    async with context.exclusive() as session:
        result = await session.execute(
            update(token).where(which, token.revoked_at.is_(None)).values(revoked_at=now())
        )
        await session.commit()
    return RevokeTokenPayload(revoked=result.rowcount, errors=[])  # type: ignore[attr-defined]


MUTATION_FIELDS = [described(login), described(revoke_token)]
