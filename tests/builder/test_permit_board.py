"""The permit board against the real service: gas analyses with units, who and when; signatures that
re-authenticate and show what they mean; starting, a rule's suspension, resuming only after a new
passing analysis, closing."""

from __future__ import annotations

import time

import pytest

from builder_ui.permit_board import allowed_actions
from tests.api.helpers import o2_permit_rule, readings
from tests.builder.conftest import WAIT
from tests.builder.people import Api, click, marked, me, open_as

GOOD = {"o2_pct": 20.8, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0}
PERMIT = {"plant": "plant-a", "kind": "confined_space", "level": "standard", "title": "1#储罐内检修",
          "location": "T-101 tank", "valid_hours": 8}


def test_sign_is_offered_to_signers_who_have_not_signed_and_are_not_the_applicant():
    p = {"status": "draft", "applicant": "operator1", "missing_signatures": ["approver"],
         "signatures": [{"username": "verifier1", "meaning": "guardian"}]}
    assert allowed_actions(p, me("engineer1", "engineer")) == ["gas", "sign", "close"]
    assert allowed_actions(p, me("verifier1", "verifier")) == ["gas"]  # signed already
    assert allowed_actions(p, me("operator1", "operator")) == ["gas", "close"]
    ready = {**p, "missing_signatures": []}
    assert allowed_actions(ready, me("operator1", "operator")) == ["gas", "activate", "close"]
    assert allowed_actions({**p, "status": "suspended"}, me("operator1", "operator")) == ["gas", "resume", "close"]
    assert allowed_actions({**p, "status": "closed"}, me("engineer1", "engineer")) == []


def test_stopping_the_work_is_offered_on_active_permits_to_who_may_stop_it():
    p = {"status": "active", "applicant": "operator1", "missing_signatures": [], "signatures": []}
    assert allowed_actions(p, me("verifier1", "verifier")) == ["gas", "suspend"]  # the attendant; no close
    assert allowed_actions(p, me("operator1", "operator")) == ["gas", "suspend", "close"]
    assert allowed_actions(p, me("auditor1", "auditor")) == []
    # the buttons follow the permissions the service names, not the role: a role alone offers nothing
    assert allowed_actions(p, {"username": "admin", "role": "admin"}) == []
    assert allowed_actions(p, {"username": "x", "role": "auditor", "permissions": ["permits.suspend"]}) == ["suspend"]


def test_every_kind_level_and_meaning_of_the_api_reads_in_both_languages():
    from builder_ui.i18n import TEXT
    from builder_ui.permit_actions import GAS, LEVELS
    from core.api.workflows.permits import GAS_LIMITS, KINDS, REQUIRED_SIGNATURES

    assert {k: v[1] for k, v in KINDS.items()} == LEVELS  # the new-permit dialog offers what the API takes
    assert {g for limits in GAS_LIMITS.values() for g in limits} <= set(GAS)
    meanings = {m for ms in REQUIRED_SIGNATURES.values() for m in ms}
    keys = [*KINDS, *(f"lv_{lv}" for _, levels in KINDS.values() for lv in levels),
            *(f"m_{m}" for m in meanings), *(f"mean_{m}" for m in meanings), *GAS]
    assert all(k in TEXT and all(TEXT[k]) for k in keys), [k for k in keys if k not in TEXT]


