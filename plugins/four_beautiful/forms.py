"""How the Four Beautiful programme's plain relations read in SQL (``gridgov_sql_forms``).

Stages, tallies and the keeper (a person or an organisation) are worked out in
Python: their resolvers answer them.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.db import models as core
from core.graphql.compile.forms import Relation, SqlForm
from plugins.four_beautiful import models

FORMS: Mapping[str, SqlForm] = {
    "CoCreationProject.estate": Relation(core.Estate, "estate_id"),
    "CoPlanProposal.mergedInto": Relation(models.Proposal, "merged_into_id"),
    "CoBuildWork.proposal": Relation(models.Proposal, "proposal_id"),
}
