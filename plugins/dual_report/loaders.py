"""Batched per-request loaders: one SQL statement per field, however many rows ask.

Declared through ``gridgov_loaders`` under ``dual_report.<name>`` and fetched with
``info.context.loader(name)``. Lists with cursors go through core's ``paginate``
(:mod:`.types`). Each statement here is the plugin's own, so each adds the viewer's
scope itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from core.db import models as core
from core.db.models import live
from core.graphql.context import ContextLoader, LiveRowLoader
from plugins.dual_report import models
from plugins.dual_report.needs import ReportedNeed, reported_needs


class RegistrationOfPerson(LiveRowLoader):
    """``Person.dualReportRegistration``: each person's live registration, or None."""

    table = models.Registration.__table__
    column = "person_id"


class BranchOfIdentity(ContextLoader[Any, Any]):
    """The grid party branch each in-service identity names (the branch reported to)."""

    async def load_batch(self, keys: Sequence[int]) -> list[Any]:
        organisation, identity = core.Organisation.__table__, core.Identity.__table__
        result = await self.context.execute(
            select(organisation, identity.c.id.label("_identity"))
            .join(identity, identity.c.organisation_id == organisation.c.id)
            .where(
                identity.c.id.in_(keys),
                organisation.c.district_id == self.context.district_id,
                *self.visible(organisation),
            )
        )
        found = {row._identity: row for row in result}
        return [found.get(key) for key in keys]


class MinutesOfRegistration(ContextLoader[Any, Any]):
    """Minutes of live service each registration's member did, all together."""

    async def load_batch(self, keys: Sequence[int]) -> list[int]:
        service = models.Service
        result = await self.context.execute(
            select(service.registration_id, func.sum(service.minutes))
            .where(
                service.registration_id.in_(keys),
                service.district_id == self.context.district_id,
                live(service),
            )
            .group_by(service.registration_id)
        )
        rows: Sequence[Any] = result.all()
        found = {row[0]: int(row[1]) for row in rows}
        return [found.get(key, 0) for key in keys]


class Needs(ContextLoader[str, ReportedNeed | None]):
    """The needs claims and services name, from the programmes that report them."""

    async def load_batch(self, keys: Sequence[str]) -> list[ReportedNeed | None]:
        context = self.context
        # The hook's implementations read on the request's session: keep other resolvers out.
        async with context.exclusive() as session:
            found = await reported_needs(
                context.manager, context.enabled, session, context.district_id, keys
            )
        return [found.get(key) for key in keys]


LOADERS = {
    "dual_report.registration_of_person": RegistrationOfPerson,
    "dual_report.branch": BranchOfIdentity,
    "dual_report.minutes": MinutesOfRegistration,
    "dual_report.needs": Needs,
}
