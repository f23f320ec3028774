"""Fill PostgreSQL with one district at the real scale of a district, deterministically.

Structure and everything the programmes record come from the example generator
(:mod:`core.examples`): Tinghu's 7 streets, 70 communities, 2,934 grids, its
organisations, posts, grid workers and its plugins' data, loaded at a small household
scale. The bulk — about 250,000 households and 750,000 residents at ``--scale 1`` —
is then added with ``COPY`` in the same shape (door numbers, valid ID numbers, names
drawn like :class:`core.examples.Names` draws them), seeded so the same scale yields
the same rows.
Yandu is loaded beside it at a small scale, so that the database holds two tenants, and
Yandu's own programmes' example data is added to Tinghu, so that every example query
runs against the district at scale.

    python -m tests.bench.generate --database postgresql+asyncpg://... [--scale 1.0]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url
from tqdm import tqdm

from core.db.engine import create_engine, session_factory
from core.examples import GIVEN, SURNAMES, load_example, load_plugin_example, read_example
from core.graphql.people.mutations import ID_CHECK, ID_WEIGHTS
from core.plugins import PluginManager

DISTRICT = "tinghu"
"""The district generated at full scale."""
OTHER = "yandu"
"""The second tenant, loaded at :data:`OTHER_SCALE`."""
OTHER_SCALE = 0.05
HOUSEHOLDS = 250_000
"""Households of the district at scale 1."""
PEOPLE_PER_HOUSEHOLD = (1, 2, 2, 3, 3, 3, 3, 4, 4, 5)
"""Residents of a household, drawn uniformly: 3.0 on average, so 750,000 at scale 1."""
EXAMPLE_SCALE = 0.05
"""Scale handed to :func:`core.examples.load_example`: two households per building."""
CHUNK = 20_000
"""Rows per COPY."""


def asyncpg_dsn(url: str) -> str:
    """A SQLAlchemy ``postgresql+asyncpg://`` URL as a plain libpq DSN for asyncpg."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def door_number(k: int) -> str:
    """The ``k``-th door number of a building, as :mod:`core.examples` numbers them."""
    return f"{1 + k // 4}-{(k // 2) % 2 + 1}0{k % 2 + 1}"


class People:
    """Residents as :class:`core.examples.Names` makes them, about ten times faster.

    Same surnames and given names, genders, birth dates from 1940 on, mobile numbers and
    valid GB 11643 citizen ID numbers (the check character is summed from cached
    parts instead of digit by digit).
    """

    DAYS = 365 * 64

    def __init__(
        self, rng: random.Random, district_code: str, existing: frozenset[str] = frozenset()
    ) -> None:
        self.random = rng.random
        self.existing = existing
        """ID numbers the district's people hold already (the examples' residents)."""
        self.code = district_code
        start = dt.date(1940, 1, 1)
        code_sum = _weighted(district_code, 0)
        self.days = []
        for offset in range(self.DAYS):
            day = start + dt.timedelta(days=offset)
            text = f"{day:%Y%m%d}"
            self.days.append((day, district_code + text, code_sum + _weighted(text, 6)))
        self.serials = [(f"{n:03d}", _weighted(f"{n:03d}", 14)) for n in range(1000)]
        self.born = [0] * (self.DAYS * 2)
        """People drawn so far per birth day and gender, so no ID number is dealt twice."""

    def person(self) -> tuple[str, str, dt.date, str, str]:
        """Name, gender, birth date, phone and ID number of the next person."""
        r = self.random
        male = r() < 0.5
        names = GIVEN["male" if male else "female"]
        given = names[int(r() * len(names))]
        if r() < 0.5:
            given += names[int(r() * len(names))]
        index = int(r() * self.DAYS)
        while True:
            # 500 sequence codes per day and gender (odd for men); about 16 are used at
            # full scale.
            while self.born[index * 2 + male] == 500:
                index = (index + 1) % self.DAYS
            taken = self.born[index * 2 + male]
            self.born[index * 2 + male] = taken + 1
            day, prefix, partial = self.days[index]
            serial, serial_sum = self.serials[taken * 2 + male]
            id_number = prefix + serial + ID_CHECK[(partial + serial_sum) % 11]
            if id_number not in self.existing:
                break
        phone = f"1{'35789'[int(r() * 5)]}{int(r() * 10**9):09d}"
        name = SURNAMES[int(r() * len(SURNAMES))] + given
        return name, "male" if male else "female", day, phone, id_number


def _weighted(digits: str, offset: int) -> int:
    return sum(int(d) * w for d, w in zip(digits, ID_WEIGHTS[offset:], strict=False))


class Progress:
    """A progress bar over one count, on standard error."""

    def __init__(self, total: int, label: str) -> None:
        self._bar = tqdm(total=total, desc=label, unit="row", unit_scale=True, file=sys.stderr)

    def update(self, count: int) -> None:
        self._bar.update(count)

    def close(self) -> None:
        self._bar.close()


@dataclass
class Generated:
    """What the generator made, and how long it took."""

    district_code: str
    households: int
    people: int
    seconds: float


async def _copy(
    connection: asyncpg.Connection,
    table: str,
    columns: tuple[str, ...],
    rows: Iterator[tuple[Any, ...]],
    progress: Progress,
) -> int:
    """COPY ``rows`` into ``table`` in chunks, reporting progress; returns the row count."""
    count = 0
    while True:
        chunk = [row for _, row in zip(range(CHUNK), rows, strict=False)]
        if not chunk:
            return count
        await connection.copy_records_to_table(table, records=chunk, columns=columns)
        count += len(chunk)
        progress.update(len(chunk))


