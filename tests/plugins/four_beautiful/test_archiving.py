"""Archiving and restoring the programme's records through core's generic mutations.

A project takes its stage history and merged micro-estates with it; a project, a
supporter, an evaluation and a participation are unique among live rows, so a
restore that would make two live ones is refused as ``DUPLICATE``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.testing import YANDU
from tests.plugins.four_beautiful.conftest import evaluation_input

if TYPE_CHECKING:
    from tests.plugins.four_beautiful.conftest import CoCreation

HISTORY = "stage stageHistory { stage } mergedMicroEstates"


async def restored(co: CoCreation, id: str) -> list[tuple[str, str]]:
    """Restore an object; its errors as ``(code, message)``."""
    payload = await co.h.mutate(
        YANDU, "restore", {"id": id}, "node { id }", input_type="ArchiveInput"
    )
    return [(error["code"], error["message"]) for error in payload["errors"]]


async def test_hook_archive_rules_take_a_projects_history_with_it(co: CoCreation) -> None:
    data = await co.query(
        """{ district { estates(first: 100, filter: {kind: ESTATE}) { nodes {
            id coCreation { id } } } } }"""
    )
    estate = next(e["id"] for e in data["district"]["estates"]["nodes"] if e["coCreation"] is None)
    start = {"estate": estate, "name": "幸福小区共同缔造", "startedOn": "2023-01-10"}
    payload = await co.ok(
        "createCoCreationProject",
        {**start, "mergedMicroEstates": ["东区", "西区"]},
        "project { id }",
    )
    old = payload["project"]["id"]
    before = await co.project(old, HISTORY)
    assert before["stageHistory"] and before["mergedMicroEstates"] == ["东区", "西区"]
    await co.archive(old)  # its stage history and merged estates no longer block it

    # The estate may start again, and the old project may not come back beside the new.
    new = (await co.ok("createCoCreationProject", start, "project { id }"))["project"]["id"]
    assert await restored(co, old) == [
        (
            "DUPLICATE",
            "a live co-creation project of the estate has taken its place; archive that first",
        )
    ]
    await co.archive(new)
    assert await restored(co, old) == []
    assert await co.project(old, HISTORY) == before
    query = "query($id: ID!) { node(id: $id) { ... on Estate { coCreation { id } } } }"
    assert (await co.query(query, {"id": estate}))["node"]["coCreation"] == {"id": old}


async def test_hook_check_restore_refuses_what_a_live_record_replaced(co: CoCreation) -> None:
    fresh = await co.fresh()
    proposal = await co.propose(fresh)
    supporters = "supporters(first: 5) { nodes { id } }"
    await co.ok(
        "supportCoPlanProposal",
        {"proposal": proposal, "supporters": [fresh.residents[3]], "on": "2023-01-25"},
        "proposal { id }",
    )
    # A proposal's named supporters go and come back with it.
    await co.archive(proposal)
    assert await restored(co, proposal) == []
    query = f"query($id: ID!) {{ node(id: $id) {{ ... on CoPlanProposal {{ {supporters} }} }} }}"
    data = await co.query(query, {"id": proposal})
    assert data["node"]["supporters"]["nodes"] == [{"id": fresh.residents[3]}]

    await co.to_co_evaluate(fresh)
    evaluation = evaluation_input(fresh)
    first = await co.ok("submitCoEvaluation", evaluation, "evaluation { id }")
    await co.archive(first["evaluation"]["id"])
    await co.ok("submitCoEvaluation", evaluation, "evaluation { id }")
    assert await restored(co, first["evaluation"]["id"]) == [
        (
            "DUPLICATE",
            "a live evaluation of the project by the evaluator in this round has taken its"
            " place; archive that first",
        )
    ]
    data = await co.project(fresh.project, "evaluations { totalCount }")
    assert data == {"evaluations": {"totalCount": 1}}
