"""Root fields: the district view, the snapshots and the progress between them.

The district view assesses every estate in its filter with one batched load (the
same fixed number of statements as one estate), then counts in Python, so its
numbers are exactly the estates' own ``sixHaves`` answers added up. Everything here
keeps to the viewer's scope: the view covers the estates it may see, and a
snapshot's counts the snapshot's results for those estates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Annotated, Any

import strawberry
from sqlalchemy import select
from strawberry.types import Info

from core.db import models as core
from core.db.models import live
from core.domain import EstateKind
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.node import by_id, load_node
from core.graphql.pagination import (
    Connection,
    OrderDirection,
    Source,
    connection,
    encode_cursor,
    page_of,
    paginate,
)
from core.graphql.places.types import Community, Street
from plugins.six_haves import loaders, models
from plugins.six_haves.assessment import EstateAssessment, Row
from plugins.six_haves.domain import HAVE_COUNT, Have, SnapshotKind
from plugins.six_haves.types import (
    AreaFilter,
    Assessment,
    HaveCount,
    Snapshot,
    Summary,
    check_day,
    check_last,
)

CURSOR = "sixHaves"
"""Name of the ordering in the district view's cursors: by estate name, then id."""


@strawberry.input(
    name="SixHavesFilter", description="Narrows the district view to a street, community or kind."
)
class EstateScope:
    """Which estates the district view assesses."""

    street: strawberry.ID | None = None
    community: strawberry.ID | None = None
    kind: EstateKind | None = None


@strawberry.type(name="SixHavesScoreCount", description="How many estates have a score.")
class ScoreCount:
    """Estates per score."""

    score: int
    estates: int


@strawberry.type(name="SixHavesStreetGap", description="Estates of a street lacking a have.")
class StreetGap:
    """One street's share of a gap."""

    estates_missing: int
    estates_assessed: int
    street_id: strawberry.Private[int]

    @strawberry.field
    async def street(self, info: Info) -> Street:
        node = await load_node(info.context, Street, core.Street, self.street_id)
        assert node is not None
        return node


@strawberry.type(name="SixHavesCommunityGap", description="Estates of a community lacking a have.")
class CommunityGap:
    """One community's share of a gap."""

    estates_missing: int
    estates_assessed: int
    community_id: strawberry.Private[int]

    @strawberry.field
    async def community(self, info: Info) -> Community:
        node = await load_node(info.context, Community, core.Community, self.community_id)
        assert node is not None
        return node


@dataclass(frozen=True)
class Entry:
    """One assessed estate with the places it lies in."""

    row: Row
    assessment: EstateAssessment

    @property
    def street_id(self) -> int:
        return int(self.row._street)

    @property
    def community_id(self) -> int:
        return int(self.row.community_id)


@strawberry.type(
    name="SixHavesGap",
    description="A have the estates lack, with where they are; gaps come most-missing first.",
)
class Gap:
    """One have's gap."""

    rank: int = strawberry.field(description="1 for the have most often missing.")
    have: Have
    estates_missing: int
    share: float = strawberry.field(description="Estates missing it / estates assessed, 0 to 1.")
    entries: strawberry.Private[list[Entry]]

    @strawberry.field(description="Streets with estates lacking it, most first.")
    def streets(self) -> list[StreetGap]:
        return [
            StreetGap(estates_missing=missing, estates_assessed=assessed, street_id=pk)
            for pk, missing, assessed in _ranked(self.entries, self.have, "street_id")
        ]

    @strawberry.field(description="Communities with estates lacking it, most first.")
    def communities(
        self,
        first: Annotated[int, strawberry.argument(description="How many, 1 to 100.")] = 10,
    ) -> list[CommunityGap]:
        check_last(first, "first")
        return [
            CommunityGap(estates_missing=missing, estates_assessed=assessed, community_id=pk)
            for pk, missing, assessed in _ranked(self.entries, self.have, "community_id")[:first]
        ]


