"""Lock order between the plant's runtime lock and the database, under real concurrency on both backends.

Event ingestion takes the plant's lock and then writes; a platform change (hazard, permit, form) writes its
record and tells the plant's rules with a signal, which takes the same lock. If the second kind wrote first
and then waited for the lock, the two would wait on each other: on SQLite for the one writer's lock (until
busy_timeout fails the ingestion), on PostgreSQL for a row (for ever: the server cannot see a Python lock).
These tests hammer one plant from many threads and check that every request succeeds, within a bound that
only a deadlock can exceed, and that no decision or state change is lost, duplicated or stored out of order.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from tests.api.conftest import Api
from tests.api.helpers import o2_low_rule, readings
from tests.api.permit_steps import active_permit, gas, status_rule

# a deadlock guard, not a speed check: the whole workload takes a few seconds. After it the workers stop
# sending; one still blocked then is deadlocked (PostgreSQL) or waiting out SQLite's 30-s busy timeout.
DEADLINE_S = 120.0


def _gt_rule(rule_id: str, signal: str, above: float) -> dict[str, Any]:
    doc = o2_low_rule(rule_id, 0.0, signal)
    doc["nodes"][0]["params"] = {"signal": signal}
    doc["nodes"][1] = {"id": "low", "block": "compare.gt", "params": {"value": above}}
    return doc


def _deploy(api: Api, plant: str, doc: dict[str, Any]) -> None:
    assert api.post("engineer", "/api/rules", json={"plant": plant, "doc": doc}).status_code == 201
    r = api.post("engineer", f"/api/rules/{doc['id']}/publish", json={})
    assert r.status_code == 201, r.text


def _unblock(api: Api) -> None:
    """After a deadlock: end the other sessions of the test's PostgreSQL database, so the blocked requests
    fail and the rest of the suite can go on (SQLite unblocks itself when its busy timeout runs out)."""
    engine = api.app.state.services.engine
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as c:
        c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()"))


def _ingester(api: Api, plant: str, sensor: str, batches: int,
              flowing: threading.Event | None = None) -> Callable[[threading.Event], list[tuple[str, int, str]]]:
    """A worker posting O2 batches that fire and clear, each 10 s of event time after the last, from a minute
    past the wall clock (the engine's clock is there already: rules were seeded)."""
    clock, clock_lock = [time.time() + 60], threading.Lock()

    def ingest(stop: threading.Event) -> list[tuple[str, int, str]]:
        got = []
        for _ in range(batches):
            if stop.is_set():
                break
            with clock_lock:
                t = clock[0]
                clock[0] += 10
            r = api.post("operator", f"/api/events?plant={plant}",
                         json={"events": readings(sensor, [20.9, 18.0, 20.9], t)})
            got.append(("ingest", r.status_code, r.text))
            if flowing is not None:
                flowing.set()
        return got

    return ingest


def _hammer(api: Api, workers: dict[str, Callable[[threading.Event], list[tuple[str, int, str]]]]) -> dict[str, Any]:
    """Run the workers at once; each returns (what, status, body) per request. Fails on a deadlock."""
    stop = threading.Event()
    out: dict[str, Any] = {}
    barrier = threading.Barrier(len(workers))

    def run(name: str, fn: Callable[[threading.Event], list[tuple[str, int, str]]]) -> None:
        barrier.wait()
        try:
            out[name] = fn(stop)
        except BaseException as e:  # reported below with the worker's name
            out[name] = e

    threads = [threading.Thread(target=run, args=item, daemon=True, name=item[0]) for item in workers.items()]
    for t in threads:
        t.start()
    deadline = time.monotonic() + DEADLINE_S
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    stop.set()  # late workers send nothing more; what is in flight may still finish
    for t in threads:
        t.join(40)  # longer than SQLite's busy timeout
    stuck = [t.name for t in threads if t.is_alive()]
    if stuck:
        _unblock(api)
        for t in threads:
            t.join(30)
    assert not stuck, f"deadlock: {stuck} still blocked {DEADLINE_S:.0f} s after the start"
    return out


def _failures(results: dict[str, Any]) -> list[Any]:
    bad: list[Any] = []
    for name, res in results.items():
        if isinstance(res, BaseException):
            bad.append((name, repr(res)))
            continue
        bad += [(name, what, code, body[:300]) for what, code, body in res if not 200 <= code < 300]
    return bad


def test_ingestion_beside_hazards_permits_and_forms(api: Api, plant: str) -> None:
    area, sensor, fid = f"{plant}-area", f"{plant}.o2", f"{plant}.chk"
    count_sig = f"hazard.{area}.open"
    pid = active_permit(api, plant)
    _deploy(api, plant, o2_low_rule(f"{plant}.o2low", 19.5, sensor))
    _deploy(api, plant, _gt_rule(f"{plant}.many", count_sig, 1))  # fires once two hazards are open
    _deploy(api, plant, status_rule(f"{plant}.stopped", pid, "suspended"))
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
              "properties": {"f1": {"type": "number"}, "f2": {"type": "number"}}}
    r = api.post("engineer", "/api/forms", json={"id": fid, "plant": plant, "title": {"zh": "巡检", "en": "Round"},
                                                 "schema": schema, "ui_schema": {}})
    assert r.status_code == 201, r.text
    assert api.post("engineer", f"/api/forms/{fid}/publish").status_code == 201
    for field in ("f1", "f2"):  # a submission signals both fields: two turns at the plant's lock
        _deploy(api, plant, _gt_rule(f"{plant}.{field}", f"form.{fid}.{field}", 50))

    ingest = _ingester(api, plant, sensor, 12)

    def hazards(who: str, assign: bool = False) -> Callable[[threading.Event], list[tuple[str, int, str]]]:
        def work(stop: threading.Event) -> list[tuple[str, int, str]]:
            got = []
            for k in range(6):
                if stop.is_set():
                    break
                r = api.post(who, "/api/hazards", json={"plant": plant, "title": "护栏松动", "area": area,
                                                        "spot": f"{who}-{k}"})
                got.append(("report", r.status_code, r.text))
                if assign and r.status_code == 201:  # a change of an existing hazard: recounted, resent
                    r = api.post(who, f"/api/hazards/{r.json()['id']}/assign", json={"assignee": "operator1"})
                    got.append(("assign", r.status_code, r.text))
            return got
        return work

    def permit(stop: threading.Event) -> list[tuple[str, int, str]]:
        got = []
        for _ in range(3):
            if stop.is_set():
                break
            r = api.post("verifier", f"/api/permits/{pid}/suspend", json={"reason": "gas alarm"})
            got.append(("suspend", r.status_code, r.text))
            r = gas(api, pid)
            got.append(("gas", r.status_code, r.text))
            r = api.post("operator", f"/api/permits/{pid}/resume")
            got.append(("resume", r.status_code, r.text))
        return got

    def forms(stop: threading.Event) -> list[tuple[str, int, str]]:
        got = []
        for k in range(6):
            if stop.is_set():
                break
            v = 60.0 if k % 2 == 0 else 10.0
            r = api.post("operator", f"/api/forms/{fid}/submissions", json={"version": 1, "data": {"f1": v, "f2": v}})
            got.append(("submit", r.status_code, r.text))
        return got

    results = _hammer(api, {"ingest-1": ingest, "ingest-2": ingest, "ingest-3": ingest,
                            "hazards-operator": hazards("operator"), "hazards-verifier": hazards("verifier"),
                            "hazards-admin": hazards("admin"), "hazards-engineer": hazards("engineer", assign=True),
                            "permit": permit, "forms": forms})
    bad = _failures(results)
    assert bad == [], "\n".join(map(str, bad))

    # one chain, whole, every decision once
    ds = api.get("auditor", f"/api/decisions?plant={plant}&limit=5000").json()
    assert [d["seq"] for d in ds] == list(range(1, len(ds) + 1))
    assert len({d["record"]["id"] for d in ds}) == len(ds)
    v = api.get("auditor", f"/api/decisions/verify?plant={plant}").json()
    assert v["ok"] is True and v["records"] == len(ds)

    def states(rule: str) -> list[str]:
        return [d["state"] for d in sorted(ds, key=lambda d: d["seq"]) if d["rule"] == rule]

    # every state change reached the rules once, in order: three suspensions and resumptions, three high
    # and three low submissions per field
    assert states(f"{plant}.stopped") == ["fired", "cleared"] * 3
    assert states(f"{plant}.f1") == states(f"{plant}.f2") == ["fired", "cleared"] * 3
    # the rules' last view of the open hazards is the stored count (no count computed beside an
    # uncommitted report and sent after a newer one)
    open_now = [h for h in api.get("engineer", f"/api/hazards?plant={plant}").json() if h["status"] != "closed"]
    assert len(open_now) == 24
    counts = api.get("engineer", f"/api/events?plant={plant}&signal={count_sig}&limit=10000").json()
    assert counts[-1]["value"] == 24.0, [c["value"] for c in counts]
    assert states(f"{plant}.many") == ["fired"]


