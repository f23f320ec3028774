"""six_haves: an estate's assessment follows the data, have by have, with its evidence."""

from __future__ import annotations

import datetime as dt

from core.testing import YANDU
from tests.plugins.six_haves.conftest import TODAY, Six, have_of

WEEK_AGO = TODAY - dt.timedelta(days=7)
YESTERDAY = TODAY - dt.timedelta(days=1)


async def test_a_new_estate_gains_the_six_one_by_one(six: Six) -> None:
    ids = await six.fresh_estate()
    before = await six.overview()
    found = await six.haves(ids["estate"])
    assert found["score"] == 0 and found["allSix"] is False
    assert found["missing"] == ["ORGANISATION", "PEOPLE", "PLACE", "RULES", "FUNDS", "NETWORK"]
    network = have_of(found, "NETWORK")
    assert network["missing"] == [
        f"micro-grids without a grid worker on {TODAY.isoformat()}: 六有测试微网格"
    ]
    assert [g["id"] for g in found["network"]["unstaffedMicroGrids"]] == [ids["grid"]]

    # Network (and people): a grid worker on the covering micro-grid, through core.
    assignment = await six.created(
        "createGridAssignment",
        {
            "person": ids["person"],
            "grid": ids["grid"],
            "kind": "PART_TIME",
            "startDate": WEEK_AGO.isoformat(),
        },
        "gridAssignment",
    )
    found = await six.haves(ids["estate"])
    assert have_of(found, "NETWORK") == {
        "have": "NETWORK",
        "satisfied": True,
        "missing": [],
        "evidenceIds": [assignment],
    }
    assert found["network"]["unstaffedMicroGrids"] == []
    assert found["people"]["peopleCount"] == 1
    assert found["people"]["gridAssignments"] == [{"id": assignment, "kind": "PART_TIME"}]
    assert found["score"] == 2

    # The assignment ends yesterday: both go again, and come back for an earlier day.
    ended = await six.mutate(
        "endGridAssignment",
        {"id": assignment, "end": YESTERDAY.isoformat()},
        "gridAssignment { endDate }",
        "EndPeriodInput",
    )
    assert ended["errors"] == []
    found = await six.haves(ids["estate"])
    assert found["missing"] == ["ORGANISATION", "PEOPLE", "PLACE", "RULES", "FUNDS", "NETWORK"]
    assert (await six.haves(ids["estate"], YESTERDAY))["missing"] == [
        "ORGANISATION",
        "PLACE",
        "RULES",
        "FUNDS",
    ]
    await six.created(
        "createGridAssignment",
        {
            "person": ids["person"],
            "grid": ids["grid"],
            "kind": "FULL_TIME",
            "startDate": TODAY.isoformat(),
        },
        "gridAssignment",
    )

    # Organisation: a property company anchored to the estate is not one; an owners'
    # committee is.
    await six.created(
        "createOrganisation",
        {"kind": "PROPERTY_COMPANY", "name": "测试物业公司", "anchor": ids["estate"]},
        "organisation",
    )
    assert not have_of(await six.haves(ids["estate"]), "ORGANISATION")["satisfied"]
    committee = await six.created(
        "createOrganisation",
        {"kind": "OWNERS_COMMITTEE", "name": "六有测试小区业委会", "anchor": ids["estate"]},
        "organisation",
    )
    found = await six.haves(ids["estate"])
    assert have_of(found, "ORGANISATION")["evidenceIds"] == [committee]
    assert found["organisation"]["organisations"] == [
        {"id": committee, "kind": "OWNERS_COMMITTEE", "name": "六有测试小区业委会"}
    ]

    # Place: a grid station nobody deliberates in does not count; a deliberation hall does.
    await six.created(
        "createSixHavesVenue",
        {
            "estate": ids["estate"],
            "name": "网格驿站",
            "kind": "GRID_STATION",
            "deliberation": False,
        },
        "venue",
    )
    assert not have_of(await six.haves(ids["estate"]), "PLACE")["satisfied"]
    hall = await six.created(
        "createSixHavesVenue",
        {"estate": ids["estate"], "name": "议事厅", "kind": "DELIBERATION_HALL"},
        "venue",
    )

    # Rules and funds, recorded here.
    rule = await six.created(
        "createSixHavesRule",
        {
            "estate": ids["estate"],
            "title": "居民公约",
            "kind": "RESIDENTS_CONVENTION",
            "adoptedOn": WEEK_AGO.isoformat(),
            "adoptedBy": "业主大会",
        },
        "rule",
    )
    fund = await six.created(
        "createSixHavesFund",
        {"estate": ids["estate"], "source": "FISCAL", "amount": 50000, "year": TODAY.year},
        "fund",
    )
    await six.created(
        "createSixHavesFund",
        {"estate": ids["estate"], "source": "PARTY_FEES", "amount": 8000, "year": TODAY.year},
        "fund",
    )
    found = await six.haves(ids["estate"])
    assert found["score"] == 6 and found["allSix"] is True and found["missing"] == []
    assert have_of(found, "PLACE")["evidenceIds"] == [hall]
    assert have_of(found, "RULES")["evidenceIds"] == [rule]
    assert fund in have_of(found, "FUNDS")["evidenceIds"]
    assert found["funds"]["total"] == 58000
    assert found["funds"]["bySource"] == [
        {"source": "FISCAL", "amount": 50000},
        {"source": "PARTY_FEES", "amount": 8000},
    ]
    after = await six.overview()
    assert after["estatesAssessed"] == before["estatesAssessed"]
    assert after["estatesAllSix"] == before["estatesAllSix"] + 1

    # Archiving the hall (core's generic archive) and repealing the rule take them away.
    archived = await six.mutate("archive", {"id": hall}, "node { id }", "ArchiveInput")
    assert archived["errors"] == []
    repealed = await six.mutate(
        "repealSixHavesRule", {"id": rule, "repealedOn": TODAY.isoformat()}, "rule { repealedOn }"
    )
    assert repealed["errors"] == [] and repealed["rule"]["repealedOn"] == TODAY.isoformat()
    found = await six.haves(ids["estate"])
    assert found["missing"] == ["PLACE", "RULES"]
    assert have_of(found, "RULES")["missing"] == [
        f"no rule or agreement is in force on {TODAY.isoformat()}"
    ]
    assert have_of(await six.haves(ids["estate"], YESTERDAY), "RULES")["satisfied"]


