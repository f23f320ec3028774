"""GraphQL types of the programme and the fields it adds to ``Estate``.

The records the programme keeps (venues, rules, funds, snapshots) are ``Node``
types built from their rows. An estate's assessment is built from one batched
:func:`plugins.six_haves.loaders.assessments` load, and the evidence objects come
from the rows that load already read, so they cost no further statement.

The assessment (score, satisfied, counts) is the estate's, whoever asks; the
evidence objects and their IDs are only those the viewer may see
(:func:`plugins.six_haves.assessment.shown`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated, Any, TypeVar

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, not_
from strawberry.types import Info

from core import clock
from core.db import models as core
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.filters import filter_id
from core.graphql.ids import to_global_id
from core.graphql.node import Node, load_node
from core.graphql.organisations.types import Organisation, Post
from core.graphql.pagination import DEFAULT_PAGE, MAX_PAGE, Connection, Source, page_of, paginate
from core.graphql.people.types import GridAssignment, Identity
from core.graphql.places.types import Building, Estate, Grid
from plugins.six_haves import loaders, models
from plugins.six_haves.assessment import EstateAssessment, seen, shown
from plugins.six_haves.domain import (
    FIRST_YEAR,
    HAVE_COUNT,
    HAVE_LABELS,
    FundSource,
    Have,
    RuleKind,
    SnapshotKind,
    VenueKind,
)
from plugins.six_haves.venues import ReportedVenue

strawberry.enum(Have, name="SixHave", description="The six haves (六有) of an estate.")
for _value in Have.__strawberry_definition__.values:  # type: ignore[attr-defined]
    _value.description = HAVE_LABELS[Have(_value.value)]
strawberry.enum(VenueKind, name="SixHavesVenueKind", description="Kinds of venue on an estate.")
strawberry.enum(RuleKind, name="SixHavesRuleKind", description="Kinds of rule and agreement.")
strawberry.enum(
    FundSource,
    name="SixHavesFundSource",
    description="Where an estate's money comes from: fiscal money first, then party fees,"
    " social support, community self-funding and property fees.",
)
strawberry.enum(
    SnapshotKind,
    name="SixHavesSnapshotKind",
    description="The cycle of checks: monthly report, half-year check, yearly evaluation.",
)

MAX_HISTORY = 100
"""Most snapshots a history or progress list returns."""


def check_day(day: dt.date | None, argument: str = "asOf") -> dt.date:
    """The day an assessment is asked for: today by default, never in the future."""
    today = clock.today()
    if day is None:
        return today
    if day > today or day.year < FIRST_YEAR:
        raise GraphQLError(
            f"Argument '{argument}' must be a day from {FIRST_YEAR} to today, got {day}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return day


def check_last(last: int, argument: str = "last") -> int:
    """A count of snapshots, 1 to :data:`MAX_HISTORY`."""
    if not 1 <= last <= MAX_HISTORY:
        raise GraphQLError(
            f"Argument '{argument}' must be between 1 and {MAX_HISTORY}, got {last}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return last


async def _estate(info: Info, pk: int) -> Estate:
    node = await load_node(info.context, Estate, core.Estate, pk)
    assert node is not None
    return node


# -- the records the programme keeps ----------------------------------------------


@strawberry.type(
    name="SixHavesVenue",
    description="A venue recorded for an estate; where residents deliberate it is a place"
    " to deliberate (有场所议事).",
)
class Venue(Node):
    """A deliberation hall, consultation room, service station..."""

    name: str
    kind: VenueKind
    deliberation: bool = strawberry.field(description="Whether residents deliberate there.")
    opened_on: dt.date | None
    archived_at: dt.datetime | None
    estate_id: strawberry.Private[int]

    @strawberry.field
    async def estate(self, info: Info) -> Estate:
        return await _estate(info, self.estate_id)


@strawberry.type(
    name="SixHavesRule",
    description="A rule or agreement an estate adopted (有机制理事), in force until repealed.",
)
class Rule(Node):
    """A residents' convention, management rules, deliberation rules, an agreement..."""

    title: str
    kind: RuleKind
    adopted_on: dt.date
    adopted_by: str | None = strawberry.field(description="Who adopted it, e.g. 业主大会.")
    repealed_on: dt.date | None = strawberry.field(description="First day it no longer applies.")
    archived_at: dt.datetime | None
    estate_id: strawberry.Private[int]

    @strawberry.field
    async def estate(self, info: Info) -> Estate:
        return await _estate(info, self.estate_id)


