"""Declaring fields from resolvers."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import strawberry


def described(resolver: Callable[..., Any], name: str | None = None) -> Any:
    """A field resolved by ``resolver`` and described by its docstring's first paragraph.

    Args:
        resolver: The resolver; its docstring is the field's documentation.
        name: The GraphQL name, when the resolver's own (camel-cased) does not fit.
    """
    summary = (inspect.getdoc(resolver) or "").split("\n\n")[0]
    return strawberry.field(
        resolver=resolver, name=name, description=" ".join(summary.split()) or None
    )