def test_expiry_sweep_beside_ingestion(api: Api, plant: str) -> None:
    """The service's 60-s sweep expires several permits of one plant while its events stream in."""
    from core.api.workflows.permits import expire_due
    from core.storage.tables_work import Permit

    sensor = f"{plant}.o2"
    pids = [active_permit(api, plant) for _ in range(6)]
    _deploy(api, plant, o2_low_rule(f"{plant}.o2low", 19.5, sensor))
    for pid in pids:
        _deploy(api, plant, status_rule(f"{plant}.{pid.lower()}", pid, "expired"))
    svc = api.app.state.services
    with svc.sessions() as db:  # their validity ended a minute ago
        for p in db.query(Permit).filter(Permit.id.in_(pids)):
            p.valid_until = p.valid_until.replace(year=2000)
        db.commit()
    flowing = threading.Event()
    ingest = _ingester(api, plant, sensor, 15, flowing)

    def sweep(stop: threading.Event) -> list[tuple[str, int, str]]:
        flowing.wait(DEADLINE_S)  # the sweep meets a stream of batches, not an idle plant
        with svc.sessions() as db:
            expired = expire_due(db, svc.runtime)
        return [("sweep", 200 if sorted(expired) == sorted(pids) else 500, repr(expired))]

    results = _hammer(api, {"ingest-1": ingest, "ingest-2": ingest, "sweep": sweep})
    bad = _failures(results)
    assert bad == [], "\n".join(map(str, bad))
    assert {p["id"]: p["status"] for p in api.get("auditor", f"/api/permits?plant={plant}").json()} == \
        dict.fromkeys(pids, "expired")
    ds = api.get("auditor", f"/api/decisions?plant={plant}&limit=5000").json()
    assert [d["seq"] for d in ds] == list(range(1, len(ds) + 1))
    assert api.get("auditor", f"/api/decisions/verify?plant={plant}").json()["ok"] is True
    for pid in pids:  # each expiry reached its rule once
        assert [d["state"] for d in ds if d["rule"] == f"{plant}.{pid.lower()}"] == ["fired"]


