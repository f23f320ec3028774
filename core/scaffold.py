"""``gridgov new-plugin``: write a small working plugin with a passing test.

Two layouts, rendered from the templates in ``core/scaffold_templates/``:

* in the tree (default): ``<path>/<name>/`` (the plugin package) and
  ``<path>/../tests/plugins/<name>/test_<name>.py``; the plugin is registered by an
  entry point in the project's ``pyproject.toml``;
* standalone (``--standalone``): ``<path>/gridgov-<name>/``, a pip-installable
  distribution with package ``gridgov_<name>``, its entry point, its own tests and
  checks (ruff, mypy), a ``.gitignore`` and its committed SDL
  (``schema/<name>.graphql``, exported from the new code, with a test that fails
  while it is stale).

The plugin keeps one table, ``<name>_item``, an item on an estate, with a Node
type, a field on ``Estate``, a root query field, a create mutation, an indicator,
example data and the first revision of its own Alembic branch. Nothing existing is
ever overwritten: every target is checked before the first file is written.
"""

from __future__ import annotations

import keyword
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import entry_points
from importlib.util import find_spec
from pathlib import Path

from core.contract import CORE
from core.plugins import ENTRY_POINT_GROUP

TEMPLATES = Path(__file__).parent / "scaffold_templates"

NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
"""Lower-case words joined by single underscores, e.g. ``warm_stations``."""

MAX_NAME = 24
"""Longest plugin name: it prefixes table, index and constraint names (PostgreSQL
keeps 63 characters of a name) and GraphQL names."""

PLUGIN_FILES = {
    "plugin/__init__.py.tmpl": "__init__.py",
    "plugin/plugin.py.tmpl": "plugin.py",
    "plugin/models.py.tmpl": "models.py",
    "plugin/types.py.tmpl": "types.py",
    "plugin/mutations.py.tmpl": "mutations.py",
    "plugin/indicators.py.tmpl": "indicators.py",
    "plugin/examples.py.tmpl": "examples.py",
    "plugin/migrations/first_revision.py.tmpl": "migrations/0001_{name}_tables.py",
}
"""Templates of the plugin package and where each goes inside it."""

PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


class ScaffoldError(Exception):
    """The plugin cannot be created as asked; the message says why. Nothing was written."""


@dataclass(frozen=True)
class Names:
    """The names a plugin called ``name`` goes by.

    Attributes:
        name: The plugin's name (entry point, table and indicator prefix).
        package: The importable package holding it.
        dist: The distribution name (standalone only).
    """

    name: str
    package: str
    dist: str

    @property
    def title(self) -> str:
        """``BikeSheds``: prefix of GraphQL type names."""
        return "".join(word.capitalize() for word in self.name.split("_"))

    @property
    def camel(self) -> str:
        """``bikeSheds``: prefix of GraphQL field names."""
        return self.title[0].lower() + self.title[1:]

    @property
    def label(self) -> str:
        """``Bike sheds``: the name for people."""
        return self.name.replace("_", " ").capitalize()


def installed_plugins() -> set[str]:
    """Names of the plugins gridgov would load, without importing any of them."""
    names = {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)} | {CORE}
    extra = os.environ.get("GRIDGOV_EXTRA_PLUGINS", "")
    names |= {item.partition("=")[0].strip() for item in extra.split(",") if item.strip()}
    return names


def check_name(name: str) -> None:
    """Refuse a name gridgov could not load or that is taken.

    Raises:
        ScaffoldError: Naming the problem.
    """
    if not NAME.fullmatch(name) or keyword.iskeyword(name):
        raise ScaffoldError(
            f"invalid plugin name {name!r}: use a lower-case identifier such as warm_stations "
            "(letters, digits and single underscores, starting with a letter; not a keyword)"
        )
    if len(name) > MAX_NAME:
        raise ScaffoldError(f"invalid plugin name {name!r}: at most {MAX_NAME} characters")
    if name in installed_plugins():
        raise ScaffoldError(f"a plugin named {name!r} is already installed; choose another name")


def core_head() -> str:
    """Core's head revision, which a plugin's first revision follows."""
    from core.db.migrate import core_head as head

    return head()


