"""Batched per-request loaders: one SQL statement per field, however many projects ask.

Each loader is declared through ``gridgov_loaders`` under ``four_beautiful.<name>``
and fetched with ``info.context.loader(name)``. Relations that are lists with
cursors go through core's ``paginate`` instead (see :mod:`.types`).

Every statement here is the plugin's own, so each adds the viewer's scope itself
(:meth:`_Loader.visible`): a street's, community's or grid's staff read only the rows
their scope reaches. A project's records are scoped through the project, so for a
project the viewer sees, the counts and averages cover all its records; they are
figures about the project, never a list of people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

from core.db import models as core
from core.db.models import live
from core.graphql.context import Context, ContextLoader
from core.graphql.people.types import current
from plugins.four_beautiful import models
from plugins.four_beautiful.domain import (
    PARTY_IDENTITIES,
    PROJECT_ORGANISATIONS,
    Capacity,
    OutcomeKind,
    ProposalStatus,
    Tallies,
)


@dataclass(frozen=True)
class RoundScores:
    """Average scores of one evaluation round of one project."""

    round: int
    evaluations: int
    organisation: float
    environment: float
    service: float
    life: float
    first_on: dt.date
    last_on: dt.date

    @property
    def overall(self) -> float:
        """The mean of the four beauties."""
        return (self.organisation + self.environment + self.service + self.life) / 4


@dataclass(frozen=True)
class Reach:
    """Distinct people a project (or one of its stages) reached, by capacity."""

    people: int = 0
    residents: int = 0
    party_members: int = 0
    volunteers: int = 0


class ProjectOfEstate(ContextLoader[Any, Any]):
    """``Estate.coCreation``: the live project of each estate, or None."""

    async def load_batch(self, keys: Sequence[int]) -> list[Any]:
        t = models.Project.__table__
        result = await self.context.execute(
            select(t).where(
                t.c.estate_id.in_(keys),
                t.c.district_id == self.context.district_id,
                live(t),
                *self.visible(t),
            )
        )
        found = {row.estate_id: row for row in result}
        return [found.get(key) for key in keys]


class EstateOrganisations(ContextLoader[Any, Any]):
    """The programme's organisations anchored to each estate, the oldest of each kind."""

    async def load_batch(self, keys: Sequence[int]) -> list[dict[str, Any]]:
        t = core.Organisation.__table__
        result = await self.context.execute(
            select(t)
            .where(
                t.c.estate_id.in_(keys),
                t.c.district_id == self.context.district_id,
                t.c.kind.in_(PROJECT_ORGANISATIONS),
                live(t),
                *self.visible(t),
            )
            .order_by(t.c.id)
        )
        found: dict[int, dict[str, Any]] = {key: {} for key in keys}
        for row in result:
            found[row.estate_id].setdefault(row.kind, row)
        return [found[key] for key in keys]


class MergedEstates(ContextLoader[Any, Any]):
    """Names of the micro-estates merged into each project's estate."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[str]]:
        m = models.MergedEstate
        result = await self.context.execute(
            select(m.project_id, m.name)
            .where(
                m.project_id.in_(keys),
                live(m),
                m.district_id == self.context.district_id,
                *self.visible(m),
            )
            .order_by(m.project_id, m.id)
        )
        found: dict[int, list[str]] = {key: [] for key in keys}
        for row in result:
            found[row.project_id].append(row.name)
        return [found[key] for key in keys]


class StageHistory(ContextLoader[Any, Any]):
    """Each project's stage changes, oldest first (at most one per stage)."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[Any]]:
        t = models.StageChange.__table__
        result = await self.context.execute(
            select(t)
            .where(
                t.c.project_id.in_(keys),
                live(t),
                t.c.district_id == self.context.district_id,
                *self.visible(t),
            )
            .order_by(t.c.project_id, t.c.entered_on, t.c.id)
        )
        found: dict[int, list[Any]] = {key: [] for key in keys}
        for row in result:
            found[row.project_id].append(row)
        return [found[key] for key in keys]


