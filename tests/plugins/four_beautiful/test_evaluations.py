"""four_beautiful: co-evaluations, their ranges, one per person per round, averages over time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from core.testing import YANDU

if TYPE_CHECKING:
    from tests.plugins.four_beautiful.conftest import CoCreation, Fresh

SCORES = {"organisation": 90, "environment": 80, "service": 70, "life": 60}


def evaluation(fresh: Fresh, who: int = 0, round: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "project": fresh.project,
        "round": round,
        "evaluator": fresh.residents[who],
        "role": "RESIDENT",
        "scores": SCORES,
        "evaluatedOn": "2023-06-10",
        **extra,
    }


async def written(co: CoCreation, fresh: Fresh) -> dict[str, Any]:
    return await co.project(
        fresh.project,
        """evaluations { totalCount } scores { round evaluations }
           participations(stage: CO_EVALUATE) { totalCount }""",
    )


@pytest.mark.parametrize("beauty", ["organisation", "environment", "service", "life"])
async def test_scores_out_of_range_are_refused_and_write_nothing(
    co: CoCreation, beauty: str
) -> None:
    fresh = await co.fresh()
    await co.to_co_evaluate(fresh)
    before = await written(co, fresh)
    for bad in (-1, 101):
        scores = {**SCORES, beauty: bad}
        refused = await co.refused("submitCoEvaluation", evaluation(fresh, scores=scores))
        assert refused == [(f"input.scores.{beauty}", "OUT_OF_RANGE")]
    assert (
        await written(co, fresh)
        == before
        == {
            "evaluations": {"totalCount": 0},
            "scores": None,
            "participations": {"totalCount": 0},
        }
    )
    # The bounds themselves are fine.
    edges = {"organisation": 0, "environment": 100, "service": 0, "life": 100}
    await co.ok("submitCoEvaluation", evaluation(fresh, scores=edges), "evaluation { id }")


async def test_one_evaluation_per_person_per_round(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_evaluate(fresh)
    first = await co.ok(
        "submitCoEvaluation",
        evaluation(fresh),
        "evaluation { round role organisationScore lifeScore evaluator { id } }",
    )
    assert first["evaluation"]["organisationScore"] == 90
    assert first["evaluation"]["evaluator"]["id"] == fresh.residents[0]
    before = await written(co, fresh)
    again = evaluation(fresh, scores={**SCORES, "life": 100})
    assert await co.refused("submitCoEvaluation", again) == [("input.evaluator", "DUPLICATE")]
    assert await written(co, fresh) == before
    scores = await co.project(fresh.project, "scores(round: 1) { life evaluations }")
    assert scores["scores"] == {"life": 60.0, "evaluations": 1}
    # The same person may evaluate again in the next round.
    await co.ok("submitCoEvaluation", evaluation(fresh, round=2), "evaluation { id }")


async def test_who_may_evaluate_and_which_round(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_evaluate(fresh)
    cases: list[tuple[dict[str, Any], list[tuple[str, str]]]] = [
        ({"evaluator": fresh.outsider}, [("input.evaluator", "WRONG_KIND")]),
        ({"role": "PARTY_MEMBER"}, [("input.evaluator", "WRONG_KIND")]),
        ({"round": 2}, [("input.round", "INVALID")]),
        ({"round": 0}, [("input.round", "OUT_OF_RANGE")]),
        ({"evaluatedOn": "2999-01-01"}, [("input.evaluatedOn", "OUT_OF_RANGE")]),
    ]
    for extra, expected in cases:
        assert await co.refused("submitCoEvaluation", evaluation(fresh, **extra)) == expected
    assert (await written(co, fresh))["evaluations"]["totalCount"] == 0
    # A party member evaluates as one, wherever they live.
    party = await co.ok(
        "submitCoEvaluation",
        evaluation(fresh, evaluator=fresh.party_member, role="PARTY_MEMBER"),
        "evaluation { role }",
    )
    assert party["evaluation"]["role"] == "PARTY_MEMBER"
    reach = await co.project(
        fresh.project, "reach(stage: CO_EVALUATE) { people partyMembers residents }"
    )
    assert reach["reach"] == {"people": 1, "partyMembers": 1, "residents": 0}


async def test_averages_per_round_and_over_time(co: CoCreation) -> None:
    fresh = await co.fresh()
    await co.to_co_evaluate(fresh)
    rounds = {
        1: [
            (0, {"organisation": 60, "environment": 70, "service": 80, "life": 90}),
            (1, {"organisation": 80, "environment": 70, "service": 60, "life": 50}),
        ],
        2: [(0, {"organisation": 100, "environment": 90, "service": 80, "life": 70})],
    }
    for round_, entries in rounds.items():
        for who, scores in entries:
            await co.ok(
                "submitCoEvaluation",
                evaluation(fresh, who=who, round=round_, scores=scores),
                "evaluation { id }",
            )
    data = await co.project(
        fresh.project,
        """scores { round organisation overall }
           first: scores(round: 1) { organisation environment service life overall evaluations }
           missing: scores(round: 3) { round }
           scoreHistory { round evaluations overall }
           recent: scoreHistory(last: 1) { round }""",
    )
    assert data["scores"] == {"round": 2, "organisation": 100.0, "overall": 85.0}
    assert data["first"] == {
        "organisation": 70.0,
        "environment": 70.0,
        "service": 70.0,
        "life": 70.0,
        "overall": 70.0,
        "evaluations": 2,
    }
    assert data["missing"] is None
    assert data["scoreHistory"] == [
        {"round": 1, "evaluations": 2, "overall": 70.0},
        {"round": 2, "evaluations": 1, "overall": 85.0},
    ]
    assert data["recent"] == [{"round": 2}]
    errors = await co.h.errors(
        YANDU,
        """query($id: ID!) { node(id: $id) { ... on CoCreationProject {
            scoreHistory(last: 0) { round } } } }""",
        {"id": fresh.project},
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"

    # Filter the district's projects by the latest round's averages.
    filtered = await co.query(
        """{ high: coCreationProjects(first: 100, filter: {minScores: {organisation: 99.5}}) {
               nodes { id } }
             low: coCreationProjects(
               first: 100, filter: {maxScores: {overall: 85}, stage: CO_EVALUATE}) {
               nodes { id scores { overall } } } }"""
    )
    assert fresh.project in [n["id"] for n in filtered["high"]["nodes"]]
    low = filtered["low"]["nodes"]
    assert fresh.project in [n["id"] for n in low]
    assert all(n["scores"]["overall"] <= 85 for n in low)
