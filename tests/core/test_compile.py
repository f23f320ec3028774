"""Compiled queries (issue 15): one SQL statement per query, the same answers as resolvers.

Two apps share one database with the example districts: one compiles queries
(the default), the other answers with resolvers only (``GRIDGOV_CORE__COMPILE=false``).
Every answer, data and errors, must be the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis.graphql
from graphql import get_introspection_query
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from core import clock
from core.hookspecs import hookimpl
from core.plugins import PluginError, PluginManager
from core.testing import ADMIN, Harness

ROOT = Path(__file__).resolve().parents[2]
TINGHU = "320902"
YANDU = "320903"
BENCH = ROOT / "tests" / "bench" / "queries"
EXAMPLES = ROOT / "examples" / "queries"


@pytest.fixture
async def pair(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Harness, Harness]:
    """A compiling app and a resolving one, on the same example data."""
    compiled = await make_harness(example_database)
    monkeypatch.setenv("GRIDGOV_CORE__COMPILE", "false")
    resolved = await make_harness(example_database, PluginManager())
    monkeypatch.delenv("GRIDGOV_CORE__COMPILE")
    return compiled, resolved


def _errors(body: dict[str, Any]) -> list[Any]:
    return sorted(
        (str(e.get("path")), e["message"], (e.get("extensions") or {}).get("code"))
        for e in body.get("errors") or []
    )


async def same(
    pair: tuple[Harness, Harness],
    query: str,
    variables: dict[str, Any] | None = None,
    district: str = TINGHU,
) -> dict[str, Any]:
    """Ask both apps; assert the answers are the same (errors in any order)."""
    compiled, resolved = pair
    first = await compiled.post(district, query, variables)
    second = await resolved.post(district, query, variables)
    assert first.get("data") == second.get("data")
    assert _errors(first) == _errors(second)
    return first


async def _ids(harness: Harness) -> dict[str, str]:
    data = await harness.query(
        TINGHU,
        "{ district { streets(first: 1) { nodes { id communities(first: 1) { nodes { id } } } } } }",
    )
    street = data["district"]["streets"]["nodes"][0]
    return {"street": street["id"], "community": street["communities"]["nodes"][0]["id"]}


async def test_bench_queries_answer_alike(pair: tuple[Harness, Harness]) -> None:
    ids = await _ids(pair[0])
    for path in sorted(BENCH.glob("*.graphql")) + sorted(EXAMPLES.glob("*.graphql")):
        document = path.read_text(encoding="utf-8")
        if re.search(r"^mutation", document, re.MULTILINE):
            continue
        district = re.search(r"^# district: (\d+)", document, re.MULTILINE)
        code = district.group(1) if district else TINGHU
        # A programme the example district does not enable fails validation on both.
        await same(pair, document, ids if code == TINGHU else {}, code)


async def test_hook_gridgov_sql_forms(pair: tuple[Harness, Harness]) -> None:
    """Core declares its relations and connections through the hook: the nested
    CommunityHouseholds shape of core's fields runs in ONE statement (the request's fixed ones aside),
    where the resolvers need one per relation and level."""
    ids = await _ids(pair[0])
    for document, variables in ((NESTED, {"community": ids["community"]}),):
        counts = []
        for harness in pair:
            await harness.post(TINGHU, document, variables)  # warm: token, plans
            with harness.counting() as statements:
                await harness.post(TINGHU, document, variables)
            counts.append(len(statements))
        fixed = await _fixed_statements(pair[0])
        assert counts[0] == fixed + 1, (document, counts, fixed)
        assert counts[1] > counts[0], (document, counts)


async def test_kept_statements_follow_viewer_and_variables(pair: tuple[Harness, Harness]) -> None:
    """A statement kept for one request is reused only by requests with the same
    variables and viewer's scope: others get their own answers, as the resolvers give."""
    compiled = pair[0]
    ids = await _ids(compiled)
    codes = await compiled.query(TINGHU, "{ district { streets(first: 1) { nodes { code } } } }")
    street = codes["district"]["streets"]["nodes"][0]["code"]
    staff = await compiled.login_as(TINGHU, "street_staff", street)
    document = (
        "query Streets($first: Int!) { district { streets(first: $first) "
        "{ totalCount nodes { id name } } } }"
    )
    for token in (ADMIN, staff, ADMIN):
        for first in (1, 3, 1):
            answers = [
                await harness.post(TINGHU, document, {"first": first}, token=token)
                for harness in pair
            ]
            assert answers[0] == answers[1], (token, first)
            assert len(answers[0]["data"]["district"]["streets"]["nodes"]) <= first
    await same(pair, NESTED, {"community": ids["community"]})


