"""Registers in spreadsheets: gridgov import / export / templates and the HTTP download."""

from __future__ import annotations

import asyncio
import csv
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from core.db import models
from core.db.engine import create_engine
from core.graphql.ids import to_global_id
from core.registers.files import SheetWriter
from core.testing import Harness, run_cli

KINDS = (
    "streets",
    "communities",
    "grids",
    "estates",
    "buildings",
    "households",
    "people",
    "grid_assignments",
    "organisations",
    "party_members",
    "posts",
)
TINGHU = "320902"


async def gridgov_cli(url: str, *args: str) -> tuple[int, str, str]:
    """``gridgov --database URL ARGS`` (in a thread: the command runs its own event loop)."""
    return await asyncio.to_thread(run_cli, "--database", url, *args)


async def export(url: str, kind: str, out: Path, *more: str) -> Path:
    status, _, err = await gridgov_cli(
        url, "export", "--district", TINGHU, "--kind", kind, "--out", str(out), *more
    )
    assert status == 0, err
    return out


async def counts(url: str) -> dict[str, int]:
    """Rows of every core table a register writes, and of the audit trail."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            found: dict[str, int] = {}
            for model in (
                models.District,
                models.Street,
                models.Community,
                models.Grid,
                models.Estate,
                models.Building,
                models.Household,
                models.Person,
                models.Identity,
                models.GridAssignment,
                models.Organisation,
                models.Post,
                models.AuditEntry,
            ):
                found[model.__tablename__] = int(
                    await connection.scalar(select(func.count()).select_from(model)) or 0
                )
            return found
    finally:
        await engine.dispose()


async def global_id(url: str, model: Any, condition: Any) -> str:
    """The Global ID of the one ``model`` row meeting ``condition``, read with SQL."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            pk = await connection.scalar(select(model.id).where(condition))
    finally:
        await engine.dispose()
    return to_global_id(model.__name__, int(pk or 0))


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


