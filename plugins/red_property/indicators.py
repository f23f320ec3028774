"""The programme's figures for ``District.indicators``, in six SQL statements whatever the data.

They are district-wide whoever asks, as core's own indicators are: counts only, no
object and no personal data (the hook carries no viewer). Figures kept to a scope
are on ``Community.redProperty``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import distinct, func, select

from core import clock
from core.contract import Indicator, IndicatorContext
from core.db import models as core
from core.db.models import live
from core.graphql.people.types import current
from plugins.red_property import models
from plugins.red_property.loaders import serving_on
from plugins.red_property.vocabulary import (
    CO_GOVERNANCE_COMMITTEE,
    OWNERS_COMMITTEE_SEAT,
    PARTY_AFFAIRS_MANAGER,
)

SITE_LABELS = {
    models.SiteLevel.PROVINCIAL: "Provincial demonstration sites (省级示范点)",
    models.SiteLevel.MUNICIPAL: "Municipal demonstration sites (市级示范点)",
    models.SiteLevel.DISTRICT: "District demonstration sites (区级示范点)",
}


async def _grouped(context: IndicatorContext, column: Any, *where: Any) -> dict[str, int]:
    """Live rows of the district counted by ``column``."""
    table = column.table
    statement = (
        select(column, func.count())
        .where(table.c.district_id == context.district_id, live(table), *where)
        .group_by(column)
    )
    return {key: int(count) for key, count in (await context.session.execute(statement)).all()}


async def red_property_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Sites by level, venues, seats, managers, sessions, households reached, coverage."""
    d = context.district_id
    sites = await _grouped(context, models.Site.level)
    venues = await _grouped(context, models.Venue.kind)
    posts = await _grouped(
        context,
        core.Post.role,
        core.Post.role.in_((PARTY_AFFAIRS_MANAGER, OWNERS_COMMITTEE_SEAT)),
        current(core.Post.end_date),
    )
    session = models.EvaluationSession
    sessions, households = (
        await context.session.execute(
            select(func.count(), func.coalesce(func.sum(session.households_reached), 0)).where(
                session.district_id == d, live(session)
            )
        )
    ).one()
    committees = await _grouped(
        context, core.Organisation.kind, core.Organisation.kind == CO_GOVERNANCE_COMMITTEE
    )
    service = models.PropertyService
    served = await context.session.scalar(
        select(func.count(distinct(service.estate_id))).where(
            service.district_id == d, serving_on(clock.today())
        )
    )
    return [
        *(
            Indicator(f"red_property.sites.{level.value}", label, sites.get(level.value, 0))
            for level, label in SITE_LABELS.items()
        ),
        Indicator(
            "red_property.council_halls",
            "Public-opinion council halls (民情议事厅)",
            venues.get(models.VenueKind.COUNCIL_HALL, 0),
        ),
        Indicator(
            "red_property.mutual_help_corners",
            "Neighbour mutual-help corners (邻里互助角)",
            venues.get(models.VenueKind.MUTUAL_HELP_CORNER, 0),
        ),
        Indicator(
            "red_property.owners_committee_seats",
            "Community two-committees members on owners' committees (两委成员进业委会)",
            posts.get(OWNERS_COMMITTEE_SEAT, 0),
        ),
        Indicator(
            "red_property.party_affairs_managers",
            "Party-affairs managers in property companies (党务经理)",
            posts.get(PARTY_AFFAIRS_MANAGER, 0),
        ),
        Indicator(
            "red_property.co_governance_committees",
            "Old-estate renovation co-governance committees (共治委员会)",
            committees.get(CO_GOVERNANCE_COMMITTEE, 0),
        ),
        Indicator(
            "red_property.evaluation_sessions",
            "Ten-thousand evaluate-and-discuss sessions (万人评万人议)",
            int(sessions),
        ),
        Indicator(
            "red_property.households_reached",
            "Households reached by those sessions",
            int(households),
        ),
        Indicator(
            "red_property.estates_served",
            "Estates a property company serves today",
            int(served or 0),
        ),
    ]
