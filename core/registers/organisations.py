"""Core's registers of organisations (组织), party members (党员) and posts (职务).

Each row is checked by the rules ``createOrganisation``, ``updateOrganisation``,
``createIdentity`` and ``createPost`` enforce (the kind's anchors, grid kinds and
parents, no organisation its own ancestor; the party organisation a membership is
held by; the role's organisation kinds and identity, no two overlapping periods of one
role in one organisation), with the same error codes. Natural keys:

* organisations: their kind and name in the district. Core does not make names
  unique (an organisation has no code), but a district names two organisations of one
  kind alike only by mistake, and a register needs a key people can write: a parent
  and a post name their organisation by it. Where GraphQL recorded two of one kind and
  name, the first recorded is the one a file updates or refers to (as with people's ID
  numbers), and an export writes both, which an import refuses (``DUPLICATE``) until
  one is renamed.
* party members: the person's ID number, the identity's kind, the organisation's kind
  and name and the first day. These identities name their organisation, so they have a
  register of their own, imported after organisations and before posts (a role such as
  a plugin's 党员志愿者 asks for party membership).
* posts: the person's ID number, the organisation's kind and name, the role and the
  first day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from core.db import models
from core.domain import IdentityKind
from core.graphql.errors import UserErrorCode
from core.kinds import ORGANISATION_KINDS, POST_ROLES, OrganisationKind, PostRole
from core.registers.base import Batch, Column, ExportContext, Register, Values, text_of
from core.registers.core_kinds import (
    IDENTITY_KINDS,
    ORGANISATION_IDENTITIES,
    _buildings,
    _codes,
    _estates,
    _households,
    _live,
    _pages,
    _write,
)

if TYPE_CHECKING:
    from core.plugins import PluginManager

ANCHORS = {
    "street": "街道",
    "community": "社区",
    "grid": "网格",
    "estate": "小区",
    "building": "楼栋",
    "household": "户",
}
"""The places an organisation may be anchored to (挂靠), by the anchor's column stem."""

PLACE_COLUMNS = {
    "street": ("code",),
    "community": ("code",),
    "grid": ("code",),
    "estate": ("code", "estate"),
    "building": ("code", "estate", "building"),
    "household": ("code", "estate", "building", "door"),
}
"""The columns naming the place of each anchor: its key, as the places' registers write it."""

_PLACE_LENGTHS = {"code": 40, "estate": 100, "building": 32, "door": 32}
_ANCHOR_IDS = tuple(f"{anchor}_id" for anchor in ANCHORS)


def _choices(values: Mapping[str, str]) -> str:
    return ", ".join(f"{label} ({value})" for value, label in values.items())


def organisation_kinds(manager: PluginManager) -> dict[str, OrganisationKind]:
    """The installed organisation kinds (core's and the plugins'), by value."""
    return {value: owned.value for value, owned in manager.contributions.organisation_kinds.items()}


def post_roles(manager: PluginManager) -> dict[str, PostRole]:
    """The installed post roles (core's and the plugins'), by value."""
    return {value: owned.value for value, owned in manager.contributions.post_roles.items()}


async def _organisations(batch: Batch) -> list[Any]:
    """Every organisation of the district, archived ones too, in the order recorded.

    A district has thousands, not hundreds of thousands: held whole, they let a batch
    find parents by name and walk ancestors without a statement per row.
    """
    organisation = models.Organisation
    return list(
        (
            await batch.session.execute(
                select(
                    organisation.id,
                    organisation.kind,
                    organisation.name,
                    organisation.parent_id,
                    organisation.archived_at,
                    *(getattr(organisation, column) for column in _ANCHOR_IDS),
                )
                .where(organisation.district_id == batch.district_id)
                .order_by(organisation.id)
            )
        ).all()
    )


def _by_key(rows: list[Any]) -> dict[tuple[str, str], Any]:
    """Organisations by ``(kind, name)``; the first recorded wins among namesakes."""
    found: dict[tuple[str, str], Any] = {}
    for row in rows:
        found.setdefault((row.kind, row.name), row)
    return found


# -- organisations ---------------------------------------------------------------------------


@dataclass
class _Parsed:
    """An organisation row whose own columns are fine, before its references are checked."""

    row: int
    kind: str
    name: str
    anchor: str | None
    place: tuple[str, ...]
    parent: tuple[str, str] | None


