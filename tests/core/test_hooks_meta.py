"""Meta-tests in Datasette's manner: every hook is documented and exercised by a test."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from core import hookspecs

ROOT = Path(__file__).resolve().parents[2]
HOOKS = sorted(
    name
    for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)
    if name.startswith("gridgov_")
)


def test_there_are_hooks() -> None:
    assert "gridgov_type_fields" in HOOKS and len(HOOKS) >= 15


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_docstring(hook: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert len(doc) > 40, f"{hook} needs a docstring saying what a plugin does with it"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_in_the_guide(hook: str) -> None:
    guide = (ROOT / "plugins" / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"^### {hook}$", guide, re.MULTILINE), (
        f"plugins/README.md has no section for {hook}"
    )


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_exercised_by_a_test(hook: str) -> None:
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    assert re.search(rf"def test_hook_{hook}\b", tests) or re.search(
        rf"def test_hook_\w*{hook.removeprefix('gridgov_')}", tests
    ), f"no test_hook_{hook} test"


def test_every_hook_name_is_prefixed() -> None:
    stray = [
        name
        for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)
        if getattr(getattr(hookspecs, name), "gridgov_spec", None)
        and not name.startswith("gridgov_")
    ]
    assert stray == []
