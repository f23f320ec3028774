"""six_haves: every bad input gets a typed user error and writes nothing."""

from __future__ import annotations

import datetime as dt

from core.testing import TINGHU, YANDU, Harness, codes
from plugins.six_haves import models
from tests.plugins.six_haves.conftest import TODAY, Six

TABLES = (models.Venue, models.Rule, models.Fund, models.Snapshot, models.SnapshotEstate)
TOMORROW = TODAY + dt.timedelta(days=1)


async def counts(six: Six) -> dict[str, int]:
    return {model.__tablename__: await six.count(model) for model in TABLES}


async def an_estate(h: Harness, district: str = YANDU) -> str:
    data = await h.query(district, "{ district { estates(first: 1) { nodes { id } } } }")
    estate: str = data["district"]["estates"]["nodes"][0]["id"]
    return estate


async def test_bad_funds_are_refused(six: Six) -> None:
    estate = await an_estate(six.harness)
    before = await counts(six)
    for input, expected in (
        ({"amount": -500}, {("amount", "OUT_OF_RANGE")}),
        ({"amount": 0}, {("amount", "OUT_OF_RANGE")}),
        ({"amount": 2_000_000_000}, {("amount", "OUT_OF_RANGE")}),
        ({"year": TODAY.year + 1}, {("year", "OUT_OF_RANGE")}),
        ({"year": 1999}, {("year", "OUT_OF_RANGE")}),
        ({"purpose": "款" * 201}, {("purpose", "TOO_LONG")}),
        ({"estate": "RXN0YXRlOjk5OTk5OQ"}, {("estate", "NOT_FOUND")}),
        ({"estate": "bm9wZQ"}, {("estate", "NOT_FOUND")}),
        (
            {"amount": -1, "year": TODAY.year + 5},
            {("amount", "OUT_OF_RANGE"), ("year", "OUT_OF_RANGE")},
        ),
    ):
        good = {"estate": estate, "source": "FISCAL", "amount": 1000, "year": TODAY.year}
        payload = await six.mutate("createSixHavesFund", good | input, "fund { id }")
        assert payload["fund"] is None, input
        assert codes(payload) == expected, input
    # An estate of another district is not found either.
    tinghu = await an_estate(six.harness, TINGHU)
    payload = await six.mutate(
        "createSixHavesFund",
        {"estate": tinghu, "source": "FISCAL", "amount": 1000, "year": TODAY.year},
        "fund { id }",
    )
    assert codes(payload) == {("estate", "NOT_FOUND")}
    # An unknown source never reaches the resolver: the schema's enum refuses it.
    errors = await six.harness.errors(
        YANDU,
        "mutation($input: CreateSixHavesFundInput!) { createSixHavesFund(input: $input)"
        " { fund { id } errors { code } } }",
        {"input": {"estate": estate, "source": "LOTTERY", "amount": 1000, "year": TODAY.year}},
    )
    assert "LOTTERY" in errors[0]["message"] and "SixHavesFundSource" in errors[0]["message"]
    assert await counts(six) == before


async def test_bad_fund_corrections_are_refused(six: Six) -> None:
    estate = await an_estate(six.harness)
    fund = await six.created(
        "createSixHavesFund",
        {"estate": estate, "source": "SOCIAL_SUPPORT", "amount": 2000, "year": TODAY.year},
        "fund",
    )
    for input, expected in (
        ({"amount": -3}, {("amount", "OUT_OF_RANGE")}),
        ({"amount": None}, {("amount", "REQUIRED")}),
        (
            {"source": None, "year": TODAY.year + 1},
            {("source", "REQUIRED"), ("year", "OUT_OF_RANGE")},
        ),
        ({"id": estate}, {("id", "NOT_FOUND")}),
    ):
        payload = await six.mutate(
            "updateSixHavesFund", {"id": fund} | input, "fund { amount year source }"
        )
        assert codes(payload) == expected, input
    data = await six.harness.query(
        YANDU,
        "query($id: ID!) { node(id: $id) { ... on SixHavesFund { amount year source } } }",
        {"id": fund},
    )
    assert data["node"] == {"amount": 2000, "year": TODAY.year, "source": "SOCIAL_SUPPORT"}


async def test_bad_venues_and_rules_are_refused(six: Six) -> None:
    estate = await an_estate(six.harness)
    before = await counts(six)
    for input, expected in (
        ({"name": "  "}, {("name", "REQUIRED")}),
        ({"name": "厅" * 101}, {("name", "TOO_LONG")}),
        ({"openedOn": TOMORROW.isoformat()}, {("openedOn", "OUT_OF_RANGE")}),
        ({"openedOn": "1850-01-01"}, {("openedOn", "OUT_OF_RANGE")}),
    ):
        good = {"estate": estate, "name": "议事厅", "kind": "DELIBERATION_HALL"}
        payload = await six.mutate("createSixHavesVenue", good | input, "venue { id }")
        assert payload["venue"] is None and codes(payload) == expected, input
    for input, expected in (
        ({"title": ""}, {("title", "REQUIRED")}),
        ({"adoptedOn": TOMORROW.isoformat()}, {("adoptedOn", "OUT_OF_RANGE")}),
        ({"adoptedBy": "会" * 101}, {("adoptedBy", "TOO_LONG")}),
    ):
        good = {
            "estate": estate,
            "title": "议事规则",
            "kind": "DELIBERATION_RULES",
            "adoptedOn": TODAY.isoformat(),
        }
        payload = await six.mutate("createSixHavesRule", good | input, "rule { id }")
        assert payload["rule"] is None and codes(payload) == expected, input
    assert await counts(six) == before

    rule = await six.created(
        "createSixHavesRule",
        {
            "estate": estate,
            "title": "议事规则",
            "kind": "DELIBERATION_RULES",
            "adoptedOn": "2024-03-01",
        },
        "rule",
    )
    payload = await six.mutate(
        "repealSixHavesRule", {"id": rule, "repealedOn": "2024-02-01"}, "rule { repealedOn }"
    )
    assert codes(payload) == {("repealedOn", "INVALID_PERIOD")}
    venue = await six.created(
        "createSixHavesVenue",
        {"estate": estate, "name": "协商室", "kind": "CONSULTATION_ROOM"},
        "venue",
    )
    payload = await six.mutate(
        "updateSixHavesVenue", {"id": venue, "deliberation": None, "name": ""}, "venue { name }"
    )
    assert codes(payload) == {("deliberation", "REQUIRED"), ("name", "REQUIRED")}
    data = await six.harness.query(
        YANDU,
        "query($ids: [ID!]!) { nodes(ids: $ids) { ... on SixHavesRule { repealedOn }"
        " ... on SixHavesVenue { name deliberation } } }",
        {"ids": [rule, venue]},
    )
    assert data["nodes"] == [{"repealedOn": None}, {"name": "协商室", "deliberation": True}]
    renamed = await six.mutate(
        "updateSixHavesVenue",
        {"id": venue, "name": "有事好商量协商室", "deliberation": False},
        "venue { name deliberation }",
    )
    assert renamed == {
        "venue": {"name": "有事好商量协商室", "deliberation": False},
        "errors": [],
    }


async def test_tinghu_cannot_reach_the_mutations(gridgov: Harness) -> None:
    errors = await gridgov.errors(
        TINGHU,
        'mutation { createSixHavesFund(input: {estate: "x", source: FISCAL, amount: 1,'
        " year: 2025}) { errors { code } } }",
    )
    assert "createSixHavesFund" in errors[0]["message"]
