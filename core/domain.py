"""Fixed vocabularies of the core (those plugins cannot extend)."""

from __future__ import annotations

from enum import StrEnum


class StreetKind(StrEnum):
    """What a street-level division is."""

    STREET = "street"  # 街道
    TOWN = "town"  # 镇


class CommunityKind(StrEnum):
    """Urban community or village."""

    URBAN = "urban"  # 社区
    VILLAGE = "village"  # 村


class GridKind(StrEnum):
    """The kinds of grid."""

    PARTY_BUILDING = "party_building"  # 党建网格
    COMPREHENSIVE = "comprehensive"  # 综合网格
    MICRO = "micro"  # 微网格
    UNIT = "unit"  # 两新组织单元网格


class EstateKind(StrEnum):
    """A residential compound or a rural concentrated settlement."""

    ESTATE = "estate"  # 小区
    RURAL_SETTLEMENT = "rural_settlement"  # 农村集中居住点


class Gender(StrEnum):
    """Gender as recorded."""

    MALE = "male"
    FEMALE = "female"


class IdentityKind(StrEnum):
    """Identities a person can hold, as data rather than separate tables of people."""

    RESIDENT = "resident"  # 居民
    PARTY_MEMBER = "party_member"  # 党员
    IN_SERVICE_PARTY_MEMBER = "in_service_party_member"  # 在职党员
    COMMUNITY_WORKER = "community_worker"  # 社区工作者
    VOLUNTEER = "volunteer"  # 志愿者


class AssignmentKind(StrEnum):
    """How a person works a grid."""

    FULL_TIME = "full_time"  # 专职网格员
    PART_TIME = "part_time"  # 兼职网格员
    GRID_HEAD = "grid_head"  # 网格长
