"""Getting a permit to the state a test starts from, through the API as the people of the loop would."""

from __future__ import annotations

import random
from typing import Any

from tests.api.conftest import PASSWORD, Api

CS_GAS = {"o2_pct": 20.9, "lel_pct": 0, "h2s_ppm": 0, "co_ppm": 0}


def draft_permit(api: Api, plant: str, valid_hours: float = 8) -> str:
    """A confined-space permit with both signatures (guardian: the verifier, approver: an engineer)."""
    pid = f"CS-{random.randint(10_000_000, 99_999_999)}"
    r = api.post("operator", "/api/permits", json={"plant": plant, "kind": "confined_space", "level": "standard",
                                                  "title": "2#塔内检修", "location": "C-201", "valid_hours": valid_hours,
                                                  "number": pid})
    assert r.status_code == 201, r.text
    for who, meaning in (("verifier", "guardian"), ("engineer", "approver")):
        r = api.post(who, f"/api/permits/{pid}/signatures", json={"meaning": meaning, "password": PASSWORD})
        assert r.status_code == 201, r.text
    return pid


def gas(api: Api, pid: str, role: str = "operator", **body: Any) -> Any:
    return api.post(role, f"/api/permits/{pid}/gas-analyses", json={"readings": CS_GAS, **body})


def active_permit(api: Api, plant: str) -> str:
    pid = draft_permit(api, plant)
    assert gas(api, pid).status_code == 201
    r = api.post("operator", f"/api/permits/{pid}/activate")
    assert r.status_code == 200, r.text
    return pid


def status_rule(rule_id: str, permit: str, value: str) -> dict[str, Any]:
    """A rule that raises an alarm while ``permit.<id>.status`` equals ``value``: what a rule sees."""
    return {
        "schema": "safeblocks.rule/1", "id": rule_id, "version": 1,
        "title": {"zh": f"作业票状态为 {value}", "en": f"permit is {value}"}, "risk_level": "L1", "on_unknown": "hold",
        "nodes": [{"id": "permit", "block": "signal", "params": {"signal": f"permit.{permit}.status", "kind": "categorical"}},
                  {"id": "is", "block": "compare.equals", "params": {"value": value}},
                  {"id": "alarm", "block": "action.alert", "params": {"level": "alarm"}}],
        "edges": [{"from": "permit.value", "to": "is.x"}, {"from": "is.out", "to": "alarm.when"}],
    }
