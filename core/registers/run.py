"""Importing a register file, exporting one, writing templates and reports.

An import reads its file once, a batch of :data:`BATCH` rows at a time: each batch is
checked and written (inserts and updates in a few statements each) in the one
transaction of the whole file, and recorded in the audit trail as one entry with its
counts. At the end the transaction commits only if no row was refused and it is not
a dry run; otherwise it rolls back and nothing, audit entries included, remains.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core import audit
from core.access import Scope, ScopeKind, ScopeRef, Viewer
from core.db import models
from core.graphql.errors import UserErrorCode
from core.plugins import PluginManager
from core.registers.base import Batch, ExportContext, Register, RowError, Values, keys_of
from core.registers.files import FileError, SheetWriter, format_of, read_rows, write_rows

BATCH = 1000
"""Rows checked and written together, and recorded as one audit entry."""

WRITE_CHUNK = 2000
"""Rows an export hands its file's worker thread at a time."""

REPORT_HEADER = ("行号", "列", "代码", "原因")
"""The columns of an import's report: row number, column, error code, reason."""


class RegisterError(Exception):
    """A register that cannot be imported or exported at all; the message says why."""


def registers(manager: PluginManager) -> list[Register]:
    """Core's registers and those of every installed plugin (``gridgov_registers``)."""
    return [owned.value for owned in manager.contributions.registers.values()]


def register_of(manager: PluginManager, kind: str) -> Register:
    """The register of ``kind``."""
    known = keys_of(registers(manager))
    if kind not in known:
        raise RegisterError(f"no register {kind!r}; choose one of: {', '.join(known)}")
    return known[kind]


def _header_of(register: Register) -> dict[str, str]:
    """``{accepted header: column key}``: the Chinese headers and the English keys."""
    accepted: dict[str, str] = {}
    for column in register.columns:
        accepted[column.header] = column.key
        accepted[column.key] = column.key
    return accepted


def _columns(
    register: Register, header: list[str | None]
) -> tuple[list[str | None], list[RowError]]:
    """The column key of each column of the file's header, and what is wrong with it."""
    accepted = _header_of(register)
    keys: list[str | None] = []
    errors: list[RowError] = []
    for title in header:
        key = accepted.get(title or "") or accepted.get((title or "").lower())
        if title is not None and key is None:
            errors.append(
                RowError(
                    1, title, UserErrorCode.INVALID, f"not a column of the {register.kind} register"
                )
            )
        elif key is not None and key in keys:
            errors.append(RowError(1, title or "", UserErrorCode.DUPLICATE, "column given twice"))
        keys.append(key)
    errors += [
        RowError(1, c.header, UserErrorCode.REQUIRED, "this column is missing")
        for c in register.columns
        if c.required and c.key not in keys
    ]
    return keys, errors


def guess_register(manager: PluginManager, header: list[str | None]) -> Register:
    """The one register whose columns a file's header fits."""
    fitting = [r for r in registers(manager) if not _columns(r, header)[1]]
    if len(fitting) == 1:
        return fitting[0]
    if fitting:
        raise RegisterError(
            "the header fits several registers: "
            + ", ".join(r.kind for r in fitting)
            + "; name one with --kind"
        )
    raise RegisterError("the header fits no register; name one with --kind to see why")


@dataclass
class ImportResult:
    """What an import did (or, refused or dry, would have done).

    Attributes:
        kind: The register imported.
        rows: Rows read, the header left out.
        created: Rows added.
        updated: Rows changed.
        unchanged: Rows already as the file has them.
        errors: Every refusal; non-empty means nothing was written.
        written: Whether the transaction committed.
        seconds: How long it took.
    """

    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    written: bool = False
    seconds: float = 0.0


async def _district(
    session: AsyncSession, code: str, new_name: str | None = None
) -> models.District:
    district = await session.scalar(
        select(models.District).where(models.District.code == code, models.live(models.District))
    )
    if district is not None:
        return district
    if new_name is None:
        raise RegisterError(f"no district with code {code!r}")
    if not re.fullmatch(r"\d{6}", code) or not new_name.strip():
        raise RegisterError("a new district needs a six-digit code and a name")
    district = models.District(code=code, name=new_name.strip()[: models.NAME_LENGTH])
    session.add(district)
    await session.flush()
    return district


