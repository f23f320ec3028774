"""The ``gridgov`` command line."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import getpass
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from core import audit
from core.contract import CORE
from core.db import models
from core.db.engine import DEFAULT_URL, create_engine, session_factory
from core.plugins import PluginError, PluginManager, discover

SCHEMA_DIR = Path("schema")

T = TypeVar("T")


class CommandError(Exception):
    """A command that cannot do what was asked; the message says why."""


def _url(args: argparse.Namespace) -> str:
    return str(args.database or os.environ.get("GRIDGOV_DATABASE_URL") or DEFAULT_URL)


def cmd_serve(args: argparse.Namespace, manager: PluginManager) -> None:
    import uvicorn

    os.environ["GRIDGOV_DATABASE_URL"] = _url(args)
    served: dict[str, Any] = {"host": args.host, "port": args.port, "log_level": "info"}
    if args.workers > 1:
        # Each worker process builds its own app from the environment.
        uvicorn.run("core.app:app_from_environment", factory=True, workers=args.workers, **served)
        return
    from core.app import create_app

    uvicorn.run(create_app(_url(args), manager), **served)


def cmd_db_upgrade(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.db.migrate import upgrade

    upgrade(_url(args), manager)
    print("database is at head for: " + ", ".join(manager.order))


def cmd_db_revision(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.db.migrate import revision, tidy

    path = revision(manager, args.owner, args.message)
    print(f"created {path}")
    note = tidy(Path(path))
    if note is not None:
        print(note, file=sys.stderr)


def _load(args: argparse.Namespace, load: Callable[[Any], Awaitable[str]]) -> None:
    """Run a loader of example data on the database's sessions; print its summary."""
    from core.examples import ExampleError

    async def run() -> str:
        engine = create_engine(_url(args))
        try:
            return await load(session_factory(engine))
        finally:
            await engine.dispose()

    try:
        print(asyncio.run(run()))
    except ExampleError as error:
        raise CommandError(str(error)) from error


