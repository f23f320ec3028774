"""How the Six Haves programme's plain relations read in SQL (``gridgov_sql_forms``).

Assessments, snapshots and their summaries are computed in Python: their resolvers
answer them.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.db import models as core
from core.graphql.compile.forms import Relation, SqlForm

FORMS: Mapping[str, SqlForm] = {
    "SixHavesVenue.estate": Relation(core.Estate, "estate_id"),
    "SixHavesRule.estate": Relation(core.Estate, "estate_id"),
    "SixHavesFund.estate": Relation(core.Estate, "estate_id"),
}
