"""Core's root query fields: the district, and objects by Global ID."""

from __future__ import annotations

import asyncio
from typing import cast

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from core.db import models
from core.graphql.context import Context
from core.graphql.ids import malformed_global_id, parse_global_id
from core.graphql.node import Node, load_node
from core.graphql.places.types import District

MAX_NODES = 100


Found = Node | GraphQLError | None
"""An object, null when there is none, or the error of an ID that is not one."""


async def _resolve(info: Info, global_ids: list[str], argument: str) -> list[Found]:
    context: Context = info.context
    visible = info._raw_info.schema.type_map  # the district's view: disabled types are absent

    async def one(global_id: str) -> Found:
        parsed = parse_global_id(global_id)
        if parsed is None:
            return malformed_global_id(argument)
        type_name, pk = parsed
        found = context.node_types.get(type_name)
        if found is None or type_name not in visible:
            return None
        needed = found[0].read_permission()
        if needed is not None and (context.viewer is None or not context.viewer.can(needed)):
            return None
        return await load_node(context, found[0], found[1], pk)

    # Gathered, so the loads of each type go out as one batch.
    found: list[Found] = await asyncio.gather(*(one(g) for g in global_ids))
    return found


async def district(info: Info) -> District:
    """The district this endpoint serves."""
    context: Context = info.context
    node = await load_node(context, District, models.District, context.district_id)
    assert node is not None
    return node


async def node(info: Info, id: strawberry.ID) -> Node | None:
    """Fetch any object by its Global ID; null if it does not exist in this district."""
    found = (await _resolve(info, [id], "id"))[0]
    if isinstance(found, GraphQLError):
        raise found
    return found


async def nodes(info: Info, ids: list[strawberry.ID]) -> list[Node | None]:
    """Fetch up to 100 objects by Global ID, in order; null for each one not found."""
    if len(ids) > MAX_NODES:
        raise GraphQLError(
            f"Argument 'ids' takes at most {MAX_NODES} IDs, got {len(ids)}.",
            extensions={"code": "BAD_USER_INPUT", "argument": "ids", "max": MAX_NODES},
        )
    # An error in the list fails its own item only (graphql-core completes an
    # Exception item as that item's error): one bad ID does not cost the others.
    return cast(list[Node | None], await _resolve(info, list(ids), "ids"))


QUERY_FIELDS = [
    strawberry.field(resolver=district, description="The district this endpoint serves."),
    strawberry.field(resolver=node, description="Fetch an object by Global ID."),
    strawberry.field(resolver=nodes, description="Fetch up to 100 objects by Global ID."),
]