async def test_funds_count_for_this_year_and_last_only(six: Six) -> None:
    ids = await six.fresh_estate()
    old = await six.created(
        "createSixHavesFund",
        {"estate": ids["estate"], "source": "SELF_FUNDING", "amount": 3000, "year": TODAY.year - 2},
        "fund",
    )
    funds = have_of(await six.haves(ids["estate"]), "FUNDS")
    assert funds["satisfied"] is False
    assert funds["missing"] == [f"no funding is recorded for {TODAY.year - 1}-{TODAY.year}"]
    moved = await six.mutate(
        "updateSixHavesFund", {"id": old, "year": TODAY.year - 1}, "fund { year }"
    )
    assert moved["errors"] == [] and moved["fund"]["year"] == TODAY.year - 1
    found = await six.haves(ids["estate"])
    assert have_of(found, "FUNDS")["evidenceIds"] == [old]
    assert (found["funds"]["firstYear"], found["funds"]["lastYear"]) == (
        TODAY.year - 1,
        TODAY.year,
    )


async def test_people_come_from_posts_and_resident_volunteers(six: Six) -> None:
    ids = await six.fresh_estate()
    household = await six.created(
        "createHousehold", {"building": ids["building"], "doorNumber": "1-101"}, "household"
    )
    resident = await six.created(
        "createPerson", {"name": "李志愿", "gender": "MALE", "household": household}, "person"
    )
    volunteer = await six.created(
        "createIdentity",
        {"person": resident, "kind": "VOLUNTEER", "since": WEEK_AGO.isoformat()},
        "identity",
    )
    found = await six.haves(ids["estate"])
    assert have_of(found, "PEOPLE") == {
        "have": "PEOPLE",
        "satisfied": True,
        "missing": [],
        "evidenceIds": [volunteer],
    }
    # A building party group's head counts through the group anchored to the building.
    data = await six.harness.query(
        YANDU,
        """{ district { organisations(first: 1, filter: {kind: GRID_PARTY_BRANCH}) {
             nodes { id } } } }""",
    )
    branch = data["district"]["organisations"]["nodes"][0]["id"]
    group = await six.created(
        "createOrganisation",
        {
            "kind": "BUILDING_PARTY_GROUP",
            "name": "1幢党小组",
            "parent": branch,
            "anchor": ids["building"],
        },
        "organisation",
    )
    head = await six.created(
        "createPost",
        {
            "person": ids["person"],
            "organisation": group,
            "role": "BUILDING_HEAD",
            "startDate": WEEK_AGO.isoformat(),
        },
        "post",
    )
    found = await six.haves(ids["estate"])
    assert found["people"]["peopleCount"] == 2
    assert found["people"]["posts"] == [{"id": head, "role": "BUILDING_HEAD"}]
    # A building party group is a party organisation, but anchored to a building, not
    # to the estate: it is no evidence of "organisation".
    assert not have_of(found, "ORGANISATION")["satisfied"]


