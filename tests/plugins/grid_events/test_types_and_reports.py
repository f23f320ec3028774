"""Event types as data, and reports validated against them: fields, photos, places, people."""

from __future__ import annotations

from typing import Any

import pytest

from core.testing import YANDU
from tests.plugins.grid_events.conftest import CREATE_TYPE, Events

FIELDS: list[dict[str, Any]] = [
    {"key": "location", "label": "具体位置", "kind": "TEXT", "required": True},
    {"key": "floors", "label": "楼层", "kind": "NUMBER", "min": 1, "max": 40},
    {"key": "found_on", "label": "发现日期", "kind": "DATE"},
    {
        "key": "hazard",
        "label": "隐患类型",
        "kind": "SINGLE_CHOICE",
        "required": True,
        "choices": [{"key": "clutter", "label": "楼道堆物"}, {"key": "ebike", "label": "电动车"}],
    },
    {
        "key": "who",
        "label": "涉及人群",
        "kind": "MULTI_CHOICE",
        "choices": [
            {"key": "elderly", "label": "老人"},
            {"key": "children", "label": "儿童"},
            {"key": "disabled", "label": "残疾人"},
        ],
    },
]
VALID: list[dict[str, Any]] = [
    {"key": "location", "text": " 3单元楼道 "},
    {"key": "hazard", "choice": "ebike"},
]

TYPES_COUNT = "{ gridEventTypes(includeArchived: true) { totalCount } }"


async def hazard_type(events: Events) -> str:
    return await events.create_type("hazard_check", hours=24, fields=FIELDS)


