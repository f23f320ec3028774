"""Example data of the programme for an example district.

Every in-service party member core's example generates (``[people]`` of the
district's TOML file) is registered with the grid party branch their identity names,
with an employer drawn from the district's co-building units and two-new
organisations. The volunteer services (``[plugins.dual_report]``: Tinghu's article
counts "8000余次", more than 8,000) are reproduced exactly, spread over the last
years, never more than 24 hours per person and day. Needs are another programme's,
reached only through a hook, so the examples claim none. Everything is drawn from
``example.random``, so the same file always yields the same data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select

from core import clock
from core.contract import ExampleContext
from core.db import models as core
from core.db.models import live
from core.examples import insert_rows
from plugins.dual_report import models
from plugins.dual_report.domain import IN_SERVICE, MINUTES_PER_DAY

EMPLOYER_KINDS = ("co_building_unit", "two_new_organisation")
"""Core organisation kinds the examples' members work for."""

MINUTES = (60, 90, 120, 120, 150, 180, 240)
"""How long an example service takes."""

ACTIVITIES = (
    "政策宣讲进楼栋",
    "垃圾分类宣传引导",
    "文明交通劝导",
    "独居老人上门探访",
    "义务理发",
    "义诊和健康咨询",
    "留守儿童课业辅导",
    "小区环境清扫",
    "楼道杂物清理",
    "防诈骗知识宣传",
    "助老助餐送餐上门",
    "邻里纠纷调解",
    "消防安全隐患排查",
    "就业信息咨询",
    "法律咨询进社区",
)


async def load_dual_report_example(example: ExampleContext) -> None:
    """Register every in-service party member and generate their volunteer services."""
    session, rng, figures = example.session, example.random, example.figures
    d = example.district_id
    identity, organisation, grid = core.Identity, core.Organisation, core.Grid
    members = list(
        await session.execute(
            select(identity.id, identity.person_id, identity.since, grid.community_id)
            .join(organisation, organisation.id == identity.organisation_id)
            .join(grid, grid.id == organisation.grid_id)
            .where(identity.district_id == d, identity.kind == IN_SERVICE, live(identity))
            .order_by(identity.id)
        )
    )
    employers = list(
        await session.scalars(
            select(organisation.id)
            .where(organisation.district_id == d, organisation.kind.in_(EMPLOYER_KINDS))
            .order_by(organisation.id)
        )
    )
    if not members or not employers:
        return
    today = clock.today()

    def day_between(start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=rng.randrange((end - start).days + 1))

    rows: list[dict[str, Any]] = [
        {
            "district_id": d,
            "identity_id": pk,
            "person_id": person,
            "community_id": community,
            "employer_id": rng.choice(employers),
            "registered_on": day_between(since, min(today, since + dt.timedelta(days=730))),
        }
        for pk, person, since, community in members
    ]
    registrations = list(
        zip(await insert_rows(session, models.Registration, rows), rows, strict=True)
    )

    earliest = today - dt.timedelta(days=365 * figures.get("years", 3))
    served: dict[tuple[int, dt.date], int] = {}
    services: list[dict[str, Any]] = []
    while len(services) < figures.get("services", 0):
        pk, row = rng.choice(registrations)
        day = day_between(max(row["registered_on"], earliest), today)
        minutes = rng.choice(MINUTES)
        key = (row["person_id"], day)
        if served.get(key, 0) + minutes > MINUTES_PER_DAY:
            continue
        served[key] = served.get(key, 0) + minutes
        services.append(
            {
                "district_id": d,
                "registration_id": pk,
                "served_on": day,
                "minutes": minutes,
                "description": rng.choice(ACTIVITIES),
                "need_id": None,
            }
        )
    if services:
        await session.execute(insert(models.Service), services)
