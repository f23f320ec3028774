"""GraphQL enums of the vocabularies plugins extend, built from the registry.

``OrganisationKind`` and ``PostRole`` are module attributes set by
:func:`install` before each schema build; types refer to them with
``strawberry.lazy`` so the enums hold every installed plugin's values.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, cast

import strawberry

if TYPE_CHECKING:
    from core.plugins import PluginManager

OrganisationKind: Any = None
PostRole: Any = None

OrganisationKindRef = Annotated["OrganisationKind", strawberry.lazy("core.graphql.vocabulary")]
"""Annotation for fields and arguments typed as the ``OrganisationKind`` enum."""
PostRoleRef = Annotated["PostRole", strawberry.lazy("core.graphql.vocabulary")]
"""Annotation for fields and arguments typed as the ``PostRole`` enum."""


def install(manager: PluginManager) -> None:
    """Build the enums from the kinds and roles the installed plugins contribute."""
    global OrganisationKind, PostRole
    kinds = manager.contributions.organisation_kinds
    roles = manager.contributions.post_roles
    OrganisationKind = _enum(
        "OrganisationKind",
        "Kinds of organisation.",
        {value: f"{o.value.label} ({o.value.chinese})" for value, o in kinds.items()},
    )
    PostRole = _enum(
        "PostRole",
        "Roles a person holds in an organisation.",
        {value: f"{o.value.label} ({o.value.chinese})" for value, o in roles.items()},
    )


def _enum(name: str, description: str, labels: dict[str, str]) -> Any:
    """A strawberry enum whose values are the stored strings, each described."""
    python_enum = Enum(name, {value.upper(): value for value in labels})  # type: ignore[misc]
    strawberry.enum(python_enum, description=description)
    for value in cast(Any, python_enum).__strawberry_definition__.values:
        value.description = labels[value.value]
    return python_enum
