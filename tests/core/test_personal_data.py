"""Personal data: phone, ID number and birth date masked unless the role may reveal them;
every reveal audited, without the value; analysts read few people's at a time."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from core.graphql.people.mutations import id_number_check
from core.testing import TINGHU, Harness

PERSON = """
query Card($id: ID!) {
  node(id: $id) { ... on Person { name phone idNumber } }
}"""

REVEAL = """
query Card($id: ID!, $phone: Boolean!, $idNumber: Boolean!) {
  node(id: $id) { ... on Person { name phone(reveal: $phone) idNumber(reveal: $idNumber) } }
}"""

REVEALS = """
{ auditTrail(filter: {action: REVEAL}) {
    totalCount nodes { actor operation clientOperation action table objectId before after } } }"""

FIRST17 = "32090219850307123"
ID_NUMBER = FIRST17 + id_number_check(FIRST17)
PHONE = "13812345678"


def masked(value: str) -> str:
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def masked_id(value: str) -> str:
    return "*" * (len(value) - 4) + value[-4:]


async def resident(h: Harness) -> tuple[str, str]:
    """A person living in a micro-grid, given a known phone and ID number, and the grid's code."""
    data = await h.query(
        TINGHU,
        """{ district { grids(first: 1, filter: {kind: MICRO}) { nodes { code
          households(first: 1) { nodes { members(first: 1) { nodes { id } } } } } } } }""",
    )
    grid = data["district"]["grids"]["nodes"][0]
    person: str = grid["households"]["nodes"][0]["members"]["nodes"][0]["id"]
    updated = await h.mutate(
        TINGHU,
        "updatePerson",
        {"id": person, "phone": PHONE, "idNumber": ID_NUMBER, "birthDate": "1985-03-07"},
        "person { id }",
    )
    assert updated["errors"] == [], updated["errors"]
    return person, grid["code"]


async def ask(
    h: Harness, token: str, person: str, *, phone: bool, id_number: bool
) -> dict[str, Any]:
    """The reveal query's whole response (data and errors)."""
    return await h.post(
        TINGHU, REVEAL, {"id": person, "phone": phone, "idNumber": id_number}, token=token
    )


def forbidden_paths(response: dict[str, Any]) -> set[str]:
    return {
        error["path"][-1]
        for error in response.get("errors", [])
        if error["extensions"]["code"] == "FORBIDDEN"
    }


async def test_masked_by_default_for_every_role(gridgov: Harness) -> None:
    person, grid = await resident(gridgov)
    tokens = [
        await gridgov.login_as(TINGHU),
        await gridgov.login_as(TINGHU, "grid_worker", grid),
        await gridgov.login_as(TINGHU, "analyst"),
    ]
    for token in tokens:
        data = await gridgov.query(TINGHU, PERSON, {"id": person}, token=token)
        assert data["node"]["phone"] == masked(PHONE) == "138****5678"
        assert data["node"]["idNumber"] == masked_id(ID_NUMBER)
    assert (await gridgov.query(TINGHU, REVEALS))["auditTrail"]["totalCount"] == 0


async def test_reveal_by_role(gridgov: Harness) -> None:
    person, grid = await resident(gridgov)
    worker = await gridgov.login_as(TINGHU, "grid_worker", grid)
    analyst = await gridgov.login_as(TINGHU, "analyst")
    admin = await gridgov.login_as(TINGHU)

    # A grid worker reveals the phone, not the ID number.
    both = await ask(gridgov, worker, person, phone=True, id_number=True)
    assert both["data"]["node"]["phone"] == PHONE
    assert both["data"]["node"]["idNumber"] is None
    assert forbidden_paths(both) == {"idNumber"}
    error = both["errors"][0]
    assert error["extensions"]["permission"] == "core.person.id_number"
    # An analyst reveals neither, and still reads the rest.
    neither = await ask(gridgov, analyst, person, phone=True, id_number=True)
    assert neither["data"]["node"] == {
        "name": neither["data"]["node"]["name"],
        "phone": None,
        "idNumber": None,
    }
    assert forbidden_paths(neither) == {"phone", "idNumber"}
    # An administrator reveals both.
    everything = await ask(gridgov, admin, person, phone=True, id_number=True)
    assert "errors" not in everything
    assert everything["data"]["node"]["phone"] == PHONE
    assert everything["data"]["node"]["idNumber"] == ID_NUMBER


async def test_reveals_are_audited_without_the_value(gridgov: Harness) -> None:
    person, grid = await resident(gridgov)
    worker = await gridgov.login_as(TINGHU, "grid_worker", grid, name="网格员小王")
    analyst = await gridgov.login_as(TINGHU, "analyst")

    await ask(gridgov, worker, person, phone=True, id_number=False)
    await ask(gridgov, analyst, person, phone=True, id_number=True)  # refused: not audited
    await ask(gridgov, worker, person, phone=False, id_number=False)  # masked: not audited

    found = (await gridgov.query(TINGHU, REVEALS))["auditTrail"]
    assert found["nodes"] == [
        {
            "actor": "网格员小王",
            "operation": "Person.phone",  # the field revealed, not what the client says
            "clientOperation": "Card",
            "action": "REVEAL",
            "table": "person",
            "objectId": person,
            "before": None,
            "after": {"field": "phone"},
        }
    ]
    # Neither the value nor anything else of the person's data is in the trail, even where
    # the update that set it was recorded: personal data is recorded masked there.
    whole = json.dumps(
        await gridgov.query(TINGHU, "{ auditTrail(first: 100) { nodes { before after } } }"),
        ensure_ascii=False,
    )
    assert PHONE not in whole and ID_NUMBER not in whole
    assert masked(PHONE) in whole


