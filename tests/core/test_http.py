"""GraphQL over HTTP as front ends meet it: status codes, error codes, CORS."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from core.plugins import PluginError, PluginManager
from core.testing import TINGHU, YANDU, Harness

MODERN = "application/graphql-response+json"
URL = f"/districts/{TINGHU}/graphql"


async def ask(
    h: Harness, body: dict[str, Any], accept: str, *, token: bool = True, **headers: str
) -> tuple[int, dict[str, Any], Any]:
    """POST ``body``; the status, the decoded answer and the response's headers."""
    sent = {"accept": accept, **headers, **(await h.headers(TINGHU) if token else {})}
    response = await h.client.post(URL, json=body, headers=sent)
    return response.status_code, response.json(), response.headers


REQUEST_ERRORS = [
    ({"query": "{ district { code "}, "GRAPHQL_PARSE_FAILED"),
    ({"query": "{ district { nonesuch } }"}, "GRAPHQL_VALIDATION_FAILED"),
    (
        {"query": "query($first: Int!) { district { streets(first: $first) { totalCount } } }"},
        "BAD_USER_INPUT",
    ),
]


@pytest.mark.parametrize(("body", "code"), REQUEST_ERRORS, ids=[c for _, c in REQUEST_ERRORS])
async def test_request_errors_are_400_without_data_under_graphql_response_json(
    gridgov: Harness, body: dict[str, Any], code: str
) -> None:
    status, answer, headers = await ask(gridgov, body, MODERN)
    assert status == 400 and headers["content-type"].startswith(MODERN)
    assert "data" not in answer
    assert [e["extensions"]["code"] for e in answer["errors"]] == [code]
    # Under application/json the same answer comes with 200, as the spec asks.
    status, legacy, _ = await ask(gridgov, body, "application/json")
    assert status == 200 and legacy == answer


async def test_a_missing_token_is_401_like_a_bad_one(gridgov: Harness) -> None:
    for accept in (MODERN, "application/json"):
        for token, extra in ((False, {}), (False, {"authorization": "Bearer ggv_nonesuch"})):
            status, answer, headers = await ask(
                gridgov, {"query": "{ district { code } }"}, accept, token=token, **extra
            )
            assert status == 401 and headers["www-authenticate"] == "Bearer"
            assert "data" not in answer
            assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_field_errors_keep_data_and_200(gridgov: Harness) -> None:
    analyst = await gridgov.login_as(TINGHU, "analyst")
    response = await gridgov.client.post(
        URL,
        json={"query": "{ district { people(first: 1) { nodes { phone(reveal: true) } } } }"},
        headers={"accept": MODERN, "authorization": f"Bearer {analyst}"},
    )
    answer = response.json()
    assert response.status_code == 200
    assert answer["data"]["district"]["people"]["nodes"] == [{"phone": None}]
    [error] = answer["errors"]
    assert error["path"][-1] == "phone" and error["extensions"]["code"] == "FORBIDDEN"


async def test_fields_of_a_disabled_plugin_fail_validation_with_a_code(gridgov: Harness) -> None:
    # Yandu does not enable red_property: its fields are unknown there.
    query = "{ district { communities(first: 1) { nodes { redProperty { __typename } } } } }"
    assert (await gridgov.post(TINGHU, query)).get("errors") is None
    [error] = await gridgov.errors(YANDU, query)
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "redProperty" in error["message"]


