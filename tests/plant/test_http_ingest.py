from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from core.plugins import PluginHost
from core.runtime.live import LiveRuntime
from core.runtime.session import RuleSet
from plugins.connectors.http import ingest_batch, make_router


def test_http_batch_ingest_is_durable_and_reports_bad_items(sim_rules: RuleSet, host: PluginHost, tmp_path: Path) -> None:
    rules = [r for r in sim_rules.rules if r.id == "sim.cs01.o2_band"]
    rt = LiveRuntime(rules, tmp_path / "j.sqlite")
    app = FastAPI()
    app.include_router(make_router(host, rt.submit), prefix="/api")
    with TestClient(app) as client:
        body = [{"ts": "2026-01-05T08:00:00Z", "signal": "permit.CS-0001.status", "value": "active"},
                ["2026-01-05T08:00:01Z", "CS-01.o2", 20.9],
                {"ts": "2026-01-05T08:00:02Z", "signal": "CS-01.o2", "value": 18.2},
                {"ts": "2026-01-05T08:00:03Z", "signal": "CS-01.o2", "value": 18.2, "colour": "red"}]
        r = client.post("/api/ingest", json=body)
        assert r.status_code == 200
        assert r.json()["accepted"] == 3 and [x["index"] for x in r.json()["rejected"]] == [3]
        assert r.json()["decisions"] == ["sim.cs01.o2_band@1#1:fired"]
        jsonl = '{"ts": 1767600003, "signal": "CS-01.o2", "value": 20.9}\n{"ts": 1767600004, "signal": "CS-01.o2", "value": 21.0}\n'
        r = client.post("/api/ingest", content=jsonl)
        assert r.status_code == 200 and r.json()["decisions"] == ["sim.cs01.o2_band@1#1:cleared"]
        assert client.post("/api/ingest", content=b"{not json").status_code == 400
    rt._close()  # killed: no closing checkpoint
    # acknowledged means journalled: a restart replays to the same decisions
    again = LiveRuntime(rules, tmp_path / "j.sqlite")
    assert [r["id"] for r in again.records()] == ["sim.cs01.o2_band@1#1:fired", "sim.cs01.o2_band@1#1:cleared"]
    assert again.recovered_inputs == 5 and again.seq == 5
    assert ingest_batch(host, again.submit, "[]")[1]["accepted"] == 0
    again.close()
