"""Example data of the programme for an example district (Tinghu, 320902).

The article's figures (``[plugins.red_property]`` of the district's TOML file) are
reproduced exactly: demonstration sites, council halls, mutual-help corners,
owners' committee seats, party-affairs managers, evaluation sessions and the
households they reached. The article gives no figures for the rest (service
periods, the standard, ratings, co-governance committees); those are generated
at a believable scale from the constants below. Everything is drawn from
``example.random``, so the same file always yields the same data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from core.contract import ExampleContext
from core.db import models as core
from core.examples import cycle_take, insert_rows
from plugins.red_property import models
from plugins.red_property.mutations import stars_for, weighted_score
from plugins.red_property.vocabulary import (
    CO_GOVERNANCE_COMMITTEE,
    COMMUNITY_WORKER,
    OWNERS_COMMITTEE,
    OWNERS_COMMITTEE_SEAT,
    PARTY_AFFAIRS_MANAGER,
    PROPERTY_COMPANY,
)

ITEMS = (
    ("党建引领", 20),  # party-building leadership
    ("服务质量", 20),  # quality of service
    ("环境卫生", 15),  # cleanliness and environment
    ("安全管理", 15),  # safety management
    ("设施维护", 10),  # maintenance of facilities
    ("居民满意度", 20),  # residents' satisfaction
)
THRESHOLDS = {"two_stars": 60, "three_stars": 70, "four_stars": 80, "five_stars": 90}
RATED_YEARS = (2024, 2025)
CHANGED_SHARE = 0.1
"""Share of estates whose property company changed in the first rated year."""
COMMITTEES = 24
"""Old-estate renovation co-governance committees (the article gives no count)."""
MUNICIPAL_COMPANIES = 2
"""Municipal demonstration sites that are companies rather than estates."""
TOPICS = (
    "加装电梯方案",
    "雨污分流改造",
    "停车位规划",
    "外立面出新",
    "绿化提升",
    "楼道照明改造",
    "围墙打通方案",
    "物业服务收费",
    "充电桩建设",
    "适老化改造",
)


def partition(total: int, parts: int, rng: Any) -> list[int]:
    """Split ``total`` into ``parts`` uneven positive whole numbers that add up exactly."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    scale = (total - parts) / sum(weights)
    values = [1 + int(w * scale) for w in weights]
    for i in range(total - sum(values)):  # hand out what rounding down left over
        values[i % parts] += 1
    return values


