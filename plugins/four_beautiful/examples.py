"""Example data: Yandu's co-creation projects, from ``[plugins.four_beautiful]`` of its file.

One project per estate that has a party branch: the article's 18 estate party
branches (urban estates, 合心花园 among them) and 7 co-creation party branches
(rural settlements). Each project has its headquarters, property management
committee and branch, and the records of every stage it has reached, so that
what a stage needs before moving on always holds. 合心花园 (Hexin Garden, 东升社区,
潘黄街道) is told as the article tells it: eight walled micro-estates merged, 35
party volunteers, 18 building heads mostly party members, the five unifications
done, and the title of demonstration estate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from core.contract import ExampleContext
from core.db import models as core
from core.domain import EstateKind, IdentityKind
from core.examples import ExampleError, Names, insert_rows
from plugins.four_beautiful import models
from plugins.four_beautiful.domain import (
    BUILDING_HEAD,
    CO_CREATION_PARTY_BRANCH,
    ESTATE_PARTY_BRANCH,
    MANAGEMENT_COMMITTEE,
    PARTY_VOLUNTEER,
    PROJECT_HQ,
    Capacity,
    EvaluatorRole,
    OutcomeKind,
    ProposalStatus,
    Stage,
    Unification,
)

FIRST_START = dt.date(2019, 6, 1)
"""The first project's start; later ones start a week apart."""
STAGE_DAYS = 75
"""Days a project spends in each stage in the example."""

PROPOSALS = (
    ("加装楼道路灯", "楼道夜间太暗，老人上下楼不安全"),
    ("增设非机动车充电桩", "电动车楼道充电有火灾隐患"),
    ("硬化小区道路", "雨天路面积水泥泞"),
    ("建设儿童游乐场", "孩子没有玩耍的地方"),
    ("设立老年活动室", "老人希望有下棋读报的去处"),
    ("修建休闲凉亭", "夏天乘凉没有遮阴处"),
    ("清理楼道杂物", "楼道堆放杂物堵塞通道"),
    ("改造雨污管网", "下水道经常堵塞反味"),
    ("设置垃圾分类亭", "垃圾桶满溢，分类无处可投"),
    ("补植绿化", "空地裸露，扬尘较大"),
    ("规划停车位", "车辆乱停乱放，消防通道被占"),
)
REJECTIONS = (
    "不在本次改造范围内",
    "与消防通道规划冲突",
    "所需资金超出项目预算，列入下一年度计划",
)
RULES = (
    ("居民公约", "爱护公共设施，文明养犬，邻里互助"),
    ("楼道管理制度", "楼道不堆放杂物，由楼栋长每周巡查"),
    ("停车管理办法", "车辆按位停放，不占用消防通道"),
    ("垃圾分类责任制", "分类投放，党员志愿者轮流值守"),
)
UNIFICATION_WORKS = {
    Unification.WALLS_OPENED: "边界围墙统一打通",
    Unification.FACILITIES_COMPLETED: "配套设施统一完善",
    Unification.GARAGES_CLEARED: "停车库房统一拆除",
    Unification.FACADES_RENEWED: "建筑立面统一翻新",
    Unification.SELF_GOVERNED_MANAGEMENT: "物业管理统一自治",
}
HEXIN_PROPOSALS = (
    ("打通八个小区之间的围墙", Unification.WALLS_OPENED),
    ("建设儿童游乐场、老年活动室和休闲凉亭", Unification.FACILITIES_COMPLETED),
    ("拆除违章车库和杂物间", Unification.GARAGES_CLEARED),
    ("统一翻新楼房外立面", Unification.FACADES_RENEWED),
    ("成立小区物业管理委员会，实行自治", Unification.SELF_GOVERNED_MANAGEMENT),
)


@dataclass
class Rows:
    """Rows of each table, gathered for few multi-row inserts."""

    stage_changes: list[dict[str, Any]] = field(default_factory=list)
    merged: list[dict[str, Any]] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)
    evaluations: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    supports: list[dict[str, Any]] = field(default_factory=list)
    participations: dict[tuple[int, str, int, str], dict[str, Any]] = field(default_factory=dict)

    def took_part(
        self,
        d: int,
        project: int,
        person: int,
        stage: Stage,
        capacity: Capacity,
        on: dt.date,
        activity: str,
    ) -> None:
        """Participation, once per project, stage, person and capacity (as the mutations do)."""
        key = (project, stage.value, person, capacity.value)
        self.participations.setdefault(
            key,
            {
                "district_id": d,
                "project_id": project,
                "person_id": person,
                "stage": stage.value,
                "capacity": capacity.value,
                "activity": activity,
                "took_part_on": on,
            },
        )


