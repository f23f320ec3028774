"""service_projects: spending within the budget and the party service fund, even at once."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from core.testing import held_at
from tests.plugins.service_projects.conftest import THIS_YEAR

if TYPE_CHECKING:
    from tests.plugins.service_projects.conftest import Projects

LOCK = "SELECT community.id FROM community WHERE community.id ="
"""The statement locking the community's row before spending is written."""
SPENDING = "spending { amount source }"


async def fresh_community(sp: Projects, serial: int = 999) -> str:
    """A community created for the test, whose fund nothing has touched."""
    street = await sp.query("{ district { streets(first: 1) { nodes { id code } } } }")
    node = street["district"]["streets"]["nodes"][0]
    payload = await sp.ok(
        "createCommunity",
        {"street": node["id"], "code": f"{node['code']}{serial}", "name": f"测试社区{serial}"},
        "community { id }",
    )
    found: str = payload["community"]["id"]
    return found


async def test_spending_stays_within_the_budget(sp: Projects) -> None:
    community = await fresh_community(sp)
    project = (await sp.project(community, 30_000))["id"]
    await sp.ok("recordServiceProjectSpending", sp.spending(project, 20_000, "OTHER"), SPENDING)
    refused = await sp.mutate("recordServiceProjectSpending", sp.spending(project, 10_001))
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [
        (["input", "amount"], "LIMIT_EXCEEDED")
    ]
    assert "10000 yuan" in refused["errors"][0]["message"]
    await sp.ok("recordServiceProjectSpending", sp.spending(project, 10_000), SPENDING)
    # The budget cannot drop below what was spent.
    assert await sp.refused("updateServiceProject", {"id": project, "budget": 29_999}) == [
        ("budget", "LIMIT_EXCEEDED")
    ]
    found = await sp.ok(
        "updateServiceProject", {"id": project, "budget": 40_000}, "project { remaining }"
    )
    assert found["project"]["remaining"] == 10_000


async def test_party_service_fund_is_never_overspent(sp: Projects) -> None:
    community = await fresh_community(sp)
    assert await sp.fund(community) == {
        "year": THIS_YEAR,
        "amount": 200_000,
        "setByDistrict": False,
        "spent": 0,
        "remaining": 200_000,
    }
    first = (await sp.project(community, 150_000))["id"]
    second = (await sp.project(community, 150_000))["id"]
    await sp.ok("recordServiceProjectSpending", sp.spending(first, 150_000), SPENDING)
    refused = await sp.mutate("recordServiceProjectSpending", sp.spending(second, 60_000))
    assert [e["code"] for e in refused["errors"]] == ["LIMIT_EXCEEDED"]
    assert "50000 yuan left" in refused["errors"][0]["message"]
    # Other money is not the fund's.
    await sp.ok(
        "recordServiceProjectSpending",
        sp.spending(second, 60_000, "IMPLEMENTATION_FUNDS"),
        SPENDING,
    )
    await sp.ok("recordServiceProjectSpending", sp.spending(second, 50_000), SPENDING)
    assert (await sp.fund(community))["remaining"] == 0

    # The district may raise a community's fund, never below what was spent.
    assert await sp.refused(
        "setPartyServiceFund", {"community": community, "year": THIS_YEAR, "amount": 199_999}
    ) == [("amount", "LIMIT_EXCEEDED")]
    raised = await sp.ok(
        "setPartyServiceFund",
        {"community": community, "year": THIS_YEAR, "amount": 250_000},
        "fund { amount setByDistrict spent remaining }",
    )
    assert raised["fund"] == {
        "amount": 250_000,
        "setByDistrict": True,
        "spent": 200_000,
        "remaining": 50_000,
    }
    await sp.ok("recordServiceProjectSpending", sp.spending(second, 40_000), SPENDING)


async def test_bad_spending_is_refused_and_writes_nothing(sp: Projects) -> None:
    community = await fresh_community(sp)
    project = (await sp.project(community, 30_000, startedOn=f"{THIS_YEAR}-01-01"))["id"]

    async def refused(**change: Any) -> list[tuple[str, str]]:
        return await sp.refused(
            "recordServiceProjectSpending", {**sp.spending(project, 100), **change}
        )

    assert await refused(amount=0) == [("amount", "OUT_OF_RANGE")]
    assert await refused(spentOn=f"{THIS_YEAR - 1}-12-31") == [("spentOn", "INVALID_PERIOD")]
    assert await refused(spentOn=f"{THIS_YEAR + 1}-01-01") == [("spentOn", "OUT_OF_RANGE")]
    assert (await sp.fund(community))["spent"] == 0


async def spend_at_once(sp: Projects, project: str, *, held: bool) -> list[dict[str, Any]]:
    """Five spendings of 50,000 yuan from the fund, sent together."""
    sends = [
        sp.mutate("recordServiceProjectSpending", sp.spending(project, 50_000), "spending { id }")
        for _ in range(5)
    ]
    if not held:
        return list(await asyncio.gather(*sends))
    with held_at(sp.h, LOCK, 5):
        return list(await asyncio.gather(*sends))


async def test_spending_at_once_never_overspends_the_fund(sp: Projects) -> None:
    for held in (False, True):
        community = await fresh_community(sp, 998 if held else 999)
        project = (await sp.project(community, 1_000_000))["id"]
        payloads = await spend_at_once(sp, project, held=held)
        won = [p for p in payloads if not p["errors"]]
        assert len(won) == 4, payloads  # 4 x 50,000 is the whole fund
        for payload in payloads:
            assert [e["code"] for e in payload["errors"]] in ([], ["LIMIT_EXCEEDED"])
        assert (await sp.fund(community))["spent"] == 200_000


async def test_funds_are_set_by_the_district_only(sp: Projects) -> None:
    community = (await sp.communities(1))[0]
    token = await sp.h.login_as("320902", "community_staff", community["code"])
    payload = await sp.h.post(
        "320902",
        """mutation($input: SetPartyServiceFundInput!) { setPartyServiceFund(input: $input) {
            errors { code } } }""",
        {"input": {"community": community["id"], "year": THIS_YEAR, "amount": 1}},
        token=token,
    )
    assert payload["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await sp.fund(community["id"]))["amount"] == 200_000
