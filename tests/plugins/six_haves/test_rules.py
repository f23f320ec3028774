"""six_haves: which organisation kinds count, and the programme's settings."""

from __future__ import annotations

import pytest

from core.kinds import ORGANISATION_KINDS, OrganisationKind
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
    )
    flagged = OrganisationKind("flagged", "Flagged", "党组织", anchors=("estate",), party=True)
    committee = OrganisationKind(
        "estate_management_committee", "Management committee", "物业管理委员会", anchors=("estate",)
    )
    headquarters = OrganisationKind("project_hq", "Project HQ", "项目指挥部", anchors=("estate",))
    kinds |= {k.value: ("other", k) for k in (branch, flagged, committee, headquarters)}
    found = managing_kinds(kinds, {"core", "other"})
    assert {"owners_committee", "grid_party_branch", "building_party_group"} <= found
    assert {"estate_branch", "flagged", "estate_management_committee"} <= found
    for kind in ("project_hq", "property_company", "residents_committee", "social_organisation"):
        assert kind not in found
    # A disabled programme's kinds do not count.
    assert "estate_branch" not in managing_kinds(kinds, {"core"})


def test_settings_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings() == Settings(people_minimum=1, funds_years=2)
    monkeypatch.setenv("GRIDGOV_SIX_HAVES__PEOPLE_MINIMUM", "3")
    assert PluginManager({"six_haves": plugin}).settings("six_haves").people_minimum == 3
    monkeypatch.setenv("GRIDGOV_SIX_HAVES__PEOPLE_MINIMUM", "0")
    with pytest.raises(PluginError, match="people_minimum"):
        PluginManager({"six_haves": plugin})
