"""The hazard closed loop beyond the happy path: duplicates and spam, verifier != rectifier, reject and
reopen, SLA escalation, points, progress visible to the reporter, context bound at report time."""

from __future__ import annotations

import time

from tests.api.conftest import Api
from tests.api.helpers import png

DAY = 86400.0


def _report(api: Api, plant: str, role: str = "operator", spot: str = "T-101 ladder", **kw: object) -> dict:
    r = api.post(role, "/api/hazards", json={"plant": plant, "title": "梯子护栏松动", "area": "tank-farm", "spot": spot, **kw})
    assert r.status_code == 201, r.text
    return dict(r.json())


def test_same_spot_reports_are_flagged_not_counted(api: Api, plant: str) -> None:
    first = _report(api, plant)
    assert first["status"] == "reported" and first["duplicate_of"] is None
    assert first["context"]["certificates"] == ["受限空间作业证"]  # bound from the reporter's profile
    more = [_report(api, plant) for _ in range(7)]
    assert all(h["status"] == "duplicate" and h["duplicate_of"] == first["id"] for h in more)
    assert [h["spam"] for h in more] == [False] + [True] * 6  # the 3rd one from one person is spam
    other = _report(api, plant, role="verifier")
    assert other["duplicate_of"] == first["id"] and other["spam"] is False
    open_ = [h for h in api.get("engineer", f"/api/hazards?plant={plant}").json() if h["status"] != "duplicate"]
    assert [h["id"] for h in open_] == [first["id"]]  # counted once
    elsewhere = _report(api, plant, spot="pump P-3")
    assert elsewhere["duplicate_of"] is None


def test_loop_reject_reopen_points_and_sla(api: Api, plant: str) -> None:
    points0 = api.get("verifier2", "/api/me").json()["points"]
    h = _report(api, plant, role="verifier2", spot="loading bay", severity="major")
    hid = h["id"]
    r = api.post("engineer", f"/api/hazards/{hid}/assign", json={"assignee": "auditor1"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "bad_assignee"
    assert api.post("engineer", f"/api/hazards/{hid}/assign", json={"assignee": "operator1"}).status_code == 200
    assert api.post("engineer2", f"/api/hazards/{hid}/start").json()["error"]["code"] == "not_assignee"
    assert api.post("operator", f"/api/hazards/{hid}/start").json()["status"] == "rectifying"
    r = api.post("operator", f"/api/hazards/{hid}/rectify", json={"note": "done"})
    assert r.status_code == 422  # the after-photo is required
    photo = api.post("operator", f"/api/uploads?plant={plant}", files={"file": ("a.png", png(), "image/png")}).json()["id"]
    assert api.post("operator", f"/api/hazards/{hid}/rectify", json={"after_photo": photo}).status_code == 200

    # the admin rectifying and then verifying his own work is refused: verifier != rectifier
    h2 = _report(api, plant, role="engineer", spot="stairs B")
    api.post("admin", f"/api/hazards/{h2['id']}/assign", json={"assignee": "admin1"})
    api.post("admin", f"/api/hazards/{h2['id']}/rectify", json={"after_photo": photo})
    r = api.post("admin", f"/api/hazards/{h2['id']}/verify", json={"accept": True})
    assert r.status_code == 409 and r.json()["error"]["code"] == "verifier_is_rectifier"

    r = api.post("verifier", f"/api/hazards/{hid}/verify", json={"accept": False, "note": "still loose"})
    assert r.json()["status"] == "rectifying"
    api.post("operator", f"/api/hazards/{hid}/rectify", json={"after_photo": photo})
    closed = api.post("verifier", f"/api/hazards/{hid}/verify", json={"accept": True}).json()
    assert closed["status"] == "closed" and closed["points"] == 10
    assert api.get("verifier2", "/api/me").json()["points"] == points0 + 10
    mine = api.get("verifier2", f"/api/hazards?plant={plant}&mine=true").json()
    assert [s["status"] for s in mine[0]["history"]] == ["reported", "assigned", "rectifying", "verifying",
                                                         "rectifying", "verifying", "closed"]
    assert api.post("verifier", f"/api/hazards/{hid}/reopen", json={"note": "came back"}).json()["status"] == "assigned"

    # SLA: a day and a half later the major hazard (24 h) is overdue -> escalated once per run
    import time

    esc = api.post("engineer", "/api/hazards/sla/run", json={"now": time.time() + 1.5 * DAY}).json()
    mine_esc = [e for e in esc if e["id"] == hid]
    assert mine_esc and mine_esc[0]["escalation"] == 1
    assert api.get("auditor", f"/api/audit?resource=hazard&resource_id={hid}&action=hazard.escalate").json()


def test_hazards_feed_a_rule(api: Api, plant: str) -> None:
    """The open-hazard count of an area is a signal: a rule can fire on "more than 2 open hazards here"."""
    rid, area = f"{plant}.hazard_cluster", "reactor-hall"
    doc = {"schema": "safeblocks.rule/1", "id": rid, "version": 1, "title": {"zh": "区域隐患聚集", "en": "Hazard cluster"},
           "risk_level": "L2", "on_unknown": "hold",
           "nodes": [{"id": "n", "block": "signal", "params": {"signal": f"hazard.{area}.open"}},
                     {"id": "many", "block": "compare.gt", "params": {"value": 2}},
                     {"id": "tell", "block": "action.notify", "params": {"to": ["safety-manager"]}}],
           "edges": [{"from": "n.value", "to": "many.x"}, {"from": "many.out", "to": "tell.when"}]}
    assert api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc}).status_code == 201
    assert api.post("engineer", f"/api/rules/{rid}/publish", json={}).status_code == 201
    for spot in ("valve 1", "valve 2", "valve 3"):
        api.post("operator", "/api/hazards", json={"plant": plant, "title": "泄漏", "area": area, "spot": spot})
    ds = api.get("engineer", f"/api/decisions?plant={plant}&rule={rid}").json()
    assert [(d["state"], d["record"]["inputs"][f"hazard.{area}.open"]) for d in ds] == [("fired", 3.0)]
    assert ds[0]["record"]["actions"][0]["type"] == "notify"


