"""Core's registers: places, people with their identities, and grid assignments.

Each row is checked by the rules the GraphQL mutations enforce (division codes and
their prefixes, grid kinds and parents, ID numbers and birth dates, periods), with
the same error codes. Natural keys:

* streets, communities, grids: their division or grid code;
* estates: community code and name; buildings: the estate's and the building number;
  households: the building's and the door number;
* people: the citizen ID number;
* grid assignments: the person's ID number, the grid code, the kind and the first day.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, tuple_, update

from core.audit import mask
from core.db import models
from core.domain import AssignmentKind, CommunityKind, EstateKind, GridKind, IdentityKind
from core.graphql.errors import UserErrorCode
from core.graphql.people.mutations import id_number_check
from core.graphql.places.mutations import CODE_SUFFIX
from core.registers.base import Batch, Column, ExportContext, Register, Values, text_of

CHUNK = 2000
"""Rows an export reads per statement (keyset pages: memory stays bounded)."""

STREET_KINDS = {"street": "街道", "town": "镇"}
COMMUNITY_KINDS = {"urban": "社区", "village": "村"}
GRID_KINDS = {
    GridKind.PARTY_BUILDING.value: "党建网格",
    GridKind.COMPREHENSIVE.value: "综合网格",
    GridKind.MICRO.value: "微网格",
    GridKind.UNIT.value: "单元网格",
}
ESTATE_KINDS = {
    EstateKind.ESTATE.value: "小区",
    EstateKind.RURAL_SETTLEMENT.value: "农村集中居住点",
}
GENDERS = {"male": "男", "female": "女"}
IDENTITY_KINDS = {
    IdentityKind.RESIDENT.value: "居民",
    IdentityKind.COMMUNITY_WORKER.value: "社区工作者",
    IdentityKind.VOLUNTEER.value: "志愿者",
}
"""Identities a people register carries: those naming no organisation."""
ASSIGNMENT_KINDS = {
    AssignmentKind.FULL_TIME.value: "专职网格员",
    AssignmentKind.PART_TIME.value: "兼职网格员",
    AssignmentKind.GRID_HEAD.value: "网格长",
}
ORGANISATION_IDENTITIES = {
    IdentityKind.PARTY_MEMBER.value: "党员",
    IdentityKind.IN_SERVICE_PARTY_MEMBER.value: "在职党员",
}
"""Identities naming their organisation: the party_members register carries them."""

assert CommunityKind.URBAN.value in COMMUNITY_KINDS  # the vocabularies above mirror core.domain


def _choices(values: Mapping[str, str]) -> str:
    return ", ".join(f"{label} ({value})" for value, label in values.items())


# -- reading what exists, a batch at a time ------------------------------------------------


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


async def _found(
    batch: Batch, statement: Any, keys: Sequence[tuple[Any, ...]]
) -> dict[tuple[Any, ...], Any]:
    """Rows of ``statement`` (whose first columns are the key) for ``keys``, by key."""
    if not keys:
        return {}
    width = len(keys[0])
    rows = (await batch.session.execute(statement)).all()
    return {tuple(row[:width]): row for row in rows}


def _live(batch: Batch, row: int, column: str, found: Any, what: str) -> Any:
    """A referenced row if it exists and is live, else None, refusing the row."""
    if found is None:
        batch.refuse(row, column, UserErrorCode.NOT_FOUND, f"no such {what} in this district")
        return None
    if found.archived_at is not None:
        batch.refuse(row, column, UserErrorCode.ARCHIVED, f"this {what} is archived")
        return None
    return found


async def _write(
    batch: Batch,
    model: Any,
    new: list[dict[str, Any]],
    changes: list[tuple[Any, dict[str, Any]]],
) -> list[int]:
    """Insert ``new`` and apply ``changes`` (``(existing row, wanted values)``) in batches.

    Counts what it did on the batch; returns the new rows' ids, in order. Rows of a
    refused file are written too (later rows may refer to them) and rolled back.
    """
    table = _table(model)
    ids: list[int] = []
    if new:
        rows = [{"district_id": batch.district_id, **values} for values in new]
        ids = await insert_rows(batch, table, rows)
        batch.created += len(rows)
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for existing, wanted in changes:
        changed = {k: v for k, v in wanted.items() if getattr(existing, k) != v}
        if not changed:
            batch.unchanged += 1
            continue
        updates.setdefault(tuple(sorted(changed)), []).append({"pk": existing.id, **changed})
        batch.updated += 1
    for columns, params in updates.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("pk"))
            .values({c: bindparam(c) for c in columns})
        )
        await batch.session.execute(statement, params)
    return ids


async def insert_rows(batch: Batch, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (each with the same keys) and return their ids, in order.

    On PostgreSQL the ids are drawn from the table's sequence first and the rows sent
    with ``COPY`` through asyncpg, several times faster than an ``INSERT`` per row; on
    SQLite an executemany ``INSERT ... RETURNING``.
    """
    connection = await batch.session.connection()
    if connection.dialect.name != "postgresql":
        result = await connection.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        )
        return [row[0] for row in result]
    sequence = await connection.scalar(select(func.pg_get_serial_sequence(table.name, "id")))
    ids = sorted(
        (
            await connection.execute(
                select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows)))
            )
        ).scalars()
    )
    columns = ["id", *rows[0]]
    raw = await connection.get_raw_connection()
    await raw.driver_connection.copy_records_to_table(  # type: ignore[union-attr]
        table.name,
        records=[(pk, *row.values()) for pk, row in zip(ids, rows, strict=True)],
        columns=columns,
    )
    return ids


