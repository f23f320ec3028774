"""GraphQL types of the co-creation programme, and the fields it adds to core types.

Every relation resolves through a batched loader (:mod:`.loaders`), core's by-id
loader (``load_node``) or core's keyset ``paginate``, so a query's statement count
depends on its shape, never on how many projects it lists.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, and_, func, select
from strawberry.types import Info

from core.db import models as core
from core.db.models import live
from core.domain import EstateKind
from core.graphql.context import Context
from core.graphql.fields import described
from core.graphql.filters import contains, filter_id
from core.graphql.node import Node, load_node
from core.graphql.organisations.types import Organisation
from core.graphql.pagination import Connection, OrderDirection, Source, page_of, paginate
from core.graphql.people.types import Person
from core.graphql.places.types import Community, Estate
from plugins.four_beautiful import models
from plugins.four_beautiful.domain import (
    BUILDING_HEAD,
    MANAGEMENT_COMMITTEE,
    MAX_ROUND,
    PARTY_BRANCHES,
    PARTY_VOLUNTEER,
    PROJECT_HQ,
    SCORE_MAX,
    SCORE_MIN,
    Beauty,
    Capacity,
    EvaluatorRole,
    OutcomeKind,
    ProposalStatus,
    Stage,
    Tallies,
    Unification,
    missing_for_next,
)
from plugins.four_beautiful.loaders import Reach, RoundScores, holds_post_in_project_organisation

strawberry.enum(
    Stage,
    name="CoCreationStage",
    description="The five co-s (五共) in order: co-plan 共谋, co-build 共建, co-manage 共管, "
    "co-evaluate 共评, co-share 共享.",
)
strawberry.enum(
    ProposalStatus,
    name="CoPlanProposalStatus",
    description="Where a residents' proposal stands.",
)
strawberry.enum(
    Unification,
    name="CoBuildUnification",
    description="The five unifications (五个统一) of a merged estate's renovation.",
)
strawberry.enum(
    EvaluatorRole,
    name="CoEvaluatorRole",
    description="Who evaluates: a resident or a party member.",
)
strawberry.enum(
    Capacity,
    name="CoCreationCapacity",
    description="In what capacity a person took part in a stage.",
)
strawberry.enum(
    OutcomeKind,
    name="CoShareOutcomeKind",
    description="An outcome residents share, a demonstration estate (示范小区) title, or an award.",
)


@strawberry.enum(description="Fields co-creation projects are ordered by.")
class CoCreationProjectOrder(Enum):
    """Order of projects."""

    NAME = "name"
    ID = "id"


# -- sources of connections ---------------------------------------------------------------

P = models.Project
PROJECTS_OF_DISTRICT = Source("four_beautiful.district.projects", P, P.district_id)
PROJECTS_OF_COMMUNITY = Source(
    "four_beautiful.community.projects",
    P,
    core.Estate.community_id,
    join=lambda s: s.join(core.Estate, core.Estate.id == P.estate_id),
)
PROPOSALS = Source("four_beautiful.project.proposals", models.Proposal, models.Proposal.project_id)
WORKS = Source("four_beautiful.project.works", models.Work, models.Work.project_id)
RULES = Source("four_beautiful.project.rules", models.Rule, models.Rule.project_id)
EVALUATIONS = Source(
    "four_beautiful.project.evaluations", models.Evaluation, models.Evaluation.project_id
)
OUTCOMES = Source("four_beautiful.project.outcomes", models.Outcome, models.Outcome.project_id)
PARTICIPATIONS = Source(
    "four_beautiful.project.participations",
    models.Participation,
    models.Participation.project_id,
)
SUPPORTERS = Source(
    "four_beautiful.proposal.supporters",
    core.Person,
    models.Support.proposal_id,
    join=lambda s: s.join(
        models.Support,
        and_(models.Support.person_id == core.Person.id, live(models.Support)),
    ),
)


def _post_holders(name: str, role: str) -> Source:
    """People holding ``role`` now in an organisation of the project's estate, each once."""
    holders = holds_post_in_project_organisation(role).subquery(name.rsplit(".", 1)[-1])
    return Source(
        name,
        core.Person,
        holders.c.project_id,
        join=lambda s: s.join(holders, holders.c.person_id == core.Person.id),
    )


