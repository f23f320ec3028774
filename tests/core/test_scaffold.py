"""``gridgov new-plugin``: what an author writes from the scaffold works and passes its checks.

A standalone plugin is scaffolded, installed, given a model, a migration and a root
field, exported, migrated into the example districts and loaded with its example
data, and passes its own ruff, mypy and pytest; an in-tree plugin's tests run beside
its own.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from core.cli import main
from core.db.migrate import core_head
from core.plugins import ENTRY_POINT_GROUP
from core.scaffold import EDITABLE_NOTE, ScaffoldError, core_on_a_path, scaffold

# Compares a plugin's hand-written first revision with its models: after upgrading
# a scratch database, autogenerate must find nothing to add for the plugin's tables.
MIGRATION_MATCHES_MODELS = """
import sys, tempfile
from pathlib import Path
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from core.db.migrate import upgrade
from core.db.models import Base
from core.plugins import PluginManager

manager = PluginManager()
tables = {o.value.__tablename__ for o in manager.contributions.models if o.owner in sys.argv[1:]}


def include(obj, name, type_, reflected, compare_to):
    table = obj if type_ == "table" else getattr(obj, "table", None)
    return table is None or table.name in tables


with tempfile.TemporaryDirectory() as scratch:
    path = Path(scratch) / "scratch.sqlite3"
    upgrade(f"sqlite+aiosqlite:///{path}", manager)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": include},
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
assert tables, "no tables"
assert diff == [], diff
print("migration matches", sorted(tables))
"""


RACK_MODEL = '''

class Rack(Tracked, Base):
    """A bike rack on an estate, with room for ``places`` bikes."""

    __tablename__ = "bike_sheds_rack"
    __table_args__ = (UniqueConstraint("estate_id", "name"),)

    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    places: Mapped[int | None] = mapped_column(Integer)
'''
RACK_FIELD = '''

async def bike_sheds_rack_places(info: Info) -> int:
    """Places for bikes in the district's live racks."""
    result = await info.context.execute(
        select(func.coalesce(func.sum(Rack.places), 0)).where(
            Rack.district_id == info.context.district_id, Rack.archived_at.is_(None)
        )
    )
    return int(result.scalar_one())


