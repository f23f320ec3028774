"""dual_report: the article's figures from the example data, and the programme per district."""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any

from core.examples import EXAMPLES_DIR
from core.testing import TINGHU, YANDU, Harness

if TYPE_CHECKING:
    from tests.plugins.dual_report.conftest import Dual


def figures(name: str) -> dict[str, Any]:
    spec: dict[str, Any] = tomllib.loads((EXAMPLES_DIR / f"{name}.toml").read_text("utf-8"))
    return spec


async def test_indicators_reproduce_the_article(dual: Dual) -> None:
    tinghu, yandu = figures("tinghu"), figures("yandu")
    values = await dual.indicators()
    # 3786名在职党员主动到网格党支部报到, 先后开展志愿服务8000余次.
    assert values["dual_report.registered"] == tinghu["people"]["in_service_party_member"] == 3786
    assert values["dual_report.services"] == tinghu["plugins"]["dual_report"]["services"] > 8000
    assert values["dual_report.hours"] > values["dual_report.services"]  # an hour or more each
    assert values["dual_report.claims"] == 0
    values = await dual.indicators(YANDU)
    assert values["dual_report.registered"] == yandu["people"]["in_service_party_member"]
    assert values["dual_report.services"] == yandu["plugins"]["dual_report"]["services"]


async def test_every_registration_rests_on_core_identity_and_its_branch(dual: Dual) -> None:
    data = await dual.query(
        """{ dualReportRegistrations(first: 50) { totalCount nodes {
            active community { id } employer { kind }
            identity { kind organisation { id } }
            branch { id kind anchor { ... on Grid { community { id } } } } } } }"""
    )
    assert data["dualReportRegistrations"]["totalCount"] == 3786
    for node in data["dualReportRegistrations"]["nodes"]:
        assert node["active"] is True
        assert node["identity"]["kind"] == "IN_SERVICE_PARTY_MEMBER"
        # The branch is the one core's identity names, in the community served.
        assert node["branch"]["id"] == node["identity"]["organisation"]["id"]
        assert node["branch"]["kind"] == "GRID_PARTY_BRANCH"
        assert node["branch"]["anchor"]["community"]["id"] == node["community"]["id"]
        assert node["employer"]["kind"] in ("CO_BUILDING_UNIT", "TWO_NEW_ORGANISATION")


async def test_no_one_served_more_than_a_day_holds(dual: Dual) -> None:
    data = await dual.query(
        """{ dualReportRegistrations(first: 100) { nodes { hours registeredOn
            services(first: 100) { totalCount nodes { servedOn hours } } } } }"""
    )
    for node in data["dualReportRegistrations"]["nodes"]:
        services = node["services"]["nodes"]
        assert node["services"]["totalCount"] == len(services)
        assert abs(node["hours"] - sum(s["hours"] for s in services)) < 0.01
        per_day: dict[str, float] = {}
        for service in services:
            assert service["servedOn"] >= node["registeredOn"]
            per_day[service["servedOn"]] = per_day.get(service["servedOn"], 0) + service["hours"]
        assert all(0 < hours <= 24 for hours in per_day.values())


CONTRIBUTED = (
    "dualReportRegistrations(",
    "dualReportServices(",
    "createDualReportRegistration(",
    "recordDualReportService(",
    "claimDualReportNeed(",
    "type DualReportRegistration implements Node",
    "dualReportMembers(",
)


async def test_disabling_hides_the_programme_and_enabling_brings_everything_back(
    gridgov: Harness,
) -> None:
    query = """{ dualReportRegistrations(first: 1) { totalCount nodes { id } }
                 dualReportServices(first: 1) { totalCount } }"""
    before = await gridgov.query(TINGHU, query)
    registration = before["dualReportRegistrations"]["nodes"][0]["id"]
    sdl = await gridgov.sdl(TINGHU)
    assert all(name in sdl for name in CONTRIBUTED)

    await gridgov.disable(TINGHU, "dual_report")
    sdl = await gridgov.sdl(TINGHU)
    assert not any(name in sdl for name in CONTRIBUTED)
    assert "dualReport" not in sdl and "DualReport" not in sdl
    errors = await gridgov.errors(TINGHU, query)
    assert "dualReportRegistrations" in errors[0]["message"]
    node = await gridgov.query(
        TINGHU, "query($id: ID!) { node(id: $id) { id } }", {"id": registration}
    )
    assert node["node"] is None
    indicators = await gridgov.query(
        TINGHU, '{ district { indicators(prefix: "dual_report.") { key } } }'
    )
    assert indicators["district"]["indicators"] == []
    # Yandu keeps it.
    assert "dualReportRegistrations(" in await gridgov.sdl(YANDU)

    await gridgov.enable(TINGHU, "dual_report")
    assert await gridgov.query(TINGHU, query) == before