async def test_a_type_defines_typed_fields(events: Events) -> None:
    await hazard_type(events)
    data = await events.harness.query(
        events.district,
        '{ gridEventTypes(filter: {search: "hazard_check"}) { nodes { code group timeLimitHours'
        " fields { key kind required choices { key label } min max } } } }",
    )
    (found,) = data["gridEventTypes"]["nodes"]
    assert (found["code"], found["group"], found["timeLimitHours"]) == ("hazard_check", "NEED", 24)
    assert [(f["key"], f["kind"], f["required"]) for f in found["fields"]] == [
        ("location", "TEXT", True),
        ("floors", "NUMBER", False),
        ("found_on", "DATE", False),
        ("hazard", "SINGLE_CHOICE", True),
        ("who", "MULTI_CHOICE", False),
    ]
    assert found["fields"][1]["min"] == 1 and found["fields"][1]["max"] == 40
    assert [c["key"] for c in found["fields"][4]["choices"]] == ["elderly", "children", "disabled"]


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"code": "Bad Code"}, ["input", "code"], "INVALID"),
        ({"code": "test_matter"}, ["input", "code"], "DUPLICATE"),
        ({"name": " "}, ["input", "name"], "REQUIRED"),
        ({"timeLimitHours": 0}, ["input", "timeLimitHours"], "OUT_OF_RANGE"),
        ({"timeLimitHours": 8761}, ["input", "timeLimitHours"], "OUT_OF_RANGE"),
        (
            {"fields": [{"key": "a", "label": "A", "kind": "TEXT"}] * 2},
            ["input", "fields", "1", "key"],
            "DUPLICATE",
        ),
        (
            {"fields": [{"key": "Bad-Key", "label": "A", "kind": "TEXT"}]},
            ["input", "fields", "0", "key"],
            "INVALID",
        ),
        (
            {"fields": [{"key": "a", "label": "A", "kind": "SINGLE_CHOICE"}]},
            ["input", "fields", "0", "choices"],
            "OUT_OF_RANGE",
        ),
        (
            {
                "fields": [
                    {
                        "key": "a",
                        "label": "A",
                        "kind": "TEXT",
                        "choices": [{"key": "x", "label": "X"}, {"key": "y", "label": "Y"}],
                    }
                ]
            },
            ["input", "fields", "0", "choices"],
            "INVALID",
        ),
        (
            {
                "fields": [
                    {
                        "key": "a",
                        "label": "A",
                        "kind": "MULTI_CHOICE",
                        "choices": [{"key": "x", "label": "X"}, {"key": "x", "label": "Y"}],
                    }
                ]
            },
            ["input", "fields", "0", "choices", "1", "key"],
            "DUPLICATE",
        ),
        (
            {"fields": [{"key": "a", "label": "A", "kind": "NUMBER", "min": 5, "max": 1}]},
            ["input", "fields", "0", "max"],
            "INVALID_PERIOD",
        ),
        (
            {"fields": [{"key": "a", "label": "A", "kind": "DATE", "min": 1}]},
            ["input", "fields", "0", "min"],
            "INVALID",
        ),
        (
            {"fields": [{"key": f"f{i}", "label": "A", "kind": "TEXT"} for i in range(21)]},
            ["input", "fields"],
            "OUT_OF_RANGE",
        ),
    ],
)
async def test_a_bad_type_definition_is_refused_and_writes_nothing(
    events: Events, change: dict[str, Any], field: list[str], code: str
) -> None:
    before = await events.harness.query(events.district, TYPES_COUNT)
    values = {"code": "new_type", "name": "新类型", "group": "DISPUTE", "timeLimitHours": 48}
    data = await events.harness.query(events.district, CREATE_TYPE, {"input": {**values, **change}})
    payload = data["createGridEventType"]
    assert payload["eventType"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert await events.harness.query(events.district, TYPES_COUNT) == before


async def test_type_codes_are_unique_per_district_only(events: Events) -> None:
    other = await Events(events.harness, YANDU).setup()
    assert other.type_id != events.type_id  # both made "test_matter"


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ([VALID[1]], ["input", "fields"], "REQUIRED"),
        ([*VALID, {"key": "colour", "text": "红"}], ["input", "fields", "2", "key"], "NOT_FOUND"),
        ([*VALID, VALID[0]], ["input", "fields", "2", "key"], "DUPLICATE"),
        ([{"key": "location", "number": 3}, VALID[1]], ["input", "fields", "0", "text"], "INVALID"),
        (
            [{"key": "location", "text": "楼道", "choice": "x"}, VALID[1]],
            ["input", "fields", "0", "text"],
            "INVALID",
        ),
        (
            [{"key": "location", "text": "  "}, VALID[1]],
            ["input", "fields", "0", "text"],
            "REQUIRED",
        ),
        (
            [{"key": "location", "text": "长" * 501}, VALID[1]],
            ["input", "fields", "0", "text"],
            "TOO_LONG",
        ),
        (
            [*VALID, {"key": "floors", "number": 41}],
            ["input", "fields", "2", "number"],
            "OUT_OF_RANGE",
        ),
        (
            [*VALID, {"key": "floors", "number": 0.5}],
            ["input", "fields", "2", "number"],
            "OUT_OF_RANGE",
        ),
        (
            [*VALID, {"key": "found_on", "date": "1899-12-31"}],
            ["input", "fields", "2", "date"],
            "OUT_OF_RANGE",
        ),
        (
            [VALID[0], {"key": "hazard", "choice": "fire"}],
            ["input", "fields", "1", "choice"],
            "INVALID",
        ),
        (
            [VALID[0], {"key": "hazard", "choices": ["ebike"]}],
            ["input", "fields", "1", "choice"],
            "INVALID",
        ),
        ([*VALID, {"key": "who", "choices": []}], ["input", "fields", "2", "choices"], "REQUIRED"),
        (
            [*VALID, {"key": "who", "choices": ["elderly", "elderly"]}],
            ["input", "fields", "2", "choices"],
            "DUPLICATE",
        ),
        (
            [*VALID, {"key": "who", "choices": ["elderly", "pets"]}],
            ["input", "fields", "2", "choices"],
            "INVALID",
        ),
    ],
)
async def test_field_values_are_validated_against_the_type(
    events: Events, values: list[dict[str, Any]], field: list[str], code: str
) -> None:
    kind = await hazard_type(events)
    before = await events.count()
    payload = await events.try_report(type=kind, fields=values)
    assert payload["event"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert await events.count() == before


async def test_valid_values_are_stored_in_the_types_order(events: Events) -> None:
    kind = await hazard_type(events)
    event = await events.report(
        type=kind,
        fields=[
            {"key": "who", "choices": ["disabled", "elderly"]},
            *VALID,
            {"key": "floors", "number": 6},
            {"key": "found_on", "date": "2025-03-01"},
        ],
    )
    assert event["fieldValues"] == [
        {
            "key": "location",
            "label": "具体位置",
            "kind": "TEXT",
            "text": "3单元楼道",
            "number": None,
            "date": None,
            "choice": None,
            "choices": None,
        },
        {
            "key": "floors",
            "label": "楼层",
            "kind": "NUMBER",
            "text": None,
            "number": 6.0,
            "date": None,
            "choice": None,
            "choices": None,
        },
        {
            "key": "found_on",
            "label": "发现日期",
            "kind": "DATE",
            "text": None,
            "number": None,
            "date": "2025-03-01",
            "choice": None,
            "choices": None,
        },
        {
            "key": "hazard",
            "label": "隐患类型",
            "kind": "SINGLE_CHOICE",
            "text": None,
            "number": None,
            "date": None,
            "choice": "ebike",
            "choices": None,
        },
        {
            "key": "who",
            "label": "涉及人群",
            "kind": "MULTI_CHOICE",
            "text": None,
            "number": None,
            "date": None,
            "choice": None,
            "choices": ["elderly", "disabled"],
        },
    ]


async def test_a_changed_type_applies_to_new_reports_only(events: Events) -> None:
    kind = await hazard_type(events)
    old = await events.report(type=kind, fields=VALID)
    data = await events.harness.query(
        events.district,
        """mutation($input: UpdateGridEventTypeInput!) { updateGridEventType(input: $input) {
             eventType { timeLimitHours fields { key } } errors { field code } } }""",
        {
            "input": {
                "id": kind,
                "timeLimitHours": 12,
                "fields": [{"key": "size", "label": "面积", "kind": "NUMBER", "required": True}],
            }
        },
    )
    payload = data["updateGridEventType"]
    assert payload["errors"] == []
    assert payload["eventType"] == {"timeLimitHours": 12, "fields": [{"key": "size"}]}
    kept = await events.event(old["id"])
    assert kept["dueAt"] == old["dueAt"]
    assert [v["key"] for v in kept["fieldValues"]] == ["hazard", "location"]
    refused = await events.try_report(type=kind, fields=VALID)
    assert {e["code"] for e in refused["errors"]} == {"NOT_FOUND", "REQUIRED"}


async def test_an_archived_type_takes_no_reports(events: Events) -> None:
    data = await events.harness.query(
        events.district,
        "mutation($id: ID!) { archive(input: {id: $id}) { errors { code } } }",
        {"id": events.type_id},
    )
    assert data["archive"]["errors"] == []
    payload = await events.try_report()
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(["input", "type"], "ARCHIVED")]


