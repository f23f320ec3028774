"""The programme's vocabularies and its rules, free of the database and of GraphQL.

The five "co-"s (五共) are the stages a co-creation project goes through, in
order. What a stage must have produced before the project moves on is written
down once here (:func:`missing_for_next`), so the mutation that advances a stage
and the field that tells a front end what is still missing cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.domain import IdentityKind
from core.kinds import OrganisationKind, PostRole


class Stage(StrEnum):
    """The five co-s (五共), in the order a project goes through them."""

    CO_PLAN = "co_plan"  # 共谋: residents propose, the project decides
    CO_BUILD = "co_build"  # 共建: works, the "five unifications"
    CO_MANAGE = "co_manage"  # 共管: rules the estate agrees and keeps
    CO_EVALUATE = "co_evaluate"  # 共评: residents and party members score the four beauties
    CO_SHARE = "co_share"  # 共享: outcomes and awards

    @property
    def position(self) -> int:
        """0 for co-plan up to 4 for co-share."""
        return STAGES.index(self)

    @property
    def next(self) -> Stage | None:
        """The stage after this one; None after co-share."""
        return STAGES[self.position + 1] if self.position + 1 < len(STAGES) else None

    @property
    def label(self) -> str:
        """Readable name for messages, e.g. ``co-build``."""
        return self.value.replace("_", "-")


STAGES: tuple[Stage, ...] = tuple(Stage)


class ProposalStatus(StrEnum):
    """Where a residents' proposal stands (群众点菜、政府接单)."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MERGED = "merged"


class Unification(StrEnum):
    """The "five unifications" (五个统一) a merged estate's renovation follows."""

    WALLS_OPENED = "walls_opened"  # 边界围墙统一打通
    FACILITIES_COMPLETED = "facilities_completed"  # 配套设施统一完善
    GARAGES_CLEARED = "garages_cleared"  # 停车库房统一拆除
    FACADES_RENEWED = "facades_renewed"  # 建筑立面统一翻新
    SELF_GOVERNED_MANAGEMENT = "self_governed_management"  # 物业管理统一自治


class Beauty(StrEnum):
    """The four beauties (四美) an evaluation scores."""

    ORGANISATION = "organisation"  # 组织美
    ENVIRONMENT = "environment"  # 环境美
    SERVICE = "service"  # 服务美
    LIFE = "life"  # 生活美


class EvaluatorRole(StrEnum):
    """Who evaluates: a resident of the estate or a party member."""

    RESIDENT = "resident"
    PARTY_MEMBER = "party_member"


class Capacity(StrEnum):
    """In what capacity a person took part in a stage."""

    RESIDENT = "resident"
    PARTY_MEMBER = "party_member"
    VOLUNTEER = "volunteer"


class OutcomeKind(StrEnum):
    """What a project shares at the end (共享)."""

    OUTCOME = "outcome"  # a result residents enjoy, e.g. a playground opened
    DEMONSTRATION_ESTATE = "demonstration_estate"  # 示范小区 (示范点)
    AWARD = "award"  # another honour


SCORE_MIN, SCORE_MAX = 0, 100
"""Each beauty is scored out of 100."""

MAX_ROUND = 100
"""Evaluation rounds are numbered 1, 2, ... up to this."""

PARTY_IDENTITIES = (IdentityKind.PARTY_MEMBER.value, IdentityKind.IN_SERVICE_PARTY_MEMBER.value)
"""Core identities that make a person a party member."""


@dataclass(frozen=True)
class Tallies:
    """What a project has produced so far; decides whether it may move on."""

    proposals: int = 0
    accepted_proposals: int = 0
    works: int = 0
    finished_works: int = 0
    rules: int = 0
    evaluations: int = 0
    outcomes: int = 0
    demonstrations: int = 0


def missing_for_next(stage: Stage, tallies: Tallies) -> str | None:
    """What the project still needs before it can leave ``stage``; None when it may move on.

    Args:
        stage: The project's current stage.
        tallies: Its records so far.
    """
    if stage is Stage.CO_PLAN and tallies.accepted_proposals == 0:
        return "co-build needs at least one accepted residents' proposal"
    if stage is Stage.CO_BUILD and tallies.works == 0:
        return "co-manage needs at least one co-build work"
    if stage is Stage.CO_MANAGE:
        if tallies.finished_works == 0:
            return "co-evaluate needs at least one finished co-build work"
        if tallies.rules == 0:
            return "co-evaluate needs at least one agreed co-manage rule"
    if stage is Stage.CO_EVALUATE and tallies.evaluations == 0:
        return "co-share needs at least one co-evaluation"
    if stage is Stage.CO_SHARE:
        return "co-share is the last stage"
    return None


# Organisation kinds this programme adds, all anchored to the estate (or rural settlement).
PROJECT_HQ = "co_creation_project_hq"
MANAGEMENT_COMMITTEE = "estate_property_management_committee"
ESTATE_PARTY_BRANCH = "estate_party_branch"
CO_CREATION_PARTY_BRANCH = "co_creation_party_branch"
PARTY_BRANCHES = (ESTATE_PARTY_BRANCH, CO_CREATION_PARTY_BRANCH)
PROJECT_ORGANISATIONS = (PROJECT_HQ, MANAGEMENT_COMMITTEE, *PARTY_BRANCHES)

ORGANISATION_KINDS = (
    OrganisationKind(
        PROJECT_HQ,
        "Co-creation project headquarters",
        "项目指挥部",
        anchors=("estate",),
    ),
    OrganisationKind(
        MANAGEMENT_COMMITTEE,
        "Estate property management committee, acting for the owners' assembly",
        "小区物业管理委员会",
        anchors=("estate",),
        acts_for_owners=True,
    ),
    OrganisationKind(
        ESTATE_PARTY_BRANCH,
        "Estate party branch",
        "小区党支部",
        anchors=("estate",),
        parent_kinds=("community_big_party_committee",),
        parent_required=True,
        party=True,
    ),
    OrganisationKind(
        CO_CREATION_PARTY_BRANCH,
        "Co-creation party branch (rural settlement)",
        "共同缔造党支部",
        anchors=("estate",),
        parent_kinds=("community_big_party_committee",),
        parent_required=True,
        party=True,
    ),
)

PARTY_VOLUNTEER = "party_volunteer"
BUILDING_HEAD = (
    "building_head"  # core's role (楼栋长); counted when held in a project's organisation
)

POST_ROLES = (
    PostRole(
        PARTY_VOLUNTEER,
        "Party volunteer",
        "党员志愿者",
        organisation_kinds=PROJECT_ORGANISATIONS,
        identity=IdentityKind.PARTY_MEMBER.value,
    ),
)