async def _pages(context: ExportContext, model: Any, statement: Any) -> AsyncIterator[Any]:
    """The rows of ``statement`` (selecting ``model.id`` first), by id, a page at a time.

    Live rows of the district the viewer sees only.
    """
    table = _table(model)
    statement = statement.where(table.c.district_id == context.district_id, models.live(table))
    visible = context.scope.visible(model)
    if visible is not None:
        statement = statement.where(visible)
    last = 0
    while True:
        page = (
            await context.session.execute(
                statement.where(table.c.id > last).order_by(table.c.id).limit(CHUNK)
            )
        ).all()
        for row in page:
            yield row
        if len(page) < CHUNK:
            return
        last = page[-1][0]


def _division(batch: Batch, row: int, values: Values, key: str, length: int) -> str | None:
    code = batch.required(row, values, key, length + 20)
    if code is not None and not re.fullmatch(rf"\d{{{length}}}", code):
        batch.refuse(row, key, UserErrorCode.MALFORMED_CODE, f"must be {length} digits")
        return None
    return code


def _prefixed(
    batch: Batch, row: int, key: str, code: str | None, parent: str | None, label: str
) -> None:
    if code is not None and parent is not None and not code.startswith(parent):
        batch.refuse(
            row, key, UserErrorCode.CODE_MISMATCH, f"must start with the {label} code {parent}"
        )


def _existing_elsewhere(batch: Batch, row: int, key: str, found: Any) -> bool:
    """Refuse a code taken in another district (codes are unique across the city)."""
    if found is not None and found.district_id != batch.district_id:
        batch.refuse(row, key, UserErrorCode.DUPLICATE, "is taken by another district")
        return True
    if found is not None and found.archived_at is not None:
        batch.refuse(row, key, UserErrorCode.ARCHIVED, "names an archived row; restore it first")
        return True
    return False


# -- streets -----------------------------------------------------------------------------


async def load_streets(batch: Batch) -> None:
    """Check and write a batch of streets (街道) and towns (镇)."""
    street = models.Street
    wanted: list[tuple[int, dict[str, Any]]] = []
    for row, values in batch.rows:
        code = _division(batch, row, values, "code", 9)
        _prefixed(batch, row, "code", code, batch.district_code, "district")
        name = batch.required(row, values, "name")
        kind = batch.choice(row, values, "kind", STREET_KINDS, "street")
        if batch.refused(row) or not batch.once(row, "code", ("streets", code)):
            continue
        wanted.append((row, {"code": code, "name": name, "kind": kind}))
    found = await _all_codes(batch, street, [w["code"] for _, w in wanted])
    await _upsert(batch, street, wanted, lambda w: found.get(w["code"]), "code")