PARTY_VOLUNTEERS = _post_holders("four_beautiful.project.party_volunteers", PARTY_VOLUNTEER)
BUILDING_HEADS = _post_holders("four_beautiful.project.building_heads", BUILDING_HEAD)


# -- filters -----------------------------------------------------------------------------


@strawberry.input(description="Bounds on average scores (0-100) of a project's latest round.")
class BeautyScoreBounds:
    """Each bound given must hold; leave out what does not matter."""

    organisation: float | None = None
    environment: float | None = None
    service: float | None = None
    life: float | None = None
    overall: float | None = strawberry.field(
        default=None, description="The mean of the four beauties."
    )

    def items(self) -> list[tuple[str, float]]:
        """The bounds given, as ``(name, value)``."""
        names = ("organisation", "environment", "service", "life", "overall")
        return [(n, getattr(self, n)) for n in names if getattr(self, n) is not None]


@strawberry.input(description="Narrows a list of co-creation projects.")
class CoCreationProjectFilter:
    """Filter for projects; every condition given must hold."""

    stage: Stage | None = None
    community: strawberry.ID | None = None
    street: strawberry.ID | None = None
    rural: bool | None = strawberry.field(
        default=None, description="True: rural settlements only; false: urban estates only."
    )
    demonstration: bool | None = strawberry.field(
        default=None, description="Whether the project has been named a demonstration estate."
    )
    min_scores: BeautyScoreBounds | None = strawberry.field(
        default=None, description="Latest round's averages at least these (projects scored)."
    )
    max_scores: BeautyScoreBounds | None = strawberry.field(
        default=None, description="Latest round's averages at most these (projects scored)."
    )
    search: str | None = strawberry.field(default=None, description="Part of the name.")


def latest_round_averages() -> Any:
    """Per project, the average of each beauty (and overall) in its latest round."""
    e = models.Evaluation
    latest = (
        select(e.project_id, func.max(e.round).label("round"))
        .where(live(e))
        .group_by(e.project_id)
        .subquery("latest_round")
    )
    averages: dict[str, Any] = {b.value: func.avg(getattr(e, f"{b.value}_score")) for b in Beauty}
    overall = (
        averages["organisation"] + averages["environment"] + averages["service"] + averages["life"]
    ) / 4
    return (
        select(
            e.project_id.label("project_id"),
            func.count().label("evaluations"),
            *(column.label(name) for name, column in averages.items()),
            overall.label("overall"),
        )
        .join(latest, and_(latest.c.project_id == e.project_id, latest.c.round == e.round))
        .where(live(e))
        .group_by(e.project_id)
    )


