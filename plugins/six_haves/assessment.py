"""The assessment: which of the six haves each estate has, with the evidence.

Everything is computed for a batch of estates at once, one SQL statement per kind
of evidence whatever the number of estates (plus one call of ``gridgov_venues``
per enabled plugin implementing it), so an estate's field, the district view over
every estate, the indicators and a snapshot all cost the same fixed number of
statements. The rules of each have are in :class:`EstateAssessment`.

An estate is assessed on all its data, whoever asks: its score is a fact about the
estate. When the request's viewer sees less than the district (``Criteria.scope``),
every evidence row also carries ``_visible``, computed in the same statement, and
the GraphQL types show only the rows the viewer may see (:func:`shown`): a grid
worker whose estate spans two grids sees the score, not the other grid's people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.access import Scope
from core.contract import CORE, VenueContext
from core.db import models as core
from core.db.models import live
from core.domain import GridKind, IdentityKind
from core.plugins import PluginManager
from plugins.six_haves import models
from plugins.six_haves.domain import HAVE_COUNT, PLUGIN, Have, Settings, managing_kinds
from plugins.six_haves.venues import ReportedVenue

Row = Any
"""A result row (``sqlalchemy.Row``), turned into a type with ``Node.from_row``."""

WORKING_IDENTITIES = (IdentityKind.VOLUNTEER.value, IdentityKind.COMMUNITY_WORKER.value)
"""Identities that make a resident one of the people working for their estate."""


def seen(row: Row) -> bool:
    """Whether the request's viewer may see an evidence row (any, when no scope was asked for)."""
    return bool(getattr(row, "_visible", True))


def shown(rows: Sequence[Row]) -> list[Row]:
    """The evidence rows the request's viewer may see."""
    return [row for row in rows if seen(row)]


def _listed(rows: Sequence[Row], name: Any) -> str:
    """Names of the rows the viewer may see, and how many others there are."""
    seen = [name(row) for row in shown(rows)]
    hidden = len(rows) - len(seen)
    text = ", ".join(seen)
    if hidden:
        text += f"{' and ' if seen else ''}{hidden} outside your scope"
    return text


@dataclass(frozen=True)
class Criteria:
    """What the assessment needs besides the data: the district and its programmes.

    Attributes:
        district_id: The district assessed.
        manager: The installed plugins (for their organisation kinds and venues).
        enabled: The plugins the district enabled.
        settings: The programme's thresholds.
        scope: The viewer's scope, to flag the evidence it may see; None (snapshots,
            indicators) flags nothing.
    """

    district_id: int
    manager: PluginManager
    enabled: frozenset[str]
    settings: Settings
    scope: Scope | None = None

    def flagged(self, statement: Any, model: Any) -> Any:
        """``statement`` with a ``_visible`` column for rows of ``model`` the viewer sees.

        Unchanged when nothing is hidden, so the district's statements stay as they were.
        """
        condition = None if self.scope is None else self.scope.visible(model)
        return (
            statement if condition is None else statement.add_columns(condition.label("_visible"))
        )

    def managing_kinds(self) -> set[str]:
        """Organisation kinds that satisfy "organisation" (see :mod:`.domain`)."""
        kinds = self.manager.contributions.organisation_kinds
        return managing_kinds({k: (o.owner, o.value) for k, o in kinds.items()}, set(self.enabled))


