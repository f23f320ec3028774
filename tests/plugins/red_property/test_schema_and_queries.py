"""red_property: who sees it, the article's figures, the read side and its query-count bound."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
    parse,
    validate,
)
from sqlalchemy import func, select

import plugins.red_property
from core import clock
from core.contract import PlaceVenue, VenueContext
from core.db.models import District, Estate, live
from core.testing import TINGHU, YANDU, Harness
from plugins.red_property import models

YEAR = 2025

ARTICLE = {
    "red_property.sites.provincial": 2,
    "red_property.sites.municipal": 7,
    "red_property.council_halls": 53,
    "red_property.mutual_help_corners": 116,
    "red_property.owners_committee_seats": 93,
    "red_property.party_affairs_managers": 58,
    "red_property.evaluation_sessions": 187,
    "red_property.households_reached": 32300,
}

# What the plugin adds to the schema: its types, fields on core types, roots, enum values.
TYPES = (
    "PropertyService",
    "PropertyStarRating",
    "PropertyItemScore",
    "RedPropertyStandard",
    "RedPropertyAssessmentItem",
    "RedPropertySite",
    "RedPropertyVenue",
    "EvaluationSession",
    "RedPropertySummary",
    "RedPropertySiteLevel",
    "RedPropertyVenueKind",
)
FIELDS = {
    "Estate": {"propertyService", "propertyServices", "starRating", "redPropertyVenues"},
    "Organisation": {"ratings", "averageStars", "propertyServices", "evaluationSessions"},
    "Community": {"redProperty"},
    "Query": {"propertyCompanies", "redPropertyStandards", "demonstrationSites"},
    "Mutation": {
        "createPropertyService",
        "endPropertyService",
        "createRedPropertyStandard",
        "recordPropertyAssessment",
        "designateDemonstrationSite",
        "postPartyAffairsManager",
        "seatOnOwnersCommittee",
        "openRedPropertyVenue",
        "recordEvaluationSession",
    },
}
VALUES = {
    "PostRole": {"PARTY_AFFAIRS_MANAGER", "OWNERS_COMMITTEE_SEAT"},
    "OrganisationKind": {"CO_GOVERNANCE_COMMITTEE"},
}


async def test_tinghu_schema_has_the_plugin_and_yandu_none_of_it(gridgov: Harness) -> None:
    tinghu = build_schema(await gridgov.sdl(TINGHU))
    yandu = build_schema(await gridgov.sdl(YANDU))
    for name in TYPES:
        assert name in tinghu.type_map, name
        assert name not in yandu.type_map, name
    for type_name, fields in FIELDS.items():
        assert fields <= set(_fields(tinghu, type_name)), type_name
        assert not fields & set(_fields(yandu, type_name)), type_name
    for enum_name, values in VALUES.items():
        assert values <= set(_values(tinghu, enum_name)), enum_name
        assert not values & set(_values(yandu, enum_name)), enum_name
    errors = await gridgov.errors(YANDU, "{ propertyCompanies(year: 2025) { totalCount } }")
    assert "propertyCompanies" in errors[0]["message"]
    data = await gridgov.query(YANDU, "{ district { enabledPlugins } }")
    assert "red_property" not in data["district"]["enabledPlugins"]


def _fields(schema: GraphQLSchema, name: str) -> list[str]:
    named = schema.type_map.get(name)
    return list(named.fields) if isinstance(named, GraphQLObjectType) else []


def _values(schema: GraphQLSchema, name: str) -> list[str]:
    named = schema.type_map.get(name)
    return list(named.values) if isinstance(named, GraphQLEnumType) else []


async def test_indicators_reproduce_the_article(gridgov: Harness) -> None:
    data = await gridgov.query(
        TINGHU, '{ district { indicators(prefix: "red_property.") { key value } } }'
    )
    values = {i["key"]: i["value"] for i in data["district"]["indicators"]}
    for key, value in ARTICLE.items():
        assert values[key] == value, key
    estates = await gridgov.query(TINGHU, "{ district { estates { totalCount } } }")
    assert values["red_property.estates_served"] == estates["district"]["estates"]["totalCount"]
    assert values["red_property.co_governance_committees"] == 24
    yandu = await gridgov.query(
        YANDU, '{ district { indicators(prefix: "red_property.") { key } } }'
    )
    assert yandu["district"]["indicators"] == []


async def test_estate_service_and_star_rating_follow_the_standard(gridgov: Harness) -> None:
    data = await gridgov.query(
        TINGHU,
        """query($year: Int!) {
          redPropertyStandards(first: 1) { nodes { id thresholds { stars minScore }
            items { id weight } } }
          district { estates(first: 5) { nodes { id
            propertyService { startDate endDate company { id kind } estate { id } }
            starRating(year: $year) { year score stars assessor { id } standard { id }
              company { id } itemScores { score item { id } } } } } } }""",
        {"year": YEAR},
    )
    standard = data["redPropertyStandards"]["nodes"][0]
    weights = {item["id"]: item["weight"] for item in standard["items"]}
    minimums = {t["stars"]: t["minScore"] for t in standard["thresholds"]}
    assert sorted(minimums) == [1, 2, 3, 4, 5] and minimums[1] == 0
    for estate in data["district"]["estates"]["nodes"]:
        service = estate["propertyService"]
        assert service["company"]["kind"] == "PROPERTY_COMPANY"
        assert service["estate"]["id"] == estate["id"] and service["endDate"] is None
        rating = estate["starRating"]
        assert rating["year"] == YEAR and rating["standard"]["id"] == standard["id"]
        assert rating["company"]["id"] == service["company"]["id"]
        scores = {s["item"]["id"]: s["score"] for s in rating["itemScores"]}
        assert set(scores) == set(weights)
        weighted = sum(weights[i] * scores[i] for i in scores) / sum(weights.values())
        assert rating["score"] == round(weighted, 2)
        assert rating["stars"] == max(s for s, m in minimums.items() if weighted >= m)
    none = await gridgov.query(
        TINGHU, "{ district { estates(first: 1) { nodes { starRating(year: 2001) { id } } } } }"
    )
    assert none["district"]["estates"]["nodes"][0]["starRating"] is None


async def _companies(gridgov: Harness, min_stars: int, **page: Any) -> dict[str, Any]:
    data = await gridgov.query(
        TINGHU,
        """query($min: Int!, $first: Int, $after: String) {
          propertyCompanies(year: 2025, minStars: $min, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { id kind averageStars(year: 2025)
              ratings(year: 2025, first: 100) { nodes { stars year } } } } }""",
        {"min": min_stars, **page},
    )
    return data["propertyCompanies"]  # type: ignore[no-any-return]


async def test_property_companies_filtered_by_stars_and_ordered(gridgov: Harness) -> None:
    everyone = await _companies(gridgov, 1, first=100)
    assert everyone["totalCount"] == len(everyone["nodes"]) > 3
    averages = [c["averageStars"] for c in everyone["nodes"]]
    assert averages == sorted(averages, reverse=True)
    for company in everyone["nodes"]:
        stars = [r["stars"] for r in company["ratings"]["nodes"]]
        assert company["kind"] == "PROPERTY_COMPANY" and stars
        assert company["averageStars"] == round(sum(stars) / len(stars), 2)
    threshold = averages[len(averages) // 2]
    good = await _companies(gridgov, int(threshold), first=100)
    assert all(c["averageStars"] >= int(threshold) for c in good["nodes"])
    assert good["totalCount"] == sum(1 for a in averages if a >= int(threshold))
    # Paging one at a time gives the same companies in the same order (ties included).
    seen, after = [], None
    while True:
        page = await _companies(gridgov, 1, first=1, after=after)
        seen += [c["id"] for c in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [c["id"] for c in everyone["nodes"]]
    for bad in ("minStars: 6", "minStars: 0", "year: 1800"):
        arguments = bad if bad.startswith("year") else f"year: 2025, {bad}"
        errors = await gridgov.errors(
            TINGHU, f"{{ propertyCompanies({arguments}) {{ totalCount }} }}"
        )
        assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_community_summary_adds_up_to_the_district(gridgov: Harness) -> None:
    data = await gridgov.query(
        TINGHU,
        """{ district { communities(first: 100) { nodes { redProperty { estates estatesCovered
          year ratedEstates averageStars councilHalls mutualHelpCorners
          sites(first: 10) { totalCount nodes { level estate { community { id } } } } }
          id } } } }""",
    )
    communities = data["district"]["communities"]["nodes"]
    summaries = [c["redProperty"] for c in communities]
    assert sum(s["councilHalls"] for s in summaries) == 53
    assert sum(s["mutualHelpCorners"] for s in summaries) == 116
    assert all(s["estatesCovered"] == s["estates"] > 0 for s in summaries)
    assert all(s["year"] == YEAR and s["ratedEstates"] == s["estates"] for s in summaries)
    assert all(1 <= s["averageStars"] <= 5 for s in summaries)
    # Estate sites: the provincial ones and the municipal estates (two municipal are companies).
    assert sum(s["sites"]["totalCount"] for s in summaries) == 2 + 7 - 2
    for community, summary in zip(communities, summaries, strict=True):
        for site in summary["sites"]["nodes"]:
            assert site["estate"]["community"]["id"] == community["id"]
    older = await gridgov.query(
        TINGHU,
        """{ district { communities(first: 1) { nodes { redProperty(year: 2010) {
          year ratedEstates averageStars } } } } }""",
    )
    assert older["district"]["communities"]["nodes"][0]["redProperty"] == {
        "year": 2010,
        "ratedEstates": 0,
        "averageStars": None,
    }


async def _reported(gridgov: Harness, as_of: dt.date) -> tuple[list[PlaceVenue], set[int]]:
    """What red_property reports through ``gridgov_venues`` on Tinghu's estates, and the estates."""
    state = gridgov.app.state.gridgov
    async with state.sessions() as session:
        district = await session.scalar(select(District.id).where(District.code == TINGHU))
        assert district is not None
        estates = list(
            await session.scalars(select(Estate.id).where(Estate.district_id == district))
        )
        context = VenueContext(district, estates, session, as_of)
        results = state.manager.call("gridgov_venues", ["red_property"], context=context)
        venues = [v for owner, found in results if owner == "red_property" for v in await found]
    return venues, set(estates)


