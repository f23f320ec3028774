"""What ``gridgov serve`` gives uvicorn besides the app."""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol

HTTP_PROTOCOL = "core.serving:NoDelayHTTPProtocol"
"""uvicorn's ``http`` setting (``--http``) for :class:`NoDelayHTTPProtocol`."""


class NoDelayHTTPProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol (h11), sending every write at once (``TCP_NODELAY``).

    With several workers uvicorn binds the listening socket without naming TCP as its
    protocol, so asyncio leaves Nagle's algorithm on for each connection it accepts:
    every keep-alive response after the first then waited about 40 ms for the client's
    delayed acknowledgement (``make bench``, uvicorn issue #3149).
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