def _bound(value: float, argument: str) -> float:
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise GraphQLError(
            f"Filter '{argument}' must be between {SCORE_MIN} and {SCORE_MAX}, got {value}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )
    return value


def project_where(f: CoCreationProjectFilter | None) -> tuple[list[ColumnElement[bool]], object]:
    """SQL conditions for a project filter, and a hashable key of it."""
    if f is None:
        return [], None
    e, c, o = core.Estate, core.Community, models.Outcome
    where: list[ColumnElement[bool]] = []
    if f.stage is not None:
        where.append(P.stage == f.stage.value)
    if f.community is not None:
        community = filter_id(f.community, "Community", "community")
        where.append(P.estate_id.in_(select(e.id).where(e.community_id == community)))
    if f.street is not None:
        street = filter_id(f.street, "Street", "street")
        where.append(
            P.estate_id.in_(
                select(e.id).join(c, c.id == e.community_id).where(c.street_id == street)
            )
        )
    if f.rural is not None:
        kind = EstateKind.RURAL_SETTLEMENT if f.rural else EstateKind.ESTATE
        where.append(P.estate_id.in_(select(e.id).where(e.kind == kind.value)))
    if f.demonstration is not None:
        named = select(o.project_id).where(
            o.kind == OutcomeKind.DEMONSTRATION_ESTATE.value, live(o)
        )
        where.append(P.id.in_(named) if f.demonstration else P.id.not_in(named))
    if f.search:
        where.append(contains(P.name, f.search))
    bounds: list[tuple[str, str, float]] = []
    for side, given in ((">=", f.min_scores), ("<=", f.max_scores)):
        for name, value in given.items() if given is not None else []:
            argument = f"{'minScores' if side == '>=' else 'maxScores'}.{name}"
            bounds.append((side, name, _bound(value, argument)))
    if bounds:
        averages = latest_round_averages().subquery("averages")
        conditions = [
            averages.c[name] >= value if side == ">=" else averages.c[name] <= value
            for side, name, value in bounds
        ]
        where.append(P.id.in_(select(averages.c.project_id).where(*conditions)))
    key = (
        f.stage,
        f.community,
        f.street,
        f.rural,
        f.demonstration,
        f.search,
        tuple(bounds),
    )
    return where, key


async def projects(
    info: Info,
    source: Source,
    parent: int,
    first: int | None,
    after: str | None,
    filter: CoCreationProjectFilter | None,
    order_by: CoCreationProjectOrder,
    direction: OrderDirection,
    include_archived: bool = False,
) -> Connection[CoCreationProject]:
    """A page of projects under ``parent`` (a district or a community)."""
    where, key = project_where(filter)
    return await paginate(
        info,
        CoCreationProject,
        source,
        parent,
        page_of(first, after, order_by.value, direction),
        where=where,
        filter_key=key,
        include_archived=include_archived,
    )


# -- value types -------------------------------------------------------------------------


@strawberry.type(description="The day a project entered a stage.")
class CoCreationStageChange:
    """One step of a project's history."""

    stage: Stage
    entered_on: date
    note: str | None


@strawberry.type(description="Average scores (0-100) of one evaluation round.")
class BeautyScores:
    """Averages of the four beauties (四美) over the round's evaluations."""

    round: int
    evaluations: int = strawberry.field(description="How many people evaluated.")
    organisation: float = strawberry.field(description="组织美")
    environment: float = strawberry.field(description="环境美")
    service: float = strawberry.field(description="服务美")
    life: float = strawberry.field(description="生活美")
    overall: float = strawberry.field(description="The mean of the four.")
    first_evaluated_on: date
    last_evaluated_on: date

    @classmethod
    def of(cls, scores: RoundScores) -> BeautyScores:
        """Rounded to two decimals for display."""
        return cls(
            round=scores.round,
            evaluations=scores.evaluations,
            organisation=round(scores.organisation, 2),
            environment=round(scores.environment, 2),
            service=round(scores.service, 2),
            life=round(scores.life, 2),
            overall=round(scores.overall, 2),
            first_evaluated_on=scores.first_on,
            last_evaluated_on=scores.last_on,
        )


@strawberry.type(
    name="CoBuildUnificationStatus",
    description="One of the five unifications and how far the works on it are.",
)
class UnificationStatus:
    """Checklist line: the best progress among the works on this unification."""

    unification: Unification
    progress: int = strawberry.field(description="0-100; 0 when no work addresses it.")
    done: bool


@strawberry.type(description="Distinct people a project reached.")
class CoCreationReach:
    """Counts of people; someone taking part in two capacities counts in both."""

    people: int
    residents: int
    party_members: int
    volunteers: int

    @classmethod
    def of(cls, reach: Reach) -> CoCreationReach:
        """From the loader's value."""
        return cls(
            people=reach.people,
            residents=reach.residents,
            party_members=reach.party_members,
            volunteers=reach.volunteers,
        )


@strawberry.type(description="What a project has produced so far.")
class CoCreationTallies:
    """Counts of live records."""

    proposals: int
    accepted_proposals: int
    works: int
    finished_works: int
    rules: int
    evaluations: int
    outcomes: int

    @classmethod
    def of(cls, t: Tallies) -> CoCreationTallies:
        """From the loader's value."""
        return cls(
            proposals=t.proposals,
            accepted_proposals=t.accepted_proposals,
            works=t.works,
            finished_works=t.finished_works,
            rules=t.rules,
            evaluations=t.evaluations,
            outcomes=t.outcomes,
        )


RuleKeeper = Annotated[
    Organisation | Person,
    strawberry.union("CoManageRuleKeeper", description="Who keeps a rule: a body or a person."),
]


# -- node types --------------------------------------------------------------------------


@strawberry.type(
    description="共同缔造项目: the co-creation project of an estate or rural settlement, "
    "going through the five co-s towards the four beauties (四美)."
)
class CoCreationProject(Node):
    """One project per estate."""

    name: str
    stage: Stage
    started_on: date
    archived_at: datetime | None
    estate_id: strawberry.Private[int]

    @strawberry.field(description="The estate (or rural settlement) being co-created.")
    async def estate(self, info: Info) -> Estate:
        # A project is scoped through its estate: whoever sees the project sees the estate.
        node = await load_node(info.context, Estate, core.Estate, self.estate_id)
        assert node is not None
        return node

    async def _organisation(self, info: Info, *kinds: str) -> Organisation | None:
        found = await info.context.loader("four_beautiful.estate_organisations").load(
            self.estate_id
        )
        row = next((found[k] for k in kinds if k in found), None)
        return None if row is None else Organisation.from_row(row)

    @strawberry.field(description="The project headquarters (项目指挥部).")
    async def headquarters(self, info: Info) -> Organisation | None:
        return await self._organisation(info, PROJECT_HQ)

    @strawberry.field(
        description="The estate property management committee (小区物业管理委员会), "
        "acting for the owners' assembly."
    )
    async def management_committee(self, info: Info) -> Organisation | None:
        return await self._organisation(info, MANAGEMENT_COMMITTEE)

    @strawberry.field(
        description="The estate party branch (小区党支部) or, in a rural settlement, the "
        "co-creation party branch (共同缔造党支部)."
    )
    async def party_branch(self, info: Info) -> Organisation | None:
        return await self._organisation(info, *PARTY_BRANCHES)

    @strawberry.field(description="Walled micro-estates merged into this estate, by name.")
    async def merged_micro_estates(self, info: Info) -> list[str]:
        names: list[str] = await info.context.loader("four_beautiful.merged_estates").load(self.pk)
        return names

    @strawberry.field(description="When the project entered each stage so far.")
    async def stage_history(self, info: Info) -> list[CoCreationStageChange]:
        rows = await info.context.loader("four_beautiful.stage_history").load(self.pk)
        return [
            CoCreationStageChange(stage=r.stage, entered_on=r.entered_on, note=r.note) for r in rows
        ]

    @strawberry.field(description="The stage after the current one; null at co-share.")
    def next_stage(self) -> Stage | None:
        return Stage(self.stage).next

    @strawberry.field(
        description="What the project still needs before it can move on; null when it can."
    )
    async def missing_for_next_stage(self, info: Info) -> str | None:
        tallies = await info.context.loader("four_beautiful.tallies").load(self.pk)
        return missing_for_next(Stage(self.stage), tallies)

    @strawberry.field(description="Counts of the project's records.")
    async def tallies(self, info: Info) -> CoCreationTallies:
        return CoCreationTallies.of(
            await info.context.loader("four_beautiful.tallies").load(self.pk)
        )

    @strawberry.field(description="Whether the project has been named a demonstration estate.")
    async def demonstration(self, info: Info) -> bool:
        tallies: Tallies = await info.context.loader("four_beautiful.tallies").load(self.pk)
        return tallies.demonstrations > 0

    @strawberry.field(description="共谋: residents' proposals, oldest first.")
    async def proposals(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: ProposalStatus | None = None,
    ) -> Connection[CoPlanProposal]:
        where = [] if status is None else [models.Proposal.status == status.value]
        return await paginate(
            info,
            CoPlanProposal,
            PROPOSALS,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=status,
        )

    @strawberry.field(description="共建: works of the renovation, oldest first.")
    async def works(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        unification: Unification | None = None,
    ) -> Connection[CoBuildWork]:
        where = [] if unification is None else [models.Work.unification == unification.value]
        return await paginate(
            info,
            CoBuildWork,
            WORKS,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=unification,
        )

    @strawberry.field(
        description="The five unifications (五个统一) checklist: one line each, in order."
    )
    async def five_unifications(self, info: Info) -> list[UnificationStatus]:
        best = await info.context.loader("four_beautiful.unifications").load(self.pk)
        return [
            UnificationStatus(
                unification=u, progress=best.get(u.value, 0), done=best.get(u.value, 0) >= 100
            )
            for u in Unification
        ]

    @strawberry.field(description="共管: rules the estate agreed, oldest first.")
    async def rules(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[CoManageRule]:
        return await paginate(info, CoManageRule, RULES, self.pk, page_of(first, after))

    @strawberry.field(description="共评: evaluations, oldest first.")
    async def evaluations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        round: int | None = None,
    ) -> Connection[CoEvaluation]:
        where = [] if round is None else [models.Evaluation.round == round]
        return await paginate(
            info,
            CoEvaluation,
            EVALUATIONS,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=round,
        )

    @strawberry.field(
        description="Average scores of a round (default: the latest); null when not scored."
    )
    async def scores(self, info: Info, round: int | None = None) -> BeautyScores | None:
        rounds: list[RoundScores] = await info.context.loader("four_beautiful.rounds").load(self.pk)
        if not rounds:
            return None
        if round is None:
            return BeautyScores.of(rounds[-1])
        return next((BeautyScores.of(r) for r in rounds if r.round == round), None)

    @strawberry.field(description="Average scores of the latest rounds, oldest first (over time).")
    async def score_history(
        self,
        info: Info,
        last: Annotated[int, strawberry.argument(description="How many rounds, 1-100.")] = 12,
    ) -> list[BeautyScores]:
        if not 1 <= last <= MAX_ROUND:
            raise GraphQLError(
                f"Argument 'last' must be between 1 and {MAX_ROUND}, got {last}.",
                extensions={"code": "BAD_USER_INPUT", "argument": "last"},
            )
        rounds: list[RoundScores] = await info.context.loader("four_beautiful.rounds").load(self.pk)
        return [BeautyScores.of(r) for r in rounds[-last:]]

    @strawberry.field(description="共享: outcomes and awards, oldest first.")
    async def outcomes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        kind: OutcomeKind | None = None,
    ) -> Connection[CoShareOutcome]:
        where = [] if kind is None else [models.Outcome.kind == kind.value]
        return await paginate(
            info,
            CoShareOutcome,
            OUTCOMES,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=kind,
        )

    @strawberry.field(description="Who took part in which stage, oldest first.")
    async def participations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        stage: Stage | None = None,
        capacity: Capacity | None = None,
    ) -> Connection[CoCreationParticipation]:
        pa = models.Participation
        where = [
            *([] if stage is None else [pa.stage == stage.value]),
            *([] if capacity is None else [pa.capacity == capacity.value]),
        ]
        return await paginate(
            info,
            CoCreationParticipation,
            PARTICIPATIONS,
            self.pk,
            page_of(first, after),
            where=where,
            filter_key=(stage, capacity),
        )

    @strawberry.field(description="People reached: in the whole project, or in one stage.")
    async def reach(self, info: Info, stage: Stage | None = None) -> CoCreationReach:
        key = (self.pk, None if stage is None else stage.value)
        return CoCreationReach.of(await info.context.loader("four_beautiful.reach").load(key))

    @strawberry.field(
        description="Party volunteers (党员志愿者): people holding a party-volunteer post in "
        "one of the project's organisations."
    )
    async def party_volunteers(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Person]:
        return await paginate(
            info, Person, PARTY_VOLUNTEERS, self.pk, page_of(first, after, "name")
        )

    @strawberry.field(
        description="Building heads (楼栋长): people holding a building-head post in one of "
        "the project's organisations."
    )
    async def building_heads(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Person]:
        return await paginate(info, Person, BUILDING_HEADS, self.pk, page_of(first, after, "name"))


