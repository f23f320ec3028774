"""graphql-http's GraphQL-over-HTTP audit (Node, pinned in examples/frontend) passes whole."""

from __future__ import annotations

import asyncio
import json

from core.testing import TINGHU, YANDU
from tests.frontend.conftest import Served, node


async def test_graphql_over_http_audit_has_no_warning_in_either_district(served: Served) -> None:
    for district in (TINGHU, YANDU):
        output = await asyncio.to_thread(
            node, "tests/audit.mjs", served.endpoint(district), served.token
        )
        results = json.loads(output)
        assert len(results) >= 50  # graphql-http 1.23 has 61 audits
        failed = [(r["status"], r["name"], r["reason"]) for r in results if r["status"] != "ok"]
        assert failed == [], f"{district}: {failed}"
