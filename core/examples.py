"""Example districts: Tinghu and Yandu generated from the article's figures.

The figures live in ``examples/districts/<name>.toml``; generation is
deterministic (seeded per district and plugin), so the same file always yields the
same district. Structure (streets, communities, grids, organisations, posts,
workers) is always at full article scale; households and residents follow
``scale`` so tests can load a district quickly.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, exists, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.contract import CORE, ExampleContext
from core.db import models
from core.graphql.people.mutations import id_number_check

if TYPE_CHECKING:
    from core.plugins import PluginManager

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples" / "districts"

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史"
    "陶黎贺顾毛郝龚邵万钱严戴孔汤"
)
GIVEN = {
    # Characters of given names, by the gender they are given to (both lists are as long,
    # so a generator draws the same sequence whichever gender it picked).
    "male": (
        "伟强磊军洋勇杰涛明超刚华建文辉力国庆斌海宇浩凯晨志峰亮鹏飞鑫睿轩俊健毅豪博威德东林波"
        "成康泽宁瑞龙兵鸣松柏正永胜彬锋良昊铭晖昌新"
    ),
    "female": (
        "芳娜敏静丽艳娟秀霞平桂英兰玉萍红燕欣怡婷雪梅春雨琳颖晶佳悦嘉涵慧倩洁莉琴云莹丹蓉璐薇"
        "露娅菲瑶梦雯诗惠淑珍凤彩月媛茜晓蕾妍舒岚蓓"
    ),
}
PLACE = (
    "幸福阳光和平友谊建设新华东升文峰青年春晖锦绣育才宝龙康居盛世翠竹紫薇迎宾解放人民"
    "朝阳先锋光明迎春金港海纳"
)
ESTATE_SUFFIX = ("花园", "小区", "新村", "家园", "苑", "华府")
ROADS = (
    "人民路",
    "解放路",
    "建军路",
    "开放大道",
    "青年路",
    "文港路",
    "毓龙路",
    "世纪大道",
    "大庆路",
    "范公路",
)


class ExampleError(Exception):
    """An example name, file or target that cannot be loaded; the message says why."""


def example_names() -> list[str]:
    """The example districts shipped in ``examples/districts``."""
    return sorted(path.stem for path in EXAMPLES_DIR.glob("*.toml"))


def read_example(name: str) -> dict[str, Any]:
    """The figures of an example district."""
    path = EXAMPLES_DIR / f"{name}.toml"
    if name not in example_names():
        raise ExampleError(f"no example {name!r}; choose one of: {', '.join(example_names())}")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def read_figures(path: Path) -> dict[str, Any]:
    """A plugin's figures from a TOML file (``--figures FILE``): its top-level keys."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ExampleError(f"cannot read {path}: {error.strerror}") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ExampleError(f"{path} is not a TOML file: {error}") from error


def _example_of(code: str) -> dict[str, Any] | None:
    """The figures of the shipped example district with this code, if any."""
    specs = (read_example(name) for name in example_names())
    return next((spec for spec in specs if spec.get("code") == code), None)


def figures_for(
    manager: PluginManager, plugin: str, code: str, spec: dict[str, Any] | None
) -> tuple[dict[str, Any], str]:
    """The figures a plugin's example data is made from in a district, and where they are from.

    The ``[plugins.<name>]`` section of the example district's file (``spec``) if it
    has one, else what the plugin ships (``gridgov_example_figures``), else none.
    """
    section = (spec or {}).get("plugins", {}).get(plugin)
    if section is not None:
        return dict(section), f"[plugins.{plugin}] of the district's example file"
    shipped = manager.call_plugin("gridgov_example_figures", plugin, district_code=code)
    if shipped is not None:
        return dict(shipped), "the plugin's own"
    return {}, "none (the plugin's defaults)"


async def _run_loader(manager: PluginManager, plugin: str, example: ExampleContext) -> None:
    loading = manager.call_plugin("gridgov_example_data", plugin, example=example)
    if loading is not None:
        await loading


