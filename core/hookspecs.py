"""The plugin contract: every hook a gridgov plugin can implement.

A plugin is a module (or object) registered under the entry-point group
``gridgov.plugins``; the entry point's name is the plugin's name. It implements any
of the hooks below with ``@hookimpl``. The plugin manager (:mod:`core.plugins`)
records which plugin returned each model, type, field, kind, role, permission,
loader and indicator, so ownership never depends on the author tagging anything.

Core's own features are declared through these same hooks by the built-in plugin
``core`` (:mod:`core.builtin`), which no district can disable.

Conventions a plugin follows:

* tables, indicator keys, permission names and loader names start with the
  plugin's name (``red_property_rating``, ``red_property.council_halls``);
* every row carries ``district_id`` and every read filters by the request's
  district (``info.context.district_id``) and by the viewer's scope
  (``info.context.scope``, see :mod:`core.access`);
* a plugin imports ``core`` and its own package, never another plugin; what it
  needs from another plugin it gets through a hook.

Live updates are a service of the request, not a hook: resolvers reach the app's
:class:`core.broadcast.Broadcaster` as ``info.context.broadcaster``. A mutation
calls ``await broadcaster.publish(session, "<plugin>.<channel>", {...ids...})``
inside its transaction, and the message reaches subscribers only once that
transaction commits; a subscription resolver (``gridgov_subscription_fields``)
iterates ``async with broadcaster.subscribe(channel) as messages``. On PostgreSQL
the messages travel through LISTEN/NOTIFY to every server process; on SQLite they
stay in the process.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from strawberry.types.field import StrawberryField

    from core.contract import (
        ArchiveRule,
        ExampleContext,
        Indicator,
        IndicatorContext,
        NeedContext,
        NeedResponse,
        Permission,
        PlaceVenue,
        Restore,
        ServiceNeed,
        VenueContext,
    )
    from core.db.models import Base
    from core.graphql.compile.forms import SqlForm
    from core.kinds import OrganisationKind, PostRole
    from core.registers.base import Register

hookspec = pluggy.HookspecMarker("gridgov")
hookimpl = pluggy.HookimplMarker("gridgov")


@hookspec
def gridgov_requires() -> Sequence[str]:  # type: ignore[empty-body]
    """Name the plugins this plugin cannot work without.

    A district can only enable this plugin together with all of them, and the
    manager refuses to start if one is not installed.

    Returns:
        Plugin names, e.g. ``["red_property"]``.
    """


@hookspec
def gridgov_models() -> Sequence[type[Base]]:  # type: ignore[empty-body]
    """Declare the SQLAlchemy models this plugin defines on :class:`core.db.models.Base`.

    Every installed plugin's tables are migrated whether or not a district enables
    it, so disabling a programme never loses data. Tables are named
    ``<plugin>_<thing>`` and carry ``district_id``.

    Returns:
        The model classes.
    """


@hookspec
def gridgov_migrations() -> Path:  # type: ignore[empty-body]
    """Give the directory of this plugin's Alembic revisions.

    The revisions form a branch of their own: the first has
    ``branch_labels = ("<plugin>",)`` and ``depends_on = "core"``. ``gridgov db
    upgrade`` brings every installed branch to its head, so a plugin installed later
    migrates only its own branch.

    Returns:
        A directory path.
    """


@hookspec
def gridgov_types() -> Sequence[type]:  # type: ignore[empty-body]
    """List strawberry types to put in the schema even when no field returns them.

    Types reachable from this plugin's fields are found on their own; list here the
    ones only reachable through an interface, such as ``Node`` types fetched by
    ``node(id:)``.

    Returns:
        Strawberry type classes.
    """


@hookspec
def gridgov_node_models() -> Mapping[type, type[Base]]:  # type: ignore[empty-body]
    """Map this plugin's ``Node`` types to the models they are loaded from.

    ``node(id:)`` and ``nodes(ids:)`` use it to load an object by its Global ID,
    within the request's district, and only when the district's schema shows the
    type. The type must subclass :class:`core.graphql.node.Node`.

    Returns:
        ``{StrawberryType: Model}``.
    """


@hookspec
def gridgov_type_fields() -> Mapping[type, Sequence[StrawberryField]]:  # type: ignore[empty-body]
    """Add fields to core types, e.g. ``Estate.starRating``.

    Each value is a ``strawberry.field(resolver=..., name=...)`` whose resolver takes
    the core object as ``root``. Fields appear only in the schemas of districts that
    enable this plugin.

    Returns:
        ``{CoreType: [field, ...]}``.
    """


@hookspec
def gridgov_query_fields() -> Sequence[StrawberryField]:  # type: ignore[empty-body]
    """Add root fields to ``Query``.

    Returns:
        Strawberry fields with their ``name`` set.
    """


@hookspec
def gridgov_mutation_fields() -> Sequence[StrawberryField]:  # type: ignore[empty-body]
    """Add root fields to ``Mutation``.

    A mutation takes one ``input`` and returns a payload with the object and a list
    of :class:`core.graphql.errors.UserError`; invalid input writes nothing.

    Returns:
        Strawberry fields with their ``name`` set.
    """


@hookspec
def gridgov_subscription_fields() -> Sequence[StrawberryField]:  # type: ignore[empty-body]
    """Add root fields to ``Subscription``.

    Returns:
        Strawberry fields whose resolvers are async generators.
    """


@hookspec
def gridgov_loaders() -> Mapping[str, Any]:  # type: ignore[empty-body]
    """Declare per-request loaders.

    Each value is a factory called with the request's
    :class:`core.graphql.context.Context` the first time a resolver asks for
    ``info.context.loader(name)`` in a request, and must return a
    ``strawberry.dataloader.DataLoader``; the instance lives for that request.

    Returns:
        ``{"<plugin>.<loader>": factory}``.
    """


@hookspec
def gridgov_organisation_kinds() -> Sequence[OrganisationKind]:  # type: ignore[empty-body]
    """Introduce organisation kinds, e.g. an estate party branch.

    They join the ``OrganisationKind`` enum (shown only where the plugin is
    enabled) and their parent and anchor rules are enforced by core mutations.

    Returns:
        :class:`core.kinds.OrganisationKind` values.
    """


@hookspec
def gridgov_post_roles() -> Sequence[PostRole]:  # type: ignore[empty-body]
    """Introduce post roles, e.g. a party-affairs manager in a property company.

    Returns:
        :class:`core.kinds.PostRole` values.
    """


@hookspec
def gridgov_permissions() -> Sequence[Permission]:  # type: ignore[empty-body]
    """Declare the permissions this plugin defines, and the mutations each guards.

    Names start with the plugin's name (``red_property.assess``). Each permission
    lists the roles that hold it (administrators hold all) and the plugin's
    mutation fields that require it; every mutation the plugin adds must be listed
    under exactly one permission, or the schema does not build. Core refuses a
    mutation the viewer's role lacks the permission for before any resolver runs.

    Returns:
        :class:`core.contract.Permission` values.
    """


@hookspec
def gridgov_scopes() -> Mapping[type[Base], Any]:  # type: ignore[empty-body]
    """Say how each of this plugin's models lies in the places a role is granted at.

    A street's staff, a community's staff and a grid worker see only what lies in
    their scope (:mod:`core.access`). For each model give the column linking it to
    a core model or to another scoped model (``RedPropertyService.estate_id``), or
    ``None`` for district-wide data anyone in the district may read and only the
    district's administrators may change (vocabularies, settings). Every model the
    plugin declares in ``gridgov_models`` must appear, or the plugin does not load.

    Core applies the scope to ``node(id:)``, to every ``paginate`` list and to
    ``Check.load``; a plugin's own queries add ``context.scope.visible(Model)``
    (reads) or ``context.scope.inside(Model)`` (writes), each None when the viewer
    sees the whole district.

    Returns:
        ``{model: linking column or None}``.
    """


@hookspec
def gridgov_archive_rules() -> Mapping[Any, ArchiveRule]:  # type: ignore[empty-body]
    """Say what archiving an object does to the rows of this plugin's tables that point at it.

    Core's ``archive`` refuses while live rows point at the object, so that nothing
    live hangs from something archived. Declare, per foreign-key column of the
    plugin's own models, :class:`core.contract.ArchiveRule` ``CASCADE`` for parts
    archived and restored with the object, ``KEEP`` for history that must never
    block (or rather keep such tables without ``archived_at``: a log table, see
    plugins/README.md), or ``BLOCK`` to make even a log's rows block. Undeclared
    columns block when their table has ``archived_at`` and keep otherwise. Rules
    hold in every district, whether or not it enables the plugin.

    ``restore`` brings back the rows archived with the object through ``CASCADE``
    (those with its very ``archived_at``), and refuses while the object points
    at an archived row through a column that does not keep.

    Returns:
        ``{Model.foreign_key_column: ArchiveRule}``.
    """


@hookspec
def gridgov_check_restore(restore: Restore) -> Awaitable[None]:  # type: ignore[empty-body]
    """Check that rows of this plugin's models may be restored, with typed errors.

    Called by core's ``restore`` for each of the plugin's models among the rows it
    would bring back (the object and those archived with it), before anything is
    written. A rule the database enforces only among live rows (a partial unique
    index), or one the mutations enforce, can refuse a restore here with
    ``DUPLICATE``; otherwise the database refuses at commit and the client gets
    ``CONFLICT``.

    Args:
        restore: The mutation's ``Check``, the model and its rows.

    Returns:
        An awaitable; add errors to ``restore.check`` to refuse.
    """


@hookspec
def gridgov_indicators(context: IndicatorContext) -> Awaitable[Sequence[Indicator]]:  # type: ignore[empty-body]
    """Compute this plugin's figures for ``District.indicators``.

    Called only for districts that enable the plugin. Keys start with the plugin's
    name. Compute with a fixed number of SQL statements, whatever the data size.

    Args:
        context: The district and a database session.

    Returns:
        An awaitable of :class:`core.contract.Indicator` values.
    """


@hookspec
def gridgov_venues(context: VenueContext) -> Awaitable[Sequence[PlaceVenue]]:  # type: ignore[empty-body]
    """Report the venues this plugin records on estates.

    Lets a programme such as Six Haves count another programme's council halls as
    "a place to deliberate" without importing it. Called only for plugins the
    district has enabled.

    Args:
        context: The district, the estates asked about and a database session.

    Returns:
        An awaitable of :class:`core.contract.PlaceVenue` values.
    """


@hookspec
def gridgov_service_needs(context: NeedContext) -> Awaitable[Sequence[ServiceNeed]]:  # type: ignore[empty-body]
    """Report the residents' service needs this plugin records (a community's needs list).

    Lets another programme's people claim and answer them — a dual-report party
    member's volunteer service answering a need the community posted — without
    importing this plugin. Answer for the needs ``context.need_ids`` names (ignoring
    Global IDs of types this plugin does not record) and for every need of
    ``context.community_ids``, in the district only, archived needs never. Called
    only for plugins the district has enabled: a disabled programme's needs are
    unknown until it is enabled again.

    Args:
        context: The district, the needs or communities asked about and a session.

    Returns:
        An awaitable of :class:`core.contract.ServiceNeed` values.
    """


@hookspec
def gridgov_need_responses(context: NeedContext) -> Awaitable[Sequence[NeedResponse]]:  # type: ignore[empty-body]
    """Report what this plugin recorded in answer to needs other programmes report.

    The other direction of ``gridgov_service_needs``: the programme that posted the
    needs shows, on each, how many people claimed it and how many services (and
    hours) answered it, without importing the programme that recorded them. Answer
    for ``context.need_ids`` only, counting live records; leave out needs with
    nothing recorded. Called only for plugins the district has enabled.

    Args:
        context: The district, the needs asked about (by Global ID) and a session.

    Returns:
        An awaitable of :class:`core.contract.NeedResponse` values.
    """


@hookspec
async def gridgov_example_data(example: ExampleContext) -> None:
    """Add this plugin's example data to a district.

    Called by ``gridgov load-example NAME`` after core's data and the data of the
    plugins this one requires, for the plugins the example district enables; and by
    ``gridgov plugins load-example PLUGIN --district CODE`` for one plugin in a district
    loaded before (its required plugins' data first, if they have none there yet).
    Read the district's places and people from the database, not from
    ``example.shared``, which only a whole district's load fills. Must be
    deterministic: draw randomness from ``example.random``.

    Args:
        example: The district being loaded, a session, the figures and helpers.
    """


@hookspec
def gridgov_example_figures(district_code: str) -> Mapping[str, Any] | None:
    """Give the figures this plugin's example data is made from, for one district.

    This is how a plugin ships its example figures: ``gridgov_example_data`` gets them
    as ``example.figures`` unless something more specific is given — ``--figures FILE``
    of ``gridgov plugins load-example``, or a ``[plugins.<name>]`` section in the
    example district's file under gridgov's ``examples/districts/``. Keep them in the
    plugin (a dict in ``examples.py``, or a TOML file in the package read with
    ``importlib.resources``), so its example data loads into any district without
    editing gridgov's files.

    Args:
        district_code: The district being loaded: an example district (``320902``
            Tinghu, ``320903`` Yandu) or any other.

    Returns:
        The figures (TOML-like values), or None for none (the loader's defaults).
    """


@hookspec
def gridgov_registers() -> Sequence[Register]:  # type: ignore[empty-body]
    """Declare registers (台账) of this plugin's data that districts keep in spreadsheets.

    Each :class:`core.registers.base.Register` names its columns (a Chinese header
    and an English key each), its natural key and two functions: ``load`` checks one
    :class:`core.registers.base.Batch` of rows, refusing bad ones with
    ``batch.refuse(row, column, UserErrorCode..., message)`` (the codes of the
    plugin's mutations), and writes the good ones in ``batch.session``, counting them
    (``batch.created``/``updated``/``unchanged``); ``rows`` yields the district's live
    rows as ``{column key: text}``, in a stable order, reading only what
    ``context.scope.visible(Model)`` allows. ``gridgov templates`` writes the blank
    template, ``gridgov import FILE --kind KIND`` and ``gridgov export --kind KIND`` use
    it; the whole file is one transaction, rolled back if any row is refused.

    Returns:
        Registers whose ``kind`` starts with ``<plugin>.``.
    """


@hookspec
def gridgov_settings() -> type:  # type: ignore[empty-body]
    """Declare this plugin's settings as a frozen dataclass with typed defaults.

    Values come from environment variables ``GRIDGOV_<PLUGIN>__<FIELD>`` (upper
    case); the manager converts and validates them at start and fails naming the
    plugin and setting. Read them with ``manager.settings("<plugin>")``.

    Returns:
        The dataclass type.
    """


@hookspec
def gridgov_field_costs() -> Mapping[str, int]:  # type: ignore[empty-body]
    """Give the query cost of this plugin's expensive fields.

    Keys are ``"Type.field"`` in GraphQL names; fields not listed cost 1. A
    connection's cost is multiplied by its ``first``.

    Returns:
        ``{"Estate.starRating": 2}``.
    """


@hookspec
def gridgov_sql_forms() -> Mapping[str, SqlForm]:  # type: ignore[empty-body]
    """Declare how this plugin's fields read in SQL, so queries using them compile.

    A query is answered by one SQL statement returning its JSON
    (:mod:`core.graphql.compile`) as far as its fields have an SQL form; a field
    without one is answered by its resolver, for its own subtree, fed the parent's
    id. Fields without a resolver reading a column of the same name need no
    declaration. Declare only what the resolver does exactly, district and scope
    conditions aside (the compiler adds them as :func:`core.graphql.pagination.paginate`
    and :func:`core.graphql.node.load_node` do); leave to the resolver fields that
    write (audited reveals), compute in Python or answer FORBIDDEN with null.

    Keys are ``"Type.field"`` in GraphQL names; the forms are in
    :mod:`core.graphql.compile.forms`: ``Column(name)``, ``Relation(model, column)``
    (a to-one link), ``Paged(source, arguments)`` (a connection; ``arguments``
    validates the field's arguments with the resolver's own ``page_of`` and filters),
    ``Count(source)``, ``Latest(source, order, where)`` (the last row under the
    parent, as a loader keeping one row per parent reads it; a condition on today
    reads :func:`core.clock.today_in_sql`) and ``Either(choices)`` (a union's member
    named by the first of the parent's columns set).

    Returns:
        ``{"Estate.redPropertyVenues": Paged(VENUES_OF_ESTATE, venue_paging)}``.
    """