async def test_round_trip_into_an_empty_database(
    example_database: str, database: str, tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for kind in KINDS:
        await export(example_database, kind, first / f"{kind}.csv", "--format", "csv")
    for kind in KINDS:
        status, out, err = await gridgov_cli(
            database, "import", str(first / f"{kind}.csv"), "--district", TINGHU,
            "--new-district", "亭湖区",
        )  # fmt: skip
        assert status == 0, err
        assert out.startswith("imported ") and " 0 changed" in out
        await export(database, kind, second / f"{kind}.csv", "--format", "csv")
        assert (second / f"{kind}.csv").read_bytes() == (first / f"{kind}.csv").read_bytes(), kind
    # An XLSX export reads back as the same register.
    book = await export(database, "grids", tmp_path / "grids.xlsx")
    status, out, err = await gridgov_cli(database, "import", str(book), "--district", TINGHU)
    assert status == 0, err
    assert "2934 unchanged" in out
    sheet = load_workbook(book, read_only=True).worksheets[0]
    assert [list(r) for r in sheet.iter_rows(values_only=True, max_row=2)] == [
        [c or None for c in row] for row in read_csv(first / "grids.csv")[:2]
    ]


async def test_reimport_updates_and_the_trail_has_one_entry_per_batch(
    example_database: str, tmp_path: Path
) -> None:
    people = read_csv(
        await export(example_database, "people", tmp_path / "p.csv", "--format", "csv")
    )
    rows = people[:1201]  # the header and 1,200 people: two batches
    rows[1][1], rows[1][4] = "改名", "13900000000"
    before = await counts(example_database)
    status, out, err = await gridgov_cli(
        example_database, "import", str(write_csv(tmp_path / "in.csv", rows)), "--district", TINGHU
    )
    assert status == 0, err
    assert "1200 rows of people: 0 new, 1 changed, 1199 unchanged" in out
    after = await counts(example_database)
    assert after["person"] == before["person"] and after["identity"] == before["identity"]
    engine = create_engine(example_database)
    try:
        async with engine.connect() as connection:
            entries = (
                await connection.execute(
                    select(models.AuditEntry.actor, models.AuditEntry.operation,
                           models.AuditEntry.after)
                    .where(models.AuditEntry.table_name == "register:people")
                    .order_by(models.AuditEntry.id)
                )
            ).all()  # fmt: skip
            name = await connection.scalar(
                select(models.Person.name).where(models.Person.id_number == rows[1][0])
            )
    finally:
        await engine.dispose()
    assert [e.after for e in entries] == [
        {"rows": "2-1001", "created": 0, "updated": 1, "unchanged": 999, "refused": 0},
        {"rows": "1002-1201", "created": 0, "updated": 0, "unchanged": 200, "refused": 0},
    ]
    assert entries[0].actor.startswith("cli:") and entries[0].operation == "import people in.csv"
    assert name == "改名"


async def test_dry_run_writes_nothing(example_database: str, tmp_path: Path) -> None:
    streets = read_csv(
        await export(example_database, "streets", tmp_path / "s.csv", "--format", "csv")
    )
    streets.append(["320902099", "新街道", "街道"])
    before = await counts(example_database)
    status, out, err = await gridgov_cli(
        example_database, "import", str(write_csv(tmp_path / "s.csv", streets)),
        "--district", TINGHU, "--dry-run",
    )  # fmt: skip
    assert status == 0, err
    assert out.startswith("dry run, nothing written: 8 rows of streets: 1 new, 0 changed")
    assert await counts(example_database) == before


BAD_ROWS = [
    # (kind, a good row, a bad row, what is reported: (column header, code)); the good row
    # of a kind's first case goes first in its file.
    ("streets", ["320902099", "新街道", "街道"], ["32090209", "短", "街道"], ("街道编码", "MALFORMED_CODE")),
    ("streets", ["320902099", "新街道", ""], ["320903099", "别区", "街道"], ("街道编码", "CODE_MISMATCH")),
    ("streets", ["320902099", "新街道", ""], ["320902098", "", "街道"], ("名称", "REQUIRED")),
    ("streets", ["320902099", "新街道", ""], ["320902098", "乙", "县"], ("类型", "INVALID")),
    ("streets", ["320902099", "新街道", ""], ["320902099", "又一个", ""], ("街道编码", "DUPLICATE")),
    ("streets", ["320902099", "新街道", ""], ["320902098", "长" * 101, ""], ("名称", "TOO_LONG")),
    ("communities", ["320902001099", "320902001", "新社区", "社区"], ["320902001098", "320902088", "无街", ""], ("街道编码", "NOT_FOUND")),
    ("communities", ["320902001099", "320902001", "新社区", "社区"], ["320902002098", "320902001", "错码", ""], ("社区编码", "CODE_MISMATCH")),
    ("grids", ["320902001001099", "320902001001", "", "新网格", "综合网格"], ["320902001001098001", "320902001001", "", "微", "微网格"], ("上级网格编码", "REQUIRED")),
    ("grids", ["320902001001099", "320902001001", "", "新网格", "综合网格"], ["320902001001001001", "320902001001", "320902001001001", "微", "微网格"], ("上级网格编码", "WRONG_KIND")),
    ("grids", ["320902001001099", "320902001001", "", "新网格", "综合网格"], ["320902001001098", "320902001001", "320902001001099", "甲", "综合网格"], ("上级网格编码", "INVALID")),
    ("grids", ["320902001001099", "320902001001", "", "新网格", "综合网格"], ["3209020010010981", "320902001001", "", "甲", "党建网格"], ("网格编码", "MALFORMED_CODE")),
    ("grids", ["320902001001099", "320902001001", "", "新网格", "综合网格"], ["320902001001001", "320902001001", "", "改类", "综合网格"], ("类型", "INVALID")),
    ("estates", ["320902001001", "新小区", "小区", ""], ["320902001001", "又小区", "", "址" * 201], ("地址", "TOO_LONG")),
    ("estates", ["320902001001", "新小区", "小区", ""], ["320902001099", "无社区", "", ""], ("社区编码", "NOT_FOUND")),
    ("buildings", ["320902001001", "友世苑", "99幢", "6", ""], ["320902001001", "友世苑", "98幢", "201", ""], ("层数", "OUT_OF_RANGE")),
    ("buildings", ["320902001001", "友世苑", "99幢", "6", ""], ["320902001001", "友世苑", "98幢", "六", ""], ("层数", "INVALID")),
    ("buildings", ["320902001001", "友世苑", "99幢", "6", ""], ["320902001001", "友世苑", "98幢", "", "320902001002001"], ("网格编码", "WRONG_KIND")),
    ("buildings", ["320902001001", "友世苑", "99幢", "6", ""], ["320902001001", "无此苑", "98幢", "", ""], ("小区名称", "NOT_FOUND")),
    ("households", ["320902001001", "友世苑", "1幢", "9-909"], ["320902001001", "友世苑", "99幢", "9-909"], ("楼栋号", "NOT_FOUND")),
    ("households", ["320902001001", "友世苑", "1幢", "9-909"], ["320902001001", "友世苑", "1幢", "9-909"], ("门牌号", "DUPLICATE")),
    ("people", ["110101199003074477", "甲", "男", "1990-03-07", "", "", "", "", "", ""], ["110101199003074478", "乙", "男", "", "", "", "", "", "", ""], ("身份证号", "INVALID")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", ""], ["110101199003084528", "乙", "女", "1990-03-09", "", "", "", "", "", ""], ("出生日期", "CONFLICT")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", ""], ["110101199003084528", "乙", "女", "", "2345", "", "", "", "", ""], ("手机号码", "INVALID")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", ""], ["110101199003084528", "乙", "女", "1899-12-31", "", "", "", "", "", ""], ("出生日期", "OUT_OF_RANGE")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", ""], ["110101199003084528", "乙", "其他", "", "", "", "", "", "", ""], ("性别", "INVALID")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", ""], ["110101199003084528", "乙", "女", "", "", "320902001001", "友世苑", "", "", ""], ("楼栋号", "REQUIRED")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", ""], ["110101199003084528", "乙", "女", "", "", "320902001001", "友世苑", "1幢", "9-999", ""], ("门牌号", "NOT_FOUND")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", "居民:2021-03-01"], ["110101199003084528", "乙", "女", "", "", "", "", "", "", "党员:2021-03-01"], ("身份", "INVALID")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", "居民:2021-03-01"], ["110101199003084528", "乙", "女", "", "", "", "", "", "", "居民:2021-03-01~2020-01-01"], ("身份", "INVALID_PERIOD")),
    ("people", ["110101199003074477", "甲", "男", "", "", "", "", "", "", "居民:2021-03-01"], ["110101199003084528", "乙", "女", "", "", "", "", "", "", "居民"], ("身份", "REQUIRED")),
    ("grid_assignments", ["@person", "320902001001006", "专职网格员", "2024-01-01", ""], ["@person", "320902001001006", "网格长", "2024-01-01", "2023-01-01"], ("结束日期", "INVALID_PERIOD")),
    ("grid_assignments", ["@person", "320902001001006", "专职网格员", "2024-01-01", ""], ["110101199003074477", "320902001001006", "网格长", "2024-01-01", ""], ("身份证号", "NOT_FOUND")),
    ("grid_assignments", ["@person", "320902001001006", "专职网格员", "2024-01-01", ""], ["@person", "320902001001999", "网格长", "2024-01-01", ""], ("网格编码", "NOT_FOUND")),
    ("grid_assignments", ["@person", "320902001001006", "专职网格员", "2024-01-01", ""], ["@person", "320902001001006", "网格长", "", ""], ("开始日期", "REQUIRED")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["无此类", "甲", "", "", "", "", "", "", ""], ("组织类型", "INVALID")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "", "", "", "", "", "", "", ""], ("组织名称", "REQUIRED")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "长" * 101, "", "", "", "", "", "", ""], ("组织名称", "TOO_LONG")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "新单位", "", "", "", "", "", "", ""], ("组织名称", "DUPLICATE")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["居委会", "乙居委会", "", "", "", "", "", "", ""], ("挂靠层级", "REQUIRED")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["居委会", "丙居委会", "街道", "320902001", "", "", "", "", ""], ("挂靠层级", "WRONG_KIND")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "丁", "县", "", "", "", "", "", ""], ("挂靠层级", "INVALID")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["居委会", "世和社区居委会", "社区", "320902001002", "", "", "", "", ""], ("挂靠层级", "INVALID")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["居委会", "戊居委会", "社区", "320902001099", "", "", "", "", ""], ("挂靠编码", "NOT_FOUND")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["网格党支部", "己党支部", "网格", "320902001001006", "", "", "", "社区大党委", "世和社区大党委"], ("挂靠编码", "WRONG_KIND")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["业委会", "庚业委会", "小区", "320902001001", "", "", "", "", ""], ("小区名称", "REQUIRED")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "辛", "社区", "320902001001", "友世苑", "", "", "", ""], ("小区名称", "INVALID")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["党员中心户", "壬", "户", "320902001001", "友世苑", "1幢", "9-999", "楼栋党小组", "742号楼栋党小组"], ("门牌号", "NOT_FOUND")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "癸", "", "", "", "", "", "", "光先驻区单位1"], ("上级组织类型", "REQUIRED")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["社区大党委", "子大党委", "社区", "320902001001", "", "", "", "驻区单位", "光先驻区单位1"], ("上级组织类型", "WRONG_KIND")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["网格党支部", "丑党支部", "网格", "320902001001001", "", "", "", "", ""], ("上级组织名称", "REQUIRED")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "寅", "", "", "", "", "", "驻区单位", ""], ("上级组织名称", "REQUIRED")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "卯", "", "", "", "", "", "驻区单位", "无此单位"], ("上级组织名称", "NOT_FOUND")),
    ("organisations", ["驻区单位", "新单位", "", "", "", "", "", "", ""], ["驻区单位", "光先驻区单位1", "", "", "", "", "", "驻区单位", "光先驻区单位1"], ("上级组织名称", "INVALID")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "在职党员", "社区大党委", "世和社区大党委", "2024-01-01", ""], ("组织类型", "WRONG_KIND")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "党员", "驻区单位", "光先驻区单位1", "2024-01-01", ""], ("组织类型", "WRONG_KIND")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "党员", "党员中心户", "党员中心户1", "2024-01-01", ""], ("组织类型", "WRONG_KIND")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "居民", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ("身份", "INVALID")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "团员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ("身份", "INVALID")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "党员", "无此类", "世和社区党建网格1党支部", "2024-01-01", ""], ("组织类型", "INVALID")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "党员", "网格党支部", "无此党支部", "2024-01-01", ""], ("组织名称", "NOT_FOUND")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "党员", "网格党支部", "", "2024-01-01", ""], ("组织名称", "REQUIRED")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["110101199003074477", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ("身份证号", "NOT_FOUND")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "在职党员", "网格党支部", "世和社区党建网格1党支部", "", ""], ("开始日期", "REQUIRED")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "在职党员", "网格党支部", "世和社区党建网格1党支部", "1899-12-31", ""], ("开始日期", "OUT_OF_RANGE")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "在职党员", "网格党支部", "世和社区党建网格1党支部", "2024/01/01", ""], ("开始日期", "INVALID")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "在职党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", "2023-01-01"], ("结束日期", "INVALID_PERIOD")),
    ("party_members", ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", ""], ["@person", "党员", "网格党支部", "世和社区党建网格1党支部", "2024-01-01", "2025-01-01"], ("开始日期", "DUPLICATE")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "驻区单位", "光先驻区单位1", "委员", "2024-01-01", "2023-01-01"], ("结束日期", "INVALID_PERIOD")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "驻区单位", "光先驻区单位1", "委员", "", ""], ("开始日期", "REQUIRED")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ("开始日期", "DUPLICATE")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-06-01", ""], ("开始日期", "CONFLICT")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "街道大工委", "文峰街道大工委", "书记", "2022-01-01", ""], ("开始日期", "CONFLICT")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["110101199003074477", "驻区单位", "光先驻区单位1", "委员", "2024-01-01", ""], ("身份证号", "NOT_FOUND")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "物业企业", "明民物业服务有限公司1", "党务经理", "2024-01-01", ""], ("身份证号", "WRONG_KIND")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "无此类", "光先驻区单位1", "委员", "2024-01-01", ""], ("组织类型", "INVALID")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "驻区单位", "无此单位", "委员", "2024-01-01", ""], ("组织名称", "NOT_FOUND")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "驻区单位", "光先驻区单位1", "厨师", "2024-01-01", ""], ("职务", "INVALID")),
    ("posts", ["@person", "驻区单位", "光先驻区单位1", "成员", "2024-01-01", ""], ["@person", "驻区单位", "光先驻区单位1", "兼职委员", "2024-01-01", ""], ("职务", "WRONG_KIND")),
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
async def test_bad_rows_write_nothing_and_are_reported(
    example_database: str, tmp_path: Path, kind: str
) -> None:
    cases = [case for case in BAD_ROWS if case[0] == kind]
    exported = read_csv(await export(example_database, kind, tmp_path / "e.csv", "--format", "csv"))
    person = exported[1][0]
    good = [person if v == "@person" else v for v in cases[0][1]]
    bad = [[person if v == "@person" else v for v in case[2]] for case in cases]
    before = await counts(example_database)
    # One good row, then each bad one: the good row is not written either.
    file = write_csv(tmp_path / f"{kind}.csv", [exported[0], good, *bad])
    status, _, err = await gridgov_cli(example_database, "import", str(file), "--district", TINGHU)
    assert status == 1
    assert f"{len(bad)} row{'s' if len(bad) > 1 else ''} refused, nothing written" in err
    report = read_csv(tmp_path / f"{kind}.errors.csv")
    assert report[0] == ["行号", "列", "代码", "原因"]
    assert [tuple(row[:3]) for row in report[1:]] == [
        (str(number), *case[3]) for number, case in enumerate(cases, start=3)
    ], report
    assert await counts(example_database) == before