def _context(
    session: AsyncSession,
    district: models.District,
    plugin: str,
    scale: float,
    figures: dict[str, Any],
    shared: dict[str, Any],
) -> ExampleContext:
    return ExampleContext(
        district_id=district.id,
        district_code=district.code,
        session=session,
        # Seeded per district and plugin: a plugin loads the same data on its own as
        # with its district, whatever else is installed.
        random=random.Random(f"{district.code}:{plugin}"),
        scale=scale,
        figures=figures,
        shared=shared,
    )


def _check_scale(scale: float) -> None:
    if not 0 < scale <= 10:
        raise ExampleError("scale must be greater than 0 and at most 10")


async def load_example(
    sessions: async_sessionmaker[AsyncSession],
    manager: PluginManager,
    name: str,
    scale: float = 1.0,
) -> str:
    """Create an example district with its enabled plugins' data, in one transaction.

    Args:
        sessions: Session factory of the target database.
        manager: Installed plugins; only installed ones among those the example
            enables are enabled and loaded.
        name: ``tinghu`` or ``yandu``.
        scale: Fraction of households and residents (structure is always full).

    Returns:
        A one-line summary for people.
    """
    _check_scale(scale)
    spec = read_example(name)
    async with sessions() as session:
        existing = await session.scalar(
            select(models.District.id).where(models.District.code == spec["code"])
        )
        if existing is not None:
            return (
                f"{spec['name']} ({spec['code']}) is already loaded; nothing to do (a plugin's"
                f" example data: `gridgov plugins load-example NAME --district {spec['code']}`)"
            )
        district = models.District(code=spec["code"], name=spec["name"])
        session.add(district)
        await session.flush()
        wanted = [plugin for plugin in spec.get("enables", []) if plugin in manager.installed]
        enabled = [plugin for plugin in manager.closure(wanted) if plugin != CORE]
        session.add_all(models.DistrictPlugin(district_id=district.id, plugin=p) for p in enabled)
        shared: dict[str, Any] = {}
        for plugin in [CORE, *enabled]:
            figures = spec
            if plugin != CORE:
                figures = figures_for(manager, plugin, spec["code"], spec)[0]
            example = _context(session, district, plugin, scale, figures, shared)
            await _run_loader(manager, plugin, example)
        await session.commit()
    missing = sorted(set(spec.get("enables", [])) - set(manager.installed))
    note = f" (not installed, so not enabled: {', '.join(missing)})" if missing else ""
    return f"loaded {spec['name']} ({spec['code']}) with {', '.join(enabled) or 'core only'}{note}"


async def _tables_with_rows(
    session: AsyncSession, manager: PluginManager, plugin: str, district_id: int
) -> list[str]:
    """The plugin's tables holding rows of the district, in one statement."""
    tables = [
        cast(Table, o.value.__table__) for o in manager.contributions.models if o.owner == plugin
    ]
    if not tables:
        return []
    found = (
        await session.execute(
            select(
                *(
                    exists().where(table.c.district_id == district_id).label(table.name)
                    for table in tables
                )
            )
        )
    ).one()
    return [table.name for table, has_rows in zip(tables, found, strict=True) if has_rows]


