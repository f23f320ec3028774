"""Registers at scale: ``gridgov export`` and ``gridgov import`` rows per second and peak memory.

Generates Tinghu on the PostgreSQL named by ``GRIDGOV_TEST_DATABASE_URL`` (``make
bench-bulk`` starts a throwaway one) with :mod:`tests.bench.generate` at ``--scale``,
exports every core register as CSV, imports the files in order into a second, empty
database, exports its people as XLSX and imports that again (every row unchanged), and
writes the figures into the registers section of
``BENCHMARKS.md`` (``make bench`` keeps that section when it rewrites the rest). Each
command runs as its own process, which reports its own peak resident memory
(:mod:`tests.bench.peak`).

    python -m tests.bench.bulk [--scale 0.05]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from core.db.migrate import upgrade
from core.plugins import PluginManager

from .generate import asyncpg_dsn, generate

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## Registers (import and export)"
"""The heading of the section this benchmark owns in BENCHMARKS.md, to the end of the file."""
KINDS = (
    "streets",
    "communities",
    "grids",
    "estates",
    "buildings",
    "households",
    "people",
    "grid_assignments",
    "organisations",
    "party_members",
    "posts",
)
DISTRICT = "320902"
SOURCE, TARGET = "gridgov_bulk_source", "gridgov_bulk_target"


@dataclass
class Step:
    """One command measured."""

    what: str
    rows: int
    wall: float
    seconds: float
    peak_mib: float

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def measure(what: str, rows: int, *args: str) -> Step:
    """Run ``gridgov ARGS`` in a process of its own; its time and peak resident memory."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.peak", *args], capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    out, err = done.stdout, done.stderr
    if done.returncode != 0:
        raise SystemExit(f"gridgov {' '.join(args)} failed:\n{out}{err}")
    line = out.strip().splitlines()[-1]
    print(f"  {what}: {line}; {seconds:.1f} s with start-up", file=sys.stderr)
    # The command's own time (its last line says "in S s"), without Python's start-up.
    work = float(re.findall(r" in ([\d.]+) s", line)[-1])
    peak = int(re.findall(r"peak (\d+) KiB", err)[-1])
    return Step(what, rows, seconds, work, peak / 1024)


def rows_of(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


async def _databases(admin_url: str) -> tuple[str, str]:
    admin = await asyncpg.connect(asyncpg_dsn(admin_url))
    try:
        for name in (SOURCE, TARGET):
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    base = make_url(admin_url)
    return tuple(  # type: ignore[return-value]
        base.set(database=name).render_as_string(hide_password=False) for name in (SOURCE, TARGET)
    )


def run(admin_url: str, scale: float, work: Path, output: Path) -> None:
    source, target = asyncio.run(_databases(admin_url))
    manager = PluginManager()
    for url in (source, target):
        upgrade(url, manager)
    generated = asyncio.run(generate(source, manager, scale))
    steps: list[Step] = []
    files = {kind: work / f"{kind}.csv" for kind in KINDS}
    print("exporting", file=sys.stderr)
    for kind, path in files.items():
        export = ("export", "--district", DISTRICT, "--kind", kind, "--out", str(path))
        step = measure(f"export {kind} (CSV)", 0, "--database", source, *export)
        step.rows = rows_of(path)
        steps.append(step)
    print("importing into an empty database", file=sys.stderr)
    for kind, path in files.items():
        steps.append(
            measure(
                f"import {kind} (CSV)", rows_of(path), "--database", target, "import", str(path),
                "--district", DISTRICT, "--new-district", "亭湖区",
            )
        )  # fmt: skip
    people = steps[len(KINDS) + KINDS.index("people")].rows  # its import
    xlsx = work / "people.xlsx"
    steps.append(
        measure(
            "export people (XLSX)", people, "--database", target, "export",
            "--district", DISTRICT, "--kind", "people", "--out", str(xlsx),
        )
    )  # fmt: skip
    steps.append(
        measure(
            "re-import people (XLSX, every row unchanged)", people, "--database", target,
            "import", str(xlsx), "--district", DISTRICT,
        )
    )  # fmt: skip
    write_section(output, report(steps, scale, generated.people))


def report(steps: list[Step], scale: float, people: int) -> str:
    load = os.getloadavg()[0]
    lines = [
        SECTION,
        "",
        "Written by `make bench-bulk` (tests/bench/bulk.py); `make bench` keeps it.",
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC at scale {scale:g} (Tinghu with"
        f" {people:,} people), PostgreSQL, load average {load:.2f} on {os.cpu_count()} cores;"
        " each command is a process of its own: *seconds* is the command's own work, *with"
        " start-up* adds Python's and the plugins' loading. Peak memory is the command's"
        " own peak resident set (VmHWM).",
        "",
        "| step | rows | seconds | rows/s | with start-up | peak MiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {s.what} | {s.rows:,} | {s.seconds:.1f} | {s.rate:,.0f} | {s.wall:.1f} |"
        f" {s.peak_mib:.0f} |"
        for s in steps
    ]
    return "\n".join(lines) + "\n"


def write_section(output: Path, section: str) -> None:
    """Replace (or add) the registers section at the end of ``output``."""
    text = output.read_text(encoding="utf-8") if output.exists() else ""
    head = text.split(SECTION, 1)[0].rstrip("\n")
    output.write_text((head + "\n\n" if head else "") + section, encoding="utf-8")


def kept_section(output: Path) -> str:
    """The registers section of ``output``, for ``make bench`` to keep when it rewrites it."""
    if not output.exists():
        return ""
    text = output.read_text(encoding="utf-8")
    return SECTION + text.split(SECTION, 1)[1] if SECTION in text else ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--database", help="admin URL (default: $GRIDGOV_TEST_DATABASE_URL)")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 750,000 people")
    parser.add_argument("--work", default=".tmp/bulk", help="where the files go")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    args = parser.parse_args(argv)
    admin_url = args.database or os.environ.get("GRIDGOV_TEST_DATABASE_URL")
    if not admin_url:
        raise SystemExit("set GRIDGOV_TEST_DATABASE_URL or --database (run `make bench-bulk`)")
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    run(admin_url, args.scale, work, Path(args.output))


if __name__ == "__main__":
    main()