async def gas(user, pid: str, values: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    await click(user, f"pb-gas-{pid}")
    await user.should_see(marker="g-o2_pct", retries=WAIT)
    for g, v in values.items():
        marked(user, f"g-{g}").value = v
    user.find(marker="g-submit").click()
    await user.should_not_see(marker="gas-dialog", retries=WAIT)  # closed once the API has recorded it


@pytest.mark.anyio
async def test_new_permit_and_gas_analyses_with_units_analyst_and_failures(svc_user, service_app):
    user = svc_user
    await open_as(user, "/permits?lang=en", "operator1")
    user.find(marker="pb-new").click()
    await user.should_see(marker="p-title", retries=WAIT)
    assert marked(user, "p-level").value == "standard"
    marked(user, "p-kind").value = "hot_work"  # three levels, GB 30871
    assert set(marked(user, "p-level").options) == {"special", "level1", "level2"}
    marked(user, "p-kind").value = "confined_space"
    user.find(marker="p-title").type("1#储罐内检修")
    user.find(marker="p-location").type("T-101 tank")
    user.find(marker="p-submit").click()
    await user.should_see("draft (1)", retries=WAIT)
    await gas(user, "CS-0001", GOOD)
    await user.should_see(marker="pb-gas", content="Gas analysis passed", retries=WAIT)
    await user.should_see(marker="pb-gas-line-CS-0001", content="O₂ 20.8 %vol · LEL 0 %LEL · H₂S 0 ppm · CO 0 ppm — operator1")
    await gas(user, "CS-0001", {**GOOD, "h2s_ppm": 15})
    await user.should_see(marker="pb-gas", content="Gas analysis failed", retries=WAIT)
    await user.should_see("h2s_ppm = 15.0 outside [None, 10.0]")  # the API's own words, in the notification
    user.find(marker="pb-details-CS-0001").click()
    await user.should_see(marker="permit-details", retries=WAIT)
    lines = [el.text for el in user.find(marker="pd-analysis").elements]
    assert len(lines) == 2 and any("✘ O₂ 20.8 %vol · LEL 0 %LEL · H₂S 15 ppm" in x for x in lines)


@pytest.mark.anyio
async def test_signatures_reauthenticate_show_their_meaning_and_then_the_work_starts(svc_user, service_app):
    user = svc_user
    api = Api(service_app)
    pid = (await api("operator1", "POST", "/api/permits", PERMIT))["id"]
    await open_as(user, "/permits?lang=zh", "operator1")  # the applicant does not sign their own permit
    await user.should_see(marker=f"pb-{pid}", retries=WAIT)
    await user.should_not_see(marker=f"pb-sign-{pid}")
    await user.should_see(marker=f"pb-missing-{pid}", content="监护、审批")

    await open_as(user, "/permits?lang=zh", "engineer1")
    await click(user, f"pb-sign-{pid}")
    await user.should_see(marker="s-meaning", retries=WAIT)
    marked(user, "s-meaning").value = "approver"
    await user.should_see(marker="s-means", content="审批：我批准按本票所列条件作业")
    await user.should_see(marker="s-terms", content=f"{pid} · 受限空间作业 · 标准 · 1#储罐内检修 · T-101 tank · 申请人 operator1")
    user.find(marker="s-password").type("not my password")
    user.find(marker="s-submit").click()
    await user.should_see(marker="s-error", content="签名被拒绝：密码错误", retries=WAIT)
    assert marked(user, "s-password").value == ""  # not kept after the attempt
    user.find(marker="s-password").type("correct horse battery staple")
    user.find(marker="s-submit").click()
    await user.should_see(marker=f"pb-signed-{pid}-approver", content="✔ 审批: engineer1", retries=WAIT)
    await user.should_not_see(marker=f"pb-sign-{pid}")  # one signature each

    await open_as(user, "/permits?lang=en", "verifier1")
    await click(user, f"pb-sign-{pid}")
    await user.should_see(marker="s-meaning", retries=WAIT)
    assert marked(user, "s-meaning").value == "guardian"  # the only one still missing
    await user.should_see(marker="s-means", content="Attend: I stand by the work")
    user.find(marker="s-password").type("correct horse battery staple")
    user.find(marker="s-submit").click()
    await user.should_see(marker=f"pb-signed-{pid}-guardian", content="Attend: 王验收", retries=WAIT)

    await open_as(user, "/permits?lang=en", "operator1")
    await click(user, f"pb-activate-{pid}")  # no gas analysis yet: the API refuses, and says why
    await user.should_see("no gas analysis: a new passing analysis is required", retries=WAIT)
    await gas(user, pid, GOOD)
    await user.should_see(marker="pb-gas", retries=WAIT)
    await click(user, f"pb-activate-{pid}")
    await user.should_see("active (1)", retries=WAIT)


@pytest.mark.anyio
async def test_a_rule_suspends_resume_needs_a_new_passing_analysis_then_close(svc_user, service_app):
    user = svc_user
    api = Api(service_app)
    pid = (await api("operator1", "POST", "/api/permits", PERMIT))["id"]
    for who, meaning in (("engineer1", "approver"), ("verifier1", "guardian")):
        await api(who, "POST", f"/api/permits/{pid}/signatures", {"meaning": meaning, "password": "correct horse battery staple"})
    await api("operator1", "POST", f"/api/permits/{pid}/gas-analyses", {"readings": GOOD})
    await api("operator1", "POST", f"/api/permits/{pid}/activate")
    # the O2 rule of ARCHITECTURE §4 suspends the permit when the tank's O2 leaves 19.5-21 %vol
    await api("engineer1", "POST", "/api/rules", {"plant": "plant-a", "doc": o2_permit_rule("t.o2", pid, "T-101.o2")})
    await api("engineer1", "POST", "/api/rules/t.o2/publish", {})
    await api("operator1", "POST", "/api/events?plant=plant-a", {"events": readings("T-101.o2", [18.0], time.time() + 1)})

    await open_as(user, "/permits?lang=zh", "operator1")
    await user.should_see("已暂停 (1)", retries=WAIT)
    await user.should_see(marker=f"pb-suspension-{pid}", content="被规则 t.o2 暂停")
    await click(user, f"pb-resume-{pid}")  # the analysis from before the suspension does not count
    await user.should_see("需要新的合格气体分析", retries=WAIT)
    await gas(user, pid, GOOD)
    await user.should_see(marker="pb-gas", retries=WAIT)
    # ventilated: O2 back in the band (or the rule would suspend the resumed permit again at once)
    await api("operator1", "POST", "/api/events?plant=plant-a", {"events": readings("T-101.o2", [20.9], time.time() + 2)})
    await click(user, f"pb-resume-{pid}")
    await user.should_see("作业中 (1)", retries=WAIT)
    await click(user, f"pb-close-{pid}")
    await user.should_see("已关闭 (1)", retries=WAIT)
    await user.should_not_see(marker=f"pb-gas-{pid}")  # nothing more to do on a closed permit
    await click(user, f"pb-details-{pid}")
    await user.should_see(marker="permit-details", retries=WAIT)
    entries = sorted(user.find(marker="pd-entry").elements, key=lambda el: el.id)
    assert len(entries) == 5  # draft, active, suspended, active, closed
    assert len(user.find(marker="pd-signature").elements) == 2