async def test_reveals_of_one_request_are_written_in_one_statement(gridgov: Harness) -> None:
    query = """{ district { people(first: 5) { nodes { phone(reveal: true) idNumber(reveal: true)
      again: phone(reveal: true) } } } }"""
    with gridgov.counting() as statements:
        data = await gridgov.query(TINGHU, query)
    people = data["district"]["people"]["nodes"]
    assert len(people) == 5 and all("*" not in p["phone"] for p in people)
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT INTO AUDIT_ENTRY")]
    assert len(inserts) == 1
    found = (await gridgov.query(TINGHU, REVEALS))["auditTrail"]
    assert found["totalCount"] == 10  # the repeated phone of a person is recorded once
    assert {e["operation"] for e in found["nodes"]} == {"Person.phone", "Person.idNumber"}
    assert {e["clientOperation"] for e in found["nodes"]} == {None}  # an unnamed operation


async def test_a_reveal_is_labelled_by_its_field_whatever_the_client_names_it(
    gridgov: Harness,
) -> None:
    person, _ = await resident(gridgov)
    # A name chosen to make the trail read as something harmless (or as another field).
    disguised = REVEAL.replace("query Card(", "query PersonPhoneOnly(")
    await gridgov.query(TINGHU, disguised, {"id": person, "phone": False, "idNumber": True})
    [entry] = (await gridgov.query(TINGHU, REVEALS))["auditTrail"]["nodes"]
    assert entry["operation"] == "Person.idNumber"
    assert entry["clientOperation"] == "PersonPhoneOnly"
    assert entry["after"] == {"field": "id_number"}


async def test_no_value_when_the_reveal_cannot_be_recorded(gridgov: Harness) -> None:
    person, _ = await resident(gridgov)
    async with gridgov.app.state.gridgov.engine.begin() as connection:
        await connection.execute(text("ALTER TABLE audit_entry RENAME TO audit_entry_gone"))

    response = await gridgov.post(TINGHU, REVEAL, {"id": person, "phone": True, "idNumber": False})
    assert response["data"]["node"]["phone"] is None
    assert response["errors"][0]["extensions"]["code"] == "AUDIT_FAILED"
    assert PHONE not in json.dumps(response)


ANALYST_PAGE = """query($n: Int!) { district { people(first: $n) { nodes {
  name phone idNumber birthDate } } } }"""

BIRTH = """query($id: ID!, $reveal: Boolean!) { node(id: $id) { ... on Person {
  idNumber birthDate(reveal: $reveal) } } }"""


async def test_masked_fields_do_not_rebuild_the_id_number(gridgov: Harness) -> None:
    # Issue 16: with the first 3 and last 4 characters and the birth date shown, an
    # analyst rebuilt 20 of 20 ID numbers (area from the district, one check character).
    person, grid = await resident(gridgov)
    for token in (
        await gridgov.login_as(TINGHU, "analyst"),
        await gridgov.login_as(TINGHU, "grid_worker", grid),
        await gridgov.login_as(TINGHU),
    ):
        shown = await gridgov.query(TINGHU, BIRTH, {"id": person, "reveal": False}, token=token)
        assert shown["node"] == {"idNumber": masked_id(ID_NUMBER), "birthDate": None}
    # Revealing the birth date is revealing part of the ID number: the same permission,
    # and audited like the others.
    worker = await gridgov.login_as(TINGHU, "grid_worker", grid)
    refused = await gridgov.post(TINGHU, BIRTH, {"id": person, "reveal": True}, token=worker)
    assert refused["data"]["node"]["birthDate"] is None
    assert forbidden_paths(refused) == {"birthDate"}
    staff = await gridgov.login_as(TINGHU, "community_staff", grid[:12])
    revealed = await gridgov.query(TINGHU, BIRTH, {"id": person, "reveal": True}, token=staff)
    assert revealed["node"]["birthDate"] == "1985-03-07"
    trail = (await gridgov.query(TINGHU, REVEALS))["auditTrail"]
    assert {"field": "birth_date"} in [entry["after"] for entry in trail["nodes"]]
    whole = json.dumps(
        await gridgov.query(TINGHU, "{ auditTrail(first: 100) { nodes { before after } } }"),
        ensure_ascii=False,
    )
    assert "1985-03-07" not in whole and "19850307" not in whole


async def test_analysts_read_the_personal_data_of_few_people_at_a_time(gridgov: Harness) -> None:
    analyst = await gridgov.login_as(TINGHU, "analyst")
    page = await gridgov.query(TINGHU, ANALYST_PAGE, {"n": 20}, token=analyst)
    assert len(page["district"]["people"]["nodes"]) == 20
    result = await gridgov.post(TINGHU, ANALYST_PAGE, {"n": 100}, token=analyst)
    people = result["data"]["district"]["people"]["nodes"]
    assert len(people) == 100 and all(p["name"] for p in people)  # names are not bounded
    assert all(p["phone"] is None and p["idNumber"] is None for p in people[20:])
    bounded = {
        (tuple(e["path"][-2:]), e["extensions"]["code"], e["extensions"]["max"])
        for e in result["errors"]
    }
    assert bounded == {
        ((i, field), "LIMIT_EXCEEDED", 20)
        for i in range(20, 100)
        for field in ("phone", "idNumber", "birthDate")
    }
    # Other roles read their scope's people as before.
    admin = await gridgov.query(TINGHU, ANALYST_PAGE, {"n": 100})
    assert len(admin["district"]["people"]["nodes"]) == 100
