"""four_beautiful: the five co-s go in order, each stage needing what moving on requires."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.plugins.four_beautiful.conftest import CoCreation

HISTORY = "stage stageHistory { stage enteredOn note } missingForNextStage nextStage"


async def test_a_new_project_starts_at_co_plan(co: CoCreation) -> None:
    fresh = await co.fresh()
    project = await co.project(fresh.project, HISTORY + " estate { id } mergedMicroEstates")
    assert project["stage"] == "CO_PLAN" and project["nextStage"] == "CO_BUILD"
    assert project["stageHistory"] == [
        {"stage": "CO_PLAN", "enteredOn": "2023-01-10", "note": None}
    ]
    assert project["estate"]["id"] == fresh.estate
    assert project["mergedMicroEstates"] == []
    assert "accepted residents' proposal" in project["missingForNextStage"]
    # One project per estate.
    refused = await co.refused(
        "createCoCreationProject",
        {"estate": fresh.estate, "name": "又一个", "startedOn": "2023-01-10"},
    )
    assert refused == [("input.estate", "DUPLICATE")]


async def test_stages_cannot_be_skipped_or_repeated(co: CoCreation) -> None:
    fresh = await co.fresh()
    proposal = await co.propose(fresh)
    assert (await co.decide(proposal, "ACCEPTED"))["errors"] == []
    for stage in ("CO_MANAGE", "CO_SHARE", "CO_PLAN"):
        refused = await co.refused(
            "advanceCoCreationStage",
            {"project": fresh.project, "stage": stage, "on": "2023-03-01"},
        )
        assert refused == [("input.stage", "INVALID_STATE")]
    project = await co.project(fresh.project, HISTORY)
    assert project["stage"] == "CO_PLAN" and len(project["stageHistory"]) == 1
    await co.advance(fresh.project, "CO_BUILD", "2023-03-01")
    refused = await co.refused(
        "advanceCoCreationStage",
        {"project": fresh.project, "stage": "CO_BUILD", "on": "2023-03-02"},
    )
    assert refused == [("input.stage", "INVALID_STATE")]


async def test_moving_on_needs_what_the_stage_produces(co: CoCreation) -> None:
    fresh = await co.fresh()
    advance = {"project": fresh.project, "on": "2023-03-01"}

    # co-plan -> co-build: a pending or rejected proposal is not enough.
    pending = await co.propose(fresh, "增设充电桩")
    rejected = await co.propose(fresh, "开设菜市场", by=1)
    await co.decide(rejected, "REJECTED", reason="影响居民休息")
    assert await co.refused("advanceCoCreationStage", {**advance, "stage": "CO_BUILD"}) == [
        ("input.stage", "INVALID_STATE")
    ]
    await co.decide(pending, "ACCEPTED")
    await co.advance(fresh.project, "CO_BUILD", "2023-03-01")

    # co-build -> co-manage needs a work.
    advance["on"] = "2023-04-01"
    assert await co.refused("advanceCoCreationStage", {**advance, "stage": "CO_MANAGE"}) == [
        ("input.stage", "INVALID_STATE")
    ]
    work = await co.work(fresh, 40, proposal=pending)
    await co.advance(fresh.project, "CO_MANAGE", "2023-04-01")

    # No co-evaluate before a co-build work is finished, nor before a rule is agreed.
    await co.ok(
        "agreeCoManageRule",
        {
            "project": fresh.project,
            "title": "停车管理办法",
            "agreedOn": "2023-04-10",
            "keeper": fresh.residents[2],
        },
        "rule { id keeper { ... on Person { id } } }",
    )
    payload = await co.mutate(
        "advanceCoCreationStage", {**advance, "stage": "CO_EVALUATE", "on": "2023-05-01"}
    )
    assert [(e["code"], e["message"]) for e in payload["errors"]] == [
        ("INVALID_STATE", "co-evaluate needs at least one finished co-build work")
    ]
    project = await co.project(fresh.project, HISTORY)
    assert project["stage"] == "CO_MANAGE" and len(project["stageHistory"]) == 3
    assert project["missingForNextStage"] == "co-evaluate needs at least one finished co-build work"
    await co.ok(
        "reportCoBuildProgress",
        {"work": work, "progress": 100, "on": "2023-04-20"},
        "work { progress finishedOn }",
    )
    await co.advance(fresh.project, "CO_EVALUATE", "2023-05-01")

    # co-evaluate -> co-share needs an evaluation.
    assert await co.refused(
        "advanceCoCreationStage", {**advance, "stage": "CO_SHARE", "on": "2023-06-01"}
    ) == [("input.stage", "INVALID_STATE")]
    await co.ok(
        "submitCoEvaluation",
        {
            "project": fresh.project,
            "round": 1,
            "evaluator": fresh.residents[3],
            "role": "RESIDENT",
            "scores": {"organisation": 90, "environment": 85, "service": 80, "life": 95},
            "evaluatedOn": "2023-05-20",
        },
        "evaluation { id }",
    )
    await co.advance(fresh.project, "CO_SHARE", "2023-06-01")
    project = await co.project(fresh.project, HISTORY)
    assert [s["stage"] for s in project["stageHistory"]] == [
        "CO_PLAN",
        "CO_BUILD",
        "CO_MANAGE",
        "CO_EVALUATE",
        "CO_SHARE",
    ]
    assert project["nextStage"] is None
    assert await co.refused(
        "advanceCoCreationStage", {**advance, "stage": "CO_SHARE", "on": "2023-07-01"}
    ) == [("input.stage", "INVALID_STATE")]


async def test_records_wait_for_their_stage(co: CoCreation) -> None:
    fresh = await co.fresh()
    at_plan: list[tuple[str, dict[str, Any]]] = [
        ("createCoBuildWork", {"title": "打通围墙", "startedOn": "2023-02-01"}),
        (
            "agreeCoManageRule",
            {"title": "居民公约", "agreedOn": "2023-02-01", "keeper": fresh.residents[0]},
        ),
        (
            "submitCoEvaluation",
            {
                "round": 1,
                "evaluator": fresh.residents[0],
                "role": "RESIDENT",
                "scores": {"organisation": 90, "environment": 90, "service": 90, "life": 90},
                "evaluatedOn": "2023-02-01",
            },
        ),
        (
            "recordCoShareOutcome",
            {"kind": "OUTCOME", "title": "游乐场开放", "achievedOn": "2023-02-01"},
        ),
    ]
    for name, input in at_plan:
        assert await co.refused(name, {"project": fresh.project, **input}) == [
            ("input.project", "INVALID_STATE")
        ]
    refused = await co.refused(
        "recordCoCreationParticipation",
        {
            "project": fresh.project,
            "person": fresh.residents[0],
            "stage": "CO_BUILD",
            "capacity": "RESIDENT",
            "tookPartOn": "2023-02-01",
        },
    )
    assert refused == [("input.stage", "INVALID_STATE")]
    tallies = await co.project(
        fresh.project,
        "tallies { works rules evaluations outcomes } participations { totalCount }",
    )
    assert tallies["tallies"] == {"works": 0, "rules": 0, "evaluations": 0, "outcomes": 0}
    assert tallies["participations"]["totalCount"] == 0


async def test_advancing_checks_the_date_and_writes_nothing_when_refused(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_build(fresh)
    await co.work(fresh, 100)
    for on, code in (("2023-02-01", "INVALID_PERIOD"), ("2999-01-01", "OUT_OF_RANGE")):
        refused = await co.refused(
            "advanceCoCreationStage",
            {"project": fresh.project, "stage": "CO_MANAGE", "on": on},
        )
        assert refused == [("input.on", code)]
    project = await co.project(fresh.project, HISTORY)
    assert project["stage"] == "CO_BUILD" and len(project["stageHistory"]) == 2
    done = await co.ok(
        "advanceCoCreationStage",
        {
            "project": fresh.project,
            "stage": "CO_MANAGE",
            "on": "2023-04-01",
            "note": "居民议事会通过",
        },
        "project { stage stageHistory { note } }",
    )
    assert done["project"]["stage"] == "CO_MANAGE"
    assert done["project"]["stageHistory"][-1]["note"] == "居民议事会通过"


async def test_five_unifications_checklist_follows_the_works(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_build(fresh)
    walls = await co.work(fresh, 30, unification="WALLS_OPENED")
    await co.work(fresh, 100, unification="GARAGES_CLEARED")
    await co.ok(
        "reportCoBuildProgress", {"work": walls, "progress": 70, "on": "2023-04-01"}, "work { id }"
    )
    assert await co.refused(
        "reportCoBuildProgress", {"work": walls, "progress": 50, "on": "2023-04-02"}
    ) == [("input.progress", "INVALID")]
    assert await co.refused(
        "reportCoBuildProgress", {"work": walls, "progress": 101, "on": "2023-04-02"}
    ) == [("input.progress", "OUT_OF_RANGE")]
    checklist = (await co.project(fresh.project, "fiveUnifications { unification progress done }"))[
        "fiveUnifications"
    ]
    assert checklist == [
        {"unification": "WALLS_OPENED", "progress": 70, "done": False},
        {"unification": "FACILITIES_COMPLETED", "progress": 0, "done": False},
        {"unification": "GARAGES_CLEARED", "progress": 100, "done": True},
        {"unification": "FACADES_RENEWED", "progress": 0, "done": False},
        {"unification": "SELF_GOVERNED_MANAGEMENT", "progress": 0, "done": False},
    ]
