"""Create and update organisations and posts, under the rules of their kinds and roles."""

from __future__ import annotations

import datetime as dt

import strawberry
from sqlalchemy import func, or_, select, true
from strawberry.types import Info

from core.db import models
from core.db.models import live
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.ids import parse_global_id
from core.graphql.mutations import Check, run, unset
from core.graphql.organisations.types import ANCHOR_TYPES, Organisation, Post
from core.graphql.people.mutations import EndPeriodInput
from core.graphql.vocabulary import OrganisationKindRef, PostRoleRef

ANCHOR_BY_TYPE = {cls.__name__: name for name, (cls, _) in ANCHOR_TYPES.items()}


@strawberry.type
class OrganisationPayload:
    organisation: Organisation | None
    errors: list[UserError]


@strawberry.type
class PostPayload:
    post: Post | None
    errors: list[UserError]


@strawberry.input
class CreateOrganisationInput:
    kind: OrganisationKindRef
    name: str
    parent: strawberry.ID | None = None
    anchor: strawberry.ID | None = strawberry.field(
        default=None, description="The place it is anchored to; its kind decides which places fit."
    )


@strawberry.input
class UpdateOrganisationInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    parent: strawberry.ID | None = strawberry.UNSET


@strawberry.input
class CreatePostInput:
    person: strawberry.ID
    organisation: strawberry.ID
    role: PostRoleRef
    start_date: dt.date
    end_date: dt.date | None = None


async def _check_parent(
    check: Check, kind: str, parent_id: str | None, self_id: int | None = None
) -> models.Organisation | None:
    spec = check.context.manager.contributions.organisation_kinds[kind].value
    parent = await check.load(
        "parent", parent_id, "Organisation", models.Organisation, required=spec.parent_required
    )
    if parent is None:
        return None
    if spec.parent_kinds and parent.kind not in spec.parent_kinds:
        wanted = ", ".join(spec.parent_kinds)
        check.errors.add("parent", UserErrorCode.WRONG_KIND, f"a {kind} hangs under: {wanted}")
    if self_id is not None:
        cursor: models.Organisation | None = parent
        while (
            cursor is not None
        ):  # refuse cycles: the new parent must not sit below the organisation
            if cursor.id == self_id:
                check.errors.add(
                    "parent", UserErrorCode.INVALID, "would make the organisation its own ancestor"
                )
                break
            cursor = (
                await check.session.get(models.Organisation, cursor.parent_id)
                if cursor.parent_id
                else None
            )
    return parent


async def create_organisation(info: Info, input: CreateOrganisationInput) -> OrganisationPayload:
    """Found an organisation; its kind decides its possible parents and anchors."""

    async def body(check: Check) -> models.Organisation | None:
        kind = input.kind.value
        spec = check.context.manager.contributions.organisation_kinds[kind].value
        name = check.text("name", input.name)
        parent = await _check_parent(check, kind, input.parent)
        anchor_column, anchor_id = None, None
        if input.anchor is None:
            # Unanchored, it is the district's own, which only district scope may found.
            await check.district_wide("anchor")
            if spec.anchors:
                check.errors.add(
                    "anchor",
                    UserErrorCode.REQUIRED,
                    f"a {kind} is anchored to a {' or '.join(spec.anchors)}",
                )
        else:
            parsed = parse_global_id(input.anchor)
            anchor = ANCHOR_BY_TYPE.get(parsed[0]) if parsed else None
            if anchor is None:
                check.errors.add("anchor", UserErrorCode.NOT_FOUND, "is not the ID of a place")
            elif spec.anchors and anchor not in spec.anchors:
                check.errors.add(
                    "anchor",
                    UserErrorCode.WRONG_KIND,
                    f"a {kind} is anchored to a {' or '.join(spec.anchors)}",
                )
            else:
                cls, model = ANCHOR_TYPES[anchor]
                place = await check.load("anchor", input.anchor, cls.__name__, model)
                if place is not None:
                    if spec.grid_kinds and getattr(place, "kind", None) not in spec.grid_kinds:
                        check.errors.add(
                            "anchor",
                            UserErrorCode.WRONG_KIND,
                            f"a {kind} is anchored to a grid of kind "
                            + " or ".join(spec.grid_kinds),
                        )
                    anchor_column, anchor_id = f"{anchor}_id", place.id
        if check.errors:
            return None
        row = models.Organisation(
            district_id=check.context.district_id,
            kind=kind,
            name=name,
            parent_id=parent.id if parent else None,
        )
        if anchor_column:
            setattr(row, anchor_column, anchor_id)
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return OrganisationPayload(
        organisation=Organisation.from_row(row) if row else None, errors=errors
    )


