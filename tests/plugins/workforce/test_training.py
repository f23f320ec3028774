"""workforce: the training alliance's courses, sessions and attendance; certificates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from core import clock
from core.testing import YANDU

if TYPE_CHECKING:
    from tests.plugins.workforce.conftest import Workforce

SESSION = "session { id heldOn attendees course { id } community { id } }"


async def course(wf: Workforce) -> str:
    payload = await wf.ok(
        "createWorkforceCourse",
        {"title": " 网格员业务培训 ", "hours": 8},
        "course { id title hours }",
    )
    assert payload["course"]["title"] == "网格员业务培训" and payload["course"]["hours"] == 8
    found: str = payload["course"]["id"]
    return found


async def test_a_session_is_held_and_attended_once_per_person(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    before = await wf.indicators()
    held = await wf.ok(
        "scheduleWorkforceSession",
        {"course": await course(wf), "community": community, "heldOn": "2024-04-10"},
        SESSION,
    )
    session = held["session"]["id"]
    assert held["session"]["attendees"] == 0
    person, _ = await wf.worker()
    attended = await wf.ok(
        "recordWorkforceAttendance",
        {"session": session, "person": person},
        "attendance { id recordedAt session { id } person { id } }",
    )
    assert attended["attendance"]["session"] == {"id": session}
    assert attended["attendance"]["person"] == {"id": person}
    assert await wf.refused(
        "recordWorkforceAttendance", {"session": session, "person": person}
    ) == [("person", "DUPLICATE")]
    after = await wf.indicators()
    assert after["workforce.courses"] == before["workforce.courses"] + 1
    assert after["workforce.sessions"] == before["workforce.sessions"] + 1
    assert after["workforce.attendances"] == before["workforce.attendances"] + 1
    assert after["workforce.trained"] == before["workforce.trained"] + 1
    found = await wf.query(
        """query($id: ID!) { node(id: $id) { ... on Person {
            workforceAttendances(first: 5) { nodes { session { id attendees } } } } } }""",
        {"id": person},
    )
    assert found["node"]["workforceAttendances"]["nodes"] == [
        {"session": {"id": session, "attendees": 1}}
    ]
    # Attendance is history: it cannot be archived, and does not keep the session live.
    refused = await wf.mutate(
        "archive", {"id": attended["attendance"]["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert [e["code"] for e in refused["errors"]] == ["INVALID"]
    archived = await wf.mutate("archive", {"id": session}, "node { id }", input_type="ArchiveInput")
    assert archived["errors"] == []


async def test_bad_training_input_is_refused_and_writes_nothing(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    good_course = await course(wf)
    before = await wf.indicators()
    assert await wf.refused("createWorkforceCourse", {"title": "", "hours": 0}) == [
        ("title", "REQUIRED"),
        ("hours", "OUT_OF_RANGE"),
    ]
    assert await wf.refused(
        "scheduleWorkforceSession",
        {"course": community, "community": good_course, "heldOn": "1899-12-31"},
    ) == [("course", "NOT_FOUND"), ("community", "NOT_FOUND"), ("heldOn", "OUT_OF_RANGE")]
    ahead = (clock.today() + dt.timedelta(days=7)).isoformat()
    planned = await wf.ok(
        "scheduleWorkforceSession",
        {"course": good_course, "community": community, "heldOn": ahead},
        "session { id }",
    )
    person, _ = await wf.worker()
    assert await wf.refused(
        "recordWorkforceAttendance", {"session": planned["session"]["id"], "person": person}
    ) == [("session", "INVALID_STATE")]
    after = await wf.indicators()
    assert after["workforce.sessions"] == before["workforce.sessions"] + 1
    assert {k: v for k, v in after.items() if k != "workforce.sessions"} == {
        k: v for k, v in before.items() if k != "workforce.sessions"
    }


async def test_certificates_one_live_per_person_and_level(wf: Workforce) -> None:
    community = (await wf.communities())[0].id
    person, _ = await wf.worker()
    before = await wf.indicators()

    def certificate(**change: Any) -> dict[str, Any]:
        return {
            "person": person,
            "community": community,
            "level": "INTERMEDIATE",
            "certifiedOn": "2023-06-01",
            "number": "No. 2023-0001",
            **change,
        }

    made = await wf.ok(
        "recordWorkforceCertificate",
        certificate(),
        "certificate { id level certifiedOn number person { id } community { id } }",
    )
    assert made["certificate"]["level"] == "INTERMEDIATE"
    assert await wf.refused("recordWorkforceCertificate", certificate()) == [("level", "DUPLICATE")]
    tomorrow = (clock.today() + dt.timedelta(days=1)).isoformat()
    assert await wf.refused(
        "recordWorkforceCertificate", certificate(certifiedOn=tomorrow, level="SENIOR")
    ) == [("certifiedOn", "OUT_OF_RANGE")]
    assert await wf.refused("recordWorkforceCertificate", certificate(person=community)) == [
        ("person", "NOT_FOUND")
    ]
    await wf.ok("recordWorkforceCertificate", certificate(level="ASSISTANT"), "certificate { id }")
    after = await wf.indicators()
    assert after["workforce.certified"] == before["workforce.certified"] + 1  # one person
    assert (
        after["workforce.certified.intermediate"] == before["workforce.certified.intermediate"] + 1
    )
    assert after["workforce.certified.assistant"] == before["workforce.certified.assistant"] + 1

    # Revoked (archived), replaced, then the old one cannot come back beside the new one.
    old = made["certificate"]["id"]
    await wf.mutate("archive", {"id": old}, "node { id }", input_type="ArchiveInput")
    await wf.ok("recordWorkforceCertificate", certificate(), "certificate { id }")
    restore = await wf.mutate("restore", {"id": old}, "node { id }", input_type="ArchiveInput")
    assert [e["code"] for e in restore["errors"]] == ["DUPLICATE"]
    listed = await wf.query(
        """query($c: ID!) { workforceCertificates(first: 100, filter: {community: $c, level: SENIOR}) {
            nodes { level community { id } } } }""",
        {"c": community},
    )
    for node in listed["workforceCertificates"]["nodes"]:
        assert node == {"level": "SENIOR", "community": {"id": community}}


async def test_courses_grades_and_quotas_are_the_districts_decisions(wf: Workforce) -> None:
    place = (await wf.communities())[0]
    staff = await wf.h.login_as(YANDU, "community_staff", place.code)
    for name, input in (
        ("createWorkforceCourse", {"title": "课程", "hours": 2}),
        ("defineWorkforceGrade", {"rank": 9, "name": "九级", "payMin": 1, "payMax": 2}),
        ("setWorkforceQuota", {"community": place.id, "seats": 50}),
    ):
        kind = f"{name[0].upper()}{name[1:]}Input"
        result = await wf.h.post(
            YANDU,
            f"mutation($input: {kind}!) {{ {name}(input: $input) {{ errors {{ code }} }} }}",
            {"input": input},
            token=staff,
        )
        assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN", result
    grade = await wf.ok(
        "defineWorkforceGrade",
        {"rank": 7, "name": "社区首席社会工作师", "payMin": 8000, "payMax": 9600},
        "grade { rank name payMin payMax }",
    )
    assert grade["grade"] == {
        "rank": 7,
        "name": "社区首席社会工作师",
        "payMin": 8000,
        "payMax": 9600,
    }
    assert await wf.refused(
        "defineWorkforceGrade", {"rank": 7, "name": "又一个", "payMin": 9000, "payMax": 8000}
    ) == [("payMax", "INVALID"), ("rank", "DUPLICATE")]