async def test_a_building_outside_any_micro_grid_breaks_the_network(six: Six) -> None:
    ids = await six.fresh_estate()
    await six.created(
        "createGridAssignment",
        {
            "person": ids["person"],
            "grid": ids["grid"],
            "kind": "GRID_HEAD",
            "startDate": WEEK_AGO.isoformat(),
        },
        "gridAssignment",
    )
    assert have_of(await six.haves(ids["estate"]), "NETWORK")["satisfied"]
    outside = await six.created(
        "createBuilding", {"estate": ids["estate"], "number": "2幢"}, "building"
    )
    found = await six.haves(ids["estate"])
    network = have_of(found, "NETWORK")
    assert network["satisfied"] is False
    assert network["missing"] == ["buildings in no micro-grid: 2幢"]
    assert found["network"]["buildingsOutsideMicroGrids"] == [{"id": outside, "number": "2幢"}]


async def test_an_estate_without_buildings_has_no_network(six: Six) -> None:
    data = await six.harness.query(YANDU, "{ district { communities(first: 1) { nodes { id } } } }")
    community = data["district"]["communities"]["nodes"][0]["id"]
    estate = await six.created("createEstate", {"community": community, "name": "空小区"}, "estate")
    found = await six.haves(estate)
    assert have_of(found, "NETWORK")["missing"] == [
        "no buildings are recorded, so no micro-grid covers the estate"
    ]
    assert found["score"] == 0


async def test_the_day_is_checked(six: Six) -> None:
    data = await six.harness.query(YANDU, "{ district { estates(first: 1) { nodes { id } } } }")
    estate = data["district"]["estates"]["nodes"][0]["id"]
    tomorrow = TODAY + dt.timedelta(days=1)
    errors = await six.harness.errors(
        YANDU,
        "query($id: ID!, $day: Date) { node(id: $id) { ... on Estate { sixHaves(asOf: $day)"
        " { score } } } }",
        {"id": estate, "day": tomorrow.isoformat()},
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "asOf" in errors[0]["message"]


async def test_evidence_lists_are_bounded_and_counted(six: Six) -> None:
    query = """query($first: Int) { sixHavesOverview { estates(first: 1, allSix: true) {
        nodes { haves { have evidenceCount all: evidenceIds(first: 100)
                        some: evidenceIds(first: $first) }
                people { peopleCount posts(first: $first) { id }
                         all: posts(first: 100) { id } } } } } }"""
    data = await six.harness.query(YANDU, query, {"first": 1})
    node = data["sixHavesOverview"]["estates"]["nodes"][0]
    for have in node["haves"]:
        assert have["evidenceCount"] == len(have["all"]), have["have"]
        assert have["evidenceCount"] >= 1 or have["have"] == "PLACE"  # reported: no IDs
        assert have["some"] == have["all"][:1]
    assert node["people"]["posts"] == node["people"]["all"][:1]
    # Left out, `first` is core's page size.
    data = await six.harness.query(YANDU, query, {"first": None})
    node = data["sixHavesOverview"]["estates"]["nodes"][0]
    assert all(h["some"] == h["all"][:20] for h in node["haves"])
    for first in (0, 101):
        errors = await six.harness.errors(YANDU, query, {"first": first})
        assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert "first" in errors[0]["message"]
