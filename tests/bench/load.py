"""A small HTTP/1.1 load generator for ``make bench``, run as a process of its own.

The server and PostgreSQL share the machine's cores with it, so it must cost far less
per request than the server does: it writes one prepared request per keep-alive
connection, reads the answer by its ``Content-Length`` and checks the status, with
nothing but asyncio streams (httpx costs about as much per request as a small
GraphQL query does).

    python -m tests.bench.load --port 8000 --path /districts/320902/graphql \\
        --body '{"query": "{ district { code } }"}' --header 'authorization: Bearer ...' \\
        [--connections 8] [--seconds 5] [--requests 100000]

Prints one JSON object: ``requests``, ``errors``, ``seconds``, ``per_second``, and the
latency percentiles ``p50_ms`` and ``p95_ms``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from dataclasses import dataclass, field


@dataclass
class Tally:
    """What the connections did, together."""

    budget: int
    deadline: float
    done: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)

    def take(self) -> bool:
        """Whether one more request may start (within the count and the time)."""
        if self.done >= self.budget or time.perf_counter() >= self.deadline:
            return False
        self.done += 1
        return True


def request_bytes(host: str, port: int, path: str, body: bytes, headers: list[str]) -> bytes:
    """One keep-alive POST of ``body`` as JSON, ready to write again and again."""
    lines = [
        f"POST {path} HTTP/1.1",
        f"host: {host}:{port}",
        "content-type: application/json",
        f"content-length: {len(body)}",
        *headers,
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _connection(host: str, port: int, request: bytes, tally: Tally) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while tally.take():
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            body = await reader.readexactly(length)
            tally.latencies.append((time.perf_counter() - started) * 1000)
            if not head.startswith(b"HTTP/1.1 200") or b'"errors"' in body:
                tally.errors += 1
    finally:
        writer.close()


async def run(
    host: str, port: int, request: bytes, connections: int, seconds: float, requests: int
) -> dict[str, float]:
    """Load the server through ``connections`` keep-alive connections; return the figures."""
    tally = Tally(requests, time.perf_counter() + seconds)
    started = time.perf_counter()
    await asyncio.gather(*(_connection(host, port, request, tally) for _ in range(connections)))
    elapsed = time.perf_counter() - started
    ordered = sorted(tally.latencies) or [0.0]
    return {
        "requests": tally.done,
        "errors": tally.errors,
        "seconds": elapsed,
        "per_second": len(tally.latencies) / elapsed,
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="keep-alive HTTP/1.1 load on one POST")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--body", required=True, help="the JSON body")
    parser.add_argument("--header", action="append", default=[], help="'name: value'")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--requests", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    request = request_bytes(args.host, args.port, args.path, args.body.encode(), args.header)
    figures = asyncio.run(
        run(args.host, args.port, request, args.connections, args.seconds, args.requests)
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