@dataclass
class _Node:
    """An organisation as the batch leaves it: an existing one, or a new one (id < 0)."""

    id: int
    archived_at: Any = None


def _parse_organisation(
    batch: Batch, row: int, values: Values, kinds: dict[str, OrganisationKind]
) -> _Parsed | None:
    labels = _chinese(kinds)
    kind = batch.choice(row, values, "kind", labels, None)
    name = batch.required(row, values, "name")
    anchor = batch.choice(row, values, "anchor", ANCHORS, "") or None
    needed = PLACE_COLUMNS.get(anchor or "", ())
    for column in ("code", "estate", "building", "door"):
        if column in needed:
            batch.required(row, values, column, _PLACE_LENGTHS[column])
        elif values.get(column) is not None and (anchor or values.get("anchor") is None):
            batch.refuse(
                row,
                column,
                UserErrorCode.INVALID,
                f"an organisation anchored to {ANCHORS.get(anchor or '', 'no place')} has none",
            )
    parent_kind = batch.choice(row, values, "parent_kind", labels, "") or None
    parent = batch.text(row, values, "parent")
    if parent is not None and values.get("parent_kind") is None:
        batch.refuse(row, "parent_kind", UserErrorCode.REQUIRED, "names the parent's kind")
    if parent_kind is not None and parent is None:
        batch.refuse(row, "parent", UserErrorCode.REQUIRED, "names the parent organisation")
    if kind is not None:
        spec = kinds[kind]
        where = f"a {kind} is anchored to a {' or '.join(spec.anchors)}"
        if anchor is None and values.get("anchor") is None and spec.anchors:
            batch.refuse(row, "anchor", UserErrorCode.REQUIRED, where)
        elif anchor is not None and spec.anchors and anchor not in spec.anchors:
            batch.refuse(row, "anchor", UserErrorCode.WRONG_KIND, where)
        under = f"a {kind} hangs under: {', '.join(spec.parent_kinds)}"
        if spec.parent_required and values.get("parent") is None:
            batch.refuse(row, "parent", UserErrorCode.REQUIRED, under)
        if parent_kind is not None and spec.parent_kinds and parent_kind not in spec.parent_kinds:
            batch.refuse(row, "parent_kind", UserErrorCode.WRONG_KIND, under)
    if batch.refused(row) or kind is None or name is None:
        return None
    if not batch.once(row, "name", ("organisations", kind, name)):
        return None
    place = tuple(values[column] or "" for column in needed)
    return _Parsed(
        row, kind, name, anchor, place, (parent_kind, parent) if parent_kind and parent else None
    )


async def _places(batch: Batch, parsed: list[_Parsed]) -> dict[str, dict[tuple[str, ...], Any]]:
    """The places the rows anchor to, by anchor and key (``(code, estate, ...)``)."""
    wanted: dict[str, set[tuple[str, ...]]] = {}
    for item in parsed:
        if item.anchor is not None:
            wanted.setdefault(item.anchor, set()).add(item.place)
    found: dict[str, dict[tuple[str, ...], Any]] = {}
    models_of = {"street": models.Street, "community": models.Community, "grid": models.Grid}
    for anchor, keys in wanted.items():
        if anchor in models_of:
            rows = await _codes(batch, models_of[anchor], [key[0] for key in keys])
            found[anchor] = {(code,): row for code, row in rows.items()}
        else:
            lookup = {"estate": _estates, "building": _buildings, "household": _households}
            found[anchor] = await lookup[anchor](batch, list(keys))
    return found