async def test_venues_hook_reports_council_halls_as_places_to_deliberate(
    gridgov: Harness,
) -> None:
    venues, estates = await _reported(gridgov, clock.today())
    kinds = [v.kind for v in venues]
    assert kinds.count("red_property.council_hall") == 53
    assert kinds.count("red_property.mutual_help_corner") == 116
    assert all(v.deliberation == (v.kind == "red_property.council_hall") for v in venues)
    assert {v.estate_id for v in venues} <= estates


async def test_venues_hook_reports_the_venues_open_on_the_day_asked(gridgov: Harness) -> None:
    # The example venues opened from 2021 to 2025: none was open before, some by mid-2023.
    assert (await _reported(gridgov, dt.date(2020, 12, 31)))[0] == []
    middle = dt.date(2023, 6, 30)
    async with gridgov.app.state.gridgov.sessions() as session:
        opened = await session.scalar(
            select(func.count()).where(models.Venue.opened_on <= middle, live(models.Venue))
        )
    assert 0 < len((await _reported(gridgov, middle))[0]) == opened < 53 + 116
    # A venue is reported from the day it opened, and not once archived.
    estate = await gridgov.query(TINGHU, "{ district { estates(first: 1) { nodes { id } } } }")
    opened_on = dt.date(2024, 3, 1)
    hall = await gridgov.mutate(
        TINGHU,
        "openRedPropertyVenue",
        {
            "estate": estate["district"]["estates"]["nodes"][0]["id"],
            "kind": "COUNCIL_HALL",
            "name": "新开民情议事厅",
            "openedOn": opened_on.isoformat(),
        },
        "venue { id }",
    )
    assert hall["errors"] == []

    async def names(as_of: dt.date) -> list[str]:
        return [v.name for v in (await _reported(gridgov, as_of))[0]]

    assert "新开民情议事厅" not in await names(opened_on - dt.timedelta(days=1))
    assert "新开民情议事厅" in await names(opened_on)
    archived = await gridgov.mutate(
        TINGHU, "archive", {"id": hall["venue"]["id"]}, "node { id }", input_type="ArchiveInput"
    )
    assert archived["errors"] == []
    assert "新开民情议事厅" not in await names(clock.today())


