"""Hand-written asyncpg equivalents of the benchmarked GraphQL queries.

Each function answers one GraphQL operation with the body the GraphQL endpoint sends
(``{"data": ...}``), the way a careful hand-written service would: one SQL statement
per request where it can, JSON assembled by PostgreSQL (``json_build_object`` and
``json_agg``), Global IDs, cursors and masking computed in SQL. The runner checks
that both answers parse to the same JSON before it times them.
"""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import orjson

from core.graphql.ids import parse_global_id


@dataclass
class Facts:
    """What the hand-written service knows besides the request.

    Attributes:
        district_id: Database id of the benchmarked district.
        indicator_labels: ``(key, label)`` of every figure of ``District.indicators``
            in order: static text a hand-written service keeps in its code.
    """

    district_id: int
    indicator_labels: list[tuple[str, str]] = field(default_factory=list)


Handwritten = Callable[[asyncpg.Connection, Facts, dict[str, Any]], Awaitable[bytes]]


# -- SQL building blocks -------------------------------------------------------------


def _b64(text_sql: str) -> str:
    """base64url without padding of a text expression (as Global IDs and cursors are)."""
    return (
        f"rtrim(translate(encode(convert_to({text_sql}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')"
    )


def gid(type_name: str, column: str) -> str:
    """The Global ID of a row of ``type_name``."""
    return _b64(f"'{type_name}:' || {column}")


def cursor(order: str, value: str, pk: str, *, text: bool = True) -> str:
    """A keyset cursor ``["order", value, pk]`` as :mod:`core.graphql.pagination` makes it."""
    rendered = f"to_json({value})::text" if text else f"{value}::text"
    return _b64(f"""'["{order}",' || {rendered} || ',' || {pk} || ']'""")


def mask(column: str) -> str:
    """Personal data masked like ``Person.phone``: first three and last four characters."""
    return (
        f"CASE WHEN {column} IS NULL THEN NULL"
        f" WHEN length({column}) <= 7 THEN repeat('*', length({column}))"
        f" ELSE left({column}, 3) || repeat('*', length({column}) - 7) || right({column}, 4) END"
    )


def mask_id(column: str) -> str:
    """An ID number masked like ``Person.idNumber``: its last four characters only."""
    return (
        f"CASE WHEN {column} IS NULL THEN NULL"
        f" ELSE repeat('*', greatest(length({column}) - 4, 0)) || right({column}, 4) END"
    )


def array(element: str, source: str, order: str) -> str:
    """A JSON array of ``element`` over ``source`` in ``order`` (``[]`` when empty)."""
    return f"coalesce((SELECT json_agg({element} ORDER BY {order}) FROM {source}), '[]')"


def live(alias: str) -> str:
    """Rows of the district, not archived (``$1`` is the district id)."""
    return f"{alias}.district_id = $1 AND {alias}.archived_at IS NULL"


TODAY = "((now() AT TIME ZONE 'UTC') + interval '8 hours')::date"
"""The districts' day (China Standard Time, as core.clock), whatever the server's zone."""


def current(column: str) -> str:
    """Periods not ended before today."""
    return f"({column} IS NULL OR {column} >= {TODAY})"


async def _body(connection: asyncpg.Connection, sql: str, *args: Any) -> bytes:
    data: str = await connection.fetchval(sql, *args)
    return b'{"data":' + data.encode() + b"}"


def _pk(global_id: str | None, type_name: str) -> int | None:
    if global_id is None:
        return None
    parsed = parse_global_id(global_id)
    if parsed is None or parsed[0] != type_name:
        raise ValueError(f"not a {type_name} ID: {global_id!r}")
    return parsed[1]


def _after(value: str | None) -> tuple[Any, int] | None:
    if value is None:
        return None
    raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    _, key, pk = json.loads(raw)
    return key, int(pk)


# -- District.indicators ---------------------------------------------------------------

_INDICATORS = f"""
SELECT 'core.streets', count(*) FROM street t WHERE {live("t")}
UNION ALL SELECT 'core.communities', count(*) FROM community t WHERE {live("t")}
UNION ALL SELECT 'core.estates', count(*) FROM estate t WHERE {live("t")}
UNION ALL SELECT 'core.households', count(*) FROM household t WHERE {live("t")}
UNION ALL SELECT 'core.people', count(*) FROM person t WHERE {live("t")}
UNION ALL SELECT 'core.grids.' || kind, count(*) FROM grid t WHERE {live("t")} GROUP BY kind
UNION ALL SELECT 'core.organisations.' || kind, count(*) FROM organisation t
  WHERE {live("t")} GROUP BY kind
UNION ALL SELECT 'core.posts.' || role, count(*) FROM post t
  WHERE {live("t")} AND {current("t.end_date")} GROUP BY role
UNION ALL SELECT 'core.secretaries.' || o.kind, count(*) FROM post t
  JOIN organisation o ON o.id = t.organisation_id
  WHERE {live("t")} AND t.role = 'secretary' AND {current("t.end_date")} GROUP BY o.kind
UNION ALL SELECT 'core.grid_workers.' || kind, count(*) FROM grid_assignment t
  WHERE {live("t")} AND {current("t.end_date")} GROUP BY kind
UNION ALL SELECT 'core.identities.' || kind, count(*) FROM identity t
  WHERE {live("t")} AND {current("t.until")} GROUP BY kind
"""

_RED_PROPERTY = f"""
UNION ALL SELECT 'red_property.sites.' || level, count(*) FROM red_property_site t
  WHERE {live("t")} GROUP BY level
UNION ALL SELECT 'red_property.' || kind || 's', count(*) FROM red_property_venue t
  WHERE {live("t")} GROUP BY kind
UNION ALL SELECT 'red_property.' || role || 's', count(*) FROM post t
  WHERE {live("t")} AND {current("t.end_date")}
    AND role IN ('owners_committee_seat', 'party_affairs_manager') GROUP BY role
UNION ALL SELECT 'red_property.co_governance_committees', count(*) FROM organisation t
  WHERE {live("t")} AND kind = 'co_governance_committee'
UNION ALL SELECT 'red_property.evaluation_sessions', count(*) FROM red_property_session t
  WHERE {live("t")}
UNION ALL SELECT 'red_property.households_reached', coalesce(sum(households_reached), 0)
  FROM red_property_session t WHERE {live("t")}
UNION ALL SELECT 'red_property.estates_served', count(DISTINCT estate_id)
  FROM red_property_service t
  WHERE {live("t")} AND start_date <= {TODAY} AND {current("end_date")}
"""

