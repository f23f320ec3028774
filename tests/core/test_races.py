"""Concurrent mutations keep invariants spanning fields and rows (issue 16, item 9).

Each race is held with :func:`core.testing.held_at`: every request has read what it
validates before any of them writes, so a check nothing guards fails every time, on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
from typing import Any

from core.graphql.people.mutations import id_number_check
from core.testing import TINGHU, Harness, codes, held_at

FIRST17 = "32090219850307123"
ID_NUMBER = FIRST17 + id_number_check(FIRST17)  # born 1985-03-07

GRID = """{ district { grids(first: 1, filter: {kind: MICRO}) { nodes { code
  community { id }
  households(first: 1) { nodes { id } } } } } }"""

PERSON = """query($id: ID!) { node(id: $id) { ... on Person {
  idNumber(reveal: true) birthDate(reveal: true) } } }"""

ESTATES = """query($id: ID!) { node(id: $id) { ... on Community {
  estates(first: 100) { nodes { name } } } } }"""

READ_PERSON = "SELECT person.household_id, person.name"
"""The start of loading a person by id, before any check."""


async def micro_grid(h: Harness) -> dict[str, Any]:
    grid: dict[str, Any] = (await h.query(TINGHU, GRID))["district"]["grids"]["nodes"][0]
    return grid


async def test_id_number_and_birth_date_changed_at_once_stay_consistent(gridgov: Harness) -> None:
    grid = await micro_grid(gridgov)
    made = await gridgov.mutate(
        TINGHU,
        "createPerson",
        {"name": "赵六", "gender": "MALE", "household": grid["households"]["nodes"][0]["id"]},
        "person { id }",
    )
    person = made["person"]["id"]
    workers = [await gridgov.login_as(TINGHU, "grid_worker", grid["code"]) for _ in range(2)]
    # Each change is valid against what was read (nothing), not against the other.
    changes = [{"idNumber": ID_NUMBER}, {"birthDate": "1990-01-01"}]
    with held_at(gridgov, READ_PERSON, 2, once=True):
        payloads = await asyncio.gather(
            *(
                gridgov.mutate(TINGHU, "updatePerson", {"id": person, **change}, token=token)
                for change, token in zip(changes, workers, strict=True)
            )
        )
    assert sorted(len(p["errors"]) for p in payloads) == [0, 1], payloads
    [lost] = [p for p in payloads if p["errors"]]
    assert codes(lost) == {("id", "CONFLICT")}
    stored = (await gridgov.query(TINGHU, PERSON, {"id": person}))["node"]
    assert stored in (
        {"idNumber": ID_NUMBER, "birthDate": None},
        {"idNumber": None, "birthDate": "1990-01-01"},
    )


async def test_one_estate_of_a_name_however_many_create_it_at_once(gridgov: Harness) -> None:
    community = (await micro_grid(gridgov))["community"]["id"]
    estate = {"community": community, "name": "同名小区", "kind": "ESTATE"}
    # Ten at a time find the name free before any of them inserts (ten: every request
    # holds a connection while it waits, and SQLite's pool has fifteen).
    with held_at(gridgov, "SELECT count(*) AS count_1 FROM estate", 10):
        payloads = await asyncio.gather(
            *(gridgov.mutate(TINGHU, "createEstate", estate, "estate { id }") for _ in range(20))
        )
    made = [p for p in payloads if not p["errors"]]
    assert len(made) == 1, payloads
    for payload in payloads:
        if payload["errors"]:
            assert payload["estate"] is None
            assert codes(payload) <= {("input", "CONFLICT"), ("name", "DUPLICATE")}
    names = (await gridgov.query(TINGHU, ESTATES, {"id": community}))["node"]["estates"]["nodes"]
    assert [n["name"] for n in names].count("同名小区") == 1


async def test_one_person_per_id_number_however_many_record_it_at_once(gridgov: Harness) -> None:
    person = {"name": "孙七", "gender": "FEMALE", "idNumber": ID_NUMBER, "birthDate": "1985-03-07"}
    # Both requests have validated the input before either takes the district's lock.
    with held_at(gridgov, "SELECT district.id FROM district WHERE district.id =", 2):
        payloads = await asyncio.gather(
            *(gridgov.mutate(TINGHU, "createPerson", person, "person { id }") for _ in range(2))
        )
    assert sorted(len(p["errors"]) for p in payloads) == [0, 1], payloads
    [lost] = [p for p in payloads if p["errors"]]
    assert lost["person"] is None and codes(lost) == {("idNumber", "DUPLICATE")}
