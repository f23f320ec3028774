"""six_haves: Yandu's schema has the programme, Tinghu's has none of it."""

from __future__ import annotations

import re

from core.testing import TINGHU, YANDU, Harness

CONTRIBUTED = (
    r"\bsixHaves\(",
    r"\bsixHavesHistory\(",
    r"\bsixHavesOverview\(",
    r"\bsixHavesSnapshots\(",
    r"\bsixHavesProgress\(",
    r"\btakeSixHavesSnapshot\(",
    r"\bcreateSixHavesVenue\(",
    r"\bcreateSixHavesRule\(",
    r"\bcreateSixHavesFund\(",
    r"\btype SixHavesAssessment\b",
    r"\binterface SixHavesHave\b",
    r"\btype SixHavesNetworkHave implements SixHavesHave\b",
    r"\btype SixHavesVenue implements Node\b",
    r"\benum SixHave\b",
    r"\benum SixHavesFundSource\b",
)


async def test_yandu_has_the_plugin_and_tinghu_none_of_it(gridgov: Harness) -> None:
    yandu, tinghu = await gridgov.sdl(YANDU), await gridgov.sdl(TINGHU)
    for pattern in CONTRIBUTED:
        assert re.search(pattern, yandu), pattern
        assert not re.search(pattern, tinghu), pattern
    assert "SixHave" not in tinghu and "sixHaves" not in tinghu
    errors = await gridgov.errors(
        TINGHU, "{ district { estates(first: 1) { nodes { sixHaves { score } } } } }"
    )
    assert "sixHaves" in errors[0]["message"]
    errors = await gridgov.errors(TINGHU, "{ sixHavesOverview { estatesAllSix } }")
    assert "sixHavesOverview" in errors[0]["message"]
    data = await gridgov.query(TINGHU, '{ district { indicators(prefix: "six_haves") { key } } }')
    assert data["district"]["indicators"] == []


async def test_a_yandu_record_is_nothing_in_tinghu(gridgov: Harness) -> None:
    data = await gridgov.query(
        YANDU,
        """{ sixHavesOverview { estates(first: 1, allSix: true) { nodes {
             place { venues { id } } rules { rules { id } } } } } }""",
    )
    node = data["sixHavesOverview"]["estates"]["nodes"][0]
    ids = [node["place"]["venues"][0]["id"], node["rules"]["rules"][0]["id"]]
    found = await gridgov.query(
        YANDU, "query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }", {"ids": ids}
    )
    assert found["nodes"] == [{"__typename": "SixHavesVenue"}, {"__typename": "SixHavesRule"}]
    found = await gridgov.query(
        TINGHU, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ids}
    )
    assert found["nodes"] == [None, None]
