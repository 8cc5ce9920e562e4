"""Permits beyond the acceptance flow: levels and their limits, separation of duties, validity timers,
and a rule deployed while a permit is already active sees it (the permit state is seeded)."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

from core.storage.tables_work import Permit
from tests.api.conftest import PASSWORD, Api
from tests.api.helpers import o2_permit_rule, readings

GOOD_GAS = {"o2_pct": 20.9, "lel_pct": 0.0}


def _number(prefix: str) -> str:
    return f"{prefix}-{random.randint(10_000_000, 99_999_999)}"


def _open(api: Api, plant: str, kind: str, level: str, meanings: list[tuple[str, str]], gas: dict) -> str:
    pid = _number("HW" if kind == "hot_work" else "CS")
    r = api.post("operator", "/api/permits", json={"plant": plant, "kind": kind, "level": level, "title": "作业",
                                                  "location": "unit 3", "valid_hours": 8, "number": pid})
    assert r.status_code == 201, r.text
    for who, meaning in meanings:
        assert api.post(who, f"/api/permits/{pid}/signatures", json={"meaning": meaning, "password": PASSWORD}).status_code == 201
    assert api.post("operator", f"/api/permits/{pid}/gas-analyses", json={"readings": gas}).status_code == 201
    r = api.post("operator", f"/api/permits/{pid}/activate")
    assert r.status_code == 200, r.text
    return pid


def test_levels_limits_and_separation_of_duties(api: Api, plant: str) -> None:
    r = api.post("operator", "/api/permits", json={"plant": plant, "kind": "hot_work", "level": "standard", "title": "x",
                                                  "location": "y"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_level"
    r = api.post("operator", "/api/permits", json={"plant": plant, "kind": "hot_work", "level": "special", "title": "x",
                                                  "location": "y", "valid_hours": 24})
    assert r.status_code == 422 and r.json()["error"]["code"] == "too_long"
    r = api.post("engineer", "/api/permits", json={"plant": plant, "kind": "hot_work", "level": "level1", "title": "x",
                                                  "location": "y"})
    pid = r.json()["id"]
    assert r.json()["missing_signatures"] == ["guardian", "safety", "approver"]
    r = api.post("engineer", f"/api/permits/{pid}/signatures", json={"meaning": "guardian", "password": PASSWORD})
    assert r.status_code == 409 and r.json()["error"]["code"] == "self_approval"
    assert api.post("verifier", f"/api/permits/{pid}/signatures", json={"meaning": "guardian", "password": PASSWORD}).status_code == 201
    r = api.post("verifier", f"/api/permits/{pid}/signatures", json={"meaning": "safety", "password": PASSWORD})
    assert r.status_code == 409 and r.json()["error"]["code"] == "one_signature_each"
    r = api.post("verifier2", f"/api/permits/{pid}/signatures", json={"meaning": "guardian", "password": PASSWORD})
    assert r.status_code == 409 and r.json()["error"]["code"] == "already_signed"
    r = api.post("verifier2", f"/api/permits/{pid}/signatures", json={"meaning": "plant_manager", "password": PASSWORD})
    assert r.status_code == 422  # not required at this level
    # a failing analysis names what failed
    r = api.post("operator", f"/api/permits/{pid}/gas-analyses", json={"readings": {"o2_pct": 20.9, "lel_pct": 25}})
    assert r.json()["passing"] is False and r.json()["failures"][0]["reading"] == "lel_pct"


def test_validity_timer_expires_permit(api: Api, plant: str) -> None:
    pid = _open(api, plant, "hot_work", "level2", [("engineer", "guardian"), ("verifier", "approver")], GOOD_GAS)
    p = api.get("operator", f"/api/permits/{pid}").json()
    until = datetime.fromisoformat(p["valid_until"].replace("Z", "+00:00"))
    assert timedelta(hours=7.9) < until - datetime.now(UTC) <= timedelta(hours=8)
    # the validity ends (moved in the database: the clock is not ours to move)
    with api.app.state.services.sessions() as db:
        row = db.get(Permit, pid)
        assert row is not None
        row.valid_until = datetime.now(UTC) - timedelta(seconds=1)
        db.commit()
    p = api.get("operator", f"/api/permits/{pid}").json()
    assert p["status"] == "expired" and p["history"][-1]["by"] == "system:runtime"
    r = api.post("operator", f"/api/permits/{pid}/resume")
    assert r.status_code == 409 and r.json()["error"]["code"] == "wrong_state"
    events = api.get("engineer", f"/api/events?plant={plant}&signal=permit.{pid}.status").json()
    assert [e["value"] for e in events] == ["active", "expired"]


def test_rule_deployed_after_permit_activation_sees_it(api: Api, plant: str) -> None:
    pid = _open(api, plant, "confined_space", "standard", [("engineer", "guardian"), ("verifier", "approver")],
                {"o2_pct": 20.9, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0})
    sensor, rid = f"{plant}.o2", f"{plant}.late_rule"
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": o2_permit_rule(rid, pid, sensor)})
    assert api.post("engineer", f"/api/rules/{rid}/publish", json={}).status_code == 201
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [18.0], time.time() + 1)})
    # fired (suspends the permit), then cleared because the permit is no longer active
    assert [d["state"] for d in r.json()["decisions"]] == ["fired", "cleared"]
    assert api.get("operator", f"/api/permits/{pid}").json()["status"] == "suspended"
