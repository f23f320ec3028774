"""Example data: the venues, rules and funds of Yandu's estates.

Only the records this programme keeps are generated; organisation, people and
network come from core's example data (and other programmes' venues through the
hook). The figures in ``[plugins.six_haves]`` are reproduced exactly: estates of the
pilot streets keep complete records, and in the towns the given numbers of estates
still lack a venue, rules or funding (disjoint sets, so an estate lacks at most one
of the three). Funding years are counted back from today, so the example stays
current; everything else is drawn from ``example.random``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select

from core import clock
from core.contract import ExampleContext
from core.db import models as core
from plugins.six_haves import models
from plugins.six_haves.domain import FundSource, RuleKind, VenueKind

VENUE_NAMES = {
    VenueKind.DELIBERATION_HALL: "议事厅",
    VenueKind.CONSULTATION_ROOM: "有事好商量协商室",
}
SERVICE_NAMES = {
    VenueKind.GRID_STATION: "网格驿站",
    VenueKind.PARTY_MASS_SERVICE_STATION: "党群服务站",
}
RULE_TITLES = {
    RuleKind.RESIDENTS_CONVENTION: "居民公约",
    RuleKind.MANAGEMENT_RULES: "小区管理规约",
    RuleKind.DELIBERATION_RULES: "民主议事规则",
    RuleKind.PROPERTY_SERVICE_AGREEMENT: "物业服务协议",
}
PURPOSES = {
    FundSource.FISCAL: "小区治理专项经费",
    FundSource.PARTY_FEES: "党组织服务群众经费",
    FundSource.SOCIAL_SUPPORT: "驻区单位共建资助",
    FundSource.SELF_FUNDING: "社区自筹微实事资金",
    FundSource.PROPERTY_FEES: "物业费公共收益",
}
FIRST_DAY = dt.date(2021, 6, 1)
"""Earliest day a venue opened or a rule was adopted in the example."""
LAST_DAY = dt.date(2023, 12, 31)


async def load_six_haves_example(example: ExampleContext) -> None:
    """Record venues, rules and funds of the district's estates from the figures."""
    figures, rng, session = example.figures, example.random, example.session
    if not figures:
        return
    d = example.district_id
    estates = list(
        await session.execute(
            select(core.Estate.id, core.Estate.name, core.Estate.kind, core.Street.name)
            .join(core.Community, core.Community.id == core.Estate.community_id)
            .join(core.Street, core.Street.id == core.Community.street_id)
            .where(core.Estate.district_id == d)
            .order_by(core.Estate.id)
        )
    )
    pilot = set(figures["pilot_streets"])
    towns = [row.id for row in estates if row[3] not in pilot]
    rng.shuffle(towns)
    gaps = ("estates_without_venue", "estates_without_rules", "estates_without_funds")
    lacking: dict[str, set[int]] = {}
    start = 0
    for key in gaps:
        lacking[key] = set(towns[start : start + figures[key]])
        start += figures[key]
    if start > len(towns):
        raise ValueError("six_haves example: more estates lacking records than town estates")

    def day() -> dt.date:
        return FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))

    venues: list[dict[str, Any]] = []
    rules: list[dict[str, Any]] = []
    funds: list[dict[str, Any]] = []
    this_year = clock.today().year
    low, high = figures["fiscal_yuan"]
    for estate_id, name, kind, _ in estates:
        if estate_id not in lacking["estates_without_venue"]:
            venue_kind = rng.choice(list(VENUE_NAMES))
            venues.append(
                {
                    "district_id": d,
                    "estate_id": estate_id,
                    "name": f"{name}{VENUE_NAMES[venue_kind]}",
                    "kind": venue_kind.value,
                    "deliberation": True,
                    "opened_on": day(),
                }
            )
        if estate_id not in lacking["estates_without_rules"]:
            for rule_kind in rng.sample(list(RULE_TITLES), 2):
                rules.append(
                    {
                        "district_id": d,
                        "estate_id": estate_id,
                        "title": f"{name}{RULE_TITLES[rule_kind]}",
                        "kind": rule_kind.value,
                        "adopted_on": day(),
                        "adopted_by": "业主大会" if kind == "estate" else "村民代表会议",
                        "repealed_on": None,
                    }
                )
        offsets = figures["fund_year_offsets"]
        if estate_id in lacking["estates_without_funds"]:
            offsets = [max(offsets) + 2]  # funding lapsed: only an old record
        for offset in offsets:
            year = this_year - offset
            sources = [FundSource.FISCAL] + [
                source
                for source in (
                    FundSource.PARTY_FEES,
                    FundSource.SOCIAL_SUPPORT,
                    FundSource.SELF_FUNDING,
                    FundSource.PROPERTY_FEES,
                )
                if rng.random() < 0.4
                and not (source is FundSource.PROPERTY_FEES and kind != "estate")
            ]
            for source in sources:
                amount = rng.randrange(low, high + 1, 1000)
                funds.append(
                    {
                        "district_id": d,
                        "estate_id": estate_id,
                        "source": source.value,
                        "amount": amount if source is FundSource.FISCAL else amount // 4,
                        "year": year,
                        "purpose": PURPOSES[source],
                    }
                )
    # Service venues where residents do not deliberate: recorded, but no place to deliberate.
    for estate_id, name, _, _ in rng.sample(estates, figures["service_venues"]):
        venue_kind = rng.choice(list(SERVICE_NAMES))
        venues.append(
            {
                "district_id": d,
                "estate_id": estate_id,
                "name": f"{name}{SERVICE_NAMES[venue_kind]}",
                "kind": venue_kind.value,
                "deliberation": False,
                "opened_on": day(),
            }
        )
    # Conventions replaced by new ones: the old one repealed the day the new one was adopted.
    for old in rng.sample(rules, figures["replaced_rules"]):
        adopted = old["adopted_on"] + dt.timedelta(days=rng.randrange(180, 540))
        old["repealed_on"] = adopted
        rules.append(
            {**old, "adopted_on": adopted, "repealed_on": None, "title": old["title"] + "(修订)"}
        )
    for model, rows in ((models.Venue, venues), (models.Rule, rules), (models.Fund, funds)):
        if rows:
            await session.execute(insert(model), rows)
