"""six_haves: which organisation kinds count, and the programme's settings."""

from __future__ import annotations

import pytest

from core.kinds import ORGANISATION_KINDS, PARTY_COMMITTEES, OrganisationKind
from core.plugins import PluginError, PluginManager
from plugins.six_haves import plugin
from plugins.six_haves.domain import Settings, managing_kinds


def test_party_organisations_and_owners_committees_count() -> None:
    kinds = {k.value: ("core", k) for k in ORGANISATION_KINDS}
    branch = OrganisationKind(
        "estate_branch",
        "Estate party branch",
        "小区党支部",
        anchors=("estate",),
        parent_kinds=("community_big_party_committee",),
        parent_required=True,
        party=True,
    )
    flagged = OrganisationKind("flagged", "Flagged", "党组织", anchors=("estate",), party=True)
    committee = OrganisationKind(
        "estate_management_committee",
        "Management committee",
        "物业管理委员会",
        anchors=("estate",),
        acts_for_owners=True,
    )
    # Named like a committee and anchored to an estate, but it acts for nobody's owners
    # (red_property's co-governance committee): the flags decide, not the name.
    co_governance = OrganisationKind(
        "co_governance_committee", "Co-governance committee", "共治委员会", anchors=("estate",)
    )
    # Hung under a party committee without saying it is a party organisation.
    unflagged = OrganisationKind(
        "volunteer_team",
        "Volunteer team",
        "志愿服务队",
        anchors=("estate",),
        parent_kinds=("community_big_party_committee",),
    )
    headquarters = OrganisationKind("project_hq", "Project HQ", "项目指挥部", anchors=("estate",))
    others = (branch, flagged, committee, co_governance, unflagged, headquarters)
    kinds |= {k.value: ("other", k) for k in others}
    found = managing_kinds(kinds, {"core", "other"})
    assert {"owners_committee", *PARTY_COMMITTEES} <= found
    assert {"estate_branch", "flagged", "estate_management_committee"} <= found
    for kind in (
        "co_governance_committee",
        "volunteer_team",
        "project_hq",
        "property_company",
        "residents_committee",
        "social_organisation",
    ):
        assert kind not in found
    # A disabled programme's kinds do not count.
    assert "estate_branch" not in managing_kinds(kinds, {"core"})
    assert "estate_management_committee" not in managing_kinds(kinds, {"core"})


def test_settings_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings() == Settings(people_minimum=1, funds_years=2)
    monkeypatch.setenv("GRIDGOV_SIX_HAVES__PEOPLE_MINIMUM", "3")
    assert PluginManager({"six_haves": plugin}).settings("six_haves").people_minimum == 3
    monkeypatch.setenv("GRIDGOV_SIX_HAVES__PEOPLE_MINIMUM", "0")
    with pytest.raises(PluginError, match="people_minimum"):
        PluginManager({"six_haves": plugin})
