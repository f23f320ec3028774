"""Every GraphQL error carries ``extensions.code``, so clients can switch on it.

Errors raised by our own code name their code where they are raised (``FORBIDDEN``,
``BAD_USER_INPUT``, ``QUERY_TOO_DEEP``...). Errors graphql-core raises get the codes
front ends know from Apollo Server:

* ``GRAPHQL_PARSE_FAILED``: the document is not valid GraphQL syntax;
* ``GRAPHQL_VALIDATION_FAILED``: it does not validate against the district's schema
  (including fields of a plugin the district has not enabled), set where core
  validates (:mod:`core.limits`);
* ``BAD_USER_INPUT``: a variable's value does not fit its type;
* ``OPERATION_RESOLUTION_FAILURE``: the operation to run cannot be chosen;
* ``REQUEST_TIMEOUT``: the request ran out of its time budget (``request_seconds``),
  or PostgreSQL cancelled a statement that ran past it (``statement_timeout``);
* ``INTERNAL_SERVER_ERROR``: anything else, a bug (masked in production).

A request error (raised before execution began: no ``path``) says the operation did
not run; :func:`is_request_error` tells the HTTP layer so.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult

PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
BAD_USER_INPUT = "BAD_USER_INPUT"
OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
REQUEST_TIMEOUT = "REQUEST_TIMEOUT"
TIMEOUT_MESSAGE = "The request ran past its time budget and was stopped; ask for less."
QUERY_CANCELED = "57014"
"""PostgreSQL's SQLSTATE for a statement cancelled, by ``statement_timeout`` here."""


def timed_out(error: GraphQLError) -> bool:
    """Whether ``error`` is PostgreSQL cancelling a statement past ``statement_timeout``."""
    original = getattr(error.original_error, "orig", None)
    return getattr(original, "sqlstate", None) == QUERY_CANCELED


def timeout_result() -> ExecutionResult:
    """The result of an operation stopped (or never started) past its deadline.

    What it wrote is rolled back (with the HTTP request's session; over a WebSocket,
    by the mutation's own transaction, :func:`core.graphql.mutations.run`).
    """
    error = GraphQLError(TIMEOUT_MESSAGE, extensions={"code": REQUEST_TIMEOUT})
    return ExecutionResult(data=None, errors=[error])


def code_of(error: GraphQLError) -> str:
    """The code ``error`` carries, or the one it should carry."""
    given = (error.extensions or {}).get("code")
    if isinstance(given, str):
        return given
    if isinstance(error, GraphQLSyntaxError):
        return PARSE_FAILED
    if timed_out(error):
        return REQUEST_TIMEOUT
    # Pathless errors graphql-core's executor raises before running anything: variables
    # that do not fit their types (with the coercion error as original), the operation.
    if error.path is None and error.message.startswith("Variable '$"):
        return BAD_USER_INPUT
    if error.path is not None or error.original_error is not None:
        return INTERNAL_SERVER_ERROR
    return OPERATION_RESOLUTION_FAILURE


def with_code(errors: Iterable[GraphQLError], code: str | None = None) -> None:
    """Give each of ``errors`` that has none ``code`` (or the one :func:`code_of` finds).

    Idempotent: cached validation errors are shared between requests.
    """
    for error in errors:
        extensions = error.extensions or {}
        if "code" not in extensions:
            error.extensions = {"code": code or code_of(error), **extensions}
            if error.extensions["code"] == REQUEST_TIMEOUT:
                error.message = TIMEOUT_MESSAGE  # not the statement PostgreSQL cancelled


def is_request_error(response: Mapping[str, Any]) -> bool:
    """Whether a formatted response reports errors raised before execution began.

    Such a response has no data and no error with a path: nothing ran.
    """
    errors = response.get("errors")
    return (
        bool(errors)
        and response.get("data") is None
        and all(isinstance(e, Mapping) and "path" not in e for e in errors or ())
    )


class ErrorCodes(SchemaExtension):
    """Gives every error of a result a code, after every other extension (masking too).

    Listed first among the schema's extensions: their operation hooks unwind last
    to first, so this one sees the errors as they will be sent.
    """

    def on_operation(self) -> Iterator[None]:
        yield
        _code(self.execution_context.result)

    def on_stream_result(self, result: Any) -> Iterator[None]:
        yield
        _code(result)


def _code(result: Any) -> None:
    errors = getattr(result, "errors", None)
    if errors:
        with_code(errors)
    for part in (
        *(getattr(result, "incremental", None) or ()),
        *(getattr(result, "completed", None) or ()),
    ):
        _code(part)