_WARM_STATIONS = f"""
UNION ALL SELECT 'warm_stations.stations', count(*) FROM warm_stations_station t
  WHERE {live("t")}
UNION ALL SELECT 'warm_stations.visits', count(*) FROM warm_stations_visit t
  WHERE t.district_id = $1
"""


def _grid_events() -> str:
    """The grid-events programme's figures (imported lazily: a plugin may be absent)."""
    from plugins.grid_events.domain import OPEN

    statuses = ", ".join(f"'{status.value}'" for status in sorted(OPEN))
    is_open = f"status IN ({statuses})"
    return f"""
UNION ALL SELECT figure.key, figure.value FROM (
  SELECT count(*) AS total,
    count(*) FILTER (WHERE {is_open}) AS open,
    count(*) FILTER (WHERE {is_open} AND due_at < now()) AS overdue,
    count(*) FILTER (WHERE resolved_at >= now() - interval '30 days') AS resolved_30d,
    count(*) FILTER (WHERE reported_at >= now() - interval '30 days') AS reported_30d,
    coalesce(round((percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_hours))::numeric, 1), 0)
      AS median,
    coalesce(round(avg(satisfaction), 2), 0) AS satisfaction
  FROM grid_events_event t WHERE {live("t")}) x
CROSS JOIN LATERAL (VALUES
  ('grid_events.total', x.total::float8), ('grid_events.open', x.open),
  ('grid_events.overdue', x.overdue), ('grid_events.resolved_30d', x.resolved_30d),
  ('grid_events.reported_30d', x.reported_30d),
  ('grid_events.median_hours_to_resolve', x.median),
  ('grid_events.satisfaction', x.satisfaction)) AS figure(key, value)
"""


_DUAL_REPORT = f"""
UNION ALL SELECT 'dual_report.registered', count(*) FROM dual_report_registration t
  WHERE {live("t")}
UNION ALL SELECT 'dual_report.services', count(*) FROM dual_report_service t WHERE {live("t")}
UNION ALL SELECT 'dual_report.hours', round(coalesce(sum(minutes), 0) / 60.0, 1)
  FROM dual_report_service t WHERE {live("t")}
UNION ALL SELECT 'dual_report.claims', count(*) FROM dual_report_claim t
  JOIN dual_report_registration r ON r.id = t.registration_id
  WHERE {live("t")} AND r.archived_at IS NULL
"""

_VENUES_FIGURES = f"""
UNION ALL SELECT 'venues.' || kind || 's', count(*) FROM venues_venue t
  WHERE {live("t")} GROUP BY kind
UNION ALL SELECT 'venues.function_sites.' || function || 's', count(*) FROM venues_venue t
  WHERE {live("t")} AND kind = 'function_site' GROUP BY function
UNION ALL SELECT figure.key, figure.value FROM (
  SELECT count(*) AS assets,
    count(*) FILTER (WHERE idle AND put_to_use_on IS NOT NULL) AS idle,
    round(coalesce(sum(area) FILTER (WHERE idle AND put_to_use_on IS NOT NULL), 0)::numeric, 1)
      AS area
  FROM venues_asset t WHERE {live("t")}) x
CROSS JOIN LATERAL (VALUES ('venues.assets', x.assets::numeric),
  ('venues.idle_put_to_use', x.idle), ('venues.idle_area_put_to_use', x.area))
  AS figure(key, value)
UNION ALL SELECT 'venues.bookings', count(*) FROM venues_booking t
  JOIN venues_asset a ON a.id = t.room_id WHERE {live("t")} AND a.archived_at IS NULL
"""

_WORKFORCE = f"""
UNION ALL SELECT 'workforce.courses', count(*) FROM workforce_course t WHERE {live("t")}
UNION ALL SELECT 'workforce.sessions', count(*) FROM workforce_session t WHERE {live("t")}
UNION ALL SELECT 'workforce.attendances', count(*) FROM workforce_attendance t
  WHERE t.district_id = $1
UNION ALL SELECT 'workforce.trained', count(DISTINCT person_id) FROM workforce_attendance t
  WHERE t.district_id = $1
UNION ALL SELECT 'workforce.certified', count(DISTINCT person_id) FROM workforce_certificate t
  WHERE {live("t")}
UNION ALL SELECT 'workforce.certified.' || level, count(DISTINCT person_id)
  FROM workforce_certificate t WHERE {live("t")} GROUP BY level
UNION ALL SELECT figure.key, figure.value FROM (
  SELECT (SELECT coalesce(sum(seats), 0) FROM workforce_quota t WHERE {live("t")}) AS seats,
    (SELECT count(*) FROM workforce_placement t WHERE {live("t")}) AS placed) x
CROSS JOIN LATERAL (VALUES ('workforce.seats', x.seats::numeric), ('workforce.placed', x.placed),
  ('workforce.vacancies', x.seats - x.placed)) AS figure(key, value)
UNION ALL SELECT 'workforce.promotions', count(*) FROM workforce_grading t
  JOIN workforce_placement p ON p.id = t.placement_id
  WHERE t.district_id = $1 AND t.since > p.placed_on
"""


