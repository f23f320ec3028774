"""six_haves: the district view equals a direct count, and its cost does not grow with rows."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import or_, select

from core.db.models import live
from core.graphql.ids import parse_global_id
from core.plugins import PluginManager
from core.testing import YANDU, Harness
from plugins.six_haves import models
from plugins.six_haves.domain import managing_kinds
from tests.plugins.six_haves.conftest import TODAY, Six

CORE_VIEW = """
  id name kind community { id street { id } }
  buildings(first: 50) { nodes { grid { kind assignments(first: 1) { totalCount } } } }
  organisations(first: 50) { nodes { kind } }
  sixHaves { score missing place { venues { id } reportedVenues { name } }
             people { peopleCount } }
"""


async def all_estates(h: Harness) -> list[dict[str, Any]]:
    """Every Yandu estate through core's own fields (and each estate's sixHaves)."""
    found: list[dict[str, Any]] = []
    after = None
    while True:
        data = await h.query(
            YANDU,
            f"query($after: String) {{ district {{ estates(first: 100, after: $after) {{"
            f" pageInfo {{ hasNextPage endCursor }} nodes {{ {CORE_VIEW} }} }} }} }}",
            {"after": after},
        )
        page = data["district"]["estates"]
        found += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]


def networked(estate: dict[str, Any]) -> bool:
    """Every building in a micro-grid that someone currently works (core's view)."""
    buildings = estate["buildings"]["nodes"]
    return bool(buildings) and all(
        b["grid"] is not None
        and b["grid"]["kind"] == "MICRO"
        and b["grid"]["assignments"]["totalCount"] > 0
        for b in buildings
    )


async def direct_counts(six: Six) -> dict[str, set[int]]:
    """Estates with a deliberation venue, rules in force, this or last year's funding (SQL)."""
    venue, rule, fund = models.Venue, models.Rule, models.Fund
    async with six.harness.app.state.gridgov.sessions() as session:

        async def estates(statement: Any) -> set[int]:
            return set(await session.scalars(statement))

        return {
            "PLACE": await estates(
                select(venue.estate_id).distinct().where(venue.deliberation.is_(True), live(venue))
            ),
            "RULES": await estates(
                select(rule.estate_id)
                .distinct()
                .where(
                    live(rule),
                    rule.adopted_on <= TODAY,
                    or_(rule.repealed_on.is_(None), rule.repealed_on > TODAY),
                )
            ),
            "FUNDS": await estates(
                select(fund.estate_id).distinct().where(live(fund), fund.year >= TODAY.year - 1)
            ),
        }


async def test_district_view_equals_a_direct_count(six: Six, plugin_manager: PluginManager) -> None:
    h = six.harness
    estates = await all_estates(h)
    overview = await six.overview()
    assert overview["estatesAssessed"] == len(estates) == 180
    counts = {row["have"]: row for row in overview["haves"]}

    # Network: from core's buildings, grids and current assignments.
    assert counts["NETWORK"]["satisfied"] == sum(networked(e) for e in estates)
    # Organisation: core's organisations anchored to the estate, of the kinds the rule names.
    kinds = plugin_manager.contributions.organisation_kinds
    managing = {
        value.upper()
        for value in managing_kinds(
            {k: (o.owner, o.value) for k, o in kinds.items()},
            {"core", "four_beautiful", "six_haves"},
        )
    }
    organised = [e for e in estates if {o["kind"] for o in e["organisations"]["nodes"]} & managing]
    assert counts["ORGANISATION"]["satisfied"] == len(organised) > 0
    # Place, rules, funds: the records counted in SQL (place also from other programmes).
    direct = await direct_counts(six)
    pk = {e["id"]: _pk(e["id"]) for e in estates}
    reported = {pk[e["id"]] for e in estates if e["sixHaves"]["place"]["reportedVenues"]}
    assert counts["PLACE"]["satisfied"] == len(direct["PLACE"] | reported)
    assert counts["RULES"]["satisfied"] == len(direct["RULES"])
    assert counts["FUNDS"]["satisfied"] == len(direct["FUNDS"])
    assert counts["PEOPLE"]["satisfied"] == sum(
        e["sixHaves"]["people"]["peopleCount"] >= 1 for e in estates
    )
    for row in counts.values():
        assert row["satisfied"] + row["missing"] == 180
    # All six: the estates' own answers added up, and consistent with the direct counts.
    assert overview["estatesAllSix"] == sum(e["sixHaves"]["score"] == 6 for e in estates)
    all_six = (
        {
            pk[e["id"]]
            for e in estates
            if networked(e) and e in organised and e["sixHaves"]["people"]["peopleCount"]
        }
        & (direct["PLACE"] | reported)
        & direct["RULES"]
        & direct["FUNDS"]
    )
    assert overview["estatesAllSix"] == len(all_six)
    # The example is a believable mix: many with all six, most others missing one or two.
    scores = Counter(e["sixHaves"]["score"] for e in estates)
    assert scores[6] >= 20 and scores[5] + scores[4] > scores[3] + scores[2] + scores[1]


def _pk(global_id: str) -> int:
    parsed = parse_global_id(global_id)
    assert parsed is not None
    return parsed[1]


async def test_gaps_are_ranked_and_placed_by_street_and_community(six: Six) -> None:
    h = six.harness
    estates = await all_estates(h)
    data = await h.query(
        YANDU,
        """{ sixHavesOverview { gaps { rank have estatesMissing share
             streets { street { id } estatesMissing estatesAssessed }
             communities(first: 100) { community { id } estatesMissing estatesAssessed } } } }""",
    )
    gaps = data["sixHavesOverview"]["gaps"]
    assert [g["rank"] for g in gaps] == [1, 2, 3, 4, 5, 6]
    missing = [g["estatesMissing"] for g in gaps]
    assert missing == sorted(missing, reverse=True)
    # In the example the network is what most estates lack: the towns have no micro-grid
    # workers yet.
    assert gaps[0]["have"] == "NETWORK"
    lacking = [e for e in estates if not networked(e)]
    assert gaps[0]["estatesMissing"] == len(lacking)
    assert gaps[0]["share"] == round(len(lacking) / 180, 4)
    per_street = Counter(e["community"]["street"]["id"] for e in lacking)
    assessed = Counter(e["community"]["street"]["id"] for e in estates)
    streets = gaps[0]["streets"]
    assert {s["street"]["id"]: s["estatesMissing"] for s in streets} == dict(per_street)
    assert all(s["estatesAssessed"] == assessed[s["street"]["id"]] for s in streets)
    assert [s["estatesMissing"] for s in streets] == sorted(per_street.values(), reverse=True)
    per_community = Counter(e["community"]["id"] for e in lacking)
    communities = gaps[0]["communities"]
    assert {c["community"]["id"]: c["estatesMissing"] for c in communities} == dict(per_community)
    # Every estate lacking a have is counted once, in exactly one street.
    for gap in gaps:
        assert sum(s["estatesMissing"] for s in gap["streets"]) == gap["estatesMissing"]


async def test_filters_by_street_community_and_kind(six: Six) -> None:
    h = six.harness
    estates = await all_estates(h)
    street = estates[0]["community"]["street"]["id"]
    community = estates[0]["community"]["id"]
    for filter, chosen in (
        ({"street": street}, [e for e in estates if e["community"]["street"]["id"] == street]),
        ({"community": community}, [e for e in estates if e["community"]["id"] == community]),
        ({"kind": "RURAL_SETTLEMENT"}, [e for e in estates if e["kind"] == "RURAL_SETTLEMENT"]),
        (
            {"street": street, "kind": "ESTATE"},
            [
                e
                for e in estates
                if e["community"]["street"]["id"] == street and e["kind"] == "ESTATE"
            ],
        ),
    ):
        overview = await six.overview(filter)
        assert overview["estatesAssessed"] == len(chosen), filter
        assert overview["estatesAllSix"] == sum(e["sixHaves"]["score"] == 6 for e in chosen)
        counts = {row["have"]: row["missing"] for row in overview["haves"]}
        expected = Counter(have for e in chosen for have in e["sixHaves"]["missing"])
        assert counts == {have: expected[have] for have in counts}, filter
    errors = await h.errors(
        YANDU, '{ sixHavesOverview(filter: {street: "bm90IGFuIGlk"}) { estatesAssessed } }'
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_district_view_lists_estates_with_a_gap_page_by_page(six: Six) -> None:
    h = six.harness
    query = """query($after: String) { sixHavesOverview { estates(first: 30, after: $after,
        missing: NETWORK) { totalCount pageInfo { hasNextPage endCursor }
        nodes { estate { id name } score missing } } } }"""
    seen: list[dict[str, Any]] = []
    after = None
    while True:
        page = (await h.query(YANDU, query, {"after": after}))["sixHavesOverview"]["estates"]
        seen += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    overview = await six.overview()
    network = next(row for row in overview["haves"] if row["have"] == "NETWORK")
    assert page["totalCount"] == len(seen) == network["missing"]
    assert len({n["estate"]["id"] for n in seen}) == len(seen)
    assert all("NETWORK" in n["missing"] and n["score"] < 6 for n in seen)
    names = [(n["estate"]["name"], _pk(n["estate"]["id"])) for n in seen]
    assert [n for n, _ in names] == sorted(n for n, _ in names)
    all_six = await h.query(
        YANDU, "{ sixHavesOverview { estatesAllSix estates(allSix: true) { totalCount } } }"
    )
    assert (
        all_six["sixHavesOverview"]["estates"]["totalCount"]
        == all_six["sixHavesOverview"]["estatesAllSix"]
    )


ESTATES_NESTED = """query($n: Int!) { district { estates(first: $n) { nodes { name sixHaves {
  score missing haves { have satisfied missing evidenceIds }
  organisation { organisations { name kind anchor { __typename } } }
  people { posts { role person { name } organisation { name } }
           gridAssignments { kind grid { name } person { name } } identities { kind } }
  place { venues { name estate { name } } reportedVenues { plugin name } }
  rules { rules { title estate { name } } }
  funds { total bySource { source amount } funds { amount year } }
  network { microGrids { name parent { name } } unstaffedMicroGrids { name }
            buildingsOutsideMicroGrids { number } gridAssignments { person { name } } }
} sixHavesHistory { score } } } } }"""

OVERVIEW_NESTED = """query($n: Int!) { sixHavesOverview { estatesAssessed estatesAllSix
  averageScore scoreDistribution { score estates } haves { have missing }
  gaps { have estatesMissing streets { street { name communities(first: 2) { nodes { name } } } }
         communities(first: 5) { community { name street { name } } estatesMissing } }
  estates(first: $n) { totalCount nodes { score estate { name community { name } }
    people { posts { person { name } } } network { microGrids { name } } } } } }"""


async def test_statements_do_not_depend_on_the_number_of_estates(gridgov: Harness) -> None:
    for query in (ESTATES_NESTED, OVERVIEW_NESTED):
        counts = []
        for n in (2, 20, 100):
            with gridgov.counting() as statements:
                data = await gridgov.query(YANDU, query, {"n": n})
            assert data
            counts.append(len(statements))
        # Two estates may leave a kind of evidence empty, so a loader is never asked:
        # fewer statements, never more.
        assert counts[0] <= counts[1] == counts[2] <= 30, (query[:40], counts)


async def test_the_overview_costs_the_same_over_one_street_or_all(gridgov: Harness) -> None:
    data = await gridgov.query(YANDU, "{ district { streets(first: 1) { nodes { id } } } }")
    street = data["district"]["streets"]["nodes"][0]["id"]
    counts = []
    for filter in (None, {"street": street}):
        with gridgov.counting() as statements:
            await gridgov.query(
                YANDU,
                "query($f: SixHavesFilter) { sixHavesOverview(filter: $f) { estatesAllSix"
                " gaps { streets { street { name } } } } }",
                {"f": filter},
            )
        counts.append(len(statements))
    assert counts[0] == counts[1]


async def test_indicators_equal_the_district_view(gridgov: Harness) -> None:
    data = await gridgov.query(
        YANDU,
        """{ district { indicators(prefix: "six_haves.") { key value } }
             sixHavesOverview { estatesAssessed estatesAllSix haves { have satisfied } } }""",
    )
    values = {i["key"]: i["value"] for i in data["district"]["indicators"]}
    overview = data["sixHavesOverview"]
    expected = {
        "six_haves.estates_assessed": overview["estatesAssessed"],
        "six_haves.estates_all_six": overview["estatesAllSix"],
    } | {f"six_haves.have.{h['have'].lower()}": h["satisfied"] for h in overview["haves"]}
    assert values == expected
    assert values["six_haves.estates_assessed"] == 180
    assert 0 < values["six_haves.estates_all_six"] < 180


async def test_indicator_statements_do_not_depend_on_the_estates(six: Six) -> None:
    h = six.harness
    query = '{ district { indicators(prefix: "six_haves.") { key value } } }'
    with h.counting() as statements:
        await h.query(YANDU, query)
    before = len(statements)
    await six.fresh_estate()
    with h.counting() as statements:
        await h.query(YANDU, query)
    assert len(statements) == before