def render(template: str, values: dict[str, str]) -> str:
    """Fill a template's ``{{placeholders}}``; an unknown one is a bug in the template."""

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise KeyError(f"template placeholder {{{{{key}}}}} has no value")
        return values[key]

    return PLACEHOLDER.sub(fill, template)


def _read(template: str) -> str:
    return (TEMPLATES / template).read_text(encoding="utf-8")


def core_on_a_path() -> bool:
    """Whether ``core`` lies in a folder on ``sys.path``, where type checkers look for it.

    False for gridgov installed editable through setuptools' default import hook,
    which mypy cannot follow: a standalone plugin's ``mypy`` would not find ``core``.
    """
    folder = Path(__file__).resolve().parent.parent
    return any(entry and Path(entry).resolve() == folder for entry in sys.path)


EDITABLE_NOTE = (
    "Note: gridgov is installed editable through setuptools' import hook, which mypy\n"
    "cannot follow, so this plugin's `mypy` will not find `core`. Reinstall gridgov\n"
    "with `pip install -e <gridgov> --config-settings editable_mode=compat`."
)


def next_steps(name: str, path: Path, *, standalone: bool) -> str:
    """What to do with the new plugin: register, install and test it."""
    names, _ = _layout(name, path, standalone=standalone)
    folder = path / names.dist
    # A bare name would make pip look the package up in an index: say it is a folder.
    package = str(folder) if folder.is_absolute() else f"./{folder.as_posix()}"
    install = _install_text(names, standalone, package if standalone else ".")
    steps = install + "\n\n" + _test_text(names, standalone)
    if standalone and not core_on_a_path():
        steps += "\n\n" + EDITABLE_NOTE
    return steps


def _install_text(names: Names, standalone: bool, package: str = ".") -> str:
    """How to register and install it; ``package`` is the standalone package's folder."""
    if standalone:
        return (
            f"The plugin is the package `{names.dist}`; gridgov finds it through its entry\n"
            "point in the group `gridgov.plugins`. Install it where gridgov is installed:\n\n"
            f"    pip install {package}\n"
            f"    gridgov plugins list                # shows {names.name}\n"
            "    gridgov db upgrade                  # creates its tables, only its branch\n"
            f"    gridgov plugins enable {names.name} --district 320902"
        )
    return (
        "Register the plugin in the project's pyproject.toml, then reinstall\n"
        "(`pip install -e .`) so the entry point exists:\n\n"
        '    [project.entry-points."gridgov.plugins"]\n'
        f'    {names.name} = "{names.package}.plugin"\n\n'
        "Then `gridgov db upgrade` creates its tables (only its branch is new),\n"
        f"`gridgov plugins enable {names.name} --district 320902` switches it on and\n"
        f"`gridgov export-schema` adds schema/{names.name}.graphql (gridgov's tests fail\n"
        "while schema/ differs from the code)."
    )


def _test_text(names: Names, standalone: bool) -> str:
    extra = f"GRIDGOV_EXTRA_PLUGINS={names.name}={names.package}.plugin"
    if standalone:
        return (
            "Run its tests (gridgov's pytest fixtures come with gridgov) from the package's\n"
            "folder once it is installed: `pytest`; or before installing it:\n\n"
            f"    {extra} PYTHONPATH=. pytest\n\n"
            "Set GRIDGOV_TEST_DATABASE_URL to a PostgreSQL admin URL to test on PostgreSQL.\n"
            'Its checks (`pip install -e ".[dev]"`): `ruff check .`, `ruff format --check .`,\n'
            "`mypy`. If gridgov itself is an editable install, install it with\n"
            "`pip install -e <gridgov> --config-settings editable_mode=compat`: mypy\n"
            "cannot follow setuptools' default editable import hook to find `core`.\n\n"
            f"`schema/{names.name}.graphql` is what the plugin adds to the schema; after\n"
            f"changing it, run `gridgov export-schema --plugin {names.name} --out schema`\n"
            "(tests/test_schema.py fails while the file is stale).\n"
            f"`gridgov plugins load-example {names.name} --district 320902` adds its example\n"
            "data to a loaded district."
        )
    return (
        f"Run its tests: `pytest tests/plugins/{names.name}`; before registering it:\n\n"
        f"    {extra} pytest tests/plugins/{names.name}"
    )


