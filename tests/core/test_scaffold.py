"""``gridgov new-plugin``: the scaffold's output works and passes its own tests."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from core.cli import main
from core.db.migrate import core_head
from core.plugins import ENTRY_POINT_GROUP
from core.scaffold import ScaffoldError, scaffold

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


def _environment(plugins: dict[str, str], paths: list[Path]) -> dict[str, str]:
    env = dict(os.environ)
    env["GRIDGOV_EXTRA_PLUGINS"] = ",".join(f"{n}={m}" for n, m in plugins.items())
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in paths)
    return env


def test_scaffolded_plugins_pass_their_own_tests(tmp_path: Path) -> None:
    standalone = scaffold("bike_sheds", tmp_path, standalone=True)
    in_tree = scaffold("tea_rooms", tmp_path / "myplugins", standalone=False)
    package = tmp_path / "gridgov-bike-sheds"
    assert {p.relative_to(package).as_posix() for p in standalone} == {
        "pyproject.toml",
        "README.md",
        "gridgov_bike_sheds/__init__.py",
        "gridgov_bike_sheds/plugin.py",
        "gridgov_bike_sheds/models.py",
        "gridgov_bike_sheds/types.py",
        "gridgov_bike_sheds/mutations.py",
        "gridgov_bike_sheds/indicators.py",
        "gridgov_bike_sheds/examples.py",
        "gridgov_bike_sheds/py.typed",
        "gridgov_bike_sheds/migrations/0001_bike_sheds_tables.py",
        "tests/test_bike_sheds.py",
    }
    assert tmp_path / "tests" / "plugins" / "tea_rooms" / "test_tea_rooms.py" in in_tree
    assert (tmp_path / "myplugins" / "tea_rooms" / "README.md") in in_tree
    pyproject = (package / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points."gridgov.plugins"]' in pyproject
    assert 'bike_sheds = "gridgov_bike_sheds.plugin"' in pyproject
    revision = (package / "gridgov_bike_sheds/migrations/0001_bike_sheds_tables.py").read_text()
    assert f'down_revision: str | Sequence[str] | None = "{core_head()}"' in revision

    plugins = {"bike_sheds": "gridgov_bike_sheds.plugin", "tea_rooms": "myplugins.tea_rooms.plugin"}
    env = _environment(plugins, [package, tmp_path])
    checked = subprocess.run(
        [sys.executable, "-c", MIGRATION_MATCHES_MODELS, "bike_sheds", "tea_rooms"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # Both test suites in one run, under the standalone package's own pytest settings.
    tests = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-c",
            str(package / "pyproject.toml"),
            str(package / "tests"),
            str(tmp_path / "tests" / "plugins" / "tea_rooms"),
        ],
        cwd=package,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert tests.returncode == 0, tests.stdout[-5000:] + tests.stderr[-5000:]
    assert "12 passed" in tests.stdout


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
