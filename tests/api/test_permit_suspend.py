"""Stopping the work by hand (GB 30871 作业中断): who may, what it records, what rules see, what resuming
then needs, and every refusal clear and without effect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.storage.tables import AuditEntry, EventRow
from core.storage.tables_work import GasAnalysis, Permit
from tests.api.conftest import Api
from tests.api.permit_steps import active_permit, draft_permit, gas, status_rule

REASON = "受限空间内通风机停转，撤出作业人员"


def _permit(api: Api, pid: str) -> dict[str, Any]:
    r = api.get("auditor", f"/api/permits/{pid}")
    assert r.status_code == 200
    return dict(r.json())


def test_the_attendant_stops_the_work_and_a_rule_sees_it(api: Api, plant: str) -> None:
    pid = active_permit(api, plant)
    rid = f"{plant}.suspended"
    assert api.post("engineer", "/api/rules", json={"plant": plant, "doc": status_rule(rid, pid, "suspended")}).status_code == 201
    assert api.post("engineer", f"/api/rules/{rid}/publish", json={}).status_code == 201

    r = api.post("verifier", f"/api/permits/{pid}/suspend", json={"reason": f"  {REASON} "})
    assert r.status_code == 200, r.text
    p = r.json()
    assert p["status"] == "suspended" and p["suspended_at"]
    assert p["suspension"]["by"] == "verifier1" and p["suspension"]["name"] == "verifier one"
    assert p["suspension"]["reason"] == REASON  # the blanks around it are not part of it
    last = p["history"][-1]
    assert (last["status"], last["by"], last["reason"]) == ("suspended", "verifier1", REASON)
    assert _permit(api, pid)["status"] == "suspended"  # stored, not only answered

    # the status signal reached the plant's runtime, exactly as a rule's suspension sends it
    events = api.get("engineer", f"/api/events?plant={plant}&signal=permit.{pid}.status").json()
    # activation, the state seeded into the engine when the rule was deployed, the suspension
    assert [e["value"] for e in events] == ["active", "active", "suspended"]
    fired = api.get("auditor", f"/api/decisions?plant={plant}&rule={rid}&state=fired").json()
    assert len(fired) == 1 and fired[0]["record"]["inputs"] == {f"permit.{pid}.status": "suspended"}

    # audited: who, when, before and after
    (entry,) = api.get("auditor", f"/api/audit?resource=permit&resource_id={pid}&action=permit.suspend").json()
    assert entry["username"] == "verifier1" and entry["plant"] == plant
    assert entry["before"]["status"] == "active" and entry["before"]["suspension"] is None
    assert entry["after"]["status"] == "suspended" and entry["after"]["suspension"]["reason"] == REASON
    assert abs(datetime.fromisoformat(entry["at"].replace("Z", "+00:00")) - datetime.now(UTC)) < timedelta(minutes=1)


@pytest.mark.parametrize("role", ["operator", "engineer", "admin"])
def test_the_work_leader_engineers_and_admins_may_stop_it_too(api: Api, plant: str, role: str) -> None:
    pid = active_permit(api, plant)
    r = api.post(role, f"/api/permits/{pid}/suspend", json={"reason": "stop: gas alarm at the manhole"})
    assert r.status_code == 200 and r.json()["suspension"]["by"] == f"{role}1"


def test_resuming_needs_a_passing_analysis_sampled_after_the_stop(api: Api, plant: str) -> None:
    pid = active_permit(api, plant)
    assert api.post("operator", f"/api/permits/{pid}/suspend", json={"reason": "H2S alarm"}).status_code == 200
    r = api.post("operator", f"/api/permits/{pid}/resume")
    assert r.status_code == 409 and r.json()["error"]["code"] == "gas_analysis_required"
    # entered after the stop, but sampled before it: it says nothing about the air now
    stopped = datetime.fromisoformat(_permit(api, pid)["suspended_at"].replace("Z", "+00:00"))
    assert gas(api, pid, sampled_at=(stopped - timedelta(minutes=1)).isoformat()).status_code == 201
    r = api.post("operator", f"/api/permits/{pid}/resume")
    assert r.status_code == 409 and "sampled before the suspension" in r.json()["error"]["message"]["en"]
    assert "中断之前" in r.json()["error"]["message"]["zh"]
    assert gas(api, pid).status_code == 201
    r = api.post("operator", f"/api/permits/{pid}/resume")
    assert r.status_code == 200 and r.json()["status"] == "active"
    # a verifier may stop the work but not restart it: that is the work leader's, after the analysis
    assert api.post("verifier", f"/api/permits/{pid}/suspend", json={"reason": "again"}).status_code == 200
    assert gas(api, pid).status_code == 201
    assert api.post("verifier", f"/api/permits/{pid}/resume").status_code == 403


def _nothing_changed(api: Api, pid: str, before: tuple[int, int, dict[str, Any]]) -> None:
    audits, events, permit = before
    assert (api.count(AuditEntry), api.count(EventRow)) == (audits, events)
    after = _permit(api, pid)
    assert (after["status"], after["history"], after["suspension"]) == (
        permit["status"], permit["history"], permit["suspension"])


def _state(api: Api, pid: str) -> tuple[int, int, dict[str, Any]]:
    return api.count(AuditEntry), api.count(EventRow), _permit(api, pid)


def test_only_an_active_permit_can_be_suspended(api: Api, plant: str) -> None:
    draft = draft_permit(api, plant)
    before = _state(api, draft)
    r = api.post("operator", f"/api/permits/{draft}/suspend", json={"reason": REASON})
    err = r.json()["error"]
    assert r.status_code == 409 and err["code"] == "wrong_state" and r.json()["current"] == "draft"
    assert "has not started" in err["message"]["en"] and "尚未开始" in err["message"]["zh"]
    assert err["fix"]["en"] and err["fix"]["zh"] and err["where"] == f"permit {draft}"
    _nothing_changed(api, draft, before)

    pid = active_permit(api, plant)
    assert api.post("operator", f"/api/permits/{pid}/suspend", json={"reason": REASON}).status_code == 200
    before = _state(api, pid)
    r = api.post("verifier", f"/api/permits/{pid}/suspend", json={"reason": "second stop"})
    assert r.status_code == 409 and "suspended already" in r.json()["error"]["message"]["en"]
    assert "已于" in r.json()["error"]["message"]["zh"]
    _nothing_changed(api, pid, before)

    assert api.post("operator", f"/api/permits/{pid}/close").status_code == 200
    before = _state(api, pid)
    r = api.post("operator", f"/api/permits/{pid}/suspend", json={"reason": REASON})
    assert r.status_code == 409 and "the work is over" in r.json()["error"]["message"]["en"]
    _nothing_changed(api, pid, before)


@pytest.mark.parametrize("body,pointer", [
    ({}, "/body/reason"),
    ({"reason": "   "}, "/body/reason"),
    ({"reason": "<script>alert(1)</script>"}, "/body/reason"),
    ({"reason": "x" * 501}, "/body/reason"),
    ({"reason": "ok", "by": "someone else"}, "/body/by"),
])
def test_a_suspension_needs_a_plain_reason(api: Api, plant: str, body: dict[str, Any], pointer: str) -> None:
    pid = active_permit(api, plant)
    before = _state(api, pid)
    r = api.post("operator", f"/api/permits/{pid}/suspend", json=body)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"
    assert r.json()["problems"][0]["pointer"] == pointer
    assert r.json()["error"]["message"]["zh"] and r.json()["error"]["fix"]["zh"]
    _nothing_changed(api, pid, before)


def test_people_of_another_plant_and_readers_cannot_stop_it(api: Api, plant: str) -> None:
    pid = active_permit(api, plant)
    before = _state(api, pid)
    r = api.post("scoped", f"/api/permits/{pid}/suspend", json={"reason": REASON})  # an operator of plant-b
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    for role in ("auditor", "vendor"):
        r = api.post(role, f"/api/permits/{pid}/suspend", json={"reason": REASON})
        assert r.status_code == 403 and "permits.suspend" in r.json()["error"]["message"]["en"]
    _nothing_changed(api, pid, before)
    with api.app.state.services.sessions() as db:
        p = db.get(Permit, pid)
        assert p is not None and p.suspended_at is None and db.query(GasAnalysis).filter_by(permit_id=pid).count() == 1


def test_two_people_stopping_it_at_once_one_wins_and_it_is_recorded_once(api: Api, plant: str) -> None:
    from tests.api.test_concurrency import _together

    for _ in range(3):
        pid = active_permit(api, plant)
        a, b = _together(lambda pid=pid: api.post("verifier", f"/api/permits/{pid}/suspend", json={"reason": "A"}),
                         lambda pid=pid: api.post("operator", f"/api/permits/{pid}/suspend", json={"reason": "B"}))
        assert sorted([a.status_code, b.status_code]) == [200, 409], (a.text, b.text)
        loser = a if a.status_code == 409 else b
        assert "suspended already" in loser.json()["error"]["message"]["en"]
        p = _permit(api, pid)
        assert [h["status"] for h in p["history"]] == ["draft", "active", "suspended"]
        winner = (a if a.status_code == 200 else b).json()
        assert p["suspension"]["reason"] == winner["suspension"]["reason"]
        audits = api.get("auditor", f"/api/audit?resource=permit&resource_id={pid}&action=permit.suspend").json()
        assert len(audits) == 1