@strawberry.type(description="共谋: a residents' proposal (群众点菜、政府接单) and its decision.")
class CoPlanProposal(Node):
    """A proposal: rejected ones say why, merged ones say into which."""

    title: str
    content: str | None
    submitted_on: date
    counted_supporters: int = strawberry.field(
        description="Supporters counted without names, e.g. at a residents' meeting."
    )
    status: ProposalStatus
    reason: str | None = strawberry.field(description="Why it was rejected (or a note).")
    decided_on: date | None
    archived_at: datetime | None
    project_id: strawberry.Private[int]
    proposer_id: strawberry.Private[int]
    merged_into_id: strawberry.Private[int | None]

    @strawberry.field
    async def project(self, info: Info) -> CoCreationProject:
        return await _project(info, self.project_id)

    @strawberry.field(
        description="The resident who proposed it; null when they lie outside your scope."
    )
    async def proposer(self, info: Info) -> Person | None:
        return await _person(info, self.proposer_id)

    @strawberry.field(description="The proposal it was merged into.")
    async def merged_into(self, info: Info) -> CoPlanProposal | None:
        return await load_node(info.context, CoPlanProposal, models.Proposal, self.merged_into_id)

    @strawberry.field(description="Residents who support it by name.")
    async def supporters(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Person]:
        return await paginate(info, Person, SUPPORTERS, self.pk, page_of(first, after, "name"))

    @strawberry.field(description="All support: counted supporters plus named ones.")
    async def support_count(self, info: Info) -> int:
        named: int = await info.context.loader("four_beautiful.named_support").load(self.pk)
        return self.counted_supporters + named