async def load_organisations(batch: Batch) -> None:
    """Check and write a batch of organisations; a parent comes before its children."""
    kinds = organisation_kinds(batch.manager)
    parsed = [
        item
        for row, values in batch.rows
        if (item := _parse_organisation(batch, row, values, kinds)) is not None
    ]
    places = await _places(batch, parsed)
    existing = await _organisations(batch)
    known: dict[tuple[str, str], Any] = _by_key(existing)
    parent_of: dict[int, int | None] = {row.id: row.parent_id for row in existing}
    new: list[tuple[int, dict[str, Any]]] = []  # (placeholder id, values)
    changes: list[tuple[Any, int | None]] = []  # (existing row, wanted parent's node id)
    for item in parsed:
        spec = kinds[item.kind]
        anchors: dict[str, int | None] = dict.fromkeys(_ANCHOR_IDS)
        if item.anchor is not None:
            column = PLACE_COLUMNS[item.anchor][-1]
            place = places.get(item.anchor, {}).get(item.place)
            place = _live(batch, item.row, column, place, item.anchor)
            if place is None:
                continue
            if item.anchor == "grid" and spec.grid_kinds and place.kind not in spec.grid_kinds:
                batch.refuse(
                    item.row,
                    "code",
                    UserErrorCode.WRONG_KIND,
                    f"a {item.kind} is anchored to a grid of kind " + " or ".join(spec.grid_kinds),
                )
                continue
            anchors[f"{item.anchor}_id"] = place.id
        found = known.get((item.kind, item.name))
        if found is not None and found.archived_at is not None:
            batch.refuse(item.row, "name", UserErrorCode.ARCHIVED, "this organisation is archived")
            continue
        if found is not None and any(
            getattr(found, column) != anchors[column] for column in _ANCHOR_IDS
        ):
            # createOrganisation fixes the anchor; updateOrganisation cannot move it.
            batch.refuse(
                item.row,
                "anchor",
                UserErrorCode.INVALID,
                "an organisation's anchor cannot change; only its parent",
            )
            continue
        parent = None
        if item.parent is not None:
            parent = _live(batch, item.row, "parent", known.get(item.parent), "organisation")
            if parent is None:
                continue
        node = found.id if found is not None else -len(new) - 1
        if parent is not None and _ancestor(parent_of, parent.id, node):
            batch.refuse(
                item.row,
                "parent",
                UserErrorCode.INVALID,
                "would make the organisation its own ancestor",
            )
            continue
        parent_of[node] = parent.id if parent else None
        if found is None:
            known[(item.kind, item.name)] = _Node(node)
            new.append((node, {"kind": item.kind, "name": item.name, **anchors}))
        else:
            changes.append((found, parent.id if parent else None))
    await _write_organisations(batch, new, changes, parent_of)


def _ancestor(parent_of: dict[int, int | None], start: int | None, node: int) -> bool:
    """Whether ``node`` is ``start`` or one of its ancestors."""
    seen: set[int] = set()
    while start is not None and start not in seen:
        if start == node:
            return True
        seen.add(start)
        start = parent_of.get(start)
    return False


async def _write_organisations(
    batch: Batch,
    new: list[tuple[int, dict[str, Any]]],
    changes: list[tuple[Any, int | None]],
    parent_of: dict[int, int | None],
) -> None:
    """Insert the new organisations, parents first, then move the existing ones."""
    ids: dict[int, int] = {}

    def real(node: int | None) -> int | None:
        return ids[node] if node is not None and node < 0 else node

    pending = new
    while pending:
        # A wave: the rows whose parent exists by now (a parent precedes its children).
        ready = [(n, v) for n, v in pending if (parent_of[n] or 0) >= 0 or parent_of[n] in ids]
        done = {node for node, _ in ready}
        pending = [(n, v) for n, v in pending if n not in done]
        written = await _write(
            batch,
            models.Organisation,
            [{**values, "parent_id": real(parent_of[node])} for node, values in ready],
            [],
        )
        ids.update(zip((node for node, _ in ready), written, strict=True))
    await _write(
        batch,
        models.Organisation,
        [],
        [(row, {"parent_id": real(parent)}) for row, parent in changes],
    )


