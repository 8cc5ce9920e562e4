"""Decisions: stored, queryable, streamed (SSE), the hash chain verifiable over the API, retention."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from sqlalchemy import select

from core.storage.tables import DecisionRow
from tests.api.conftest import Api
from tests.api.helpers import o2_low_rule, readings

T0 = 1_767_600_000.0  # 2026-01-05T08:00:00Z
DAY = 86400.0


def _setup(api: Api, plant: str, risk: str, name: str) -> str:
    rid, sensor = f"{plant}.{name}", f"{plant}.{name}.o2"
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": o2_low_rule(rid, 19.5, sensor, risk)})
    assert api.post("engineer", f"/api/rules/{rid}/publish", json={}).status_code == 201
    return sensor


def _sse(text: str) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in text.splitlines() if line.startswith("data: ")]


def test_stream_backlog_then_live(api: Api, plant: str) -> None:
    sensor = _setup(api, plant, "L2", "s")
    api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [20.9, 18.0], T0)})
    got: list[Any] = []
    runtime = api.app.state.services.runtime
    subs0 = len(runtime._subs)

    def listen() -> None:
        r = api.get("operator", f"/api/decisions/stream?plant={plant}&since_seq=0&max_events=2&idle_s=60")
        got.append(r)

    t = threading.Thread(target=listen)
    t.start()
    while len(runtime._subs) == subs0 and t.is_alive():  # wait until the stream subscribed (no timing assumption)
        time.sleep(0.01)
    pool, deadline = api.app.state.services.engine.pool, time.monotonic() + 10
    while pool.checkedout() and time.monotonic() < deadline:  # its read of the stored ones may still run
        time.sleep(0.01)
    assert pool.checkedout() == 0  # the open stream holds no database connection
    api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [20.9], T0 + 5)})
    t.join(120)
    r = got[0]
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    items = _sse(r.text)
    # the fired decision came from the backlog, the cleared one live
    assert [(d["seq"], d["state"], d["rule_version"]) for d in items] == [(1, "fired", 1), (2, "cleared", 1)]
    assert items[1]["record"]["prev_hash"] == items[0]["record"]["hash"]


def test_query_verify_tamper_and_retention(api: Api, plant: str) -> None:
    low = _setup(api, plant, "L2", "low")
    high = _setup(api, plant, "L3", "high")
    evs = readings(low, [20.9, 18.0, 20.9], T0) + readings(high, [20.9, 18.0, 20.9], T0 + 0.5)
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": evs})
    assert len(r.json()["decisions"]) == 4
    ds = api.get("auditor", f"/api/decisions?plant={plant}").json()
    assert [d["seq"] for d in ds] == [1, 2, 3, 4]
    assert ds[1]["record"]["prev_hash"] == ds[0]["record"]["hash"]
    assert len(api.get("auditor", f"/api/decisions?plant={plant}&state=fired").json()) == 2
    assert api.get("auditor", f"/api/decisions/verify?plant={plant}").json() == {
        "plant": plant, "ok": True, "records": 4, "pruned": 0, "first_bad_seq": None, "reason": ""}

    # retention: at T0+100 d the L2 decisions go, the L3 ones stay (>= 180 days), and the chain still verifies
    assert api.post("admin", "/api/retention/run", json={"now": T0 + 100 * DAY, "keep_days_high": 30}).status_code == 422
    r = api.post("admin", "/api/retention/run", json={"now": T0 + 100 * DAY})
    mine = [p for p in r.json() if p["plant"] == plant]
    assert mine and mine[0]["deleted"] == 2
    left = api.get("auditor", f"/api/decisions?plant={plant}").json()
    assert {d["risk_level"] for d in left} == {"L3"} and len(left) == 2
    v = api.get("auditor", f"/api/decisions/verify?plant={plant}").json()
    assert v["ok"] is True and v["records"] == 2 and v["pruned"] == 2
    assert any(a["action"] == "decisions.prune" for a in api.get("auditor", "/api/audit?resource=decisions").json())
    # new decisions continue the chain after the pruned ones
    api.post("operator", f"/api/events?plant={plant}", json={"events": readings(low, [18.0], T0 + 10)})
    assert api.get("auditor", f"/api/decisions/verify?plant={plant}").json()["ok"] is True

    # tampering with a stored record is found, at its seq
    with api.app.state.services.sessions() as db:
        row = db.scalar(select(DecisionRow).where(DecisionRow.plant == plant).order_by(DecisionRow.seq).limit(1))
        assert row is not None
        rec = dict(row.record)
        rec["state"] = "cleared"
        row.record = rec
        seq = row.seq
        db.commit()
    v = api.get("auditor", f"/api/decisions/verify?plant={plant}").json()
    assert v["ok"] is False and v["first_bad_seq"] == seq


def test_stream_accepts_access_token_for_event_source(api: Api, plant: str) -> None:
    sensor = _setup(api, plant, "L2", "es")
    api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [18.0], T0)})
    url = f"/api/decisions/stream?plant={plant}&max_events=1"
    r = api.client.get(url + f"&access_token={api.tokens['auditor']}")
    assert r.status_code == 200 and [d["state"] for d in _sse(r.text)] == ["fired"]
    assert api.client.get(url + "&access_token=forged").status_code == 401
    assert api.client.get(f"/api/decisions?plant={plant}&access_token={api.tokens['auditor']}").status_code == 401


def test_actuator_confirmation_and_escalation_keep_the_chain(api: Api, plant: str) -> None:
    """An actuator command waits for its readback; without it in time, an escalation decision follows.
    The stored records stay exactly what was hashed even though the engine annotates confirmed commands."""
    rid, sensor = f"{plant}.fan", f"{plant}.lel"
    doc = {"schema": "safeblocks.rule/1", "id": rid, "version": 1, "title": {"zh": "可燃气体高强制通风", "en": "LEL high: fan"},
           "risk_level": "L4", "on_unknown": "hold",
           "nodes": [{"id": "lel", "block": "signal", "params": {"signal": sensor, "unit": "%LEL", "period_s": 60}},
                     {"id": "hi", "block": "compare.gt", "params": {"value": 20, "unit": "%LEL"}},
                     {"id": "fan", "block": "action.actuator", "params": {
                         "device": f"{plant}.fan", "command": "force_on", "confirm_s": 5, "safe_state": "force_on"}}],
           "edges": [{"from": "lel.value", "to": "hi.x"}, {"from": "hi.out", "to": "fan.when"}]}
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc})
    api.post("engineer", f"/api/rules/{rid}/publish", json={})
    confirmed = [{"ts": T0, "signal": sensor, "value": 30.0}, {"ts": T0 + 2, "signal": f"{plant}.fan.state", "value": "force_on"}]
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": confirmed})
    assert [d["state"] for d in r.json()["decisions"]] == ["fired"]
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": [{"ts": T0 + 10, "signal": sensor, "value": 5.0},
                                                                          {"ts": T0 + 20, "signal": sensor, "value": 35.0}]})
    assert [d["state"] for d in r.json()["decisions"]] == ["cleared", "fired"]
    r = api.post("engineer", "/api/runtime/advance", json={"plant": plant, "to": T0 + 30})  # no readback this time
    esc = r.json()["decisions"]
    assert [(d["state"], d["actions"][0]) for d in esc] == [("unknown", "alert")]
    rec = api.get("auditor", f"/api/decisions?plant={plant}&since_seq=3").json()[0]["record"]
    assert rec["cause"] == "confirm_timeout" and rec["escalates"].endswith("#2:fired")
    assert api.get("auditor", f"/api/decisions/verify?plant={plant}").json()["ok"] is True
