"""How the workforce programme's relations, lists and counts read in SQL (``gridgov_sql_forms``).

Each list's form validates its arguments with the functions its resolver uses
(``page_of`` and the filters), so both paths refuse and filter alike. A quota's
vacancies and a placement's grade (its latest grading's) are worked out in Python:
their resolvers answer them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from sqlalchemy import ColumnElement

from core.db import models as core
from core.graphql.compile.forms import Count, Paged, Paging, Relation, SqlForm
from core.graphql.pagination import OrderDirection, page_of
from plugins.workforce import models
from plugins.workforce import types as T

Where = Callable[[Any], tuple[list[ColumnElement[bool]], Hashable]]


def _list(
    order: str = "id",
    direction: OrderDirection = OrderDirection.ASC,
    where: Where | None = None,
    archived: bool = False,
) -> Callable[..., Paging]:
    """Arguments of a list in a fixed order, maybe with a filter; ``archived``: ended
    rows are always listed (a person's placements)."""

    def arguments(
        first: int | None = None,
        after: str | None = None,
        filter: Any = None,
        include_archived: bool = False,
    ) -> Paging:
        conditions: Sequence[ColumnElement[bool]] = []
        key: Hashable = None
        if where is not None:
            conditions, key = where(filter)
        page = page_of(first, after, order, direction)
        return Paging(page, conditions, archived or include_archived, key)

    return arguments


LATEST = OrderDirection.DESC

FORMS: dict[str, SqlForm] = {
    "WorkforceCourse.provider": Relation(core.Organisation, "provider_id"),
    "WorkforceCourse.sessions": Paged(T.SESSIONS_OF_COURSE, _list("held_on", LATEST)),
    "WorkforceSession.course": Relation(models.Course, "course_id"),
    "WorkforceSession.community": Relation(core.Community, "community_id"),
    "WorkforceSession.attendees": Count(T.ATTENDANCES_OF_SESSION),
    "WorkforceSession.attendances": Paged(T.ATTENDANCES_OF_SESSION, _list()),
    "WorkforceAttendance.session": Relation(models.Session, "session_id"),
    "WorkforceAttendance.person": Relation(core.Person, "person_id"),
    "WorkforceCertificate.person": Relation(core.Person, "person_id"),
    "WorkforceCertificate.community": Relation(core.Community, "community_id"),
    "WorkforceQuota.community": Relation(core.Community, "community_id"),
    "WorkforceQuota.filled": Count(T.PLACEMENTS_OF_QUOTA),
    "WorkforceQuota.placements": Paged(T.PLACEMENTS_OF_QUOTA, _list()),
    "WorkforcePlacement.person": Relation(core.Person, "person_id"),
    "WorkforcePlacement.identity": Relation(core.Identity, "identity_id"),
    "WorkforcePlacement.community": Relation(core.Community, "community_id"),
    "WorkforcePlacement.quota": Relation(models.Quota, "quota_id"),
    "WorkforcePlacement.gradings": Paged(T.GRADINGS_OF_PLACEMENT, _list("since", LATEST)),
    "WorkforceGrading.grade": Relation(models.Grade, "grade_id"),
    "WorkforceGrading.placement": Relation(models.Placement, "placement_id"),
    "Community.workforcePlacements": Paged(T.PLACEMENTS_OF_COMMUNITY, _list()),
    "Community.workforceSessions": Paged(T.SESSIONS_OF_COMMUNITY, _list("held_on", LATEST)),
    "Community.workforceCertificates": Paged(
        T.CERTIFICATES_OF_COMMUNITY, _list(where=T.certificate_where)
    ),
    "Person.workforcePlacements": Paged(T.PLACEMENTS_OF_PERSON, _list(archived=True)),
    "Person.workforceCertificates": Paged(T.CERTIFICATES_OF_PERSON, _list()),
    "Person.workforceAttendances": Paged(T.ATTENDANCES_OF_PERSON, _list("id", LATEST)),
}
