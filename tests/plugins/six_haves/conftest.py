"""Fixtures of the six_haves tests."""

from __future__ import annotations

import pytest

from core.testing import Harness
from plugins.six_haves.testing import Six


@pytest.fixture
def six(gridgov: Harness) -> Six:
    """The helpers, on a fresh copy of the example districts."""
    return Six(gridgov)
