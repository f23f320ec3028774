"""Property tests of who sees what (issue 7): no query leaves the caller's scope.

Hypothesis generates small worlds — one or two districts with streets, communities,
grids (micro-grids nested in comprehensive ones), estates, buildings, households,
people, organisations anchored at every level (or none), posts, identities and grid
assignments — and accounts holding random roles at random scopes. Each world is
written straight through the ORM into one database shared by all examples (codes
are unique per example), then every account asks over HTTP for every object by
``node``/``nodes``, for the district's lists, nested connections, filters and cursor
pages, and tries to change objects. An oracle computed here in plain Python from the
rule in :mod:`core.access` says what each account may see and change; the answers
must match it exactly, a non-null relation of a visible object must never fail, and
nothing of another district may ever appear.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core.access import CORE_PERMISSIONS, ROLE_SCOPES, Role, ScopeKind, permissions_of
from core.db import models
from core.graphql.ids import to_global_id
from core.testing import Harness

Key = tuple[str, int]
"""An object of a generated world: its GraphQL type and its index among that type's rows."""

TYPES = (
    "District",
    "Street",
    "Community",
    "Grid",
    "Estate",
    "Building",
    "Household",
    "Person",
    "Organisation",
    "Post",
    "Identity",
    "GridAssignment",
)
"""Every core type, parents before the rows pointing at them (the insertion order)."""

MODELS: dict[str, Any] = {
    "District": models.District,
    "Street": models.Street,
    "Community": models.Community,
    "Grid": models.Grid,
    "Estate": models.Estate,
    "Building": models.Building,
    "Household": models.Household,
    "Person": models.Person,
    "Organisation": models.Organisation,
    "Post": models.Post,
    "Identity": models.Identity,
    "GridAssignment": models.GridAssignment,
}

REF_TYPES = {
    "street": "Street",
    "community": "Community",
    "grid": "Grid",
    "estate": "Estate",
    "building": "Building",
    "household": "Household",
    "person": "Person",
    "organisation": "Organisation",
}
"""The type a reference names; ``parent`` names a row of the referring row's own type."""

ARCHIVABLE = frozenset(TYPES) - {"District", "Street", "Community", "Grid"}
"""Types generated archived at times; places accounts are granted at stay live."""

SCOPE_TYPES = {ScopeKind.STREET: "Street", ScopeKind.COMMUNITY: "Community", ScopeKind.GRID: "Grid"}

ACCOUNT_KINDS = (
    ScopeKind.GRID,
    ScopeKind.COMMUNITY,
    ScopeKind.STREET,
    ScopeKind.GRID,
    ScopeKind.DISTRICT,
    ScopeKind.CITY,
)
"""Levels accounts are granted at, grids twice as often (hypothesis shrinks towards a grid)."""

NAMES = ("张伟", "王芳", "李娜")
"""People share names, so pages ordered by name also order by id."""

SETTINGS = settings(
    max_examples=20,
    deadline=None,
    phases=(Phase.explicit, Phase.generate, Phase.shrink),  # explaining costs minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""The database and app are made once per test; examples add their own districts."""

_codes = itertools.count(100_001)


# -- the generated world ---------------------------------------------------------


@dataclass
class Row:
    """One generated object.

    Attributes:
        type: Its GraphQL type.
        district: Index of its district.
        refs: The rows it points at, by reference name (``parent``: its own type).
        anchor: For an organisation, the place it is anchored to.
        archived: Whether it is written archived.
        suffix: The digits a street, community or grid adds to its parent's code.
        pk: Its database id, once written.
        code: Its division code, once written.
        value: The value its update mutation changes, as written.
    """

    type: str
    district: int
    refs: dict[str, int | None] = field(default_factory=dict)
    anchor: Key | None = None
    archived: bool = False
    suffix: str = ""
    pk: int = 0
    code: str = ""
    value: Any = None


@dataclass(frozen=True)
class AccountSpec:
    """An account to create: a role at a scope (``place`` None: the whole district or city)."""

    role: Role
    district: int | None
    kind: ScopeKind
    place: Key | None


@dataclass
class World:
    """The rows of every type, by index, and the accounts."""

    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TYPES})
    accounts: list[AccountSpec] = field(default_factory=list)

    def add(self, type: str, district: int, **refs: int | None) -> int:
        self.rows[type].append(Row(type, district, dict(refs)))
        return len(self.rows[type]) - 1

    def row(self, key: Key) -> Row:
        return self.rows[key[0]][key[1]]

    def objects(self) -> Iterator[Key]:
        for type, rows in self.rows.items():
            for index in range(len(rows)):
                yield type, index

    def of(self, type: str, district: int) -> list[int]:
        return [i for i, row in enumerate(self.rows[type]) if row.district == district]

    def ref(self, key: Key, name: str) -> Key | None:
        """The row ``key`` points at through ``name``, if any."""
        index = self.row(key).refs.get(name)
        if index is None:
            return None
        return (key[0] if name == "parent" else REF_TYPES[name]), index

    def where(self, type: str, **refs: Key | None) -> set[Key]:
        """Rows of ``type`` pointing at the given rows."""
        return {
            (type, i)
            for i in range(len(self.rows[type]))
            if all(self.ref((type, i), name) == target for name, target in refs.items())
        }

    @property
    def districts(self) -> int:
        return len(self.rows["District"])

    def gid(self, key: Key) -> str:
        return to_global_id(key[0], self.row(key).pk)

    def summary(self) -> str:
        """The world, a row a line, for the report of a failing example."""
        lines = [
            f"{type} {i}: district {row.district}"
            + "".join(f", {name} {target}" for name, target in row.refs.items())
            + (f", anchor {row.anchor}" if row.anchor else "")
            + (", archived" if row.archived else "")
            for type, rows in self.rows.items()
            for i, row in enumerate(rows)
        ]
        return "\n".join([*lines, *map(repr, self.accounts)])