def _four_beautiful() -> str:
    """The four-beautiful programme's figures (imported lazily: a plugin may be absent)."""
    from plugins.four_beautiful.domain import (
        BUILDING_HEAD,
        PARTY_BRANCHES,
        PARTY_VOLUNTEER,
        PROJECT_ORGANISATIONS,
        Beauty,
    )

    branches = ", ".join(f"'{kind}'" for kind in PARTY_BRANCHES)
    organisations = ", ".join(f"'{kind}'" for kind in PROJECT_ORGANISATIONS)
    # Each beauty's mean over every evaluation of every project's latest round.
    weighted = ", ".join(f"sum(a.{b.value} * a.n) / sum(a.n) AS {b.value}" for b in Beauty)
    scores = ", ".join(
        f"('four_beautiful.scores.{b.value}', round(coalesce(s.{b.value}, 0)::numeric, 2))"
        for b in Beauty
    )
    averages = ", ".join(f"avg(e.{b.value}_score) AS {b.value}" for b in Beauty)
    holders = " ".join(
        f"""UNION ALL SELECT 'four_beautiful.{key}', count(*) FROM (
  SELECT DISTINCT p.id, t.person_id FROM four_beautiful_project p
  JOIN organisation o ON o.estate_id = p.estate_id AND o.kind IN ({organisations})
  JOIN post t ON t.organisation_id = o.id
  WHERE p.district_id = $1 AND t.role = '{role}' AND {current("t.end_date")}
    AND t.archived_at IS NULL AND o.archived_at IS NULL) x"""
        for role, key in ((PARTY_VOLUNTEER, "party_volunteers"), (BUILDING_HEAD, "building_heads"))
    )
    return f"""
UNION ALL SELECT 'four_beautiful.' || kind || 'es', count(*) FROM organisation t
  WHERE {live("t")} AND kind IN ({branches}) GROUP BY kind
UNION ALL SELECT 'four_beautiful.projects', count(*) FROM four_beautiful_project t
  WHERE {live("t")}
UNION ALL SELECT 'four_beautiful.projects.' || stage, count(*) FROM four_beautiful_project t
  WHERE {live("t")} GROUP BY stage
UNION ALL SELECT figure.key, figure.value FROM (SELECT {weighted} FROM (
  SELECT e.project_id, count(*) AS n, {averages}
  FROM four_beautiful_evaluation e
  JOIN (SELECT project_id, max(round) AS round FROM four_beautiful_evaluation
        WHERE archived_at IS NULL GROUP BY project_id) latest
    ON latest.project_id = e.project_id AND latest.round = e.round
  WHERE e.archived_at IS NULL AND e.district_id = $1 GROUP BY e.project_id) a) s
CROSS JOIN LATERAL (VALUES {scores}) AS figure(key, value)
UNION ALL SELECT 'four_beautiful.demonstration_estates', count(DISTINCT project_id)
  FROM four_beautiful_outcome t WHERE {live("t")} AND kind = 'demonstration_estate'
{holders}
UNION ALL SELECT 'four_beautiful.reach.' || capacity, count(DISTINCT person_id)
  FROM four_beautiful_participation t WHERE {live("t")} GROUP BY capacity
"""


def _service_projects() -> str:
    """The service-projects programme's figures (imported lazily: a plugin may be absent)."""
    from plugins.service_projects.domain import Settings

    # The fund a community holds unless the district set another: the setting's default,
    # which the bench does not change.
    fund = Settings().party_service_fund
    year = f"extract(year FROM {TODAY})::int"
    return f"""
UNION ALL SELECT figure.key, figure.value FROM (
  SELECT count(*) AS projects, count(*) FILTER (WHERE kind = 'secretary') AS secretary,
    count(*) FILTER (WHERE kind = 'service') AS service, coalesce(sum(budget), 0) AS budget
  FROM service_projects_project t WHERE {live("t")} AND t.year = {year}) x
CROSS JOIN LATERAL (VALUES ('service_projects.projects', x.projects::numeric),
  ('service_projects.projects.secretary', x.secretary),
  ('service_projects.projects.service', x.service),
  ('service_projects.budget', x.budget)) AS figure(key, value)
UNION ALL SELECT figure.key, figure.value FROM (
  SELECT coalesce(sum(s.amount), 0) AS spent,
    coalesce(sum(s.amount) FILTER (WHERE s.source = 'party_service_fund'), 0) AS fund
  FROM service_projects_spending s JOIN service_projects_project t ON t.id = s.project_id
  WHERE {live("t")} AND t.year = {year} AND s.archived_at IS NULL) x
CROSS JOIN LATERAL (VALUES ('service_projects.spent', x.spent::numeric),
  ('service_projects.party_service_funds.spent', x.fund)) AS figure(key, value)
UNION ALL SELECT 'service_projects.party_service_funds', coalesce(sum(coalesce(f.amount, {fund})), 0)
  FROM community t LEFT JOIN service_projects_fund f
    ON f.community_id = t.id AND f.year = {year} AND f.archived_at IS NULL
  WHERE {live("t")}
UNION ALL SELECT 'service_projects.needs.' || status, count(*) FROM service_projects_need t
  WHERE {live("t")} GROUP BY status
UNION ALL SELECT 'service_projects.resources', count(*) FROM service_projects_resource t
  WHERE {live("t")}
UNION ALL SELECT figure.key, figure.value FROM (
  SELECT count(*) AS evaluated, round(coalesce(avg(r.score), 0), 1) AS average
  FROM service_projects_report r JOIN service_projects_project t ON t.id = r.project_id
  WHERE {live("t")} AND t.year = {year} - 1 AND r.kind = 'yearly_evaluation'
    AND r.archived_at IS NULL) x
CROSS JOIN LATERAL (VALUES ('service_projects.evaluations', x.evaluated::numeric),
  ('service_projects.evaluations.average_score', x.average)) AS figure(key, value)
-- The reports each live project owes under the district's cycle (domain.owed).
UNION ALL SELECT 'service_projects.reports.overdue', count(*)
  FROM (SELECT * FROM service_projects_cycle t WHERE {live("t")} LIMIT 1) c
  JOIN service_projects_project t ON {live("t")}
  CROSS JOIN LATERAL (VALUES ('monthly_report', 12, c.monthly_reports),
    ('half_year_check', 2, c.half_year_checks), ('yearly_evaluation', 1, c.yearly_evaluation))
    AS k(kind, periods, asked)
  CROSS JOIN LATERAL generate_series(1, k.periods) AS n(period)
  CROSS JOIN LATERAL (SELECT
    CASE k.kind WHEN 'monthly_report' THEN n.period WHEN 'half_year_check' THEN 6 * n.period - 5
      ELSE 1 END AS first_month,
    CASE k.kind WHEN 'monthly_report' THEN n.period WHEN 'half_year_check' THEN 6 * n.period
      ELSE 12 END AS last_month) m
  CROSS JOIN LATERAL (SELECT make_date(t.year, m.first_month, 1) AS starts,
    (make_date(t.year, m.last_month, 1) + interval '1 month' - interval '1 day')::date AS ends) p
  WHERE k.asked
    AND p.ends >= c.since AND p.ends + c.due_days < {TODAY}
    AND p.starts <= coalesce(t.ends_on, make_date(t.year, 12, 31)) AND p.ends >= t.started_on
    AND NOT EXISTS (SELECT 1 FROM service_projects_report r WHERE r.project_id = t.id
      AND r.archived_at IS NULL AND r.kind = k.kind AND r.period = n.period)
"""


