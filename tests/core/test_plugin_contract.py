"""The plugin contract, hook by hook, through a sample plugin that implements every hook.

The sample plugin is installed into a database that was migrated without it (so
only its branch migrates), enabled for Tinghu only, and served next to Yandu.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import shutil
import types
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import gridgov_sample_plugin.plugin as sample
import pytest
import strawberry
from sqlalchemy import ForeignKey, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core import clock, examples
from core.cli import main
from core.contract import VenueContext
from core.db.engine import create_engine
from core.db.migrate import upgrade
from core.graphql.schema import build
from core.hookspecs import hookimpl
from core.plugins import PluginError, PluginManager, discover
from core.testing import TINGHU, YANDU, Harness

EXTRA = "sample=gridgov_sample_plugin.plugin"


def sample_manager() -> PluginManager:
    return PluginManager({**discover(), "sample": sample})


async def versions(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return {
                row[0]
                for row in await connection.execute(text("SELECT version_num FROM alembic_version"))
            }
    finally:
        await engine.dispose()


@pytest.fixture
async def installed(example_database: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The example database after installing the sample plugin and enabling it for Tinghu."""
    monkeypatch.setenv("GRIDGOV_EXTRA_PLUGINS", EXTRA)
    await asyncio.to_thread(upgrade, example_database, sample_manager())
    assert (
        await asyncio.to_thread(
            main,
            ["--database", example_database, "plugins", "enable", "sample", "--district", TINGHU],
        )
        == 0
    )
    return example_database


@pytest.fixture
async def h(installed: str, make_harness: Callable[..., Awaitable[Harness]]) -> Harness:
    return await make_harness(installed, sample_manager())


async def estate_id(h: Harness, district: str = TINGHU) -> str:
    data = await h.query(district, "{ district { estates(first: 1) { nodes { id } } } }")
    return str(data["district"]["estates"]["nodes"][0]["id"])


async def pin(
    h: Harness, text_: str, district: str = TINGHU, estate: str | None = None
) -> dict[str, Any]:
    data = await h.query(
        district,
        """mutation($input: PinNoticeInput!) { pinNotice(input: $input) {
        notice { id text } errors { field code } } }""",
        {"input": {"estate": estate or await estate_id(h, district), "text": text_}},
    )
    result: dict[str, Any] = data["pinNotice"]
    return result


async def set_archived(h: Harness, verb: str, id_: str) -> list[tuple[str, str]]:
    """``archive`` or ``restore`` an object; its errors as ``(code, message)``."""
    payload = await h.mutate(TINGHU, verb, {"id": id_}, "node { id }", input_type="ArchiveInput")
    return [(error["code"], error["message"]) for error in payload["errors"]]


async def live_notices(h: Harness, estate: str) -> list[str]:
    query = """query($id: ID!) { node(id: $id) { ... on Estate {
        notices(first: 10) { nodes { text } } } } }"""
    data = await h.query(TINGHU, query, {"id": estate})
    return sorted(node["text"] for node in data["node"]["notices"]["nodes"])


async def new_estate(h: Harness) -> str:
    """An estate of its own (no buildings), in Tinghu's first community."""
    data = await h.query(TINGHU, "{ district { communities(first: 1) { nodes { id } } } }")
    community = data["district"]["communities"]["nodes"][0]["id"]
    created = await h.mutate(
        TINGHU, "createEstate", {"community": community, "name": "公告小区"}, "estate { id }"
    )
    assert created["errors"] == []
    return str(created["estate"]["id"])


async def test_hook_gridgov_requires(monkeypatch: pytest.MonkeyPatch) -> None:
    needy = types.SimpleNamespace(gridgov_requires=hookimpl(lambda: ["sample"]))
    with pytest.raises(PluginError, match="'needy' requires 'sample', which is not installed"):
        PluginManager({"needy": needy})
    manager = PluginManager({"needy": needy, "sample": sample})
    assert manager.closure(["needy"]) == ["sample", "needy"]
    assert manager.dependants("sample") == ["needy"]
    loop = types.SimpleNamespace(gridgov_requires=hookimpl(lambda: ["needy"]))
    with pytest.raises(PluginError, match="circular"):
        PluginManager({"needy": needy, "sample": loop})


async def test_hook_gridgov_models() -> None:
    renamed = types.SimpleNamespace(gridgov_models=hookimpl(lambda: [sample.Notice]))
    with pytest.raises(PluginError, match="'bad': table 'sample_notice' must start with 'bad_'"):
        PluginManager({"bad": renamed})


