"""The programme's vocabulary, its settings, and which organisations count.

Kept free of GraphQL and SQL so the rules of the assessment read in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from core.kinds import PARTY_COMMITTEES, OrganisationKind

PLUGIN = "six_haves"


class Have(StrEnum):
    """The six things every estate should have, in the programme's order."""

    ORGANISATION = "organisation"  # 有组织管事
    PEOPLE = "people"  # 有人员做事
    PLACE = "place"  # 有场所议事
    RULES = "rules"  # 有机制理事
    FUNDS = "funds"  # 有资金办事
    NETWORK = "network"  # 有网络揽事


HAVE_COUNT = len(Have)
"""How many haves there are: an estate with this many has all six."""

HAVE_LABELS = {
    Have.ORGANISATION: "An organisation to manage it (有组织管事)",
    Have.PEOPLE: "People to do the work (有人员做事)",
    Have.PLACE: "A place to deliberate (有场所议事)",
    Have.RULES: "Rules to handle matters (有机制理事)",
    Have.FUNDS: "Funds to get things done (有资金办事)",
    Have.NETWORK: "A network to take in matters (有网络揽事)",
}


class VenueKind(StrEnum):
    """Venues this programme records on an estate."""

    DELIBERATION_HALL = "deliberation_hall"  # 议事厅
    CONSULTATION_ROOM = "consultation_room"  # 有事好商量 协商室
    PARTY_MASS_SERVICE_STATION = "party_mass_service_station"  # 党群服务站
    GRID_STATION = "grid_station"  # 网格驿站
    OTHER = "other"


class RuleKind(StrEnum):
    """Kinds of rules and agreements an estate adopts."""

    RESIDENTS_CONVENTION = "residents_convention"  # 居民公约
    MANAGEMENT_RULES = "management_rules"  # 小区管理规约
    DELIBERATION_RULES = "deliberation_rules"  # 议事规则
    PROPERTY_SERVICE_AGREEMENT = "property_service_agreement"  # 物业服务协议
    OTHER = "other"


class FundSource(StrEnum):
    """Where an estate's money comes from; fiscal money first (财政为主)."""

    FISCAL = "fiscal"  # 财政资金
    PARTY_FEES = "party_fees"  # 党费
    SOCIAL_SUPPORT = "social_support"  # 社会支持
    SELF_FUNDING = "self_funding"  # 社区自筹
    PROPERTY_FEES = "property_fees"  # 物业费


class SnapshotKind(StrEnum):
    """The programme's cycle of checks."""

    MONTHLY = "monthly"  # 月报告
    HALF_YEAR = "half_year"  # 半年检查
    YEARLY = "yearly"  # 年终考评


FIRST_YEAR = 2000
"""Earliest year funding or a snapshot may be recorded for."""
MAX_AMOUNT = 1_000_000_000
"""Largest single funding record, in yuan (also keeps it inside GraphQL's Int)."""
TITLE_LENGTH = 200
"""Longest title of a rule or purpose of a funding record."""


@dataclass(frozen=True)
class Settings:
    """Thresholds of the assessment, from ``GRIDGOV_SIX_HAVES__<FIELD>``.

    Attributes:
        people_minimum: Distinct people who must currently work for an estate.
        funds_years: Funding counts when recorded for the assessment's year or
            this many years before it, less one (2: this year or last year).
    """

    people_minimum: int = 1
    funds_years: int = 2

    def __post_init__(self) -> None:
        if not 1 <= self.people_minimum <= 100:
            raise ValueError("people_minimum must be between 1 and 100")
        if not 1 <= self.funds_years <= 10:
            raise ValueError("funds_years must be between 1 and 10")


def managing_kinds(
    kinds: Mapping[str, tuple[str, OrganisationKind]], enabled: set[str]
) -> set[str]:
    """The organisation kinds that satisfy "organisation" when anchored to an estate.

    Only what kinds declare counts, never their names: core's party committees, a
    kind flagged ``party`` (a party organisation, like an estate party branch 小区党支部)
    or ``acts_for_owners`` (acting for the owners, like core's owners' committee 业委会
    or a property management committee 物业管理委员会). A committee that acts for
    neither (a renovation co-governance committee, a project headquarters) does not.

    Args:
        kinds: ``{value: (owner plugin, kind)}`` of every installed kind.
        enabled: Plugins the district enabled; other plugins' kinds do not count.
    """
    visible = [kind for owner, kind in kinds.values() if owner in enabled]
    return set(PARTY_COMMITTEES) | {k.value for k in visible if k.party or k.acts_for_owners}
