"""The ``gridgov`` command line."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError

from core.contract import CORE
from core.db import models
from core.db.engine import DEFAULT_URL, create_engine, session_factory
from core.plugins import PluginError, PluginManager, discover

SCHEMA_DIR = Path("schema")


class CommandError(Exception):
    """A command that cannot do what was asked; the message says why."""


def _url(args: argparse.Namespace) -> str:
    return str(args.database or os.environ.get("GRIDGOV_DATABASE_URL") or DEFAULT_URL)


def cmd_serve(args: argparse.Namespace, manager: PluginManager) -> None:
    import uvicorn

    os.environ["GRIDGOV_DATABASE_URL"] = _url(args)
    if args.workers > 1:
        uvicorn.run(
            "core.app:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="info",
        )
        return
    from core.app import create_app

    uvicorn.run(create_app(_url(args), manager), host=args.host, port=args.port, log_level="info")


def cmd_db_upgrade(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.db.migrate import upgrade

    upgrade(_url(args), manager)
    print("database is at head for: " + ", ".join(manager.order))


def cmd_db_revision(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.db.migrate import revision

    print(f"created {revision(manager, args.owner, args.message)}")


def cmd_load_example(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.examples import ExampleError, load_example

    async def run() -> str:
        engine = create_engine(_url(args))
        try:
            return await load_example(session_factory(engine), manager, args.name, args.scale)
        finally:
            await engine.dispose()

    try:
        print(asyncio.run(run()))
    except ExampleError as error:
        raise CommandError(str(error)) from error


def cmd_export_schema(args: argparse.Namespace, manager: PluginManager) -> None:
    from core.graphql.schema import build
    from core.graphql.sdl import schema_files

    # The committed SDL covers core and the plugins shipped with gridgov, not third parties'.
    shipped = PluginManager(discover("gridgov"))
    files = schema_files(build(shipped), shipped)
    out = Path(args.out)
    if args.check:
        stale = [
            name
            for name, text in files.items()
            if not (out / name).exists() or (out / name).read_text(encoding="utf-8") != text
        ]
        extra = sorted(p.name for p in out.glob("*.graphql") if p.name not in files)
        if stale or extra:
            raise CommandError(
                "schema/ differs from the code: "
                + ", ".join(stale + extra)
                + "; run `gridgov export-schema`"
            )
        print(f"{out}/ matches the code")
        return
    out.mkdir(parents=True, exist_ok=True)
    for stale_file in out.glob("*.graphql"):
        if stale_file.name not in files:
            stale_file.unlink()
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {out}/")


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
                    message = f"disabled {args.name} in {district.code}; its data is kept"
                await session.commit()
                return message
        finally:
            await engine.dispose()

    print(asyncio.run(run()))


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

    export = commands.add_parser("export-schema", help="write the SDL files of schema/")
    export.add_argument("--out", default=str(SCHEMA_DIR))
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
