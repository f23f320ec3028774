"""The audit trail: every change recorded with who, when, what, before and after, in the
changing transaction; read by district administrators only."""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import hashlib
import io
import json
from typing import Any

import pytest

from core.cli import main
from core.testing import ADMIN, TINGHU, YANDU, Harness
from plugins.grid_events import mutations as grid_event_mutations

TRAIL = """
query($filter: AuditFilter, $first: Int, $after: String) {
  auditTrail(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { id at actor operation action table objectId before after }
  }
}"""


async def trail(
    h: Harness,
    filter: dict[str, Any] | None = None,
    *,
    district: str = TINGHU,
    first: int | None = None,
    after: str | None = None,
) -> dict[str, Any]:
    """The district administrator's view of the trail."""
    data = await h.query(district, TRAIL, {"filter": filter, "first": first, "after": after})
    found: dict[str, Any] = data["auditTrail"]
    return found


async def my_name(h: Harness, token: str | None = ADMIN, district: str = TINGHU) -> str:
    name: str = (await h.query(district, "{ me { name } }", token=token))["me"]["name"]
    return name


REPORT = """
mutation($input: ReportGridEventInput!) {
  reportGridEvent(input: $input) { event { id } errors { code message } }
}"""


async def grid_event_report(h: Harness) -> dict[str, Any]:
    """Define a grid-event type; the input reporting an event of it in a micro-grid."""
    made = await h.query(
        TINGHU,
        """mutation { createGridEventType(input: {code: "audit_matter", name: "审计事项",
          group: NEED, timeLimitHours: 24, fields: []}) { eventType { id } errors { code } } }""",
    )
    assert made["createGridEventType"]["errors"] == []
    places = await h.query(
        TINGHU,
        """{ district { grids(first: 1, filter: {kind: MICRO}) { nodes { buildings(first: 1) {
          nodes { id households(first: 1) { nodes { members(first: 1) { nodes { id } } } } } } } } } }""",
    )
    building = places["district"]["grids"]["nodes"][0]["buildings"]["nodes"][0]
    return {
        "type": made["createGridEventType"]["eventType"]["id"],
        "reporter": building["households"]["nodes"][0]["members"]["nodes"][0]["id"],
        "description": "楼道灯不亮",
        "building": building["id"],
    }


async def grid_events_count(h: Harness) -> int:
    count: int = (await h.query(TINGHU, "{ gridEvents { totalCount } }"))["gridEvents"][
        "totalCount"
    ]
    return count


async def create_street(h: Harness, code: str, name: str, token: str | None = ADMIN) -> str:
    made = await h.mutate(
        TINGHU, "createStreet", {"code": code, "name": name}, "street { id }", token=token
    )
    assert made["errors"] == [], made["errors"]
    street: str = made["street"]["id"]
    return street


async def test_create_update_and_archive_are_recorded_with_before_and_after(
    gridgov: Harness,
) -> None:
    street = await create_street(gridgov, "320902901", "审计街道")
    renamed = await gridgov.mutate(
        TINGHU, "updateStreet", {"id": street, "name": "审计新街道"}, "street { id }"
    )
    assert renamed["errors"] == []
    archived = await gridgov.mutate(
        TINGHU, "archive", {"id": street}, "node { id }", input_type="ArchiveInput"
    )
    assert archived["errors"] == []

    found = await trail(gridgov, {"objectId": street})
    admin = await my_name(gridgov)
    assert found["totalCount"] == 3
    archive, update, create = found["nodes"]  # newest first
    assert {e["actor"] for e in found["nodes"]} == {admin}
    assert {e["table"] for e in found["nodes"]} == {"street"}
    assert {e["objectId"] for e in found["nodes"]} == {street}
    assert create["operation"] == "createStreet" and create["action"] == "CREATE"
    assert create["before"] is None
    assert create["after"]["code"] == "320902901" and create["after"]["name"] == "审计街道"
    assert update["operation"] == "updateStreet" and update["action"] == "UPDATE"
    assert update["before"] == {"name": "审计街道"} and update["after"] == {"name": "审计新街道"}
    assert archive["operation"] == "archive" and archive["action"] == "UPDATE"
    assert archive["before"] == {"archived_at": None}
    assert archive["after"]["archived_at"].startswith(archive["at"][:10])  # an ISO string
    assert create["at"] <= update["at"] <= archive["at"]


async def test_a_refused_mutation_writes_no_entry(gridgov: Harness) -> None:
    street = await create_street(gridgov, "320902902", "审计街道")
    before = (await trail(gridgov, {"table": "street"}))["totalCount"]

    refused = await gridgov.mutate(
        TINGHU, "updateStreet", {"id": street, "name": ""}, "street { id }"
    )
    assert [e["code"] for e in refused["errors"]] == ["REQUIRED"]
    analyst = await gridgov.login_as(TINGHU, "analyst")
    forbidden = await gridgov.errors(
        TINGHU,
        'mutation { createStreet(input: {code: "320902903", name: "不许"}) { errors { code } } }',
        token=analyst,
    )
    assert forbidden[0]["extensions"]["code"] == "FORBIDDEN"

    assert (await trail(gridgov, {"table": "street"}))["totalCount"] == before


