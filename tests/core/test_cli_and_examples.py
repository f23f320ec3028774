"""The command line, the committed SDL, the example queries, and serving GraphiQL."""

from __future__ import annotations

import asyncio
import re
import types
from pathlib import Path
from typing import Any

import pytest
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    SelectionSetNode,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    build_schema,
    get_named_type,
    parse,
    print_schema,
    visit,
)

from core.db.engine import create_engine, session_factory
from core.examples import ExampleError, load_plugin_example
from core.graphql.schema import build
from core.graphql.sdl import schema_files
from core.hookspecs import hookimpl
from core.plugins import PluginManager, discover
from core.testing import TINGHU, YANDU, Harness
from core.testing import run_cli as run

ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.graphql"))


def test_committed_sdl_matches_the_code() -> None:
    shipped = PluginManager(discover("gridgov"))
    files = schema_files(build(shipped), shipped)
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schema").glob("*.graphql")}
    stale = sorted(
        name for name in files.keys() | committed.keys() if files.get(name) != committed.get(name)
    )
    assert stale == [], f"schema/ differs from the code in {stale}: run `gridgov export-schema`"


def test_export_schema_writes_and_checks(tmp_path: Path) -> None:
    assert run("export-schema", "--out", str(tmp_path))[0] == 0
    assert (tmp_path / "schema.graphql").read_text(encoding="utf-8").count("type Query") == 1
    assert run("export-schema", "--out", str(tmp_path), "--check")[0] == 0
    (tmp_path / "core.graphql").write_text("changed", encoding="utf-8")
    status, _, err = run("export-schema", "--out", str(tmp_path), "--check")
    assert status == 1 and "core.graphql" in err


def test_export_schema_of_one_installed_plugin(tmp_path: Path) -> None:
    # The example third-party package is installed by make test, outside gridgov.
    export = ("export-schema", "--plugin", "warm_stations", "--out", str(tmp_path))
    assert run(*export)[0] == 0
    [written] = tmp_path.glob("*.graphql")
    text = written.read_text(encoding="utf-8")
    assert written.name == "warm_stations.graphql"
    assert text.startswith("# Contributed by the plugin 'warm_stations'.")
    assert "type WarmStation " in text and "extend type Community {" in text
    assert "\ntype Query" not in text  # only what the plugin adds
    assert run(*export, "--check")[0] == 0
    written.write_text(text + "\n# edited\n", encoding="utf-8")
    status, _, err = run(*export, "--check")
    assert status == 1 and "warm_stations.graphql" in err
    status, _, err = run("export-schema", "--plugin", "nonesuch", "--out", str(tmp_path))
    assert status == 1 and "no installed plugin 'nonesuch'" in err