@pytest.mark.parametrize(
    ("photos", "field", "code"),
    [
        (
            [f"https://img.example.cn/{i}.jpg" for i in range(10)],
            ["input", "photos"],
            "OUT_OF_RANGE",
        ),
        (["ftp://img.example.cn/1.jpg"], ["input", "photos", "0"], "INVALID"),
        (["javascript:alert(1)"], ["input", "photos", "0"], "INVALID"),
        (["https:///no-host.jpg"], ["input", "photos", "0"], "INVALID"),
        (["/relative/1.jpg"], ["input", "photos", "0"], "INVALID"),
        (["https://img.example.cn/a b.jpg"], ["input", "photos", "0"], "INVALID"),
        (["https://img.example.cn:99999/1.jpg"], ["input", "photos", "0"], "INVALID"),
        (["https://img.example.cn/" + "a" * 500], ["input", "photos", "0"], "TOO_LONG"),
        (["https://img.example.cn/1.jpg"] * 2, ["input", "photos", "1"], "DUPLICATE"),
    ],
)
async def test_photos_must_be_a_few_http_urls(
    events: Events, photos: list[str], field: list[str], code: str
) -> None:
    before = await events.count()
    payload = await events.try_report(photos=photos)
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert await events.count() == before


async def test_photos_are_kept(events: Events) -> None:
    photos = ["https://img.example.cn/1.jpg", "http://10.0.0.8:8080/p/2.png?x=1"]
    assert (await events.report(photos=photos))["photos"] == photos


