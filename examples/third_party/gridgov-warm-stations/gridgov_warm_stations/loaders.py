"""Batched loaders of the warm-stations plugin."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from core.graphql.context import Context
from gridgov_warm_stations.models import Service, StationService

SERVICE_ORDER = {service: position for position, service in enumerate(Service)}


class ServicesLoader(DataLoader[int, list[Service]]):
    """The services of many stations in one statement, in the order of :class:`Service`."""

    def __init__(self, context: Context) -> None:
        super().__init__(load_fn=self._load)
        self.context = context

    async def _load(self, keys: Sequence[int]) -> list[list[Service]]:
        result = await self.context.execute(
            select(StationService.station_id, StationService.service).where(
                StationService.station_id.in_(keys),
                StationService.district_id == self.context.district_id,
            )
        )
        found: dict[int, list[Service]] = {key: [] for key in keys}
        for row in result:
            found[row.station_id].append(Service(row.service))
        return [sorted(found[key], key=SERVICE_ORDER.__getitem__) for key in keys]
