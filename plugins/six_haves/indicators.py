"""The programme's figures for ``District.indicators``, from the same assessment.

Every live estate of the district is assessed as of today with the batched
assessment, a fixed number of statements whatever the number of estates. They are
district-wide whoever asks, as core's own indicators are: counts only, no object and
no personal data (the hook carries no viewer). ``sixHavesOverview`` gives the same
figures kept to the viewer's scope.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from core import clock
from core.contract import Indicator, IndicatorContext
from core.db import models as core
from core.db.models import live
from plugins.six_haves.assessment import Criteria, assess
from plugins.six_haves.domain import HAVE_LABELS, PLUGIN, Have


async def six_haves_indicators(context: IndicatorContext) -> Sequence[Indicator]:
    """Estates assessed, estates with all six, and estates having each have."""
    manager = context.manager
    criteria = Criteria(context.district_id, manager, context.enabled, manager.settings(PLUGIN))
    estates = await context.session.scalars(
        select(core.Estate.id).where(
            core.Estate.district_id == context.district_id, live(core.Estate)
        )
    )
    found = await assess(context.session, criteria, list(estates), clock.today())
    results = list(found.values())
    return [
        Indicator(f"{PLUGIN}.estates_assessed", "Estates assessed for the Six Haves", len(results)),
        Indicator(
            f"{PLUGIN}.estates_all_six",
            "Estates having all six (六有)",
            sum(item.all_six for item in results),
        ),
        *(
            Indicator(
                f"{PLUGIN}.have.{have.value}",
                f"Estates having {HAVE_LABELS[have][0].lower()}{HAVE_LABELS[have][1:]}",
                sum(item.satisfied(have) for item in results),
            )
            for have in Have
        ),
    ]