def _ranked(entries: list[Entry], have: Have, area: str) -> list[tuple[int, int, int]]:
    """(area id, estates missing ``have``, estates assessed) for areas with a gap."""
    assessed = Counter(getattr(e, area) for e in entries)
    missing = Counter(getattr(e, area) for e in entries if not e.assessment.satisfied(have))
    return sorted(
        ((pk, count, assessed[pk]) for pk, count in missing.items()),
        key=lambda item: (-item[1], item[0]),
    )


@strawberry.type(
    name="SixHavesOverview",
    description="The district view: estates meeting all six and the gaps, ranked.",
)
class Overview:
    """Counts over every estate in the filter, as of a day."""

    as_of: dt.date
    entries: strawberry.Private[list[Entry]]

    @strawberry.field
    def estates_assessed(self) -> int:
        return len(self.entries)

    @strawberry.field
    def estates_all_six(self) -> int:
        return sum(e.assessment.all_six for e in self.entries)

    @strawberry.field(description="Null when no estate is assessed.")
    def average_score(self) -> float | None:
        if not self.entries:
            return None
        return round(sum(e.assessment.score for e in self.entries) / len(self.entries), 3)

    @strawberry.field(description=f"Estates per score, 0 to {HAVE_COUNT}.")
    def score_distribution(self) -> list[ScoreCount]:
        counts = Counter(e.assessment.score for e in self.entries)
        return [ScoreCount(score=s, estates=counts[s]) for s in range(HAVE_COUNT + 1)]

    @strawberry.field(description="Estates having and lacking each have, in the programme's order.")
    def haves(self) -> list[HaveCount]:
        total = len(self.entries)
        satisfied = Counter(
            have for e in self.entries for have in Have if e.assessment.satisfied(have)
        )
        return [
            HaveCount(have=have, satisfied=satisfied[have], missing=total - satisfied[have])
            for have in Have
        ]

    @strawberry.field(description="The six, the one most often missing first.")
    def gaps(self) -> list[Gap]:
        total = len(self.entries)
        missing = {
            have: [e for e in self.entries if not e.assessment.satisfied(have)] for have in Have
        }
        order = sorted(Have, key=lambda have: -len(missing[have]))  # stable: ties keep order
        return [
            Gap(
                rank=rank,
                have=have,
                estates_missing=len(missing[have]),
                share=round(len(missing[have]) / total, 4) if total else 0.0,
                entries=self.entries,
            )
            for rank, have in enumerate(order, start=1)
        ]

    @strawberry.field(description="The assessed estates by name, optionally only some.")
    def estates(
        self,
        first: int | None = None,
        after: str | None = None,
        all_six: bool | None = None,
        missing: Annotated[
            Have | None, strawberry.argument(description="Only estates lacking it.")
        ] = None,
    ) -> Connection[Assessment]:
        page = page_of(first, after, CURSOR)
        chosen = [
            e
            for e in self.entries
            if (all_six is None or e.assessment.all_six == all_six)
            and (missing is None or not e.assessment.satisfied(missing))
        ]
        # Entries come ordered by (name, id), the cursor's key.
        rest = [e for e in chosen if page.after is None or (e.row.name, e.row.id) > page.after]

        async def count() -> int:
            return len(chosen)

        return connection(
            [
                (encode_cursor(CURSOR, e.row.name, e.row.id), Assessment(data=e.assessment))
                for e in rest[: page.first]
            ],
            has_next_page=len(rest) > page.first,
            has_previous_page=page.after is not None,
            count=count,
        )