@dataclass
class Site:
    """An estate given a project, with what the generator needs to know about it."""

    estate_id: int
    name: str
    rural: bool
    community_id: int
    stage: Stage
    start: dt.date
    residents: list[int]
    hq: int = 0
    committee: int = 0
    branch: int = 0
    project: int = 0

    def entered(self, stage: Stage) -> dt.date:
        """The day the project entered ``stage``."""
        return self.start + dt.timedelta(days=STAGE_DAYS * stage.position)

    def reached(self, stage: Stage) -> bool:
        """Whether the project has reached ``stage``."""
        return self.stage.position >= stage.position


async def load_four_beautiful_example(example: ExampleContext) -> None:
    """Generate the projects of an example district that has a ``[plugins.four_beautiful]``."""
    figures = example.figures
    if not figures:
        return
    session, rng, d = example.session, example.random, example.district_id
    estates = (
        await session.execute(
            select(core.Estate.id, core.Estate.name, core.Estate.kind, core.Estate.community_id)
            .where(core.Estate.district_id == d)
            .order_by(core.Estate.id)
        )
    ).all()
    hexin = next((e for e in estates if e.name == figures["hexin_garden"]), None)
    if hexin is None:
        raise ExampleError(f"four_beautiful: no estate named {figures['hexin_garden']!r}")
    urban = [e for e in estates if e.kind == EstateKind.ESTATE and e.id != hexin.id]
    rural = [e for e in estates if e.kind == EstateKind.RURAL_SETTLEMENT]
    others = rng.sample(urban, figures["estate_party_branches"] - 1)
    settlements = rng.sample(rural, figures["co_creation_party_branches"])
    picked = [hexin, *sorted(others, key=lambda e: e.id), *sorted(settlements, key=lambda e: e.id)]

    stages = [Stage(name) for name, n in figures["projects_by_stage"].items() for _ in range(n)]
    if len(stages) != len(picked) or Stage.CO_SHARE not in stages:
        raise ExampleError("four_beautiful: projects_by_stage must cover every branch's estate")
    stages.remove(Stage.CO_SHARE)  # 合心花园's
    rng.shuffle(stages)
    stages.insert(0, Stage.CO_SHARE)

    residents: dict[int, list[int]] = {e.id: [] for e in picked}
    result = await session.execute(
        select(core.Person.id, core.Building.estate_id)
        .join(core.Household, core.Household.id == core.Person.household_id)
        .join(core.Building, core.Building.id == core.Household.building_id)
        .where(core.Building.estate_id.in_(list(residents)))
        .order_by(core.Person.id)
    )
    for person, estate in result:
        residents[estate].append(person)
    sites = [
        Site(
            estate_id=e.id,
            name=e.name,
            rural=e.kind == EstateKind.RURAL_SETTLEMENT,
            community_id=e.community_id,
            stage=stage,
            start=FIRST_START + dt.timedelta(days=7 * i),
            residents=residents[e.id],
        )
        for i, (e, stage) in enumerate(zip(picked, stages, strict=True))
    ]

    await _organisations(example, sites)
    project_ids = await insert_rows(
        session,
        models.Project,
        [
            {
                "district_id": d,
                "estate_id": s.estate_id,
                "name": f"{s.name}{'共同缔造' if s.rural else '四美小区·共同缔造'}",
                "stage": s.stage.value,
                "started_on": s.start,
            }
            for s in sites
        ],
    )
    rows = Rows()
    for site, pk in zip(sites, project_ids, strict=True):
        site.project = pk
        rows.stage_changes += [
            {"district_id": d, "project_id": pk, "stage": s.value, "entered_on": site.entered(s)}
            for s in Stage
            if site.reached(s)
        ]
    hexin_site = sites[0]
    rows.merged += [
        {"district_id": d, "project_id": hexin_site.project, "name": name}
        for name in figures["hexin_micro_estates"]
    ]
    if len(rows.merged) != figures["hexin_merged_micro_estates"]:
        raise ExampleError("four_beautiful: hexin_micro_estates must list every merged estate")
    volunteers = await _hexin_people(example, hexin_site)
    await _hexin_records(example, hexin_site, volunteers, rows)
    for site in sites[1:]:
        await _records(example, site, rows)

    await insert_rows(session, models.StageChange, rows.stage_changes)
    await insert_rows(session, models.MergedEstate, rows.merged)
    await insert_rows(session, models.Support, rows.supports)
    await insert_rows(session, models.Rule, rows.rules)
    await insert_rows(session, models.Evaluation, rows.evaluations)
    await insert_rows(session, models.Outcome, rows.outcomes)
    await insert_rows(session, models.Participation, list(rows.participations.values()))