async def _upsert(
    batch: Batch,
    model: Any,
    wanted: list[tuple[int, dict[str, Any]]],
    existing: Callable[[dict[str, Any]], Any],
    key_column: str,
) -> list[int]:
    """Insert the rows whose key is new, update the others; returns the new ids."""
    new: list[dict[str, Any]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    for row, values in wanted:
        found = existing(values)
        if _existing_elsewhere(batch, row, key_column, found):
            continue
        if found is None:
            new.append(values)
        else:
            changes.append((found, values))
    return await _write(batch, model, new, changes)


async def street_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's streets."""
    street = models.Street
    async for row in _pages(
        context, street, select(street.id, street.code, street.name, street.kind)
    ):
        yield {"code": row.code, "name": row.name, "kind": STREET_KINDS.get(row.kind, row.kind)}


# -- communities ---------------------------------------------------------------------------


async def _codes(batch: Batch, model: Any, codes: list[str]) -> dict[str, Any]:
    """Rows of ``model`` (streets, communities, grids) with these codes, in this district."""
    if not codes:
        return {}
    rows = (
        await batch.session.execute(
            select(model).where(model.code.in_(set(codes)), model.district_id == batch.district_id)
        )
    ).scalars()
    return {row.code: row for row in rows}


async def load_communities(batch: Batch) -> None:
    """Check and write a batch of communities (社区) and villages (村)."""
    parsed: list[tuple[int, Values]] = []
    for row, values in batch.rows:
        _division(batch, row, values, "code", 12)
        _division(batch, row, values, "street", 9)
        batch.required(row, values, "name")
        batch.choice(row, values, "kind", COMMUNITY_KINDS, "urban")
        if not batch.refused(row):
            parsed.append((row, values))
    streets = await _codes(batch, models.Street, [v["street"] or "" for _, v in parsed])
    wanted: list[tuple[int, dict[str, Any]]] = []
    for row, values in parsed:
        street = streets.get(values["street"] or "")
        street = _live(batch, row, "street", street, "street")
        if street is None:
            continue
        code = values["code"]
        _prefixed(batch, row, "code", code, street.code, "street")
        if batch.refused(row) or not batch.once(row, "code", ("communities", code)):
            continue
        kind = batch.choice(row, values, "kind", COMMUNITY_KINDS, "urban")
        wanted.append(
            (row, {"code": code, "street_id": street.id, "name": values["name"], "kind": kind})
        )
    found = await _all_codes(batch, models.Community, [w["code"] for _, w in wanted])
    await _upsert(batch, models.Community, wanted, lambda w: found.get(w["code"]), "code")


async def _all_codes(batch: Batch, model: Any, codes: list[str]) -> dict[str, Any]:
    """Rows of ``model`` with these codes in any district (codes are unique across them)."""
    if not codes:
        return {}
    rows = (await batch.session.execute(select(model).where(model.code.in_(codes)))).scalars()
    return {row.code: row for row in rows}


async def community_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's communities."""
    community, street = models.Community, models.Street
    statement = select(
        community.id, community.code, street.code.label("street"), community.name, community.kind
    ).join(street, street.id == community.street_id)
    async for row in _pages(context, community, statement):
        yield {
            "code": row.code,
            "street": row.street,
            "name": row.name,
            "kind": COMMUNITY_KINDS.get(row.kind, row.kind),
        }


# -- grids -----------------------------------------------------------------------------------


async def load_grids(batch: Batch) -> None:
    """Check and write a batch of grids (网格); micro-grids after the grids they sit in."""
    parsed: list[tuple[int, Values, str]] = []
    for row, values in batch.rows:
        batch.required(row, values, "code", 40)
        _division(batch, row, values, "community", 12)
        batch.required(row, values, "name")
        kind = batch.choice(row, values, "kind", GRID_KINDS, None)
        if not batch.refused(row) and kind is not None:
            parsed.append((row, values, kind))
    communities = await _codes(
        batch, models.Community, [v["community"] or "" for _, v, _ in parsed]
    )
    # Parents first: a micro-grid's parent may be a row of this very batch.
    for micro in (False, True):
        await _grids(
            batch, [p for p in parsed if (p[2] == GridKind.MICRO.value) is micro], communities
        )


async def _grids(
    batch: Batch, parsed: list[tuple[int, Values, str]], communities: dict[str, Any]
) -> None:
    parents = await _codes(batch, models.Grid, [v["parent"] or "" for _, v, _ in parsed])
    wanted: list[tuple[int, dict[str, Any]]] = []
    for row, values, kind in parsed:
        community = communities.get(values["community"] or "")
        community = _live(batch, row, "community", community, "community")
        if community is None:
            continue
        parent = None
        if kind == GridKind.MICRO.value:
            if values["parent"] is None:
                batch.refuse(
                    row,
                    "parent",
                    UserErrorCode.REQUIRED,
                    "a micro-grid sits inside a comprehensive grid",
                )
                continue
            parent = parents.get(values["parent"])
            parent = _live(batch, row, "parent", parent, "grid")
            if parent is None:
                continue
            if parent.kind != GridKind.COMPREHENSIVE.value or parent.community_id != community.id:
                batch.refuse(
                    row,
                    "parent",
                    UserErrorCode.WRONG_KIND,
                    "must be a comprehensive grid of the same community",
                )
                continue
        elif values["parent"] is not None:
            batch.refuse(
                row, "parent", UserErrorCode.INVALID, "only a micro-grid has a parent grid"
            )
            continue
        prefix = (parent or community).code
        code = values["code"] or ""
        if not re.fullmatch(rf"\d{{{len(prefix) + CODE_SUFFIX}}}", code):
            batch.refuse(
                row,
                "code",
                UserErrorCode.MALFORMED_CODE,
                f"must be {len(prefix) + CODE_SUFFIX} digits",
            )
            continue
        _prefixed(batch, row, "code", code, prefix, "parent grid" if parent else "community")
        if batch.refused(row) or not batch.once(row, "code", ("grids", code)):
            continue
        wanted.append(
            (
                row,
                {
                    "code": code,
                    "community_id": community.id,
                    "parent_id": parent.id if parent else None,
                    "name": values["name"],
                    "kind": kind,
                },
            )
        )
    found = await _all_codes(batch, models.Grid, [w["code"] for _, w in wanted])
    kept: list[tuple[int, dict[str, Any]]] = []
    for row, grid in wanted:
        existing = found.get(grid["code"])
        if (
            existing is not None
            and existing.district_id == batch.district_id
            and (existing.kind, existing.community_id, existing.parent_id)
            != (grid["kind"], grid["community_id"], grid["parent_id"])
        ):
            # What a grid is and where it sits is fixed, as updateGrid only renames.
            batch.refuse(
                row,
                "kind",
                UserErrorCode.INVALID,
                "a grid's kind, community and parent cannot change; only its name",
            )
            continue
        kept.append((row, grid))
    await _upsert(batch, models.Grid, kept, lambda w: found.get(w["code"]), "code")


async def grid_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's grids."""
    grid, community = models.Grid, models.Community
    parent = _table(models.Grid).alias("parent")
    statement = (
        select(
            grid.id,
            grid.code,
            community.code.label("community"),
            parent.c.code.label("parent"),
            grid.name,
            grid.kind,
        )
        .join(community, community.id == grid.community_id)
        .outerjoin(parent, parent.c.id == grid.parent_id)
    )
    async for row in _pages(context, grid, statement):
        yield {
            "code": row.code,
            "community": row.community,
            "parent": row.parent,
            "name": row.name,
            "kind": GRID_KINDS.get(row.kind, row.kind),
        }


# -- estates, buildings, households -----------------------------------------------------------


def _estate_key(values: Values) -> tuple[str | None, str | None]:
    return (values.get("community"), values.get("estate"))


def _among(rows: Any, keys: list[tuple[Any, ...]]) -> dict[tuple[Any, ...], Any]:
    """The rows (their first columns being the key) whose key is one of ``keys``, by key.

    The lookups below select by each key column's own ``IN`` list, which the database
    answers from its indexes, and keep the exact keys here: a ``(a, b) IN ((...), ...)``
    of a thousand pairs made PostgreSQL test every pair against every row.
    """
    wanted = set(keys)
    found = {}
    for row in rows:
        key = tuple(row[: len(keys[0])])
        if key in wanted:
            found[key] = row
    return found


async def _estates(batch: Batch, keys: list[tuple[Any, ...]]) -> dict[tuple[Any, ...], Any]:
    if not keys:
        return {}
    estate, community = models.Estate, models.Community
    rows = await batch.session.execute(
        select(
            community.code,
            estate.name,
            estate.id,
            estate.community_id,
            estate.archived_at,
            estate.kind,
            estate.address,
        )
        .join(community, community.id == estate.community_id)
        .where(
            estate.district_id == batch.district_id,
            community.code.in_({key[0] for key in keys}),
            estate.name.in_({key[1] for key in keys}),
        )
    )
    return _among(rows, keys)


async def _buildings(batch: Batch, keys: list[tuple[Any, ...]]) -> dict[tuple[Any, ...], Any]:
    if not keys:
        return {}
    estates = await _estates(batch, list({key[:2] for key in keys}))
    if not estates:
        return {}
    building = models.Building
    rows = await batch.session.execute(
        select(
            building.estate_id,
            building.number,
            building.id,
            building.archived_at,
            building.floors,
            building.grid_id,
        ).where(
            building.estate_id.in_([estate.id for estate in estates.values()]),
            building.number.in_({key[2] for key in keys}),
        )
    )
    place = {estate.id: key for key, estate in estates.items()}
    wanted = set(keys)
    found = {}
    for row in rows:
        key = (*place[row.estate_id], row.number)
        if key in wanted:
            found[key] = row
    return found


async def _households(batch: Batch, keys: list[tuple[Any, ...]]) -> dict[tuple[Any, ...], Any]:
    """Households by their four-part key, found through their buildings' ids."""
    household = models.Household
    buildings = await _buildings(batch, list({key[:3] for key in keys}))
    if not buildings:
        return {}
    rows = await batch.session.execute(
        select(
            household.building_id, household.door_number, household.id, household.archived_at
        ).where(
            household.building_id.in_([building.id for building in buildings.values()]),
            household.door_number.in_({key[3] for key in keys}),
        )
    )
    place = {building.id: key for key, building in buildings.items()}
    wanted = set(keys)
    found = {}
    for row in rows:
        key = (*place[row.building_id], row.door_number)
        if key in wanted:
            found[key] = row
    return found


async def load_estates(batch: Batch) -> None:
    """Check and write a batch of estates (小区) and rural settlements."""
    parsed: list[tuple[int, Values, str]] = []
    for row, values in batch.rows:
        _division(batch, row, values, "community", 12)
        batch.required(row, values, "estate")
        kind = batch.choice(row, values, "kind", ESTATE_KINDS, EstateKind.ESTATE.value)
        batch.text(row, values, "address", 200)
        if not batch.refused(row) and kind is not None:
            parsed.append((row, values, kind))
    communities = await _codes(
        batch, models.Community, [v["community"] or "" for _, v, _ in parsed]
    )
    found = await _estates(batch, list({_estate_key(v) for _, v, _ in parsed}))
    new: list[dict[str, Any]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    for row, values, kind in parsed:
        community = communities.get(values["community"] or "")
        community = _live(batch, row, "community", community, "community")
        if community is None:
            continue
        if not batch.once(row, "estate", ("estates", *_estate_key(values))):
            continue
        wanted = {"kind": kind, "address": values.get("address")}
        existing = found.get(_estate_key(values))
        if existing is None:
            new.append({"community_id": community.id, "name": values["estate"], **wanted})
        elif existing.archived_at is not None:
            batch.refuse(row, "estate", UserErrorCode.ARCHIVED, "this estate is archived")
        else:
            changes.append((existing, wanted))
    await _write(batch, models.Estate, new, changes)


async def estate_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's estates."""
    estate, community = models.Estate, models.Community
    statement = select(
        estate.id, community.code.label("community"), estate.name, estate.kind, estate.address
    ).join(community, community.id == estate.community_id)
    async for row in _pages(context, estate, statement):
        yield {
            "community": row.community,
            "estate": row.name,
            "kind": ESTATE_KINDS.get(row.kind, row.kind),
            "address": row.address,
        }


def _building_key(values: Values) -> tuple[str | None, ...]:
    return (values.get("community"), values.get("estate"), values.get("building"))


async def load_buildings(batch: Batch) -> None:
    """Check and write a batch of buildings (楼栋), each optionally in a grid."""
    parsed: list[tuple[int, Values, int | None]] = []
    for row, values in batch.rows:
        _division(batch, row, values, "community", 12)
        batch.required(row, values, "estate")
        batch.required(row, values, "building", 32)
        floors = batch.integer(row, values, "floors", 1, 200)
        batch.text(row, values, "grid", 40)
        if not batch.refused(row):
            parsed.append((row, values, floors))
    estates = await _estates(batch, list({_estate_key(v) for _, v, _ in parsed}))
    grids = await _codes(batch, models.Grid, [v["grid"] or "" for _, v, _ in parsed])
    found = await _buildings(batch, list({_building_key(v) for _, v, _ in parsed}))
    new: list[dict[str, Any]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    for row, values, floors in parsed:
        estate = estates.get(_estate_key(values))
        estate = _live(batch, row, "estate", estate, "estate")
        if estate is None:
            continue
        grid = None
        if values["grid"] is not None:
            grid = grids.get(values["grid"])
            grid = _live(batch, row, "grid", grid, "grid")
            if grid is None:
                continue
            if grid.community_id != estate.community_id:
                batch.refuse(
                    row,
                    "grid",
                    UserErrorCode.WRONG_KIND,
                    "must be a grid of the estate's community",
                )
                continue
        if not batch.once(row, "building", ("buildings", *_building_key(values))):
            continue
        wanted = {"floors": floors, "grid_id": grid.id if grid else None}
        existing = found.get(_building_key(values))
        if existing is None:
            new.append({"estate_id": estate.id, "number": values["building"], **wanted})
        elif existing.archived_at is not None:
            batch.refuse(row, "building", UserErrorCode.ARCHIVED, "this building is archived")
        else:
            changes.append((existing, wanted))
    await _write(batch, models.Building, new, changes)


async def building_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's buildings."""
    estate, community, building, grid = (
        models.Estate,
        models.Community,
        models.Building,
        models.Grid,
    )
    statement = (
        select(
            building.id,
            community.code.label("community"),
            estate.name.label("estate"),
            building.number,
            building.floors,
            grid.code.label("grid"),
        )
        .join(estate, estate.id == building.estate_id)
        .join(community, community.id == estate.community_id)
        .outerjoin(grid, grid.id == building.grid_id)
    )
    async for row in _pages(context, building, statement):
        yield {
            "community": row.community,
            "estate": row.estate,
            "building": row.number,
            "floors": text_of(row.floors),
            "grid": row.grid,
        }


def _household_key(values: Values) -> tuple[str | None, ...]:
    return (*_building_key(values), values.get("door"))


async def load_households(batch: Batch) -> None:
    """Check and write a batch of households (户); a household is nothing but its key."""
    parsed: list[tuple[int, Values]] = []
    for row, values in batch.rows:
        _division(batch, row, values, "community", 12)
        batch.required(row, values, "estate")
        batch.required(row, values, "building", 32)
        batch.required(row, values, "door", 32)
        if not batch.refused(row):
            parsed.append((row, values))
    buildings = await _buildings(batch, list({_building_key(v) for _, v in parsed}))
    found = await _households(batch, list({_household_key(v) for _, v in parsed}))
    new: list[dict[str, Any]] = []
    for row, values in parsed:
        building = buildings.get(_building_key(values))
        building = _live(batch, row, "building", building, "building")
        if building is None:
            continue
        if not batch.once(row, "door", ("households", *_household_key(values))):
            continue
        existing = found.get(_household_key(values))
        if existing is None:
            new.append({"building_id": building.id, "door_number": values["door"]})
        elif existing.archived_at is not None:
            batch.refuse(row, "door", UserErrorCode.ARCHIVED, "this household is archived")
        else:
            batch.unchanged += 1
    await _write(batch, models.Household, new, [])


async def household_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's households."""
    estate, community = models.Estate, models.Community
    building, household = models.Building, models.Household
    statement = (
        select(
            household.id,
            community.code.label("community"),
            estate.name.label("estate"),
            building.number.label("building"),
            household.door_number,
        )
        .join(building, building.id == household.building_id)
        .join(estate, estate.id == building.estate_id)
        .join(community, community.id == estate.community_id)
    )
    async for row in _pages(context, household, statement):
        yield {
            "community": row.community,
            "estate": row.estate,
            "building": row.building,
            "door": row.door_number,
        }


# -- people and their identities ----------------------------------------------------------------


def valid_id_number(value: str) -> bool:
    """Whether ``value`` is a GB 11643 citizen ID number with the right check character."""
    return bool(re.fullmatch(r"\d{17}[\dX]", value)) and id_number_check(value[:17]) == value[17]


def _identities(batch: Batch, row: int, value: str | None) -> list[tuple[str, Any, Any]] | None:
    """``居民:2021-03-01;志愿者:2022-05-01~2023-01-31`` as ``(kind, since, until)``."""
    if value is None:
        return []
    held: list[tuple[str, Any, Any]] = []
    for item in filter(None, (part.strip() for part in re.split(r"[;；]", value))):
        label, _, period = item.partition(":") if ":" in item else item.partition("：")
        kind = next((k for k, v in IDENTITY_KINDS.items() if label in (k, v)), None)
        if kind is None:
            if any(label in pair for pair in ORGANISATION_IDENTITIES.items()):
                message = (
                    f"{label} names its party organisation: list it in the party_members register"
                )
            else:
                message = "must be one of: " + _choices(IDENTITY_KINDS)
            batch.refuse(row, "identities", UserErrorCode.INVALID, message)
            return None
        since_text, _, until_text = period.partition("~")
        days = (
            batch.date(row, {"identities": since_text.strip() or None}, "identities"),
            (batch.date(row, {"identities": until_text.strip() or None}, "identities")),
        )
        if batch.refused(row):
            return None
        if days[0] is None:
            batch.refuse(
                row,
                "identities",
                UserErrorCode.REQUIRED,
                f"{label} needs its first day: {label}:YYYY-MM-DD",
            )
            return None
        batch.period(row, "identities", days[0], "identities", days[1])
        held.append((kind, days[0], days[1]))
    return held


async def load_people(batch: Batch) -> None:
    """Check and write a batch of people (人) with their identities, keyed by ID number."""
    person = models.Person
    parsed: list[tuple[int, Values, dict[str, Any], list[tuple[str, Any, Any]]]] = []
    for row, values in batch.rows:
        id_number = batch.required(row, values, "id_number", 18)
        if id_number is not None and not valid_id_number(id_number):
            batch.refuse(
                row, "id_number", UserErrorCode.INVALID, "is not a valid citizen ID number"
            )
        name = batch.required(row, values, "name")
        gender = batch.choice(row, values, "gender", GENDERS, None)
        birth = batch.date(row, values, "birth_date")
        if birth is not None and id_number and birth.strftime("%Y%m%d") != id_number[6:14]:
            batch.refuse(row, "birth_date", UserErrorCode.CONFLICT, "does not match the ID number")
        phone = batch.text(row, values, "phone", 20)
        if phone is not None and not re.fullmatch(r"1\d{10}", phone):
            batch.refuse(row, "phone", UserErrorCode.INVALID, "must be an 11-digit mobile number")
        place = _household_key(values)
        if any(place) and not all(place):
            missing = next(
                k
                for k, v in zip(("community", "estate", "building", "door"), place, strict=True)
                if not v
            )
            batch.refuse(row, missing, UserErrorCode.REQUIRED, "a household needs all four columns")
        identities = _identities(batch, row, values.get("identities"))
        if batch.refused(row) or identities is None:
            continue
        if not batch.once(row, "id_number", ("people", id_number)):
            continue
        wanted = {"name": name, "gender": gender, "birth_date": birth, "phone": phone}
        parsed.append((row, values, wanted, identities))
    households = await _households(
        batch, list({_household_key(v) for _, v, _, _ in parsed if v.get("door")})
    )
    numbers = [v["id_number"] for _, v, _, _ in parsed]
    existing = (
        {
            row.id_number: row
            for row in (
                await batch.session.execute(
                    select(
                        person.id_number,
                        person.id,
                        person.archived_at,
                        person.name,
                        person.gender,
                        person.birth_date,
                        person.phone,
                        person.household_id,
                    )
                    .where(person.district_id == batch.district_id, person.id_number.in_(numbers))
                    .order_by(person.id.desc())  # the first recorded wins among duplicates
                )
            ).all()
        }
        if numbers
        else {}
    )
    new: list[dict[str, Any]] = []
    new_identities: list[list[tuple[str, Any, Any]]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    identities_of: dict[int, list[tuple[str, Any, Any]]] = {}
    for row, values, wanted, identities in parsed:
        household = None
        if values.get("door"):
            household = households.get(_household_key(values))
            household = _live(batch, row, "door", household, "household")
            if household is None:
                continue
        wanted["household_id"] = household.id if household else None
        found = existing.get(values["id_number"])
        if found is None:
            new.append({"id_number": values["id_number"], **wanted})
            new_identities.append(identities)
        elif found.archived_at is not None:
            batch.refuse(row, "id_number", UserErrorCode.ARCHIVED, "this person is archived")
        else:
            changes.append((found, wanted))
            identities_of[found.id] = identities
    ids = await _write(batch, person, new, changes)
    identities_of.update(zip(ids, new_identities, strict=True))
    await _hold_identities(batch, identities_of)


async def _hold_identities(batch: Batch, wanted: dict[int, list[tuple[str, Any, Any]]]) -> None:
    """Add the identities people do not hold yet (by kind and first day); set the last days."""
    identity = models.Identity
    held = (
        {
            (row.person_id, row.kind, row.since): row
            for row in (
                await batch.session.execute(
                    select(
                        identity.person_id,
                        identity.kind,
                        identity.since,
                        identity.id,
                        identity.until,
                    ).where(
                        identity.person_id.in_(list(wanted)),
                        models.live(identity),
                        identity.organisation_id.is_(None),
                    )
                )
            ).all()
        }
        if wanted
        else {}
    )
    new: list[dict[str, Any]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    for person_id, identities in wanted.items():
        for kind, since, until in identities:
            existing = held.get((person_id, kind, since))
            if existing is None:
                new.append({"person_id": person_id, "kind": kind, "since": since, "until": until})
            elif existing.until != until:
                changes.append((existing, {"until": until}))
    if new:
        rows = [{"district_id": batch.district_id, **values} for values in new]
        await insert_rows(batch, _table(identity), rows)
    for existing, values in changes:
        await batch.session.execute(
            update(_table(identity)).where(_table(identity).c.id == existing.id).values(values)
        )


async def people_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's people the viewer sees, personal data masked as the viewer's role wants."""
    person, estate, community = models.Person, models.Estate, models.Community
    building, household = models.Building, models.Household
    statement = (
        select(
            person.id,
            person.id_number,
            person.name,
            person.gender,
            person.birth_date,
            person.phone,
            community.code.label("community"),
            estate.name.label("estate"),
            building.number.label("building"),
            household.door_number,
        )
        .outerjoin(household, household.id == person.household_id)
        .outerjoin(building, building.id == household.building_id)
        .outerjoin(estate, estate.id == building.estate_id)
        .outerjoin(community, community.id == estate.community_id)
    )
    phones = context.can("core.person.phone")
    numbers = context.can("core.person.id_number")
    page: list[Any] = []
    async for row in _pages(context, person, statement):
        page.append(row)
        if len(page) == CHUNK:
            for values in await _with_identities(context, page, phones, numbers):
                yield values
            page = []
    for values in await _with_identities(context, page, phones, numbers):
        yield values


async def _with_identities(
    context: ExportContext, page: list[Any], phones: bool, numbers: bool
) -> list[dict[str, str | None]]:
    identity = models.Identity
    id_number = context.id_number()
    held: dict[int, list[str]] = {}
    if page:
        rows = await context.session.execute(
            select(identity.person_id, identity.kind, identity.since, identity.until)
            .where(
                identity.person_id.in_([row.id for row in page]),
                identity.organisation_id.is_(None),
                identity.kind.in_(list(IDENTITY_KINDS)),
                models.live(identity),
            )
            .order_by(identity.person_id, identity.since, identity.kind, identity.id)
        )
        for row in rows:
            period = row.since.isoformat() + (f"~{row.until.isoformat()}" if row.until else "")
            held.setdefault(row.person_id, []).append(f"{IDENTITY_KINDS[row.kind]}:{period}")
    return [
        {
            "id_number": id_number(row.id_number),
            "name": row.name,
            "gender": GENDERS.get(row.gender, row.gender),
            # The ID number holds the birth date: GraphQL leaves it null unless revealed.
            "birth_date": text_of(row.birth_date) if numbers else None,
            "phone": row.phone if phones else mask(row.phone),
            "community": row.community,
            "estate": row.estate,
            "building": row.building,
            "door": row.door_number,
            "identities": ";".join(held.get(row.id, [])) or None,
        }
        for row in page
    ]


# -- grid assignments ---------------------------------------------------------------------------


async def load_grid_assignments(batch: Batch) -> None:
    """Check and write a batch of grid assignments (grid workers, grid heads)."""
    assignment, person = models.GridAssignment, models.Person
    parsed: list[tuple[int, Values, str, Any, Any]] = []
    for row, values in batch.rows:
        batch.required(row, values, "id_number", 18)
        batch.required(row, values, "grid", 40)
        kind = batch.choice(row, values, "kind", ASSIGNMENT_KINDS, None)
        start = batch.date(row, values, "start_date")
        if start is None and not batch.refused(row):
            batch.refuse(row, "start_date", UserErrorCode.REQUIRED, "must not be empty")
        end = batch.date(row, values, "end_date")
        batch.period(row, "start_date", start, "end_date", end)
        if not batch.refused(row):
            parsed.append((row, values, cast(str, kind), start, end))
    grids = await _codes(batch, models.Grid, [v["grid"] or "" for _, v, _, _, _ in parsed])
    numbers = list({v["id_number"] for _, v, _, _, _ in parsed})
    people = (
        {
            row.id_number: row
            for row in (
                await batch.session.execute(
                    select(person.id_number, person.id, person.archived_at)
                    .where(person.district_id == batch.district_id, person.id_number.in_(numbers))
                    .order_by(person.id.desc())
                )
            ).all()
        }
        if numbers
        else {}
    )
    wanted: list[tuple[int, dict[str, Any]]] = []
    for row, values, kind, start, end in parsed:
        found = people.get(values["id_number"])
        grid = grids.get(values["grid"] or "")
        found = _live(batch, row, "id_number", found, "person")
        if found is None:
            continue
        grid = _live(batch, row, "grid", grid, "grid")
        if grid is None:
            continue
        key = ("grid_assignments", str(found.id), str(grid.id), kind, start.isoformat())
        if not batch.once(row, "start_date", key):
            continue
        wanted.append(
            (
                row,
                {
                    "person_id": found.id,
                    "grid_id": grid.id,
                    "kind": kind,
                    "start_date": start,
                    "end_date": end,
                },
            )
        )
    keys = [(w["person_id"], w["grid_id"], w["kind"], w["start_date"]) for _, w in wanted]
    found_rows = await _found(
        batch,
        select(
            assignment.person_id,
            assignment.grid_id,
            assignment.kind,
            assignment.start_date,
            assignment.id,
            assignment.end_date,
            assignment.archived_at,
        ).where(
            tuple_(
                assignment.person_id, assignment.grid_id, assignment.kind, assignment.start_date
            ).in_(keys),
            models.live(assignment),
        ),
        keys,
    )
    new: list[dict[str, Any]] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    for (_, values), natural in zip(wanted, keys, strict=True):
        existing = found_rows.get(natural)
        if existing is None:
            new.append(values)
        else:
            changes.append((existing, {"end_date": values["end_date"]}))
    await _write(batch, assignment, new, changes)


async def grid_assignment_rows(context: ExportContext) -> AsyncIterator[Mapping[str, str | None]]:
    """The district's grid assignments; the ID number masked as the viewer's role wants."""
    assignment, person, grid = models.GridAssignment, models.Person, models.Grid
    statement = (
        select(
            assignment.id,
            person.id_number,
            grid.code.label("grid"),
            assignment.kind,
            assignment.start_date,
            assignment.end_date,
        )
        .join(person, person.id == assignment.person_id)
        .join(grid, grid.id == assignment.grid_id)
    )
    id_number = context.id_number()
    async for row in _pages(context, assignment, statement):
        yield {
            "id_number": id_number(row.id_number),
            "grid": row.grid,
            "kind": ASSIGNMENT_KINDS.get(row.kind, row.kind),
            "start_date": text_of(row.start_date),
            "end_date": text_of(row.end_date),
        }


# -- the registers -------------------------------------------------------------------------------

_COMMUNITY = Column("community", "社区编码", "The community's twelve-digit code.", True)
_ESTATE = Column("estate", "小区名称", "The estate's name, as recorded in its community.", True)
_BUILDING = Column("building", "楼栋号", "The building's number in its estate.", True)
_DOOR = Column("door", "门牌号", "The household's door number in its building.", True)
_ID_NUMBER = Column("id_number", "身份证号", "The 18-character citizen ID number.", True)

REGISTERS = (
    Register(
        "streets",
        "街道",
        "Streets (街道) and towns (镇), keyed by their code.",
        (
            Column("code", "街道编码", "Nine digits starting with the district's code.", True),
            Column("name", "名称", "The street's name.", True),
            Column("kind", "类型", f"{_choices(STREET_KINDS)}; empty: 街道."),
        ),
        ("code",),
        load_streets,
        street_rows,
    ),
    Register(
        "communities",
        "社区",
        "Communities (社区) and villages (村), keyed by their code.",
        (
            Column("code", "社区编码", "Twelve digits starting with the street's code.", True),
            Column("street", "街道编码", "The street's nine-digit code.", True),
            Column("name", "名称", "The community's name.", True),
            Column("kind", "类型", f"{_choices(COMMUNITY_KINDS)}; empty: 社区."),
        ),
        ("code",),
        load_communities,
        community_rows,
    ),
    Register(
        "grids",
        "网格",
        "Grids (网格) and micro-grids, keyed by their code.",
        (
            Column(
                "code",
                "网格编码",
                "The community's code plus three digits; a micro-grid's: its parent's plus three.",
                True,
            ),
            Column("community", "社区编码", "The community's twelve-digit code.", True),
            Column("parent", "上级网格编码", "A micro-grid's comprehensive grid; empty otherwise."),
            Column("name", "名称", "The grid's name.", True),
            Column("kind", "类型", _choices(GRID_KINDS) + ".", True),
        ),
        ("code",),
        load_grids,
        grid_rows,
    ),
    Register(
        "estates",
        "小区",
        "Estates (小区) and rural settlements, keyed by community and name.",
        (
            _COMMUNITY,
            _ESTATE,
            Column("kind", "类型", f"{_choices(ESTATE_KINDS)}; empty: 小区."),
            Column("address", "地址", "At most 200 characters."),
        ),
        ("community", "estate"),
        load_estates,
        estate_rows,
    ),
    Register(
        "buildings",
        "楼栋",
        "Buildings (楼栋), keyed by community, estate and number.",
        (
            _COMMUNITY,
            _ESTATE,
            _BUILDING,
            Column("floors", "层数", "1 to 200."),
            Column("grid", "网格编码", "The finest grid covering it, of the estate's community."),
        ),
        ("community", "estate", "building"),
        load_buildings,
        building_rows,
    ),
    Register(
        "households",
        "户",
        "Households (户), keyed by their building and door number.",
        (_COMMUNITY, _ESTATE, _BUILDING, _DOOR),
        ("community", "estate", "building", "door"),
        load_households,
        household_rows,
    ),
    Register(
        "people",
        "人员",
        "People (人员) with their identities, keyed by their ID number.",
        (
            _ID_NUMBER,
            Column("name", "姓名", "The person's name.", True),
            Column("gender", "性别", _choices(GENDERS) + ".", True),
            Column("birth_date", "出生日期", "YYYY-MM-DD, as in the ID number."),
            Column("phone", "手机号码", "Eleven digits starting with 1."),
            Column("community", "社区编码", "Where they live: the community's code (or empty)."),
            Column("estate", "小区名称", "... the estate's name."),
            Column("building", "楼栋号", "... the building's number."),
            Column("door", "门牌号", "... the door number: all four, or none."),
            Column(
                "identities",
                "身份",
                "Identities held, separated by ';': KIND:FIRST-DAY or KIND:FIRST~LAST, KIND one"
                f" of {_choices(IDENTITY_KINDS)}, e.g. 居民:2021-03-01;志愿者:2022-05-01."
                " Party members and in-service party members name their organisation: the"
                " party_members register carries them.",
            ),
        ),
        ("id_number",),
        load_people,
        people_rows,
        ("core.person.phone", "core.person.id_number"),
    ),
    Register(
        "grid_assignments",
        "网格员",
        "People working grids, keyed by person, grid, kind and first day.",
        (
            _ID_NUMBER,
            Column("grid", "网格编码", "The grid's code.", True),
            Column("kind", "类型", _choices(ASSIGNMENT_KINDS) + ".", True),
            Column("start_date", "开始日期", "YYYY-MM-DD.", True),
            Column("end_date", "结束日期", "YYYY-MM-DD, or empty while it lasts."),
        ),
        ("id_number", "grid", "kind", "start_date"),
        load_grid_assignments,
        grid_assignment_rows,
        ("core.person.id_number",),
    ),
)
"""Core's registers, in the order a district is imported (each refers to the ones before)."""
