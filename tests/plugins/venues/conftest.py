"""Fixtures and helpers of the venues tests, over GraphQL as core.testing's are.

``venues`` wraps the harness with what these tests share, in Tinghu: two
communities with an estate each, an organisation, a fresh room and the
programme's mutations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from core.testing import ADMIN, TINGHU, DistrictClient, Harness

VENUE = """venue { id name kind function services openedOn community { id } estate { id }
    hours { weekday opensAt closesAt } location { longitude latitude coordinateSystem } }"""


@dataclass
class Place:
    """A community and one of its estates."""

    community: str
    code: str
    estate: str


class Venues(DistrictClient):
    """GraphQL helpers for Tinghu's venues programme, over HTTP."""

    def __init__(self, harness: Harness) -> None:
        super().__init__(harness, TINGHU)
        self._places: list[Place] = []

    async def places(self) -> list[Place]:
        """Two communities, each with an estate."""
        if not self._places:
            data = await self.query(
                "{ district { communities(first: 2) { nodes { id code estates(first: 1) {"
                " nodes { id } } } } } }"
            )
            for c in data["district"]["communities"]["nodes"]:
                self._places.append(Place(c["id"], c["code"], c["estates"]["nodes"][0]["id"]))
        return self._places

    async def organisation(self) -> str:
        """A co-building unit, to book rooms for."""
        data = await self.query(
            "{ district { organisations(first: 1, filter: {kind: CO_BUILDING_UNIT}) { nodes { id } } } }"
        )
        found: str = data["district"]["organisations"]["nodes"][0]["id"]
        return found

    def venue(self, place: Place, **extra: Any) -> dict[str, Any]:
        """The input of ``openVenue``: a grid station on the place's estate."""
        return {
            "community": place.community,
            "estate": place.estate,
            "kind": "GRID_STATION",
            "name": "测试网格驿站",
            "openedOn": "2024-03-01",
            "services": ["DELIBERATION", "DRINKING_WATER"],
            "hours": [{"weekday": 1, "opensAt": "08:00:00", "closesAt": "20:00:00"}],
            "location": {"longitude": 120.16, "latitude": 33.38, "coordinateSystem": "WGS84"},
            **extra,
        }

    def asset(self, place: Place, **extra: Any) -> dict[str, Any]:
        """The input of ``registerVenueAsset``: an idle room put to use."""
        return {
            "community": place.community,
            "kind": "ROOM",
            "name": "闲置车库改议事室",
            "area": 85.5,
            "owner": "社区居委会",
            "idle": True,
            "useBefore": "空置车库",
            "useAfter": "居民议事室",
            "putToUseOn": "2024-06-01",
            **extra,
        }

    async def room(self, place: Place | None = None) -> str:
        """A freshly registered room."""
        place = place or (await self.places())[0]
        payload = await self.ok("registerVenueAsset", self.asset(place), "asset { id }")
        found: str = payload["asset"]["id"]
        return found

    async def booking(self, room: str, starts: str, ends: str) -> dict[str, Any]:
        """The input of ``bookVenueRoom`` for the co-building unit."""
        return {
            "room": room,
            "organisation": await self.organisation(),
            "startsAt": starts,
            "endsAt": ends,
            "purpose": "党员学习日活动",
        }

    async def indicators(self, district: str = TINGHU, token: str | None = ADMIN) -> dict[str, Any]:
        """The programme's indicators as ``{key: count or value}``."""
        data = await self.h.query(
            district,
            '{ district { indicators(prefix: "venues.") { key value count } } }',
            token=token,
        )
        return {
            i["key"]: i["value"] if i["count"] is None else i["count"]
            for i in data["district"]["indicators"]
        }


@pytest.fixture
def venues(gridgov: Harness) -> Venues:
    """Helpers on a fresh copy of the example districts."""
    return Venues(gridgov)