def test_a_failed_hold_leaves_the_chain_whole_and_streams_nothing(api: Api, plant: str) -> None:
    """A change that fails after its signal chained a decision: rolled back under the plant's lock, so the
    next decision links to what is stored, and the stream never saw the decision that went away."""
    import asyncio

    import pytest

    sig = f"hazard.{plant}-area.open"
    _deploy(api, plant, _gt_rule(f"{plant}.count", sig, 2))
    runtime = api.app.state.services.runtime
    sessions = api.app.state.services.sessions

    def fail() -> None:
        with sessions() as db, runtime.hold(db, plant):
            assert [r["state"] for r in runtime.signal(db, plant, sig, 5.0)] == ["fired"]
            raise RuntimeError("the change failed after its signal")

    def succeed() -> None:
        with sessions() as db, runtime.hold(db, plant):
            runtime.signal(db, plant, sig, 0.0)
            runtime.signal(db, plant, sig, 7.0)

    async def run() -> list[dict[str, Any]]:
        q = runtime.subscribe(frozenset({plant}))
        try:
            with pytest.raises(RuntimeError):
                await asyncio.to_thread(fail)
            await asyncio.to_thread(succeed)
            await asyncio.sleep(0)  # the stream's items were queued on this loop before the thread ended
            return [q.get_nowait() for _ in range(q.qsize())]
        finally:
            runtime.unsubscribe(q)

    streamed = asyncio.run(run())
    ds = api.get("auditor", f"/api/decisions?plant={plant}").json()
    # the engine is not rolled back with the database: it saw 5 (fired), so 0 clears and 7 fires again
    assert [d["seq"] for d in ds] == [1, 2] and [d["state"] for d in ds] == ["cleared", "fired"]
    assert api.get("auditor", f"/api/decisions/verify?plant={plant}").json()["ok"] is True
    # the stream told the stored decisions, not the one rolled back
    assert [(r["seq"], r["state"]) for r in streamed] == [(1, "cleared"), (2, "fired")]
