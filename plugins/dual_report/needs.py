"""Service needs across programmes: theirs to claim and answer here, our answers to them.

Programmes never import each other. The needs a community posts are another
programme's records, reported through the ``gridgov_service_needs`` hook; this one
stores the Global ID of the need a claim or a service answers, and reports back, per
need, what its members did through ``gridgov_need_responses`` (:mod:`core.hookspecs`).
"""

from __future__ import annotations

from collections.abc import Sequence

import strawberry
from sqlalchemy import func, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from core.contract import CORE, NeedContext, NeedResponse, ServiceNeed
from core.db import models as core
from core.db.models import live
from core.graphql.node import load_node
from core.graphql.places.types import Community
from core.plugins import PluginManager
from plugins.dual_report import models
from plugins.dual_report.domain import PLUGIN


@strawberry.type(
    name="DualReportNeed",
    description="A service need a community posted, as the programme recording it reports it.",
)
class ReportedNeed:
    """A need of another programme (e.g. a service project's needs list)."""

    id: strawberry.ID = strawberry.field(description="The need's own Global ID.")
    plugin: str = strawberry.field(description="The programme that records it.")
    title: str
    open: bool = strawberry.field(description="Whether it still waits to be answered.")
    community_id: strawberry.Private[int]

    @strawberry.field(description="The community that posted it.")
    async def community(self, info: Info) -> Community | None:
        return await load_node(info.context, Community, core.Community, self.community_id)

    @classmethod
    def of(cls, plugin: str, need: ServiceNeed) -> ReportedNeed:
        """What ``plugin`` reported."""
        return cls(
            id=strawberry.ID(need.id),
            plugin=plugin,
            title=need.title,
            open=need.open,
            community_id=need.community_id,
        )


async def reported_needs(
    manager: PluginManager,
    enabled: frozenset[str],
    session: AsyncSession,
    district_id: int,
    need_ids: Sequence[str],
) -> dict[str, ReportedNeed]:
    """The needs the district's other enabled programmes report for ``need_ids``, by ID.

    One call of ``gridgov_service_needs`` per programme, whatever the number of IDs.
    """
    if not need_ids:
        return {}
    context = NeedContext(district_id, session, need_ids=list(need_ids))
    wanted = set(need_ids)
    found: dict[str, ReportedNeed] = {}
    others = sorted(enabled - {CORE, PLUGIN})
    for owner, awaitable in manager.call("gridgov_service_needs", others, context=context):
        for need in await awaitable:
            if need.id in wanted:
                found.setdefault(need.id, ReportedNeed.of(owner, need))
    return found


async def own_responses(context: NeedContext) -> Sequence[NeedResponse]:
    """What members did about ``context.need_ids``: claims, services and hours.

    Claims count while they and their registration are live (a member who moved away
    no longer holds a claim); services count while they are live, an ended
    registration's too (they were done). One statement whatever the number of needs;
    the hook carries no viewer: these are counts, and the caller asks about needs it
    shows.
    """
    if not context.need_ids:
        return []
    registration, service, claim = models.Registration, models.Service, models.Claim
    ids = list(context.need_ids)
    claims = (
        select(
            claim.need_id.label("need_id"),
            func.count().label("claims"),
            literal(0).label("services"),
            literal(0).label("minutes"),
        )
        .join(registration, registration.id == claim.registration_id)
        .where(claim.district_id == context.district_id, claim.need_id.in_(ids), live(claim))
        .where(live(registration))
        .group_by(claim.need_id)
    )
    services = (
        select(
            service.need_id.label("need_id"),
            literal(0).label("claims"),
            func.count().label("services"),
            func.sum(service.minutes).label("minutes"),
        )
        .where(service.district_id == context.district_id, service.need_id.in_(ids), live(service))
        .group_by(service.need_id)
    )
    both = union_all(claims, services).subquery("responses")
    rows = await context.session.execute(
        select(
            both.c.need_id,
            func.sum(both.c.claims),
            func.sum(both.c.services),
            func.sum(both.c.minutes),
        )
        .group_by(both.c.need_id)
        .order_by(both.c.need_id)
    )
    return [
        NeedResponse(
            need_id=need_id,
            claims=int(claims_ or 0),
            services=int(services_ or 0),
            hours=round(int(minutes or 0) / 60, 2),
        )
        for need_id, claims_, services_, minutes in rows
    ]
