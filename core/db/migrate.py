"""Alembic, driven from code: core's branch plus one branch per installed plugin."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config

from core.plugins import PluginManager

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


def upgrade(url: str, manager: PluginManager) -> None:
    """Bring core and every installed plugin's branch to its head (idempotent).

    Runs its own event loop: call it from synchronous code or a worker thread.
    """
    command.upgrade(alembic_config(url, manager), "heads")