async def test_the_place_is_filled_in_down_the_tree(events: Events) -> None:
    at = events.at
    event = await events.report(building=None, household=at.household)
    assert event["household"] == {"id": at.household}
    assert event["building"] == {"id": at.building}
    assert event["estate"] == {"id": at.estate}
    assert event["grid"] == {"id": at.micro_grid}
    assert event["areaGrid"] == {"id": at.area_grid}
    assert (event["community"], event["street"]) == ({"id": at.community}, {"id": at.street})
    in_area = await events.report(building=None, grid=at.area_grid)
    assert in_area["grid"] == in_area["areaGrid"] == {"id": at.area_grid}
    assert in_area["building"] is None
    # Naming the comprehensive grid around the building is as good as its micro-grid.
    both = await events.report(grid=at.area_grid)
    assert both["grid"] == {"id": at.area_grid} and both["building"] == {"id": at.building}


@pytest.mark.parametrize(
    ("where", "field", "code"),
    [
        ({"building": None}, ["input", "grid"], "REQUIRED"),
        (
            {"household": "household", "building": "other_building"},
            ["input", "household"],
            "INVALID",
        ),
        ({"grid": "other_micro_grid"}, ["input", "grid"], "INVALID"),
        (
            {"building": None, "grid": "area_grid", "estate": "far_estate"},
            ["input", "estate"],
            "INVALID",
        ),
        ({"building": "yandu_building"}, ["input", "building"], "NOT_FOUND"),
        ({"grid": "estate"}, ["input", "grid"], "NOT_FOUND"),
    ],
)
async def test_places_must_fit_together(
    events: Events, where: dict[str, str | None], field: list[str], code: str
) -> None:
    other = await Events(events.harness, YANDU).setup()
    far = await events.harness.query(
        events.district,
        "query($id: ID!) { node(id: $id) { ... on Community { estates(first: 1) { nodes { id } } } } }",
        {"id": events.at.other_community},
    )
    named = vars(events.at) | {
        "yandu_building": other.at.building,
        "far_estate": far["node"]["estates"]["nodes"][0]["id"],
    }
    before = await events.count()
    payload = await events.try_report(
        **{key: named[value] if value else None for key, value in where.items()}
    )
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert await events.count() == before


async def test_the_reporter_is_a_resident_or_a_grid_worker(events: Events) -> None:
    assert (await events.report())["reportedAs"] == "RESIDENT"
    assert (await events.report(reporter=events.at.worker))["reportedAs"] == "GRID_WORKER"
    payload = await events.try_report(reporter=events.at.household, description="")
    assert sorted((e["field"], e["code"]) for e in payload["errors"]) == [
        (["input", "description"], "REQUIRED"),
        (["input", "reporter"], "NOT_FOUND"),
    ]


async def test_hook_archive_rules_keep_an_events_history(events: Events) -> None:
    event = await events.in_status("CLOSED")
    assert event["history"]["totalCount"] == 6
    archive = "mutation($id: ID!) { archive(input: {id: $id}) { errors { code message } } }"
    # Transitions are history: they never keep the event from being archived...
    assert (await events.query(archive, {"id": event["id"]}))["archive"]["errors"] == []
    # ...and stay as they were: restored, the event has its whole history.
    restore = archive.replace("archive", "restore")
    assert (await events.query(restore, {"id": event["id"]}))["restore"]["errors"] == []
    assert (await events.event(event["id"]))["history"]["totalCount"] == 6


async def test_history_cannot_be_archived(events: Events) -> None:
    # Issue 16: community staff archived a transition, erasing part of an event's history.
    event = await events.in_status("CLOSED")
    staff = await events.login("community_staff", events.at.community_code)
    history = "query($id: ID!) { node(id: $id) { ... on GridEvent { history { totalCount nodes { id } } } } }"
    before = (await staff.query(history, {"id": event["id"]}))["node"]["history"]
    archive = "mutation($id: ID!) { archive(input: {id: $id}) { node { id } errors { field code message } } }"
    for who in (staff, events):
        for transition in before["nodes"]:
            payload = (await who.query(archive, {"id": transition["id"]}))["archive"]
            assert payload["node"] is None
            assert [(e["field"], e["code"]) for e in payload["errors"]] == [
                (["input", "id"], "INVALID")
            ]
            assert "history" in payload["errors"][0]["message"]
    assert (await staff.query(history, {"id": event["id"]}))["node"]["history"] == before
