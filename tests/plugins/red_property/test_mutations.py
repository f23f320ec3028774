"""red_property mutations: every rule refuses bad input with a typed error and writes nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from core.db import models as core
from core.testing import TINGHU, YANDU, Harness, codes
from plugins.red_property import models

YEAR = 2025
COUNTED: tuple[type[core.Base], ...] = (*models.MODELS, core.Post, core.Organisation)


async def rows(h: Harness) -> dict[str, int]:
    """Rows in every table the plugin's mutations write to."""
    async with h.app.state.gridgov.sessions() as session:
        return {
            model.__tablename__: int(
                await session.scalar(select(func.count()).select_from(model)) or 0
            )
            for model in COUNTED
        }


async def refused(
    h: Harness, name: str, input: dict[str, Any], expected: set[tuple[str, str]]
) -> None:
    """The mutation refuses ``input`` with (at least) the ``expected`` errors and writes nothing.

    ``expected`` holds (dotted input path, code): the codes are compared on the path's
    last part (:func:`codes`), and the whole path (list indexes included) must be refused.
    """
    before = await rows(h)
    result = await h.mutate(TINGHU, name, input)
    last = {(path.rsplit(".", 1)[-1], code) for path, code in expected}
    assert last <= codes(result), (input, result["errors"])
    refused_paths = {".".join(error["field"][1:]) for error in result["errors"]}
    assert {path for path, _ in expected} <= refused_paths, (input, result["errors"])
    assert await rows(h) == before, input


async def fixtures(h: Harness) -> dict[str, Any]:
    """IDs from the Tinghu example: estates with their company, people, organisations."""
    data = await h.query(
        TINGHU,
        """{ redPropertyStandards(first: 1) { nodes { id items { id weight } } }
          district {
            estates(first: 3) { nodes { id propertyService { id startDate company { id } } } }
            companies: organisations(first: 40, filter: {kind: PROPERTY_COMPANY}) {
              nodes { id } }
            owners: organisations(first: 1, filter: {kind: OWNERS_COMMITTEE}) { nodes { id } }
            committees: organisations(first: 1, filter: {kind: CO_GOVERNANCE_COMMITTEE}) {
              nodes { id } }
            branches: organisations(first: 1, filter: {kind: GRID_PARTY_BRANCH}) {
              nodes { id } }
            workers: people(first: 1, filter: {identity: COMMUNITY_WORKER}) { nodes { id } }
            residents: people(first: 1, filter: {identity: VOLUNTEER}) { nodes { id } } } }""",
    )
    district = data["district"]
    estates = district["estates"]["nodes"]
    serving = estates[0]["propertyService"]["company"]["id"]
    return {
        "standard": data["redPropertyStandards"]["nodes"][0],
        "estate": estates[0]["id"],
        "service": estates[0]["propertyService"],
        "other_estate": estates[1]["id"],
        "company": serving,
        "other_company": next(
            c["id"] for c in district["companies"]["nodes"] if c["id"] != serving
        ),
        "owners": district["owners"]["nodes"][0]["id"],
        "committee": district["committees"]["nodes"][0]["id"],
        "branch": district["branches"]["nodes"][0]["id"],
        "worker": district["workers"]["nodes"][0]["id"],
        "resident": district["residents"]["nodes"][0]["id"],
    }


# -- property service -----------------------------------------------------------------------