async def _organisations(example: ExampleContext, sites: Sequence[Site]) -> None:
    """Each estate's project headquarters, management committee and party branch."""
    d = example.district_id
    committees = dict(
        (
            await example.session.execute(
                select(core.Organisation.community_id, core.Organisation.id).where(
                    core.Organisation.district_id == d,
                    core.Organisation.kind == "community_big_party_committee",
                )
            )
        ).all()
    )
    rows: list[dict[str, Any]] = []
    for s in sites:
        branch = (
            f"{s.name}共同缔造党支部"
            if s.rural
            else f"{s.name}{'' if s.name.endswith('小区') else '小区'}党支部"
        )
        for kind, name, parent in (
            (PROJECT_HQ, f"{s.name}共同缔造项目指挥部", None),
            (MANAGEMENT_COMMITTEE, f"{s.name}物业管理委员会", None),
            (
                CO_CREATION_PARTY_BRANCH if s.rural else ESTATE_PARTY_BRANCH,
                branch,
                committees[s.community_id],
            ),
        ):
            rows.append(
                {
                    "district_id": d,
                    "kind": kind,
                    "name": name,
                    "parent_id": parent,
                    "estate_id": s.estate_id,
                }
            )
    ids = await insert_rows(example.session, core.Organisation, rows)
    for i, s in enumerate(sites):
        s.hq, s.committee, s.branch = ids[3 * i : 3 * i + 3]


async def _hexin_people(example: ExampleContext, site: Site) -> list[int]:
    """合心花园's 35 party volunteers and 18 building heads, living in its households.

    Returns:
        The party volunteers' person ids.
    """
    figures, session, d = example.figures, example.session, example.district_id
    households = list(
        await session.scalars(
            select(core.Household.id)
            .join(core.Building, core.Building.id == core.Household.building_id)
            .where(core.Building.estate_id == site.estate_id)
            .order_by(core.Household.id)
        )
    )
    names = Names(example.random, example.district_code)
    n_volunteers = figures["hexin_party_volunteers"]
    n_heads, n_heads_in_party = (
        figures["hexin_building_heads"],
        figures["hexin_building_heads_in_party"],
    )
    people = await insert_rows(
        session,
        core.Person,
        [
            {"district_id": d, "household_id": households[i % len(households)], **names.person()}
            for i in range(n_volunteers + n_heads - n_heads_in_party)
        ],
    )
    volunteers, others = people[:n_volunteers], people[n_volunteers:]
    since = site.start
    await insert_rows(
        session,
        core.Identity,
        [
            {
                "district_id": d,
                "person_id": p,
                "kind": kind,
                "organisation_id": org,
                "since": since,
                "until": None,
            }
            for p in volunteers
            for kind, org in (
                (IdentityKind.PARTY_MEMBER.value, site.branch),
                (IdentityKind.VOLUNTEER.value, None),
            )
        ],
    )

    def post(person: int, organisation: int, role: str) -> dict[str, Any]:
        return {
            "district_id": d,
            "person_id": person,
            "organisation_id": organisation,
            "role": role,
            "start_date": since,
            "end_date": None,
        }

    heads = volunteers[1 : 1 + n_heads_in_party] + others
    await insert_rows(
        session,
        core.Post,
        [post(volunteers[0], site.branch, "secretary")]
        + [post(p, site.branch, PARTY_VOLUNTEER) for p in volunteers]
        + [post(p, site.committee, BUILDING_HEAD) for p in heads],
    )
    return volunteers