async def test_the_header_is_checked_and_a_report_can_be_xlsx(
    example_database: str, tmp_path: Path
) -> None:
    file = write_csv(tmp_path / "s.csv", [["code", "名称", "颜色"], ["320902099", "甲", "红"]])
    report = tmp_path / "report.xlsx"
    status, _, err = await gridgov_cli(
        example_database, "import", str(file), "--district", TINGHU, "--kind", "streets",
        "--report", str(report),
    )  # fmt: skip
    assert status == 1 and str(report) in err
    rows = list(load_workbook(report, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[1:] == [("1", "颜色", "INVALID", "not a column of the streets register")]
    status, _, err = await gridgov_cli(example_database, "import", str(file), "--district", TINGHU)
    assert status == 1 and "fits no register" in err
    status, _, err = await gridgov_cli(
        example_database, "import", str(tmp_path / "none.csv"), "--district", TINGHU
    )
    assert status == 1 and "cannot read" in err


async def test_templates_have_the_chinese_headers(tmp_path: Path) -> None:
    status, _, _ = await asyncio.to_thread(
        run_cli, "templates", "--out", str(tmp_path), "--format", "csv"
    )
    assert status == 0
    assert read_csv(tmp_path / "grids.csv") == [
        ["网格编码", "社区编码", "上级网格编码", "名称", "类型"]
    ]
    assert {p.stem for p in tmp_path.glob("*.csv")} >= set(KINDS)
    status, _, _ = await asyncio.to_thread(run_cli, "templates", "--out", str(tmp_path))
    sheet = load_workbook(tmp_path / "people.xlsx", read_only=True).worksheets[0]
    assert next(sheet.iter_rows(values_only=True))[:3] == ("身份证号", "姓名", "性别")


async def test_export_as_a_user_is_masked_and_scoped(example_database: str, tmp_path: Path) -> None:
    full = read_csv(
        await export(example_database, "people", tmp_path / "all.csv", "--format", "csv")
    )
    for name, role, scope in (("ana", "analyst", None), ("wang", "grid_worker", "320902001001006")):
        status, _, err = await gridgov_cli(
            example_database, "users", "create", name, "--district", TINGHU, "--role", role,
            *(("--scope", scope) if scope else ()),
        )  # fmt: skip
        assert status == 0, err
    masked = read_csv(
        await export(
            example_database, "people", tmp_path / "a.csv", "--format", "csv", "--as", "ana"
        )
    )
    assert len(masked) == len(full)
    assert masked[1][0] == "*" * 14 + full[1][0][-4:]
    assert full[1][3] and masked[1][3] == ""  # the ID number holds the birth date
    assert masked[1][4] == full[1][4][:3] + "****" + full[1][4][-4:]
    grid = read_csv(
        await export(
            example_database, "people", tmp_path / "w.csv", "--format", "csv", "--as", "wang"
        )
    )
    assert 1 < len(grid) < len(full) / 10
    assert "*" in grid[1][0] and "*" not in grid[1][4]  # a grid worker sees phones, not ID numbers
    status, _, err = await gridgov_cli(
        example_database, "export", "--district", TINGHU, "--kind", "people", "--as", "nobody"
    )
    assert status == 1 and "no enabled account named 'nobody'" in err


async def test_http_download_is_authenticated_and_masked(gridgov: Harness) -> None:
    url = "/districts/320902/registers/people.csv"
    response = await gridgov.client.get(url)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    other = await gridgov.headers("320903")
    response = await gridgov.client.get(url, headers=other)
    assert response.status_code == 403
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    analyst = {"authorization": f"Bearer {await gridgov.login_as('320902', 'analyst')}"}
    response = await gridgov.client.get(url, headers=analyst)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="320902-people.csv"' in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["身份证号", "姓名"] and "*" in rows[1][0]
    response = await gridgov.client.get("/districts/320902/registers/posts.csv", headers=analyst)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["身份证号", "组织类型", "组织名称"] and "*" in rows[1][0]
    response = await gridgov.client.get("/districts/320902/registers/grids.xlsx", headers=analyst)
    assert response.status_code == 200
    assert response.content[:2] == b"PK"
    response = await gridgov.client.get("/districts/320902/registers/nothing.csv", headers=analyst)
    assert response.status_code == 404


async def test_a_download_being_built_leaves_the_server_answering(
    gridgov: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file is held unfinished until another request has been answered: were it built
    # on the event loop, that request could not be served and the wait would give up.
    writing, answered = threading.Event(), threading.Event()
    waited: list[bool] = []
    finish = SheetWriter.close

    def close(writer: SheetWriter) -> None:
        writing.set()
        waited.append(answered.wait(timeout=30))
        finish(writer)

    monkeypatch.setattr(SheetWriter, "close", close)
    headers = await gridgov.headers(TINGHU)
    download = asyncio.create_task(
        gridgov.client.get("/districts/320902/registers/people.xlsx", headers=headers)
    )
    assert await asyncio.to_thread(writing.wait, 30)
    me = await gridgov.query(TINGHU, "{ me { name } }")
    answered.set()
    response = await download
    assert me["me"]["name"] and waited == [True]
    assert response.status_code == 200 and response.content[:2] == b"PK"


def test_every_shipped_register_is_documented() -> None:
    from core.plugins import PluginManager, discover
    from core.registers.run import registers

    guide = (Path(__file__).resolve().parents[2] / "docs" / "registers.md").read_text("utf-8")
    for register in registers(PluginManager(discover("gridgov"))):
        assert f"### {register.kind} ({register.label})" in guide
        for column in register.columns:
            assert f"| {column.header} | `{column.key}` |" in guide, (register.kind, column.key)


async def test_an_archived_row_is_refused_until_restored(gridgov: Harness, tmp_path: Path) -> None:
    community = await global_id(
        gridgov.url, models.Community, models.Community.code == "320902001001"
    )
    created = await gridgov.mutate(
        TINGHU,
        "createEstate",
        {"community": community, "name": "归档苑"},
        "estate { id }",
    )
    archived = await gridgov.mutate(
        TINGHU, "archive", {"id": created["estate"]["id"]}, input_type="ArchiveInput"
    )
    assert archived["errors"] == []
    estates = write_csv(
        tmp_path / "estates.csv", [["社区编码", "小区名称"], ["320902001001", "归档苑"]]
    )
    buildings = write_csv(
        tmp_path / "buildings.csv",
        [["社区编码", "小区名称", "楼栋号"], ["320902001001", "归档苑", "1幢"]],
    )
    for file in (estates, buildings):
        status, _, _ = await gridgov_cli(gridgov.url, "import", str(file), "--district", TINGHU)
        assert status == 1
        report = read_csv(file.with_name(f"{file.stem}.errors.csv"))
        assert report[1][1:3] == ["小区名称", "ARCHIVED"]


async def test_organisations_hang_under_rows_of_the_same_file_and_never_under_themselves(
    example_database: str, tmp_path: Path
) -> None:
    header = read_csv(
        await export(example_database, "organisations", tmp_path / "o.csv", "--format", "csv")
    )[0]

    def unit(name: str, parent: str = "") -> list[str]:
        return ["驻区单位", name, "", "", "", "", "", "驻区单位" if parent else "", parent]

    # A new parent, a new child under it, and a recorded unit moved under the child.
    rows = [header, unit("新甲"), unit("新乙", "新甲"), unit("光先驻区单位1", "新乙")]
    status, out, err = await gridgov_cli(
        example_database, "import", str(write_csv(tmp_path / "in.csv", rows)), "--district", TINGHU
    )
    assert status == 0, err
    assert "3 rows of organisations: 2 new, 1 changed, 0 unchanged" in out
    exported = read_csv(
        await export(example_database, "organisations", tmp_path / "o.csv", "--format", "csv")
    )
    order = [row[1] for row in exported]
    assert order.index("新甲") < order.index("新乙") < order.index("光先驻区单位1")
    # 新甲 under 光先驻区单位1 would close the circle 新甲 > 新乙 > 光先驻区单位1 > 新甲.
    rows = [header, unit("新丙"), unit("新甲", "光先驻区单位1")]
    status, _, _ = await gridgov_cli(
        example_database, "import", str(write_csv(tmp_path / "in.csv", rows)), "--district", TINGHU
    )
    assert status == 1
    report = read_csv(tmp_path / "in.errors.csv")
    assert [row[:3] for row in report[1:]] == [["3", "上级组织名称", "INVALID"]]
    # A post's key (person, organisation, role, first day) recorded: its last day is set.
    post = read_csv(await export(example_database, "posts", tmp_path / "p.csv", "--format", "csv"))[
        :2
    ]
    post[1][5] = "2030-12-31"
    status, out, err = await gridgov_cli(
        example_database, "import", str(write_csv(tmp_path / "p.csv", post)), "--district", TINGHU
    )
    assert status == 0, err
    assert "1 rows of posts: 0 new, 1 changed" in out


async def test_an_archived_organisation_is_refused_as_a_row_a_parent_and_a_post(
    gridgov: Harness, tmp_path: Path
) -> None:
    header = ["组织类型", "组织名称", "上级组织类型", "上级组织名称"]
    file = write_csv(tmp_path / "o.csv", [header, ["驻区单位", "归档单位", "", ""]])
    status, _, err = await gridgov_cli(gridgov.url, "import", str(file), "--district", TINGHU)
    assert status == 0, err
    unit = await global_id(gridgov.url, models.Organisation, models.Organisation.name == "归档单位")
    archived = await gridgov.mutate(
        TINGHU,
        "archive",
        {"id": unit},
        input_type="ArchiveInput",
    )
    assert archived["errors"] == []
    person = read_csv(await export(gridgov.url, "posts", tmp_path / "p.csv", "--format", "csv"))
    files = {
        "organisations": [
            header,
            ["驻区单位", "归档单位", "", ""],
            ["驻区单位", "子单位", "驻区单位", "归档单位"],
        ],
        "posts": [person[0], [person[1][0], "驻区单位", "归档单位", "成员", "2024-01-01", ""]],
        "party_members": [
            ["身份证号", "身份", "组织类型", "组织名称", "开始日期"],
            [person[1][0], "党员", "驻区单位", "归档单位", "2024-01-01"],
        ],
    }
    expected = {
        "organisations": [["2", "组织名称", "ARCHIVED"], ["3", "上级组织名称", "ARCHIVED"]],
        "posts": [["2", "组织名称", "ARCHIVED"]],
        "party_members": [["2", "组织名称", "ARCHIVED"]],
    }
    for kind, rows in files.items():
        file = write_csv(tmp_path / f"{kind}.csv", rows)
        status, _, _ = await gridgov_cli(gridgov.url, "import", str(file), "--district", TINGHU)
        assert status == 1
        report = read_csv(file.with_name(f"{kind}.errors.csv"))
        assert [row[:3] for row in report[1:]] == expected[kind]


async def test_party_members_name_their_organisation(gridgov: Harness, tmp_path: Path) -> None:
    members = read_csv(
        await export(gridgov.url, "party_members", tmp_path / "m.csv", "--format", "csv")
    )
    assert members[0] == ["身份证号", "身份", "组织类型", "组织名称", "开始日期", "结束日期"]
    serving = next(row for row in members if row[1] == "在职党员")
    assert serving[2] == "网格党支部"
    # A recorded key sets the last day; a new row joins another branch, by its English kinds.
    rows = [
        members[0],
        [*serving[:5], "2030-12-31"],
        [serving[0], "party_member", "grid_party_branch", serving[3], "2024-01-01", ""],
    ]
    status, out, err = await gridgov_cli(
        gridgov.url, "import", str(write_csv(tmp_path / "in.csv", rows)), "--district", TINGHU
    )
    assert status == 0, err
    assert "2 rows of party_members: 1 new, 1 changed, 0 unchanged" in out
    again = read_csv(
        await export(gridgov.url, "party_members", tmp_path / "m.csv", "--format", "csv")
    )
    assert [*serving[:5], "2030-12-31"] in again
    assert [serving[0], "党员", "网格党支部", serving[3], "2024-01-01", ""] == again[-1]
    # The people register points party members to this register.
    people = write_csv(
        tmp_path / "p.csv",
        [["身份证号", "姓名", "性别", "身份"], [serving[0], "甲", "男", "党员:2019-07-01"]],
    )
    status, _, _ = await gridgov_cli(gridgov.url, "import", str(people), "--district", TINGHU)
    assert status == 1
    report = read_csv(tmp_path / "p.errors.csv")
    assert report[1][1:3] == ["身份", "INVALID"] and "party_members register" in report[1][3]
    # An archived person is refused.
    newcomer = "110101199003074477"
    people = write_csv(tmp_path / "p.csv", [["身份证号", "姓名", "性别"], [newcomer, "甲", "男"]])
    status, _, err = await gridgov_cli(gridgov.url, "import", str(people), "--district", TINGHU)
    assert status == 0, err
    person = await global_id(gridgov.url, models.Person, models.Person.id_number == newcomer)
    archived = await gridgov.mutate(
        TINGHU,
        "archive",
        {"id": person},
        input_type="ArchiveInput",
    )
    assert archived["errors"] == []
    rows = [members[0], [newcomer, "党员", *serving[2:4], "2024-01-01", ""]]
    status, _, _ = await gridgov_cli(
        gridgov.url, "import", str(write_csv(tmp_path / "in.csv", rows)), "--district", TINGHU
    )
    assert status == 1
    report = read_csv(tmp_path / "in.errors.csv")
    assert [row[:3] for row in report[1:]] == [["2", "身份证号", "ARCHIVED"]]
    # A download masks the ID numbers as the people register does.
    analyst = {"authorization": f"Bearer {await gridgov.login_as(TINGHU, 'analyst')}"}
    response = await gridgov.client.get(
        "/districts/320902/registers/party_members.csv", headers=analyst
    )
    assert response.status_code == 200
    masked = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert masked[1][0] == "*" * 14 + members[1][0][-4:] and masked[1][1:] == members[1][1:]