@strawberry.type(
    name="SixHavesFund",
    description="Money an estate has for a year from one source (有资金办事), in yuan.",
)
class Fund(Node):
    """One funding record."""

    source: FundSource
    amount: int = strawberry.field(description="Whole yuan.")
    year: int
    purpose: str | None
    archived_at: dt.datetime | None
    estate_id: strawberry.Private[int]

    @strawberry.field
    async def estate(self, info: Info) -> Estate:
        return await _estate(info, self.estate_id)


# -- an estate's assessment -------------------------------------------------------

First = Annotated[
    int | None,
    strawberry.argument(description=f"How many, 1 to {MAX_PAGE}; {DEFAULT_PAGE} when left out."),
]
"""The bound of an evidence list: the assessment reads every row, a client takes a page."""

T = TypeVar("T")


def _first(items: Sequence[T], first: int | None) -> list[T]:
    """The first ``first`` of ``items``, validated like a connection's ``first``."""
    return list(items[: page_of(first, None).first])


@strawberry.interface(
    name="SixHavesHave", description="One of the six haves of an estate, with its evidence."
)
class HaveResult:
    """Whether the estate has it, what shows it, and what is missing.

    Evidence lists are bounded by ``first``; ``evidenceCount`` counts them all.
    """

    have: Have
    satisfied: bool
    missing: list[str] = strawberry.field(
        description="What is missing, in words; empty when satisfied."
    )
    data: strawberry.Private[EstateAssessment]
    evidence: strawberry.Private[list[strawberry.ID]]
    evidence_total: strawberry.Private[int]

    @strawberry.field(
        description="Global IDs of the first objects in your scope that satisfy it (venues"
        " other programmes report carry none)."
    )
    def evidence_ids(self, first: First = None) -> list[strawberry.ID]:
        return _first(self.evidence, first)

    @strawberry.field(
        description="How many objects with a Global ID satisfy it, all together, including"
        " any outside your scope."
    )
    def evidence_count(self) -> int:
        return self.evidence_total


@strawberry.type(
    name="SixHavesOrganisationHave",
    description="有组织管事: party organisations and organisations acting for the owners,"
    " anchored to the estate.",
)
class OrganisationHave(HaveResult):
    """Organisation."""

    @strawberry.field
    def organisations(self, first: First = None) -> list[Organisation]:
        rows = _first(shown(self.data.organisations), first)
        return [Organisation.from_row(row) for row in rows]


@strawberry.type(
    name="SixHavesPeopleHave",
    description="有人员做事: people working for the estate: post holders in organisations"
    " anchored to it or its buildings, workers of the grids covering it, resident"
    " volunteers and community workers.",
)
class PeopleHave(HaveResult):
    """People."""

    @strawberry.field(
        description="Distinct people among the evidence, including any outside your scope."
    )
    def people_count(self) -> int:
        return len(self.data.people)

    @strawberry.field
    def posts(self, first: First = None) -> list[Post]:
        return [Post.from_row(row) for row in _first(shown(self.data.posts), first)]

    @strawberry.field
    def grid_assignments(self, first: First = None) -> list[GridAssignment]:
        rows = _first(shown(self.data.assignments), first)
        return [GridAssignment.from_row(row) for row in rows]

    @strawberry.field
    def identities(self, first: First = None) -> list[Identity]:
        return [Identity.from_row(row) for row in _first(shown(self.data.identities), first)]


@strawberry.type(
    name="SixHavesPlaceHave",
    description="有场所议事: venues where the estate's residents deliberate.",
)
class PlaceHave(HaveResult):
    """Place."""

    @strawberry.field
    def venues(self, first: First = None) -> list[Venue]:
        return [Venue.from_row(row) for row in _first(shown(self.data.venues), first)]

    @strawberry.field
    def reported_venues(self, first: First = None) -> list[ReportedVenue]:
        return _first(self.data.reported_venues, first)