PAGES = """
query Pages($first: Int!, $after: String, $community: ID, $search: String) {
  district {
    people(first: $first, after: $after, filter: { search: $search }) {
      pageInfo { hasNextPage endCursor }
      nodes { name phone }
    }
    grids(first: $first, filter: { kind: MICRO, community: $community }) {
      totalCount nodes { code }
    }
  }
}
"""


async def test_one_statement_serves_every_variable_set_of_a_shape(
    pair: tuple[Harness, Harness],
) -> None:
    """Variables are bound as parameters: the statement kept for a shape serves requests
    differing only in their values (page sizes, cursors, ids, searches), each with its
    own answer, the resolvers'; a cursor, a search or a community given or not is
    another shape, with its own statement."""
    compiled = pair[0]
    found = await compiled.query(TINGHU, "{ district { communities(first: 2) { nodes { id } } } }")
    communities = [node["id"] for node in found["district"]["communities"]["nodes"]]
    seen: dict[str, set[str]] = {}
    first = await same(pair, PAGES, {"first": 2})
    cursor = first["data"]["district"]["people"]["pageInfo"]["endCursor"]
    second = await same(pair, PAGES, {"first": 2, "after": cursor})
    later = second["data"]["district"]["people"]["pageInfo"]["endCursor"]
    shapes = {
        "plain": [{"first": 2}, {"first": 3}, {"first": 1}],
        "paged": [{"first": 2, "after": cursor}, {"first": 4, "after": later}],
        "filtered": [
            {"first": 2, "community": communities[0], "search": "王"},
            {"first": 3, "community": communities[1], "search": "李"},
            # Again: the evaluation kept for these arguments, the values its own.
            {"first": 2, "community": communities[0], "search": "王"},
        ],
    }
    for shape, variable_sets in shapes.items():
        for variables in variable_sets:
            await same(pair, PAGES, variables)
            with compiled.counting() as statements:
                await compiled.post(TINGHU, PAGES, variables)
            seen.setdefault(shape, set()).add(statements[-1])
    assert all(len(texts) == 1 for texts in seen.values()), seen
    assert len(set.union(*seen.values())) == len(shapes)
    assert "王" not in next(iter(seen["filtered"]))


async def test_statements_too_deep_for_sqlite_are_left_to_the_resolvers(
    pair: tuple[Harness, Harness],
) -> None:
    """A staff member's scope adds conditions to every level: a statement SQLite's parser
    refuses is answered by the resolvers, with the same answer (PostgreSQL runs it)."""
    compiled = pair[0]
    codes = await compiled.query(
        TINGHU, "{ district { communities(first: 1) { nodes { id code } } } }"
    )
    community = codes["district"]["communities"]["nodes"][0]
    staff = await compiled.login_as(TINGHU, "community_staff", community["code"])
    document = """query($c: ID!) { node(id: $c) { ... on Community { grids(first: 2) { nodes {
        households(first: 2) { nodes { members(first: 2) { nodes {
          household { building { estate { name } } } } } } } } } } } }"""
    for _ in range(2):  # the second time from the kept statement
        answers = [
            await harness.post(TINGHU, document, {"c": community["id"]}, token=staff)
            for harness in pair
        ]
        assert answers[0] == answers[1]
        assert "errors" not in answers[0], answers[0]


PERSONAL = """
query Personal($community: ID!, $reveal: Boolean!) {
  node(id: $community) {
    ... on Community {
      grids(first: 3, filter: { kind: MICRO }) { nodes { households(first: 4) { nodes {
        members(first: 5) { nodes {
          name masked: phone phone(reveal: $reveal) idNumber birthDate
          shown: birthDate(reveal: $reveal) number: idNumber(reveal: false)
        } }
      } } } }
    }
  }
}
"""
"""People's personal data, masked and (with ``$reveal``) revealed."""