async def test_overlapping_service_periods_are_refused(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    started = f["service"]["startDate"]
    # The estate's company serves from `started` with no end: any later period overlaps it.
    for period in ({"startDate": "2026-01-01"}, {"startDate": "2000-01-01"}):
        await refused(
            gridgov,
            "createPropertyService",
            {"company": f["other_company"], "estate": f["estate"], **period},
            {("startDate", "CONFLICT")},
        )
    await refused(
        gridgov,
        "createPropertyService",
        {"company": f["branch"], "estate": f["estate"], "startDate": "2030-01-01"},
        {("company", "WRONG_KIND")},
    )
    await refused(
        gridgov,
        "createPropertyService",
        {
            "company": f["other_company"],
            "estate": f["estate"],
            "startDate": "2030-01-01",
            "endDate": "2029-01-01",
        },
        {("endDate", "INVALID_PERIOD")},
    )
    # A period ending the day before the current one starts does not overlap.
    before = (dt.date.fromisoformat(started) - dt.timedelta(days=1)).isoformat()
    earlier = await gridgov.mutate(
        TINGHU,
        "createPropertyService",
        {
            "company": f["other_company"],
            "estate": f["estate"],
            "startDate": "2000-01-01",
            "endDate": before,
        },
        "propertyService { id endDate company { id } estate { id } }",
    )
    assert earlier["errors"] == []
    assert earlier["propertyService"]["company"]["id"] == f["other_company"]
    # Reopening it would overlap the current service.
    await refused(
        gridgov,
        "endPropertyService",
        {"id": earlier["propertyService"]["id"], "end": None},
        {("end", "CONFLICT")},
    )
    # Ending the current service hands the estate over to another company.
    ended = await gridgov.mutate(
        TINGHU,
        "endPropertyService",
        {"id": f["service"]["id"], "end": "2026-06-30"},
        "propertyService { endDate }",
    )
    assert ended == {"propertyService": {"endDate": "2026-06-30"}, "errors": []}
    handed = await gridgov.mutate(
        TINGHU,
        "createPropertyService",
        {"company": f["other_company"], "estate": f["estate"], "startDate": "2026-07-01"},
        "propertyService { startDate }",
    )
    assert handed["errors"] == []
    data = await gridgov.query(
        TINGHU,
        """query($id: ID!) { node(id: $id) { ... on Estate {
          then: propertyService(on: "2026-06-30") { company { id } }
          later: propertyService(on: "2026-07-01") { company { id } }
          propertyServices { totalCount } } } }""",
        {"id": f["estate"]},
    )
    estate = data["node"]
    assert estate["then"]["company"]["id"] == f["company"]
    assert estate["later"]["company"]["id"] == f["other_company"]
    assert estate["propertyServices"]["totalCount"] >= 3


# -- standard and assessments --------------------------------------------------------------------

THRESHOLDS = [
    {"stars": 2, "minScore": 50},
    {"stars": 3, "minScore": 65},
    {"stars": 4, "minScore": 80},
    {"stars": 5, "minScore": 95},
]


async def test_standard_rules(gridgov: Harness) -> None:
    good = {
        "name": "测试标准",
        "adoptedOn": "2024-01-01",
        "thresholds": THRESHOLDS,
        "items": [{"title": "党建引领", "weight": 3}, {"title": "服务质量", "weight": 1}],
    }
    cases: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
        (
            {"thresholds": [*THRESHOLDS[:3], {"stars": 6, "minScore": 99}]},
            {("thresholds.3.stars", "OUT_OF_RANGE")},
        ),
        (
            {"thresholds": [{"stars": 0, "minScore": 10}, *THRESHOLDS]},
            {("thresholds.0.stars", "OUT_OF_RANGE")},
        ),
        (
            {"thresholds": [{"stars": 1, "minScore": 10}, *THRESHOLDS]},
            {("thresholds.0.stars", "INVALID")},
        ),
        ({"thresholds": THRESHOLDS[:3]}, {("thresholds", "REQUIRED")}),
        ({"thresholds": [*THRESHOLDS, THRESHOLDS[0]]}, {("thresholds.4.stars", "DUPLICATE")}),
        (
            {"thresholds": [*THRESHOLDS[:3], {"stars": 5, "minScore": 101}]},
            {("thresholds.3.minScore", "OUT_OF_RANGE")},
        ),
        (
            {"thresholds": [*THRESHOLDS[:3], {"stars": 5, "minScore": 70}]},
            {("thresholds", "INVALID")},
        ),
        ({"items": []}, {("items", "OUT_OF_RANGE")}),
        ({"items": [{"title": "x", "weight": 0}]}, {("items.0.weight", "OUT_OF_RANGE")}),
        (
            {"items": [{"title": "x", "weight": 1}, {"title": "x", "weight": 2}]},
            {("items.1.title", "DUPLICATE")},
        ),
        (
            {"name": " ", "adoptedOn": "2099-01-01"},
            {("name", "REQUIRED"), ("adoptedOn", "OUT_OF_RANGE")},
        ),
        ({"name": "亭湖区红色物业工作标准"}, {("name", "DUPLICATE")}),
    ]
    for change, expected in cases:
        await refused(gridgov, "createRedPropertyStandard", {**good, **change}, expected)
    made = await gridgov.mutate(
        TINGHU,
        "createRedPropertyStandard",
        good,
        "standard { name thresholds { stars minScore } items { title weight position } }",
    )
    assert made["errors"] == []
    assert made["standard"]["thresholds"] == [
        {"stars": 1, "minScore": 0},
        *({"stars": t["stars"], "minScore": t["minScore"]} for t in THRESHOLDS),
    ]
    assert [i["position"] for i in made["standard"]["items"]] == [1, 2]