async def test_hook_gridgov_migrations(
    example_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = await versions(example_database)
    await asyncio.to_thread(upgrade, example_database, sample_manager())
    after = await versions(example_database)
    assert before < after and len(after - before) == 1  # only the sample branch moved
    assert next(iter(after - before)) in {
        p.stem.split("_")[0] for p in (Path(sample.__file__).parent / "migrations").glob("*.py")
    }


async def test_hook_gridgov_types_and_type_fields_follow_the_enabled_set(h: Harness) -> None:
    tinghu, yandu = await h.sdl(TINGHU), await h.sdl(YANDU)
    for sdl_text in (
        "type NoticeBoard",
        "notices(first: Int",
        "noticeCount: Int!",
        "sampleNotices",
        "pinNotice",
        "SAMPLE_CLUB",
        "SAMPLE_KEEPER",
        "ticks",
    ):
        assert sdl_text in tinghu, sdl_text
        assert sdl_text not in yandu, sdl_text
    assert "type Estate" in yandu and "type NoticeType" not in yandu


async def test_hook_gridgov_type_fields(h: Harness) -> None:
    made = await pin(h, "停水通知")
    assert made["errors"] == []
    data = await h.query(
        TINGHU,
        "query($id: ID!) { node(id: $id) { ... on Estate { noticeCount notices { nodes { text } } } } }",
        {"id": await estate_id(h)},
    )
    assert data["node"] == {"noticeCount": 1, "notices": {"nodes": [{"text": "停水通知"}]}}


async def test_hook_gridgov_query_fields(h: Harness) -> None:
    await pin(h, "a")
    data = await h.query(TINGHU, "{ sampleNotices { totalCount } }")
    assert data["sampleNotices"]["totalCount"] == 1
    errors = await h.errors(YANDU, "{ sampleNotice { totalCount } }")
    assert errors[0]["message"] == "Cannot query field 'sampleNotice' on type 'Query'."
    # resolvers are called with the client's arguments whatever their names
    echoed = await h.query(TINGHU, '{ sampleEcho(source: "a", path: "b") }')
    assert echoed == {"sampleEcho": "ab"}


async def test_disabled_plugin_fields_fail_like_unknown_fields_without_hints(h: Harness) -> None:
    errors = await h.errors(YANDU, "{ district { estates { nodes { notices { totalCount } } } } }")
    assert errors[0]["message"] == "Cannot query field 'notices' on type 'Estate'."
    errors = await h.errors(YANDU, "{ district { estates { nodes { notice { totalCount } } } } }")
    assert "notices" not in errors[0]["message"] and "Did you mean" not in errors[0]["message"]


async def test_hook_gridgov_mutation_fields(h: Harness) -> None:
    refused = await pin(h, "")
    assert refused == {"notice": None, "errors": [{"field": ["input", "text"], "code": "REQUIRED"}]}
    assert (await h.query(TINGHU, "{ sampleNotices { totalCount } }"))["sampleNotices"][
        "totalCount"
    ] == 0


async def test_hook_gridgov_node_models_and_disabling_keeps_data(
    h: Harness, installed: str
) -> None:
    notice = (await pin(h, "保留"))["notice"]
    query = "query($id: ID!) { node(id: $id) { ... on NoticeType { text } } }"
    assert (await h.query(TINGHU, query, {"id": notice["id"]}))["node"] == {"text": "保留"}
    assert (await h.post(YANDU, "query($id: ID!) { node(id: $id) { id } }", {"id": notice["id"]}))[
        "data"
    ] == {"node": None}
    assert (
        await asyncio.to_thread(
            main, ["--database", installed, "plugins", "disable", "sample", "--district", TINGHU]
        )
        == 0
    )
    hidden = await h.post(TINGHU, "query($id: ID!) { node(id: $id) { id } }", {"id": notice["id"]})
    assert hidden["data"] == {"node": None}
    assert "NoticeType" not in await h.sdl(TINGHU)
    assert (
        await asyncio.to_thread(
            main, ["--database", installed, "plugins", "enable", "sample", "--district", TINGHU]
        )
        == 0
    )
    assert (await h.query(TINGHU, query, {"id": notice["id"]}))["node"] == {"text": "保留"}


async def test_hook_gridgov_subscription_fields(h: Harness) -> None:
    multipart = {"accept": "multipart/mixed;subscriptionSpec=1.0"}
    response = await h.client.post(
        f"/districts/{TINGHU}/graphql",
        json={"query": "subscription { ticks(count: 2) }"},
        headers={**multipart, **await h.headers(TINGHU)},
    )
    assert response.status_code == 200
    assert '"ticks":1' in response.text.replace(" ", "") and '"ticks":2' in response.text.replace(
        " ", ""
    )
    refused = await h.client.post(
        f"/districts/{YANDU}/graphql",
        json={"query": "subscription { ticks }"},
        headers={**multipart, **await h.headers(YANDU)},
    )
    assert refused.status_code == 200  # the multipart protocol reports errors in its parts
    assert "Cannot query field 'ticks' on type 'Subscription'." in refused.text
    assert '"ticks":' not in refused.text.replace(" ", "")  # no tick was sent
    anonymous = await h.client.post(
        f"/districts/{TINGHU}/graphql",
        json={"query": "subscription { ticks(count: 2) }"},
        headers=multipart,
    )
    assert "UNAUTHENTICATED" in anonymous.text and '"ticks"' not in anonymous.text


async def test_hook_gridgov_loaders(h: Harness) -> None:
    for _ in range(3):
        await pin(h, "n")
    query = "query($n: Int!) { district { estates(first: $n) { nodes { noticeCount } } } }"
    counts = []
    for n in (3, 30):
        with h.counting() as statements:
            data = await h.query(TINGHU, query, {"n": n})
        counts.append(len(statements))
    assert sum(e["noticeCount"] for e in data["district"]["estates"]["nodes"]) == 3
    assert counts[0] == counts[1]


async def test_hook_gridgov_organisation_kinds(h: Harness) -> None:
    community = await h.query(TINGHU, "{ district { communities(first: 1) { nodes { id } } } }")
    result = await h.query(
        TINGHU,
        """mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
        errors { field code } } }""",
        {
            "input": {
                "kind": "SAMPLE_CLUB",
                "name": "x",
                "anchor": community["district"]["communities"]["nodes"][0]["id"],
            }
        },
    )
    assert result["createOrganisation"]["errors"] == [
        {"field": ["input", "anchor"], "code": "WRONG_KIND"}
    ]
    errors = await h.errors(
        YANDU, "{ district { organisations(filter: {kind: SAMPLE_CLUB}) { totalCount } } }"
    )
    assert "SAMPLE_CLUB" in errors[0]["message"]


async def test_hook_gridgov_post_roles(h: Harness) -> None:
    data = await h.query(
        TINGHU,
        """{ district { people(first: 1) { nodes { id } }
        organisations(first: 1) { nodes { id } } } }""",
    )
    result = await h.query(
        TINGHU,
        """mutation($input: CreatePostInput!) { createPost(input: $input) {
        errors { field code message } } }""",
        {
            "input": {
                "person": data["district"]["people"]["nodes"][0]["id"],
                "role": "SAMPLE_KEEPER",
                "startDate": "2024-01-01",
                "organisation": data["district"]["organisations"]["nodes"][0]["id"],
            }
        },
    )
    assert result["createPost"]["errors"][0]["code"] == "WRONG_KIND"
    assert "volunteer" in result["createPost"]["errors"][0]["message"]


async def test_hook_gridgov_permissions(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRIDGOV_EXTRA_PLUGINS", EXTRA)
    assert main(["plugins", "show", "sample"]) == 0
    out = capsys.readouterr().out
    assert "sample.pin: Pin notices on estates" in out
    assert "NoticePayload" in out and "Estate.notices" in out and "sample_notice" in out


async def test_hook_gridgov_scopes(h: Harness) -> None:
    notice = (await pin(h, "只给本社区"))["notice"]
    data = await h.query(
        TINGHU,
        """query($id: ID!) {
          estate: node(id: $id) { ... on Estate { community { code } } }
          district { communities(first: 2) { nodes { code } } }
        }""",
        {"id": await estate_id(h)},
    )
    own = data["estate"]["community"]["code"]
    other = next(c["code"] for c in data["district"]["communities"]["nodes"] if c["code"] != own)
    query = """query($id: ID!) { node(id: $id) { id } sampleNotices { totalCount } }"""
    insider = await h.login_as(TINGHU, "community_staff", own)
    outsider = await h.login_as(TINGHU, "community_staff", other)
    seen = await h.query(TINGHU, query, {"id": notice["id"]}, token=insider)
    assert seen == {"node": {"id": notice["id"]}, "sampleNotices": {"totalCount": 1}}
    unseen = await h.query(TINGHU, query, {"id": notice["id"]}, token=outsider)
    assert unseen == {"node": None, "sampleNotices": {"totalCount": 0}}

    def no_scopes() -> dict[type, Any]:
        return {}

    unscoped = types.SimpleNamespace(
        gridgov_models=hookimpl(lambda: [sample.Notice]), gridgov_scopes=hookimpl(no_scopes)
    )
    with pytest.raises(PluginError, match="model Notice has no scope"):
        PluginManager({"sample": unscoped})


async def test_hook_gridgov_permissions_guard_mutations(h: Harness) -> None:
    analyst = await h.login_as(TINGHU, "analyst")
    mutation = (
        """mutation($input: PinNoticeInput!) { pinNotice(input: $input) { errors { code } } }"""
    )
    variables = {"input": {"estate": await estate_id(h), "text": "x"}}
    [error] = await h.errors(TINGHU, mutation, variables, token=analyst)
    assert error["extensions"] == {"code": "FORBIDDEN", "permission": "sample.pin"}
    assert (await h.query(TINGHU, "{ sampleNotices { totalCount } }"))["sampleNotices"] == {
        "totalCount": 0
    }

    def no_permissions() -> list[Any]:
        return []

    unguarded = types.SimpleNamespace(
        gridgov_mutation_fields=sample.gridgov_mutation_fields,
        gridgov_permissions=hookimpl(no_permissions),
    )
    with pytest.raises(PluginError, match="mutation 'pinNotice' is guarded by no permission"):
        build(PluginManager({"sample": unguarded}))


async def test_hook_gridgov_indicators(h: Harness) -> None:
    await pin(h, "x")
    query = '{ district { indicators(prefix: "sample.") { key value } } }'
    assert (await h.query(TINGHU, query))["district"]["indicators"] == [
        {"key": "sample.notices", "value": 1.0}
    ]
    assert (await h.query(YANDU, query))["district"]["indicators"] == []


async def test_hook_gridgov_venues(h: Harness) -> None:
    await pin(h, "议事公告")
    manager: PluginManager = h.app.state.gridgov.manager
    estate = int(
        __import__("base64").urlsafe_b64decode(await estate_id(h) + "==").decode().split(":")[1]
    )
    async with h.app.state.gridgov.sessions() as session:
        district = (await h.query(TINGHU, "{ district { id } }"))["district"]["id"]
        district_pk = int(
            __import__("base64").urlsafe_b64decode(district + "==").decode().split(":")[1]
        )
        calls = manager.call(
            "gridgov_venues",
            ["sample"],
            context=VenueContext(district_pk, [estate], session, clock.today()),
        )
        venues = [venue for _, awaitable in calls for venue in await awaitable]
    assert [(v.estate_id, v.kind, v.name) for v in venues] == [
        (estate, "sample.notice_board", "议事公告")
    ]


async def test_hook_gridgov_example_data(
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_harness: Callable[..., Awaitable[Harness]],
) -> None:
    shutil.copy(examples.EXAMPLES_DIR / "tinghu.toml", tmp_path / "tinghu.toml")
    with (tmp_path / "tinghu.toml").open("a", encoding="utf-8") as toml:
        toml.write("\n[plugins.sample]\nnotices = 4\n")
    source = (
        (tmp_path / "tinghu.toml")
        .read_text(encoding="utf-8")
        .replace("enables = [", 'enables = ["sample", ', 1)
    )
    (tmp_path / "tinghu.toml").write_text(source, encoding="utf-8")
    monkeypatch.setattr(examples, "EXAMPLES_DIR", tmp_path)
    monkeypatch.setenv("GRIDGOV_EXTRA_PLUGINS", EXTRA)
    await asyncio.to_thread(upgrade, database, sample_manager())
    assert (
        await asyncio.to_thread(
            main, ["--database", database, "load-example", "tinghu", "--scale", "0.02"]
        )
        == 0
    )
    h = await make_harness(database, sample_manager())
    data = await h.query(TINGHU, "{ district { enabledPlugins } sampleNotices { totalCount } }")
    assert (
        "sample" in data["district"]["enabledPlugins"] and data["sampleNotices"]["totalCount"] == 4
    )


async def test_hook_gridgov_example_figures(
    installed: str, tmp_path: Path, make_harness: Callable[..., Awaitable[Harness]]
) -> None:
    def load(*args: str) -> tuple[int, str]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = main(["--database", installed, "plugins", "load-example", "sample", *args])
        return status, out.getvalue()

    # Yandu does not enable the plugin: it is enabled, with the figures it ships.
    status, out = await asyncio.to_thread(load, "--district", YANDU)
    assert status == 0 and "sample (figures: the plugin's own)" in out
    assert "enabled sample" in out
    # Tinghu enabled it after its example was loaded: figures from a file.
    figures = tmp_path / "figures.toml"
    figures.write_text("notices = 3\n", encoding="utf-8")
    status, out = await asyncio.to_thread(load, "--district", TINGHU, "--figures", str(figures))
    assert status == 0 and "sample (figures: given)" in out and "enabled" not in out
    h = await make_harness(installed, sample_manager())
    count = "{ sampleNotices { totalCount } }"
    assert (await h.query(YANDU, count))["sampleNotices"]["totalCount"] == 2
    assert (await h.query(TINGHU, count))["sampleNotices"]["totalCount"] == 3
    # Where the plugin has rows, nothing is loaded again.
    status, out = await asyncio.to_thread(load, "--district", YANDU)
    assert status == 0 and "already in 320903 (rows in sample_notice); nothing to do" in out
    assert (await h.query(YANDU, count))["sampleNotices"]["totalCount"] == 2


async def test_hook_gridgov_archive_rules(h: Harness) -> None:
    estate = await new_estate(h)
    for text_ in ("停水通知", "议事公告"):
        assert (await pin(h, text_, estate=estate))["errors"] == []
    # Notices would block archiving their estate; the plugin cascades them instead.
    assert await set_archived(h, "archive", estate) == []
    assert (await h.query(TINGHU, "{ sampleNotices { totalCount } }"))["sampleNotices"][
        "totalCount"
    ] == 0
    assert await set_archived(h, "restore", estate) == []
    assert await live_notices(h, estate) == ["停水通知", "议事公告"]
    # A notice archived on its own stays archived when its estate comes back.
    [first, _] = (await h.query(TINGHU, "{ sampleNotices { nodes { id } } }"))["sampleNotices"][
        "nodes"
    ]
    assert await set_archived(h, "archive", first["id"]) == []
    assert await set_archived(h, "archive", estate) == []
    assert await set_archived(h, "restore", estate) == []
    assert len(await live_notices(h, estate)) == 1


async def test_archive_rules_are_checked_at_start() -> None:
    from core.contract import ArchiveRule
    from core.db.models import Estate

    class Elsewhere(DeclarativeBase):
        """Keeps the log below out of core's metadata, which every archive reads."""

    class Log(Elsewhere):
        __tablename__ = "sample_log"
        id: Mapped[int] = mapped_column(primary_key=True)
        district_id: Mapped[int] = mapped_column(ForeignKey("district.id"))
        notice_id: Mapped[int] = mapped_column(ForeignKey("sample_notice.id"))

    def ruled(rules: Any) -> types.SimpleNamespace:
        return types.SimpleNamespace(
            gridgov_models=hookimpl(lambda: [sample.Notice, Log]),
            gridgov_scopes=hookimpl(
                lambda: {sample.Notice: sample.Notice.estate_id, Log: Log.notice_id}
            ),
            gridgov_archive_rules=hookimpl(lambda: rules),
        )

    for rules, message in (
        ({Estate.community_id: ArchiveRule.KEEP}, "estate.community_id: not a column of"),
        ({sample.Notice.text: ArchiveRule.KEEP}, "sample_notice.text: not a foreign key"),
        ({Log.notice_id: ArchiveRule.CASCADE}, "sample_log.notice_id: CASCADE needs archived_at"),
        ({sample.Notice.estate_id: "drop"}, "sample_notice.estate_id: 'drop' is no rule"),
    ):
        with pytest.raises(PluginError, match=f"plugin 'sample': archive rule for {message}"):
            PluginManager({"sample": ruled(rules)})


async def test_hook_gridgov_check_restore(h: Harness) -> None:
    estate = await new_estate(h)
    old = (await pin(h, "停水通知", estate=estate))["notice"]
    assert await set_archived(h, "archive", old["id"]) == []
    assert (await pin(h, "停水通知", estate=estate))["errors"] == []
    # Restoring would make two live notices say the same: the plugin refuses it.
    assert await set_archived(h, "restore", old["id"]) == [
        ("DUPLICATE", "a live notice already says '停水通知'")
    ]
    assert await live_notices(h, estate) == ["停水通知"]
    assert await set_archived(h, "archive", estate) == []  # the live notice goes with it
    assert await set_archived(h, "restore", estate) == []  # and comes back; the old one stays
    assert await live_notices(h, estate) == ["停水通知"]


async def test_hook_gridgov_settings(
    monkeypatch: pytest.MonkeyPatch, installed: str, make_harness: Callable[..., Awaitable[Harness]]
) -> None:
    monkeypatch.setenv("GRIDGOV_SAMPLE__MAX_LENGTH", "many")
    with pytest.raises(PluginError, match="'sample': GRIDGOV_SAMPLE__MAX_LENGTH='many'"):
        sample_manager()
    monkeypatch.setenv("GRIDGOV_SAMPLE__MAX_LENGTH", "4")
    h = await make_harness(installed, sample_manager())
    assert (await pin(h, "五个字通知"))["errors"] == [
        {"field": ["input", "text"], "code": "TOO_LONG"}
    ]
    assert (await pin(h, "四个字啊"))["errors"] == []


async def test_hook_gridgov_field_costs(
    monkeypatch: pytest.MonkeyPatch, installed: str, make_harness: Callable[..., Awaitable[Harness]]
) -> None:
    monkeypatch.setenv("GRIDGOV_CORE__MAX_COST", "30000")
    h = await make_harness(installed, sample_manager())
    cheap = "{ district { estates(first: 40) { nodes { name } } } }"
    costly = (
        "{ district { estates(first: 40) { nodes { notices(first: 10) { nodes { text } } } } } }"
    )
    assert (await h.post(TINGHU, cheap)).get("errors") is None
    errors = await h.errors(TINGHU, costly)
    assert errors[0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert errors[0]["extensions"]["cost"] > 30000 and errors[0]["extensions"]["max"] == 30000


def broken_modules() -> dict[str, Any]:
    def gridgov_query_field() -> list[Any]:  # misspelt: the hook is gridgov_query_fields
        return []

    def gridgov_indicators(district: str) -> list[Any]:  # the hook takes `context`
        return []

    return {
        "misspelt": types.SimpleNamespace(gridgov_query_field=hookimpl(gridgov_query_field)),
        "wrong_args": types.SimpleNamespace(gridgov_indicators=hookimpl(gridgov_indicators)),
    }


@pytest.mark.parametrize("name", ["misspelt", "wrong_args"])
async def test_broken_plugin_fails_at_start_naming_it(name: str) -> None:
    with pytest.raises(PluginError, match=f"plugin '{name}' breaks the contract"):
        PluginManager({name: broken_modules()[name]})


async def test_unimportable_plugin_fails_the_cli_naming_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GRIDGOV_EXTRA_PLUGINS", "ghost=gridgov_no_such_module")
    assert main(["plugins", "list"]) == 1
    assert "plugin 'ghost' failed to load" in capsys.readouterr().err


async def test_duplicate_kind_is_refused() -> None:
    twin = types.SimpleNamespace(
        gridgov_organisation_kinds=hookimpl(lambda: sample.gridgov_organisation_kinds())
    )
    with pytest.raises(
        PluginError, match="'twin': organisation kind 'sample_club' is already defined by 'sample'"
    ):
        PluginManager({"sample": sample, "twin": twin})


async def test_root_fields_of_two_plugins_may_share_a_resolver_name_but_not_a_graphql_name() -> (
    None
):
    from core.graphql.schema import build

    def make(graphql_name: str) -> types.SimpleNamespace:
        async def items() -> int:
            return 1

        field = strawberry.field(resolver=items, name=graphql_name)
        return types.SimpleNamespace(gridgov_query_fields=hookimpl(lambda: [field]))

    built = build(PluginManager({"one": make("oneItems"), "two": make("twoItems")}))
    assert "oneItems: Int!" in built.sdl() and "twoItems: Int!" in built.sdl()
    with pytest.raises(PluginError, match=r"'two': Query.items is already defined by 'one'"):
        build(PluginManager({"one": make("items"), "two": make("items")}))