async def test_personal_data_compiles_masked_for_every_role(pair: tuple[Harness, Harness]) -> None:
    """Phone, ID number and birth date compile masked (null for the birth date): the same
    answers as the resolvers for every role, revealed or not; a reveal (audited) and an
    analyst's reads (bounded) are left to the resolvers."""
    compiled = pair[0]
    ids = await _ids(compiled)
    codes = await compiled.query(
        TINGHU, "{ district { communities(first: 1) { nodes { code street { code } } } } }"
    )
    community = codes["district"]["communities"]["nodes"][0]
    places = {"street": community["street"]["code"], "community": community["code"]}
    tokens = [ADMIN] + [
        await compiled.login_as(TINGHU, role, places[level])
        for role, level in ROLES
        if level in places
    ]
    for token in tokens:
        for reveal in (False, True, False):
            variables = {"community": ids["community"], "reveal": reveal}
            answers = [
                await harness.post(TINGHU, PERSONAL, variables, token=token) for harness in pair
            ]
            assert answers[0].get("data") == answers[1].get("data"), (token, reveal)
            assert _errors(answers[0]) == _errors(answers[1]), (token, reveal)
    members = [
        person
        for grid in answers[0]["data"]["node"]["grids"]["nodes"]
        for household in grid["households"]["nodes"]
        for person in household["members"]["nodes"]
    ]
    assert any(person["masked"] and "*" in person["masked"] for person in members)
    masked = {"community": ids["community"], "reveal": False}
    await compiled.post(TINGHU, PERSONAL, masked)
    with compiled.counting() as statements:
        await compiled.post(TINGHU, PERSONAL, masked)
    assert len(statements) == await _fixed_statements(compiled) + 1


NESTED = """
query Nested($community: ID!) {
  node(id: $community) {
    ... on Community {
      name
      grids(first: 20, filter: { kind: MICRO }) {
        totalCount
        nodes {
          code
          households(first: 20) {
            pageInfo { hasNextPage endCursor }
            nodes { doorNumber members(first: 10) { totalCount nodes { id name gender } } }
          }
        }
      }
    }
  }
}
"""
"""CommunityHouseholds without personal data (whose reads are bounded by resolvers)."""


async def _fixed_statements(harness: Harness) -> int:
    """The statements every request makes before its query (district, token)."""
    await harness.post(TINGHU, "{ __typename }")
    with harness.counting() as statements:
        await harness.post(TINGHU, "{ __typename }")
    return len(statements)


def test_hook_gridgov_sql_forms_refuses_what_is_not_a_form() -> None:
    class Bad:
        @staticmethod
        @hookimpl
        def gridgov_sql_forms() -> dict[str, Any]:
            return {"Estate.name": "name"}

    with pytest.raises(PluginError, match="must be a Column"):
        PluginManager({"bad": Bad})


ROLES = (
    ("district_admin", None),
    ("street_staff", "street"),
    ("community_staff", "community"),
    ("grid_worker", "grid"),
    ("analyst", "community"),
)
"""The viewers the answers are compared for: every role, at a scope below the district."""


@dataclass
class Compared:
    """Both apps on a district with every plugin enabled, a token per role, the queries to draw."""

    district: str
    pair: tuple[Harness, Harness]
    tokens: list[str]
    operations: st.SearchStrategy[Any]


@pytest.fixture
async def compared(pair: tuple[Harness, Harness]) -> Compared:
    """Tinghu, compared."""
    return await _compared(pair, TINGHU)


@pytest.fixture(params=[TINGHU, YANDU])
async def each_compared(pair: tuple[Harness, Harness], request: pytest.FixtureRequest) -> Compared:
    """Each example district, compared, with its own programmes' data."""
    return await _compared(pair, request.param)


async def _compared(pair: tuple[Harness, Harness], district: str) -> Compared:
    compiled = pair[0]
    await compiled.enable(district, *compiled.app.state.gridgov.manager.installed)
    codes = await compiled.query(
        district,
        "{ district { streets(first: 1) { nodes { code communities(first: 1) { nodes { code "
        "grids(first: 1) { nodes { code } } } } } } } }",
    )
    street = codes["district"]["streets"]["nodes"][0]
    community = street["communities"]["nodes"][0]
    places = {
        "street": street["code"],
        "community": community["code"],
        "grid": community["grids"]["nodes"][0]["code"],
    }
    tokens = [
        await compiled.login_as(district, role, None if level is None else places[level])
        for role, level in ROLES
    ]
    introspection = await compiled.query(district, get_introspection_query())
    served = schemathesis.graphql.from_dict(introspection)
    return Compared(
        district, pair, tokens, served.as_strategy(GenerationMode.POSITIVE).filter(_is_query)
    )


def _is_query(case: Any) -> bool:
    return not str(case.body).lstrip().startswith(("mutation", "subscription"))