async def load_plugin_example(
    sessions: async_sessionmaker[AsyncSession],
    manager: PluginManager,
    plugin: str,
    district_code: str,
    *,
    figures: dict[str, Any] | None = None,
    scale: float = 1.0,
) -> str:
    """Add one plugin's example data to a district that is already loaded, in one transaction.

    The plugin and the plugins it requires are enabled in the district if they are not.
    A plugin counts as loaded once one of its tables holds a row of the district: then
    nothing is loaded for it (the same command run twice changes nothing, and example
    rows never mix with a district's real ones). Required plugins not loaded yet are
    loaded first, with their own figures.

    Args:
        sessions: Session factory of the target database.
        manager: Installed plugins.
        plugin: The plugin's name.
        district_code: The district's six-digit code.
        figures: The plugin's figures (``--figures FILE``); by default those of
            :func:`figures_for`.
        scale: Fraction of whatever the plugin scales (households, visits...).

    Returns:
        A one-line summary for people.

    Raises:
        ExampleError: The plugin is not installed or has no example data, the
            district does not exist, or the scale is out of range; nothing was written.
    """
    _check_scale(scale)
    if plugin not in manager.installed:
        raise ExampleError(
            f"no installed plugin {plugin!r}; installed: {', '.join(manager.installed) or 'none'}"
        )
    if not manager.implements("gridgov_example_data", plugin):
        raise ExampleError(f"plugin {plugin!r} has no example data (gridgov_example_data)")
    spec = _example_of(district_code)
    async with sessions() as session:
        district = await session.scalar(
            select(models.District).where(models.District.code == district_code)
        )
        if district is None:
            raise ExampleError(f"no district with code {district_code!r}")
        where = f"{district.name} ({district_code})"
        enabled = set(
            await session.scalars(
                select(models.DistrictPlugin.plugin).where(
                    models.DistrictPlugin.district_id == district.id
                )
            )
        )
        wanted = [name for name in manager.closure([plugin]) if name != CORE]
        loaded = await _tables_with_rows(session, manager, plugin, district.id)
        if loaded:
            return (
                f"{plugin}'s data is already in {district_code} (rows in {', '.join(loaded)});"
                " nothing to do"
            )
        switched = [name for name in wanted if name not in enabled]
        session.add_all(models.DistrictPlugin(district_id=district.id, plugin=n) for n in switched)
        done: list[str] = []
        shared: dict[str, Any] = {}
        for name in wanted:
            if name != plugin and await _tables_with_rows(session, manager, name, district.id):
                continue
            if name == plugin and figures is not None:
                chosen, origin = figures, "given"
            else:
                chosen, origin = figures_for(manager, name, district_code, spec)
            context = _context(session, district, name, scale, chosen, shared)
            await _run_loader(manager, name, context)
            done.append(f"{name} (figures: {origin})")
        await session.commit()
    note = f"; enabled {', '.join(switched)}" if switched else ""
    return f"loaded into {where}: {', '.join(done)}{note}"


def spread(total: int, buckets: int) -> list[int]:
    """Split ``total`` into ``buckets`` near-equal whole parts."""
    base, extra = divmod(total, buckets)
    return [base + (1 if i < extra else 0) for i in range(buckets)]