async def test_export_schema_of_a_district_is_what_it_serves(
    gridgov: Harness, example_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "tinghu.graphql"
    args = ("--database", example_database, "export-schema", "--district", TINGHU)
    status, printed, _ = await asyncio.to_thread(run, *args)
    assert status == 0
    served = print_schema(build_schema(await gridgov.sdl(TINGHU)))
    assert print_schema(build_schema(printed)) == served
    assert "warmStations" in printed  # Tinghu's installed third-party plugin
    assert (await asyncio.to_thread(run, *args, "--out", str(out)))[0] == 0
    assert out.read_text(encoding="utf-8") == printed
    assert (await asyncio.to_thread(run, *args, "--out", str(out), "--check"))[0] == 0
    await gridgov.disable(TINGHU, "warm_stations")
    status, _, err = await asyncio.to_thread(run, *args, "--out", str(out), "--check")
    assert status == 1 and f"differs from what {TINGHU} serves" in err
    status, _, err = await asyncio.to_thread(
        run, "--database", example_database, "export-schema", "--district", "999999"
    )
    assert status == 1 and "no district with code '999999'" in err


def districts_of(path: Path) -> list[str]:
    """The districts an example query runs against, from its ``# district:`` header."""
    header = re.search(r"^# district: (\d{6}(?: \d{6})*)$", path.read_text(encoding="utf-8"), re.M)
    assert header, f"{path.name} must say which districts it runs against"
    return header.group(1).split()


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
async def test_example_query_runs(gridgov: Harness, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for district in districts_of(path):
        result = await gridgov.post(district, text)
        assert not result.get("errors"), result["errors"]
        assert result["data"] and all(value is not None for value in result["data"].values())


async def test_example_queries_select_ids_and_use_each_districts_plugins(
    gridgov: Harness,
) -> None:
    """Client caches need ``id`` on every object that has one; each district shows its own
    programmes in at least one example."""
    by_district: dict[str, set[str]] = {TINGHU: set(), YANDU: set()}
    schemas = {code: build_schema(await gridgov.sdl(code)) for code in by_district}
    owners = build(PluginManager()).field_owners
    for path in QUERIES:
        document = parse(path.read_text(encoding="utf-8"))
        for district in districts_of(path):
            schema = schemas[district]
            missing = _selections_without_id(schema, document)
            assert not missing, f"{path.name}: no id selected under {missing}"
            by_district[district] |= _plugins_used(schema, document, owners)
    assert "red_property" in by_district[TINGHU], by_district
    assert by_district[YANDU] & {"four_beautiful", "six_haves"}, by_district


def _selections_without_id(schema: GraphQLSchema, document: DocumentNode) -> list[str]:
    """Fields whose selection set is of a type with ``id`` but does not select it."""
    info = TypeInfo(schema)
    missing: list[str] = []
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }

    def selects_id(selection_set: SelectionSetNode) -> bool:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode) and selection.name.value == "id":
                return True
            if isinstance(selection, FragmentSpreadNode):
                if selects_id(fragments[selection.name.value].selection_set):
                    return True
            elif (
                isinstance(selection, InlineFragmentNode)
                and selection.type_condition is None
                and selects_id(selection.selection_set)
            ):
                return True
        return False

    class Check(Visitor):
        def enter_field(self, node: FieldNode, *_: Any) -> None:
            kind = get_named_type(info.get_type())
            if (
                node.selection_set is not None
                and isinstance(kind, GraphQLObjectType | GraphQLInterfaceType)
                and "id" in kind.fields
                and not selects_id(node.selection_set)
            ):
                missing.append(f"{info.get_parent_type()}.{node.name.value}")

    visit(document, TypeInfoVisitor(info, Check()))
    return missing


def _plugins_used(
    schema: GraphQLSchema, document: DocumentNode, owners: dict[tuple[str, str], str]
) -> set[str]:
    """The plugins owning the fields a document selects."""
    info = TypeInfo(schema)
    used: set[str] = set()

    class Owners(Visitor):
        def enter_field(self, node: FieldNode, *_: Any) -> None:
            parent = info.get_parent_type()
            if parent is not None:
                used.add(owners.get((parent.name, node.name.value), "core"))

    visit(document, TypeInfoVisitor(info, Owners()))
    return used - {"core"}


async def test_migrate_load_and_toggle_plugins_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    status, out, _ = await asyncio.to_thread(run, "--database", url, "db", "upgrade")
    assert status == 0 and out.startswith("database is at head for: core")
    status, out, _ = await asyncio.to_thread(
        run, "--database", url, "load-example", "yandu", "--scale", "0.02"
    )
    assert status == 0 and "loaded 盐都区 (320903)" in out
    status, out, _ = await asyncio.to_thread(run, "--database", url, "load-example", "yandu")
    assert status == 0 and "already loaded" in out
    status, out, _ = await asyncio.to_thread(run, "--database", url, "plugins", "list")
    assert status == 0
    listed = dict(line.split("\t")[:2] for line in out.splitlines())
    assert listed["six_haves"] == "enabled in: 320903" and listed["red_property"] == "enabled in: -"
    assert (
        await asyncio.to_thread(
            run, "--database", url, "plugins", "enable", "red_property", "--district", "320903"
        )
    )[1].startswith("enabled red_property")
    assert (
        "already enabled"
        in (
            await asyncio.to_thread(
                run, "--database", url, "plugins", "enable", "red_property", "--district", "320903"
            )
        )[1]
    )
    status, _, err = await asyncio.to_thread(
        run, "--database", url, "plugins", "enable", "nope", "--district", "320903"
    )
    assert status == 1 and "no installed plugin 'nope'" in err
    status, _, err = await asyncio.to_thread(
        run, "--database", url, "plugins", "disable", "red_property", "--district", "999999"
    )
    assert status == 1 and "no district with code '999999'" in err
    status, _, err = await asyncio.to_thread(run, "--database", url, "load-example", "atlantis")
    assert status == 1 and "no example 'atlantis'" in err