@functools.cache
def _managing_kinds() -> tuple[tuple[str, str], ...]:
    """``(kind, owner)`` of the organisation kinds that may satisfy Six Haves' "organisation".

    Static knowledge from the code (what each kind declares), as six_haves.domain
    reads it; whether the owner is enabled is checked in SQL.
    """
    from core.contract import CORE
    from core.kinds import PARTY_COMMITTEES
    from core.plugins import PluginManager

    kinds = PluginManager().contributions.organisation_kinds
    found = {(kind, CORE) for kind in PARTY_COMMITTEES}
    found |= {(k, o.owner) for k, o in kinds.items() if o.value.party or o.value.acts_for_owners}
    return tuple(sorted(found))


def _six_haves(wanted: set[str]) -> str:
    """The Six Haves figures: every live estate assessed as of today, as six_haves.assessment.

    Each have is the set of estates having it, found over the whole district at once.
    """
    from core.contract import CORE
    from plugins.six_haves.domain import Have, Settings

    settings = Settings()
    managing = ", ".join(f"('{kind}', '{owner}')" for kind, owner in _managing_kinds())
    enabled = "(SELECT plugin FROM district_plugin WHERE district_id = $1)"
    year = f"extract(year FROM {TODAY})::int"
    places = [
        f"""SELECT v.estate_id FROM six_haves_venue v WHERE {live("v")} AND v.deliberation
    AND (v.opened_on IS NULL OR v.opened_on <= {TODAY})"""
    ]
    if "red_property" in wanted:
        places.append(
            f"""SELECT v.estate_id FROM red_property_venue v WHERE {live("v")}
    AND v.kind = 'council_hall' AND v.opened_on <= {TODAY} AND 'red_property' IN {enabled}"""
        )
    if "venues" in wanted:
        places.append(
            f"""SELECT v.estate_id FROM venues_venue v WHERE {live("v")}
    AND v.opened_on <= {TODAY} AND 'venues' IN {enabled} AND (v.kind = 'service_centre'
      OR EXISTS (SELECT 1 FROM venues_service s WHERE s.venue_id = v.id
        AND s.service = 'deliberation' AND s.archived_at IS NULL))"""
        )
    has = {
        Have.ORGANISATION: f"""SELECT o.estate_id FROM organisation o WHERE {live("o")}
    AND o.kind IN (SELECT m.kind FROM (VALUES {managing}) AS m(kind, owner)
                   WHERE m.owner = '{CORE}' OR m.owner IN {enabled})""",
        Have.PEOPLE: f"""SELECT estate FROM working GROUP BY estate
    HAVING count(DISTINCT person_id) >= {settings.people_minimum}""",
        Have.PLACE: "\n  UNION ALL ".join(places),
        Have.RULES: f"""SELECT r.estate_id FROM six_haves_rule r WHERE {live("r")}
    AND r.adopted_on <= {TODAY} AND (r.repealed_on IS NULL OR r.repealed_on > {TODAY})""",
        Have.FUNDS: f"""SELECT f.estate_id FROM six_haves_fund f WHERE {live("f")}
    AND f.year BETWEEN {year} - {settings.funds_years - 1} AND {year}""",
        # Buildings, each in a live micro-grid, and someone working each of those today.
        Have.NETWORK: """SELECT b.estate_id FROM building b
    LEFT JOIN covering c ON c.grid_id = b.grid_id AND c.estate_id = b.estate_id
    WHERE b.district_id = $1 AND b.archived_at IS NULL GROUP BY b.estate_id
    HAVING bool_and(c.kind = 'micro' IS TRUE) AND bool_and(c.kind <> 'micro' OR c.staffed)""",
    }
    columns = ", ".join(
        f"e.id IN (SELECT estate_id FROM has_{have.value}) AS {have.value}" for have in Have
    )
    every = " AND ".join(f"a.{have.value}" for have in Have)
    counts = ", ".join(f"count(*) FILTER (WHERE a.{have.value}) AS {have.value}" for have in Have)
    figures = ", ".join(f"('six_haves.have.{have.value}', x.{have.value})" for have in Have)
    ctes = ",\n".join(f"has_{have.value}(estate_id) AS ({sql})" for have, sql in has.items())
    return f"""
UNION ALL SELECT figure.key, figure.value FROM (
  WITH covering AS (
    -- The live grids each estate's live buildings lie in, and whether someone works them.
    SELECT DISTINCT b.estate_id, g.id AS grid_id, g.kind, EXISTS (
        SELECT 1 FROM grid_assignment a WHERE a.grid_id = g.id AND {live("a")}
          AND a.start_date <= {TODAY} AND {current("a.end_date")}) AS staffed
    FROM building b JOIN grid g ON g.id = b.grid_id AND g.archived_at IS NULL
    WHERE {live("b")}),
  working(estate, person_id) AS (
    SELECT coalesce(o.estate_id, b.estate_id), p.person_id
    FROM post p JOIN organisation o ON o.id = p.organisation_id
      LEFT JOIN building b ON b.id = o.building_id
    WHERE {live("p")} AND o.archived_at IS NULL
      AND p.start_date <= {TODAY} AND {current("p.end_date")}
      AND (o.estate_id IS NOT NULL OR b.archived_at IS NULL)
    UNION ALL SELECT c.estate_id, a.person_id FROM covering c
      JOIN grid_assignment a ON a.grid_id = c.grid_id
    WHERE {live("a")} AND a.start_date <= {TODAY} AND {current("a.end_date")}
    UNION ALL SELECT b.estate_id, i.person_id FROM identity i
      JOIN person pe ON pe.id = i.person_id JOIN household h ON h.id = pe.household_id
      JOIN building b ON b.id = h.building_id
    WHERE {live("i")} AND i.kind IN ('volunteer', 'community_worker')
      AND i.since <= {TODAY} AND {current("i.until")} AND pe.archived_at IS NULL
      AND h.archived_at IS NULL AND b.archived_at IS NULL),
{ctes}
  SELECT count(*) AS assessed, count(*) FILTER (WHERE {every}) AS all_six, {counts}
  FROM (SELECT {columns} FROM estate e WHERE {live("e")}) a) x
CROSS JOIN LATERAL (VALUES ('six_haves.estates_assessed', x.assessed::numeric),
  ('six_haves.estates_all_six', x.all_six), {figures}) AS figure(key, value)
"""