@strawberry.type(description="共建: a work of the renovation, with its progress.")
class CoBuildWork(Node):
    """A work; finished when its progress reaches 100."""

    title: str
    unification: Unification | None = strawberry.field(
        description="The unification it delivers, if it is one of the five."
    )
    progress: int = strawberry.field(description="Per cent done, 0-100.")
    started_on: date
    finished_on: date | None
    archived_at: datetime | None
    project_id: strawberry.Private[int]
    proposal_id: strawberry.Private[int | None]

    @strawberry.field
    async def project(self, info: Info) -> CoCreationProject:
        return await _project(info, self.project_id)

    @strawberry.field(description="The accepted proposal this work delivers.")
    async def proposal(self, info: Info) -> CoPlanProposal | None:
        return await load_node(info.context, CoPlanProposal, models.Proposal, self.proposal_id)


@strawberry.type(description="共管: a rule the estate agreed, and who keeps it.")
class CoManageRule(Node):
    """A rule."""

    title: str
    content: str | None
    agreed_on: date
    archived_at: datetime | None
    project_id: strawberry.Private[int]
    keeper_organisation_id: strawberry.Private[int | None]
    keeper_person_id: strawberry.Private[int | None]

    @strawberry.field
    async def project(self, info: Info) -> CoCreationProject:
        return await _project(info, self.project_id)

    @strawberry.field(
        description="The organisation or person who keeps the rule; null when it lies "
        "outside your scope."
    )
    async def keeper(self, info: Info) -> RuleKeeper | None:
        if self.keeper_organisation_id is not None:
            return await load_node(
                info.context, Organisation, core.Organisation, self.keeper_organisation_id
            )
        return await load_node(info.context, Person, core.Person, self.keeper_person_id)


