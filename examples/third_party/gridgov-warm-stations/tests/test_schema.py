"""The committed SDL (``schema/warm_stations.graphql``) matches the plugin's code.

After changing the schema, write it again from this folder with
``gridgov export-schema --plugin warm_stations --out schema`` and commit it.
"""

from __future__ import annotations

from pathlib import Path

from core.plugins import PluginManager
from core.testing import assert_plugin_sdl_matches

SCHEMA = Path(__file__).resolve().parent.parent / "schema"


def test_committed_sdl_matches_the_code(plugin_manager: PluginManager) -> None:
    assert_plugin_sdl_matches("warm_stations", SCHEMA, plugin_manager)