_PROGRAMMES: dict[str, Callable[[set[str]], str]] = {
    "red_property": lambda _: _RED_PROPERTY,
    "warm_stations": lambda _: _WARM_STATIONS,
    "grid_events": lambda _: _grid_events(),
    "dual_report": lambda _: _DUAL_REPORT,
    "venues": lambda _: _VENUES_FIGURES,
    "workforce": lambda _: _WORKFORCE,
    "four_beautiful": lambda _: _four_beautiful(),
    "service_projects": lambda _: _service_projects(),
    "six_haves": _six_haves,
}
"""Each programme's figures, by plugin name, given the programmes with figures."""

FRACTIONS = (
    "dual_report.hours",
    "four_beautiful.scores.",
    "grid_events.median_hours_to_resolve",
    "grid_events.satisfaction",
    "service_projects.evaluations.average_score",
    "venues.idle_area_put_to_use",
)
"""Figures that are not counts (``Indicator.count`` is null), by key or key prefix."""


async def indicator_values(
    connection: asyncpg.Connection, facts: Facts, *, count: bool = False
) -> list[dict[str, Any]]:
    """``District.indicators``: every figure counted in one statement, labels from code.

    ``count``: with ``count``, the figure as an integer when it is one (counts).
    """
    wanted = {key.split(".", 1)[0] for key, _ in facts.indicator_labels}
    sql = _INDICATORS + "".join(
        part(wanted) for plugin, part in _PROGRAMMES.items() if plugin in wanted
    )
    values = dict(await connection.fetch(sql, facts.district_id))
    found = []
    for key, label in facts.indicator_labels:
        # A group without rows (a kind nobody holds) counts 0; a programme missing from
        # _PROGRAMMES shows up as a difference in the report.
        value = values.get(key, 0)
        whole = not any(key.startswith(prefix) for prefix in FRACTIONS)
        figure = {"key": key, "label": label, "value": float(value)}
        if count:
            figure["count"] = int(value) if whole else None
        found.append(figure)
    return found


async def indicators(connection: asyncpg.Connection, facts: Facts, _: dict[str, Any]) -> bytes:
    """``{ district { indicators { key label value } } }``."""
    found = await indicator_values(connection, facts)
    return orjson.dumps({"data": {"district": {"indicators": found}}})


# -- examples/queries ------------------------------------------------------------------

_STREETS = f"""
SELECT json_build_object(
  'id', {gid("District", "d.id")},
  'code', d.code,
  'name', d.name,
  'enabledPlugins', {array("p.plugin", "district_plugin p WHERE p.district_id = d.id", "p.plugin")},
  'streets', json_build_object(
    'totalCount', (SELECT count(*) FROM street t WHERE {live("t")}),
    'nodes', {
    array(
        f"json_build_object('id', {gid('Street', 's.id')}, 'code', s.code, 'name', s.name,"
        " 'kind', upper(s.kind),"
        " 'communities', json_build_object('totalCount',"
        f" (SELECT count(*) FROM community c WHERE c.street_id = s.id AND {live('c')})))",
        f"(SELECT * FROM street t WHERE {live('t')} ORDER BY code, id LIMIT 10) s",
        "s.code, s.id",
    )
}))
FROM district d WHERE d.id = $1
"""


async def district_overview(
    connection: asyncpg.Connection, facts: Facts, _: dict[str, Any]
) -> bytes:
    """examples/queries/district_overview.graphql: two statements (streets, figures)."""
    district = orjson.loads(await connection.fetchval(_STREETS, facts.district_id))
    district["indicators"] = await indicator_values(connection, facts, count=True)
    return orjson.dumps({"data": {"district": district}})


def _anchor(alias: str, household: str, grid: str) -> str:
    """``anchor { ... on Household {household} ... on Grid {grid} }`` of an organisation."""
    anchors = ("street", "community", "grid", "estate", "building", "household")
    chosen = {"household": household, "grid": grid}
    cases = " ".join(
        f"WHEN {alias}.{anchor}_id IS NOT NULL THEN {chosen.get(anchor, 'json_build_object()')}"
        for anchor in anchors
    )
    return f"CASE {cases} END"


_HOUSEHOLD_ANCHOR = f"""(SELECT json_build_object('id', {gid("Household", "h.id")},
    'doorNumber', h.door_number, 'building', json_build_object('id', {gid("Building", "b.id")},
    'number', b.number, 'estate', json_build_object('id', {gid("Estate", "e.id")}, 'name', e.name)))
  FROM household h JOIN building b ON b.id = h.building_id
  JOIN estate e ON e.id = b.estate_id WHERE h.id = o.household_id)"""