async def organisation_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's organisations, each after its parent, else in the order recorded."""
    organisation, parent = models.Organisation, aliased(models.Organisation)
    household, building, estate = models.Household, models.Building, models.Estate
    community, street, grid = models.Community, models.Street, models.Grid
    statement = (
        select(
            organisation.id,
            organisation.parent_id,
            organisation.kind,
            organisation.name,
            *(getattr(organisation, column) for column in _ANCHOR_IDS),
            street.code.label("street"),
            grid.code.label("grid"),
            community.code.label("community"),
            estate.name.label("estate"),
            building.number.label("building"),
            household.door_number.label("door"),
            parent.kind.label("parent_kind"),
            parent.name.label("parent"),
        )
        # A household's, building's or estate's community through the places above it.
        .outerjoin(household, household.id == organisation.household_id)
        .outerjoin(
            building, building.id == func.coalesce(organisation.building_id, household.building_id)
        )
        .outerjoin(estate, estate.id == func.coalesce(organisation.estate_id, building.estate_id))
        .outerjoin(
            community, community.id == func.coalesce(organisation.community_id, estate.community_id)
        )
        .outerjoin(street, street.id == organisation.street_id)
        .outerjoin(grid, grid.id == organisation.grid_id)
        .outerjoin(parent, parent.id == organisation.parent_id)
    )
    rows = [row async for row in _pages(context, organisation, statement)]
    parents = {row.id: row.parent_id for row in rows}
    depth: dict[int, int] = {}
    for row in rows:
        chain, node = [], row.id
        while node in parents and node not in depth and node not in chain:
            chain.append(node)
            node = parents[node]
        below = depth.get(node, -1) if node in parents else -1
        for step in reversed(chain):
            below += 1
            depth[step] = below
    labels = _chinese(organisation_kinds(context.manager))
    for row in sorted(rows, key=lambda r: (depth[r.id], r.id)):
        anchor = next((a for a in ANCHORS if getattr(row, f"{a}_id")), None)
        place = {"street": row.street, "grid": row.grid}.get(anchor or "", row.community)
        needed = PLACE_COLUMNS.get(anchor or "", ())
        yield {
            "kind": labels.get(row.kind, row.kind),
            "name": row.name,
            "anchor": ANCHORS[anchor] if anchor else None,
            "code": place if anchor else None,
            "estate": row.estate if "estate" in needed else None,
            "building": row.building if "building" in needed else None,
            "door": row.door if "door" in needed else None,
            "parent_kind": labels.get(row.parent_kind, row.parent_kind),
            "parent": row.parent,
        }


# -- party members ------------------------------------------------------------------------------

_IN_SERVICE_BRANCH = "grid_party_branch"
"""The kind an in-service party member (在职党员, 双报到) reports to (``createIdentity``)."""


def _membership_kind(batch: Batch, row: int, values: Values) -> str | None:
    """The identity's kind: party member or in-service party member.

    The identities naming no organisation are refused as ``createIdentity`` refuses
    them with an organisation (``INVALID``): the people register carries them.
    """
    value = values.get("kind")
    plain = next((k for k, v in IDENTITY_KINDS.items() if value in (k, v)), None)
    if plain is not None:
        batch.refuse(
            row,
            "kind",
            UserErrorCode.INVALID,
            f"a {plain} identity names no organisation: the people register carries it",
        )
        return None
    return batch.choice(row, values, "kind", ORGANISATION_IDENTITIES, None)


