"""Rule lifecycle: drafts, validation as data, immutable versions with diffs, optimistic concurrency,
rollback as a new version, backtest against the published version, deploy without restart."""

from __future__ import annotations

import copy

from tests.api.conftest import Api
from tests.api.helpers import o2_low_rule, readings

T0 = 1_767_600_000.0  # 2026-01-05T08:00:00Z


def test_draft_validate_publish_diff_rollback(api: Api, plant: str) -> None:
    rid = f"{plant}.o2_low"
    doc = o2_low_rule(rid)
    assert api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc}).status_code == 201
    assert api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc}).status_code == 409

    broken = copy.deepcopy(doc)
    broken["edges"].append({"from": "alert.when", "to": "o2.value"})
    broken["nodes"][1]["params"]["unit"] = "ppm"
    r = api.put("engineer", f"/api/rules/{rid}/draft", json={"doc": broken, "base_revision": 1})
    assert r.status_code == 200 and r.json()["revision"] == 2
    v = api.post("engineer", f"/api/rules/{rid}/validate").json()
    assert v["ok"] is False and len(v["problems"]) >= 2
    assert all({"code", "message"} <= set(p) and {"en", "zh"} <= set(p["message"]) for p in v["problems"])
    r = api.post("engineer", f"/api/rules/{rid}/publish", json={})
    assert r.status_code == 422 and r.json()["problems"]
    assert api.get("engineer", f"/api/rules/{rid}/versions").json() == []  # nothing published

    r = api.put("engineer", f"/api/rules/{rid}/draft", json={"doc": doc, "base_revision": 2})
    assert r.status_code == 200
    v1 = api.post("engineer", f"/api/rules/{rid}/publish", json={"base_revision": 3, "deploy": False}).json()
    assert v1["version"] == 1 and v1["doc"]["version"] == 1 and v1["deployed"] is False

    doc2 = copy.deepcopy(doc)
    doc2["nodes"][1]["params"]["value"] = 19.0
    doc2["nodes"][0]["position"] = {"x": 10, "y": 20}
    api.put("engineer", f"/api/rules/{rid}/draft", json={"doc": doc2, "base_revision": 3})
    v2 = api.post("engineer", f"/api/rules/{rid}/publish", json={"note": "tighter"}).json()
    assert v2["version"] == 2 and v2["hash"] != v1["hash"]
    ops = {(d["op"], d["path"]) for d in v2["diff"]}
    assert ("change", "/nodes/low/params/value") in ops and ("add", "/nodes/o2/position") in ops
    change = next(d for d in v2["diff"] if d["path"] == "/nodes/low/params/value")
    assert change["before"] == 19.5 and change["after"] == 19.0

    # versions are immutable: rollback makes version 3 with version 1's content
    rb = api.post("engineer", f"/api/rules/{rid}/rollback", json={"to_version": 1}).json()
    assert rb["version"] == 3 and rb["rollback_of"] == 1 and rb["deployed"] is True
    assert rb["doc"]["nodes"][1]["params"]["value"] == 19.5
    vs = api.get("auditor", f"/api/rules/{rid}/versions").json()
    assert [v["version"] for v in vs] == [1, 2, 3]
    assert vs[1]["doc"]["nodes"][1]["params"]["value"] == 19.0  # version 2 unchanged
    assert api.get("engineer", f"/api/rules/{rid}").json()["deployed_version"] == 3
    latest = [a["action"] for a in api.get("auditor", f"/api/audit?resource=rule&resource_id={rid}").json()[:2]]
    assert latest == ["rule.deploy", "rule.rollback"]  # stored first, then deployed