async def insert_rows(
    session: AsyncSession, model: type[models.Base], rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert many rows in few statements and return their ids, in order."""
    if not rows:
        return []
    # An executemany takes its columns from the first row and silently drops keys the
    # others add (an owners' committee's estate_id after a unit without anchor), so give
    # every row every key.
    keys = list(dict.fromkeys(key for row in rows for key in row))
    rows = [{key: row.get(key) for key in keys} for row in rows]
    table = cast(Table, model.__table__)
    result = await session.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    return [row[0] for row in result]


class Names:
    """Believable Chinese names and personal data, drawn from one generator."""

    def __init__(self, rng: random.Random, district_code: str) -> None:
        self.rng = rng
        self.district_code = district_code
        self._born: dict[tuple[dt.date, str], int] = {}

    def person(self) -> dict[str, Any]:
        """Name, gender, birth date, phone and a valid citizen ID number."""
        rng = self.rng
        gender = rng.choice(("male", "female"))
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 64))
        # The sequence code is odd for men, even for women; 500 of each per birth day
        # keep ID numbers unique (about 16 are born on a day at full scale).
        while (taken := self._born.get((birth, gender), 0)) == 500:
            birth += dt.timedelta(days=1)
        self._born[birth, gender] = taken + 1
        sequence = taken * 2 + (1 if gender == "male" else 0)
        first17 = f"{self.district_code}{birth:%Y%m%d}{sequence:03d}"
        return {
            "name": rng.choice(SURNAMES)
            + "".join(rng.choice(GIVEN[gender]) for _ in range(rng.choice((1, 2)))),
            "gender": gender,
            "birth_date": birth,
            "phone": f"1{rng.choice('35789')}{rng.randrange(10**9):09d}",
            "id_number": first17 + id_number_check(first17),
        }

    def place(self, used: set[str], suffix: str) -> str:
        """A place name not used yet in ``used``."""
        for _ in range(1000):
            candidate = self.rng.choice(PLACE) + self.rng.choice(PLACE) + suffix
            if candidate not in used:
                used.add(candidate)
                return candidate
        raise ExampleError("ran out of place names")


def cycle_take(items: Sequence[int], count: int) -> Iterator[int]:
    """``count`` items, going round ``items`` as often as needed."""
    return itertools.islice(itertools.cycle(items), count)


async def load_core_example(example: ExampleContext) -> None:
    """Generate places, grids, organisations, people, posts and assignments."""
    spec, session, rng = example.figures, example.session, example.random
    names = Names(rng, example.district_code)
    d = example.district_id
    start = dt.date(2021, 3, 1)

    def tracked(**values: Any) -> dict[str, Any]:
        return {"district_id": d, **values}

    # Streets and communities.
    street_rows = [
        tracked(
            code=f"{example.district_code}{i + 1:03d}",
            name=name,
            kind="town" if name.endswith("镇") else "street",
        )
        for i, name in enumerate(spec["streets"])
    ]
    street_ids = await insert_rows(session, models.Street, street_rows)
    named = dict(spec.get("named_communities", []))
    community_rows: list[dict[str, Any]] = []
    used = set(named.values())
    villages = spec.get("villages", 0)
    per_street = spread(spec["communities"], len(street_ids))
    for (street_id, street), count in zip(
        zip(street_ids, street_rows, strict=True), per_street, strict=True
    ):
        for j in range(count):
            is_village = len(community_rows) >= spec["communities"] - villages
            name = named.pop(street["name"], None) if j == 0 else None
            name = name or names.place(used, "村" if is_village else "社区")
            community_rows.append(
                tracked(
                    street_id=street_id,
                    code=f"{street['code']}{j + 1:03d}",
                    name=name,
                    kind="village" if is_village else "urban",
                )
            )
    community_ids = await insert_rows(session, models.Community, community_rows)
    communities = list(zip(community_ids, community_rows, strict=True))

    # Grids: each kind spread over the communities; micro-grids inside comprehensive ones.
    grids = spec["grids"]
    grid_rows: list[dict[str, Any]] = []
    serial = {cid: itertools.count(1) for cid in community_ids}
    for kind in ("party_building", "comprehensive", "unit"):
        for (cid, community), count in zip(
            communities, spread(grids[kind], len(communities)), strict=True
        ):
            for _ in range(count):
                n = next(serial[cid])
                grid_rows.append(
                    tracked(
                        community_id=cid,
                        parent_id=None,
                        code=f"{community['code']}{n:03d}",
                        name=f"{community['name']}{_GRID_NAMES[kind]}{n}",
                        kind=kind,
                    )
                )
    grid_ids = await insert_rows(session, models.Grid, grid_rows)
    by_kind: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for gid, row in zip(grid_ids, grid_rows, strict=True):
        by_kind.setdefault(row["kind"], []).append((gid, row))
    comprehensive = by_kind["comprehensive"]
    micro_rows = []
    for (parent_id, parent), count in zip(
        comprehensive, spread(grids["micro"], len(comprehensive)), strict=True
    ):
        for n in range(1, count + 1):
            micro_rows.append(
                tracked(
                    community_id=parent["community_id"],
                    parent_id=parent_id,
                    code=f"{parent['code']}{n:03d}",
                    name=f"{parent['name']}-微网格{n}",
                    kind="micro",
                )
            )
    micro_ids = await insert_rows(session, models.Grid, micro_rows)
    micro_of_community: dict[int, list[int]] = {}
    for gid, row in zip(micro_ids, micro_rows, strict=True):
        micro_of_community.setdefault(row["community_id"], []).append(gid)

    # Estates, buildings (each in a micro-grid of its community), households.
    named_estates = dict(spec.get("named_estates", []))
    estate_rows, estate_names = [], set(named_estates.values())
    for cid, community in communities:
        for j in range(spec["estates_per_community"]):
            name = named_estates.pop(community["name"], None) if j == 0 else None
            rural = community["kind"] == "village"
            name = name or names.place(
                estate_names, "集中居住点" if rural else rng.choice(ESTATE_SUFFIX)
            )
            estate_rows.append(
                tracked(
                    community_id=cid,
                    name=name,
                    kind="rural_settlement" if rural else "estate",
                    address=f"{rng.choice(ROADS)}{rng.randrange(1, 400)}号",
                )
            )
    estate_ids = await insert_rows(session, models.Estate, estate_rows)
    building_rows = []
    # Round-robin over the community's micro-grids, so every micro-grid covers buildings.
    next_micro = {
        cid: itertools.cycle(micro_of_community.get(cid) or [None]) for cid in community_ids
    }
    for eid, estate in zip(estate_ids, estate_rows, strict=True):
        for n in range(1, spec["buildings_per_estate"] + 1):
            building_rows.append(
                tracked(
                    estate_id=eid,
                    grid_id=next(next_micro[estate["community_id"]]),
                    number=f"{n}幢",
                    floors=rng.choice((6, 6, 7, 11, 18, 26)),
                )
            )
    building_ids = await insert_rows(session, models.Building, building_rows)
    per_building = max(2, round(spec["households_per_building"] * example.scale))
    household_rows = [
        tracked(building_id=bid, door_number=f"{1 + k // 4}-{(k // 2) % 2 + 1}0{k % 2 + 1}")
        for bid in building_ids
        for k in range(per_building)
    ]
    household_ids = await insert_rows(session, models.Household, household_rows)
    resident_rows = [
        tracked(household_id=hid, **names.person())
        for hid in household_ids
        for _ in range(max(1, round(rng.gauss(spec["people_per_household"], 0.8))))
    ]
    resident_ids = await insert_rows(session, models.Person, resident_rows)

    # The five-level organisation system and the units beside it.
    orgs = spec["organisations"]

    async def organisations(rows: list[dict[str, Any]]) -> list[int]:
        return await insert_rows(session, models.Organisation, rows)

    street_committees = await organisations(
        [
            tracked(kind="street_big_working_committee", name=f"{row['name']}大工委", street_id=sid)
            for sid, row in zip(street_ids, street_rows, strict=True)
        ]
    )
    committee_of_street = dict(zip(street_ids, street_committees, strict=True))
    community_committees = await organisations(
        [
            tracked(
                kind="community_big_party_committee",
                name=f"{row['name']}大党委",
                community_id=cid,
                parent_id=committee_of_street[row["street_id"]],
            )
            for cid, row in communities
        ]
    )
    committee_of_community = dict(zip(community_ids, community_committees, strict=True))
    party_grids = by_kind["party_building"]
    branches = await organisations(
        [
            tracked(
                kind="grid_party_branch",
                name=f"{row['name']}党支部",
                grid_id=gid,
                parent_id=committee_of_community[row["community_id"]],
            )
            for gid, row in party_grids
        ]
    )
    branches_of_community: dict[int, list[int]] = {}
    for branch, (_, row) in zip(branches, party_grids, strict=True):
        branches_of_community.setdefault(row["community_id"], []).append(branch)
    community_of_estate = dict(
        zip(estate_ids, (row["community_id"] for row in estate_rows), strict=True)
    )
    buildings = list(zip(building_ids, building_rows, strict=True))
    group_buildings = rng.sample(buildings, orgs["building_party_group"])
    groups = await organisations(
        [
            tracked(
                kind="building_party_group",
                name=f"{bid}号楼栋党小组",
                building_id=bid,
                parent_id=rng.choice(branches_of_community[community_of_estate[row["estate_id"]]]),
            )
            for bid, row in group_buildings
        ]
    )
    households_of_building: dict[int, list[int]] = {}
    for hid, row in zip(household_ids, household_rows, strict=True):
        households_of_building.setdefault(row["building_id"], []).append(hid)
    central = []
    for i, (group, (bid, _)) in enumerate(
        cycle_take_pairs(groups, group_buildings, orgs["party_member_household"])
    ):
        homes = households_of_building[bid]
        central.append(
            tracked(
                kind="party_member_household",
                name=f"党员中心户{i + 1}",
                household_id=homes[(i // len(groups)) % len(homes)],
                parent_id=group,
            )
        )
    await organisations(central)
    units: list[dict[str, Any]] = []
    for kind, label in (
        ("co_building_unit", "驻区单位"),
        ("two_new_organisation", "两新组织"),
        ("mass_organisation", "群团组织"),
        ("property_company", "物业服务有限公司"),
    ):
        units += [
            tracked(kind=kind, name=f"{names.place(set(), '')}{label}{i + 1}")
            for i in range(orgs[kind])
        ]
    units += [
        tracked(kind="social_organisation", name=name) for name in orgs["social_organisation"]
    ]
    units += [
        tracked(kind="residents_committee", name=f"{row['name']}居委会", community_id=cid)
        for cid, row in communities
    ]
    owners_estates = rng.sample(estate_ids, round(len(estate_ids) * orgs["owners_committee_share"]))
    units += [
        tracked(kind="owners_committee", name=f"{eid}号小区业委会", estate_id=eid)
        for eid in owners_estates
    ]
    unit_ids = await organisations(units)
    unit_kinds: dict[str, list[int]] = {}
    for uid, row in zip(unit_ids, units, strict=True):
        unit_kinds.setdefault(row["kind"], []).append(uid)

    # People in posts and on grids, with the identities their posts imply.
    people = spec["people"]

    async def staff(count: int) -> list[int]:
        return await insert_rows(
            session,
            models.Person,
            [tracked(household_id=None, **names.person()) for _ in range(count)],
        )

    posts: list[dict[str, Any]] = []
    identities: list[dict[str, Any]] = []

    def post(person: int, organisation: int, role: str) -> None:
        posts.append(
            tracked(
                person_id=person,
                organisation_id=organisation,
                role=role,
                start_date=start,
                end_date=None,
            )
        )

    def identity(person: int, kind: str, organisation: int | None = None) -> None:
        identities.append(
            tracked(
                person_id=person, kind=kind, organisation_id=organisation, since=start, until=None
            )
        )

    for person in resident_ids:
        identity(person, "resident")  # 居民: everyone living in a household of the district
    committees = street_committees + community_committees
    secretaries = await staff(len(committees) + len(branches))
    for person, organisation in zip(secretaries, committees + branches, strict=True):
        post(person, organisation, "secretary")
        identity(person, "party_member", organisation)
    for person, organisation in zip(
        await staff(people["part_time_committee_member"]),
        cycle_take(committees, people["part_time_committee_member"]),
        strict=True,
    ):
        post(person, organisation, "part_time_committee_member")
    instructed = unit_kinds["two_new_organisation"] + branches
    for person, organisation in zip(
        await staff(people["party_building_instructor"]),
        cycle_take(instructed, people["party_building_instructor"]),
        strict=True,
    ):
        post(person, organisation, "party_building_instructor")
    heads = await staff(len(groups))
    for person, group in zip(heads, groups, strict=True):
        post(person, group, "building_head")
    for person in await staff(people["community_worker"]):
        identity(person, "community_worker")
    for person, branch in zip(
        await staff(people["in_service_party_member"]),
        cycle_take(branches, people["in_service_party_member"]),
        strict=True,
    ):
        identity(person, "in_service_party_member", branch)
    for person in await staff(people["volunteer"]):
        identity(person, "volunteer")
    worked = [gid for gid, _ in comprehensive] + micro_ids
    assignments = [
        tracked(person_id=person, grid_id=grid, kind=kind, start_date=start, end_date=None)
        for kind, key in (
            ("full_time", "full_time_grid_worker"),
            ("part_time", "part_time_grid_worker"),
        )
        for person, grid in zip(
            await staff(people[key]), cycle_take(worked, people[key]), strict=True
        )
    ]
    assignments += [
        tracked(person_id=person, grid_id=gid, kind="grid_head", start_date=start, end_date=None)
        for person, (gid, _) in zip(await staff(len(comprehensive)), comprehensive, strict=True)
    ]
    await insert_rows(session, models.Post, posts)
    await insert_rows(session, models.Identity, identities)
    await insert_rows(session, models.GridAssignment, assignments)


_GRID_NAMES = {"party_building": "党建网格", "comprehensive": "综合网格", "unit": "单元网格"}


def cycle_take_pairs(
    first: Sequence[int], second: Sequence[Any], count: int
) -> Iterator[tuple[int, Any]]:
    """``count`` pairs of ``first[i]`` and ``second[i]``, going round as often as needed."""
    return itertools.islice(itertools.cycle(zip(first, second, strict=True)), count)
