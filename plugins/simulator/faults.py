"""The ``kill -9`` fault harness: a runtime process replaying scenarios at full speed into a
journalled :class:`~core.runtime.live.LiveRuntime`, killed with SIGKILL at random moments and
restarted, and the checks that nothing acknowledged was lost and no action took effect twice.

Child (``python -m plugins.simulator.faults child JOURNAL DEVICE_DB ACKS``): recovers from the
journal, prints ``READY <replay seconds>``, resumes the deterministic input list at the journal's
position, and writes every acknowledged decision id to ACKS. Actions go to a "device" — a SQLite
file standing for the plant's actuator/permit system — that executes a key once and counts every
attempt (so re-sends after a crash are visible and harmless).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.runtime.live import EVENT, TICK, LiveRuntime
from plugins.simulator.plant import RULES_DIR, Plant, load_scenario

SCENARIOS = ("sensor_dropout", "gas_leak", "o2_depletion", "permit_lifecycle", "sensor_drift", "normal_operation")
Input = tuple[int, float, str | None, Any, str | None]


def fault_inputs(scenarios: tuple[str, ...] = SCENARIOS, repeat: int = 1) -> list[Input]:
    """Scenarios back to back (open loop), each step's events followed by a clock tick."""
    out: list[Input] = []
    start = None
    for name in scenarios * repeat:
        plant = Plant(load_scenario(name), start)
        n = 0
        while n <= plant.duration_s:
            t = plant.t0 + n
            out += [(EVENT, e.ts, e.signal, e.value, e.quality) for e in plant.step(t)]
            out.append((TICK, t, None, None, None))
            n += 1
        start = plant.t0 + plant.duration_s + 10
    return out


def load_rules() -> list[Any]:
    from core.runtime.session import RuleSet

    return RuleSet.load([str(RULES_DIR)]).rules


def reference(rules: list[Any], inputs: list[Input]) -> list[Any]:
    """The decisions of an uninterrupted in-memory run (what the crashed runs must add up to)."""
    rt = LiveRuntime(rules, None)
    out = []
    for i in range(0, len(inputs), 500):
        out += rt.submit_inputs(inputs[i:i + 500])
    return out


