"""Cross-origin requests: the other origins whose pages may call the API (CORS).

A single-page app served from another origin (a front-end team's dev server, a
district's portal) calls ``/districts/{code}/graphql`` with ``fetch``; the browser
first asks with a preflight ``OPTIONS`` request. ``GRIDGOV_CORE__CORS_ORIGINS`` lists
the origins answered (none by default: same origin only). Credentials travel in the
``Authorization`` header only: no cookies, so ``Access-Control-Allow-Credentials`` is
never sent and ``*`` (any origin) is safe for a public deployment.
"""

from __future__ import annotations

import re

from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|\*")
"""An origin as browsers send it: scheme, host and an optional port, no path."""

PREFLIGHT_SECONDS = 600
"""How long a browser may reuse a preflight's answer."""


def parse_origins(text: str) -> tuple[str, ...]:
    """The origins of a comma- or space-separated list, checked.

    Raises:
        ValueError: An entry is not an origin (``https://app.example.org:8443``) or ``*``.
    """
    origins = tuple(part for part in re.split(r"[\s,]+", text.strip()) if part)
    for origin in origins:
        if not ORIGIN.fullmatch(origin):
            raise ValueError(
                f"cors_origins: {origin!r} is not an origin such as http://localhost:5173 "
                "(scheme, host and port; no path, no trailing slash) or *"
            )
    return origins


def cors_middleware(origins: tuple[str, ...]) -> list[Middleware]:
    """Starlette's CORS middleware for ``origins`` (nothing when there are none)."""
    if not origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=list(origins),
            allow_methods=["GET", "POST"],
            allow_headers=["authorization", "content-type", "accept"],
            expose_headers=["www-authenticate"],
            allow_credentials=False,
            max_age=PREFLIGHT_SECONDS,
        )
    ]