@strawberry.type(name="SixHavesRulesHave", description="有机制理事: rules and agreements in force.")
class RulesHave(HaveResult):
    """Rules."""

    @strawberry.field
    def rules(self, first: First = None) -> list[Rule]:
        return [Rule.from_row(row) for row in _first(shown(self.data.rules), first)]


@strawberry.type(name="SixHavesFundTotal", description="Money from one source.")
class FundTotal:
    """A source and its amount."""

    source: FundSource
    amount: int


@strawberry.type(
    name="SixHavesFundsHave",
    description="有资金办事: funding recorded for the assessment's year or the years just before.",
)
class FundsHave(HaveResult):
    """Funds."""

    @strawberry.field
    def first_year(self) -> int:
        return self.data.fund_years[0]

    @strawberry.field
    def last_year(self) -> int:
        return self.data.fund_years[1]

    @strawberry.field
    def funds(self, first: First = None) -> list[Fund]:
        return [Fund.from_row(row) for row in _first(shown(self.data.funds), first)]

    @strawberry.field(description="Yuan, all sources together.")
    def total(self) -> int:
        return sum(row.amount for row in self.data.funds)

    @strawberry.field(description="Yuan per source, fiscal money first; at most one per source.")
    def by_source(self) -> list[FundTotal]:
        totals: dict[str, int] = defaultdict(int)
        for row in self.data.funds:
            totals[row.source] += row.amount
        return [
            FundTotal(source=source, amount=totals[source.value])
            for source in FundSource
            if source.value in totals
        ]


@strawberry.type(
    name="SixHavesNetworkHave",
    description="有网络揽事: every building lies in a micro-grid and every such micro-grid has"
    " someone assigned to it.",
)
class NetworkHave(HaveResult):
    """Network."""

    @strawberry.field
    def micro_grids(self, first: First = None) -> list[Grid]:
        return [Grid.from_row(row) for row in _first(shown(self.data.micro_grids), first)]

    @strawberry.field
    def grid_assignments(self, first: First = None) -> list[GridAssignment]:
        rows = _first(shown(self.data.network_assignments), first)
        return [GridAssignment.from_row(row) for row in rows]

    @strawberry.field
    def unstaffed_micro_grids(self, first: First = None) -> list[Grid]:
        rows = _first(shown(self.data.unstaffed_micro_grids), first)
        return [Grid.from_row(row) for row in rows]

    @strawberry.field
    def buildings_outside_micro_grids(self, first: First = None) -> list[Building]:
        rows = _first(shown(self.data.buildings_outside_micro_grids), first)
        return [Building.from_row(row) for row in rows]


def _evidence(data: EstateAssessment, have: Have) -> list[tuple[str, Any]]:
    """The objects that satisfy ``have``: (GraphQL type, row) pairs."""
    if have is Have.ORGANISATION:
        groups = [("Organisation", data.organisations)]
    elif have is Have.PEOPLE:
        groups = [
            ("Post", data.posts),
            ("GridAssignment", data.assignments),
            ("Identity", data.identities),
        ]
    elif have is Have.PLACE:
        groups = [("SixHavesVenue", data.venues)]
    elif have is Have.RULES:
        groups = [("SixHavesRule", data.rules)]
    elif have is Have.FUNDS:
        groups = [("SixHavesFund", data.funds)]
    else:
        groups = [("GridAssignment", data.network_assignments)]
    return [(type_name, row) for type_name, rows in groups for row in rows]


HAVE_TYPES: dict[Have, type[HaveResult]] = {
    Have.ORGANISATION: OrganisationHave,
    Have.PEOPLE: PeopleHave,
    Have.PLACE: PlaceHave,
    Have.RULES: RulesHave,
    Have.FUNDS: FundsHave,
    Have.NETWORK: NetworkHave,
}
"""The GraphQL type of each have."""


H = TypeVar("H", bound=HaveResult)


def have_result(cls: type[H], data: EstateAssessment, have: Have) -> H:
    """One have of an assessment as ``cls`` (its type in :data:`HAVE_TYPES`), with its evidence."""
    evidence = _evidence(data, have)
    return cls(
        have=have,
        satisfied=data.satisfied(have),
        missing=data.missing(have),
        data=data,
        evidence=[
            strawberry.ID(to_global_id(type_name, row.id))
            for type_name, row in evidence
            if seen(row)
        ],
        evidence_total=len(evidence),
    )