@strawberry.type(description="共评: one person's scores (0-100) of the four beauties in a round.")
class CoEvaluation(Node):
    """An evaluation; a person evaluates a project once per round."""

    round: int
    role: EvaluatorRole
    organisation_score: int
    environment_score: int
    service_score: int
    life_score: int
    comment: str | None
    evaluated_on: date
    archived_at: datetime | None
    project_id: strawberry.Private[int]
    evaluator_id: strawberry.Private[int]

    @strawberry.field
    async def project(self, info: Info) -> CoCreationProject:
        return await _project(info, self.project_id)

    @strawberry.field(
        description="Who evaluated: null when the person lies outside your scope (a party "
        "member may evaluate an estate they do not live in)."
    )
    async def evaluator(self, info: Info) -> Person | None:
        return await _person(info, self.evaluator_id)


@strawberry.type(description="共享: an outcome residents share, or an award.")
class CoShareOutcome(Node):
    """An outcome or award; awards name who gave them."""

    kind: OutcomeKind
    title: str
    description: str | None
    awarded_by: str | None
    achieved_on: date
    archived_at: datetime | None
    project_id: strawberry.Private[int]

    @strawberry.field
    async def project(self, info: Info) -> CoCreationProject:
        return await _project(info, self.project_id)


@strawberry.type(description="A person taking part in one stage of a project.")
class CoCreationParticipation(Node):
    """Participation, as resident, party member or volunteer."""

    stage: Stage
    capacity: Capacity
    activity: str | None
    took_part_on: date
    archived_at: datetime | None
    project_id: strawberry.Private[int]
    person_id: strawberry.Private[int]

    @strawberry.field
    async def project(self, info: Info) -> CoCreationProject:
        return await _project(info, self.project_id)

    @strawberry.field(description="Who took part; null when they lie outside your scope.")
    async def person(self, info: Info) -> Person | None:
        return await _person(info, self.person_id)


