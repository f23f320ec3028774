"""What ``gridgov serve`` gives uvicorn: connections that send every response at once."""

from __future__ import annotations

import asyncio
import socket

import httpx
import uvicorn

from core.app import create_app
from core.serving import HTTP_PROTOCOL


async def test_connections_of_a_socket_bound_for_several_workers_send_at_once(
    database: str,
) -> None:
    config = uvicorn.Config(
        create_app(database), host="127.0.0.1", port=0, http=HTTP_PROTOCOL, log_level="warning"
    )
    # As `gridgov serve --workers N` does: uvicorn binds the socket (without naming TCP
    # as its protocol) and hands it to each worker's server.
    listening = config.bind_socket()
    assert listening.proto == 0  # what left Nagle's algorithm on
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve(sockets=[listening]))
    try:
        while not server.started:  # noqa: ASYNC110 - uvicorn offers a flag, not an event
            await asyncio.sleep(0.01)
        port = listening.getsockname()[1]
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(2):  # the second rides the kept-alive connection
                assert (await client.get("/health")).json() == {"status": "ok"}
            [connection] = server.server_state.connections
            accepted = connection.transport.get_extra_info("socket")
            assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        server.should_exit = True
        await serving