@strawberry.type(
    name="SixHavesAssessment",
    description="Which of the six haves an estate has on a day, derived from the data held.",
)
class Assessment:
    """An estate's assessment; built from one batched load."""

    data: strawberry.Private[EstateAssessment]

    @strawberry.field(description="The day the assessment holds for.")
    def as_of(self) -> dt.date:
        return self.data.as_of

    @strawberry.field
    async def estate(self, info: Info) -> Estate:
        return await _estate(info, self.data.estate_id)

    @strawberry.field(description=f"How many of the six the estate has, 0 to {HAVE_COUNT}.")
    def score(self) -> int:
        return self.data.score

    @strawberry.field(description="Whether it has all six.")
    def all_six(self) -> bool:
        return self.data.all_six

    @strawberry.field(description="The haves it lacks.")
    def missing(self) -> list[Have]:
        return [have for have in Have if not self.data.satisfied(have)]

    @strawberry.field(description="The six, in the programme's order.")
    def haves(self) -> list[HaveResult]:
        return [have_result(HAVE_TYPES[have], self.data, have) for have in Have]

    @strawberry.field(description="有组织管事: an organisation to manage it.")
    def organisation(self) -> OrganisationHave:
        return have_result(OrganisationHave, self.data, Have.ORGANISATION)

    @strawberry.field(description="有人员做事: people to do the work.")
    def people(self) -> PeopleHave:
        return have_result(PeopleHave, self.data, Have.PEOPLE)

    @strawberry.field(description="有场所议事: a place to deliberate.")
    def place(self) -> PlaceHave:
        return have_result(PlaceHave, self.data, Have.PLACE)

    @strawberry.field(description="有机制理事: rules to handle matters.")
    def rules(self) -> RulesHave:
        return have_result(RulesHave, self.data, Have.RULES)

    @strawberry.field(description="有资金办事: funds to get things done.")
    def funds(self) -> FundsHave:
        return have_result(FundsHave, self.data, Have.FUNDS)

    @strawberry.field(description="有网络揽事: a network to take in matters.")
    def network(self) -> NetworkHave:
        return have_result(NetworkHave, self.data, Have.NETWORK)


# -- snapshots: the cycle of checks -------------------------------------------------


@strawberry.type(name="SixHavesHaveCount", description="How many estates have one have.")
class HaveCount:
    """Estates having and lacking one have."""

    have: Have
    satisfied: int
    missing: int


@strawberry.type(name="SixHavesSummary", description="Counts over a set of assessed estates.")
class Summary:
    """Totals of a snapshot, or of a progress point."""

    estates_assessed: int
    estates_all_six: int
    average_score: float | None = strawberry.field(description="Null when no estate was assessed.")
    haves: list[HaveCount]

    @classmethod
    def of(cls, tally: loaders.Tally) -> Summary:
        """The summary of a tally."""
        return cls(
            estates_assessed=tally.estates,
            estates_all_six=tally.all_six,
            average_score=round(tally.score_total / tally.estates, 3) if tally.estates else None,
            haves=[
                HaveCount(
                    have=have,
                    satisfied=tally.satisfied[have],
                    missing=tally.estates - tally.satisfied[have],
                )
                for have in Have
            ],
        )


@strawberry.input(
    name="SixHavesAreaFilter", description="Narrows counts to a street or a community."
)
class AreaFilter:
    """A street and/or a community."""

    street: strawberry.ID | None = None
    community: strawberry.ID | None = None

    def ids(self) -> tuple[int | None, int | None]:
        """The street's and the community's database ids."""
        street = None if self.street is None else filter_id(self.street, "Street", "street")
        community = (
            None if self.community is None else filter_id(self.community, "Community", "community")
        )
        return street, community


@strawberry.input(
    name="SixHavesSnapshotEstateFilter", description="Narrows the estates of a snapshot."
)
class SnapshotEstateFilter:
    """Area, all six, or one have missing."""

    street: strawberry.ID | None = None
    community: strawberry.ID | None = None
    all_six: bool | None = None
    missing: Have | None = strawberry.field(default=None, description="Estates lacking it.")


