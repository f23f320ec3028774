"""examples/frontend: per-district SDL, graphql-codegen and tsc on the example queries, and
the dashboard's compiled modules in core/static/dashboard are what its source builds."""

from __future__ import annotations

import asyncio
import filecmp
import re
import shutil
from pathlib import Path

from core.graphql.schema import build
from core.plugins import PluginManager, discover
from core.testing import TINGHU, YANDU
from core.testing import run_cli as run
from tests.frontend.conftest import FRONTEND, node

ROOT = FRONTEND.parents[1]
CODEGEN = "node_modules/@graphql-codegen/cli/cjs/bin.js"
TSC = "node_modules/typescript/bin/tsc"


async def test_the_districts_sdl_for_codegen_is_what_they_serve(example_database: str) -> None:
    for district in (TINGHU, YANDU):
        status, _, err = await asyncio.to_thread(
            run,
            "--database",
            example_database,
            "export-schema",
            "--district",
            district,
            "--out",
            str(FRONTEND / "schema" / f"{district}.graphql"),
            "--check",
        )
        assert status == 0, err


def _differences(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees, or are in only one of them."""
    compared = filecmp.dircmp(left, right)
    found = [*compared.left_only, *compared.right_only, *compared.diff_files]
    for name in compared.common_dirs:
        found += [f"{name}/{item}" for item in _differences(left / name, right / name)]
    return found


def test_codegen_and_tsc_on_the_example_queries(tmp_path: Path) -> None:
    # A copy laid out as in the repository, so the committed output is compared, not changed.
    copy = tmp_path / "examples" / "frontend"
    shutil.copytree(FRONTEND, copy, ignore=shutil.ignore_patterns("node_modules", "gql"))
    (copy / "node_modules").symlink_to(FRONTEND / "node_modules")
    shutil.copytree(ROOT / "examples" / "queries", tmp_path / "examples" / "queries")
    (tmp_path / "schema").mkdir()
    shutil.copy(ROOT / "schema" / "core.graphql", tmp_path / "schema")
    node(CODEGEN, "--config", "codegen.ts", "--silent", cwd=copy)
    stale = _differences(FRONTEND / "src" / "gql", copy / "src" / "gql")
    assert stale == [], f"src/gql is stale in {stale}: run `npm run codegen` in examples/frontend"
    node(TSC, "--noEmit", "-p", "tsconfig.json", cwd=copy)
    node(TSC, "-p", "tsconfig.build.json", cwd=copy)
    built = tmp_path / "core" / "static" / "dashboard"
    stale = _differences(ROOT / "core" / "static" / "dashboard", built)
    assert stale == [], f"core/static/dashboard is stale in {stale}: run `npm run build`"


def test_graphql_config_lists_each_query_under_its_schema() -> None:
    """graphql.config.yml's projects hold the queries codegen.ts types against each schema."""
    config = (FRONTEND / "graphql.config.yml").read_text(encoding="utf-8")
    listed: dict[str, set[str]] = {}
    project = ""
    for line in config.splitlines():
        if re.fullmatch(r"  (\w+):", line):
            project = line.strip(" :")
        elif line.strip().startswith("- ../queries/"):
            listed.setdefault(project, set()).add(line.strip()[len("- ../queries/") :])
    expected: dict[str, set[str]] = {"core": set(), "tinghu": set(), "yandu": set()}
    for path in sorted((ROOT / "examples" / "queries").glob("*.graphql")):
        header = re.search(r"^# district: (.+)$", path.read_text(encoding="utf-8"), re.M)
        assert header, path
        districts = set(header.group(1).split())
        project = (
            "core"
            if districts == {TINGHU, YANDU}
            else {TINGHU: "tinghu", YANDU: "yandu"}[districts.pop()]
        )
        expected[project].add(path.name)
    assert listed == expected


def test_the_enum_values_that_differ_by_district_are_documented() -> None:
    table = (ROOT / "docs" / "frontend.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \| `(\w+)` \| `(\w+)` \|", table, re.M))
    owners = build(PluginManager(discover("gridgov"))).value_owners
    added = {(enum, value, owner) for (enum, value), owner in owners.items() if owner != "core"}
    assert documented == added