QUERY_FIELDS.append(
    strawberry.field(
        resolver=bike_sheds_rack_places,
        name="bikeShedsRackPlaces",
        description="Places for bikes in the district's racks.",
    )
)
'''
"""What an author adds to the scaffold: a model (with its scope) and a root field reading it."""


def _edit(path: Path, *changes: tuple[str, str], append: str = "") -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, (path, old)
        text = text.replace(old, new)
    path.write_text(text + append, encoding="utf-8")


def _run(*command: str | Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{command}:\n{done.stdout[-5000:]}\n{done.stderr[-5000:]}"
    return done


def _gridgov(*args: str, env: dict[str, str], cwd: Path) -> str:
    return _run(sys.executable, "-m", "core.cli", *args, env=env, cwd=cwd).stdout


@dataclass(frozen=True)
class Authored:
    """A standalone plugin scaffolded, installed and extended; an in-tree one beside it."""

    root: Path
    package: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def authored(tmp_path_factory: pytest.TempPathFactory) -> Authored:
    """What a plugin author does: scaffold, install, add a model and its migration.

    The standalone package is installed like any distribution (a wheel built with the
    venv's pinned setuptools, no index, no isolation) into a folder of its own rather
    than the venv, so no other test sees its entry point; its source folder comes
    first on the path, so ``gridgov db revision`` writes into the source. The in-tree
    plugin is registered through ``GRIDGOV_EXTRA_PLUGINS``.
    """
    root = tmp_path_factory.mktemp("authors")
    assert main(["new-plugin", "bike_sheds", "--standalone", "--path", str(root)]) == 0
    assert main(["new-plugin", "tea_rooms", "--path", str(root / "myplugins")]) == 0
    package = root / "gridgov-bike-sheds"
    site = root / "site"
    env = dict(os.environ)
    env.pop("GRIDGOV_EXTRA_PLUGINS", None)
    _run(
        sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
        "--no-index", "--target", site, package, env=env, cwd=root,
    )  # fmt: skip
    env["GRIDGOV_EXTRA_PLUGINS"] = "tea_rooms=myplugins.tea_rooms.plugin"
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in (package, site, root))
    source = package / "gridgov_bike_sheds"
    _edit(
        source / "models.py",
        (
            "from sqlalchemy import ForeignKey, String",
            "from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint",
        ),
        append=RACK_MODEL,
    )
    _edit(
        source / "plugin.py",
        ("return [models.Item]", "return [models.Item, models.Rack]"),
        (
            "return {models.Item: models.Item.estate_id}",
            "return {models.Item: models.Item.estate_id, models.Rack: models.Rack.estate_id}",
        ),
    )
    _edit(
        source / "types.py",
        (
            "from sqlalchemy import ColumnElement",
            "from sqlalchemy import ColumnElement, func, select",
        ),
        ("models import Item\n", "models import Item, Rack\n"),
        append=RACK_FIELD,
    )
    revision = _run(
        sys.executable, "-m", "core.cli", "db", "revision", "bike_sheds", "-m", "bike racks",
        env=env, cwd=package,
    )  # fmt: skip
    assert "ruff" not in revision.stderr, revision.stderr  # clean as written
    [written] = (source / "migrations").glob("*_bike_racks.py")
    assert 'op.create_table(\n        "bike_sheds_rack",' in written.read_text(encoding="utf-8")
    # The new root field leaves the committed SDL stale until it is exported again.
    export = (sys.executable, "-m", "core.cli", "export-schema", "--plugin", "bike_sheds")
    stale = subprocess.run(
        [*export, "--out", "schema", "--check"],
        env=env,
        cwd=package,
        capture_output=True,
        text=True,
        check=False,
    )
    assert stale.returncode == 1 and "bike_sheds.graphql" in stale.stderr, stale.stderr
    _run(*export, "--out", "schema", env=env, cwd=package)
    return Authored(root, package, env)


def test_the_standalone_scaffold_is_complete(authored: Authored) -> None:
    files = {p.relative_to(authored.package).as_posix() for p in authored.package.rglob("*")}
    assert {
        ".gitignore",
        "pyproject.toml",
        "README.md",
        "schema/bike_sheds.graphql",
        "tests/test_bike_sheds.py",
        "tests/test_schema.py",
        "gridgov_bike_sheds/py.typed",
        "gridgov_bike_sheds/migrations/0001_bike_sheds_tables.py",
    } <= files
    pyproject = (authored.package / "pyproject.toml").read_text(encoding="utf-8")
    assert 'bike_sheds = "gridgov_bike_sheds.plugin"' in pyproject
    first = authored.package / "gridgov_bike_sheds/migrations/0001_bike_sheds_tables.py"
    assert f'down_revision: str | Sequence[str] | None = "{core_head()}"' in first.read_text()
    assert (authored.root / "tests/plugins/tea_rooms/test_tea_rooms.py").exists()
    # The hand-written first revisions and the generated one together match the models.
    checked = subprocess.run(
        [sys.executable, "-c", MIGRATION_MATCHES_MODELS, "bike_sheds", "tea_rooms"],
        env=authored.env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.skipif(
    bool(os.environ.get("GRIDGOV_TEST_DATABASE_URL")),
    reason="static checks do not depend on the database: run once, on the SQLite pass",
)
def test_the_standalone_plugin_passes_its_own_checks(authored: Authored) -> None:
    assert core_on_a_path(), EDITABLE_NOTE
    cwd, env = authored.package, authored.env
    _run(sys.executable, "-m", "ruff", "check", ".", env=env, cwd=cwd)
    _run(sys.executable, "-m", "ruff", "format", "--check", ".", env=env, cwd=cwd)
    _run(sys.executable, "-m", "mypy", "--cache-dir", authored.root / "mypy", env=env, cwd=cwd)


async def test_the_installed_plugin_exports_its_sdl_and_loads_its_example(
    authored: Authored, example_database: str
) -> None:
    cwd, env = authored.package, authored.env
    export = ("export-schema", "--plugin", "bike_sheds", "--out", "schema", "--check")
    await asyncio.to_thread(_gridgov, *export, env=env, cwd=cwd)
    sdl = (cwd / "schema" / "bike_sheds.graphql").read_text(encoding="utf-8")
    assert "bikeShedsRackPlaces: Int!" in sdl and "type BikeShedsItem implements Node" in sdl

    # Into the example districts, loaded without it: only its branch migrates.
    database = ("--database", example_database)
    upgraded = await asyncio.to_thread(_gridgov, *database, "db", "upgrade", env=env, cwd=cwd)
    assert "bike_sheds" in upgraded
    load = (*database, "plugins", "load-example", "bike_sheds", "--district", "320902")
    loaded = await asyncio.to_thread(_gridgov, *load, env=env, cwd=cwd)
    assert "bike_sheds (figures: the plugin's own)" in loaded and "enabled bike_sheds" in loaded
    again = await asyncio.to_thread(_gridgov, *load, env=env, cwd=cwd)
    assert "already in 320902 (rows in bike_sheds_item); nothing to do" in again


def test_the_scaffolded_plugins_pass_their_own_tests(authored: Authored) -> None:
    # Both suites in one run (one session's databases), under the package's own settings.
    tests = _run(
        sys.executable, "-m", "pytest", "-q",
        "-c", authored.package / "pyproject.toml",
        authored.package / "tests", authored.root / "tests" / "plugins" / "tea_rooms",
        env=authored.env, cwd=authored.package,
    )  # fmt: skip
    assert "15 passed" in tests.stdout, tests.stdout[-3000:]


def test_new_plugin_command_writes_an_in_tree_plugin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new-plugin", "tea_rooms", "--path", str(tmp_path / "plugins")]) == 0
    out = capsys.readouterr().out
    assert f"created {tmp_path / 'plugins' / 'tea_rooms' / 'plugin.py'}" in out
    assert f"created {tmp_path / 'tests' / 'plugins' / 'tea_rooms' / 'test_tea_rooms.py'}" in out
    assert 'tea_rooms = "plugins.tea_rooms.plugin"' in out  # how to register it


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Bike_Sheds", "invalid plugin name 'Bike_Sheds': use a lower-case identifier"),
        ("bike-sheds", "invalid plugin name 'bike-sheds'"),
        ("2bikes", "invalid plugin name '2bikes'"),
        ("bike__sheds", "invalid plugin name 'bike__sheds'"),
        ("class", "invalid plugin name 'class'"),
        ("a" * 25, "at most 24 characters"),
        ("core", "a plugin named 'core' is already installed"),
    ],
)
def test_bad_names_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    assert main(["new-plugin", name, "--path", str(tmp_path)]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_installed_plugin_names_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installed = sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))
    assert installed
    assert main(["new-plugin", installed[0], "--path", str(tmp_path), "--standalone"]) == 1
    assert f"a plugin named {installed[0]!r} is already installed" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plugins = tmp_path / "plugins"
    (plugins / "tea_rooms").mkdir(parents=True)
    (plugins / "tea_rooms" / "notes.txt").write_text("mine")
    assert main(["new-plugin", "tea_rooms", "--path", str(plugins)]) == 1
    assert "tea_rooms already exists; nothing was written" in capsys.readouterr().err
    assert [p.name for p in (plugins / "tea_rooms").iterdir()] == ["notes.txt"]
    assert not (tmp_path / "tests").exists()

    # The test folder is checked too, before anything is written.
    (tmp_path / "tests" / "plugins" / "bike_sheds").mkdir(parents=True)
    with pytest.raises(ScaffoldError, match="already exists"):
        scaffold("bike_sheds", plugins, standalone=False)
    assert not (plugins / "bike_sheds").exists()

    written = scaffold("bike_sheds", tmp_path, standalone=True)
    before = {path: path.read_text(encoding="utf-8") for path in written}
    assert main(["new-plugin", "bike_sheds", "--path", str(tmp_path), "--standalone"]) == 1
    assert "gridgov-bike-sheds already exists" in capsys.readouterr().err
    assert {path: path.read_text(encoding="utf-8") for path in written} == before