def test_rule_firing_again_links_to_its_open_hazard(api: Api, plant: str) -> None:
    rid, sensor = f"{plant}.leak", f"{plant}.lel"
    doc = {"schema": "safeblocks.rule/1", "id": rid, "version": 1, "title": {"zh": "可燃气体高", "en": "LEL high"},
           "risk_level": "L3", "on_unknown": "hold",
           "nodes": [{"id": "lel", "block": "signal", "params": {"signal": sensor, "unit": "%LEL", "period_s": 60}},
                     {"id": "hi", "block": "compare.gt", "params": {"value": 20, "unit": "%LEL"}},
                     {"id": "h", "block": "action.create_hazard", "params": {"area": "pump-row", "severity": "major"}}],
           "edges": [{"from": "lel.value", "to": "hi.x"}, {"from": "hi.out", "to": "h.when"}]}
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc})
    api.post("engineer", f"/api/rules/{rid}/publish", json={})
    t0 = time.time()
    evs = [{"ts": t0 + i, "signal": sensor, "value": v} for i, v in enumerate([25.0, 5.0, 30.0])]
    fired = [d for d in api.post("operator", f"/api/events?plant={plant}", json={"events": evs}).json()["decisions"]
             if d["state"] == "fired"]
    assert len(fired) == 2
    hz = sorted(api.get("engineer", f"/api/hazards?plant={plant}").json(), key=lambda h: h["id"])
    assert [(h["status"], h["duplicate_of"]) for h in hz] == [("reported", None), ("duplicate", hz[0]["id"])]
    assert [h["decision_id"] for h in hz] == [d["id"] for d in fired]
