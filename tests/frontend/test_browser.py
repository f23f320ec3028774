"""GraphiQL and the dashboard in Debian's chromium, with the network off (Playwright)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx

from core.testing import TINGHU, YANDU
from tests.frontend.conftest import Served, node

ARTICLE = {
    # The source article's figures for Tinghu (docs/programmes.md, README "What is served").
    "core.grids.party_building": "314",
    "core.grids.comprehensive": "427",
    "core.grids.micro": "1,976",
    "core.grids.unit": "217",
    "core.organisations.building_party_group": "1,327",
    "core.organisations.party_member_household": "1,455",
    "core.grid_workers.full_time": "1,112",
    "core.grid_workers.part_time": "141",
    "core.identities.in_service_party_member": "3,786",
    "core.identities.community_worker": "803",
    "red_property.council_halls": "53",
    "red_property.mutual_help_corners": "116",
    "red_property.evaluation_sessions": "187",
    "red_property.households_reached": "32,300",
}


async def browse(served: Served, page: str, district: str, chromium: Path) -> dict[str, Any]:
    """What ``tests/browser.mjs`` saw on a page; nothing outside the server was asked for."""
    output = await asyncio.to_thread(
        node, "tests/browser.mjs", page, served.base, district, served.token
    )
    seen: dict[str, Any] = json.loads(output)
    assert seen["blocked"] == [], f"the page reached outside the server: {seen['blocked']}"
    assert seen["errors"] == [], seen["errors"]
    return seen


async def test_graphiql_runs_a_query_offline(served: Served, chromium: Path) -> None:
    seen = await browse(served, "graphiql", TINGHU, chromium)
    assert seen["title"] == "GraphiQL · gridgov"
    assert seen["result"]["data"]["me"]["role"] == "CITY_ADMIN"
    assert seen["result"]["data"]["district"]["code"] == TINGHU


async def test_the_dashboard_shows_the_articles_figures_offline(
    served: Served, chromium: Path
) -> None:
    seen = await browse(served, "dashboard", TINGHU, chromium)
    assert seen["state"] == "ready" and seen["title"] == "亭湖区 · gridgov"
    assert {key: seen["figures"].get(key) for key in ARTICLE} == ARTICLE
    assert "Programme: red_property" in seen["charts"]
    # The tree: Tinghu's seven streets, the first one's communities and their grids.
    assert seen["streets"] == 7
    assert seen["firstStreet"].endswith("· 10 communities")
    assert f"({TINGHU}001001)" in seen["firstCommunity"]
    assert seen["firstGrids"] and all("micro-grids" in grid for grid in seen["firstGrids"])


async def test_the_dashboards_figures_are_the_apis(served: Served, chromium: Path) -> None:
    seen = await browse(served, "dashboard", YANDU, chromium)
    async with httpx.AsyncClient() as client:
        response = await client.post(
            served.endpoint(YANDU),
            json={"query": "{ district { indicators { key value count } } }"},
            headers={"authorization": f"Bearer {served.token}"},
        )
    answer = response.json()
    expected = {
        f["key"]: f"{f['count']:,}" if f["count"] is not None else f"{f['value']:g}"
        for f in answer["data"]["district"]["indicators"]
    }
    shown = seen["figures"]
    assert {key: expected.get(key) for key in shown} == shown
    # Every figure of the district's programmes is charted.
    assert {key for key in expected if not key.startswith("core.")} <= shown.keys()
    assert len(shown) >= 40
    assert "Programme: six_haves" in seen["charts"] and seen["streets"] == 10
