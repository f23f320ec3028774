"""Alembic, driven from code: core's branch plus one branch per installed plugin."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from core.contract import CORE
from core.plugins import PluginError, PluginManager

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str, manager: PluginManager) -> Config:
    """An Alembic configuration that knows every installed branch.

    Args:
        url: Database URL (async driver).
        manager: The plugin manager whose plugins' revisions to include.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    locations = [MIGRATIONS / "versions", *(o.value for o in manager.contributions.migrations)]
    config.set_main_option("version_locations", os.pathsep.join(str(p) for p in locations))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def core_head() -> str:
    """The head revision of core's own branch, read from core's versions directory.

    A plugin's first revision starts from it. ``core@head`` would not do: once other
    plugins' branches start from core, Alembic resolves it to one of their revisions.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None, "core has no revisions"
    return head


def revision(manager: PluginManager, owner: str, message: str) -> str:
    """Autogenerate the next revision of one plugin's branch (or core's).

    Compares the models ``owner`` declares with a scratch SQLite database migrated
    to head, so only that owner's tables appear in the revision.

    Returns:
        The path of the new revision file.
    """
    if owner == CORE:
        directory, head = MIGRATIONS / "versions", core_head()
    else:
        found = [o.value for o in manager.contributions.migrations if o.owner == owner]
        if not found:
            raise PluginError(
                f"plugin {owner!r} declares no migrations directory (gridgov_migrations)"
            )
        directory, head = found[0], f"{owner}@head"
    directory.mkdir(parents=True, exist_ok=True)
    tables = {o.value.__tablename__ for o in manager.contributions.models if o.owner == owner}
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite+aiosqlite:///{Path(scratch) / 'scratch.sqlite3'}"
        config = alembic_config(url, manager)
        command.upgrade(config, "heads")
        config.attributes["gridgov.tables"] = tables
        script = ScriptDirectory.from_config(config)
        first = not any(owner in (rev.branch_labels or ()) for rev in script.walk_revisions())
        written = command.revision(
            config,
            message=message,
            autogenerate=True,
            version_path=str(directory),
            head=core_head() if first else head,
            # Core's head has the plugins' branches as children, so starting there splices.
            splice=first or owner == CORE,
            branch_label=owner if first else None,
            depends_on="core" if first and owner != CORE else None,
        )
    assert written is not None and not isinstance(written, list)
    return str(written.path)


def tidy(path: Path) -> str | None:
    """Fix and format a generated file with ruff, under the settings of the project holding it.

    Alembic writes its own style (single quotes, its own wrapping); ruff, found through
    the file's nearest ``pyproject.toml``, turns it into the project's, so a new
    revision passes ``ruff check`` and ``ruff format --check`` as written.

    Returns:
        None when the file is clean, else a note for people: ruff is not installed,
        or what it could not fix.
    """
    if find_spec("ruff") is None:
        return f"ruff is not installed: run `ruff check --fix` and `ruff format` on {path}"

    def ruff(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ruff", *args, str(path)],
            capture_output=True,
            text=True,
            check=False,
        )

    ruff("check", "--fix-only", "--quiet")
    ruff("format", "--quiet")
    left = ruff("check", "--quiet", "--output-format", "concise")
    return None if left.returncode == 0 else f"ruff left problems:\n{left.stdout.strip()}"


def upgrade(url: str, manager: PluginManager) -> None:
    """Bring core and every installed plugin's branch to its head (idempotent).

    Runs its own event loop: call it from synchronous code or a worker thread.
    """
    command.upgrade(alembic_config(url, manager), "heads")