ESTATES = """query($ids: [ID!]!) { nodes(ids: $ids) { ... on Estate { name
  propertyService { startDate company { name averageStars(year: 2025)
    ratings(first: 3) { totalCount nodes { stars estate { name } } }
    propertyServices(first: 2) { nodes { estate { name } } } } }
  propertyServices(first: 3) { totalCount nodes { company { name } } }
  starRating(year: 2025) { stars score assessor { name } standard { name items { title } }
    itemScores { score item { title weight } } company { name } }
  redPropertyVenues(first: 3) { totalCount nodes { kind deliberation estate { name } } }
  community { redProperty { estates estatesCovered averageStars councilHalls
    mutualHelpCorners sites(first: 2) { totalCount nodes { name } } } } } } }"""

COMMITTEES = """query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation {
  name evaluationSessions(first: 3) { totalCount nodes { topic householdsReached
    committee { name } } } } } }"""

ESTATE_SITES = """query($ids: [ID!]!) { nodes(ids: $ids) { ... on RedPropertySite { level
  estate { name starRating(year: 2025) { stars company { name } } } } } }"""

COMPANY_SITES = """query($ids: [ID!]!) { nodes(ids: $ids) { ... on RedPropertySite { level
  company { name ratings(first: 2) { nodes { stars estate { name } } } } } } }"""

