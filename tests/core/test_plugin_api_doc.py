"""``docs/plugin-api.md`` is generated from the code and says what plugin authors look up."""

from __future__ import annotations

import inspect

from core import apidoc, hookspecs


def test_the_committed_reference_matches_the_code() -> None:
    committed = apidoc.OUT.read_text(encoding="utf-8")
    assert apidoc.render() == committed, "docs/plugin-api.md is stale: run `make docs`"
    assert apidoc.main(["--check"]) == 0


def test_the_reference_covers_what_plugin_authors_look_up() -> None:
    text = apidoc.render()
    hooks = [name for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)]
    for hook in (name for name in hooks if name.startswith("gridgov_")):
        assert f"### `{hook}`" in text, hook
    for piece in (
        "| `core.db.models.Estate` | `estate` |",  # models with import paths and tables
        "| `Estate` | `core.graphql.places.types.Estate` |",  # types with import paths
        "| `grid_party_branch` | `GRID_PARTY_BRANCH` |",  # stored kind values
        "- **`async .load(path: str, global_id: str | None,",  # Check's methods
        "| `DUPLICATE` | `'duplicate'` | The value is taken",  # what each code means
        "- `scope`: The viewer's scope",  # IndicatorContext.scope
        "*, token: str | None = ADMIN)",  # Harness: the default is an administrator...
        "None for none",  # ...and None sends no token
        "**Args:**\n\n- `plugin`: The plugin's name.",  # Google sections as lists
    ):
        assert piece in text, piece
    assert "0x" not in text  # no object addresses: the file is the same on every machine