async def _proposal(
    example: ExampleContext,
    site: Site,
    rows: Rows,
    title: str,
    content: str,
    submitted: dt.date,
    status: ProposalStatus,
    *,
    reason: str | None = None,
    merged_into: int | None = None,
) -> int:
    """Insert one proposal with its proposer and named supporters taking part in co-plan."""
    rng, d = example.random, example.district_id
    proposer = rng.choice(site.residents)
    others = [p for p in site.residents if p != proposer]
    supporters = rng.sample(others, min(len(others), rng.randint(0, 5)))
    decided = status is not ProposalStatus.PENDING
    (pk,) = await insert_rows(
        example.session,
        models.Proposal,
        [
            {
                "district_id": d,
                "project_id": site.project,
                "proposer_id": proposer,
                "title": title,
                "content": content,
                "submitted_on": submitted,
                "counted_supporters": rng.randint(5, 60),
                "status": status.value,
                "reason": reason,
                "merged_into_id": merged_into,
                "decided_on": submitted + dt.timedelta(days=20) if decided else None,
            }
        ],
    )
    for person in supporters:
        rows.supports.append({"district_id": d, "proposal_id": pk, "person_id": person})
        rows.took_part(
            d,
            site.project,
            person,
            Stage.CO_PLAN,
            Capacity.RESIDENT,
            submitted,
            "supported a proposal",
        )
    rows.took_part(
        d, site.project, proposer, Stage.CO_PLAN, Capacity.RESIDENT, submitted, "proposed"
    )
    return pk


async def _work(
    example: ExampleContext,
    site: Site,
    title: str,
    progress: int,
    *,
    proposal: int | None = None,
    unification: Unification | None = None,
) -> None:
    started = site.entered(Stage.CO_BUILD)
    await insert_rows(
        example.session,
        models.Work,
        [
            {
                "district_id": example.district_id,
                "project_id": site.project,
                "proposal_id": proposal,
                "title": title,
                "unification": unification.value if unification else None,
                "progress": progress,
                "started_on": started,
                "finished_on": started + dt.timedelta(days=60) if progress == 100 else None,
            }
        ],
    )


def _evaluate(
    example: ExampleContext,
    site: Site,
    rows: Rows,
    round_: int,
    on: dt.date,
    evaluators: Sequence[tuple[int, EvaluatorRole]],
    low: int,
) -> None:
    rng, d = example.random, example.district_id
    for person, role in evaluators:
        rows.evaluations.append(
            {
                "district_id": d,
                "project_id": site.project,
                "round": round_,
                "evaluator_id": person,
                "role": role.value,
                "organisation_score": rng.randint(low, 100),
                "environment_score": rng.randint(low, 100),
                "service_score": rng.randint(low, 100),
                "life_score": rng.randint(low, 100),
                "comment": None,
                "evaluated_on": on,
            }
        )
        rows.took_part(
            d,
            site.project,
            person,
            Stage.CO_EVALUATE,
            Capacity(role.value),
            on,
            f"evaluated round {round_}",
        )


async def _records(example: ExampleContext, site: Site, rows: Rows) -> None:
    """Proposals, works, rules, evaluations and outcomes fitting the stage a project reached."""
    rng, d = example.random, example.district_id
    past_plan = site.reached(Stage.CO_BUILD)
    picked = rng.sample(PROPOSALS, rng.randint(3, 6))
    accepted: list[tuple[int, str]] = []
    first: int | None = None  # the first proposal, into which others merge if it is open
    for i, (title, content) in enumerate(picked):
        submitted = site.start + dt.timedelta(days=5 + 7 * i)
        if i == 0 and past_plan:
            status = ProposalStatus.ACCEPTED
        else:
            status = rng.choice(
                (ProposalStatus.ACCEPTED, ProposalStatus.ACCEPTED, ProposalStatus.REJECTED)
                + ((ProposalStatus.MERGED,) if first is not None else ())
                + (ProposalStatus.PENDING,)
            )
        pk = await _proposal(
            example,
            site,
            rows,
            title,
            content,
            submitted,
            status,
            reason=rng.choice(REJECTIONS) if status is ProposalStatus.REJECTED else None,
            merged_into=first if status is ProposalStatus.MERGED else None,
        )
        if i == 0 and status in (ProposalStatus.ACCEPTED, ProposalStatus.PENDING):
            first = pk
        if status is ProposalStatus.ACCEPTED:
            accepted.append((pk, title))
    if not past_plan:
        return
    for i, (pk, title) in enumerate(accepted):
        if site.reached(Stage.CO_EVALUATE) and i == 0:
            progress = 100
        elif site.reached(Stage.CO_MANAGE):
            progress = rng.choice((40, 60, 80, 100))
        else:
            progress = rng.choice((10, 20, 30, 50, 70))
        await _work(example, site, title, progress, proposal=pk)
    if not site.reached(Stage.CO_MANAGE):
        return
    for title, content in rng.sample(RULES, rng.randint(1, 3)):
        rows.rules.append(
            {
                "district_id": d,
                "project_id": site.project,
                "title": title,
                "content": content,
                "agreed_on": site.entered(Stage.CO_MANAGE),
                "keeper_organisation_id": rng.choice((site.committee, site.branch)),
                "keeper_person_id": None,
            }
        )
    if not site.reached(Stage.CO_EVALUATE):
        return
    rounds = 2 if site.reached(Stage.CO_SHARE) else 1
    for round_ in range(1, rounds + 1):
        people = rng.sample(site.residents, min(len(site.residents), 8))
        on = site.entered(Stage.CO_EVALUATE) + dt.timedelta(days=120 * (round_ - 1))
        _evaluate(
            example, site, rows, round_, on, [(p, EvaluatorRole.RESIDENT) for p in people], 60
        )
    if site.reached(Stage.CO_SHARE):
        rows.outcomes.append(
            {
                "district_id": d,
                "project_id": site.project,
                "kind": OutcomeKind.OUTCOME.value,
                "title": f"{accepted[0][1]}建成并向居民开放",
                "description": None,
                "awarded_by": None,
                "achieved_on": site.entered(Stage.CO_SHARE),
            }
        )


