from core.testing import Harness


async def test_district_drill_down(gridgov: Harness) -> None:
    data = await gridgov.query(
        "320902",
        """
      { district { code name streets(first: 2) { totalCount nodes { code name communities(first: 2) {
          nodes { code grids(first: 3, filter: {kind: COMPREHENSIVE}) { nodes { code kind subGrids(first: 2) {
            totalCount nodes { code buildings(first: 1) { nodes { number households(first: 1) { nodes {
              doorNumber members(first: 2) { nodes { name phone } } } } } } } } } } } } } } } }
    """,
    )
    district = data["district"]
    assert district["code"] == "320902"
    assert district["streets"]["totalCount"] == 7
    data = await gridgov.query("320902", "{ district { indicators { key value } } }")
    values = {i["key"]: i["value"] for i in data["district"]["indicators"]}
    print(values)
    result = await gridgov.post(
        "320902",
        """
      mutation { createStreet(input: {code: "320902999", name: "测试街道"}) { street { id code } errors { field code message } } }
    """,
    )
    print(result)
    result = await gridgov.post(
        "320902",
        """
      mutation { createStreet(input: {code: "32090299", name: ""}) { street { id code } errors { field code message } } }
    """,
    )
    print(result)
