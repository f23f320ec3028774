"""dual_report: registering in-service party members, one active registration per person."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import TYPE_CHECKING

from core import clock
from core.testing import YANDU, codes

if TYPE_CHECKING:
    from tests.plugins.dual_report.conftest import Dual

TOMORROW = (clock.today() + dt.timedelta(days=1)).isoformat()


async def test_a_registration_records_member_branch_community_and_employer(dual: Dual) -> None:
    branch = (await dual.branches())[0]
    person, identity = await dual.member(branch.id)
    employer = await dual.employer()
    payload = await dual.ok(
        "createDualReportRegistration",
        {"identity": identity, "employer": employer, "registeredOn": "2023-03-01"},
        """registration { active registeredOn archivedAt hours person { id } identity { id }
           branch { id } community { id code } employer { id }
           services(first: 1) { totalCount } claims(first: 1) { totalCount } }""",
    )
    assert payload["registration"] == {
        "active": True,
        "registeredOn": "2023-03-01",
        "archivedAt": None,
        "hours": 0.0,
        "person": {"id": person},
        "identity": {"id": identity},
        "branch": {"id": branch.id},
        "community": {"id": branch.community, "code": branch.community_code},
        "employer": {"id": employer},
        "services": {"totalCount": 0},
        "claims": {"totalCount": 0},
    }
    found = await dual.query(
        """query($person: ID!, $branch: ID!, $employer: ID!) {
            person: node(id: $person) { ... on Person { dualReportRegistration { registeredOn } } }
            branch: node(id: $branch) { ... on Organisation { dualReportMembers(first: 100) {
              totalCount nodes { person { id } } } } }
            employer: node(id: $employer) { ... on Organisation { dualReportEmployees(first: 1) {
              totalCount } } } }""",
        {"person": person, "branch": branch.id, "employer": employer},
    )
    assert found["person"]["dualReportRegistration"] == {"registeredOn": "2023-03-01"}
    members = found["branch"]["dualReportMembers"]
    assert {"person": {"id": person}} in members["nodes"] and members["totalCount"] >= 2
    assert found["employer"]["dualReportEmployees"]["totalCount"] >= 1


async def test_one_active_registration_per_person_and_history_kept(dual: Dual) -> None:
    first, second = await dual.branches()
    person, identity = await dual.member(first.id)
    old = await dual.register(identity, "2022-05-01")
    # A second identity of the same person (they moved): still one active registration.
    moved = await dual.ok(
        "createIdentity",
        {
            "person": person,
            "kind": "IN_SERVICE_PARTY_MEMBER",
            "since": "2024-01-01",
            "organisation": second.id,
        },
        "identity { id }",
    )
    refused = await dual.refused(
        "createDualReportRegistration",
        {
            "identity": moved["identity"]["id"],
            "employer": await dual.employer(),
            "registeredOn": "2024-02-01",
        },
    )
    assert refused == [("identity", "DUPLICATE")]

    ended = await dual.ok(
        "endDualReportRegistration", {"id": old["id"]}, "registration { active archivedAt }"
    )
    assert ended["registration"]["active"] is False and ended["registration"]["archivedAt"]
    new = await dual.register(moved["identity"]["id"], "2024-02-01")
    assert new["community"]["id"] == second.community
    history = (
        await dual.query(
            """query($id: ID!) { node(id: $id) { ... on Person {
            dualReportRegistration { id }
            dualReportRegistrations(first: 10) { nodes { id active community { id } } } } } }""",
            {"id": person},
        )
    )["node"]
    assert history["dualReportRegistration"] == {"id": new["id"]}
    assert history["dualReportRegistrations"]["nodes"] == [
        {"id": old["id"], "active": False, "community": {"id": first.community}},
        {"id": new["id"], "active": True, "community": {"id": second.community}},
    ]
    # Ended registrations are not listed unless asked for.
    community = (
        await dual.query(
            """query($id: ID!) { node(id: $id) { ... on Community {
            live: dualReportRegistrations(first: 100) { nodes { id } }
            all: dualReportRegistrations(first: 100, includeArchived: true) { nodes { id } } } } }""",
            {"id": first.community},
        )
    )["node"]
    assert {"id": old["id"]} not in community["live"]["nodes"]
    assert {"id": old["id"]} in community["all"]["nodes"]
    # Restoring the old one while the new one is active is refused by the database.
    restored = await dual.mutate("restore", {"id": old["id"]}, input_type="ArchiveInput")
    assert [e["code"] for e in restored["errors"]] == ["CONFLICT"]


async def test_two_registrations_at_once_leave_one(dual: Dual) -> None:
    _, identity = await dual.member()
    employer = await dual.employer()
    payloads = await asyncio.gather(
        *(
            dual.mutate(
                "createDualReportRegistration",
                {"identity": identity, "employer": employer, "registeredOn": "2023-03-01"},
                "registration { id }",
            )
            for _ in range(4)
        )
    )
    assert sum(1 for p in payloads if not p["errors"]) == 1
    for payload in payloads:
        assert [e["code"] for e in payload["errors"]] in ([], ["DUPLICATE"], ["CONFLICT"])


async def test_bad_registrations_are_refused_and_write_nothing(dual: Dual) -> None:
    branch = (await dual.branches())[0]
    _, identity = await dual.member(branch.id, since="2022-06-01")
    employer = await dual.employer()
    before = await dual.indicators()

    async def refused(**change: object) -> list[tuple[str, str]]:
        base = {"identity": identity, "employer": employer, "registeredOn": "2023-03-01"}
        return await dual.refused("createDualReportRegistration", {**base, **change})

    assert await refused(registeredOn=TOMORROW) == [("registeredOn", "OUT_OF_RANGE")]
    assert await refused(registeredOn="2022-05-31") == [("registeredOn", "INVALID_PERIOD")]
    assert await refused(employer=branch.id) == [("employer", "INVALID")]
    assert await refused(employer=branch.community) == [("employer", "NOT_FOUND")]
    assert await refused(identity="nonsense") == [("identity", "NOT_FOUND")]
    # An identity that is not an in-service party member's.
    person = await dual.ok(
        "createPerson", {"name": "志愿者乙", "gender": "FEMALE"}, "person { id }"
    )
    volunteer = await dual.ok(
        "createIdentity",
        {"person": person["person"]["id"], "kind": "VOLUNTEER", "since": "2022-01-01"},
        "identity { id }",
    )
    assert await refused(identity=volunteer["identity"]["id"]) == [("identity", "WRONG_KIND")]
    # An identity that ended.
    ended = await dual.ok(
        "endIdentity",
        {"id": identity, "end": "2023-12-31"},
        "identity { until }",
        input_type="EndPeriodInput",
    )
    assert ended["identity"]["until"] == "2023-12-31"
    assert await refused() == [("identity", "INVALID_STATE")]
    assert await dual.indicators() == before
    # Another district's identity is unknown here.
    elsewhere = await dual.h.mutate(
        YANDU,
        "createDualReportRegistration",
        {"identity": identity, "employer": employer, "registeredOn": "2023-03-01"},
    )
    assert codes(elsewhere) == {("identity", "NOT_FOUND"), ("employer", "NOT_FOUND")}
