"""dual_report: volunteer services, at most 24 hours per person and day, even at once."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import TYPE_CHECKING, Any

from core import clock
from core.testing import held_at

if TYPE_CHECKING:
    from tests.plugins.dual_report.conftest import Dual

DAY = "2024-05-04"
SERVICE = "service { id servedOn hours description needId need { id } registration { id } }"
LOCK = "SELECT person.id FROM person WHERE person.id ="
"""The statement locking the member's row before a service is written."""


async def test_a_service_is_recorded_and_counted(dual: Dual) -> None:
    registration = await dual.registered()
    before = await dual.indicators()
    payload = await dual.ok(
        "recordDualReportService", dual.service(registration["id"], DAY, 2.5), SERVICE
    )
    assert payload["service"] == {
        "id": payload["service"]["id"],
        "servedOn": DAY,
        "hours": 2.5,
        "description": "楼道杂物清理",
        "needId": None,
        "need": None,
        "registration": {"id": registration["id"]},
    }
    after = await dual.indicators()
    assert after["dual_report.services"] == before["dual_report.services"] + 1
    assert round(after["dual_report.hours"] - before["dual_report.hours"], 1) == 2.5
    found = await dual.query(
        """query($id: ID!) { node(id: $id) { ... on DualReportRegistration { hours
            services(first: 5) { totalCount nodes { hours } } } }
          dualReportServices(first: 1) { nodes { id } } }""",
        {"id": registration["id"]},
    )
    assert found["node"] == {"hours": 2.5, "services": {"totalCount": 1, "nodes": [{"hours": 2.5}]}}
    assert found["dualReportServices"]["nodes"] == [{"id": payload["service"]["id"]}]


async def test_hours_are_more_than_nothing_and_at_most_a_day(dual: Dual) -> None:
    registration = (await dual.registered())["id"]
    for hours in (0, -1, 0.001, 24.01, 1e300):
        assert await dual.refused(
            "recordDualReportService", dual.service(registration, DAY, hours)
        ) == [("hours", "OUT_OF_RANGE")]
    payload = await dual.ok(
        "recordDualReportService", dual.service(registration, DAY, 24), "service { hours }"
    )
    assert payload["service"]["hours"] == 24.0
    # The day is full: nothing more on it, whatever the registration.
    refused = await dual.mutate(
        "recordDualReportService", dual.service(registration, DAY, 0.5), "service { id }"
    )
    assert refused["service"] is None
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [
        (["input", "hours"], "LIMIT_EXCEEDED")
    ]
    assert "already served 24 hours" in refused["errors"][0]["message"]
    # Another day is fine.
    await dual.ok(
        "recordDualReportService", dual.service(registration, "2024-05-05", 8), "service { id }"
    )


async def test_the_day_counts_every_registration_of_the_person(dual: Dual) -> None:
    first, second = await dual.branches()
    person, identity = await dual.member(first.id)
    old = await dual.register(identity, "2023-01-01")
    await dual.ok("recordDualReportService", dual.service(old["id"], DAY, 20), "service { id }")
    await dual.ok("endDualReportRegistration", {"id": old["id"]}, "registration { id }")
    moved = await dual.ok(
        "createIdentity",
        {
            "person": person,
            "kind": "IN_SERVICE_PARTY_MEMBER",
            "since": "2024-05-01",
            "organisation": second.id,
        },
        "identity { id }",
    )
    new = await dual.register(moved["identity"]["id"], "2024-05-02")
    assert await dual.refused("recordDualReportService", dual.service(new["id"], DAY, 5)) == [
        ("hours", "LIMIT_EXCEEDED")
    ]
    await dual.ok("recordDualReportService", dual.service(new["id"], DAY, 4), "service { id }")
    # An ended registration takes no new services, but keeps its own.
    assert await dual.refused(
        "recordDualReportService", dual.service(old["id"], "2024-05-06", 1)
    ) == [("registration", "ARCHIVED")]
    kept = await dual.query(
        """query($id: ID!) { node(id: $id) { ... on DualReportRegistration { active hours } } }""",
        {"id": old["id"]},
    )
    assert kept["node"] == {"active": False, "hours": 20.0}


async def test_archived_services_leave_the_day_free(dual: Dual) -> None:
    registration = (await dual.registered())["id"]
    service = await dual.ok(
        "recordDualReportService", dual.service(registration, DAY, 20), "service { id }"
    )
    archived = await dual.mutate(
        "archive", {"id": service["service"]["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert archived["errors"] == []
    await dual.ok("recordDualReportService", dual.service(registration, DAY, 10), "service { id }")


async def test_bad_services_are_refused_and_write_nothing(dual: Dual) -> None:
    registration = (await dual.registered())["id"]  # registered on 2023-03-01
    before = await dual.indicators()
    tomorrow = (clock.today() + dt.timedelta(days=1)).isoformat()

    async def refused(**change: Any) -> list[tuple[str, str]]:
        return await dual.refused(
            "recordDualReportService", {**dual.service(registration, DAY, 2), **change}
        )

    assert await refused(servedOn=tomorrow) == [("servedOn", "OUT_OF_RANGE")]
    assert await refused(servedOn="2023-02-28") == [("servedOn", "INVALID_PERIOD")]
    assert await refused(description="  ") == [("description", "REQUIRED")]
    assert await refused(description="很" * 501) == [("description", "TOO_LONG")]
    assert await refused(registration="bm9wZTox") == [("registration", "NOT_FOUND")]
    assert await refused(need="bm9wZTox") == [("need", "NOT_FOUND")]
    assert await dual.indicators() == before


async def services_at_once(dual: Dual, registration: str, *, held: bool) -> list[dict[str, Any]]:
    """Six services of five hours on one day, sent together (held: all read before any writes)."""
    sends = [
        dual.mutate("recordDualReportService", dual.service(registration, DAY, 5), "service { id }")
        for _ in range(6)
    ]
    if not held:
        return list(await asyncio.gather(*sends))
    with held_at(dual.h, LOCK, 6):
        return list(await asyncio.gather(*sends))


async def test_services_at_once_never_pass_24_hours(dual: Dual) -> None:
    for held in (False, True):
        registration = (await dual.registered())["id"]
        payloads = await services_at_once(dual, registration, held=held)
        won = [p for p in payloads if not p["errors"]]
        lost = [p for p in payloads if p["errors"]]
        assert len(won) == 4, payloads  # 4 x 5 hours fit in a day, a fifth would not
        for payload in lost:
            assert [e["code"] for e in payload["errors"]] == ["LIMIT_EXCEEDED"]
            assert payload["service"] is None
        found = await dual.query(
            """query($id: ID!) { node(id: $id) { ... on DualReportRegistration { hours } } }""",
            {"id": registration},
        )
        assert found["node"]["hours"] == 20.0