def cmd_load_example(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.examples import load_example

    _load(args, lambda sessions: load_example(sessions, manager, args.name, args.scale))


def cmd_plugins_load_example(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.examples import ExampleError, load_plugin_example, read_figures

    try:
        figures = None if args.figures is None else read_figures(Path(args.figures))
    except ExampleError as error:
        raise CommandError(str(error)) from error
    _load(
        args,
        lambda sessions: load_plugin_example(
            sessions, manager, args.name, args.district, figures=figures, scale=args.scale
        ),
    )


def cmd_export_schema(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.graphql.schema import build
    from core.graphql.sdl import plugin_file, schema_files

    if args.district is not None:
        _export_district(args, manager)
        return
    if args.plugin is not None:
        # An installed plugin's contribution, third parties' included, beside its code.
        if args.plugin not in manager.installed:
            raise CommandError(f"no installed plugin {args.plugin!r}")
        files = {f"{args.plugin}.graphql": plugin_file(build(manager), manager, args.plugin)}
        _write_sdl(Path(args.out or "."), files, args.check, prune=False)
        return
    # The committed SDL covers core and the plugins shipped with gridgov, not third parties'.
    shipped = PluginManager(discover("gridgov"))
    _write_sdl(Path(args.out or SCHEMA_DIR), schema_files(build(shipped), shipped), args.check)


def _export_district(args: argparse.Namespace, manager: PluginManager) -> None:
    """Print (or write to ``--out FILE``) the SDL a district's endpoint serves."""
    from core.graphql.schema import build

    districts = asyncio.run(_districts(_url(args)))
    if args.district not in districts:
        raise CommandError(f"no district with code {args.district!r}")
    installed = set(manager.installed)
    enabled = {CORE} | (districts[args.district][2] & installed)
    text = build(manager).sdl(enabled)
    if args.out is None:
        sys.stdout.write(text)
        return
    out = Path(args.out)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            raise CommandError(
                f"{out} differs from what {args.district} serves; run `gridgov export-schema "
                f"--district {args.district} --out {out}`"
            )
        print(f"{out} matches what {args.district} serves")
        return
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")


def _write_sdl(out: Path, files: dict[str, str], check: bool, *, prune: bool = True) -> None:
    """Write ``files`` into ``out`` (or, with ``check``, fail naming those that differ).

    ``prune``: ``out`` holds only these files; other ``*.graphql`` in it are stale.
    """
    extra = sorted(p.name for p in out.glob("*.graphql") if p.name not in files) if prune else []
    if check:
        stale = [
            name
            for name, text in files.items()
            if not (out / name).exists() or (out / name).read_text(encoding="utf-8") != text
        ]
        if stale or extra:
            raise CommandError(
                f"{out}/ differs from the code: "
                + ", ".join(stale + extra)
                + "; run `gridgov export-schema` with the same options"
            )
        print(f"{out}/ matches the code")
        return
    out.mkdir(parents=True, exist_ok=True)
    for name in extra:
        (out / name).unlink()
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} file{'s' if len(files) > 1 else ''} to {out}/")


async def _districts(url: str) -> dict[str, tuple[int, str, set[str]]]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            rows = (
                await session.execute(
                    select(
                        models.District.code,
                        models.District.id,
                        models.District.name,
                        models.DistrictPlugin.plugin,
                    ).outerjoin(
                        models.DistrictPlugin,
                        models.DistrictPlugin.district_id == models.District.id,
                    )
                )
            ).all()
    finally:
        await engine.dispose()
    found: dict[str, tuple[int, str, set[str]]] = {}
    for code, pk, name, plugin in rows:
        found.setdefault(code, (pk, name, set()))[2].update([plugin] if plugin else [])
    return found


def cmd_plugins_list(args: argparse.Namespace, manager: PluginManager) -> None:
    districts = asyncio.run(_districts(_url(args)))
    for name in manager.installed:
        where = sorted(code for code, (_, _, enabled) in districts.items() if name in enabled)
        requires = manager.requires[name]
        print(
            f"{name}\tenabled in: {', '.join(where) or '-'}"
            + (f"\trequires: {', '.join(requires)}" if requires else "")
        )


def cmd_plugins_show(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.graphql.schema import build

    if args.name not in manager.order:
        raise CommandError(f"no installed plugin {args.name!r}")
    found = manager.contributions
    built = build(manager)

    def mine(items: Any) -> list[str]:
        return sorted(key for key, owned in items if owned == args.name)

    sections = {
        "requires": list(manager.requires[args.name]),
        "tables": sorted(o.value.__tablename__ for o in found.models if o.owner == args.name),
        "fields": [".".join(key) for key in mine(built.field_owners.items())],
        "enum values": [".".join(key) for key in mine(built.value_owners.items())],
        "types": mine(built.type_owners(manager).items()),
        "organisation kinds": mine((k, o.owner) for k, o in found.organisation_kinds.items()),
        "post roles": mine((k, o.owner) for k, o in found.post_roles.items()),
        "permissions": [
            f"{k}: {o.value.description}"
            for k, o in sorted(found.permissions.items())
            if o.owner == args.name
        ],
        "loaders": mine((k, o.owner) for k, o in found.loaders.items()),
        "field costs": [
            f"{k}={o.value}" for k, o in sorted(found.field_costs.items()) if o.owner == args.name
        ],
    }
    print(args.name)
    for title, items in sections.items():
        if items:
            print(f"  {title}:")
            for item in items:
                print(f"    {item}")


def cmd_plugins_toggle(args: argparse.Namespace, manager: PluginManager) -> None:
    enable = args.command == "enable"
    if args.name == CORE:
        raise CommandError("core is always enabled")
    if args.name not in manager.installed:
        raise CommandError(
            f"no installed plugin {args.name!r}; "
            f"installed: {', '.join(manager.installed) or 'none'}"
        )

    async def run() -> str:
        engine = create_engine(_url(args))
        try:
            async with session_factory(engine)() as session:
                audit.act_as(session, _actor(), f"plugins {args.command} {args.name}")
                district = await session.scalar(
                    select(models.District).where(models.District.code == args.district)
                )
                if district is None:
                    raise CommandError(f"no district with code {args.district!r}")
                rows = await session.scalars(
                    select(models.DistrictPlugin.plugin).where(
                        models.DistrictPlugin.district_id == district.id
                    )
                )
                enabled = set(rows)
                if enable:
                    added = [
                        p for p in manager.closure([args.name]) if p not in enabled and p != CORE
                    ]
                    session.add_all(
                        models.DistrictPlugin(district_id=district.id, plugin=p) for p in added
                    )
                    message = (
                        f"enabled {', '.join(added)} in {district.code}"
                        if added
                        else "already enabled"
                    )
                else:
                    needing = [p for p in manager.dependants(args.name) if p in enabled]
                    if needing:
                        raise CommandError(
                            f"{', '.join(needing)} in {district.code} require {args.name}; "
                            "disable them first"
                        )
                    if args.name not in enabled:
                        return "already disabled"
                    await session.execute(
                        delete(models.DistrictPlugin).where(
                            models.DistrictPlugin.district_id == district.id,
                            models.DistrictPlugin.plugin == args.name,
                        )
                    )
                    await audit.record(
                        session,
                        "delete",
                        models.DistrictPlugin,
                        before={"plugin": args.name},
                        district_id=district.id,
                    )
                    message = f"disabled {args.name} in {district.code}; its data is kept"
                await session.commit()
                return message
        finally:
            await engine.dispose()

    print(asyncio.run(run()))


def _actor() -> str:
    """Who the audit trail records for a command: the operating-system user."""
    return f"cli:{getpass.getuser()}"


def _in_session(
    args: argparse.Namespace, operation: str, work: Callable[[AsyncSession], Awaitable[T]]
) -> T:
    """Run ``work`` in one audited session; account errors become command errors."""
    from core.accounts import AccountError

    async def run() -> T:
        engine = create_engine(_url(args))
        try:
            async with session_factory(engine)() as session:
                audit.act_as(session, _actor(), operation)
                return await work(session)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(run())
    except AccountError as error:
        raise CommandError(str(error)) from error


def _read_password() -> str:
    """The password for ``--password-stdin``: the first line of standard input.

    At a terminal it is asked for twice, without echo.
    """
    if sys.stdin.isatty():
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            raise CommandError("the passwords differ")
        return password
    return sys.stdin.readline().removesuffix("\n").removesuffix("\r")


def _token_hours(args: argparse.Namespace, manager: PluginManager) -> int:
    hours: int = manager.settings(CORE).token_hours if args.hours is None else args.hours
    return hours


def _print_token(token: str, expires: dt.datetime) -> None:
    """The token's expiry, the GraphiQL header, and the token itself as the last line."""
    print(f"token expires {expires:%Y-%m-%d %H:%M} UTC")
    print("GraphiQL headers: " + json.dumps({"Authorization": f"Bearer {token}"}))
    print(token)


def cmd_users_create(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.accounts import (
        AccountError,
        create_account,
        find_account,
        grant_of,
        issue_token,
        same_grant,
        scope_of,
    )

    password = _read_password() if args.password_stdin else None
    hours = _token_hours(args, manager)

    async def work(session: AsyncSession) -> None:
        existing = await find_account(session, args.name) if args.exists_ok else None
        if existing is not None:
            district, place = await grant_of(session, args.role, args.district, args.scope)
            if not same_grant(existing, args.role, district, place):
                raise AccountError(
                    f"an account named {existing.name!r} already exists with another role or scope"
                )
            if existing.disabled_at is not None:
                raise AccountError(f"the account {existing.name!r} is disabled")
            account, verb = existing, "exists"
        else:
            account = await create_account(
                session,
                args.name,
                args.role,
                district_code=args.district,
                scope_code=args.scope,
                password=password,
            )
            verb = "created"
        token, expires = await issue_token(session, account, hours)
        await session.commit()
        kind = scope_of(account).kind.value
        where = {"city": "the whole city", "district": f"district {args.district}"}.get(
            kind, f"{kind} {args.scope} in district {args.district}"
        )
        login = "can log in" if account.password_hash else "no password: tokens from here only"
        print(f"{verb}: {account.name}, {account.role} of {where} ({login})")
        _print_token(token, expires)

    _in_session(args, "users create", work)


def cmd_users_token(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.accounts import AccountError, find_account, issue_token

    hours = _token_hours(args, manager)

    async def work(session: AsyncSession) -> None:
        account = await find_account(session, args.name)
        if account is None:
            raise AccountError(f"no account named {args.name!r}")
        if account.disabled_at is not None:
            raise AccountError(f"the account {account.name!r} is disabled")
        token, expires = await issue_token(session, account, hours)
        await session.commit()
        print(f"new token for {account.name} ({account.role})")
        _print_token(token, expires)

    _in_session(args, "users token", work)


def cmd_users_revoke(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.accounts import AccountError, find_account, revoke_tokens

    async def work(session: AsyncSession) -> None:
        account = await find_account(session, args.name)
        if account is None:
            raise AccountError(f"no account named {args.name!r}")
        revoked = await revoke_tokens(session, account.id)
        await audit.record(
            session,
            "update",
            models.AccessToken,
            after={"revoked": revoked, "account_id": account.id},
            district_id=account.district_id,
        )
        await session.commit()
        print(f"revoked {revoked} token{'' if revoked == 1 else 's'} of {account.name}")

    _in_session(args, "users revoke", work)


def cmd_users_list(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.accounts import list_accounts

    async def work(session: AsyncSession) -> None:
        for account in await list_accounts(session, args.district):
            print(
                "\t".join(
                    [account.name, account.role, account.district_code or "-", account.scope]
                    + (["disabled"] if account.disabled else [])
                )
            )

    _in_session(args, "users list", work)


def _registers_call(work: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a register command; its errors become command errors."""
    from core.registers.files import FileError
    from core.registers.run import RegisterError

    try:
        return asyncio.run(work())
    except (FileError, RegisterError) as error:
        raise CommandError(str(error)) from error


def cmd_import(args: argparse.Namespace, manager: PluginManager) -> None:
    from tqdm import tqdm

    from core.registers.run import import_register, register_of, report_path, write_report

    path = Path(args.file)
    # A bar on a terminal only (disable=None): rows done and rows per second.
    bar = tqdm(desc=f"importing {path.name}", unit=" rows", file=sys.stderr, disable=None)

    async def run() -> Any:
        engine = create_engine(_url(args))
        try:
            return await import_register(
                session_factory(engine),
                manager,
                path,
                args.district,
                kind=args.kind,
                dry_run=args.dry_run,
                new_district=args.new_district,
                actor=_actor(),
                progress=bar.update,
            )
        finally:
            await engine.dispose()

    try:
        result = _registers_call(run)
    finally:
        bar.close()
    rate = result.rows / result.seconds if result.seconds else 0.0
    counts = (
        f"{result.rows} rows of {result.kind}: {result.created} new, {result.updated} changed,"
        f" {result.unchanged} unchanged in {result.seconds:.1f} s ({rate:,.0f} rows/s)"
    )
    if result.errors:
        report = Path(args.report) if args.report else report_path(path)
        write_report(report, register_of(manager, result.kind), result.errors)
        rows = len({e.row for e in result.errors})
        raise CommandError(
            f"{rows} row{'s' if rows > 1 else ''} refused, nothing written; every refusal is in"
            f" {report}"
        )
    print(("dry run, nothing written: " if args.dry_run else "imported ") + counts)


def cmd_export(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.registers.run import export_register

    out = Path(args.out or f"{args.district}-{args.kind}.{args.format}")
    if args.out is None and out.suffix != f".{args.format}":
        out = out.with_suffix(f".{args.format}")

    async def run() -> int:
        engine = create_engine(_url(args))
        try:
            return await export_register(
                session_factory(engine),
                manager,
                args.district,
                args.kind,
                out,
                viewer_name=args.as_user,
            )
        finally:
            await engine.dispose()

    started = time.perf_counter()
    count = _registers_call(run)
    seconds = time.perf_counter() - started
    rate = count / seconds if seconds else 0.0
    print(f"wrote {count} rows of {args.kind} to {out} in {seconds:.1f} s ({rate:,.0f} rows/s)")


def cmd_templates(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.registers.run import write_templates

    for path in write_templates(Path(args.out), manager, args.format):
        print(f"wrote {path}")


def cmd_new_plugin(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.scaffold import ScaffoldError, next_steps, scaffold

    where = Path(args.path or ("." if args.standalone else "plugins"))
    try:
        for path in scaffold(args.name, where, standalone=args.standalone):
            print(f"created {path}")
    except ScaffoldError as error:
        raise CommandError(str(error)) from error
    print("\n" + next_steps(args.name, where, standalone=args.standalone))


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``gridgov``."""
    top = argparse.ArgumentParser(
        prog="gridgov", description="GraphQL platform for grid governance."
    )
    top.add_argument(
        "--database", help=f"SQLAlchemy URL (default: $GRIDGOV_DATABASE_URL or {DEFAULT_URL})"
    )
    commands = top.add_subparsers(dest="group", required=True)

    serve = commands.add_parser("serve", help="serve GraphQL and GraphiQL")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(run=cmd_serve)

    db = commands.add_parser("db", help="database migrations").add_subparsers(
        dest="command", required=True
    )
    db.add_parser("upgrade", help="migrate core and every installed plugin to head").set_defaults(
        run=cmd_db_upgrade
    )
    new_revision = db.add_parser(
        "revision", help="autogenerate the next migration of a plugin's branch"
    )
    new_revision.add_argument("owner", help="plugin name (or core)")
    new_revision.add_argument("-m", "--message", required=True)
    new_revision.set_defaults(run=cmd_db_revision)

    example = commands.add_parser("load-example", help="load an example district")
    example.add_argument("name", help="tinghu or yandu")
    example.add_argument(
        "--scale", type=float, default=1.0, help="fraction of households and residents"
    )
    example.set_defaults(run=cmd_load_example)

    export = commands.add_parser(
        "export-schema",
        help="write the committed SDL of schema/, a plugin's contribution or a district's schema",
    )
    chosen = export.add_mutually_exclusive_group()
    chosen.add_argument(
        "--plugin", help="only what this installed plugin adds, as NAME.graphql in --out"
    )
    chosen.add_argument(
        "--district", help="the whole schema this district serves (needs --database)"
    )
    export.add_argument(
        "--out",
        help="a directory (default: schema/, or . with --plugin); with --district a file"
        " (default: standard output)",
    )
    export.add_argument("--check", action="store_true", help="only check that the files match")
    export.set_defaults(run=cmd_export_schema)

    plugins = commands.add_parser("plugins", help="installed plugins and where they are enabled")
    plugin_commands = plugins.add_subparsers(dest="command", required=True)
    plugin_commands.add_parser("list", help="installed plugins and their districts").set_defaults(
        run=cmd_plugins_list
    )
    show = plugin_commands.add_parser("show", help="everything a plugin contributes")
    show.add_argument("name")
    show.set_defaults(run=cmd_plugins_show)
    for verb in ("enable", "disable"):
        toggle = plugin_commands.add_parser(verb, help=f"{verb} a plugin for a district")
        toggle.add_argument("name")
        toggle.add_argument("--district", required=True, help="six-digit district code")
        toggle.set_defaults(run=cmd_plugins_toggle)
    plugin_example = plugin_commands.add_parser(
        "load-example",
        help="add a plugin's example data to a loaded district (enabling it there)",
    )
    plugin_example.add_argument("name")
    plugin_example.add_argument("--district", required=True, help="six-digit district code")
    plugin_example.add_argument(
        "--figures",
        help="a TOML file of the plugin's figures (default: the example district's"
        " [plugins.NAME] section, else the figures the plugin ships)",
    )
    plugin_example.add_argument(
        "--scale", type=float, default=1.0, help="fraction of what the plugin scales"
    )
    plugin_example.set_defaults(run=cmd_plugins_load_example)

    users = commands.add_parser("users", help="accounts and their bearer tokens")
    user_commands = users.add_subparsers(dest="command", required=True)
    hours_help = "how long the token lasts (default: the core setting token_hours)"
    create = user_commands.add_parser(
        "create", help="create an account; prints a token as the last line"
    )
    create.add_argument("name", help="login name, unique across the city")
    create.add_argument("--role", required=True, help="city_admin, district_admin, ...")
    create.add_argument("--district", help="six-digit district code (not for city_admin)")
    create.add_argument("--scope", help="street, community or grid code (default: the district)")
    create.add_argument(
        "--password-stdin",
        action="store_true",
        help="read a password (for the login mutation) from the first line of standard input",
    )
    create.add_argument("--hours", type=int, help=hours_help)
    create.add_argument(
        "--exists-ok",
        action="store_true",
        help="if the account exists with this role and scope, issue a token for it"
        " (its password is left as it is)",
    )
    create.set_defaults(run=cmd_users_create)
    token = user_commands.add_parser(
        "token", help="a new token for an account, printed as the last line"
    )
    token.add_argument("name")
    token.add_argument("--hours", type=int, help=hours_help)
    token.set_defaults(run=cmd_users_token)
    revoke = user_commands.add_parser("revoke", help="revoke every token of an account")
    revoke.add_argument("name")
    revoke.set_defaults(run=cmd_users_revoke)
    listing = user_commands.add_parser("list", help="accounts: name, role, district, scope")
    listing.add_argument("--district", help="only this district's (and the city administrators)")
    listing.set_defaults(run=cmd_users_list)

    bulk = commands.add_parser(
        "import", help="import a register (CSV or XLSX) into a district, in one transaction"
    )
    bulk.add_argument("file", help="a .csv or .xlsx file, its header in the first row")
    bulk.add_argument("--district", required=True, help="six-digit district code")
    bulk.add_argument(
        "--kind", help="the register (default: the one the header fits); see `gridgov templates`"
    )
    bulk.add_argument(
        "--dry-run", action="store_true", help="check every row and count, write nothing"
    )
    bulk.add_argument(
        "--new-district",
        metavar="NAME",
        help="create the district with this name if it does not exist (a first import)",
    )
    bulk.add_argument(
        "--report", help="where refused rows are listed (default: FILE.errors.csv/.xlsx beside it)"
    )
    bulk.set_defaults(run=cmd_import)
    out = commands.add_parser("export", help="export a district's register as CSV or XLSX")
    out.add_argument("--district", required=True, help="six-digit district code")
    out.add_argument("--kind", required=True, help="the register, e.g. people")
    out.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    out.add_argument("--out", help="the file (default: CODE-KIND.FORMAT)")
    out.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help="as this account sees it: its scope, personal data masked as for its role",
    )
    out.set_defaults(run=cmd_export)
    templates = commands.add_parser(
        "templates", help="write a blank template of every register, core's and plugins'"
    )
    templates.add_argument("--out", default="templates", help="directory (default: templates/)")
    templates.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    templates.set_defaults(run=cmd_templates)

    new = commands.add_parser("new-plugin", help="scaffold a plugin with a passing test")
    new.add_argument("name", help="lower-case identifier, e.g. warm_stations")
    new.add_argument(
        "--path", help="where to create it (default: plugins/, or . with --standalone)"
    )
    new.add_argument(
        "--standalone", action="store_true", help="a pip-installable package of its own"
    )
    new.set_defaults(run=cmd_new_plugin)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``gridgov``; errors are printed on one line with exit status 1."""
    args = parser().parse_args(argv)
    try:
        manager = PluginManager()
        args.run(args, manager)
    except (PluginError, CommandError) as error:
        print(f"gridgov: {error}", file=sys.stderr)
        return 1
    except DBAPIError as error:
        print(
            f"gridgov: the database refused: {error.orig}; "
            "if it is new or older than this version, run `gridgov db upgrade`",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
