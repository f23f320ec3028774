"""The needs list offered to other programmes, and what they did about it.

Programmes never import each other: this one reports its needs through the
``gridgov_service_needs`` hook (a dual-report member claims one, or records a service
answering it) and asks the others, through ``gridgov_need_responses``, what they
recorded in answer (:mod:`core.hookspecs`). A need's Global ID is the reference both
sides keep.
"""

from __future__ import annotations

from collections.abc import Sequence

import strawberry
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.contract import CORE, NeedContext, NeedResponse, ServiceNeed
from core.db.models import live
from core.graphql.ids import parse_global_id, to_global_id
from core.plugins import PluginManager
from plugins.service_projects import models
from plugins.service_projects.domain import PLUGIN, NeedStatus

NEED_TYPE = "ServiceNeed"
"""The GraphQL type of a need: its Global IDs are ``ServiceNeed:<pk>``."""


def need_global_id(pk: int) -> str:
    """The Global ID of a need, as the hook reports it and other programmes keep it."""
    return to_global_id(NEED_TYPE, pk)


async def own_needs(context: NeedContext) -> Sequence[ServiceNeed]:
    """Live needs of the district that ``context`` asks about, by Global ID or community."""
    pks = [
        parsed[1]
        for parsed in map(parse_global_id, context.need_ids)
        if parsed is not None and parsed[0] == NEED_TYPE
    ]
    if not pks and not context.community_ids:
        return []
    need = models.Need
    result = await context.session.execute(
        select(need.id, need.community_id, need.title, need.status)
        .where(
            need.district_id == context.district_id,
            live(need),
            or_(need.id.in_(pks), need.community_id.in_(list(context.community_ids))),
        )
        .order_by(need.id)
    )
    return [
        ServiceNeed(
            id=need_global_id(row.id),
            community_id=row.community_id,
            title=row.title,
            open=row.status == NeedStatus.OPEN.value,
        )
        for row in result
    ]


@strawberry.type(
    name="ServiceNeedResponse",
    description="What another programme recorded in answer to a need: claims, services, hours.",
)
class Response:
    """One programme's answers to one need (e.g. dual-report members' volunteer services)."""

    plugin: str = strawberry.field(description="The programme that recorded them.")
    claims: int = strawberry.field(description="People who claimed the need (认领).")
    services: int = strawberry.field(description="Services recorded as answering it.")
    hours: float = strawberry.field(description="Hours those services took.")


async def responses(
    manager: PluginManager,
    enabled: frozenset[str],
    session: AsyncSession,
    district_id: int,
    need_pks: Sequence[int],
) -> dict[int, list[Response]]:
    """What the district's other enabled programmes recorded for the needs ``need_pks``.

    One call of ``gridgov_need_responses`` per programme, whatever the number of needs.
    """
    ids = {need_global_id(pk): pk for pk in need_pks}
    found: dict[int, list[Response]] = {pk: [] for pk in need_pks}
    if not ids:
        return found
    context = NeedContext(district_id, session, need_ids=list(ids))
    others = sorted(enabled - {CORE, PLUGIN})
    for owner, awaitable in manager.call("gridgov_need_responses", others, context=context):
        answer: NeedResponse
        for answer in await awaitable:
            pk = ids.get(answer.need_id)
            if pk is not None:
                found[pk].append(
                    Response(
                        plugin=owner,
                        claims=answer.claims,
                        services=answer.services,
                        hours=answer.hours,
                    )
                )
    return found