COMPANIES = """query($first: Int!) { propertyCompanies(year: 2025, first: $first) {
  totalCount nodes { name averageStars(year: 2025) ratings(first: 2) { nodes { stars } }
    propertyServices(first: 2) { nodes { estate { name } } } } } }"""


async def _statements(gridgov: Harness, query: str, variables: dict[str, Any]) -> int:
    with gridgov.counting() as statements:
        data = await gridgov.query(TINGHU, query, variables)
    assert "None" not in str(data)  # every path asked for was reached
    return len(statements)


async def test_statements_do_not_depend_on_row_count(gridgov: Harness) -> None:
    """The same query over 2 and over 20 estates, committees, sites and companies costs the same."""
    found = await gridgov.query(
        TINGHU,
        """{ district { estates(first: 100) { nodes { id redPropertyVenues { totalCount }
            propertyServices { totalCount } } }
          organisations(first: 20, filter: {kind: CO_GOVERNANCE_COMMITTEE}) { nodes { id } } }
          demonstrationSites(first: 20) { nodes { id company { id } } } }""",
    )
    nodes = found["district"]["estates"]["nodes"]
    # Both sets hold an estate that changed company, so that the earlier company is a
    # load of its own in both (loaders cache: a company seen already costs nothing).
    changed = [e["id"] for e in nodes if e["propertyServices"]["totalCount"] == 2]
    plain = [
        e["id"]
        for e in nodes
        if e["propertyServices"]["totalCount"] == 1 and e["redPropertyVenues"]["totalCount"]
    ]
    estates = changed[:1] + plain[:19]
    committees = [c["id"] for c in found["district"]["organisations"]["nodes"]]
    sites = found["demonstrationSites"]["nodes"]
    estate_sites = [s["id"] for s in sites if s["company"] is None]
    company_sites = [s["id"] for s in sites if s["company"] is not None]
    assert len(estates) == 20 and len(committees) == 20
    assert len(estate_sites) == 7 and len(company_sites) == 2
    cases: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
        (ESTATES, {"ids": estates[:2]}, {"ids": estates}),
        (COMMITTEES, {"ids": committees[:2]}, {"ids": committees}),
        (ESTATE_SITES, {"ids": estate_sites[:2]}, {"ids": estate_sites}),
        (COMPANY_SITES, {"ids": company_sites[:1]}, {"ids": company_sites}),
        (COMPANIES, {"first": 2}, {"first": 20}),
    ]
    for query, few, many in cases:
        counts = [await _statements(gridgov, query, few), await _statements(gridgov, query, many)]
        assert counts[0] == counts[1], (query, counts)


async def test_readme_examples_run_against_tinghu(gridgov: Harness) -> None:
    readme = Path(plugins.red_property.__file__).with_name("README.md").read_text("utf-8")
    blocks = re.findall(r"```graphql\n(.*?)```", readme, re.S)
    schema = build_schema(await gridgov.sdl(TINGHU))
    assert len(blocks) >= 5
    for block in blocks:
        assert validate(schema, parse(block)) == [], block
        if block.startswith("{"):  # queries run; mutations only validate (they need IDs)
            data = await gridgov.query(TINGHU, block)
            assert data and all(data.values()), block