async def _standard(h: Harness) -> dict[str, Any]:
    made = await h.mutate(
        TINGHU,
        "createRedPropertyStandard",
        {
            "name": "测试标准",
            "adoptedOn": "2024-01-01",
            "thresholds": THRESHOLDS,
            "items": [{"title": "党建引领", "weight": 3}, {"title": "服务质量", "weight": 1}],
        },
        "standard { id items { id } }",
    )
    return made["standard"]  # type: ignore[no-any-return]


def _assessment(f: dict[str, Any], standard: dict[str, Any]) -> dict[str, Any]:
    """A valid 2023 assessment against the test standard: 90 and 30 (75, three stars)."""
    first, second = (item["id"] for item in standard["items"])
    return {
        "company": f["company"],
        "estate": f["estate"],
        "standard": standard["id"],
        "year": 2023,
        "assessedOn": "2023-12-10",
        "assessor": f["worker"],
        "scores": [{"item": first, "score": 90}, {"item": second, "score": 30}],
    }


async def test_assessment_derives_stars_and_refuses_bad_input(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    standard = await _standard(gridgov)
    first, second = (item["id"] for item in standard["items"])
    other_item = f["standard"]["items"][0]["id"]
    good = _assessment(f, standard)
    cases: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
        (
            {"scores": [{"item": first, "score": 101}, {"item": second, "score": -1}]},
            {("scores.0.score", "OUT_OF_RANGE"), ("scores.1.score", "OUT_OF_RANGE")},
        ),
        ({"scores": [{"item": first, "score": 90}]}, {("scores", "REQUIRED")}),
        (
            {"scores": [*good["scores"], {"item": first, "score": 80}]},
            {("scores.2.item", "DUPLICATE")},
        ),
        (
            {"scores": [*good["scores"], {"item": other_item, "score": 80}]},
            {("scores.2.item", "WRONG_KIND")},
        ),
        # The example ratings are for 2024 and 2025: a second one for the same year is refused.
        (
            {
                "standard": f["standard"]["id"],
                "year": YEAR,
                "assessedOn": "2025-12-28",
                "scores": [{"item": i["id"], "score": 80} for i in f["standard"]["items"]],
            },
            {("year", "DUPLICATE")},
        ),
        ({"company": f["other_company"]}, {("estate", "INVALID_STATE")}),
        ({"company": f["branch"]}, {("company", "WRONG_KIND")}),
        ({"year": 1999}, {("year", "OUT_OF_RANGE")}),
        (
            {"year": 2099, "assessedOn": "2099-01-01"},
            {("year", "OUT_OF_RANGE"), ("assessedOn", "OUT_OF_RANGE")},
        ),
        ({"assessedOn": "2021-01-01"}, {("assessedOn", "OUT_OF_RANGE")}),
        ({"assessor": f["company"]}, {("assessor", "NOT_FOUND")}),
    ]
    for change, expected in cases:
        await refused(gridgov, "recordPropertyAssessment", {**good, **change}, expected)
    made = await gridgov.mutate(
        TINGHU,
        "recordPropertyAssessment",
        good,
        "rating { year score stars itemScores { score } estate { id } }",
    )
    # (3 * 90 + 1 * 30) / 4 = 75: at least 65 (three stars), below 80 (four).
    assert made["errors"] == []
    assert made["rating"] == {
        "year": 2023,
        "score": 75.0,
        "stars": 3,
        "itemScores": [{"score": 90}, {"score": 30}],
        "estate": {"id": f["estate"]},
    }
    await refused(gridgov, "recordPropertyAssessment", good, {("year", "DUPLICATE")})
    data = await gridgov.query(
        TINGHU,
        "query($id: ID!) { node(id: $id) { ... on Estate { starRating(year: 2023) { stars } } } }",
        {"id": f["estate"]},
    )
    assert data["node"]["starRating"] == {"stars": 3}