async def load_party_members(batch: Batch) -> None:
    """Check and write a batch of party members' identities, each naming its organisation."""
    kinds = organisation_kinds(batch.manager)
    kind_labels = _chinese(kinds)
    parsed: list[tuple[int, str, str, str, str, dt.date, dt.date | None]] = []
    for row, values in batch.rows:
        id_number = batch.required(row, values, "id_number", 18)
        kind = _membership_kind(batch, row, values)
        organisation_kind = batch.choice(row, values, "organisation_kind", kind_labels, None)
        name = batch.required(row, values, "organisation")
        start = batch.date(row, values, "start_date")
        if start is None and not batch.refused(row):
            batch.refuse(row, "start_date", UserErrorCode.REQUIRED, "must not be empty")
        end = batch.date(row, values, "end_date")
        batch.period(row, "start_date", start, "end_date", end)
        if batch.refused(row) or not (id_number and kind and organisation_kind and name and start):
            continue
        parsed.append((row, id_number, kind, organisation_kind, name, start, end))
    people = await _people(batch, list({item[1] for item in parsed}))
    organisations = _by_key(await _organisations(batch)) if parsed else {}
    resolved: list[tuple[int, Any, Any, str, dt.date, dt.date | None]] = []
    for row, id_number, kind, organisation_kind, name, start, end in parsed:
        person = _live(batch, row, "id_number", people.get(id_number), "person")
        organisation = organisations.get((organisation_kind, name))
        organisation = _live(batch, row, "organisation", organisation, "organisation")
        if person is None or organisation is None:
            continue
        if kind == IdentityKind.IN_SERVICE_PARTY_MEMBER and organisation_kind != _IN_SERVICE_BRANCH:
            batch.refuse(
                row,
                "organisation_kind",
                UserErrorCode.WRONG_KIND,
                "an in-service party member reports to a grid party branch",
            )
            continue
        if kind == IdentityKind.PARTY_MEMBER and not kinds[organisation_kind].party:
            batch.refuse(
                row,
                "organisation_kind",
                UserErrorCode.WRONG_KIND,
                "membership is held by a party organisation",
            )
            continue
        key = ("party_members", str(person.id), kind, str(organisation.id), start.isoformat())
        if batch.once(row, "start_date", key):
            resolved.append((row, person, organisation, kind, start, end))
    held = await _memberships(batch, [person.id for _, person, *_ in resolved])
    new: list[dict[str, Any]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    for _, person, organisation, kind, start, end in resolved:
        existing = held.get((person.id, kind, organisation.id, start))
        if existing is None:
            new.append(
                {
                    "person_id": person.id,
                    "kind": kind,
                    "organisation_id": organisation.id,
                    "since": start,
                    "until": end,
                }
            )
        else:
            changes.append((existing, {"until": end}))
    await _write(batch, models.Identity, new, changes)


async def _memberships(batch: Batch, people: list[int]) -> dict[tuple[int, str, int, dt.date], Any]:
    """These people's live identities naming an organisation, by the register's key."""
    if not people:
        return {}
    identity = models.Identity
    rows = await batch.session.execute(
        select(
            identity.id,
            identity.person_id,
            identity.kind,
            identity.organisation_id,
            identity.since,
            identity.until,
        )
        .where(
            identity.person_id.in_(set(people)),
            identity.organisation_id.is_not(None),
            models.live(identity),
        )
        .order_by(identity.id)
    )
    found: dict[tuple[int, str, int, dt.date], Any] = {}
    for row in rows:
        found.setdefault((row.person_id, row.kind, row.organisation_id, row.since), row)
    return found


async def party_member_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's party members' identities; the ID number masked as the role wants."""
    identity, person, organisation = models.Identity, models.Person, models.Organisation
    statement = (
        select(
            identity.id,
            person.id_number,
            identity.kind,
            organisation.kind.label("organisation_kind"),
            organisation.name,
            identity.since,
            identity.until,
        )
        .join(person, person.id == identity.person_id)
        .join(organisation, organisation.id == identity.organisation_id)
        .where(identity.kind.in_(list(ORGANISATION_IDENTITIES)))
    )
    id_number = context.id_number()
    kinds = _chinese(organisation_kinds(context.manager))
    async for row in _pages(context, identity, statement):
        yield {
            "id_number": id_number(row.id_number),
            "kind": ORGANISATION_IDENTITIES[row.kind],
            "organisation_kind": kinds.get(row.organisation_kind, row.organisation_kind),
            "organisation": row.name,
            "start_date": text_of(row.since),
            "end_date": text_of(row.until),
        }


# -- posts --------------------------------------------------------------------------------


def _overlaps(start: dt.date, end: dt.date | None, other: tuple[dt.date, dt.date | None]) -> bool:
    return (other[1] is None or other[1] >= start) and (end is None or other[0] <= end)


async def load_posts(batch: Batch) -> None:
    """Check and write a batch of posts: people holding roles in organisations."""
    kinds = organisation_kinds(batch.manager)
    roles = post_roles(batch.manager)
    kind_labels = _chinese(kinds)
    role_labels = _chinese(roles)
    parsed: list[tuple[int, Values, str, str, dt.date, dt.date | None]] = []
    for row, values in batch.rows:
        batch.required(row, values, "id_number", 18)
        kind = batch.choice(row, values, "organisation_kind", kind_labels, None)
        batch.required(row, values, "organisation")
        role = batch.choice(row, values, "role", role_labels, None)
        start = batch.date(row, values, "start_date")
        if start is None and not batch.refused(row):
            batch.refuse(row, "start_date", UserErrorCode.REQUIRED, "must not be empty")
        end = batch.date(row, values, "end_date")
        batch.period(row, "start_date", start, "end_date", end)
        if not batch.refused(row) and kind and role and start:
            parsed.append((row, values, kind, role, start, end))
    people = await _people(batch, list({values["id_number"] or "" for _, values, *_ in parsed}))
    organisations = _by_key(await _organisations(batch)) if parsed else {}
    resolved: list[tuple[int, Any, Any, str, dt.date, dt.date | None]] = []
    for row, values, kind, role, start, end in parsed:
        person = _live(batch, row, "id_number", people.get(values["id_number"] or ""), "person")
        organisation = organisations.get((kind, values["organisation"] or ""))
        organisation = _live(batch, row, "organisation", organisation, "organisation")
        if person is None or organisation is None:
            continue
        spec = roles[role]
        if spec.organisation_kinds and organisation.kind not in spec.organisation_kinds:
            batch.refuse(
                row,
                "role",
                UserErrorCode.WRONG_KIND,
                f"a {role} serves in: {', '.join(spec.organisation_kinds)}",
            )
            continue
        key = ("posts", str(person.id), str(organisation.id), role, start.isoformat())
        if batch.once(row, "start_date", key):
            resolved.append((row, person, organisation, role, start, end))
    held = await _held(batch, resolved, roles)
    posts = await _posts(batch, [person.id for _, person, *_ in resolved])
    new: list[dict[str, Any]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    for row, person, organisation, role, start, end in resolved:
        identity = roles[role].identity
        if identity is not None and not any(
            since <= start and (until is None or until >= start)
            for since, until in held.get((person.id, identity), [])
        ):
            batch.refuse(
                row, "id_number", UserErrorCode.WRONG_KIND, f"a {role} must be a {identity}"
            )
            continue
        periods = posts.setdefault((person.id, organisation.id, role), {})
        existing = periods.get(start)
        if any(_overlaps(start, end, other[1:]) for day, other in periods.items() if day != start):
            batch.refuse(
                row,
                "start_date",
                UserErrorCode.CONFLICT,
                f"already holds this {role} post over part of the period",
            )
            continue
        periods[start] = (existing[0] if existing else None, start, end)
        if existing is None:
            new.append(
                {
                    "person_id": person.id,
                    "organisation_id": organisation.id,
                    "role": role,
                    "start_date": start,
                    "end_date": end,
                }
            )
        else:
            changes.append((existing[0], {"end_date": end}))
    await _write(batch, models.Post, new, changes)


async def _people(batch: Batch, numbers: list[str]) -> dict[str, Any]:
    """The district's people with these ID numbers; the first recorded wins among duplicates."""
    if not numbers:
        return {}
    person = models.Person
    rows = await batch.session.execute(
        select(person.id_number, person.id, person.archived_at)
        .where(person.district_id == batch.district_id, person.id_number.in_(numbers))
        .order_by(person.id.desc())
    )
    return {row.id_number: row for row in rows}


async def _held(
    batch: Batch, resolved: list[tuple[Any, ...]], roles: dict[str, PostRole]
) -> dict[tuple[int, str], list[tuple[dt.date, dt.date | None]]]:
    """The periods of the identities the rows' roles ask for, by person and kind."""
    needed = {roles[item[3]].identity for item in resolved} - {None}
    if not needed:
        return {}
    identity = models.Identity
    rows = await batch.session.execute(
        select(identity.person_id, identity.kind, identity.since, identity.until).where(
            identity.person_id.in_({item[1].id for item in resolved}),
            identity.kind.in_(needed),
            models.live(identity),
        )
    )
    held: dict[tuple[int, str], list[tuple[dt.date, dt.date | None]]] = {}
    for row in rows:
        held.setdefault((row.person_id, row.kind), []).append((row.since, row.until))
    return held


async def _posts(
    batch: Batch, people: list[int]
) -> dict[tuple[int, int, str], dict[dt.date, tuple[Any, dt.date, dt.date | None]]]:
    """The live posts of these people: ``{(person, organisation, role): {first day: post}}``."""
    if not people:
        return {}
    post = models.Post
    rows = await batch.session.execute(
        select(
            post.id, post.person_id, post.organisation_id, post.role, post.start_date, post.end_date
        )
        .where(post.person_id.in_(set(people)), models.live(post))
        .order_by(post.id)
    )
    found: dict[tuple[int, int, str], dict[dt.date, tuple[Any, dt.date, dt.date | None]]] = {}
    for row in rows:
        periods = found.setdefault((row.person_id, row.organisation_id, row.role), {})
        periods.setdefault(row.start_date, (row, row.start_date, row.end_date))
    return found


async def post_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's posts; the ID number masked as the viewer's role wants."""
    post, person, organisation = models.Post, models.Person, models.Organisation
    statement = (
        select(
            post.id,
            person.id_number,
            organisation.kind,
            organisation.name,
            post.role,
            post.start_date,
            post.end_date,
        )
        .join(person, person.id == post.person_id)
        .join(organisation, organisation.id == post.organisation_id)
    )
    id_number = context.id_number()
    kinds = _chinese(organisation_kinds(context.manager))
    roles = _chinese(post_roles(context.manager))
    async for row in _pages(context, post, statement):
        yield {
            "id_number": id_number(row.id_number),
            "organisation_kind": kinds.get(row.kind, row.kind),
            "organisation": row.name,
            "role": roles.get(row.role, row.role),
            "start_date": text_of(row.start_date),
            "end_date": text_of(row.end_date),
        }


# -- the registers -------------------------------------------------------------------------------


def _chinese(vocabulary: Mapping[str, Any]) -> dict[str, str]:
    """Each value's Chinese term: how registers write kinds and roles."""
    return {value: entry.chinese for value, entry in vocabulary.items()}


_CORE_KINDS = {kind.value: kind.chinese for kind in ORGANISATION_KINDS}
_CORE_ROLES = {role.value: role.chinese for role in POST_ROLES}

REGISTERS = (
    Register(
        "organisations",
        "组织",
        "Organisations (组织) of the five-level system and the units beside them, keyed by"
        " kind and name.",
        (
            Column(
                "kind",
                "组织类型",
                f"{_choices(_CORE_KINDS)}, or a kind a plugin adds.",
                True,
            ),
            Column(
                "name", "组织名称", "Its name: with its kind, what names it in the district.", True
            ),
            Column(
                "anchor",
                "挂靠层级",
                f"The place it is anchored to: {_choices(ANCHORS)}; empty: none (the"
                " district's own). Its kind decides which fit.",
            ),
            Column(
                "code",
                "挂靠编码",
                "The street's, community's or grid's code; for an estate, building or"
                " household, its community's code.",
            ),
            Column(
                "estate", "小区名称", "An estate, building or household anchor: the estate's name."
            ),
            Column("building", "楼栋号", "A building or household anchor: the building's number."),
            Column("door", "门牌号", "A household anchor: the door number."),
            Column(
                "parent_kind",
                "上级组织类型",
                "The kind of the organisation it hangs under; empty: none.",
            ),
            Column(
                "parent",
                "上级组织名称",
                "... that organisation's name; it comes earlier in the file or is recorded.",
            ),
        ),
        ("kind", "name"),
        load_organisations,
        organisation_rows,
    ),
    Register(
        "party_members",
        "党员",
        "Party members (党员) and in-service party members (在职党员, 双报到): identities"
        " naming the party organisation holding the membership or reported to, keyed by"
        " person, identity, organisation and first day.",
        (
            Column("id_number", "身份证号", "The 18-character citizen ID number.", True),
            Column(
                "kind",
                "身份",
                f"{_choices(ORGANISATION_IDENTITIES)}.",
                True,
            ),
            Column(
                "organisation_kind",
                "组织类型",
                "The organisation's kind: a party member's, a party organisation's (社区大党委,"
                " 网格党支部, ...); an in-service party member's, 网格党支部.",
                True,
            ),
            Column("organisation", "组织名称", "The organisation's name.", True),
            Column("start_date", "开始日期", "YYYY-MM-DD.", True),
            Column("end_date", "结束日期", "YYYY-MM-DD, or empty while it lasts."),
        ),
        ("id_number", "kind", "organisation_kind", "organisation", "start_date"),
        load_party_members,
        party_member_rows,
        ("core.person.id_number",),
    ),
    Register(
        "posts",
        "职务",
        "People holding roles (职务) in organisations, keyed by person, organisation, role"
        " and first day.",
        (
            Column("id_number", "身份证号", "The 18-character citizen ID number.", True),
            Column("organisation_kind", "组织类型", "The organisation's kind.", True),
            Column("organisation", "组织名称", "The organisation's name.", True),
            Column("role", "职务", f"{_choices(_CORE_ROLES)}, or a role a plugin adds.", True),
            Column("start_date", "开始日期", "YYYY-MM-DD.", True),
            Column("end_date", "结束日期", "YYYY-MM-DD, or empty while it lasts."),
        ),
        ("id_number", "organisation_kind", "organisation", "role", "start_date"),
        load_posts,
        post_rows,
        ("core.person.id_number",),
    ),
)
"""Core's registers of organisations, party members and posts, imported in this order after
people and grid assignments."""