@st.composite
def worlds(draw: st.DrawFn) -> World:
    """One or two small districts, filled at random, and one to three accounts."""
    world = World()
    for d in range(draw(st.integers(1, 2))):
        world.add("District", d)
        for s_no in range(draw(st.integers(1, 2))):
            street = world.add("Street", d)
            world.rows["Street"][street].suffix = f"{s_no + 1:03d}"
            for c_no in range(draw(st.integers(1, 2))):
                community = world.add("Community", d, street=street)
                world.rows["Community"][community].suffix = f"{c_no + 1:03d}"
                grids: list[int] = []
                for g_no in range(draw(st.integers(1, 2))):
                    grid = world.add("Grid", d, community=community, parent=None)
                    world.rows["Grid"][grid].suffix = f"{g_no + 1:03d}"
                    grids.append(grid)
                    for m_no in range(draw(st.integers(0, 2))):
                        micro = world.add("Grid", d, community=community, parent=grid)
                        world.rows["Grid"][micro].suffix = f"{m_no + 1:03d}"
                        grids.append(micro)
                for _ in range(draw(st.integers(1, 2))):
                    estate = world.add("Estate", d, community=community)
                    for _ in range(draw(st.integers(1, 2))):
                        grid_of = draw(st.sampled_from([None, *grids]))
                        building = world.add("Building", d, estate=estate, grid=grid_of)
                        for _ in range(draw(st.integers(0, 2))):
                            household = world.add("Household", d, building=building)
                            for _ in range(draw(st.integers(0, 2))):
                                world.add("Person", d, household=household)
        for _ in range(draw(st.integers(0, 2))):
            world.add("Person", d, household=None)  # works a grid or holds a post, or neither
        people, all_grids = world.of("Person", d), world.of("Grid", d)
        if people:
            for _ in range(draw(st.integers(0, 2))):
                world.add(
                    "GridAssignment",
                    d,
                    person=draw(st.sampled_from(people)),
                    grid=draw(st.sampled_from(all_grids)),
                )
        organisations: list[int] = []
        for _ in range(draw(st.integers(0, 4))):
            level = draw(
                st.sampled_from(
                    (None, "Street", "Community", "Grid", "Estate", "Building", "Household")
                )
            )
            places = world.of(level, d) if level else []
            parent = draw(st.sampled_from([None, *organisations]))
            organisation = world.add("Organisation", d, parent=parent)
            if level is not None and places:
                world.rows["Organisation"][organisation].anchor = (
                    level,
                    draw(st.sampled_from(places)),
                )
            organisations.append(organisation)
        if people and organisations:
            for _ in range(draw(st.integers(0, 3))):
                world.add(
                    "Post",
                    d,
                    person=draw(st.sampled_from(people)),
                    organisation=draw(st.sampled_from(organisations)),
                )
        if people:
            for _ in range(draw(st.integers(0, 2))):
                world.add(
                    "Identity",
                    d,
                    person=draw(st.sampled_from(people)),
                    organisation=draw(st.sampled_from([None, *organisations])),
                )
    for type in sorted(ARCHIVABLE):
        for row in world.rows[type]:
            row.archived = draw(st.integers(0, 4)) == 4  # now and then, shrinking to live
    for _ in range(draw(st.integers(1, 3))):
        # The level first, so narrow scopes (where rules can go wrong) come up often.
        kind = draw(st.sampled_from(ACCOUNT_KINDS))
        role = draw(st.sampled_from([r for r in Role if kind in ROLE_SCOPES[r]]))
        if kind is ScopeKind.CITY:
            world.accounts.append(AccountSpec(role, None, kind, None))
            continue
        district = draw(st.integers(0, world.districts - 1))
        place = None
        if kind in SCOPE_TYPES:
            type = SCOPE_TYPES[kind]
            place = (type, draw(st.sampled_from(world.of(type, district))))
        world.accounts.append(AccountSpec(role, district, kind, place))
    return world


async def insert(harness: Harness, world: World) -> None:
    """Write the world through the ORM, filling each row's ``pk``, ``code`` and ``value``."""
    note(world.summary())
    archived_at = dt.datetime.now(dt.UTC)
    start = dt.date(2020, 1, 1)
    async with harness.app.state.gridgov.sessions() as session:
        for type in TYPES:
            pending = list(range(len(world.rows[type])))
            while pending:
                # A grid's or organisation's parent (same table) is written first.
                ready = [i for i in pending if _parent_written(world.rows[type], i)]
                made = []
                for i in ready:
                    row = world.rows[type][i]
                    made.append((row, MODELS[type](**_columns(world, (type, i), start))))
                    if row.archived:
                        made[-1][1].archived_at = archived_at
                session.add_all(obj for _, obj in made)
                await session.flush()
                for row, obj in made:
                    row.pk = obj.id
                pending = [i for i in pending if i not in ready]
        await session.commit()