async def test_plugin_changes_are_recorded_including_race_safe_transitions(
    gridgov: Harness,
) -> None:
    report = await gridgov.query(TINGHU, REPORT, {"input": await grid_event_report(gridgov)})
    assert report["reportGridEvent"]["errors"] == []
    event = report["reportGridEvent"]["event"]["id"]
    accepted = await gridgov.query(
        TINGHU,
        "mutation($id: ID!) { acceptGridEvent(input: {id: $id}) { errors { code message } } }",
        {"id": event},
    )
    assert accepted["acceptGridEvent"]["errors"] == []

    entries = (await trail(gridgov, {"objectId": event}))["nodes"]
    assert [(e["operation"], e["action"]) for e in entries] == [
        ("acceptGridEvent", "UPDATE"),  # a conditional Core UPDATE, recorded explicitly
        ("reportGridEvent", "CREATE"),
    ]
    accepted, reported = entries
    assert {e["table"] for e in entries} == {"grid_events_event"}
    assert reported["after"]["status"] == "reported" and reported["after"]["version"] == 1
    assert accepted["before"]["status"] == "reported" and accepted["after"]["status"] == "accepted"
    assert accepted["before"]["version"] == 1 and accepted["after"]["version"] == 2
    transitions = await trail(gridgov, {"table": "grid_events_transition", "action": "CREATE"})
    assert transitions["totalCount"] == 2
    types = await trail(gridgov, {"table": "grid_events_type"})
    assert [e["operation"] for e in types["nodes"]] == ["createGridEventType"]