async def import_register(
    sessions: async_sessionmaker[AsyncSession],
    manager: PluginManager,
    path: Path,
    district_code: str,
    *,
    kind: str | None = None,
    dry_run: bool = False,
    new_district: str | None = None,
    actor: str = audit.ANONYMOUS,
    progress: Callable[[int], None] = lambda rows: None,
) -> ImportResult:
    """Import one register file into a district, in one transaction.

    Args:
        sessions: Session factory of the database.
        manager: The installed plugins.
        path: A ``.csv`` or ``.xlsx`` file, its header in the first row.
        district_code: The district's six-digit code.
        kind: The register (default: the one the header fits).
        dry_run: Check and count everything, write nothing.
        new_district: Create the district, with this name, if it does not exist (in
            the same transaction: a refused file creates nothing either).
        actor: Who the audit trail records.
        progress: Called with the number of rows of each batch done.

    Returns:
        What was done; with errors, nothing was written.

    Raises:
        RegisterError: The district or register does not exist.
        FileError: The file cannot be read.
    """
    started = time.perf_counter()
    with read_rows(path) as lines:
        header = next(lines, None)
        if header is None:
            raise FileError(f"{path} is empty: its first row is the header")
        register = register_of(manager, kind) if kind else guess_register(manager, header)
        keys, header_errors = _columns(register, header)
        result = ImportResult(register.kind)
        if header_errors:
            result.errors = header_errors
            return result
        async with sessions() as session:
            audit.act_as(session, actor, f"import {register.kind} {path.name}")
            if (await session.connection()).dialect.name == "postgresql":
                # Each batch's lookups are the same prepared statements; after five runs
                # PostgreSQL may keep a generic plan made while the tables were still
                # (nearly) empty, a sequential scan that grows with every batch written
                # in this transaction: new people imported at a quarter of the speed.
                await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
            district = await _district(session, district_code, new_district)
            batch = Batch(session, district.id, district.code, manager)
            number = 1
            for line in lines:
                number += 1
                values: Values = {
                    key: value for key, value in zip(keys, line, strict=False) if key is not None
                }
                if not any(values.values()):
                    continue  # blank lines spreadsheets leave below the data
                batch.rows.append((number, {c.key: values.get(c.key) for c in register.columns}))
                if len(batch.rows) == BATCH:
                    await _load(batch, register, result, progress)
            await _load(batch, register, result, progress)
            result.errors = sorted(batch.errors, key=lambda e: (e.row, e.column))
            result.created, result.updated, result.unchanged = (
                batch.created,
                batch.updated,
                batch.unchanged,
            )
            if result.errors or dry_run:
                await session.rollback()
            else:
                await session.commit()
                result.written = True
    result.seconds = time.perf_counter() - started
    return result


async def _load(
    batch: Batch, register: Register, result: ImportResult, progress: Callable[[int], None]
) -> None:
    """Check and write the batch's rows, record them in the trail, start the next batch."""
    if not batch.rows:
        return
    before = (batch.created, batch.updated, batch.unchanged, len(batch.errors))
    await register.load(batch)
    created, updated, unchanged = (
        batch.created - before[0],
        batch.updated - before[1],
        batch.unchanged - before[2],
    )
    await audit.record(
        batch.session,
        audit.Action.CREATE.value if created else audit.Action.UPDATE.value,
        f"register:{register.kind}",
        after={
            "rows": f"{batch.rows[0][0]}-{batch.rows[-1][0]}",
            "created": created,
            "updated": updated,
            "unchanged": unchanged,
            "refused": len({e.row for e in batch.errors[before[3] :]}),
        },
        district_id=batch.district_id,
    )
    result.rows += len(batch.rows)
    progress(len(batch.rows))
    batch.rows = []