_GRID_ANCHOR = f"""(SELECT json_build_object('id', {gid("Grid", "g.id")}, 'code', g.code,
  'kind', upper(g.kind))
  FROM grid g WHERE g.id = o2.grid_id)"""
_BRANCH_POSTS = array(
    f"json_build_object('id', {gid('Post', 'p.id')}, 'role', upper(p.role), 'person',"
    f" json_build_object('id', {gid('Person', 'pp.id')}, 'name', pp.name))",
    f"(SELECT * FROM post t WHERE t.organisation_id = o2.id AND {live('t')}"
    f" AND {current('t.end_date')} ORDER BY id LIMIT 3) p JOIN person pp ON pp.id = p.person_id",
    "p.id",
)
_CENTRAL_HOUSEHOLD = f"""json_build_object(
  'id', {gid("Organisation", "o.id")}, 'kind', upper(o.kind), 'name', o.name,
  'anchor', {_anchor("o", _HOUSEHOLD_ANCHOR, "json_build_object()")},
  'parent', CASE WHEN o1.id IS NULL THEN NULL ELSE json_build_object(
    'id', {gid("Organisation", "o1.id")}, 'kind', upper(o1.kind), 'name', o1.name,
    'parent', CASE WHEN o2.id IS NULL THEN NULL ELSE json_build_object(
      'id', {gid("Organisation", "o2.id")}, 'kind', upper(o2.kind), 'name', o2.name,
      'anchor', {_anchor("o2", "json_build_object()", _GRID_ANCHOR)},
      'posts', json_build_object('nodes', {_BRANCH_POSTS}),
      'parent', CASE WHEN o3.id IS NULL THEN NULL ELSE json_build_object(
        'id', {gid("Organisation", "o3.id")}, 'kind', upper(o3.kind), 'name', o3.name,
        'parent', CASE WHEN o4.id IS NULL THEN NULL ELSE json_build_object(
          'id', {gid("Organisation", "o4.id")}, 'kind', upper(o4.kind), 'name', o4.name) END) END) END) END)"""
_CHAIN = """page o
  LEFT JOIN organisation o1 ON o1.id = o.parent_id AND o1.district_id = $1
  LEFT JOIN organisation o2 ON o2.id = o1.parent_id AND o2.district_id = $1
  LEFT JOIN organisation o3 ON o3.id = o2.parent_id AND o3.district_id = $1
  LEFT JOIN organisation o4 ON o4.id = o3.parent_id AND o4.district_id = $1"""

_FIVE_LEVELS = f"""
WITH page AS (
  SELECT * FROM organisation t
  WHERE {live("t")} AND kind = 'party_member_household' ORDER BY name, id LIMIT 3
)
SELECT json_build_object('district', json_build_object(
  'id', {gid("District", "$1::int")}, 'organisations', json_build_object(
  'totalCount', (SELECT count(*) FROM organisation t
                 WHERE {live("t")} AND kind = 'party_member_household'),
  'nodes', {array(_CENTRAL_HOUSEHOLD, _CHAIN, "o.name, o.id")})))
"""


async def five_levels(connection: asyncpg.Connection, facts: Facts, _: dict[str, Any]) -> bytes:
    """examples/queries/five_level_organisation.graphql."""
    return await _body(connection, _FIVE_LEVELS, facts.district_id)


def _members(household: str, first: str, *, full: bool = False) -> str:
    # birthDate is null unless revealed (Person.birthDate). CommunityHouseholds (full)
    # selects no id.
    extra = ", 'birthDate', NULL, 'idNumber', " + mask_id("m.id_number") if full else ""
    id_ = "" if full else f"'id', {gid('Person', 'm.id')}, "
    return array(
        f"json_build_object({id_}'name', m.name,"
        " 'gender', upper(m.gender),"
        f" 'phone', {mask('m.phone')}{extra})",
        f"(SELECT * FROM person t WHERE t.household_id = {household} AND {live('t')}"
        f" ORDER BY name, id LIMIT {first}) m",
        "m.name, m.id",
    )


_COMPREHENSIVE = f"""
  FROM grid t WHERE {live("t")} AND kind = 'comprehensive'
    AND ($3::int IS NULL OR t.community_id = $3)"""
_HOUSEHOLD = (
    f"json_build_object('id', {gid('Household', 'h.id')}, 'doorNumber', h.door_number, 'members',"
    f" json_build_object('nodes', {_members('h.id', '10')}))"
)
_BUILDING = f"""json_build_object('id', {gid("Building", "b.id")}, 'number', b.number,
  'estate', json_build_object('id', {gid("Estate", "e.id")}, 'name', e.name),
  'households', json_build_object('nodes', {
    array(
        _HOUSEHOLD,
        f"(SELECT * FROM household t WHERE t.building_id = b.id AND {live('t')}"
        " ORDER BY door_number, id LIMIT $2) h",
        "h.door_number, h.id",
    )
}))"""
_SUB_GRID = f"""json_build_object('id', {gid("Grid", "sg.id")}, 'code', sg.code,
  'buildings', json_build_object('nodes', {
    array(
        _BUILDING,
        f"(SELECT * FROM building t WHERE t.grid_id = sg.id AND {live('t')}"
        " ORDER BY number, id LIMIT $2) b JOIN estate e ON e.id = b.estate_id",
        "b.number, b.id",
    )
}))"""
_ASSIGNMENTS = array(
    f"json_build_object('id', {gid('GridAssignment', 'a.id')}, 'kind', upper(a.kind), 'person',"
    f" json_build_object('id', {gid('Person', 'p.id')}, 'name', p.name,"
    f" 'phone', {mask('p.phone')}))",
    f"(SELECT * FROM grid_assignment t WHERE t.grid_id = g.id AND {live('t')}"
    f" AND {current('t.end_date')} ORDER BY id LIMIT 5) a JOIN person p ON p.id = a.person_id",
    "a.id",
)
_SUB_GRIDS = array(
    _SUB_GRID,
    f"(SELECT * FROM grid t WHERE t.parent_id = g.id AND {live('t')}"
    " ORDER BY code, id LIMIT $2) sg",
    "sg.code, sg.id",
)
_DRILLED_GRID = f"""json_build_object(
  'id', {gid("Grid", "g.id")}, 'code', g.code, 'name', g.name,
  'community', (SELECT json_build_object('id', {gid("Community", "c.id")}, 'name', c.name,
                  'street', json_build_object('id', {gid("Street", "s.id")}, 'name', s.name))
                FROM community c JOIN street s ON s.id = c.street_id WHERE c.id = g.community_id),
  'assignments', json_build_object('nodes', {_ASSIGNMENTS}),
  'subGrids', json_build_object('nodes', {_SUB_GRIDS}))"""

