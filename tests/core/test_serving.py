"""``gridgov serve``: loopback only, and every response sent at once.

With Nagle's algorithm on, each keep-alive response after the first waits about 40 ms
for the client's delayed acknowledgement. So every connection the server accepts must
have ``TCP_NODELAY`` set: the test reads the option back from the server's own end of
real connections, in whichever worker process accepted them.
"""

from __future__ import annotations

import ctypes
import errno
import os
import socket
import sys
from pathlib import Path

import pytest

from core.testing import serving

PIDFD_GETFD = 438
"""The ``pidfd_getfd`` system call (Linux 5.6), the same number on every architecture."""


def _process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (uvicorn's workers are children of the supervisor)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree = [pid]
    for member in tree:
        tree.extend(child for child, parent in parents.items() if parent == member)
    return tree


def _socket_inode(local_port: int, remote_port: int) -> str:
    """The inode of the TCP socket from ``local_port`` to ``remote_port`` on loopback."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, remote = fields[1].rsplit(":", 1)[1], fields[2].rsplit(":", 1)[1]
            if int(local, 16) == local_port and int(remote, 16) == remote_port:
                return fields[9]
    raise AssertionError(f"no TCP socket from port {local_port} to port {remote_port}")


def server_nodelay(server_pid: int, server_port: int, client: socket.socket) -> int:
    """``TCP_NODELAY`` of the server's end of ``client``'s connection, read in its process."""
    inode = _socket_inode(server_port, client.getsockname()[1])
    libc = ctypes.CDLL(None, use_errno=True)
    for pid in _process_tree(server_pid):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target != f"socket:[{inode}]":
                continue
            pidfd = os.pidfd_open(pid)
            try:
                copy = libc.syscall(PIDFD_GETFD, pidfd, int(fd), 0)
            finally:
                os.close(pidfd)
            if copy < 0:
                code = ctypes.get_errno()
                if code in (errno.EPERM, errno.ENOSYS):
                    pytest.skip(f"cannot read another process's socket here: {os.strerror(code)}")
                raise OSError(code, os.strerror(code))
            accepted = socket.socket(fileno=copy)
            try:
                return accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            finally:
                accepted.close()  # our copy only; the server's stays open
    raise AssertionError(f"no process of gridgov serve holds socket {inode}")


@pytest.mark.skipif(sys.platform != "linux", reason="reads sockets through /proc and pidfd")
@pytest.mark.parametrize("workers", [1, 2])
def test_every_connection_of_gridgov_serve_sends_at_once(database: str, workers: int) -> None:
    with serving(database, workers) as (server, port):
        connections = []
        try:
            for _ in range(4):  # several, so that both workers are likely to accept some
                client = socket.create_connection(("127.0.0.1", port), timeout=5)
                connections.append(client)
                client.sendall(b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
                assert client.recv(4096).startswith(b"HTTP/1.1 200")
            for client in connections:
                assert server_nodelay(server.pid, port, client) == 1
        finally:
            for client in connections:
                client.close()


@pytest.mark.skipif(sys.platform != "linux", reason="reads sockets through /proc")
def test_gridgov_serve_listens_on_loopback_only(database: str) -> None:
    with serving(database, 1) as (_, port):
        sockets = [
            line.split()
            for table in ("/proc/net/tcp", "/proc/net/tcp6")
            for line in Path(table).read_text().splitlines()[1:]
        ]
        # State 0A is LISTEN; 0100007F is 127.0.0.1 in /proc's byte order.
        listening = {s[1] for s in sockets if s[3] == "0A" and int(s[1][-4:], 16) == port}
        assert listening == {f"0100007F:{port:04X}"}
