"""Fixtures of the four_beautiful tests."""

from __future__ import annotations

import pytest

from core.testing import Harness
from plugins.four_beautiful.testing import CoCreation


@pytest.fixture
def co(gridgov: Harness) -> CoCreation:
    """The helpers on a fresh copy of the example districts."""
    return CoCreation(gridgov)