@dataclass
class EstateAssessment:
    """One estate's six haves as of a day, with the rows that satisfy each.

    Attributes:
        estate_id: The estate.
        as_of: The day the assessment holds for.
        settings: The thresholds applied.
        organisations: Live party organisations and organisations acting for the owners
            anchored to it (see :func:`.domain.managing_kinds`).
        posts: Posts held on ``as_of`` in live organisations anchored to it or its buildings.
        assignments: Grid assignments running on ``as_of`` on grids covering its buildings.
        identities: Volunteers and community workers living in it.
        venues: This programme's deliberation venues recorded for it.
        reported_venues: Deliberation venues other programmes report for it.
        rules: Rules and agreements in force on ``as_of``.
        funds: Funding for ``as_of``'s year or the years before it within the window.
        buildings: Its live buildings.
        grids: Live grids its buildings lie in, by id.
    """

    estate_id: int
    as_of: dt.date
    settings: Settings
    organisations: list[Row] = field(default_factory=list)
    posts: list[Row] = field(default_factory=list)
    assignments: list[Row] = field(default_factory=list)
    identities: list[Row] = field(default_factory=list)
    venues: list[Row] = field(default_factory=list)
    reported_venues: list[ReportedVenue] = field(default_factory=list)
    rules: list[Row] = field(default_factory=list)
    funds: list[Row] = field(default_factory=list)
    buildings: list[Row] = field(default_factory=list)
    grids: dict[int, Row] = field(default_factory=dict)

    # -- network ------------------------------------------------------------------

    @property
    def micro_grids(self) -> list[Row]:
        """The micro-grids covering the estate (those its buildings lie in)."""
        return sorted(
            (g for g in self.grids.values() if g.kind == GridKind.MICRO.value),
            key=lambda g: g.code,
        )

    @property
    def network_assignments(self) -> list[Row]:
        """Grid workers (and micro-grid heads) working its micro-grids on ``as_of``."""
        micro = {g.id for g in self.micro_grids}
        return [a for a in self.assignments if a.grid_id in micro]

    @property
    def unstaffed_micro_grids(self) -> list[Row]:
        """Its micro-grids nobody works on ``as_of``."""
        staffed = {a.grid_id for a in self.assignments}
        return [g for g in self.micro_grids if g.id not in staffed]

    @property
    def buildings_outside_micro_grids(self) -> list[Row]:
        """Its buildings in no (live) micro-grid: nobody takes in their matters."""
        micro = {g.id for g in self.micro_grids}
        return [b for b in self.buildings if b.grid_id not in micro]

    # -- people and funds ---------------------------------------------------------

    @property
    def people(self) -> set[int]:
        """Distinct people working for the estate on ``as_of``."""
        return (
            {p.person_id for p in self.posts}
            | {a.person_id for a in self.assignments}
            | {i.person_id for i in self.identities}
        )

    @property
    def fund_years(self) -> tuple[int, int]:
        """First and last year whose funding counts."""
        return self.as_of.year - self.settings.funds_years + 1, self.as_of.year

    # -- the six --------------------------------------------------------------------

    def missing(self, have: Have) -> list[str]:
        """What ``have`` lacks, for people; empty when it is satisfied."""
        if have is Have.ORGANISATION:
            return (
                []
                if self.organisations
                else ["no party organisation or owners' committee is anchored to the estate"]
            )
        if have is Have.PEOPLE:
            count, needed = len(self.people), self.settings.people_minimum
            if count >= needed:
                return []
            return [
                f"{count} people work for the estate, {needed} needed: post holders in its"
                " organisations, grid workers of grids covering it, resident volunteers"
                " or community workers"
            ]
        if have is Have.PLACE:
            if self.venues or self.reported_venues:
                return []
            return ["no venue where residents deliberate is recorded for the estate"]
        if have is Have.RULES:
            if self.rules:
                return []
            return [f"no rule or agreement is in force on {self.as_of.isoformat()}"]
        if have is Have.FUNDS:
            if self.funds:
                return []
            first, last = self.fund_years
            years = str(last) if first == last else f"{first}-{last}"
            return [f"no funding is recorded for {years}"]
        return self._network_missing()

    def _network_missing(self) -> list[str]:
        if not self.buildings:
            return ["no buildings are recorded, so no micro-grid covers the estate"]
        found = []
        # Places outside the viewer's scope are counted, not named.
        outside = self.buildings_outside_micro_grids
        if outside:
            numbers = _listed(outside, lambda b: b.number)
            found.append(f"buildings in no micro-grid: {numbers}")
        unstaffed = self.unstaffed_micro_grids
        if unstaffed:
            names = _listed(unstaffed, lambda g: g.name)
            found.append(f"micro-grids without a grid worker on {self.as_of.isoformat()}: {names}")
        return found

    def satisfied(self, have: Have) -> bool:
        """Whether the estate has ``have``."""
        return not self.missing(have)

    @property
    def score(self) -> int:
        """How many of the six it has (0 to :data:`.domain.HAVE_COUNT`)."""
        return sum(self.satisfied(have) for have in Have)

    @property
    def all_six(self) -> bool:
        """Whether it has every have."""
        return self.score == HAVE_COUNT


def in_force(start: Any, end: Any, day: dt.date) -> ColumnElement[bool]:
    """Periods running on ``day``, given the columns of their first and last day."""
    return and_(start <= day, or_(end.is_(None), end >= day))