def _parent_written(rows: list[Row], index: int) -> bool:
    parent = rows[index].refs.get("parent")
    return parent is None or rows[parent].pk != 0


def _columns(world: World, key: Key, start: dt.date) -> dict[str, Any]:
    """The model columns of one row, its references resolved to database ids."""
    row = world.row(key)
    type, index = key
    if type == "District":
        row.code = f"{next(_codes) % 1_000_000:06d}"
        row.value = f"区{row.code}"
        return {"code": row.code, "name": row.value}
    found: dict[str, Any] = {"district_id": world.rows["District"][row.district].pk}
    for name in row.refs:
        target = world.ref(key, name)
        found[f"{name}_id"] = None if target is None else world.row(target).pk
    if type in ("Street", "Community", "Grid"):
        above = world.ref(key, "parent") or world.ref(key, "community") or world.ref(key, "street")
        prefix = world.row(above).code if above else world.rows["District"][row.district].code
        row.code = prefix + row.suffix
        row.value = f"{type}{row.code}"
        found |= {"code": row.code, "name": row.value}
    match type:
        case "Street":
            found["kind"] = "street"
        case "Community":
            found["kind"] = "urban"
        case "Grid":
            found["kind"] = "micro" if row.refs["parent"] is not None else "comprehensive"
        case "Estate":
            row.value = f"小区{index}"
            found |= {"name": row.value, "kind": "estate"}
        case "Building":
            row.value = 6
            found |= {"number": str(index), "floors": row.value}
        case "Household":
            row.value = f"{index}01"
            found["door_number"] = row.value
        case "Person":
            row.value = NAMES[index % len(NAMES)]
            found |= {"name": row.value, "gender": "female"}
        case "Organisation":
            row.value = f"组织{index % 2}"
            found |= {"kind": "social_organisation", "name": row.value}
            if row.anchor is not None:
                found[f"{row.anchor[0].lower()}_id"] = world.row(row.anchor).pk
        case "Post":
            found |= {"role": "member", "start_date": start}
        case "Identity":
            found |= {"kind": "resident", "since": start}
        case "GridAssignment":
            found |= {"kind": "full_time", "start_date": start}
    return found


# -- the oracle ------------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """What one account may see and change on one district's endpoint."""

    visible: frozenset[Key]
    inside: frozenset[Key]


def reach(world: World, account: AccountSpec, district: int) -> Reach:
    """The rule of :mod:`core.access`, over the generated rows.

    A viewer sees its scope, everything below it, and the places and organisations
    above it; it changes its scope and what lies below. Below a grid lie its
    micro-grids, the buildings whose grid is one of them, their households and their
    estates. People belong to a scope through their household, a grid they work or a
    post in an organisation of the scope. Nothing of another district is reached.
    """
    everything = frozenset(k for k in world.objects() if world.row(k).district == district)
    if account.kind is ScopeKind.CITY or (
        account.kind is ScopeKind.DISTRICT and account.district == district
    ):
        return Reach(everything, everything)
    if account.district != district or account.place is None:
        return Reach(frozenset(), frozenset())
    place = account.place
    above: set[Key] = {("District", district)}
    streets: set[Key] = set()
    communities: set[Key] = set()
    if account.kind is ScopeKind.STREET:
        streets = {place}
        communities = world.where("Community", street=place)
    elif account.kind is ScopeKind.COMMUNITY:
        communities = {place}
        above.add(_must(world.ref(place, "street")))
    if account.kind is ScopeKind.GRID:
        community = _must(world.ref(place, "community"))
        above |= {community, _must(world.ref(community, "street"))}
        if (parent := world.ref(place, "parent")) is not None:
            above.add(parent)
        grids = {place} | world.where("Grid", parent=place)
        buildings = {b for g in grids for b in world.where("Building", grid=g)}
        estates = {_must(world.ref(b, "estate")) for b in buildings}
    else:
        grids = {g for c in communities for g in world.where("Grid", community=c)}
        estates = {e for c in communities for e in world.where("Estate", community=c)}
        buildings = {b for e in estates for b in world.where("Building", estate=e)}
    households = {h for b in buildings for h in world.where("Household", building=b)}
    places = streets | communities | grids | estates | buildings | households
    organisations = {k for k in _all(world, "Organisation") if world.row(k).anchor in places}
    seen_organisations = organisations | {
        k
        for k in _all(world, "Organisation")
        if world.row(k).district == district
        and (world.row(k).anchor is None or world.row(k).anchor in above)
    }
    assignments = {a for g in grids for a in world.where("GridAssignment", grid=g)}
    people = (
        {p for h in households for p in world.where("Person", household=h)}
        | {_must(world.ref(a, "person")) for a in assignments}
        | {
            _must(world.ref(p, "person"))
            for p in _all(world, "Post")
            if world.ref(p, "organisation") in organisations
        }
    )
    identities = {i for i in _all(world, "Identity") if world.ref(i, "person") in people}
    posts = {p for p in _all(world, "Post") if world.ref(p, "person") in people}
    seen_posts = {p for p in posts if world.ref(p, "organisation") in seen_organisations}
    inside_posts = {p for p in posts if world.ref(p, "organisation") in organisations}
    shared = places | people | identities | assignments
    return Reach(
        frozenset(shared | above | seen_organisations | seen_posts),
        frozenset(shared | organisations | inside_posts),
    )