async def test_plugins_load_example_refuses_clearly_and_writes_nothing(
    gridgov: Harness, example_database: str, tmp_path: Path
) -> None:
    async def load(*args: str) -> tuple[int, str]:
        status, _, err = await asyncio.to_thread(
            run, "--database", example_database, "plugins", "load-example", *args
        )
        return status, err

    broken = tmp_path / "broken.toml"
    broken.write_text("stations = [", encoding="utf-8")
    for args, message in (
        (("nope", "--district", TINGHU), "no installed plugin 'nope'; installed: "),
        (("red_property", "--district", "999999"), "no district with code '999999'"),
        (("red_property", "--district", TINGHU, "--scale", "0"), "scale must be greater than 0"),
        (
            ("red_property", "--district", TINGHU, "--figures", str(tmp_path / "none.toml")),
            "cannot read",
        ),
        (("red_property", "--district", TINGHU, "--figures", str(broken)), "is not a TOML file"),
    ):
        status, err = await load(*args)
        assert status == 1 and message in err and "Traceback" not in err, (args, err)
    # Yandu was loaded without red_property: nothing of it was enabled or written.
    data = await gridgov.query("320903", "{ district { enabledPlugins } }")
    assert "red_property" not in data["district"]["enabledPlugins"]


async def test_plugins_without_example_data_are_refused(database: str) -> None:
    def gridgov_requires() -> list[str]:
        return []

    bare = types.SimpleNamespace(gridgov_requires=hookimpl(gridgov_requires))
    manager = PluginManager({"bare": bare})
    engine = create_engine(database)
    try:
        with pytest.raises(ExampleError, match="plugin 'bare' has no example data"):
            await load_plugin_example(session_factory(engine), manager, "bare", TINGHU)
    finally:
        await engine.dispose()


async def test_graphiql_is_served_to_browsers(gridgov: Harness) -> None:
    page = await gridgov.client.get("/districts/320902/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    index = await gridgov.client.get("/")
    assert "/districts/320902/graphql" in index.text and "亭湖区" in index.text


async def test_unknown_district_is_404(gridgov: Harness) -> None:
    for code in ("999999", "abc", "3209021"):
        response = await gridgov.client.post(
            f"/districts/{code}/graphql", json={"query": "{ district { code } }"}
        )
        assert response.status_code == 404
        assert response.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_get_queries_and_both_media_types(gridgov: Harness) -> None:
    admin = await gridgov.headers(TINGHU)
    got = await gridgov.client.get(
        "/districts/320902/graphql", params={"query": "{ district { code } }"}, headers=admin
    )
    assert got.json() == {"data": {"district": {"code": "320902"}}}
    mutation = await gridgov.client.get(
        "/districts/320902/graphql",
        params={"query": 'mutation { updateDistrict(input: {name: "x"}) { errors { code } } }'},
        headers=admin,
    )
    assert mutation.status_code == 405
    modern = await gridgov.client.post(
        "/districts/320902/graphql",
        json={"query": "{ district { code } }"},
        headers={"accept": "application/graphql-response+json", **admin},
    )
    assert modern.headers["content-type"].startswith("application/graphql-response+json")


async def test_an_unmigrated_database_gets_a_clear_message(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}"
    status, _, err = await asyncio.to_thread(run, "--database", url, "plugins", "list")
    assert status == 1 and "run `gridgov db upgrade`" in err and "Traceback" not in err
