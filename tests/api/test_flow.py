"""The acceptance flow over HTTP: an engineer publishes a rule, an operator opens a confined-space permit,
gas readings arrive, the rule suspends the permit and opens a hazard, a verifier closes the hazard."""

from __future__ import annotations

import random
import time

from tests.api.conftest import PASSWORD, Api
from tests.api.helpers import o2_permit_rule, png, readings


def test_rule_suspends_permit_and_opens_hazard_closed_by_verifier(api: Api, plant: str) -> None:
    permit = f"CS-{random.randint(10_000, 99_999_999):08d}"
    sensor = f"{plant}.CS-01.o2"
    rid = f"{plant}.cs.o2_band"

    # 1. the engineer writes and publishes the rule; it is deployed into the plant's engine at once
    r = api.post("engineer", "/api/rules", json={"plant": plant, "doc": o2_permit_rule(rid, permit, sensor)})
    assert r.status_code == 201, r.text
    r = api.post("engineer", f"/api/rules/{rid}/publish", json={"note": "first version"})
    assert r.status_code == 201, r.text
    assert r.json()["version"] == 1 and r.json()["deployed"] is True

    # 2. the operator opens a confined-space permit: gas analysis, two re-authenticated signatures, activate
    r = api.post("operator", "/api/permits", json={"plant": plant, "kind": "confined_space", "level": "standard",
                                                  "title": "1#储罐内检修", "location": "T-101", "valid_hours": 8,
                                                  "number": permit})
    assert r.status_code == 201, r.text
    assert r.json()["missing_signatures"] == ["guardian", "approver"]
    r = api.post("operator", f"/api/permits/{permit}/activate")
    assert r.status_code == 409 and r.json()["error"]["code"] == "signatures_missing"
    r = api.post("engineer", f"/api/permits/{permit}/signatures", json={"meaning": "guardian", "password": "wrong"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "reauth_failed"
    for role, meaning in (("engineer", "guardian"), ("verifier", "approver")):
        r = api.post(role, f"/api/permits/{permit}/signatures", json={"meaning": meaning, "password": PASSWORD})
        assert r.status_code == 201, r.text
    sig = r.json()["signatures"][-1]
    assert sig["name"] == "verifier one" and sig["meaning"] == "approver" and len(sig["record_hash"]) == 64
    r = api.post("operator", f"/api/permits/{permit}/activate")
    assert r.status_code == 409 and r.json()["error"]["code"] == "gas_analysis_required"
    r = api.post("operator", f"/api/permits/{permit}/gas-analyses",
                 json={"readings": {"o2_pct": 20.8, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0}})
    assert r.status_code == 201 and r.json()["passing"] is True
    r = api.post("operator", f"/api/permits/{permit}/activate")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "active"
    # a hazard the operator reports now is bound to the permit, the certificates and the shift task
    r = api.post("operator", "/api/hazards", json={"plant": plant, "title": "人孔盖板变形", "area": "tank-farm",
                                                  "spot": "T-101 manhole"})
    assert r.json()["context"] == {"certificates": ["受限空间作业证"], "permit": permit, "shift_task": None}

    # 3. gas readings arrive; O2 drops below 19.5 %vol while the permit is active
    t0 = time.time() + 1
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [20.9, 20.7, 18.9], t0)})
    assert r.status_code == 200, r.text
    fired = [d for d in r.json()["decisions"] if d["state"] == "fired"]
    assert len(fired) == 1 and fired[0]["rule"] == rid and fired[0]["rule_version"] == 1
    assert set(fired[0]["actions"]) == {"permit_suspend", "create_hazard"}

    # 4. the rule suspended the permit and opened a hazard naming the decision
    p = api.get("operator", f"/api/permits/{permit}").json()
    assert p["status"] == "suspended"
    assert p["suspension"]["rule"] == rid and p["suspension"]["rule_version"] == 1
    hz = [h for h in api.get("verifier", f"/api/hazards?plant={plant}").json() if h["source"] == "rule"]
    assert len(hz) == 1 and hz[0]["decision_id"] == fired[0]["id"] and hz[0]["severity"] == "major"
    hid = hz[0]["id"]

    # resumption only after a new passing analysis
    r = api.post("operator", f"/api/permits/{permit}/resume")
    assert r.status_code == 409 and r.json()["error"]["code"] == "gas_analysis_required"
    r = api.post("operator", f"/api/permits/{permit}/gas-analyses", json={"readings": {"o2_pct": 18.9, "lel_pct": 0,
                                                                                      "h2s_ppm": 0, "co_ppm": 0}})
    assert r.json()["passing"] is False
    assert api.post("operator", f"/api/permits/{permit}/resume").status_code == 409
    api.post("operator", f"/api/permits/{permit}/gas-analyses", json={"readings": {"o2_pct": 20.9, "lel_pct": 0,
                                                                                  "h2s_ppm": 0, "co_ppm": 0}})
    # the fixed detector recovered too (were it still low, the rule would suspend the permit again at once)
    api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [20.9], t0 + 3)})
    r = api.post("operator", f"/api/permits/{permit}/resume")
    assert r.status_code == 200 and r.json()["status"] == "active"
    history = api.get("auditor", f"/api/permits/{permit}/gas-analyses").json()
    assert [a["passing"] for a in history] == [True, False, True]  # newest first

    # 5. the hazard loop: assign, rectify with an after-photo, verify by someone else, closed
    r = api.post("engineer", f"/api/hazards/{hid}/assign", json={"assignee": "operator1", "due_hours": 4})
    assert r.status_code == 200, r.text
    r = api.post("operator", f"/api/hazards/{hid}/rectify", json={"after_photo": "0" * 32, "note": "fan fixed"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "photo_missing"
    up = api.post("operator", f"/api/uploads?plant={plant}", files={"file": ("after.png", png(), "image/png")})
    assert up.status_code == 201, up.text
    r = api.post("operator", f"/api/hazards/{hid}/rectify", json={"after_photo": up.json()["id"], "note": "fan fixed"})
    assert r.status_code == 200 and r.json()["status"] == "verifying"
    r = api.post("verifier", f"/api/hazards/{hid}/verify", json={"accept": True, "note": "O2 back to 20.9"})
    assert r.status_code == 200, r.text
    closed = r.json()
    assert closed["status"] == "closed" and closed["verifier"] == "verifier1" and closed["rectifier"] == "operator1"
    assert [h["status"] for h in closed["history"]] == ["reported", "assigned", "verifying", "closed"]

    # every decision names its rule version, and the plant's chain verifies
    ds = api.get("auditor", f"/api/decisions?plant={plant}").json()
    assert ds and all(d["rule_version"] == 1 and d["record"]["rule_version"] == 1 for d in ds)
    v = api.get("auditor", f"/api/decisions/verify?plant={plant}").json()
    assert v["ok"] is True and v["records"] == len(ds)
    # and every step was audited
    acts = {a["action"] for a in api.get("auditor", "/api/audit?limit=1000").json() if a["plant"] == plant}
    assert {"rule.publish", "permit.create", "permit.sign", "permit.activate", "permit.suspend", "permit.resume",
            "hazard.create_by_rule", "hazard.assign", "hazard.rectify", "hazard.close"} <= acts