def _all(world: World, type: str) -> list[Key]:
    return [(type, i) for i in range(len(world.rows[type]))]


def _must(key: Key | None) -> Key:
    assert key is not None
    return key


# -- relations, as the schema shows them --------------------------------------------

RELATIONS: dict[str, tuple[str, ...]] = {
    "Street": ("district",),
    "Community": ("street",),
    "Grid": ("community", "parent"),
    "Estate": ("community",),
    "Building": ("estate", "grid"),
    "Household": ("building",),
    "Person": ("household",),
    "Organisation": ("parent", "anchor"),
    "Post": ("person", "organisation"),
    "Identity": ("person", "organisation"),
    "GridAssignment": ("person", "grid"),
}
"""Single-object fields of each type (all in the world's rows)."""


def related(world: World, key: Key, name: str) -> Key | None:
    """What a single-object field points at."""
    if name == "district":
        return "District", world.row(key).district
    if name == "anchor":
        return world.row(key).anchor
    return world.ref(key, name)


def _estate_grids(world: World) -> set[tuple[Key, Key]]:
    """(estate, grid) pairs joined by a live building."""
    found = set()
    for b in _all(world, "Building"):
        grid = world.ref(b, "grid")
        if grid is not None and not world.row(b).archived:
            found.add((_must(world.ref(b, "estate")), grid))
    return found


def _anchored(world: World, key: Key) -> set[Key]:
    return {k for k in _all(world, "Organisation") if world.row(k).anchor == key}


CONNECTIONS: dict[str, dict[str, Callable[[World, Key], set[Key]]]] = {
    "Street": {
        "communities": lambda w, k: w.where("Community", street=k),
    },
    "Community": {
        "grids": lambda w, k: w.where("Grid", community=k),
        "estates": lambda w, k: w.where("Estate", community=k),
        "organisations": _anchored,
    },
    "Grid": {
        "subGrids": lambda w, k: w.where("Grid", parent=k),
        "estates": lambda w, k: {e for e, g in _estate_grids(w) if g == k},
        "buildings": lambda w, k: w.where("Building", grid=k),
        "households": lambda w, k: {
            h for b in w.where("Building", grid=k) for h in w.where("Household", building=b)
        },
        "assignments": lambda w, k: w.where("GridAssignment", grid=k),
        "organisations": _anchored,
    },
    "Estate": {
        "buildings": lambda w, k: w.where("Building", estate=k),
        "grids": lambda w, k: {g for e, g in _estate_grids(w) if e == k},
        "organisations": _anchored,
    },
    "Building": {
        "households": lambda w, k: w.where("Household", building=k),
        "organisations": _anchored,
    },
    "Household": {"members": lambda w, k: w.where("Person", household=k)},
    "Person": {
        "identities": lambda w, k: w.where("Identity", person=k),
        "posts": lambda w, k: w.where("Post", person=k),
        "gridAssignments": lambda w, k: w.where("GridAssignment", person=k),
    },
    "Organisation": {
        "children": lambda w, k: w.where("Organisation", parent=k),
        "posts": lambda w, k: w.where("Post", organisation=k),
        "members": lambda w, k: w.where("Identity", organisation=k),
    },
}
"""Connections of each type and the rows they list (before scope and archiving)."""

PAGE = 10
"""Every nested connection of a generated world fits in one page of this size."""


def _node_selection() -> str:
    parts = []
    for type, relations in RELATIONS.items():
        # Aliased by type: the same name has other types elsewhere (Building.grid is
        # nullable, GridAssignment.grid is not; Household.members lists people).
        fields = [
            f"{type}_{name}: anchor {{ ... on Node {{ id }} }}"
            if name == "anchor"
            else f"{type}_{name}: {name} {{ id }}"
            for name in relations
        ]
        fields += [
            f"{type}_{name}: {name}(first: {PAGE}) {{ pageInfo {{ hasNextPage }} nodes {{ id }} }}"
            for name in CONNECTIONS.get(type, {})
        ]
        parts.append(f"... on {type} {{ {' '.join(fields)} }}")
    return " ".join(parts)


NODES = f"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ __typename id {_node_selection()} }} }}"
NODE = "query($id: ID!) { node(id: $id) { __typename id } }"

ROOT_LISTS = {
    "streets": "Street",
    "communities": "Community",
    "grids": "Grid",
    "estates": "Estate",
    "organisations": "Organisation",
    "people": "Person",
}
"""The district's lists and the type each lists."""

ROOTS = (
    "{ district { id "
    + " ".join(
        f"{name}(first: 100, includeArchived: true) {{ pageInfo {{ hasNextPage }} nodes {{ id }} }}"
        for name in ROOT_LISTS
    )
    + " } }"
)