async def update_organisation(info: Info, input: UpdateOrganisationInput) -> OrganisationPayload:
    """Rename an organisation or move it under another parent its kind allows."""

    async def body(check: Check) -> models.Organisation | None:
        row = await check.load("id", input.id, "Organisation", models.Organisation)
        name = None if unset(input.name) else check.text("name", input.name)
        parent = None
        if row is not None and not unset(input.parent):
            parent = await _check_parent(check, row.kind, input.parent, row.id)
        if check.errors or row is None:
            return None
        if name is not None:
            row.name = name
        if not unset(input.parent):
            row.parent_id = parent.id if parent else None
        return row

    row, errors = await run(info, body)
    return OrganisationPayload(
        organisation=Organisation.from_row(row) if row else None, errors=errors
    )


async def hold_post(
    check: Check,
    person: models.Person | None,
    organisation: models.Organisation | None,
    role: str,
    start: dt.date,
    end: dt.date | None,
) -> models.Post | None:
    """Validate and add a post under its role's rules; what every post-giving mutation shares.

    The role's organisation kinds and required identity are enforced, and a person
    cannot hold the same role in the same organisation twice over overlapping periods.
    Errors go on ``role``, ``person``, ``startDate`` and ``endDate``.

    Returns:
        The new post, or None when the check found errors (nothing is added).
    """
    spec = check.context.manager.contributions.post_roles[role].value
    check.period("startDate", start, "endDate", end)
    if (
        organisation is not None
        and spec.organisation_kinds
        and organisation.kind not in spec.organisation_kinds
    ):
        check.errors.add(
            "role",
            UserErrorCode.WRONG_KIND,
            f"a {role} serves in: {', '.join(spec.organisation_kinds)}",
        )
    if person is not None and spec.identity is not None:
        held = await check.session.scalar(
            select(func.count()).where(
                models.Identity.person_id == person.id,
                models.Identity.kind == spec.identity,
                models.Identity.since <= start,
                or_(models.Identity.until.is_(None), models.Identity.until >= start),
                live(models.Identity),
            )
        )
        if not held:
            check.errors.add(
                "person", UserErrorCode.WRONG_KIND, f"a {role} must be a {spec.identity}"
            )
    if person is not None and organisation is not None and not check.errors:
        overlapping = await check.session.scalar(
            select(func.count()).where(
                models.Post.person_id == person.id,
                models.Post.organisation_id == organisation.id,
                models.Post.role == role,
                live(models.Post),
                or_(models.Post.end_date.is_(None), models.Post.end_date >= start),
                models.Post.start_date <= end if end is not None else true(),
            )
        )
        if overlapping:
            check.errors.add(
                "startDate",
                UserErrorCode.CONFLICT,
                f"already holds this {role} post over part of the period",
            )
    if check.errors or person is None or organisation is None:
        return None
    row = models.Post(
        district_id=check.context.district_id,
        person_id=person.id,
        organisation_id=organisation.id,
        role=role,
        start_date=start,
        end_date=end,
    )
    check.session.add(row)
    return row


async def create_post(info: Info, input: CreatePostInput) -> PostPayload:
    """Give a person a role in an organisation from a date."""

    async def body(check: Check) -> models.Post | None:
        person = await check.load("person", input.person, "Person", models.Person)
        organisation = await check.load(
            "organisation", input.organisation, "Organisation", models.Organisation
        )
        return await hold_post(
            check, person, organisation, input.role.value, input.start_date, input.end_date
        )

    row, errors = await run(info, body)
    return PostPayload(post=Post.from_row(row) if row else None, errors=errors)


async def end_post(info: Info, input: EndPeriodInput) -> PostPayload:
    """Set (or clear) the last day of a post."""

    async def body(check: Check) -> models.Post | None:
        row = await check.load("id", input.id, "Post", models.Post)
        if row is not None:
            check.period("startDate", row.start_date, "end", input.end)
        if check.errors or row is None:
            return None
        row.end_date = input.end
        return row

    row, errors = await run(info, body)
    return PostPayload(post=Post.from_row(row) if row else None, errors=errors)


MUTATION_FIELDS = [
    described(r) for r in (create_organisation, update_organisation, create_post, end_post)
]
