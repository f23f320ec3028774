"""How the dual-report programme's plain relations read in SQL (``gridgov_sql_forms``).

Its lists take filters needing the viewer, and hours are summed in Python: their
resolvers answer them.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.db import models as core
from core.graphql.compile.forms import Relation, SqlForm

FORMS: Mapping[str, SqlForm] = {
    "DualReportRegistration.person": Relation(core.Person, "person_id"),
    "DualReportRegistration.identity": Relation(core.Identity, "identity_id"),
    "DualReportRegistration.community": Relation(core.Community, "community_id"),
    "DualReportRegistration.employer": Relation(core.Organisation, "employer_id"),
}