TREE = """{ district { id
  streets(first: 5) { nodes { id district { id } communities(first: 5) { nodes { id street { id } } } } }
  communities(first: 10) { nodes { id street { id }
    grids(first: 10) { nodes { id community { id } parent { id }
      households(first: 10) { nodes { id building { id estate { id community { id } } }
        members(first: 10) { nodes { id household { id } } } } } } }
    estates(first: 10) { nodes { id buildings(first: 10) { nodes { id grid { id } estate { id } } } } } } }
  organisations(first: 20) { nodes { id parent { id } anchor { ... on Node { id } }
    posts(first: 10) { nodes { id person { id } organisation { id } } }
    members(first: 10) { nodes { id person { id } organisation { id } } } } }
  people(first: 20) { nodes { id household { id }
    posts(first: 10) { nodes { id organisation { id } } }
    gridAssignments(first: 10) { nodes { id grid { id community { id } } } } } }
} }"""
"""The district's lists with their nested connections, as a client would walk them."""


def pages(list_name: str) -> str:
    """A page of one of the district's lists, with its cursors."""
    return f"""query($after: String, $first: Int) {{ district {{
      {list_name}(first: $first, after: $after, includeArchived: true) {{
        pageInfo {{ hasNextPage hasPreviousPage endCursor }} edges {{ cursor node {{ id }} }} }} }} }}"""


# -- asking the server -------------------------------------------------------------


def ids_in(value: Any) -> set[str]:
    """Every ``id`` anywhere in a response."""
    found: set[str] = set()
    if isinstance(value, dict):
        for name, item in value.items():
            if name == "id" and isinstance(item, str):
                found.add(item)
            else:
                found |= ids_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= ids_in(item)
    return found


