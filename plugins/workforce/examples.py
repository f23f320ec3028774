"""Example data of the programme, at the article's figures where it gives them.

Yandu's article counts 2,600 people trained by the training alliance and 361
certified social workers; both are reproduced exactly (``workforce.trained`` counts
distinct people attending, ``workforce.certified`` distinct certificate holders).
The rest is ours, at a believable scale: the courses and their sessions, the
certificates' levels, the grades and pay bands, and the quotas. Every community
worker core's example generates (``[people] community_worker``) fills a seat of
their community's quota, spread evenly over the communities, at a starting grade,
and some were promoted since; the quotas leave ``vacancies`` seats to fill.
Trainees are drawn from the people who work in the district (community workers,
grid workers, people in posts, volunteers); certificate holders from the community
workers first. Everything is drawn from ``example.random``, so the same figures
always yield the same data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select, union

from core import clock
from core.contract import ExampleContext
from core.db import models as core
from core.db.models import live
from core.examples import insert_rows
from plugins.workforce import models
from plugins.workforce.domain import COMMUNITY_WORKER, CertificateLevel, Channel

_OURS: dict[str, Any] = {
    "certificate_levels": {"senior": 4, "intermediate": 95},  # the rest: assistant
    "courses": [
        ["社区工作者岗前培训", 16],
        ["网格员业务能力提升班", 12],
        ["社会工作师考前辅导", 24],
        ["党建引领基层治理专题", 8],
        ["矛盾纠纷调解实务", 8],
        ["为民服务项目管理", 6],
        ["志愿服务组织与管理", 6],
        ["信息化平台应用", 4],
    ],
    "sessions_per_course": 8,
    "sessions_per_person": [1, 3],
    # 岗位等级 of the career system (ours): name, monthly pay band in yuan.
    "grades": [
        ["社区专职工作者三级", 3600, 4200],
        ["社区专职工作者二级", 4000, 4800],
        ["社区专职工作者一级", 4600, 5400],
        ["社区助理社会工作师", 5000, 6000],
        ["社区社会工作师", 5800, 7000],
        ["社区高级社会工作师", 6800, 8200],
    ],
    "starting_ranks": 3,
    "vacancies": 36,
    "promotions": 150,
    "years": 3,
}

FIGURES: dict[str, dict[str, Any]] = {
    # 盐都区: the article's 2,600 people trained and 361 certified social workers; the rest ours.
    "320903": {"trained": 2600, "certified": 361, **_OURS},
}
"""Figures per district code; any other district gets ``DEFAULT``."""

DEFAULT: dict[str, Any] = {"trained": 1000, "certified": 150, **_OURS}
"""Believable figures for a district the article gives none for (ours)."""


def example_figures(district_code: str) -> Mapping[str, Any]:
    """The figures the plugin ships for a district (``gridgov_example_figures``)."""
    figures: dict[str, Any] = FIGURES.get(district_code, DEFAULT)
    return figures


async def _ids(session: Any, statement: Any) -> list[int]:
    return sorted(set(await session.scalars(statement)))


async def load_workforce_example(example: ExampleContext) -> None:
    """Courses, sessions and attendance; certificates; grades, quotas, placements, promotions."""
    session, rng, figures = example.session, example.random, example.figures
    d = example.district_id
    today = clock.today()
    earliest = today - dt.timedelta(days=365 * int(figures.get("years", 3)))

    def day_between(start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=rng.randrange(max((end - start).days, 0) + 1))

    communities = await _ids(
        session,
        select(core.Community.id).where(core.Community.district_id == d, live(core.Community)),
    )
    identity = core.Identity
    workers = list(
        await session.execute(
            select(identity.id, identity.person_id, identity.since)
            .where(identity.district_id == d, identity.kind == COMMUNITY_WORKER, live(identity))
            .order_by(identity.id)
        )
    )
    if not communities:
        return
    worker_people = [person for _, person, _ in workers]

    # Training: courses, sessions in the communities, and who attended.
    courses = await insert_rows(
        session,
        models.Course,
        [
            {"district_id": d, "title": title, "hours": hours, "provider_id": None}
            for title, hours in figures.get("courses", [])
        ],
    )
    sessions = await insert_rows(
        session,
        models.Session,
        [
            {
                "district_id": d,
                "course_id": course,
                "community_id": rng.choice(communities),
                "held_on": day_between(earliest, today),
            }
            for course in courses
            for _ in range(int(figures.get("sessions_per_course", 1)))
        ],
    )
    others = await _ids(
        session,
        union(
            select(core.GridAssignment.person_id).where(
                core.GridAssignment.district_id == d, live(core.GridAssignment)
            ),
            select(core.Post.person_id).where(core.Post.district_id == d, live(core.Post)),
            select(identity.person_id).where(
                identity.district_id == d, identity.kind == "volunteer", live(identity)
            ),
        ),
    )
    pool = worker_people + [p for p in others if p not in set(worker_people)]
    trained = pool[: int(figures.get("trained", 0))] if sessions else []
    low, high = figures.get("sessions_per_person", [1, 1])
    attendances = [
        {"district_id": d, "session_id": s, "person_id": person}
        for person in trained
        for s in rng.sample(sessions, min(rng.randint(low, high), len(sessions)))
    ]
    if attendances:
        await session.execute(insert(models.Attendance), attendances)

    # Certified social workers: community workers first.
    holders = (worker_people + [p for p in pool if p not in set(worker_people)])[
        : int(figures.get("certified", 0))
    ]
    home = {person: communities[i % len(communities)] for i, person in enumerate(worker_people)}
    levels: list[str] = []
    for level, count in figures.get("certificate_levels", {}).items():
        levels += [CertificateLevel(level).value] * count
    levels += [CertificateLevel.ASSISTANT.value] * max(len(holders) - len(levels), 0)
    await insert_rows(
        session,
        models.Certificate,
        [
            {
                "district_id": d,
                "person_id": person,
                "community_id": home.get(person) or rng.choice(communities),
                "level": level,
                "certified_on": day_between(dt.date(2012, 1, 1), today),
                "number": None,
            }
            for person, level in zip(holders, levels, strict=False)
        ],
    )

    # The career system: grades, one quota per community, every community worker placed.
    grades = await insert_rows(
        session,
        models.Grade,
        [
            {"district_id": d, "rank": rank, "name": name, "pay_min": low, "pay_max": high}
            for rank, (name, low, high) in enumerate(figures.get("grades", []), start=1)
        ],
    )
    if not grades:
        return
    placed: dict[int, list[tuple[int, int, dt.date]]] = defaultdict(list)
    for i, (pk, person, since) in enumerate(workers):
        placed[communities[i % len(communities)]].append(
            (pk, person, day_between(max(since, earliest), today))
        )
    seats = {community: len(placed[community]) for community in communities}
    for _ in range(int(figures.get("vacancies", 0))):
        seats[rng.choice(communities)] += 1
    quotas = await insert_rows(
        session,
        models.Quota,
        [{"district_id": d, "community_id": c, "seats": seats[c]} for c in communities],
    )
    rows: list[dict[str, Any]] = [
        {
            "district_id": d,
            "quota_id": quota,
            "community_id": community,
            "identity_id": pk,
            "person_id": person,
            "channel": (Channel.OPEN_RECRUITMENT if rng.random() < 0.3 else Channel.TRANSFER).value,
            "placed_on": placed_on,
        }
        for quota, community in zip(quotas, communities, strict=True)
        for pk, person, placed_on in placed[community]
    ]
    placements = await insert_rows(session, models.Placement, rows)
    starting = min(int(figures.get("starting_ranks", 1)), len(grades))
    latest: dict[int, tuple[int, dt.date]] = {
        pk: (rng.randrange(starting), row["placed_on"])
        for pk, row in zip(placements, rows, strict=True)
    }
    gradings = [
        {"district_id": d, "placement_id": pk, "grade_id": grades[rank], "since": since}
        for pk, (rank, since) in latest.items()
    ]
    promotions = int(figures.get("promotions", 0))
    # Bounded: a district whose workers all reached the top grade gets fewer promotions.
    for _ in range(promotions * 20 if placements else 0):
        if not promotions:
            break
        pk = rng.choice(placements)
        rank, since = latest[pk]
        if rank + 1 >= len(grades) or since >= today:
            continue
        since = day_between(since + dt.timedelta(days=1), today)
        latest[pk] = (rank + 1, since)
        gradings.append(
            {"district_id": d, "placement_id": pk, "grade_id": grades[rank + 1], "since": since}
        )
        promotions -= 1
    await session.execute(insert(models.Grading), gradings)
