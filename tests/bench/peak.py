"""Run ``gridgov ARGS``, then print the process's own peak resident memory on stderr.

``make bench-bulk`` runs each command through this: the ``ru_maxrss`` a parent reads
for its child would not do, as Linux carries the high-water mark across ``exec`` and
the child's figure starts at the parent's own resident set (the bench's, holding a
district's people, read 794 MiB for importing seven streets). ``VmHWM`` is the peak
of the command's own address space.

    python -m tests.bench.peak import FILE --district 320902
"""

from __future__ import annotations

import sys
from pathlib import Path

from core.cli import main


def peak_kib() -> int:
    """This process's peak resident set (``VmHWM``), in KiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("/proc/self/status has no VmHWM (not Linux?)")


if __name__ == "__main__":
    try:
        status = main(sys.argv[1:])
    finally:
        print(f"peak {peak_kib()} KiB", file=sys.stderr)
    sys.exit(status)