class Device:
    """Executes each idempotency key once; counts attempts (re-sends)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS executed (key TEXT PRIMARY KEY, type TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS attempts (n INTEGER PRIMARY KEY, key TEXT)")

    def __call__(self, action: Mapping[str, Any], decision: Any) -> Mapping[str, Any]:
        key = str(action["idempotency_key"])
        self.db.execute("INSERT INTO attempts (key) VALUES (?)", (key,))
        cur = self.db.execute("INSERT OR IGNORE INTO executed VALUES (?, ?)", (key, action.get("type")))
        return {"ok": True, "duplicate": cur.rowcount == 0}


def child(journal: str, device_db: str, acks: str, batch: int = 64, checkpoint_every: int | None = None) -> int:
    rules = load_rules()
    inputs = fault_inputs()
    dev = Device(Path(device_db))
    rt = LiveRuntime(rules, journal, dispatch=dev, checkpoint_every=checkpoint_every)
    print(f"READY {rt.recovery_s:.6f} {rt.seq} {rt.redispatched} {rt._ck_seq}", flush=True)
    with open(acks, "a", encoding="utf-8") as fh:
        i = rt.seq
        while i < len(inputs):
            ds = rt.submit_inputs(inputs[i:i + batch])
            i += batch
            for d in ds:  # acknowledged: committed before submit_inputs returned
                fh.write(d.id + "\n")
            fh.flush()
    print("DONE", flush=True)
    rt.close()
    return 0


@dataclass
class KillReport:
    kills: int = 0
    inputs: int = 0
    reference_decisions: int = 0
    journal_decisions: int = 0
    decisions_lost: int = 0
    acknowledged_lost: int = 0
    chain_ok: bool = False
    records_identical: bool = False
    actions_expected: int = 0
    actions_executed: int = 0
    duplicate_actions: int = 0  # executed more than once (must be 0)
    actions_missing: int = 0  # acknowledged actions never executed (must be 0)
    resends: int = 0  # attempts beyond the first, absorbed by the idempotency key
    recovery_s: list[float] = field(default_factory=list)  # spawn -> READY (process start + replay)
    from_checkpoint: int = 0  # restarts that restored a checkpoint (then replayed only the tail)
    replay_s: list[float] = field(default_factory=list)  # journal replay alone

    def percentile(self, xs: list[float], p: float) -> float:
        if not xs:
            return 0.0
        s = sorted(xs)
        return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]

    def summary(self) -> dict[str, Any]:
        return {"kills": self.kills, "inputs": self.inputs, "decisions": self.reference_decisions,
                "decisions_lost": self.decisions_lost, "acknowledged_lost": self.acknowledged_lost,
                "actions": self.actions_expected, "actions_missing": self.actions_missing,
                "duplicate_actions": self.duplicate_actions, "resends_absorbed": self.resends,
                "chain_ok": self.chain_ok, "records_identical": self.records_identical,
                "restarts_from_checkpoint": self.from_checkpoint,
                "recovery_p50_s": round(self.percentile(self.recovery_s, 50), 3),
                "recovery_p99_s": round(self.percentile(self.recovery_s, 99), 3),
                "replay_p50_s": round(statistics.median(self.replay_s), 4) if self.replay_s else 0.0}


def kill_test(folder: Path, kills: int = 20, seed: int = 7, max_delay_s: float = 0.25,
              checkpoint_every: int = 3000) -> KillReport:
    """Run the child, SIGKILL it ``kills`` times at random moments, let the last one finish, check.
    The child checkpoints every ``checkpoint_every`` inputs, so kills land before, during and after
    checkpoints and most restarts restore one and replay only the tail."""
    from core.runtime.decisions import verify_chain

    rng = random.Random(seed)
    journal, device_db, acks = folder / "journal.sqlite", folder / "device.sqlite", folder / "acks.log"
    rep = KillReport()
    cmd = [sys.executable, "-m", "plugins.simulator.faults", "child", str(journal), str(device_db), str(acks),
           str(checkpoint_every)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for k in range(kills + 1):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if line and line[0] == "READY":
            rep.recovery_s.append(time.perf_counter() - t0)
            rep.replay_s.append(float(line[1]))
            rep.from_checkpoint += len(line) > 4 and int(line[4]) > 0
        if k < kills:
            time.sleep(rng.uniform(0.0, max_delay_s))
            proc.send_signal(signal.SIGKILL)
            rep.kills += 1
        proc.wait(120)
    rules = load_rules()
    inputs = fault_inputs()
    ref = reference(rules, inputs)
    rep.inputs, rep.reference_decisions = len(inputs), len(ref)
    final = LiveRuntime(rules, journal)
    recs = final.records()
    final.close()
    ids = [r["id"] for r in recs]
    rep.journal_decisions = len(ids)
    rep.decisions_lost = len({d.id for d in ref} - set(ids))
    acked = set(Path(acks).read_text().split()) if acks.exists() else set()
    rep.acknowledged_lost = len(acked - set(ids))
    rep.chain_ok = verify_chain(recs).ok
    rep.records_identical = [(d.id, d.hash) for d in ref] == [(r["id"], r["hash"]) for r in recs]
    expected = {a["idempotency_key"] for d in ref for a in d.actions}
    db = sqlite3.connect(str(device_db))
    executed = [r[0] for r in db.execute("SELECT key FROM executed")]
    attempts = db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
    per_key = db.execute("SELECT COUNT(*) FROM (SELECT key FROM executed GROUP BY key HAVING COUNT(*) > 1)").fetchone()[0]
    db.close()
    rep.actions_expected, rep.actions_executed = len(expected), len(executed)
    rep.duplicate_actions = per_key + len([k for k in executed if k not in expected])
    rep.resends = attempts - len(executed)
    rep.actions_missing = len(expected - set(executed))
    return rep


def mqtt_child(journal: str, port: int) -> int:
    """A runtime consuming MQTT (persistent session, acks after commit) until it is killed."""
    import asyncio

    from core.plugins import PluginHost
    from plugins.connectors.mqtt import MqttConnector

    rt = LiveRuntime(load_rules(), journal)
    conn = MqttConnector("mqtt:faults", PluginHost.load(), rt.submit, port=port, topics=["safeblocks/sim/ev"],
                         client_id="runtime-1", keepalive_s=60)

    async def main() -> None:
        task = asyncio.create_task(conn.run())
        while conn.status != "up":
            await asyncio.sleep(0.01)
        print(f"READY {rt.recovery_s:.6f}", flush=True)
        await task

    asyncio.run(main())
    return 0


def mqtt_kill_test(folder: Path, kills: int = 5, seed: int = 3, scenario: str = "gas_leak") -> dict[str, Any]:
    """kill -9 a runtime consuming MQTT while a device publishes a scenario at full speed."""
    import asyncio
    import threading

    from plugins.simulator.brokers import Mosquitto
    from plugins.simulator.run import plant_for, publish_mqtt

    rng = random.Random(seed)
    broker = Mosquitto(folder, persistent=True)
    broker.start()
    journal = folder / "mqtt-journal.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cmd = [sys.executable, "-m", "plugins.simulator.faults", "mqtt-child", str(journal), str(broker.port)]
    recovery: list[float] = []
    sent = {(e.ts, e.signal) for e in plant_for(scenario).events()}
    pub: threading.Thread | None = None
    proc: subprocess.Popen[str] | None = None
    try:
        for k in range(kills + 1):
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
            assert proc.stdout is not None
            if proc.stdout.readline().startswith("READY"):
                recovery.append(time.perf_counter() - t0)
            if pub is None:  # the device starts once the runtime's session exists at the broker
                # one topic (a gateway's batch per step): MQTT orders per topic only
                pub = threading.Thread(target=lambda: asyncio.run(publish_mqtt(
                    plant_for(scenario), "127.0.0.1", broker.port, commands=False, per_signal_topics=False)))
                pub.start()
            if k < kills:
                time.sleep(rng.uniform(0.2, 0.8))
                proc.send_signal(signal.SIGKILL)
                proc.wait(30)
        assert pub is not None
        pub.join(120)
        deadline = time.monotonic() + 60
        got: set[tuple[float, str]] = set()
        while time.monotonic() < deadline:  # bounded: until the last runtime has journalled everything
            db = sqlite3.connect(str(journal))
            got = {(ts, sig) for ts, sig in db.execute("SELECT ts, signal FROM inputs WHERE kind=0")}
            db.close()
            if sent <= got:
                break
            time.sleep(0.1)
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            proc.wait(30)
        broker.stop()
    rules = load_rules()
    ref = reference(rules, [(EVENT, e.ts, e.signal, e.value, e.quality) for e in plant_for(scenario).events()])
    final = LiveRuntime(rules, journal)
    recs = final.records()
    final.close()
    return {"kills": kills, "events_sent": len(sent), "events_lost": len(sent - got),
            "decisions": len(ref), "decisions_identical": [d.id for d in ref] == [r["id"] for r in recs],
            "decision_ids": [r["id"] for r in recs], "reference_ids": [d.id for d in ref],
            "recovery_p50_s": round(statistics.median(recovery), 3) if recovery else None}


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "child":
        sys.exit(child(sys.argv[2], sys.argv[3], sys.argv[4], checkpoint_every=int(sys.argv[5]) if len(sys.argv) > 5 else None))
    if len(sys.argv) >= 4 and sys.argv[1] == "mqtt-child":
        sys.exit(mqtt_child(sys.argv[2], int(sys.argv[3])))
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        print(json.dumps(kill_test(Path(d), kills=int(sys.argv[1]) if len(sys.argv) > 1 else 20).summary(), indent=2))