async def test_every_error_of_a_batch_has_a_code(gridgov: Harness) -> None:
    response = await gridgov.client.post(
        URL,
        json=[
            {"query": "{ district { code } }"},
            {"query": "{ nonesuch }"},
            {"query": "{"},
        ],
        headers=await gridgov.headers(TINGHU),
    )
    first, second, third = response.json()
    assert response.status_code == 200 and first == {"data": {"district": {"code": TINGHU}}}
    assert [e["extensions"]["code"] for e in second["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]
    assert [e["extensions"]["code"] for e in third["errors"]] == ["GRAPHQL_PARSE_FAILED"]
    assert "data" not in second and "data" not in third


# -- CORS -------------------------------------------------------------------------

DEV_SERVER = "http://localhost:5173"
PREFLIGHT = {
    "origin": DEV_SERVER,
    "access-control-request-method": "POST",
    "access-control-request-headers": "authorization, content-type",
}


@pytest.fixture
async def cors(
    example_database: str,
    make_harness: Callable[..., Awaitable[Harness]],
    monkeypatch: pytest.MonkeyPatch,
) -> Harness:
    """The example districts served with a dev server's origin allowed."""
    monkeypatch.setenv("GRIDGOV_CORE__CORS_ORIGINS", f"{DEV_SERVER}, https://portal.example.org")
    return await make_harness(example_database, PluginManager())


async def test_cors_preflight_and_request_from_an_allowed_origin(cors: Harness) -> None:
    preflight = await cors.client.options(URL, headers=PREFLIGHT)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == DEV_SERVER
    assert {"GET", "POST"} <= set(preflight.headers["access-control-allow-methods"].split(", "))
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed
    assert "access-control-allow-credentials" not in preflight.headers  # no cookies, ever
    response = await cors.client.post(
        URL,
        json={"query": "{ district { code } }"},
        headers={"origin": DEV_SERVER, **await cors.headers(TINGHU)},
    )
    assert response.json() == {"data": {"district": {"code": TINGHU}}}
    assert response.headers["access-control-allow-origin"] == DEV_SERVER
    refused = await cors.client.post(
        URL, json={"query": "{ district { code } }"}, headers={"origin": DEV_SERVER}
    )
    # A refusal is readable by the page too, so it can ask for a token.
    assert refused.status_code == 401
    assert refused.headers["access-control-allow-origin"] == DEV_SERVER
    assert "www-authenticate" in refused.headers["access-control-expose-headers"].lower()


async def test_cors_refuses_other_origins(cors: Harness) -> None:
    other = await cors.client.options(URL, headers={**PREFLIGHT, "origin": "http://evil.test"})
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers
    response = await cors.client.post(
        URL,
        json={"query": "{ __typename }"},
        headers={"origin": "http://evil.test"},
    )
    assert "access-control-allow-origin" not in response.headers


async def test_without_the_setting_there_is_no_cors(gridgov: Harness) -> None:
    preflight = await gridgov.client.options(URL, headers=PREFLIGHT)
    assert preflight.status_code == 405 and "access-control-allow-origin" not in preflight.headers


@pytest.mark.parametrize("value", ["localhost:5173", "http://localhost:5173/", "http://a/b"])
def test_a_malformed_origin_is_refused_at_start(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("GRIDGOV_CORE__CORS_ORIGINS", value)
    with pytest.raises(PluginError, match="is not an origin"):
        PluginManager()


# -- GraphiQL and the dashboard, served from the package --------------------------------

STATIC = Path(__file__).resolve().parents[2] / "core" / "static"


async def test_graphiql_loads_only_our_own_pinned_assets(gridgov: Harness) -> None:
    page = await gridgov.client.get(URL, headers={"accept": "text/html"})
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/static/graphiql/") or a == "data:," for a in assets)
    table = (STATIC / "graphiql" / "README.md").read_text(encoding="utf-8")
    pinned = dict(re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$", table, re.M))
    for asset in assets:
        if asset == "data:,":
            continue
        name = asset.rsplit("/", 1)[1]
        served = await gridgov.client.get(asset)
        assert served.status_code == 200
        assert hashlib.sha256(served.content).hexdigest() == pinned[name], name


async def test_the_dashboard_page_is_served_per_district(gridgov: Harness) -> None:
    page = await gridgov.client.get(f"/districts/{TINGHU}/")
    assert page.status_code == 200 and "<title>亭湖区 · gridgov</title>" in page.text
    module = re.search(r'<script type="module" src="([^"]+)"', page.text)
    assert module and (await gridgov.client.get(module.group(1))).status_code == 200
    assert (await gridgov.client.get("/districts/999999/")).status_code == 404