def write_report(path: Path, register: Register, errors: Sequence[RowError]) -> None:
    """Write an import's refusals to ``path`` (CSV or XLSX): row, column header, code, reason."""
    headers = {c.key: c.header for c in register.columns}
    write_rows(
        path,
        REPORT_HEADER,
        ((str(e.row), headers.get(e.column, e.column), e.code.name, e.message) for e in errors),
    )


def report_path(path: Path) -> Path:
    """Where an import's report goes by default: beside the file, ``NAME.errors.SUFFIX``."""
    return path.with_name(f"{path.stem}.errors{path.suffix}")


def write_templates(out: Path, manager: PluginManager, suffix: str = "xlsx") -> list[Path]:
    """Write a blank template (the header row) for every register into ``out``."""
    format_of(Path(f"template.{suffix}"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for register in registers(manager):
        path = out / f"{register.kind}.{suffix}"
        write_rows(path, [c.header for c in register.columns], [])
        written.append(path)
    return written


async def viewer_named(
    session: AsyncSession, manager: PluginManager, name: str, district_id: int
) -> Viewer:
    """The viewer an account would be on a district's endpoint (``gridgov export --as``)."""
    from core.access import Role, permissions_of
    from core.accounts import find_account, scope_of

    account = await find_account(session, name)
    if account is None or account.disabled_at is not None:
        raise RegisterError(f"no enabled account named {name!r}")
    if account.district_id is not None and account.district_id != district_id:
        raise RegisterError(f"the account {name!r} is of another district")
    declared = [o.value for o in manager.contributions.permissions.values()]
    role = Role(account.role)
    return Viewer(
        account_id=account.id,
        name=account.name,
        role=role,
        district_id=account.district_id,
        scope=scope_of(account),
        permissions=permissions_of(role, declared),
        token_id=0,
    )


async def export_register(
    sessions: async_sessionmaker[AsyncSession],
    manager: PluginManager,
    district_code: str,
    kind: str,
    path: Path,
    *,
    viewer_name: str | None = None,
    viewer: Viewer | None = None,
) -> int:
    """Export a district's register to ``path`` (CSV or XLSX), as a viewer sees it.

    Args:
        sessions: Session factory of the database.
        manager: The installed plugins.
        district_code: The district's six-digit code.
        kind: The register.
        path: The file to write.
        viewer_name: Export as this account sees it (its scope, its masking).
        viewer: Export as this viewer (an HTTP request's).

    Returns:
        The number of rows written.
    """
    register = register_of(manager, kind)
    format_of(path)
    async with sessions() as session:
        district = await _district(session, district_code)
        if viewer_name is not None:
            viewer = await viewer_named(session, manager, viewer_name, district.id)
        plugin_scopes = {model: o.value for model, o in manager.contributions.scopes.items()}
        scope = Scope(viewer.scope if viewer else ScopeRef(ScopeKind.DISTRICT), plugin_scopes)
        context = ExportContext(session, district.id, manager, scope, viewer)
        # Building the file is CPU-bound (an XLSX of a million rows takes minutes): it
        # runs in a worker thread, a chunk at a time, while the reads stay on the event
        # loop, so a server answers other requests during a download.
        writer = await asyncio.to_thread(SheetWriter, path, [c.header for c in register.columns])
        try:
            chunk: list[list[str | None]] = []
            async for row in register.rows(context):
                chunk.append([row.get(c.key) for c in register.columns])
                if len(chunk) == WRITE_CHUNK:
                    await asyncio.to_thread(writer.extend, chunk)
                    chunk = []
            await asyncio.to_thread(writer.extend, chunk)
        finally:
            await asyncio.to_thread(writer.close)
        if (
            viewer is not None
            and register.personal
            and any(viewer.can(p) for p in register.personal)
        ):
            # Personal data left unmasked is a reveal: one entry for the whole export.
            session.info["viewer"] = viewer
            await audit.record(
                session,
                audit.Action.REVEAL.value,
                f"register:{register.kind}",
                after={"rows": writer.count, "format": path.suffix.lstrip(".")},
                district_id=district.id,
                operation=f"export {register.kind}",
            )
            await session.commit()
        return writer.count