@settings(
    max_examples=60,
    deadline=None,
    database=None,  # no .hypothesis folder in the repository
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one pair of apps and one database for all
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
async def test_generated_queries_answer_alike_for_every_role(
    each_compared: Compared, data: st.DataObject
) -> None:
    """Random valid queries over each district's schema (every plugin on), random
    arguments, a viewer of each role: the compiled path answers exactly what the
    resolvers answer."""
    compared = each_compared
    query = data.draw(compared.operations, label="query").body
    token = data.draw(st.sampled_from(compared.tokens), label="viewer")
    compiled, resolved = compared.pair
    first = await compiled.post(compared.district, query, token=token)
    second = await resolved.post(compared.district, query, token=token)
    assert first.get("data") == second.get("data"), query
    assert _errors(first) == _errors(second), query


LATEST = """
query Latest($on: Date, $year: Int!) {
  district {
    estates(first: 60) {
      nodes {
        name
        propertyService(on: $on) { id startDate endDate company { id name } estate { name } }
        starRating(year: $year) { id year stars score assessedOn company { name } }
      }
    }
    organisations(first: 10) { nodes { posts(first: 3) { nodes { id role } } } }
  }
}
"""
"""Red-property's fields reading the last row of their loader, and a double (``score``);
current posts compare with today too, in the same statement."""

ANCHORS = """
fragment Anchored on OrganisationConnection {
  nodes {
    id
    anchor {
      __typename
      ... on Street { id name }
      ... on Community { id name }
      ... on Grid { id code kind }
      ... on Estate { id name }
      ... on Building { id number }
      ... on Household { id doorNumber building { id estate { name } } }
    }
  }
}

{
  district {
    organisations(first: 80) { ...Anchored }
    households: organisations(first: 5, filter: { kind: PARTY_MEMBER_HOUSEHOLD }) { ...Anchored }
  }
}
"""
"""Every member of ``Organisation.anchor``'s union, and organisations without one."""


async def test_latest_rows_unions_and_doubles_answer_alike_for_every_role(
    compared: Compared,
) -> None:
    """``Estate.starRating``, ``Estate.propertyService`` (today, or the day asked),
    ``Organisation.anchor`` and ``score`` (a double, written as Python writes it)
    compile: the resolvers' answers for every role, a refused year included."""
    compiled, resolved = compared.pair
    variable_sets: list[dict[str, Any]] = [
        {"year": 2025},
        {"year": 2024, "on": "2020-06-01"},
        {"year": 2030, "on": "2099-01-01"},
        {"year": 1999},  # refused: the resolver reports it at each estate
    ]
    scores, services, anchors = [], [], set()
    for token in [ADMIN, *compared.tokens]:
        for document, sets in ((LATEST, variable_sets), (ANCHORS, [{}])):
            for variables in sets:
                first = await compiled.post(TINGHU, document, variables, token=token)
                second = await resolved.post(TINGHU, document, variables, token=token)
                assert first.get("data") == second.get("data"), (token, variables)
                assert _errors(first) == _errors(second), (token, variables)
                if document is LATEST and first.get("data"):
                    estates = first["data"]["district"]["estates"]["nodes"]
                    scores += [e["starRating"]["score"] for e in estates if e["starRating"]]
                    services += [e["propertyService"] for e in estates if e["propertyService"]]
                elif first.get("data"):
                    for listed in first["data"]["district"].values():
                        anchors |= {(o["anchor"] or {}).get("__typename") for o in listed["nodes"]}
    # Today is the districts' day, read when the statement runs (a frozen day here).
    for day in (dt.date(2019, 6, 1), dt.date(2021, 3, 1)):
        with clock.frozen_on(day):
            await same(compared.pair, LATEST, {"year": 2025})
    fixed = await _fixed_statements(compiled)
    with compiled.counting() as statements:
        await compiled.post(TINGHU, LATEST, {"year": 2025})
    assert len(statements) == fixed + 1
    assert scores and all(isinstance(score, float) for score in scores)
    assert services and {"Household", "Grid", None} <= anchors, anchors


async def test_street_estates_and_five_levels_run_in_one_statement(
    pair: tuple[Harness, Harness], example_database: str
) -> None:
    """StreetEstates (the rating of a year, today's service) and FiveLevels (the anchors'
    union) compile whole: one statement besides the request's fixed ones (FiveLevels
    nests deeper than SQLite's statements go, so there only on PostgreSQL)."""
    compiled = pair[0]
    ids = await _ids(compiled)
    fixed = await _fixed_statements(compiled)
    documents = [((BENCH / "street_estates.graphql").read_text(encoding="utf-8"), ids)]
    if example_database.startswith("postgresql"):
        five = (EXAMPLES / "five_level_organisation.graphql").read_text(encoding="utf-8")
        documents.append((five, {}))
    for document, variables in documents:
        await same(pair, document, variables)
        with compiled.counting() as statements:
            await compiled.post(TINGHU, document, variables)
        assert len(statements) == fixed + 1, (document, statements)