ESTATES_OF_SNAPSHOT = Source(
    "six_haves.snapshot.estates", models.SnapshotEstate, models.SnapshotEstate.snapshot_id
)


@strawberry.type(
    name="SixHavesSnapshot",
    description="The assessment of every estate as it stood on a day: a monthly report,"
    " half-year check or yearly evaluation.",
)
class Snapshot(Node):
    """One check of the programme's cycle."""

    kind: SnapshotKind
    as_of: dt.date
    archived_at: dt.datetime | None
    created_at: strawberry.Private[dt.datetime]

    @strawberry.field(description="When the snapshot was taken.")
    def taken_at(self) -> dt.datetime:
        return self.created_at

    @strawberry.field(
        description="Counts of the snapshot over the estates in your scope, optionally for a"
        " street or community."
    )
    async def summary(self, info: Info, filter: AreaFilter | None = None) -> Summary:
        street, community = filter.ids() if filter else (None, None)
        tally = await loaders.tallies(info.context, street, community).load(self.pk)
        return Summary.of(tally)

    @strawberry.field(description="The estates' results, in the order they were assessed.")
    async def estates(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: SnapshotEstateFilter | None = None,
    ) -> Connection[SnapshotEstate]:
        row = models.SnapshotEstate
        where: list[ColumnElement[bool]] = []
        key = None
        if filter is not None:
            street, community = AreaFilter(street=filter.street, community=filter.community).ids()
            where += loaders.estates_within(row.estate_id, street, community)
            if filter.all_six is not None:
                all_six = loaders.snapshot_all_six()
                where.append(all_six if filter.all_six else not_(all_six))
            if filter.missing is not None:
                where.append(getattr(row, filter.missing.value).is_(False))
            key = (street, community, filter.all_six, filter.missing)
        return await paginate(
            info,
            SnapshotEstate,
            ESTATES_OF_SNAPSHOT,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=key,
        )


@strawberry.type(name="SixHavesSnapshotEstate", description="One estate's result in a snapshot.")
class SnapshotEstate(Node):
    """Which of the six the estate had on the snapshot's day."""

    organisation: bool
    people: bool
    place: bool
    rules: bool
    funds: bool
    network: bool
    estate_id: strawberry.Private[int]
    snapshot_id: strawberry.Private[int]

    @strawberry.field(description=f"How many of the six the estate had, 0 to {HAVE_COUNT}.")
    def score(self) -> int:
        return HAVE_COUNT - len(self._missing())

    @strawberry.field
    def all_six(self) -> bool:
        return not self._missing()

    @strawberry.field(description="The haves it lacked.")
    def missing(self) -> list[Have]:
        return self._missing()

    def _missing(self) -> list[Have]:
        return [have for have in Have if not getattr(self, have.value)]

    @strawberry.field
    async def estate(self, info: Info) -> Estate:
        return await _estate(info, self.estate_id)

    @strawberry.field
    async def snapshot(self, info: Info) -> Snapshot:
        node = await load_node(info.context, Snapshot, models.Snapshot, self.snapshot_id)
        assert node is not None
        return node


# -- fields on Estate ------------------------------------------------------------------


async def six_haves(
    root: Estate,
    info: Info,
    as_of: Annotated[
        dt.date | None, strawberry.argument(description="The day; today when left out.")
    ] = None,
) -> Assessment:
    """Which of the six haves the estate has, with the evidence and what is missing."""
    data = await loaders.assessments(info.context, check_day(as_of)).load(root.pk)
    return Assessment(data=data)


async def six_haves_history(
    root: Estate,
    info: Info,
    kind: SnapshotKind | None = None,
    last: Annotated[int, strawberry.argument(description="How many snapshots, 1 to 100.")] = 12,
) -> list[SnapshotEstate]:
    """The estate's results in the latest snapshots, oldest first."""
    context: Context = info.context
    rows = await loaders.history(
        context, None if kind is None else kind.value, check_last(last)
    ).load(root.pk)
    return [SnapshotEstate.from_row(row) for row in rows]


ESTATE_FIELDS = [described(six_haves), described(six_haves_history)]