def _layout(name: str, path: Path, *, standalone: bool) -> tuple[Names, dict[str, Path]]:
    """The plugin's names and ``{template: target}`` for every file to write."""
    if standalone:
        dist = "gridgov-" + name.replace("_", "-")
        names = Names(name, f"gridgov_{name}", dist)
        root = path / dist
        package_dir, test_dir = root / names.package, root / "tests"
        extra = {
            "standalone/pyproject.toml.tmpl": root / "pyproject.toml",
            "standalone/gitignore.tmpl": root / ".gitignore",
            "standalone/test_schema.py.tmpl": test_dir / "test_schema.py",
            "plugin/README.md.tmpl": root / "README.md",
            "py.typed": package_dir / "py.typed",
        }
    else:
        names = Names(name, f"{path.resolve().name}.{name}", "")
        package_dir = path / name
        test_dir = path.parent / "tests" / "plugins" / name
        extra = {"plugin/README.md.tmpl": package_dir / "README.md"}
    files = {
        template: package_dir / target.format(name=name)
        for template, target in PLUGIN_FILES.items()
    }
    files |= extra
    files["test_plugin.py.tmpl"] = test_dir / f"test_{name}.py"
    return names, files


def scaffold(name: str, path: Path, *, standalone: bool) -> list[Path]:
    """Write a new plugin that passes its own test.

    Args:
        name: The plugin's name, a lower-case identifier not installed yet.
        path: In the tree, the plugins folder (``plugins``); standalone, the folder
            the package's folder goes in.
        standalone: Write a pip-installable package instead of an in-tree plugin.

    Returns:
        The files written.

    Raises:
        ScaffoldError: The name is invalid or taken, or a target exists; nothing
            was written.
    """
    check_name(name)
    names, files = _layout(name, path, standalone=standalone)
    if standalone:
        if path.exists() and not path.is_dir():
            raise ScaffoldError(f"{path} is not a folder")
        if find_spec(names.package) is not None:
            raise ScaffoldError(f"a module named {names.package!r} is already importable")
        taken = [path / names.dist]
    else:
        if path.exists() and not path.is_dir():
            raise ScaffoldError(f"{path} is not a folder")
        taken = [path / name, files["test_plugin.py.tmpl"].parent]
    for target in taken:
        if target.exists():
            raise ScaffoldError(f"{target} already exists; nothing was written")
    values = {
        "name": names.name,
        "Title": names.title,
        "camel": names.camel,
        "label": names.label,
        "package": names.package,
        "dist": names.dist,
        "core_head": core_head(),
        "install": _install_text(names, standalone),
        "test": _test_text(names, standalone),
    }
    rendered = {
        target: "" if template == "py.typed" else render(_read(template), values)
        for template, target in files.items()
    }
    written = []
    for target, text in rendered.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as out:  # "x": never overwrite
            out.write(text)
        written.append(target)
    if standalone:
        written.append(export_sdl(names, path / names.dist))
    return written


def export_sdl(names: Names, root: Path) -> Path:
    """Write ``schema/<name>.graphql`` of a new standalone plugin, from its code.

    Runs ``gridgov export-schema --plugin`` in a child process with the new package
    importable: importing its models here would add its tables to this process's
    metadata.

    Raises:
        ScaffoldError: The export failed (the files are written; the message says
            how to export once the cause is fixed).
    """
    out = root / "schema"
    env = dict(os.environ)
    extra = env.get("GRIDGOV_EXTRA_PLUGINS", "").strip()
    env["GRIDGOV_EXTRA_PLUGINS"] = ",".join(
        filter(None, (extra, f"{names.name}={names.package}.plugin"))
    )
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(root), env.get("PYTHONPATH"))))
    command = ["export-schema", "--plugin", names.name, "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", *command],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ScaffoldError(
            f"the plugin is written but its SDL could not be exported: {done.stderr.strip()}; "
            f"once installed, run `gridgov {' '.join(command)}`"
        )
    return out / f"{names.name}.graphql"
