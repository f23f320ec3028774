"""How the service-projects programme's plain relations read in SQL (``gridgov_sql_forms``).

Its lists take filters needing the viewer, and cycles and reports are worked out in
Python: their resolvers answer them.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.db import models as core
from core.graphql.compile.forms import Relation, SqlForm

FORMS: Mapping[str, SqlForm] = {
    "ServiceResource.provider": Relation(core.Organisation, "provider_id"),
}
