"""Kinds and roles that plugins can extend: organisation kinds and post roles.

The core's own are declared by the built-in ``core`` plugin (:mod:`core.builtin`);
a programme plugin adds more through ``gridgov_organisation_kinds`` and
``gridgov_post_roles``. Values are stored as their ``value`` string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Anchor = Literal["district", "street", "community", "grid", "estate", "building", "household"]
"""The kinds of place an organisation can be anchored to."""


@dataclass(frozen=True)
class OrganisationKind:
    """A kind of organisation and the rules its instances obey.

    Attributes:
        value: Stored value and, upper-cased, the GraphQL enum value.
        label: English label.
        chinese: The Chinese term, once.
        anchors: Places an organisation of this kind may be anchored to; empty means any.
        parent_kinds: Kinds its parent may have; empty means any parent or none.
        parent_required: Whether a parent of one of ``parent_kinds`` is mandatory.
        grid_kinds: When anchored to a grid, the grid kinds allowed; empty means any.
        party: Whether it is a party organisation (党组织) that can hold party
            members' membership, like a plugin's estate party branch.
        acts_for_owners: Whether it acts for an estate's owners (业主), like an owners'
            committee or a property management committee.
    """

    value: str
    label: str
    chinese: str
    anchors: tuple[Anchor, ...] = ()
    parent_kinds: tuple[str, ...] = ()
    parent_required: bool = False
    grid_kinds: tuple[str, ...] = field(default=())
    party: bool = False
    acts_for_owners: bool = False


@dataclass(frozen=True)
class PostRole:
    """A role a person can hold in an organisation.

    Attributes:
        value: Stored value and, upper-cased, the GraphQL enum value.
        label: English label.
        chinese: The Chinese term, once.
        organisation_kinds: Kinds of organisation the role exists in; empty means any.
        identity: An identity the holder must have at the post's start (e.g. a
            party-affairs manager must be a community worker); ``None`` for none.
    """

    value: str
    label: str
    chinese: str
    organisation_kinds: tuple[str, ...] = ()
    identity: str | None = None


# Core's own kinds and roles, declared through the built-in plugin (core.builtin).
PARTY_COMMITTEES = ("street_big_working_committee", "community_big_party_committee")

ORGANISATION_KINDS = (
    OrganisationKind(
        "street_big_working_committee",
        "Street big working committee",
        "街道大工委",
        anchors=("street",),
        party=True,
    ),
    OrganisationKind(
        "community_big_party_committee",
        "Community big party committee",
        "社区大党委",
        anchors=("community",),
        parent_kinds=("street_big_working_committee",),
        party=True,
    ),
    OrganisationKind(
        "grid_party_branch",
        "Grid party branch",
        "网格党支部",
        anchors=("grid",),
        parent_kinds=("community_big_party_committee",),
        parent_required=True,
        grid_kinds=("party_building",),
        party=True,
    ),
    OrganisationKind(
        "building_party_group",
        "Building party group",
        "楼栋党小组",
        anchors=("building",),
        parent_kinds=("grid_party_branch",),
        parent_required=True,
        party=True,
    ),
    OrganisationKind(
        "party_member_household",
        "Party-member central household",
        "党员中心户",
        anchors=("household",),
        parent_kinds=("building_party_group",),
        parent_required=True,
    ),
    OrganisationKind("co_building_unit", "Co-building unit", "驻区单位"),
    OrganisationKind("two_new_organisation", "Two-new organisation", "两新组织"),
    OrganisationKind("mass_organisation", "Mass organisation", "群团组织"),
    OrganisationKind(
        "residents_committee", "Residents' committee", "居委会", anchors=("community",)
    ),
    OrganisationKind(
        "owners_committee", "Owners' committee", "业委会", anchors=("estate",), acts_for_owners=True
    ),
    OrganisationKind("property_company", "Property company", "物业企业"),
    OrganisationKind("social_organisation", "Social organisation", "社会组织"),
)

POST_ROLES = (
    PostRole("secretary", "Secretary", "书记"),
    PostRole("deputy_secretary", "Deputy secretary", "副书记"),
    PostRole("committee_member", "Committee member", "委员"),
    PostRole(
        "part_time_committee_member",
        "Part-time committee member",
        "兼职委员",
        organisation_kinds=PARTY_COMMITTEES,
    ),
    PostRole("member", "Member", "成员"),
    PostRole("director", "Director", "主任"),
    PostRole("building_head", "Building head", "楼栋长"),
    PostRole("party_building_instructor", "Party-building instructor", "党建工作指导员"),
)