def _day(rng: Any, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


async def load_red_property_example(example: ExampleContext) -> None:
    """Generate the programme's rows for one example district."""
    session, rng, figures = example.session, example.random, example.figures
    d = example.district_id

    def tracked(**values: Any) -> dict[str, Any]:
        return {"district_id": d, **values}

    estates = list(
        await session.execute(
            select(core.Estate.id, core.Estate.name)
            .where(core.Estate.district_id == d)
            .order_by(core.Estate.id)
        )
    )
    organisations = list(
        await session.execute(
            select(core.Organisation.id, core.Organisation.kind)
            .where(
                core.Organisation.district_id == d,
                core.Organisation.kind.in_((PROPERTY_COMPANY, OWNERS_COMMITTEE)),
            )
            .order_by(core.Organisation.id)
        )
    )
    companies = [pk for pk, kind in organisations if kind == PROPERTY_COMPANY]
    owners_committees = [pk for pk, kind in organisations if kind == OWNERS_COMMITTEE]
    workers = list(
        await session.scalars(
            select(core.Identity.person_id)
            .where(core.Identity.district_id == d, core.Identity.kind == COMMUNITY_WORKER)
            .order_by(core.Identity.person_id)
        )
    )
    if not estates or not companies or not workers:
        return
    names = dict(estates)
    estate_ids = [pk for pk, _ in estates]

    # Property service: every estate has a company; some changed company mid-year.
    first_year = RATED_YEARS[0]
    handover = dt.date(first_year, 7, 1)
    services: list[dict[str, Any]] = []
    serving: dict[tuple[int, int], int] = {}  # (estate, year) -> company at the year's end
    for estate, company in zip(estate_ids, cycle_take(companies, len(estate_ids)), strict=True):
        start = _day(rng, dt.date(2018, 1, 1), dt.date(2021, 12, 31))
        if rng.random() < CHANGED_SHARE:
            earlier = rng.choice([c for c in companies if c != company] or companies)
            services.append(
                tracked(
                    company_id=earlier,
                    estate_id=estate,
                    start_date=start,
                    end_date=handover - dt.timedelta(days=1),
                )
            )
            start = handover
        services.append(tracked(company_id=company, estate_id=estate, start_date=start))
        for year in RATED_YEARS:
            serving[estate, year] = company
    await insert_rows(
        session, models.PropertyService, [{"end_date": None, **row} for row in services]
    )

    # The work standard, and a rating per estate and year from an assessment.
    standard = models.Standard(
        district_id=d, name="亭湖区红色物业工作标准", adopted_on=dt.date(2022, 3, 1), **THRESHOLDS
    )
    session.add(standard)
    await session.flush()
    item_ids = await insert_rows(
        session,
        models.AssessmentItem,
        [
            tracked(standard_id=standard.id, position=i + 1, title=title, weight=weight)
            for i, (title, weight) in enumerate(ITEMS)
        ],
    )
    weights = [weight for _, weight in ITEMS]
    quality = {company: rng.uniform(62, 94) for company in companies}
    assessors = workers[-len(RATED_YEARS) * 10 :]
    ratings: list[dict[str, Any]] = []
    item_scores: list[list[int]] = []
    for year in RATED_YEARS:
        for estate in estate_ids:
            company = serving[estate, year]
            scores = [
                max(30, min(100, round(rng.gauss(quality[company] + (year - first_year), 6))))
                for _ in ITEMS
            ]
            score = weighted_score(weights, scores)
            ratings.append(
                tracked(
                    company_id=company,
                    estate_id=estate,
                    standard_id=standard.id,
                    assessor_id=rng.choice(assessors),
                    year=year,
                    assessed_on=_day(rng, dt.date(year, 12, 1), dt.date(year, 12, 20)),
                    score=round(float(score), 2),
                    stars=stars_for(standard, score),
                )
            )
            item_scores.append(scores)
    rating_ids = await insert_rows(session, models.Rating, ratings)
    await insert_rows(
        session,
        models.ItemScore,
        [
            tracked(rating_id=rating, item_id=item, score=score)
            for rating, scores in zip(rating_ids, item_scores, strict=True)
            for item, score in zip(item_ids, scores, strict=True)
        ],
    )

    # Demonstration sites: the best-rated estates (and companies) of the last year.
    last = [r for r in ratings if r["year"] == RATED_YEARS[-1]]
    best_estates = [
        r["estate_id"] for r in sorted(last, key=lambda r: (-r["score"], r["estate_id"]))
    ]
    best_companies = sorted(companies, key=lambda c: (-quality[c], c))
    provincial = int(figures.get("sites_provincial", 0))
    municipal = int(figures.get("sites_municipal", 0))
    municipal_companies = min(MUNICIPAL_COMPANIES, municipal)
    levels = [models.SiteLevel.PROVINCIAL] * provincial + [models.SiteLevel.MUNICIPAL] * (
        municipal - municipal_companies
    )
    sites = [
        tracked(
            estate_id=estate,
            company_id=None,
            level=level.value,
            year=rng.choice((2023, 2024, 2025)),
            name=f"{names[estate]}红色物业示范点",
        )
        for estate, level in zip(best_estates, levels, strict=False)
    ]
    sites += [
        tracked(
            estate_id=None,
            company_id=company,
            level=models.SiteLevel.MUNICIPAL.value,
            year=rng.choice((2024, 2025)),
            name=f"红色物业示范企业{i + 1}",
        )
        for i, company in enumerate(best_companies[:municipal_companies])
    ]
    await insert_rows(session, models.Site, sites)

    # Venues: each on a different estate.
    venues: list[dict[str, Any]] = []
    for kind, key, suffix in (
        (models.VenueKind.COUNCIL_HALL, "council_halls", "民情议事厅"),
        (models.VenueKind.MUTUAL_HELP_CORNER, "mutual_help_corners", "邻里互助角"),
    ):
        count = int(figures.get(key, 0))
        chosen = _sample(rng, estate_ids, count)
        venues += [
            tracked(
                estate_id=estate,
                kind=kind.value,
                name=f"{names[estate]}{suffix}{'' if i < len(estate_ids) else i + 1}",
                opened_on=_day(rng, dt.date(2021, 1, 1), dt.date(2025, 12, 31)),
            )
            for i, estate in enumerate(chosen)
        ]
    await insert_rows(session, models.Venue, venues)

    # Posts: party-affairs managers in companies, two-committees members on owners' committees.
    managers = int(figures.get("party_affairs_managers", 0))
    seats = int(figures.get("owners_committee_seats", 0))
    people = rng.sample(workers, min(len(workers), managers + seats))
    posts = [
        tracked(
            person_id=person,
            organisation_id=company,
            role=PARTY_AFFAIRS_MANAGER,
            start_date=_day(rng, dt.date(2021, 6, 1), dt.date(2024, 6, 30)),
            end_date=None,
        )
        for person, company in zip(people[:managers], cycle_take(companies, managers), strict=False)
    ]
    if owners_committees:
        posts += [
            tracked(
                person_id=person,
                organisation_id=committee,
                role=OWNERS_COMMITTEE_SEAT,
                start_date=_day(rng, dt.date(2021, 6, 1), dt.date(2024, 6, 30)),
                end_date=None,
            )
            for person, committee in zip(
                people[managers:], _sample(rng, owners_committees, seats), strict=False
            )
        ]
    await insert_rows(session, core.Post, posts)

    # Co-governance committees of old-estate renovation, and their sessions.
    sessions = int(figures.get("evaluation_sessions", 0))
    renovated = sorted(rng.sample(estate_ids, min(COMMITTEES, len(estate_ids))))
    committee_ids = await insert_rows(
        session,
        core.Organisation,
        [
            tracked(
                kind=CO_GOVERNANCE_COMMITTEE,
                name=f"{names[estate]}老旧小区改造共治委员会",
                estate_id=estate,
                parent_id=None,
            )
            for estate in renovated
        ],
    )
    if sessions:
        reached = partition(int(figures.get("households_reached", sessions)), sessions, rng)
        await insert_rows(
            session,
            models.EvaluationSession,
            [
                tracked(
                    committee_id=committee,
                    held_on=_day(rng, dt.date(2022, 1, 1), dt.date(2025, 12, 31)),
                    topic=rng.choice(TOPICS),
                    households_reached=households,
                )
                for committee, households in zip(
                    cycle_take(committee_ids, sessions), reached, strict=True
                )
            ],
        )


def _sample(rng: Any, items: Sequence[int], count: int) -> list[int]:
    """``count`` items, all different while there are enough, then going round again."""
    shuffled = rng.sample(list(items), len(items))
    return list(cycle_take(shuffled, count))