async def _bulk(dsn: str, code: str, scale: float, log: Callable[[str], None]) -> tuple[int, int]:
    """Add households and residents to district ``code`` until it reaches ``scale``."""
    connection = await asyncpg.connect(dsn)
    try:
        district_id = await connection.fetchval("SELECT id FROM district WHERE code = $1", code)
        buildings = await connection.fetch(
            """SELECT b.id, count(h.id) AS households FROM building b
               LEFT JOIN household h ON h.building_id = b.id
               WHERE b.district_id = $1 GROUP BY b.id ORDER BY b.id""",
            district_id,
        )
        per_building = max(1, round(HOUSEHOLDS * scale / len(buildings)))
        plan = [(b["id"], k) for b in buildings for k in range(b["households"], per_building)]
        rng = random.Random(f"bench:{code}:{scale}")
        existing = await connection.fetch(
            "SELECT id_number FROM person WHERE district_id = $1 AND id_number IS NOT NULL",
            district_id,
        )
        residents = People(rng, code, frozenset(row["id_number"] for row in existing))
        # The rows are consistent by construction: skip the per-row foreign-key triggers
        # (superuser only; the benchmark's throwaway cluster runs as postgres).
        await connection.execute("SET session_replication_role = replica")
        async with connection.transaction():
            first_household = await connection.fetchval(
                "SELECT coalesce(max(id), 0) + 1 FROM household"
            )
            first_person = await connection.fetchval("SELECT coalesce(max(id), 0) + 1 FROM person")
            # Secondary indexes are rebuilt once afterwards: much faster than keeping them
            # up to date row by row. Those backing constraints (keys, unique) stay.
            indexes = await connection.fetch(
                """SELECT i.indexrelid::regclass::text AS name,
                          pg_get_indexdef(i.indexrelid) AS definition
                   FROM pg_index i
                   WHERE i.indrelid IN ('household'::regclass, 'person'::regclass)
                     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                   ORDER BY 1"""
            )
            for index in indexes:
                await connection.execute(f"DROP INDEX {index['name']}")
            sizes = [rng.choice(PEOPLE_PER_HOUSEHOLD) for _ in plan]
            progress = Progress(len(plan) + sum(sizes), "households and residents")
            households = (
                (first_household + i, district_id, building, door_number(k))
                for i, (building, k) in enumerate(plan)
            )
            await _copy(
                connection,
                "household",
                ("id", "district_id", "building_id", "door_number"),
                households,
                progress,
            )

            def people() -> Iterator[tuple[Any, ...]]:
                pk = first_person
                for i, size in enumerate(sizes):
                    for _ in range(size):
                        yield (pk, district_id, first_household + i, *residents.person())
                        pk += 1

            await _copy(
                connection,
                "person",
                (
                    "id",
                    "district_id",
                    "household_id",
                    "name",
                    "gender",
                    "birth_date",
                    "phone",
                    "id_number",
                ),
                people(),
                progress,
            )
            progress.close()
            log(f"rebuilding {len(indexes)} indexes")
            await connection.execute("SET maintenance_work_mem = '256MB'")
            for index in indexes:
                await connection.execute(index["definition"])
            for table in ("household", "person"):
                await connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        log("analysing tables")
        await connection.execute("VACUUM ANALYZE")
        # Written out now, not by the checkpointer while requests are being measured.
        await connection.execute("CHECKPOINT")
        households_total = await connection.fetchval(
            "SELECT count(*) FROM household WHERE district_id = $1", district_id
        )
        people_total = await connection.fetchval(
            "SELECT count(*) FROM person WHERE district_id = $1", district_id
        )
        return int(households_total), int(people_total)
    finally:
        await connection.close()


async def generate(
    url: str,
    manager: PluginManager,
    scale: float = 1.0,
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> Generated:
    """Load the district at ``scale`` (1.0: 250,000 households) into a migrated database.

    Args:
        url: A migrated, empty ``postgresql+asyncpg://`` database.
        manager: The installed plugins (their example data is loaded too).
        scale: Fraction of the real district's households and residents.
        log: Where progress lines go.
    """
    if not 0 < scale <= 4:
        raise ValueError("scale must be greater than 0 and at most 4")
    started = time.perf_counter()
    engine = create_engine(url)
    try:
        for name, example_scale in ((DISTRICT, EXAMPLE_SCALE), (OTHER, OTHER_SCALE)):
            log(f"loading the {name} example (structure, organisations, programmes)")
            log("  " + await load_example(session_factory(engine), manager, name, example_scale))
        code = read_example(DISTRICT)["code"]
        # Yandu's own programmes too, so that every example query runs against Tinghu.
        for plugin in read_example(OTHER)["enables"]:
            if plugin in manager.installed and plugin not in read_example(DISTRICT)["enables"]:
                log(f"loading {plugin}'s example into {DISTRICT}")
                summary = await load_plugin_example(
                    session_factory(engine), manager, plugin, code, scale=EXAMPLE_SCALE
                )
                log("  " + summary)
    finally:
        await engine.dispose()
    households, people = await _bulk(asyncpg_dsn(url), code, scale, log)
    seconds = time.perf_counter() - started
    log(f"generated {households:,} households and {people:,} people in {seconds:.0f} s")
    return Generated(code, households, people, seconds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--database", required=True, help="a migrated postgresql+asyncpg URL")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 750,000 people")
    args = parser.parse_args(argv)
    asyncio.run(generate(args.database, PluginManager(), args.scale))


if __name__ == "__main__":
    main()
