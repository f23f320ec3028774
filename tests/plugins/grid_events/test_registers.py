"""grid_events' event types register (gridgov_registers), through the command line."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

from core.testing import run_cli


async def gridgov(url: str, *args: str) -> tuple[int, str, str]:
    return await asyncio.to_thread(run_cli, "--database", url, *args)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


async def test_hook_registers_event_types_round_trip_update_and_refuse(
    example_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "types.csv"
    kind = ("--district", "320902", "--kind", "grid_events.types")
    status, _, err = await gridgov(example_database, "export", *kind, "--out", str(out))
    assert status == 0, err
    rows = read_csv(out)
    assert rows[0] == ["类型编码", "名称", "分类", "办理时限（小时）", "说明"]
    count = len(rows) - 1
    assert count > 0
    # Re-imported as exported: nothing changes; a renamed type and a new one do.
    status, printed, err = await gridgov(example_database, "import", str(out), *kind)
    assert status == 0, err
    assert f"0 new, 0 changed, {count} unchanged" in printed
    rows[1][1] = "改名"
    rows.append(["street_lamps", "路灯维修", "环境卫生", "48", ""])
    status, printed, err = await gridgov(
        example_database, "import", str(write_csv(tmp_path / "in.csv", rows)), *kind
    )
    assert status == 0, err
    assert f"1 new, 1 changed, {count - 1} unchanged" in printed
    status, _, _ = await gridgov(example_database, "export", *kind, "--out", str(out))
    assert read_csv(out)[1][1] == "改名" and read_csv(out)[-1][0] == "street_lamps"
    # The rules of createGridEventType, with its codes; nothing is written.
    rows += [["Bad Code", "甲", "民生需求", "24", ""], ["ok_code", "乙", "民生需求", "0", ""]]
    status, _, err = await gridgov(
        example_database, "import", str(write_csv(tmp_path / "bad.csv", rows)), *kind
    )
    assert status == 1
    report = read_csv(tmp_path / "bad.errors.csv")
    assert [r[1:3] for r in report[1:]] == [
        ["类型编码", "INVALID"],
        ["办理时限（小时）", "OUT_OF_RANGE"],
    ]
    status, _, _ = await gridgov(example_database, "export", *kind, "--out", str(out))
    assert len(read_csv(out)) == count + 2
    # Its template is written with core's.
    status, _, _ = await asyncio.to_thread(run_cli, "templates", "--out", str(tmp_path / "t"))
    assert (tmp_path / "t" / "grid_events.types.xlsx").exists()
