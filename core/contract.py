"""Values passed to and returned by hooks (see :mod:`core.hookspecs`)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

if TYPE_CHECKING:
    from core.access import Scope
    from core.db.models import Base
    from core.graphql.mutations import Check
    from core.plugins import PluginManager

CORE = "core"
"""Name of the built-in plugin holding core's own contributions; never disabled."""


@dataclass(frozen=True)
class Indicator:
    """One figure of ``District.indicators``.

    Attributes:
        key: Dotted key starting with the owner's name, e.g. ``core.grids.micro``.
        label: English label for people.
        value: The figure: an ``int`` when it counts something (GraphQL's ``count``
            gives it as a whole number), a ``float`` for rates and averages.
    """

    key: str
    label: str
    value: int | float


@dataclass(frozen=True)
class Permission:
    """A permission a plugin defines, named ``<plugin>.<action>``.

    Attributes:
        name: ``<plugin>.<action>``.
        description: What it allows, for people.
        roles: The roles (:class:`core.access.Role` values) holding it besides the
            administrators, who hold every permission.
        mutations: The plugin's mutation fields that require it. Every mutation a
            plugin adds is guarded by exactly one of its permissions.
    """

    name: str
    description: str
    roles: tuple[str, ...] = ()
    mutations: tuple[str, ...] = ()


@dataclass
class IndicatorContext:
    """What an indicator hook computes from: one district and a session.

    Attributes:
        district_id: Database id of the district.
        district_code: Its six-digit code.
        session: A database session.
        manager: The installed plugins, so an indicator can ask other plugins through
            a hook (e.g. ``gridgov_venues``).
        enabled: The plugins the district enabled (``core`` included).
        scope: The viewer's scope, for figures counted over what it may read
            (``scope.visible(Model)``); None computes over the whole district.
    """

    district_id: int
    district_code: str
    session: AsyncSession
    manager: PluginManager
    enabled: frozenset[str]
    scope: Scope | None = None


@dataclass(frozen=True)
class PlaceVenue:
    """A venue a plugin records on an estate, reported through ``gridgov_venues``.

    Attributes:
        estate_id: The estate's database id.
        kind: ``<plugin>.<kind>``, e.g. ``red_property.council_hall``.
        name: The venue's name.
        deliberation: Whether residents deliberate there (民主议事).
    """

    estate_id: int
    kind: str
    name: str
    deliberation: bool


@dataclass
class VenueContext:
    """What a venue hook answers for: one district's estates, on one day.

    Attributes:
        district_id: The district.
        estate_ids: The estates asked about.
        session: A database session.
        as_of: Report the venues open on this day.
    """

    district_id: int
    estate_ids: Sequence[int]
    session: AsyncSession
    as_of: dt.date


@dataclass(frozen=True)
class ServiceNeed:
    """A residents' service need a plugin records, reported through ``gridgov_service_needs``.

    Attributes:
        id: The need's Global ID (its type is the reporting plugin's).
        community_id: The database id of the community that posted it.
        title: What is needed, in words.
        open: Whether it still waits to be answered (a met or withdrawn need is not).
    """

    id: str
    community_id: int
    title: str
    open: bool


@dataclass(frozen=True)
class NeedResponse:
    """What a plugin recorded in answer to one need, reported through ``gridgov_need_responses``.

    Attributes:
        need_id: The need's Global ID, as ``gridgov_service_needs`` reported it.
        claims: Live claims of the need (认领): people who took it on.
        services: Live services recorded as answering it.
        hours: Hours those services took, all together.
    """

    need_id: str
    claims: int
    services: int
    hours: float


@dataclass
class NeedContext:
    """What the need hooks answer for: needs of one district, by Global ID or by community.

    The hooks carry no viewer: the caller asks about needs it has already kept to its
    viewer's scope (the need IDs on rows it shows, the communities it may read).

    Attributes:
        district_id: The district.
        session: A database session.
        need_ids: Needs asked about by Global ID; IDs of types the plugin does not
            record are ignored.
        community_ids: Communities whose every need is asked about.
    """

    district_id: int
    session: AsyncSession
    need_ids: Sequence[str] = ()
    community_ids: Sequence[int] = ()


@dataclass
class ExampleContext:
    """The example district being loaded, for ``gridgov_example_data``.

    Attributes:
        district_id: Database id of the district.
        district_code: Its six-digit code (``320902`` Tinghu, ``320903`` Yandu).
        session: The session the whole load runs in (committed at the end).
        random: A generator seeded per district and plugin, for determinism.
        scale: Fraction of households and residents to generate (1.0 = demo scale).
        figures: The figures to reproduce: ``--figures FILE``, else the plugin's
            section of ``examples/districts/<name>.toml`` (``[plugins.<name>]``),
            else what the plugin ships (``gridgov_example_figures``), else empty;
            for core, the whole example file.
        shared: What earlier loaders of the same load left for later ones, keyed by
            owner; empty when one plugin is loaded into an existing district.
    """

    district_id: int
    district_code: str
    session: AsyncSession
    random: random.Random
    scale: float = 1.0
    figures: dict[str, Any] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)


class ArchiveRule(StrEnum):
    """What archiving an object does to the rows of a table that point at it.

    A plugin declares one per foreign-key column of its own tables with
    ``gridgov_archive_rules``. Without a rule, a table with ``archived_at`` (the
    ``Tracked`` mixin) blocks and a table without it (a log) keeps.
    """

    BLOCK = "block"
    """Archiving is refused while a live row points at the object (a log: any row)."""
    CASCADE = "cascade"
    """The live rows are archived with the object, and restored with it (the table
    needs ``archived_at``): parts of the object, such as a project's stage history."""
    KEEP = "keep"
    """The rows stay as they are and never block: history that outlives what it is
    about, such as an event's transitions naming a person."""


@dataclass
class Restore:
    """Rows of one of a plugin's models about to be restored, for ``gridgov_check_restore``.

    Attributes:
        check: The ``restore`` mutation's :class:`core.graphql.mutations.Check`:
            refuse with ``check.errors.add("id", UserErrorCode.DUPLICATE, "...")``
            (the error's field is ``["input", "id"]``); any error refuses the whole
            restore and nothing is written. ``check.session`` reads the database.
        model: The model the rows are of.
        rows: The rows, still archived (ORM objects): the object the input names, or
            rows restored with it through a ``CASCADE`` rule.
    """

    check: Check
    model: type[Base]
    rows: Sequence[Any]
