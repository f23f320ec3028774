"""The organisation kind, post roles and permissions the programme adds to core's registry."""

from __future__ import annotations

from core.access import Role
from core.contract import Permission
from core.domain import IdentityKind
from core.kinds import OrganisationKind, PostRole

PROPERTY_COMPANY = "property_company"
"""Core's kind of property companies (物业企业)."""
OWNERS_COMMITTEE = "owners_committee"
"""Core's kind of owners' committees (业委会)."""
COMMUNITY_WORKER = IdentityKind.COMMUNITY_WORKER
"""Core's identity of community workers (社区工作者)."""

CO_GOVERNANCE_COMMITTEE = "co_governance_committee"
PARTY_AFFAIRS_MANAGER = "party_affairs_manager"
OWNERS_COMMITTEE_SEAT = "owners_committee_seat"

ORGANISATION_KINDS = (
    OrganisationKind(
        CO_GOVERNANCE_COMMITTEE,
        "Old-estate renovation co-governance committee",
        "共治委员会",
        anchors=("estate",),
    ),
)

POST_ROLES = (
    # A community worker posted into a property company to run its party affairs.
    PostRole(
        PARTY_AFFAIRS_MANAGER,
        "Party-affairs manager",
        "党务经理",
        organisation_kinds=(PROPERTY_COMPANY,),
        identity=COMMUNITY_WORKER,
    ),
    # Members of a community's "two committees" (两委) are community workers on the
    # professional grade system, so a seat asks for that identity too.
    PostRole(
        OWNERS_COMMITTEE_SEAT,
        "Community two-committees member on an owners' committee",
        "两委成员交叉任职业委会",
        organisation_kinds=(OWNERS_COMMITTEE,),
        identity=COMMUNITY_WORKER,
    ),
)

PERMISSIONS = (
    Permission(
        "red_property.assess",
        "Record star-rating assessments of property companies on the street's estates",
        roles=(Role.STREET_STAFF,),
        mutations=("recordPropertyAssessment",),
    ),
    Permission(
        "red_property.manage",
        "Record property service, posts, venues and evaluation sessions within one's scope",
        roles=(Role.STREET_STAFF, Role.COMMUNITY_STAFF),
        mutations=(
            "createPropertyService",
            "endPropertyService",
            "postPartyAffairsManager",
            "seatOnOwnersCommittee",
            "openRedPropertyVenue",
            "recordEvaluationSession",
        ),
    ),
    # Sites and the standard are district-wide records (``None`` in ``gridgov_scopes``):
    # only the district may change them, so only its administrators hold these.
    Permission(
        "red_property.designate",
        "Record demonstration sites designated by the province, the city or the district",
        mutations=("designateDemonstrationSite",),
    ),
    Permission(
        "red_property.standards",
        "Set the district's red property standards",
        mutations=("createRedPropertyStandard",),
    ),
)