async def test_stars_follow_the_thresholds_at_their_edges(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    standard = await _standard(gridgov)
    first, second = (item["id"] for item in standard["items"])
    # The company served the estate in 2010–2017 too (before any example service began).
    served = await gridgov.mutate(
        TINGHU,
        "createPropertyService",
        {
            "company": f["company"],
            "estate": f["other_estate"],
            "startDate": "2010-01-01",
            "endDate": "2017-12-31",
        },
        "propertyService { id }",
    )
    assert served["errors"] == []
    # Equal item scores make the weighted score; each threshold earns its stars exactly.
    expected = {49: 1, 50: 2, 64: 2, 65: 3, 80: 4, 94: 4, 95: 5, 100: 5}
    for year, (score, stars) in zip(range(2010, 2018), expected.items(), strict=True):
        made = await gridgov.mutate(
            TINGHU,
            "recordPropertyAssessment",
            {
                "company": f["company"],
                "estate": f["other_estate"],
                "standard": standard["id"],
                "year": year,
                "assessedOn": f"{year}-12-01",
                "assessor": f["worker"],
                "scores": [{"item": first, "score": score}, {"item": second, "score": score}],
            },
            "rating { score stars }",
        )
        assert made["rating"] == {"score": float(score), "stars": stars}, (score, made)


# -- sites, posts, venues, sessions --------------------------------------------------------------


async def test_demonstration_site_rules(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    good = {"level": "DISTRICT", "year": 2025, "name": "区级示范点", "estate": f["estate"]}
    cases: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
        ({"company": f["company"]}, {("estate", "INVALID")}),
        ({"estate": None}, {("estate", "INVALID")}),
        ({"estate": None, "company": f["branch"]}, {("company", "WRONG_KIND")}),
        ({"year": 1990}, {("year", "OUT_OF_RANGE")}),
        ({"name": ""}, {("name", "REQUIRED")}),
    ]
    for change, expected in cases:
        await refused(gridgov, "designateDemonstrationSite", {**good, **change}, expected)
    made = await gridgov.mutate(
        TINGHU,
        "designateDemonstrationSite",
        good,
        "site { level year estate { id } company { id } }",
    )
    assert made["site"] == {
        "level": "DISTRICT",
        "year": 2025,
        "estate": {"id": f["estate"]},
        "company": None,
    }
    await refused(gridgov, "designateDemonstrationSite", good, {("year", "DUPLICATE")})
    data = await gridgov.query(
        TINGHU, '{ district { indicators(prefix: "red_property.sites.") { key value } } }'
    )
    values = {i["key"]: i["value"] for i in data["district"]["indicators"]}
    assert values == {
        "red_property.sites.provincial": 2,
        "red_property.sites.municipal": 7,
        "red_property.sites.district": 1,
    }


async def test_party_affairs_manager_must_be_a_community_worker(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    good = {"person": f["worker"], "company": f["company"], "startDate": "2025-01-01"}
    cases: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
        ({"person": f["resident"]}, {("person", "WRONG_KIND")}),
        ({"company": f["owners"]}, {("company", "WRONG_KIND")}),
        ({"startDate": "2020-01-01"}, {("person", "WRONG_KIND")}),  # not yet a community worker
        ({"endDate": "2024-01-01"}, {("endDate", "INVALID_PERIOD")}),
    ]
    for change, expected in cases:
        await refused(gridgov, "postPartyAffairsManager", {**good, **change}, expected)
    made = await gridgov.mutate(
        TINGHU,
        "postPartyAffairsManager",
        good,
        "post { role person { id } organisation { id kind } }",
    )
    assert made["post"] == {
        "role": "PARTY_AFFAIRS_MANAGER",
        "person": {"id": f["worker"]},
        "organisation": {"id": f["company"], "kind": "PROPERTY_COMPANY"},
    }
    # Core refuses the same post over an overlapping period.
    await refused(gridgov, "postPartyAffairsManager", good, {("startDate", "CONFLICT")})
    # Core's createPost enforces the role this plugin contributes just the same.
    core_post = await gridgov.mutate(
        TINGHU,
        "createPost",
        {
            "person": f["resident"],
            "organisation": f["company"],
            "role": "PARTY_AFFAIRS_MANAGER",
            "startDate": "2025-01-01",
        },
        "post { id }",
    )
    assert ("person", "WRONG_KIND") in codes(core_post)
    data = await gridgov.query(
        TINGHU, '{ district { indicators(prefix: "red_property.party") { value } } }'
    )
    assert data["district"]["indicators"] == [{"value": 59}]


async def test_owners_committee_seat_rules(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    good = {"person": f["worker"], "committee": f["owners"], "startDate": "2025-01-01"}
    await refused(
        gridgov,
        "seatOnOwnersCommittee",
        {**good, "committee": f["company"]},
        {("committee", "WRONG_KIND")},
    )
    await refused(
        gridgov,
        "seatOnOwnersCommittee",
        {**good, "person": f["resident"]},
        {("person", "WRONG_KIND")},
    )
    made = await gridgov.mutate(TINGHU, "seatOnOwnersCommittee", good, "post { role }")
    assert made == {"post": {"role": "OWNERS_COMMITTEE_SEAT"}, "errors": []}


async def test_venue_rules(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    good = {
        "estate": f["estate"],
        "kind": "COUNCIL_HALL",
        "name": "测试民情议事厅",
        "openedOn": "2025-05-01",
    }
    await refused(
        gridgov, "openRedPropertyVenue", {**good, "estate": f["company"]}, {("estate", "NOT_FOUND")}
    )
    await refused(
        gridgov,
        "openRedPropertyVenue",
        {**good, "openedOn": "2099-01-01", "name": ""},
        {("openedOn", "OUT_OF_RANGE"), ("name", "REQUIRED")},
    )
    made = await gridgov.mutate(
        TINGHU, "openRedPropertyVenue", good, "venue { kind deliberation estate { id } }"
    )
    assert made["venue"] == {
        "kind": "COUNCIL_HALL",
        "deliberation": True,
        "estate": {"id": f["estate"]},
    }
    await refused(
        gridgov,
        "openRedPropertyVenue",
        {**good, "kind": "MUTUAL_HELP_CORNER"},
        {("name", "DUPLICATE")},
    )
    data = await gridgov.query(
        TINGHU, '{ district { indicators(prefix: "red_property.council") { value } } }'
    )
    assert data["district"]["indicators"] == [{"value": 54}]


async def test_evaluation_sessions_of_a_new_co_governance_committee(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    # A committee is a core organisation of the kind this plugin adds, anchored to an estate.
    committee = await gridgov.mutate(
        TINGHU,
        "createOrganisation",
        {"kind": "CO_GOVERNANCE_COMMITTEE", "name": "测试共治委员会", "anchor": f["estate"]},
        "organisation { id kind }",
    )
    assert committee["errors"] == []
    committee_id = committee["organisation"]["id"]
    good = {
        "committee": committee_id,
        "heldOn": "2025-03-01",
        "topic": "加装电梯",
        "householdsReached": 120,
    }
    cases: list[tuple[dict[str, Any], set[tuple[str, str]]]] = [
        ({"committee": f["owners"]}, {("committee", "WRONG_KIND")}),
        ({"householdsReached": 0}, {("householdsReached", "OUT_OF_RANGE")}),
        ({"topic": "x" * 201}, {("topic", "TOO_LONG")}),
        ({"heldOn": "2099-01-01"}, {("heldOn", "OUT_OF_RANGE")}),
    ]
    for change, expected in cases:
        await refused(gridgov, "recordEvaluationSession", {**good, **change}, expected)
    made = await gridgov.mutate(
        TINGHU,
        "recordEvaluationSession",
        good,
        "session { topic householdsReached committee { id } }",
    )
    assert made["session"] == {
        "topic": "加装电梯",
        "householdsReached": 120,
        "committee": {"id": committee_id},
    }
    data = await gridgov.query(
        TINGHU,
        """query($id: ID!) { node(id: $id) { ... on Organisation {
          evaluationSessions { totalCount nodes { heldOn } } } }
          district { indicators(prefix: "red_property.") { key value } } }""",
        {"id": committee_id},
    )
    assert data["node"]["evaluationSessions"] == {
        "totalCount": 1,
        "nodes": [{"heldOn": "2025-03-01"}],
    }
    values = {i["key"]: i["value"] for i in data["district"]["indicators"]}
    assert values["red_property.evaluation_sessions"] == 188
    assert values["red_property.households_reached"] == 32420
    # A co-governance committee anchors to an estate only (core enforces the kind's rule).
    loose = await gridgov.mutate(
        TINGHU,
        "createOrganisation",
        {"kind": "CO_GOVERNANCE_COMMITTEE", "name": "无处安放的委员会"},
        "organisation { id }",
    )
    assert ("anchor", "REQUIRED") in codes(loose)


async def test_yandu_cannot_reach_the_mutations(gridgov: Harness) -> None:
    errors = await gridgov.errors(
        YANDU,
        """mutation { openRedPropertyVenue(input: {estate: "x", kind: COUNCIL_HALL, name: "x",
          openedOn: "2025-01-01"}) { errors { code } } }""",
    )
    assert "openRedPropertyVenue" in errors[0]["message"]


async def test_hook_archive_rules_take_parts_with_a_rating_or_a_standard(gridgov: Harness) -> None:
    f = await fixtures(gridgov)
    standard = await _standard(gridgov)
    made = await gridgov.mutate(
        TINGHU, "recordPropertyAssessment", _assessment(f, standard), "rating { id }"
    )
    rating = made["rating"]["id"]

    async def set_archived(verb: str, id_: str) -> list[str]:
        payload = await gridgov.mutate(
            TINGHU, verb, {"id": id_}, "node { id }", input_type="ArchiveInput"
        )
        return [error["message"] for error in payload["errors"]]

    async def live(model: Any) -> int:
        async with gridgov.app.state.gridgov.sessions() as session:
            statement = select(func.count()).where(model.archived_at.is_(None))
            return int(await session.scalar(statement) or 0)

    scores, items = await live(models.ItemScore), await live(models.AssessmentItem)
    # A standard followed by a live rating stays; the rating takes its scores with it.
    assert await set_archived("archive", standard["id"]) == [
        "1 live rows of red_property_rating depend on it; archive them first"
    ]
    assert await set_archived("archive", rating) == []
    assert await live(models.ItemScore) == scores - 2
    assert await set_archived("archive", standard["id"]) == []
    assert await live(models.AssessmentItem) == items - 2
    # Restoring the rating first would leave it on an archived standard.
    assert await set_archived("restore", rating) == [
        "points at an archived row of red_property_standard (red_property_rating.standard_id);"
        " restore that first"
    ]
    assert await set_archived("restore", standard["id"]) == []
    assert await set_archived("restore", rating) == []
    assert (await live(models.ItemScore), await live(models.AssessmentItem)) == (scores, items)