_GRID_DRILL_DOWN = f"""
WITH page AS (
  SELECT t.*, row_number() OVER (ORDER BY code, id) AS rn {_COMPREHENSIVE}
  ORDER BY code, id LIMIT $2 + 1
)
SELECT json_build_object('district', json_build_object(
  'id', {gid("District", "$1::int")}, 'grids', json_build_object(
  'totalCount', (SELECT count(*) {_COMPREHENSIVE}),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) FROM page) > $2,
    'endCursor', (SELECT {cursor("code", "g.code", "g.id")} FROM page g
                  WHERE g.rn = least($2, (SELECT count(*) FROM page)))),
  'nodes', {array(_DRILLED_GRID, "page g WHERE g.rn <= $2", "g.rn")})))
"""


async def grid_drill_down(
    connection: asyncpg.Connection, facts: Facts, variables: dict[str, Any]
) -> bytes:
    """examples/queries/grid_drill_down.graphql."""
    first = variables.get("first", 5)
    community = _pk(variables.get("community"), "Community")
    return await _body(connection, _GRID_DRILL_DOWN, facts.district_id, first, community)


_IN_SERVICE = f"""
  FROM person t WHERE {live("t")} AND t.id IN (
    SELECT person_id FROM identity
    WHERE kind = 'in_service_party_member' AND {current("until")})"""
_BRANCH = f"""(SELECT json_build_object('id', {gid("Organisation", "o.id")}, 'name', o.name,
  'anchor', {
    _anchor(
        "o",
        "json_build_object()",
        f"(SELECT json_build_object('id', {gid('Grid', 'g.id')}, 'code', g.code)"
        " FROM grid g WHERE g.id = o.grid_id)",
    )
}) FROM organisation o WHERE o.id = i.organisation_id AND o.district_id = $1)"""
_IDENTITIES = array(
    f"json_build_object('id', {gid('Identity', 'i.id')}, 'kind', upper(i.kind),"
    f" 'since', i.since, 'organisation', {_BRANCH})",
    f"(SELECT * FROM identity t WHERE t.person_id = p.id AND {live('t')}"
    f" AND {current('t.until')} ORDER BY id LIMIT 5) i",
    "i.id",
)
_MEMBER = f"""json_build_object('id', {gid("Person", "p.id")}, 'name', p.name,
  'phone', {mask("p.phone")},
  'identities', json_build_object('nodes', {_IDENTITIES}))"""

_IN_SERVICE_PARTY_MEMBERS = f"""
WITH page AS (
  SELECT t.*, row_number() OVER (ORDER BY name, id) AS rn {_IN_SERVICE}
    AND ($2::text IS NULL OR (t.name, t.id) > ($2, $3))
  ORDER BY name, id LIMIT 21
)
SELECT json_build_object('district', json_build_object(
  'id', {gid("District", "$1::int")}, 'people', json_build_object(
  'totalCount', (SELECT count(*) {_IN_SERVICE}),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) FROM page) > 20,
    'endCursor', (SELECT {cursor("name", "p.name", "p.id")} FROM page p
                  WHERE p.rn = least(20, (SELECT count(*) FROM page)))),
  'nodes', {array(_MEMBER, "page p WHERE p.rn <= 20", "p.rn")})))
"""


async def in_service_party_members(
    connection: asyncpg.Connection, facts: Facts, variables: dict[str, Any]
) -> bytes:
    """examples/queries/people_with_identities.graphql."""
    after = _after(variables.get("after"))
    name, pk = after if after is not None else (None, None)
    return await _body(connection, _IN_SERVICE_PARTY_MEMBERS, facts.district_id, name, pk)


# -- heavier queries (tests/bench/queries) ---------------------------------------------

_HOME = """(SELECT json_build_object('doorNumber', h.door_number, 'building',
    json_build_object('number', b.number, 'estate', json_build_object('name', e.name)))
  FROM household h JOIN building b ON b.id = h.building_id JOIN estate e ON e.id = b.estate_id
  WHERE h.id = p.household_id AND h.district_id = $1)"""
_PERSON = f"""json_build_object('name', p.name, 'gender', upper(p.gender),
  'birthDate', NULL, 'phone', {mask("p.phone")}, 'household', {_HOME})"""

_DISTRICT_PEOPLE = f"""
WITH page AS (
  SELECT t.*, row_number() OVER (ORDER BY name, id) AS rn FROM person t
  WHERE {live("t")} AND ($2::text IS NULL OR (t.name, t.id) > ($2, $3))
  ORDER BY name, id LIMIT 21
)
SELECT json_build_object('district', json_build_object('people', json_build_object(
  'totalCount', (SELECT count(*) FROM person t WHERE {live("t")}),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) FROM page) > 20,
    'endCursor', (SELECT {cursor("name", "p.name", "p.id")} FROM page p
                  WHERE p.rn = least(20, (SELECT count(*) FROM page)))),
  'nodes', {array(_PERSON, "page p WHERE p.rn <= 20", "p.rn")})))
"""