async def six_haves_overview(
    info: Info,
    filter: EstateScope | None = None,
    as_of: Annotated[
        dt.date | None, strawberry.argument(description="The day; today when left out.")
    ] = None,
) -> Overview:
    """The district view of the Six Haves: all six met, gaps ranked by have and place.

    Over the estates in your scope: a community's staff see their community's view.
    """
    context: Context = info.context
    day = check_day(as_of)
    estate, community = core.Estate, core.Community
    statement = (
        select(estate.__table__, community.street_id.label("_street"))
        .join(community, community.id == estate.community_id)
        .where(
            estate.district_id == context.district_id,
            live(estate),
            *loaders.visible_to(context, estate),
        )
    )
    if filter is not None:
        street_id, community_id = AreaFilter(street=filter.street, community=filter.community).ids()
        if street_id is not None:
            statement = statement.where(community.street_id == street_id)
        if community_id is not None:
            statement = statement.where(estate.community_id == community_id)
        if filter.kind is not None:
            statement = statement.where(estate.kind == filter.kind.value)
    # Ordered here rather than by the database, whose collation may differ from the
    # comparison the cursors make.
    rows = sorted(await context.execute(statement), key=lambda row: (row.name, row.id))
    # The estates are at hand: prime the by-id loader so `estate` costs nothing more.
    by_id(context, core.Estate).prime_many({row.id: row for row in rows})
    found = await loaders.assessments(context, day).load_many([row.id for row in rows])
    return Overview(
        as_of=day,
        entries=[Entry(row, item) for row, item in zip(rows, found, strict=True)],
    )


SNAPSHOTS_OF_DISTRICT = Source("six_haves.snapshots", models.Snapshot, models.Snapshot.district_id)


async def six_haves_snapshots(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    kind: SnapshotKind | None = None,
    direction: OrderDirection = OrderDirection.DESC,
) -> Connection[Snapshot]:
    """The snapshots taken, latest taken first by default."""
    context: Context = info.context
    where = [] if kind is None else [models.Snapshot.kind == kind.value]
    return await paginate(
        info,
        Snapshot,
        SNAPSHOTS_OF_DISTRICT,
        context.district_id,
        page_of(first, after, "id", direction),
        where=where,
        filter_key=kind,
    )


@strawberry.type(
    name="SixHavesProgressPoint", description="The counts of one snapshot in a series."
)
class ProgressPoint:
    """A snapshot's day, its counts and the change since the point before."""

    as_of: dt.date
    kind: SnapshotKind
    summary: Summary
    all_six_change: int | None = strawberry.field(
        description="Estates with all six, minus the point before; null for the first."
    )
    snapshot_row: strawberry.Private[Row]

    @strawberry.field
    def snapshot(self) -> Snapshot:
        return Snapshot.from_row(self.snapshot_row)


async def six_haves_progress(
    info: Info,
    kind: SnapshotKind | None = None,
    filter: AreaFilter | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    last: Annotated[int, strawberry.argument(description="How many snapshots, 1 to 100.")] = 24,
) -> list[ProgressPoint]:
    """Progress over time: the latest snapshots' counts, oldest first.

    Counts are of the estates in your scope (and in the filter's area).
    """
    context: Context = info.context
    check_last(last)
    street, community = filter.ids() if filter else (None, None)
    snapshot = models.Snapshot
    statement: Any = select(snapshot.__table__).where(
        snapshot.district_id == context.district_id, live(snapshot)
    )
    if kind is not None:
        statement = statement.where(snapshot.kind == kind.value)
    if since is not None:
        statement = statement.where(snapshot.as_of >= since)
    if until is not None:
        statement = statement.where(snapshot.as_of <= until)
    statement = statement.order_by(snapshot.as_of.desc(), snapshot.id.desc()).limit(last)
    rows = list(reversed(list(await context.execute(statement))))
    tallies = await loaders.tallies(context, street, community).load_many([r.id for r in rows])
    points: list[ProgressPoint] = []
    for row, tally in zip(rows, tallies, strict=True):
        before = points[-1].summary.estates_all_six if points else None
        points.append(
            ProgressPoint(
                as_of=row.as_of,
                kind=SnapshotKind(row.kind),
                summary=Summary.of(tally),
                all_six_change=None if before is None else tally.all_six - before,
                snapshot_row=row,
            )
        )
    return points


QUERY_FIELDS = [
    described(six_haves_overview),
    described(six_haves_snapshots),
    described(six_haves_progress),
]