async def assess(
    session: AsyncSession, criteria: Criteria, estate_ids: Sequence[int], as_of: dt.date
) -> dict[int, EstateAssessment]:
    """Assess ``estate_ids`` as of ``as_of`` with a fixed number of statements.

    Args:
        session: The session to read with (the caller holds it exclusively).
        criteria: The district, its programmes and the thresholds.
        estate_ids: Estates of the district to assess; others are ignored.
        as_of: The day the assessment holds for.

    Returns:
        ``{estate id: assessment}`` for every id asked for.
    """
    found = {
        pk: EstateAssessment(estate_id=pk, as_of=as_of, settings=criteria.settings)
        for pk in estate_ids
    }
    if not found:
        return found
    ids = list(found)
    district = criteria.district_id
    organisation, post, building = core.Organisation, core.Post, core.Building

    async def rows(statement: Any) -> list[Row]:
        return list(await session.execute(statement))

    # Organisation: party organisations and owners' committees anchored to the estate.
    for row in await rows(
        criteria.flagged(select(organisation.__table__), organisation)
        .where(
            organisation.district_id == district,
            live(organisation),
            organisation.estate_id.in_(ids),
            organisation.kind.in_(sorted(criteria.managing_kinds())),
        )
        .order_by(organisation.name, organisation.id)
    ):
        found[row.estate_id].organisations.append(row)

    # People (1): posts in organisations anchored to the estate or one of its buildings.
    anchor = func.coalesce(organisation.estate_id, building.estate_id)
    for row in await rows(
        criteria.flagged(select(post.__table__, anchor.label("_estate")), post)
        .join(organisation, organisation.id == post.organisation_id)
        .outerjoin(building, building.id == organisation.building_id)
        .where(
            post.district_id == district,
            live(post),
            in_force(post.start_date, post.end_date, as_of),
            live(organisation),
            or_(
                organisation.estate_id.in_(ids),
                and_(building.estate_id.in_(ids), live(building)),
            ),
        )
        .order_by(post.id)
    ):
        found[row._estate].posts.append(row)

    # People (2): volunteers and community workers living in the estate.
    identity = core.Identity
    for row in await rows(
        criteria.flagged(select(identity.__table__, building.estate_id.label("_estate")), identity)
        .join(core.Person, core.Person.id == identity.person_id)
        .join(core.Household, core.Household.id == core.Person.household_id)
        .join(building, building.id == core.Household.building_id)
        .where(
            identity.district_id == district,
            live(identity),
            identity.kind.in_(WORKING_IDENTITIES),
            in_force(identity.since, identity.until, as_of),
            live(core.Person),
            live(core.Household),
            live(building),
            building.estate_id.in_(ids),
        )
        .order_by(identity.id)
    ):
        found[row._estate].identities.append(row)

    # Network (and people): buildings, the grids they lie in, who works those grids.
    for row in await rows(
        criteria.flagged(select(building.__table__), building)
        .where(
            building.district_id == district,
            live(building),
            building.estate_id.in_(ids),
        )
        .order_by(building.number, building.id)
    ):
        found[row.estate_id].buildings.append(row)
    covering = select(building.grid_id).where(
        building.district_id == district,
        live(building),
        building.estate_id.in_(ids),
    )
    grids = {
        row.id: row
        for row in await rows(
            criteria.flagged(select(core.Grid.__table__), core.Grid).where(
                core.Grid.id.in_(covering), live(core.Grid)
            )
        )
    }
    assignment = core.GridAssignment
    assignments = await rows(
        criteria.flagged(select(assignment.__table__), assignment)
        .where(
            assignment.district_id == district,
            live(assignment),
            assignment.grid_id.in_(covering),
            in_force(assignment.start_date, assignment.end_date, as_of),
        )
        .order_by(assignment.id)
    )
    for item in found.values():
        item.grids = {b.grid_id: grids[b.grid_id] for b in item.buildings if b.grid_id in grids}
        item.assignments = [a for a in assignments if a.grid_id in item.grids]

    # Place: this programme's venues, then the other enabled programmes' venues.
    venue = models.Venue
    for row in await rows(
        criteria.flagged(select(venue.__table__), venue)
        .where(
            venue.district_id == district,
            live(venue),
            venue.deliberation.is_(True),
            venue.estate_id.in_(ids),
            or_(venue.opened_on.is_(None), venue.opened_on <= as_of),
        )
        .order_by(venue.name, venue.id)
    ):
        found[row.estate_id].venues.append(row)
    for reported in await reported_venues(session, criteria, ids, as_of):
        found[reported.estate_id].reported_venues.append(reported)

    # Rules in force on the day.
    rule = models.Rule
    for row in await rows(
        criteria.flagged(select(rule.__table__), rule)
        .where(
            rule.district_id == district,
            live(rule),
            rule.estate_id.in_(ids),
            rule.adopted_on <= as_of,
            or_(rule.repealed_on.is_(None), rule.repealed_on > as_of),
        )
        .order_by(rule.adopted_on, rule.id)
    ):
        found[row.estate_id].rules.append(row)

    # Funds of the window of years ending with the day's year.
    fund = models.Fund
    first = as_of.year - criteria.settings.funds_years + 1
    for row in await rows(
        criteria.flagged(select(fund.__table__), fund)
        .where(
            fund.district_id == district,
            live(fund),
            fund.estate_id.in_(ids),
            fund.year.between(first, as_of.year),
        )
        .order_by(fund.year, fund.source, fund.id)
    ):
        found[row.estate_id].funds.append(row)
    return found


async def reported_venues(
    session: AsyncSession, criteria: Criteria, estate_ids: Sequence[int], as_of: dt.date
) -> list[ReportedVenue]:
    """Deliberation venues the other enabled programmes report for ``estate_ids`` on ``as_of``.

    Asked through the ``gridgov_venues`` hook, never by importing a plugin; this
    programme's own venues are read directly and skipped here.
    """
    wanted = set(estate_ids)
    context = VenueContext(criteria.district_id, list(estate_ids), session, as_of)
    found: list[ReportedVenue] = []
    others = sorted(criteria.enabled - {CORE, PLUGIN})
    for owner, awaitable in criteria.manager.call("gridgov_venues", others, context=context):
        for venue in await awaitable:
            if venue.deliberation and venue.estate_id in wanted:
                found.append(ReportedVenue.of(owner, venue))
    return found
