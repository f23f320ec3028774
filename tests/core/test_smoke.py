from core.testing import Harness


async def test_district_drill_down(gridgov: Harness) -> None:
    data = await gridgov.query("320902", """
      { district { code name streets(first: 2) { totalCount nodes { code name communities(first: 2) {
          nodes { code grids(first: 3, filter: {kind: COMPREHENSIVE}) { nodes { code kind subGrids(first: 2) {
            totalCount nodes { code buildings(first: 1) { nodes { number households(first: 1) { nodes {
              doorNumber members(first: 2) { nodes { name phone } } } } } } } } } } } } } } } }
    """)
    district = data["district"]
    assert district["code"] == "320902"
    assert district["streets"]["totalCount"] == 7