async def _project(info: Info, pk: int) -> CoCreationProject:
    # A record is scoped through its project (gridgov_scopes): whoever sees it sees the project.
    node = await load_node(info.context, CoCreationProject, models.Project, pk)
    assert node is not None
    return node


async def _person(info: Info, pk: int) -> Person | None:
    """A person a record names, if the viewer's scope reaches them.

    A project's records are visible wherever the project is, but the people behind
    them are core people with their own scope: a grid worker sees the proposals of
    an estate their grid covers part of, not the neighbours from other grids.
    """
    return await load_node(info.context, Person, core.Person, pk)


# -- fields on core types and the root ----------------------------------------------------


async def estate_co_creation(root: Estate, info: Info) -> CoCreationProject | None:
    """The estate's co-creation project (四美小区·共同缔造), if any."""
    row = await info.context.loader("four_beautiful.project_of_estate").load(root.pk)
    return None if row is None else CoCreationProject.from_row(row)


async def community_projects(
    root: Community,
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: CoCreationProjectFilter | None = None,
    order_by: CoCreationProjectOrder = CoCreationProjectOrder.NAME,
    direction: OrderDirection = OrderDirection.ASC,
) -> Connection[CoCreationProject]:
    """Co-creation projects of the community's estates and settlements."""
    return await projects(
        info, PROJECTS_OF_COMMUNITY, root.pk, first, after, filter, order_by, direction
    )


async def co_creation_projects(
    info: Info,
    first: int | None = None,
    after: str | None = None,
    filter: CoCreationProjectFilter | None = None,
    order_by: CoCreationProjectOrder = CoCreationProjectOrder.NAME,
    direction: OrderDirection = OrderDirection.ASC,
    include_archived: bool = False,
) -> Connection[CoCreationProject]:
    """Co-creation projects (四美小区·共同缔造) of the district.

    Filtered by stage, place and beauty scores.
    """
    context: Context = info.context
    return await projects(
        info,
        PROJECTS_OF_DISTRICT,
        context.district_id,
        first,
        after,
        filter,
        order_by,
        direction,
        include_archived,
    )


TYPE_FIELDS: dict[type, list[Any]] = {
    Estate: [described(estate_co_creation, name="coCreation")],
    Community: [described(community_projects, name="coCreationProjects")],
}

QUERY_FIELDS = [described(co_creation_projects)]

NODE_MODELS: dict[type, type[core.Base]] = {
    CoCreationProject: models.Project,
    CoPlanProposal: models.Proposal,
    CoBuildWork: models.Work,
    CoManageRule: models.Rule,
    CoEvaluation: models.Evaluation,
    CoShareOutcome: models.Outcome,
    CoCreationParticipation: models.Participation,
}