def tallies_statement(
    district_id: int, project_ids: Sequence[int], *where: ColumnElement[bool]
) -> Select[Any]:
    """Counts of each project's live records: one row per project, correlated counts.

    Args:
        district_id: The request's district.
        project_ids: The projects.
        where: More conditions on the projects (the viewer's scope).
    """
    p, pr, w, o = models.Project, models.Proposal, models.Work, models.Outcome

    def count(model: Any, *where: Any) -> Any:
        return (
            select(func.count())
            .where(model.project_id == p.id, live(model), *where)
            .scalar_subquery()
        )

    return select(
        p.id.label("project_id"),
        count(pr).label("proposals"),
        count(pr, pr.status == ProposalStatus.ACCEPTED.value).label("accepted"),
        count(w).label("works"),
        count(w, w.progress >= 100).label("finished"),
        count(models.Rule).label("rules"),
        count(models.Evaluation).label("evaluations"),
        count(o).label("outcomes"),
        count(o, o.kind == OutcomeKind.DEMONSTRATION_ESTATE.value).label("demonstrations"),
    ).where(p.id.in_(project_ids), p.district_id == district_id, *where)


def tallies_of(row: Any) -> Tallies:
    """A :class:`Tallies` from a row of :func:`tallies_statement` (None: nothing yet)."""
    if row is None:
        return Tallies()
    return Tallies(
        proposals=int(row.proposals),
        accepted_proposals=int(row.accepted),
        works=int(row.works),
        finished_works=int(row.finished),
        rules=int(row.rules),
        evaluations=int(row.evaluations),
        outcomes=int(row.outcomes),
        demonstrations=int(row.demonstrations),
    )


async def tallies_for(session: AsyncSession, district_id: int, project_id: int) -> Tallies:
    """One project's tallies, for a mutation deciding whether the project may move on.

    Unscoped: the mutation has checked the project lies in the viewer's scope, and
    a project's records lie wherever the project does.
    """
    result = await session.execute(tallies_statement(district_id, [project_id]))
    return tallies_of(result.first())


class ProjectTallies(ContextLoader[Any, Any]):
    """What each project has produced so far (:class:`Tallies`)."""

    async def load_batch(self, keys: Sequence[int]) -> list[Tallies]:
        statement = tallies_statement(
            self.context.district_id, list(keys), *self.visible(models.Project)
        )
        result = await self.context.execute(statement)
        found = {row.project_id: row for row in result}
        return [tallies_of(found.get(key)) for key in keys]


class Unifications(ContextLoader[Any, Any]):
    """Per project, the best progress of the works on each of the five unifications."""

    async def load_batch(self, keys: Sequence[int]) -> list[dict[str, int]]:
        w = models.Work
        result = await self.context.execute(
            select(w.project_id, w.unification, func.max(w.progress).label("progress"))
            .where(
                w.project_id.in_(keys),
                w.unification.is_not(None),
                live(w),
                w.district_id == self.context.district_id,
                *self.visible(w),
            )
            .group_by(w.project_id, w.unification)
        )
        found: dict[int, dict[str, int]] = {key: {} for key in keys}
        for row in result:
            found[row.project_id][row.unification] = int(row.progress)
        return [found[key] for key in keys]


def rounds_statement(
    district_id: int, project_ids: Sequence[int], *where: ColumnElement[bool]
) -> Select[Any]:
    """Average scores per project and round.

    Args:
        district_id: The request's district.
        project_ids: The projects.
        where: More conditions on the evaluations (the viewer's scope).
    """
    e = models.Evaluation
    return (
        select(
            e.project_id,
            e.round,
            func.count().label("evaluations"),
            func.avg(e.organisation_score).label("organisation"),
            func.avg(e.environment_score).label("environment"),
            func.avg(e.service_score).label("service"),
            func.avg(e.life_score).label("life"),
            func.min(e.evaluated_on).label("first_on"),
            func.max(e.evaluated_on).label("last_on"),
        )
        .where(e.project_id.in_(project_ids), live(e), e.district_id == district_id, *where)
        .group_by(e.project_id, e.round)
        .order_by(e.project_id, e.round)
    )


class Rounds(ContextLoader[Any, Any]):
    """Each project's average scores per evaluation round, oldest round first."""

    async def load_batch(self, keys: Sequence[int]) -> list[list[RoundScores]]:
        statement = rounds_statement(
            self.context.district_id, list(keys), *self.visible(models.Evaluation)
        )
        result = await self.context.execute(statement)
        found: dict[int, list[RoundScores]] = {key: [] for key in keys}
        for row in result:
            found[row.project_id].append(
                RoundScores(
                    round=row.round,
                    evaluations=row.evaluations,
                    organisation=float(row.organisation),
                    environment=float(row.environment),
                    service=float(row.service),
                    life=float(row.life),
                    first_on=row.first_on,
                    last_on=row.last_on,
                )
            )
        return [found[key] for key in keys]