def test_stale_save_is_409_with_both_versions(api: Api, plant: str) -> None:
    rid = f"{plant}.stale"
    doc = o2_low_rule(rid)
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc})
    mine, theirs = copy.deepcopy(doc), copy.deepcopy(doc)
    theirs["title"]["en"] = "O2 low (engineer2)"
    mine["title"]["en"] = "O2 low (engineer1)"
    assert api.put("engineer2", f"/api/rules/{rid}/draft", json={"doc": theirs, "base_revision": 1}).status_code == 200
    r = api.put("engineer", f"/api/rules/{rid}/draft", json={"doc": mine, "base_revision": 1})
    assert r.status_code == 409
    body = r.json()
    assert body["error"]["code"] == "stale_revision" and body["error"]["message"]["zh"]
    assert body["current"]["revision"] == 2 and body["current"]["doc"]["title"]["en"] == "O2 low (engineer2)"
    assert body["yours"]["base_revision"] == 1 and body["yours"]["doc"]["title"]["en"] == "O2 low (engineer1)"
    assert api.get("engineer", f"/api/rules/{rid}").json()["draft"]["title"]["en"] == "O2 low (engineer2)"


def test_deploy_without_restart_and_backtest(api: Api, plant: str) -> None:
    rid = f"{plant}.o2"
    sensor = f"{plant}.o2"
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": o2_low_rule(rid, 19.5, sensor)})
    api.post("engineer", f"/api/rules/{rid}/publish", json={})
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [20.9, 19.2, 20.5], T0)})
    assert [(d["state"], d["rule_version"]) for d in r.json()["decisions"]] == [("fired", 1), ("cleared", 1)]

    # a tighter draft: the backtest over the stored events shows it would not have fired
    doc = o2_low_rule(rid, 19.0, sensor)
    api.put("engineer", f"/api/rules/{rid}/draft", json={"doc": doc, "base_revision": 1})
    bt = api.post("engineer", f"/api/rules/{rid}/backtest", json={"start": T0 - 10, "end": "2026-01-05T08:01:00Z"})
    assert bt.status_code == 200, bt.text
    bt = bt.json()
    assert bt["published"]["fired"] == 1 and bt["published"]["version"] == 1 and bt["published"]["events"] == 3
    assert bt["draft"]["fired"] == 0 and bt["draft"]["version"] == 2
    assert bt["published"]["timeline"][0] == {"ts": "2026-01-05T08:00:01Z", "state": "fired", "episode": 1,
                                              "actions": ["alert"]}

    # publish v2: deployed into the running engine (no restart); new decisions name version 2
    assert api.post("engineer", f"/api/rules/{rid}/publish", json={}).json()["deployed"] is True
    assert api.get(None, "/api/health").json()["plants"][plant] == {rid: 2}
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [18.5], T0 + 10)})
    assert [(d["state"], d["rule_version"]) for d in r.json()["decisions"]] == [("fired", 2)]
    # CSV in: same runtime
    csv = f"ts,signal,value,quality\n2026-01-05T08:00:20Z,{sensor},20.9,good\n"
    r = api.post("operator", f"/api/events?plant={plant}", content=csv, headers={"Content-Type": "text/csv"})
    assert r.status_code == 200 and [d["state"] for d in r.json()["decisions"]] == ["cleared"]
    ndjson = f'{{"ts": "2026-01-05T08:00:25Z", "signal": "{sensor}", "value": 20.8}}\n'
    r = api.post("operator", f"/api/events?plant={plant}", content=ndjson, headers={"Content-Type": "application/x-ndjson"})
    assert r.status_code == 200 and r.json()["accepted"] == 1
    ds = api.get("engineer", f"/api/decisions?plant={plant}&rule={rid}").json()
    assert [(d["state"], d["rule_version"]) for d in ds] == [("fired", 1), ("cleared", 1), ("fired", 2), ("cleared", 2)]

    # undeploy: events no longer make decisions
    api.post("engineer", f"/api/rules/{rid}/undeploy")
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": readings(sensor, [17.0], T0 + 30)})
    assert r.json()["decisions"] == []
    assert api.post("engineer", f"/api/rules/{rid}/deploy", json={"version": 1}).json()["deployed_version"] == 1