async def district_people(
    connection: asyncpg.Connection, facts: Facts, variables: dict[str, Any]
) -> bytes:
    """tests/bench/queries: a page of the district's people by name."""
    after = _after(variables.get("after"))
    name, pk = after if after is not None else (None, None)
    return await _body(connection, _DISTRICT_PEOPLE, facts.district_id, name, pk)


_OF_GRID = (
    f"household t JOIN building b ON b.id = t.building_id WHERE b.grid_id = g.id AND {live('t')}"
)
_RESIDENT_HOUSEHOLD = (
    "json_build_object('doorNumber', h.door_number, 'members', json_build_object("
    f"'totalCount', (SELECT count(*) FROM person t WHERE t.household_id = h.id AND {live('t')}),"
    f" 'nodes', {_members('h.id', '10', full=True)}))"
)
_GRID_HOUSEHOLDS = f"""json_build_object('code', g.code, 'households', json_build_object(
  'totalCount', (SELECT count(*) FROM {_OF_GRID}),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) > 20 FROM (SELECT 1 FROM {_OF_GRID} LIMIT 21) x),
    'endCursor', (SELECT {cursor("id", "max(h.id)", "max(h.id)", text=False)}
                  FROM (SELECT t.id FROM {_OF_GRID} ORDER BY t.id LIMIT 20) h
                  HAVING count(*) > 0)),
  'nodes', {
    array(_RESIDENT_HOUSEHOLD, f"(SELECT t.* FROM {_OF_GRID} ORDER BY t.id LIMIT 20) h", "h.id")
}))"""

_COMMUNITY_HOUSEHOLDS = f"""
WITH grids AS (
  SELECT * FROM grid t WHERE t.community_id = $2 AND {live("t")} AND kind = 'micro'
)
SELECT json_build_object('node', (SELECT json_build_object(
  'name', c.name,
  'grids', json_build_object(
    'totalCount', (SELECT count(*) FROM grids),
    'nodes', {
    array(_GRID_HOUSEHOLDS, "(SELECT * FROM grids ORDER BY code, id LIMIT 20) g", "g.code, g.id")
}))
FROM community c WHERE c.id = $2 AND c.district_id = $1))
"""


async def community_households(
    connection: asyncpg.Connection, facts: Facts, variables: dict[str, Any]
) -> bytes:
    """tests/bench/queries: a community's micro-grids → households → residents."""
    community = _pk(variables["community"], "Community")
    return await _body(connection, _COMMUNITY_HOUSEHOLDS, facts.district_id, community)


_PROPERTY_SERVICE = f"""(SELECT json_build_object('startDate', ps.start_date,
    'company', (SELECT json_build_object('name', o.name) FROM organisation o
                WHERE o.id = ps.company_id AND o.district_id = $1))
  FROM red_property_service ps
  WHERE ps.estate_id = e.id AND ps.district_id = $1 AND ps.archived_at IS NULL
    AND ps.start_date <= {TODAY} AND {current("ps.end_date")}
  ORDER BY ps.start_date DESC LIMIT 1)"""
_STAR_RATING = """(SELECT json_build_object('stars', r.stars, 'score', r.score)
  FROM red_property_rating r
  WHERE r.estate_id = e.id AND r.district_id = $1 AND r.archived_at IS NULL AND r.year = 2025
  ORDER BY r.assessed_on DESC, r.id DESC LIMIT 1)"""
_VENUES = array(
    "json_build_object('name', v.name, 'kind', upper(v.kind))",
    f"(SELECT * FROM red_property_venue t WHERE t.estate_id = e.id AND {live('t')}"
    " ORDER BY name, id LIMIT 5) v",
    "v.name, v.id",
)
_ESTATE = f"""json_build_object('name', e.name, 'kind', upper(e.kind), 'address', e.address,
  'propertyService', {_PROPERTY_SERVICE},
  'starRating', {_STAR_RATING},
  'redPropertyVenues', json_build_object('nodes', {_VENUES}))"""
_COMMUNITY_ESTATES = f"""json_build_object('name', c.name, 'estates', json_build_object(
  'totalCount', (SELECT count(*) FROM estate t WHERE t.community_id = c.id AND {live("t")}),
  'nodes', {
    array(
        _ESTATE,
        f"(SELECT * FROM estate t WHERE t.community_id = c.id AND {live('t')}"
        " ORDER BY name, id LIMIT 10) e",
        "e.name, e.id",
    )
}))"""

_STREET_ESTATES = f"""
SELECT json_build_object('node', (SELECT json_build_object(
  'name', s.name,
  'communities', json_build_object('nodes', {
    array(
        _COMMUNITY_ESTATES,
        f"(SELECT * FROM community t WHERE t.street_id = s.id AND {live('t')}"
        " ORDER BY code, id LIMIT 10) c",
        "c.code, c.id",
    )
}))
FROM street s WHERE s.id = $2 AND s.district_id = $1))
"""


async def street_estates(
    connection: asyncpg.Connection, facts: Facts, variables: dict[str, Any]
) -> bytes:
    """tests/bench/queries: a street's estates with the red-property plugin's fields."""
    street = _pk(variables["street"], "Street")
    return await _body(connection, _STREET_ESTATES, facts.district_id, street)


async def one_row(connection: asyncpg.Connection, facts: Facts, _: dict[str, Any]) -> bytes:
    """tests/bench/queries: the district's code."""
    sql = "SELECT json_build_object('district', json_build_object('code', code)) FROM district WHERE id = $1"
    return await _body(connection, sql, facts.district_id)


HANDWRITTEN: dict[str, Handwritten] = {
    "DistrictOverview": district_overview,
    "FiveLevels": five_levels,
    "GridDrillDown": grid_drill_down,
    "InServicePartyMembers": in_service_party_members,
    "CommunityHouseholds": community_households,
    "StreetEstates": street_estates,
    "DistrictIndicators": indicators,
    "DistrictPeople": district_people,
    "OneRow": one_row,
}
"""Hand-written answer of each benchmarked operation, by operation name."""
