"""four_beautiful's party branches in core's registers: party members, then posts."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

from core.testing import YANDU, Harness, run_cli


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


async def gridgov_cli(url: str, *args: str) -> tuple[int, str, str]:
    return await asyncio.to_thread(run_cli, "--database", url, *args)


async def test_a_party_volunteer_is_a_member_of_the_estate_party_branch_first(
    gridgov: Harness, tmp_path: Path
) -> None:
    out = tmp_path / "posts.csv"
    status, _, err = await gridgov_cli(
        gridgov.url, "export", "--district", YANDU, "--kind", "posts", "--out", str(out)
    )
    assert status == 0, err
    with out.open(encoding="utf-8-sig", newline="") as handle:
        branch = next(row for row in csv.reader(handle) if row[3] == "党员志愿者")[1:3]
    assert branch[0] == "小区党支部"
    newcomer = "110101199003074477"
    files = {
        "people": [["身份证号", "姓名", "性别"], [newcomer, "甲", "男"]],
        "posts": [
            ["身份证号", "组织类型", "组织名称", "职务", "开始日期"],
            [newcomer, *branch, "党员志愿者", "2024-01-01"],
        ],
        "party_members": [
            ["身份证号", "身份", "组织类型", "组织名称", "开始日期"],
            [newcomer, "党员", *branch, "2023-07-01"],
        ],
    }
    # Without the membership the post is refused; the plugin's branch holds one.
    for kind, written in (("people", 0), ("posts", 1), ("party_members", 0), ("posts", 0)):
        file = write_csv(tmp_path / f"{kind}.csv", files[kind])
        status, _, err = await gridgov_cli(gridgov.url, "import", str(file), "--district", YANDU)
        assert status == written, (kind, err)
    with (tmp_path / "posts.errors.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row[:3] for row in csv.reader(handle)][1:] == [["2", "身份证号", "WRONG_KIND"]]
