"""``docs/plugin-api.md``: the reference of what plugins use, generated from the code.

Run ``python -m core.apidoc`` (``make docs``) after changing a docstring, a signature
or a vocabulary it lists; ``--check`` fails while the file differs, and so does a
test. The reference is built from the objects themselves — signatures with
:mod:`inspect`, Google-style docstrings turned into Markdown, enum values with their
descriptions or comments, core's kinds and models from their registries — so it
cannot say what the code does not.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import enum
import importlib
import inspect
import itertools
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Table
from strawberry.types.base import get_object_definition

OUT = Path(__file__).resolve().parent.parent / "docs" / "plugin-api.md"

SECTION = re.compile(r"^(Args|Attributes|Returns|Yields|Raises|Fixtures):\s*$")
ROLE = re.compile(r":(?:class|func|mod|meth|data|attr):`~?([^`]+)`")
LITERAL = re.compile(r"``([^`]+)``")
COMMENT = re.compile(r"^\s*(\w+)\s*=.*#\s*(.+)$")


@dataclass(frozen=True)
class Part:
    """One section of the reference: a title and the objects it shows, by dotted path.

    A path may name a module (its docstring's first paragraph introduces the section),
    a table (``table:<name>``, one of :data:`TABLES`) or every hook
    (``core.hookspecs.*hooks``, in the order of the contract).
    """

    title: str
    names: Sequence[str]


PARTS = (
    Part(
        "Hooks",
        ["core.hookspecs", "core.hookspecs.hookimpl", "core.hookspecs.*hooks"],
    ),
    Part(
        "Values of the hooks",
        [
            "core.contract",
            "core.contract.CORE",
            "core.contract.Indicator",
            "core.contract.IndicatorContext",
            "core.contract.Permission",
            "core.contract.PlaceVenue",
            "core.contract.VenueContext",
            "core.contract.ExampleContext",
            "core.contract.ArchiveRule",
            "core.contract.Restore",
        ],
    ),
    Part(
        "Kinds, roles and stored values",
        [
            "core.kinds",
            "core.kinds.OrganisationKind",
            "table:organisation_kinds",
            "core.kinds.PostRole",
            "table:post_roles",
            "core.domain.StreetKind",
            "core.domain.CommunityKind",
            "core.domain.GridKind",
            "core.domain.EstateKind",
            "core.domain.Gender",
            "core.domain.IdentityKind",
            "core.domain.AssignmentKind",
        ],
    ),
    Part(
        "Time",
        [
            "core.clock",
            "core.clock.CHINA",
            "core.clock.now",
            "core.clock.today",
            "core.clock.utc",
            "core.clock.today_in_sql",
            "core.clock.frozen_at",
            "core.clock.frozen_on",
        ],
    ),
    Part(
        "Roles and scopes",
        [
            "core.access",
            "core.access.Role",
            "core.access.ADMINS",
            "core.access.STAFF",
            "core.access.FIELD",
            "core.access.Scope",
        ],
    ),
    Part(
        "Models",
        [
            "core.db.models",
            "core.db.models.Base",
            "core.db.models.Tracked",
            "core.db.models.History",
            "core.db.models.live",
            "core.db.models.NAME_LENGTH",
            "core.db.models.UtcDateTime",
            "table:models",
        ],
    ),
    Part(
        "GraphQL types and reading",
        [
            "table:node_types",
            "core.graphql.node.Node",
            "core.graphql.node.load_node",
            "core.graphql.node.load_nodes",
            "core.graphql.fields.described",
            "core.graphql.pagination.Source",
            "core.graphql.pagination.page_of",
            "core.graphql.pagination.paginate",
            "core.graphql.pagination.connection",
            "core.graphql.pagination.encode_cursor",
            "core.graphql.pagination.decode_cursor",
            "core.graphql.pagination.OrderDirection",
            "core.graphql.filters.filter_id",
            "core.graphql.filters.contains",
            "core.graphql.filters.prefix",
            "core.graphql.ids.to_global_id",
            "core.graphql.ids.parse_global_id",
            "core.graphql.context.Context",
            "core.graphql.context.ContextLoader",
            "core.graphql.context.LiveRowLoader",
        ],
    ),
    Part(
        "Mutations",
        [
            "core.graphql.mutations",
            "core.graphql.mutations.Check",
            "core.graphql.mutations.run",
            "core.graphql.mutations.unset",
            "core.graphql.errors.UserErrorCode",
            "core.graphql.errors.UserError",
            "core.graphql.errors.Errors",
        ],
    ),
    Part(
        "Live updates",
        [
            "core.broadcast.Broadcaster",
            "core.broadcast.BroadcastLost",
        ],
    ),
    Part(
        "Example data",
        [
            "core.examples.insert_rows",
            "core.examples.spread",
            "core.examples.ExampleError",
        ],
    ),
    Part(
        "The plugin manager",
        [
            "core.plugins.PluginManager",
            "core.plugins.PluginError",
        ],
    ),
    Part(
        "Testing",
        [
            "core.testing",
            "core.testing.TINGHU",
            "core.testing.YANDU",
            "core.testing.EXAMPLE_SCALE",
            "core.testing.ADMIN",
            "core.testing.Harness",
            "core.testing.DistrictClient",
            "core.testing.codes",
            "core.testing.assert_plugin_sdl_matches",
        ],
    ),
)


# -- docstrings ------------------------------------------------------------------------


def markdown(doc: str) -> str:
    """A Google-style docstring as Markdown: sections become lists, roles code."""
    lines = inspect.cleandoc(doc).splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = SECTION.match(lines[i])
        if not found:
            out.append(lines[i])
            i += 1
            continue
        entries: list[str] = []
        i += 1
        while i < len(lines) and (lines[i].startswith(" ") or not lines[i].strip()):
            line = lines[i]
            if line.strip():
                if line.startswith("        ") and entries:
                    entries[-1] += " " + line.strip()
                else:
                    entries.append(line.strip())
            i += 1
        out.append(f"**{found.group(1)}:**")
        out.append("")
        out.extend(_entry(entry, found.group(1)) for entry in entries)
        out.append("")
    text = "\n".join(out).strip()
    return LITERAL.sub(r"`\1`", ROLE.sub(r"`\1`", text))


def _entry(entry: str, section: str) -> str:
    if section in ("Returns", "Yields"):
        return entry
    name, colon, rest = entry.partition(": ")
    if colon and re.fullmatch(r"[\w.*]+(?: \(.*\))?", name):
        return f"- `{name}`: {rest}"
    return f"- {entry}"


@cache
def _source_notes(module: ModuleType) -> dict[str, str]:
    """``{"Class.NAME" or "NAME": docstring}`` of attributes documented by a string below them."""
    tree = ast.parse(inspect.getsource(module))
    notes: dict[str, str] = {}

    def scan(body: list[ast.stmt], prefix: str) -> None:
        for before, after in itertools.pairwise(body):
            target = None
            if isinstance(before, ast.Assign) and isinstance(before.targets[0], ast.Name):
                target = before.targets[0].id
            elif isinstance(before, ast.AnnAssign) and isinstance(before.target, ast.Name):
                target = before.target.id
            if (
                target
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                notes[prefix + target] = after.value.value
        for node in body:
            if isinstance(node, ast.ClassDef) and not prefix:
                scan(node.body, f"{node.name}.")

    scan(tree.body, "")
    return notes


def _comments(cls: type) -> dict[str, str]:
    """Trailing comments of a class's attributes (``MICRO = "micro"  # 微网格``)."""
    found = {}
    for line in inspect.getsource(cls).splitlines():
        match = COMMENT.match(line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


# -- signatures ------------------------------------------------------------------------


def _annotation(value: Any) -> str:
    return value if isinstance(value, str) else inspect.formatannotation(value)


def _default(value: Any, module: ModuleType) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    named = [
        name
        for name, bound in vars(module).items()
        if bound is value and name.isupper() and not isinstance(value, (bool, int, type(None)))
    ]
    return named[0] if named else repr(value)


def signature(obj: Callable[..., Any], *, skip_self: bool = False) -> str:
    """``(name: type = default, *, key: type) -> type`` as written in the code."""
    module = sys.modules[obj.__module__]
    parts: list[str] = []
    starred = False
    for parameter in inspect.signature(obj).parameters.values():
        if skip_self and parameter.name in ("self", "cls") and not parts:
            continue
        text = parameter.name
        if parameter.kind is parameter.VAR_POSITIONAL:
            text, starred = f"*{text}", True
        elif parameter.kind is parameter.VAR_KEYWORD:
            text = f"**{text}"
        elif parameter.kind is parameter.KEYWORD_ONLY and not starred:
            parts.append("*")
            starred = True
        if parameter.annotation is not parameter.empty:
            text += f": {_annotation(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {_default(parameter.default, module)}"
        parts.append(text)
    returned = inspect.signature(obj).return_annotation
    tail = "" if returned is inspect.Signature.empty else f" -> {_annotation(returned)}"
    return f"({', '.join(parts)}){tail}"


# -- objects ---------------------------------------------------------------------------


def _resolve(path: str) -> tuple[ModuleType, Any]:
    module_name, _, attribute = path.rpartition(".")
    try:
        module = importlib.import_module(path)
        return module, module
    except ModuleNotFoundError:
        module = importlib.import_module(module_name)
        return module, getattr(module, attribute)


def _hooks() -> list[str]:
    from core import hookspecs

    return [
        f"core.hookspecs.{name}"
        for name, value in vars(hookspecs).items()
        if name.startswith("gridgov_") and inspect.isfunction(value)
    ]


def render_object(path: str) -> str:
    """The Markdown of one object: a module's introduction, a function, class or constant."""
    module, obj = _resolve(path)
    if obj is module:
        return markdown(module.__doc__ or "")
    name = path.rpartition(".")[2]
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return _enum(path, obj)
    if inspect.isclass(obj):
        return _class(path, obj)
    if inspect.isfunction(obj):
        kind = "async " if inspect.iscoroutinefunction(obj) else ""
        doc = markdown(inspect.getdoc(obj) or "")
        return f"### `{name}`\n\n```python\n{kind}def {name}{signature(obj)}\n```\n\n{doc}"
    note = _source_notes(module).get(name, "")
    assignment = _assignments(module)[name]
    return f"### `{name}`\n\n`{path}`\n\n```python\n{assignment}\n```\n\n{markdown(note)}".rstrip()


@cache
def _assignments(module: ModuleType) -> dict[str, str]:
    """The source of each module-level assignment, by name: how a constant is written."""
    source = inspect.getsource(module)
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name):
                found[target.id] = ast.get_source_segment(source, node) or ""
    return found


def _enum(path: str, cls: type[enum.Enum]) -> str:
    definition = getattr(cls, "__strawberry_definition__", None)
    described = {v.name: v.description for v in definition.values} if definition else {}
    notes = _source_notes(sys.modules[cls.__module__])
    comments = _comments(cls)
    rows = [
        (
            f"`{member.name}`",
            f"`{member.value!r}`",
            markdown(
                described.get(member.name)
                or notes.get(f"{cls.__name__}.{member.name}")
                or comments.get(member.name, "")
            ).replace("\n", " "),
        )
        for member in cls
    ]
    head = f"### `{cls.__name__}`\n\n`{path}`: {markdown(inspect.getdoc(cls) or '')}"
    return table(head, ("GraphQL / Python", "stored value", "meaning"), rows)


def _class(path: str, cls: type) -> str:
    lines = [f"### `{cls.__name__}`", "", f"`{path}`"]
    if dataclasses.is_dataclass(cls):
        fields = ", ".join(
            _field(cls, f) for f in dataclasses.fields(cls) if f.init and not f.name.startswith("_")
        )
        lines[-1] += f" — `{cls.__name__}({fields})`"
    lines += ["", markdown(inspect.getdoc(cls) or "")]
    for name, member in _members(cls):
        target: Any = member.fget if isinstance(member, property) else member
        target = getattr(target, "__func__", target)
        doc = markdown(inspect.getdoc(target) or "")
        if isinstance(member, property):
            returned = inspect.signature(target).return_annotation
            lines += ["", f"- **`.{name}`** (`{_annotation(returned)}`): {doc}"]
            continue
        kind = "async " if inspect.iscoroutinefunction(target) else ""
        if hasattr(target, "__wrapped__"):  # a context manager's generator
            kind = "async with " if inspect.isasyncgenfunction(target.__wrapped__) else "with "
        text = f"{kind}.{name}{signature(target, skip_self=True)}"
        lines += ["", f"- **`{text}`**", "", _indent(doc)]
    return "\n".join(lines).rstrip()


def _field(cls: type, field: dataclasses.Field[Any]) -> str:
    """``name: type = default`` of a dataclass field, its type as written in the code."""
    written = next(
        (
            inspect.get_annotations(k)[field.name]
            for k in cls.__mro__
            if field.name in inspect.get_annotations(k)
        ),
        field.type,
    )
    text = f"{field.name}: {_annotation(written)}"
    if field.default is not dataclasses.MISSING:
        text += f" = {_default(field.default, sys.modules[cls.__module__])}"
    elif field.default_factory is not dataclasses.MISSING:
        text += " = ..."
    return text


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods and properties the class itself defines, in source order."""
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, (property, staticmethod, classmethod)) or inspect.isfunction(member):
            yield name, member


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in text.splitlines())


# -- tables ----------------------------------------------------------------------------


def table(intro: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table under its introduction."""
    lines = [f"| {' | '.join(cells)} |" for cells in (header, ["---"] * len(header), *rows)]
    return intro + "\n\n" + "\n".join(lines)


def _organisation_kinds() -> str:
    from core.kinds import ORGANISATION_KINDS

    rows = [
        (
            f"`{k.value}`",
            f"`{k.value.upper()}`",
            f"{k.label} ({k.chinese})",
            ", ".join(k.anchors) or "any",
            (", ".join(k.parent_kinds) or "any or none")
            + (" (required)" if k.parent_required else ""),
            "yes" if k.party else "",
        )
        for k in ORGANISATION_KINDS
    ]
    return table(
        "Core's organisation kinds (`core.kinds.ORGANISATION_KINDS`; plugins add theirs):",
        ("stored value", "GraphQL", "what", "anchored to", "parent kinds", "party"),
        rows,
    )


def _post_roles() -> str:
    from core.kinds import POST_ROLES

    rows = [
        (
            f"`{r.value}`",
            f"`{r.value.upper()}`",
            f"{r.label} ({r.chinese})",
            ", ".join(r.organisation_kinds) or "any",
            r.identity or "",
        )
        for r in POST_ROLES
    ]
    return table(
        "Core's post roles (`core.kinds.POST_ROLES`; plugins add theirs):",
        ("stored value", "GraphQL", "what", "in organisations of kind", "holder must be"),
        rows,
    )


def _models() -> str:
    from core.db import models

    rows = []
    for name, cls in vars(models).items():
        if not (inspect.isclass(cls) and issubclass(cls, models.Base) and cls is not models.Base):
            continue
        model_table = cls.__table__
        assert isinstance(model_table, Table)
        columns = ", ".join(
            f"{c.name}"
            + (f" → {next(iter(c.foreign_keys)).column.table.name}" if c.foreign_keys else "")
            + ("?" if c.nullable and not c.primary_key else "")
            for c in model_table.columns
        )
        summary = (inspect.getdoc(cls) or "").split("\n\n")[0].replace("\n", " ")
        rows.append(
            (f"`core.db.models.{name}`", f"`{model_table.name}`", markdown(summary), columns)
        )
    return table(
        "Core's models (`?`: nullable, `→`: a foreign key to that table):",
        ("model", "table", "what", "columns"),
        rows,
    )


def _node_types() -> str:
    from core import builtin

    rows = [
        (
            f"`{get_object_definition(cls, strict=True).name}`",
            f"`{cls.__module__}.{cls.__name__}`",
            f"`core.db.models.{model.__name__}`",
        )
        for cls, model in builtin.gridgov_node_models().items()
    ]
    return table(
        "Core's object types, each a `Node` loaded from a model (fields a plugin adds go "
        "on these classes through `gridgov_type_fields`):",
        ("GraphQL type", "Python class", "model"),
        rows,
    )


TABLES: dict[str, Callable[[], str]] = {
    "organisation_kinds": _organisation_kinds,
    "post_roles": _post_roles,
    "models": _models,
    "node_types": _node_types,
}


# -- the document ----------------------------------------------------------------------


def render() -> str:
    """The whole of ``docs/plugin-api.md``."""
    out = [
        "# Plugin API reference",
        "",
        "<!-- Generated by `make docs` (python -m core.apidoc) from the code: do not edit. -->",
        "",
        "What a plugin uses of gridgov's `core`, with import paths, signatures and the",
        "docstrings of the code; the walk-through is [`plugins/README.md`](../plugins/README.md).",
        "",
        *(f"- [{part.title}](#{_anchor(part.title)})" for part in PARTS),
    ]
    for part in PARTS:
        out += ["", f"## {part.title}"]
        for path in part.names:
            for name in _hooks() if path == "core.hookspecs.*hooks" else [path]:
                text = TABLES[name[6:]]() if name.startswith("table:") else render_object(name)
                out += ["", text]
    return "\n".join(out).rstrip() + "\n"


def _anchor(title: str) -> str:
    return re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-")


def main(argv: Sequence[str] | None = None) -> int:
    """Write ``docs/plugin-api.md``, or with ``--check`` fail while it differs."""
    parser = argparse.ArgumentParser(prog="python -m core.apidoc", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check the file")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from the code: run `make docs`", file=sys.stderr)
            return 1
        print(f"{OUT} matches the code")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
