"""Fixtures of the grid_events tests."""

from __future__ import annotations

import pytest

from core.testing import Harness
from plugins.grid_events.testing import Events


@pytest.fixture
async def events(gridgov: Harness) -> Events:
    """Helpers on Tinghu, with its places read and a plain 24-hour event type defined."""
    return await Events(gridgov).setup()
