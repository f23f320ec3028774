"""The programme's figures for ``District.indicators``, in a fixed number of statements.

Branches (the article's 18 estate party branches and 7 co-creation party branches),
projects by stage, the average score of each beauty over every project's latest
round, demonstration estates, party volunteers and building heads, and the people
the projects reached.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import distinct, func, select

from core.contract import Indicator, IndicatorContext
from core.db import models as core
from core.db.models import live
from plugins.four_beautiful import models
from plugins.four_beautiful.domain import (
    BUILDING_HEAD,
    CO_CREATION_PARTY_BRANCH,
    ESTATE_PARTY_BRANCH,
    PARTY_VOLUNTEER,
    Beauty,
    Capacity,
    OutcomeKind,
    Stage,
)
from plugins.four_beautiful.loaders import holds_post_in_project_organisation
from plugins.four_beautiful.types import latest_round_averages

STAGE_LABELS = {
    Stage.CO_PLAN: "co-plan (共谋)",
    Stage.CO_BUILD: "co-build (共建)",
    Stage.CO_MANAGE: "co-manage (共管)",
    Stage.CO_EVALUATE: "co-evaluate (共评)",
    Stage.CO_SHARE: "co-share (共享)",
}
BEAUTY_LABELS = {
    Beauty.ORGANISATION: "organisation (组织美)",
    Beauty.ENVIRONMENT: "environment (环境美)",
    Beauty.SERVICE: "service (服务美)",
    Beauty.LIFE: "life (生活美)",
}
CAPACITY_LABELS = {
    Capacity.RESIDENT: "Residents who took part in co-creation",
    Capacity.PARTY_MEMBER: "Party members who took part in co-creation",
    Capacity.VOLUNTEER: "Volunteers who took part in co-creation",
}


async def four_beautiful_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Compute the figures for one district (seven statements)."""
    session, district = context.session, context.district_id
    o, p = core.Organisation, models.Project

    branches = dict(
        (
            await session.execute(
                select(o.kind, func.count())
                .where(
                    o.district_id == district,
                    o.kind.in_((ESTATE_PARTY_BRANCH, CO_CREATION_PARTY_BRANCH)),
                    live(o),
                )
                .group_by(o.kind)
            )
        ).all()
    )
    found = [
        Indicator(
            "four_beautiful.estate_party_branches",
            "Estate party branches (小区党支部)",
            branches.get(ESTATE_PARTY_BRANCH, 0),
        ),
        Indicator(
            "four_beautiful.co_creation_party_branches",
            "Co-creation party branches in rural settlements (共同缔造党支部)",
            branches.get(CO_CREATION_PARTY_BRANCH, 0),
        ),
    ]

    stages = dict(
        (
            await session.execute(
                select(p.stage, func.count())
                .where(p.district_id == district, live(p))
                .group_by(p.stage)
            )
        ).all()
    )
    found.append(
        Indicator(
            "four_beautiful.projects", "Co-creation projects (共同缔造项目)", sum(stages.values())
        )
    )
    found += [
        Indicator(f"four_beautiful.projects.{s.value}", f"Projects at {label}", stages.get(s, 0))
        for s, label in STAGE_LABELS.items()
    ]

    averages = (
        latest_round_averages()
        .where(models.Evaluation.district_id == district)
        .subquery("averages")
    )
    # Weighted by evaluations: the mean over every evaluation of every project's latest round.
    weight = averages.c.evaluations
    scores = (
        await session.execute(
            select(
                *(
                    (func.sum(averages.c[b.value] * weight) / func.sum(weight)).label(b.value)
                    for b in Beauty
                )
            )
        )
    ).one()
    found += [
        Indicator(
            f"four_beautiful.scores.{b.value}",
            f"Average score of {label}, latest rounds (0-100)",
            round(float(scores._mapping[b.value] or 0), 2),
        )
        for b, label in BEAUTY_LABELS.items()
    ]

    out = models.Outcome
    demonstrations = await session.scalar(
        select(func.count(distinct(out.project_id))).where(
            out.district_id == district,
            out.kind == OutcomeKind.DEMONSTRATION_ESTATE.value,
            live(out),
        )
    )
    found.append(
        Indicator(
            "four_beautiful.demonstration_estates",
            "Demonstration estates (示范小区)",
            int(demonstrations or 0),
        )
    )

    for role, key, label in (
        (
            PARTY_VOLUNTEER,
            "party_volunteers",
            "Party volunteers in co-creation projects (党员志愿者)",
        ),
        (BUILDING_HEAD, "building_heads", "Building heads in co-creation projects (楼栋长)"),
    ):
        holders = holds_post_in_project_organisation(role).where(p.district_id == district)
        count = await session.scalar(select(func.count()).select_from(holders.subquery()))
        found.append(Indicator(f"four_beautiful.{key}", label, int(count or 0)))

    pa = models.Participation
    reached = dict(
        (
            await session.execute(
                select(pa.capacity, func.count(distinct(pa.person_id)))
                .where(pa.district_id == district, live(pa))
                .group_by(pa.capacity)
            )
        ).all()
    )
    found += [
        Indicator(f"four_beautiful.reach.{c.value}", label, reached.get(c, 0))
        for c, label in CAPACITY_LABELS.items()
    ]
    return found
