"""Refuses an operation whole, before any resolver runs, when the viewer may not run it.

Without a token only ``login`` (and ``__typename``) answers: introspection too needs a
token, since answering it is work an anonymous client could multiply. A mutation field
needs the permission its plugin declared for it (``gridgov_permissions``); the viewer's
role must hold it. Which *objects* a viewer reaches is the scope's business
(:mod:`core.access`), checked where rows are read and loaded.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
)
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType as StrawberryOperationType

from core.access import PUBLIC_MUTATIONS, Viewer

ALWAYS = frozenset({"__typename", "__schema", "__type"})
"""Root fields no permission guards (for a viewer with a token)."""
LOGIN = "login"
"""The mutation taking a password: at most one per request (a batch is one request)."""
ANONYMOUS = frozenset({"__typename"})
"""Root fields a request without a token may select, besides the public mutations."""


def chosen_operation(context: Any) -> OperationDefinitionNode | None:
    """The operation a request runs, or None when execution will report it missing."""
    document = context.graphql_document
    if document is None:
        return None
    chosen = [
        d
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
        and (context.operation_name is None or (d.name and d.name.value == context.operation_name))
    ]
    return chosen[0] if len(chosen) == 1 else None


def fragments_of(context: Any) -> dict[str, FragmentDefinitionNode]:
    """The request document's fragments by name."""
    return {
        d.name.value: d
        for d in context.graphql_document.definitions
        if isinstance(d, FragmentDefinitionNode)
    }


def _root_fields(
    selection_set: SelectionSetNode,
    fragments: Mapping[str, FragmentDefinitionNode],
    seen: frozenset[str] = frozenset(),
) -> Iterator[str]:
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection.name.value
        elif isinstance(selection, InlineFragmentNode):
            yield from _root_fields(selection.selection_set, fragments, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = fragments.get(name)
            if fragment is not None and name not in seen:
                yield from _root_fields(fragment.selection_set, fragments, seen | {name})


def _error(message: str, code: str, **extensions: Any) -> ExecutionResult:
    return ExecutionResult(
        data=None, errors=[GraphQLError(message, extensions={"code": code, **extensions})]
    )


def refusal(context: Any, guarded: Mapping[str, str]) -> ExecutionResult | None:
    """The result refusing the request of ``context``, or None if it may run."""
    operation = chosen_operation(context)
    if operation is None:
        return None
    selected = list(_root_fields(operation.selection_set, fragments_of(context)))
    fields = set(selected)
    if operation.operation is OperationType.MUTATION and LOGIN in fields:
        # Password guesses come one per request: aliases and batches would multiply them.
        logins = context.context.logins + selected.count(LOGIN)
        if logins > 1:
            return _error(
                f"One login per request: this one asks {logins}.",
                "TOO_MANY_LOGINS",
                limit="logins",
                logins=logins,
                max=1,
            )
        context.context.logins = logins
    viewer: Viewer | None = context.context.viewer
    if viewer is None:
        if operation.operation is OperationType.MUTATION and fields <= PUBLIC_MUTATIONS | ANONYMOUS:
            return None
        if fields <= ANONYMOUS:
            return None
        return _error(
            "Log in first: send the header 'Authorization: Bearer <token>'.", "UNAUTHENTICATED"
        )
    if operation.operation is not OperationType.MUTATION:
        return None
    for name in sorted(fields - ALWAYS - PUBLIC_MUTATIONS):
        permission = guarded.get(name)
        if permission is None or not viewer.can(permission):
            return _error(
                f"{name} needs the permission {permission}, which the role "
                f"{viewer.role.value} does not hold.",
                "FORBIDDEN",
                permission=permission,
            )
    return None


def refuse(execution_context: Any, result: ExecutionResult | None) -> None:
    """Make ``result`` (a refusal, or None to let the operation run) the operation's answer.

    Queries and mutations answer with a result an extension sets; a subscription
    ignores it and would subscribe regardless, so its refusal is raised instead
    (strawberry turns an error raised in ``on_execute`` into the stream's only result).
    """
    if result is None:
        return
    if execution_context.operation_type is StrawberryOperationType.SUBSCRIPTION:
        assert result.errors
        raise result.errors[0]
    execution_context.result = result


def access_guard(guarded: Mapping[str, str]) -> type[SchemaExtension]:
    """A strawberry extension refusing what the viewer may not run.

    Args:
        guarded: ``{mutation field: permission it needs}``.
    """

    class AccessGuard(SchemaExtension):
        def on_execute(self) -> Iterator[None]:
            if self.execution_context.result is None:
                refuse(self.execution_context, refusal(self.execution_context, guarded))
            yield

    return AccessGuard