async def test_the_entries_are_written_in_the_changing_transaction(
    gridgov: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = await grid_event_report(gridgov)
    count = await grid_events_count(gridgov)

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the broadcaster is down")

    # reportGridEvent flushes the event (and its entry), then announces it: fails there.
    monkeypatch.setattr(grid_event_mutations, "publish", broken)
    result = await gridgov.post(TINGHU, REPORT, {"input": report})
    assert "the broadcaster is down" in result["errors"][0]["message"]

    assert await grid_events_count(gridgov) == count
    assert (await trail(gridgov, {"table": "grid_events_event"}))["totalCount"] == 0


async def test_only_district_administrators_read_the_trail(gridgov: Harness) -> None:
    await create_street(gridgov, "320902904", "审计街道")
    codes = await gridgov.query(
        TINGHU,
        "{ district { communities(first: 1) { nodes { code } }"
        " grids(first: 1, filter: {kind: MICRO}) { nodes { code } } } }",
    )
    community = codes["district"]["communities"]["nodes"][0]["code"]
    grid = codes["district"]["grids"]["nodes"][0]["code"]
    refused = {
        "community staff": await gridgov.login_as(TINGHU, "community_staff", community),
        "grid worker": await gridgov.login_as(TINGHU, "grid_worker", grid),
        "analyst": await gridgov.login_as(TINGHU, "analyst"),
    }
    for who, token in refused.items():
        errors = await gridgov.errors(TINGHU, "{ auditTrail { totalCount } }", token=token)
        assert errors[0]["extensions"]["code"] == "FORBIDDEN", who
        assert errors[0]["extensions"]["permission"] == "core.audit.read", who

    assert (await trail(gridgov))["totalCount"] >= 1
    other_admin = await gridgov.login_as(TINGHU, name="第二位区管理员")
    seen = await gridgov.query(TINGHU, "{ auditTrail { totalCount } }", token=other_admin)
    assert seen["auditTrail"]["totalCount"] >= 1
    # Yandu's administrator sees Yandu's trail, not Tinghu's.
    assert (await trail(gridgov, district=YANDU))["totalCount"] == 0


async def test_filters_and_paging(gridgov: Harness) -> None:
    first = await create_street(gridgov, "320902905", "一街道")
    await create_street(gridgov, "320902906", "二街道")
    other = await gridgov.login_as(TINGHU, name="另一位管理员")
    third = await create_street(gridgov, "320902907", "三街道", token=other)
    await gridgov.mutate(TINGHU, "updateStreet", {"id": first, "name": "一街道新"}, "street { id }")

    created = await trail(gridgov, {"table": "street", "action": "CREATE"})
    assert created["totalCount"] == 3
    assert [e["after"]["code"] for e in created["nodes"]] == ["320902907", "320902906", "320902905"]
    theirs = await trail(gridgov, {"account": "另一位管理员"})
    assert [(e["objectId"], e["action"]) for e in theirs["nodes"]] == [(third, "CREATE")]
    assert (await trail(gridgov, {"table": "street", "action": "DELETE"}))["totalCount"] == 0
    assert (await trail(gridgov, {"table": "no_such_table"}))["totalCount"] == 0
    unknown_type = "VW5rbm93bjox"  # base64 of "Unknown:1"
    assert (await trail(gridgov, {"objectId": unknown_type}))["totalCount"] == 0
    malformed = await gridgov.errors(
        TINGHU, '{ auditTrail(filter: {objectId: "!!"}) { totalCount } }'
    )
    assert malformed[0]["extensions"]["code"] == "BAD_USER_INPUT"

    # Times: since is inclusive, until exclusive; a time with an offset is converted.
    everything = (await trail(gridgov, {"table": "street"}))["nodes"]
    newest, oldest = everything[0]["at"], everything[-1]["at"]
    assert (await trail(gridgov, {"table": "street", "since": newest}))["nodes"][0]["at"] == newest
    assert (await trail(gridgov, {"table": "street", "until": oldest}))["totalCount"] == 0
    assert (await trail(gridgov, {"table": "street", "since": "2000-01-01T08:00:00+08:00"}))[
        "totalCount"
    ] == len(everything)
    assert (await trail(gridgov, {"table": "street", "until": "2000-01-01T00:00:00"}))[
        "totalCount"
    ] == 0

    # Paging: newest first, no entry twice, none left out.
    page = await trail(gridgov, {"table": "street"}, first=2)
    assert page["pageInfo"]["hasNextPage"] and not page["pageInfo"]["hasPreviousPage"]
    rest = await trail(gridgov, {"table": "street"}, first=2, after=page["pageInfo"]["endCursor"])
    assert rest["pageInfo"]["hasPreviousPage"] and not rest["pageInfo"]["hasNextPage"]
    paged = [e["id"] for e in page["nodes"] + rest["nodes"]]
    assert paged == [e["id"] for e in everything] and len(set(paged)) == 4
    ats = [e["at"] for e in everything]
    assert ats == sorted(ats, reverse=True)


async def test_tokens_issued_and_revoked_are_recorded_without_their_digest(
    gridgov: Harness,
) -> None:
    await gridgov.login_as(TINGHU, "analyst", name="审计分析员", password="long enough secret")
    login = await gridgov.query(
        TINGHU,
        'mutation { login(input: {name: "审计分析员", password: "long enough secret"})'
        " { token errors { code } } }",
        token=None,
    )
    token = login["login"]["token"]
    assert token
    revoked = await gridgov.query(
        TINGHU, "mutation { revokeToken(input: {}) { revoked } }", token=token
    )
    assert revoked["revokeToken"]["revoked"] == 1

    found = await trail(gridgov, {"table": "access_token"})
    revoke, issue = found["nodes"]
    assert issue["actor"] == revoke["actor"] == "审计分析员"
    assert (issue["operation"], issue["action"]) == ("login", "CREATE")
    assert (revoke["operation"], revoke["action"]) == ("revokeToken", "UPDATE")
    assert issue["after"]["expires_at"] and "digest" not in issue["after"]
    assert revoke["objectId"] is None and revoke["after"]["revoked_at"]
    dumped = json.dumps(found, ensure_ascii=False)
    assert hashlib.sha256(token.encode()).hexdigest() not in dumped and token not in dumped


async def test_command_line_changes_are_recorded_for_the_operating_system_user(
    gridgov: Harness,
) -> None:
    database = ["--database", gridgov.url]
    for command in (
        ["users", "create", "台账员", "--district", TINGHU, "--role", "analyst"],
        ["users", "revoke", "台账员"],
        ["plugins", "disable", "warm_stations", "--district", TINGHU],
    ):
        assert await asyncio.to_thread(cli, *database, *command), command
    actor = f"cli:{getpass.getuser()}"
    accounts = (await trail(gridgov, {"table": "account"}))["nodes"]
    assert [(e["actor"], e["operation"], e["action"]) for e in accounts] == [
        (actor, "users create", "CREATE")
    ]
    assert "password_hash" not in accounts[0]["after"]
    [revoke] = (await trail(gridgov, {"table": "access_token", "action": "UPDATE"}))["nodes"]
    assert (revoke["actor"], revoke["operation"]) == (actor, "users revoke")
    [disable] = (await trail(gridgov, {"table": "district_plugin"}))["nodes"]
    assert (disable["operation"], disable["action"], disable["before"]) == (
        "plugins disable warm_stations",
        "DELETE",
        {"plugin": "warm_stations"},
    )


def cli(*args: str) -> bool:
    """Run ``gridgov`` in-process, quietly; whether it succeeded."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(list(args)) == 0


async def test_audit_entries_are_nodes_for_those_who_read_the_trail(gridgov: Harness) -> None:
    await gridgov.mutate(TINGHU, "updateDistrict", {"name": "亭湖"}, "district { name }")
    trail = await gridgov.query(TINGHU, "{ auditTrail(first: 1) { nodes { id operation } } }")
    [entry] = trail["auditTrail"]["nodes"]
    query = "query($id: ID!) { node(id: $id) { id ... on AuditEntry { operation } } }"
    found = await gridgov.query(TINGHU, query, {"id": entry["id"]})
    assert found["node"] == entry
    # An analyst of the whole district reaches every row, but not the trail.
    analyst = await gridgov.login_as(TINGHU, "analyst")
    assert (await gridgov.query(TINGHU, query, {"id": entry["id"]}, token=analyst)) == {
        "node": None
    }
    # Another district's administrator does not reach it either.
    assert (await gridgov.query(YANDU, query, {"id": entry["id"]})) == {"node": None}