class ProjectReach(ContextLoader[Any, Any]):
    """Distinct people reached per project, overall (stage None) or in one stage."""

    async def load_batch(self, keys: Sequence[tuple[int, str | None]]) -> list[Reach]:
        pa = models.Participation
        found: dict[tuple[int, str | None], dict[str, int]] = {}
        overall = sorted({pid for pid, stage in keys if stage is None})
        staged = sorted({pid for pid, stage in keys if stage is not None})
        # Overall and per-stage counts are distinct over different groups; one statement each.
        for ids, by_stage in ((overall, False), (staged, True)):
            if not ids:
                continue
            group = [pa.project_id, *([pa.stage] if by_stage else [])]
            columns = [
                func.count(distinct(pa.person_id)).label("people"),
                *(
                    func.count(distinct(case((pa.capacity == capacity.value, pa.person_id)))).label(
                        capacity.value
                    )
                    for capacity in Capacity
                ),
            ]
            result = await self.context.execute(
                select(*group, *columns)
                .where(
                    pa.project_id.in_(ids),
                    live(pa),
                    pa.district_id == self.context.district_id,
                    *self.visible(pa),
                )
                .group_by(*group)
            )
            for row in result:
                key = (row.project_id, row.stage if by_stage else None)
                found[key] = dict(row._mapping)
        return [_reach(found.get(key)) for key in keys]


def _reach(row: Mapping[str, Any] | None) -> Reach:
    if row is None:
        return Reach()
    return Reach(
        people=int(row["people"]),
        residents=int(row[Capacity.RESIDENT.value]),
        party_members=int(row[Capacity.PARTY_MEMBER.value]),
        volunteers=int(row[Capacity.VOLUNTEER.value]),
    )


class NamedSupport(ContextLoader[Any, Any]):
    """Number of named supporters of each proposal."""

    async def load_batch(self, keys: Sequence[int]) -> list[int]:
        s = models.Support
        result = await self.context.execute(
            select(s.proposal_id, func.count().label("supporters"))
            .where(
                s.proposal_id.in_(keys),
                live(s),
                s.district_id == self.context.district_id,
                *self.visible(s),
            )
            .group_by(s.proposal_id)
        )
        found: dict[int, int] = {row.proposal_id: row.supporters for row in result}
        return [int(found.get(key, 0)) for key in keys]


def party_member_now() -> Any:
    """Condition on ``person.id``: the person currently holds a party identity."""
    i = core.Identity
    return core.Person.id.in_(
        select(i.person_id).where(i.kind.in_(PARTY_IDENTITIES), current(i.until), live(i))
    )


def lives_in_estate(estate_id: int) -> Any:
    """Condition on ``person.household_id``: the household is in a building of the estate."""
    h, b = core.Household, core.Building
    return core.Person.household_id.in_(
        select(h.id).join(b, b.id == h.building_id).where(b.estate_id == estate_id)
    )


def holds_post_in_project_organisation(role: str) -> Any:
    """Distinct (project id, person id) of current ``role`` posts in the estate's organisations."""
    p, o, post = models.Project, core.Organisation, core.Post
    return (
        select(p.id.label("project_id"), post.person_id.label("person_id"))
        .join(o, and_(o.estate_id == p.estate_id, o.kind.in_(PROJECT_ORGANISATIONS)))
        .join(post, post.organisation_id == o.id)
        .where(
            post.role == role,
            current(post.end_date),
            live(post),
            live(o),
        )
        .distinct()
    )


LOADERS: dict[str, Callable[[Context], DataLoader[Any, Any]]] = {
    "four_beautiful.project_of_estate": ProjectOfEstate,
    "four_beautiful.estate_organisations": EstateOrganisations,
    "four_beautiful.merged_estates": MergedEstates,
    "four_beautiful.stage_history": StageHistory,
    "four_beautiful.tallies": ProjectTallies,
    "four_beautiful.unifications": Unifications,
    "four_beautiful.rounds": Rounds,
    "four_beautiful.reach": ProjectReach,
    "four_beautiful.named_support": NamedSupport,
}