@dataclass
class Caller:
    """One account asking one district's endpoint, and what the oracle allows it."""

    harness: Harness
    world: World
    account: AccountSpec
    token: str
    district: int
    reach: Reach

    @property
    def code(self) -> str:
        return self.world.rows["District"][self.district].code

    @property
    def visible_ids(self) -> set[str]:
        return {self.world.gid(k) for k in self.reach.visible}

    async def ask(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run a query that must succeed and reveal nothing outside the scope."""
        body = await self.harness.post(self.code, query, variables, token=self.token)
        assert not body.get("errors"), (self.account, body["errors"])
        data: dict[str, Any] = body["data"]
        leaked = ids_in(data) - self.visible_ids
        assert not leaked, (self.account, self.describe(leaked))
        return data

    def describe(self, ids: set[str]) -> list[Key | str]:
        """Name the world's rows behind Global IDs, for failure messages."""
        by_id = {self.world.gid(k): k for k in self.world.objects()}
        return [by_id.get(i, i) for i in sorted(ids)]


async def callers(harness: Harness, world: World) -> list[Caller]:
    """A caller per account and district it may use (a city administrator: every one)."""
    found = []
    for account in world.accounts:
        scope = world.row(account.place).code if account.place else None
        district = None if account.district is None else world.rows["District"][account.district]
        token = await harness.login_as(
            district.code if district else None, account.role.value, scope
        )
        for d in range(world.districts) if account.district is None else [account.district]:
            found.append(Caller(harness, world, account, token, d, reach(world, account, d)))
    return found


@pytest.fixture
async def scoped(database: str, make_harness: Callable[..., Awaitable[Harness]]) -> Harness:
    """One app and database for all examples of a test."""
    return await make_harness(database)


# -- reads -------------------------------------------------------------------------


@settings(SETTINGS, max_examples=25)
@given(world=worlds())
async def test_every_read_stays_in_scope(scoped: Harness, world: World) -> None:
    """``node``, ``nodes``, lists, nested connections and filters show exactly the scope."""
    await insert(scoped, world)
    for caller in await callers(scoped, world):
        await _nodes_match_the_oracle(caller)
        await _lists_match_the_oracle(caller)
        await caller.ask(TREE)
        await _filters_stay_in_scope(caller)
        await _other_districts_refuse_the_token(caller)


async def _nodes_match_the_oracle(caller: Caller) -> None:
    world, visible = caller.world, caller.reach.visible
    keys = list(world.objects())
    for start in range(0, len(keys), 100):
        chunk = keys[start : start + 100]
        data = await caller.ask(NODES, {"ids": [world.gid(k) for k in chunk]})
        for key, node in zip(chunk, data["nodes"], strict=True):
            if key not in visible:
                assert node is None, (caller.account, key)
                continue
            assert node is not None, (caller.account, key, "visible but not found")
            assert node["id"] == world.gid(key)
            for name in RELATIONS.get(key[0], ()):
                target = related(world, key, name)
                expected = world.gid(target) if target is not None and target in visible else None
                got = node[f"{key[0]}_{name}"]
                got = got["id"] if got else None
                assert got == expected, (caller.account, key, name)
            for name, rows in CONNECTIONS.get(key[0], {}).items():
                expected_ids = {
                    world.gid(k)
                    for k in rows(world, key)
                    if k in visible and not world.row(k).archived
                }
                page = node[f"{key[0]}_{name}"]
                assert not page["pageInfo"]["hasNextPage"]
                got_ids = {n["id"] for n in page["nodes"]}
                assert got_ids == expected_ids, (caller.account, key, name)
    # node(id:) answers like nodes(ids:): one visible and one invisible object, if any.
    for probe in [
        next((k for k in keys if k in visible), None),
        next((k for k in keys if k not in visible), None),
    ]:
        if probe is not None:
            data = await caller.ask(NODE, {"id": world.gid(probe)})
            assert (data["node"] is not None) == (probe in visible)


async def _lists_match_the_oracle(caller: Caller) -> None:
    data = (await caller.ask(ROOTS))["district"]
    assert data["id"] == caller.world.gid(("District", caller.district))
    for name, type in ROOT_LISTS.items():
        assert not data[name]["pageInfo"]["hasNextPage"]
        expected = {caller.world.gid(k) for k in caller.reach.visible if k[0] == type}
        assert {n["id"] for n in data[name]["nodes"]} == expected, (caller.account, name)


async def _filters_stay_in_scope(caller: Caller) -> None:
    """Filters naming places of any scope or district list only what the scope shows."""
    world, visible = caller.world, caller.reach.visible
    cases: list[tuple[str, str, Key, set[Key]]] = []
    for street in _all(world, "Street"):
        cases.append(("communities", "street", street, world.where("Community", street=street)))
    for community in _all(world, "Community"):
        for name, type in (("grids", "Grid"), ("estates", "Estate")):
            cases.append((name, "community", community, world.where(type, community=community)))
    for start in range(0, len(cases), 8):
        chunk = cases[start : start + 8]
        lists = " ".join(
            f'f{i}: {name}(first: 100, includeArchived: true, filter: {{{by}: "{world.gid(key)}"}})'
            " { nodes { id } }"
            for i, (name, by, key, _) in enumerate(chunk)
        )
        query = f"{{ district {{ {lists} }} }}"
        data = (await caller.ask(query))["district"]
        for i, (name, _, key, rows) in enumerate(chunk):
            expected = {world.gid(k) for k in rows if k in visible}
            assert {n["id"] for n in data[f"f{i}"]["nodes"]} == expected, (name, key)


async def _other_districts_refuse_the_token(caller: Caller) -> None:
    if caller.account.district is None:
        return
    for d in range(caller.world.districts):
        if d != caller.district:
            response = await caller.harness.client.post(
                f"/districts/{caller.world.rows['District'][d].code}/graphql",
                json={"query": "{ district { id } }"},
                headers={"authorization": f"Bearer {caller.token}"},
            )
            assert response.status_code == 403
            assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


# -- cursors -----------------------------------------------------------------------


@SETTINGS
@given(
    world=worlds(),
    size=st.integers(1, 4),
    list_name=st.sampled_from(sorted(ROOT_LISTS)),
    forged=st.lists(
        st.tuples(st.text(max_size=12) | st.just("\x00") | st.integers(), st.integers()),
        max_size=3,
    ),
)
async def test_cursors_reveal_nothing(
    scoped: Harness,
    world: World,
    size: int,
    list_name: str,
    forged: list[tuple[str | int, int]],
) -> None:
    """Paging walks exactly the scope; cursors of other viewers and districts add nothing.

    A cursor only says where in the order to start: used by another viewer, in another
    district or made up, it pages through that viewer's own rows after that point.
    """
    await insert(scoped, world)
    type = ROOT_LISTS[list_name]
    everyone = await callers(scoped, world)
    cursors: list[str] = []
    for caller in everyone:
        seen: list[str] = []
        after = None
        while True:
            data = await caller.ask(pages(list_name), {"first": size, "after": after})
            page = data["district"][list_name]
            seen += [edge["node"]["id"] for edge in page["edges"]]
            cursors += [edge["cursor"] for edge in page["edges"]]
            assert page["pageInfo"]["hasPreviousPage"] == (after is not None)
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        expected = {world.gid(k) for k in caller.reach.visible if k[0] == type}
        assert len(seen) == len(set(seen)) and set(seen) == expected, caller.account
    order = ORDERS[list_name]
    cursors = cursors[:: max(1, len(cursors) // 6)]  # a few of each viewer's, not all
    cursors += [cursor_of(order, value, pk) for value, pk in forged if not unusable(value, pk)]
    for caller in everyone:
        for value, pk in forged:
            if unusable(value, pk):
                errors = await caller.harness.errors(
                    caller.code,
                    pages(list_name),
                    {"first": 100, "after": cursor_of(order, value, pk)},
                    token=caller.token,
                )
                assert [e["extensions"]["code"] for e in errors] == ["BAD_USER_INPUT"]
        for cursor in cursors:
            data = await caller.ask(pages(list_name), {"first": 100, "after": cursor})
            got = {edge["node"]["id"] for edge in data["district"][list_name]["edges"]}
            value, pk = decode(cursor)
            if order == "code" and isinstance(value, str) and value.isdigit():
                # Codes are digits, ordered alike by every collation: the page is exact.
                assert got == {
                    world.gid(k)
                    for k in caller.reach.visible
                    if k[0] == type and (world.row(k).code, world.row(k).pk) > (value, pk)
                }, (caller.account, value, pk)


ORDERS = {
    name: "code" if name in ("streets", "communities", "grids") else "name" for name in ROOT_LISTS
}
"""The order each district list pages in by default."""


def unusable(value: str | int, pk: int) -> bool:
    """Whether a made-up cursor cannot be one of a list ordered by code or name.

    No code or name is a number or holds a NUL, and ids are 32-bit: the database
    could not compare them, so the server refuses the cursor.
    """
    return isinstance(value, int) or "\x00" in value or abs(pk) > 2**31 - 1


def cursor_of(order: str, value: str | int, pk: int) -> str:
    """A cursor as the server makes them (base64url of ``[order, value, id]``)."""
    raw = json.dumps([order, value, pk], ensure_ascii=False, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str) -> tuple[Any, int]:
    _, value, pk = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    return value, pk


# -- writes ------------------------------------------------------------------------

UPDATES: dict[str, tuple[str, str, Callable[[Row], Any]]] = {
    "Street": ("updateStreet", "name", lambda row: f"{row.value}改"),
    "Community": ("updateCommunity", "name", lambda row: f"{row.value}改"),
    "Grid": ("updateGrid", "name", lambda row: f"{row.value}改"),
    "Estate": ("updateEstate", "name", lambda row: f"{row.value}改"),
    "Building": ("updateBuilding", "floors", lambda row: row.value + 1),
    "Household": ("updateHousehold", "doorNumber", lambda row: f"{row.value}改"),
    "Person": ("updatePerson", "name", lambda row: f"{row.value}改"),
    "Organisation": ("updateOrganisation", "name", lambda row: f"{row.value}改"),
}
"""Per type: the update mutation, the input field it changes, and a new value."""

COLUMN = {"doorNumber": "door_number"}

MUTATION_PERMISSION = {m: p.name for p in CORE_PERMISSIONS for m in p.mutations}


@settings(SETTINGS, max_examples=30)
@given(world=worlds(), data=st.data())
async def test_writes_outside_the_scope_are_refused(
    scoped: Harness, world: World, data: st.DataObject
) -> None:
    """Updating or archiving what lies outside ``inside`` is refused and changes nothing.

    What lies inside is changed when the role allows the mutation, so the refusals
    come from the scope, not from a mutation that never works.
    """
    await insert(scoped, world)
    candidates = [k for k in world.objects() if k[0] in UPDATES]
    for caller in await callers(scoped, world):
        permissions = permissions_of(caller.account.role, CORE_PERMISSIONS)
        outside = [k for k in candidates if k not in caller.reach.inside]
        allowed = [k for k in candidates if MUTATION_PERMISSION[UPDATES[k[0]][0]] in permissions]
        # Of what the role may change: some seen but above the scope, some unseen, some
        # inside (which are changed); and something the role may not change at all.
        chosen = [
            key
            for group in (
                [k for k in allowed if k not in caller.reach.inside and k in caller.reach.visible],
                [k for k in allowed if k not in caller.reach.visible],
                [k for k in allowed if k in caller.reach.inside and not world.row(k).archived],
                [k for k in candidates if k not in allowed],
            )
            if group
            for key in data.draw(st.lists(st.sampled_from(group), max_size=2, unique=True))
        ]
        for key in chosen:
            mutation, input_field, new = UPDATES[key[0]]
            row = world.row(key)
            value = new(row)
            body = await caller.harness.post(
                caller.code,
                f"mutation($input: {mutation[0].upper()}{mutation[1:]}Input!) "
                f"{{ {mutation}(input: $input) {{ errors {{ field code }} }} }}",
                {"input": {"id": world.gid(key), input_field: value}},
                token=caller.token,
            )
            expected = _expected_refusal(caller, key, key in allowed)
            stored = await _stored(caller.harness, key[0], row.pk, input_field)
            event(f"{mutation}: {expected or 'made'}")
            if expected is None:
                assert not body.get("errors") and body["data"][mutation]["errors"] == [], body
                assert stored == value
                row.value = value
                continue
            assert _refusal(body, mutation) == expected, (caller.account, key, body)
            assert stored == row.value, (caller.account, key, "changed though refused")
        if outside:
            targets = data.draw(st.lists(st.sampled_from(outside), max_size=2, unique=True))
            await _archive_is_refused_outside(caller, targets, permissions)
        parents = [
            k
            for k in world.objects()
            if k[0] in CREATES and k[0] != "District" and k not in caller.reach.inside
        ]
        chosen = (
            data.draw(st.lists(st.sampled_from(parents), max_size=3, unique=True))
            if parents
            else []
        )
        if not caller.reach.inside >= {("District", caller.district)}:
            chosen.append(("District", caller.district))  # a new street or district-wide body
        for parent in chosen:
            await _creating_outside_is_refused(caller, parent, permissions)


def _expected_refusal(caller: Caller, key: Key, allowed: bool) -> str | None:
    """The code refusing a change of ``key`` (None: the change is made)."""
    if not allowed:
        return "FORBIDDEN"
    if key not in caller.reach.visible:
        return "NOT_FOUND"  # invisible: not even its existence is told
    if key not in caller.reach.inside:
        return "OUT_OF_SCOPE"
    return None


def _refusal(body: dict[str, Any], mutation: str) -> str:
    if body.get("errors"):
        code: str = body["errors"][0]["extensions"]["code"]
        return code
    errors = body["data"][mutation]["errors"]
    assert len(errors) == 1 and errors[0]["field"] == ["input", "id"], errors
    return str(errors[0]["code"])


async def _stored(harness: Harness, type: str, pk: int, input_field: str) -> Any:
    model = MODELS[type]
    column = getattr(model, COLUMN.get(input_field, input_field))
    async with harness.app.state.gridgov.sessions() as session:
        return await session.scalar(select(column).where(model.id == pk))


async def _archive_is_refused_outside(
    caller: Caller, outside: list[Key], permissions: frozenset[str]
) -> None:
    world = caller.world
    for key in outside:
        body = await caller.harness.post(
            caller.code,
            "mutation($id: ID!) { archive(input: {id: $id}) { errors { field code } } }",
            {"id": world.gid(key)},
            token=caller.token,
        )
        expected = _expected_refusal(caller, key, "core.archive" in permissions)
        assert _refusal(body, "archive") == expected, (caller.account, key, body)
        model = MODELS[key[0]]
        async with caller.harness.app.state.gridgov.sessions() as session:
            archived_at = await session.scalar(
                select(model.archived_at).where(model.id == world.row(key).pk)
            )
        assert (archived_at is not None) == world.row(key).archived


CREATES: dict[str, tuple[tuple[str, str, Callable[[Row, str], dict[str, Any]]], ...]] = {
    "District": (
        ("createStreet", "", lambda row, name: {"code": f"{row.code}999", "name": name}),
        ("createOrganisation", "", lambda row, name: {"kind": "SOCIAL_ORGANISATION", "name": name}),
        ("createPerson", "", lambda row, name: {"name": name, "gender": "FEMALE"}),
    ),
    "Street": (
        (
            "createCommunity",
            "street",
            lambda row, name: {"code": f"{row.code}999", "name": name},
        ),
    ),
    "Community": (("createEstate", "community", lambda row, name: {"name": name}),),
    "Building": (("createHousehold", "building", lambda row, name: {"doorNumber": name}),),
    "Household": (
        ("createPerson", "household", lambda row, name: {"name": name, "gender": "FEMALE"}),
    ),
}
"""Per parent type: create mutations, the input field naming the parent, the other input."""

for _type in ("Street", "Community", "Grid", "Estate", "Building", "Household"):
    CREATES[_type] = (
        *CREATES.get(_type, ()),
        (
            "createOrganisation",
            "anchor",
            lambda row, name: {"kind": "SOCIAL_ORGANISATION", "name": name},
        ),
    )

CREATED: dict[str, tuple[Any, str]] = {
    "createStreet": (models.Street, "name"),
    "createCommunity": (models.Community, "name"),
    "createEstate": (models.Estate, "name"),
    "createHousehold": (models.Household, "door_number"),
    "createPerson": (models.Person, "name"),
    "createOrganisation": (models.Organisation, "name"),
}
"""What each create mutation writes, and the column the test's unique name lands in."""

DISTRICT_LEVEL = {
    "createStreet": "code",
    "createOrganisation": "anchor",
    "createPerson": "household",
}
"""The input field refused when the mutation would create right under the district."""

_names = itertools.count()


async def _creating_outside_is_refused(
    caller: Caller, parent: Key, permissions: frozenset[str]
) -> None:
    """Creating under a parent outside the scope (the district itself below it) writes nothing."""
    world = caller.world
    for mutation, parent_field, make in CREATES[parent[0]]:
        name = f"新{next(_names)}"
        input = make(world.row(parent), name)
        if parent_field:
            input[parent_field] = world.gid(parent)
        body = await caller.harness.post(
            caller.code,
            f"mutation($input: {mutation[0].upper()}{mutation[1:]}Input!) "
            f"{{ {mutation}(input: $input) {{ errors {{ field code }} }} }}",
            {"input": input},
            token=caller.token,
        )
        expected: tuple[str, list[str]]
        if MUTATION_PERMISSION[mutation] not in permissions:
            expected = ("FORBIDDEN", [])
        elif parent[0] == "District":
            expected = ("OUT_OF_SCOPE", ["input", DISTRICT_LEVEL[mutation]])
        elif parent not in caller.reach.visible:
            expected = ("NOT_FOUND", ["input", parent_field])
        else:
            expected = ("OUT_OF_SCOPE", ["input", parent_field])
        got: tuple[str, list[str]]
        if body.get("errors"):
            got = (body["errors"][0]["extensions"]["code"], [])
        else:
            errors = body["data"][mutation]["errors"]
            got = (errors[0]["code"], errors[0]["field"]) if errors else ("written", [])
        assert got == expected, (caller.account, mutation, parent, input, body)
        event(f"{mutation}: {got[0]}")
        model, column = CREATED[mutation]
        async with caller.harness.app.state.gridgov.sessions() as session:
            written = await session.scalar(select(model.id).where(getattr(model, column) == name))
        assert written is None, (caller.account, mutation, parent, "written though refused")