async def _hexin_records(
    example: ExampleContext, site: Site, volunteers: list[int], rows: Rows
) -> None:
    """合心花园's story: the five unifications proposed, built, kept, scored and shared."""
    rng, d = example.random, example.district_id
    for i, (title, unification) in enumerate(HEXIN_PROPOSALS):
        pk = await _proposal(
            example,
            site,
            rows,
            title,
            "集中连片整治“五个统一”",
            site.start + dt.timedelta(days=3 + 2 * i),
            ProposalStatus.ACCEPTED,
        )
        await _work(
            example, site, UNIFICATION_WORKS[unification], 100, proposal=pk, unification=unification
        )
    await _proposal(
        example,
        site,
        rows,
        "在小区内开设农贸市场",
        "方便买菜",
        site.start + dt.timedelta(days=15),
        ProposalStatus.REJECTED,
        reason="影响居民休息，与小区规划不符；已协调周边农贸市场延长营业时间",
    )
    await _work(example, site, "硬化小区道路", 100)
    for person in volunteers:
        rows.took_part(
            d,
            site.project,
            person,
            Stage.CO_BUILD,
            Capacity.VOLUNTEER,
            site.entered(Stage.CO_BUILD),
            "带头清理楼道、车棚杂物",
        )
    for title, content in RULES:
        rows.rules.append(
            {
                "district_id": d,
                "project_id": site.project,
                "title": f"合心花园{title}",
                "content": content,
                "agreed_on": site.entered(Stage.CO_MANAGE),
                "keeper_organisation_id": site.committee,
                "keeper_person_id": None,
            }
        )
    for round_ in (1, 2):
        on = site.entered(Stage.CO_EVALUATE) + dt.timedelta(days=120 * (round_ - 1))
        evaluators = [
            (p, EvaluatorRole.RESIDENT)
            for p in rng.sample(site.residents, min(10, len(site.residents)))
        ]
        evaluators += [(p, EvaluatorRole.PARTY_MEMBER) for p in rng.sample(volunteers, 10)]
        _evaluate(example, site, rows, round_, on, evaluators, 80 + 5 * round_)
    rows.outcomes += [
        {
            "district_id": d,
            "project_id": site.project,
            "kind": OutcomeKind.OUTCOME.value,
            "title": "8个老旧小区改造成为一个“大花园”",
            "description": "儿童游乐场、老年活动室、休闲凉亭等一应俱全",
            "awarded_by": None,
            "achieved_on": site.entered(Stage.CO_SHARE),
        },
        {
            "district_id": d,
            "project_id": site.project,
            "kind": OutcomeKind.DEMONSTRATION_ESTATE.value,
            "title": "“四美小区·共同缔造”示范点",
            "description": None,
            "awarded_by": "中共盐城市盐都区委组织部",
            "achieved_on": site.entered(Stage.CO_SHARE) + dt.timedelta(days=30),
        },
    ]
