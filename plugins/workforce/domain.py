"""The programme's rules and vocabulary, free of GraphQL and SQL."""

from __future__ import annotations

from enum import StrEnum

from core.domain import IdentityKind

PLUGIN = "workforce"

COMMUNITY_WORKER = IdentityKind.COMMUNITY_WORKER.value
"""Core's identity a placement rests on: only community workers fill a quota's seats."""

TITLE_LENGTH = 200
"""Longest course title, grade name or certificate number."""

MAX_SEATS = 500
"""Most seats one community's quota may hold."""

MAX_PAY = 100_000
"""Highest monthly pay a band may name, in yuan."""

MAX_COURSE_HOURS = 1000
"""Longest course, in hours."""


class CertificateLevel(StrEnum):
    """The national social-work qualification levels (社会工作者职业资格)."""

    ASSISTANT = "assistant"  # 助理社会工作师
    INTERMEDIATE = "intermediate"  # 社会工作师
    SENIOR = "senior"  # 高级社会工作师


class Channel(StrEnum):
    """How a community worker came to fill a seat of the quota."""

    OPEN_RECRUITMENT = "open_recruitment"  # 公开招聘
    TRANSFER = "transfer"  # 转入: moved onto the career system from an earlier post
