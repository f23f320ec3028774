"""What the front-end tests need: Node with examples/frontend's pinned packages, Debian's
chromium, and a real server on the example districts with a city administrator's token.

``make test`` installs all of it (``make frontend``). When something is missing these
tests fail and say what to install: they never pass without having run.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.testing import Harness, serving

FRONTEND = Path(__file__).resolve().parents[2] / "examples" / "frontend"
CHROMIUM = Path("/usr/bin/chromium")


def node(*args: str, timeout: float = 300, cwd: Path = FRONTEND) -> str:
    """Run ``node ARGS`` in examples/frontend (or ``cwd``); return its stdout (it must succeed)."""
    if (
        shutil.which("node") is None
        or not (FRONTEND / "node_modules" / ".package-lock.json").exists()
    ):
        pytest.fail(
            "Node 20+ and examples/frontend/node_modules are needed: run `make frontend` "
            "(make test does; it runs `npm ci` on the pinned package-lock.json)."
        )
    done = subprocess.run(["node", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"node {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's chromium, which Playwright drives (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing, so the browser tests cannot run: "
            "`apt-get install chromium` as root (make test does when it runs as root)."
        )
    return CHROMIUM


@dataclass(frozen=True)
class Served:
    """A ``gridgov serve`` process on the example districts."""

    base: str
    token: str

    def endpoint(self, district: str) -> str:
        """The GraphQL endpoint of a district."""
        return f"{self.base}/districts/{district}/graphql"


@pytest.fixture
async def served(
    example_database: str, make_harness: Callable[..., Awaitable[Harness]]
) -> AsyncIterator[Served]:
    """A real server on a fresh copy of the example districts, and a city admin's token."""
    harness = await make_harness(example_database)
    token = await harness.login_as(None, "city_admin")
    with serving(example_database) as (_, port):
        yield Served(f"http://127.0.0.1:{port}", token)
