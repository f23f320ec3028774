"""The programme's rules and vocabulary, free of GraphQL and SQL."""

from __future__ import annotations

from core.domain import IdentityKind

PLUGIN = "dual_report"

IN_SERVICE = IdentityKind.IN_SERVICE_PARTY_MEMBER.value
"""Core's identity a registration rests on: its organisation is the branch reported to."""

GRID_PARTY_BRANCH = "grid_party_branch"
"""Core's organisation kind an in-service party member reports to."""

MINUTES_PER_DAY = 24 * 60
"""A person serves at most this many minutes a day, across all their services."""

DESCRIPTION_LENGTH = 500
"""Longest account of what a service did."""

NEED_ID_LENGTH = 200
"""Longest Global ID of a need (core's own limit on Global IDs)."""


def minutes_of(hours: float) -> int:
    """Hours as whole minutes, as they are stored (1.5 hours is 90 minutes)."""
    return round(hours * 60)
