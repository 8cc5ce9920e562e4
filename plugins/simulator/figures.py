"""Figures of the plant issue, measured on this machine (``python -m plugins.simulator.figures``).

Starts its own mosquitto and nats-server on loopback (stopped at the end) and prints JSON:
broker restart mid-stream, kill -9 of the runtime, a NATS worker killed, a sensor going silent,
and throughput (embedded, MQTT -> runtime -> decisions, 3 NATS workers). Nothing here is a test
assertion: these are measurements for the closing note.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from core.runtime.events import Event
from core.runtime.live import LiveRuntime
from plugins.simulator.faults import fault_inputs, kill_test, load_rules, mqtt_kill_test
from plugins.simulator.plant import RULES_DIR


def _wait(cond: Any, limit: float = 60.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.005)
    return bool(cond())


def embedded_throughput(rules: list[Any], inputs: list[Any], folder: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    mem = LiveRuntime(rules, None)
    for i in range(0, len(inputs), 1000):
        mem.submit_inputs(inputs[i:i + 1000])
    t1 = time.perf_counter()
    rt = LiveRuntime(rules, folder / "embedded.sqlite")
    for i in range(0, len(inputs), 1000):
        rt.submit_inputs(inputs[i:i + 1000])
    t2 = time.perf_counter()
    rt.close()
    return {"inputs": len(inputs), "in_memory_eps": round(len(inputs) / (t1 - t0)),
            "journalled_eps": round(len(inputs) / (t2 - t1))}


def mqtt_figures(rules: list[Any], folder: Path) -> dict[str, Any]:
    from core.plugins import PluginHost
    from plugins.connectors.base import LoopThread
    from plugins.connectors.mqtt import MqttConnector
    from plugins.simulator.brokers import Mosquitto
    from plugins.simulator.run import plant_for, publish_mqtt

    host = PluginHost.load()
    out: dict[str, Any] = {}
    broker = Mosquitto(folder, persistent=True)
    broker.start()
    lt = LoopThread()
    try:
        # --- throughput: events published as fast as QoS 1 allows (pipelined) into a journalled runtime
        rt = LiveRuntime(rules, folder / "mqtt.sqlite")
        conn = MqttConnector("mqtt:bench", host, rt.submit, port=broker.port, topics=["sb/bench/ev/#"], keepalive_s=60)
        fut = lt.start(conn)
        _wait(lambda: conn.status == "up")
        evs = [Event(e[1], str(e[2]), e[3], str(e[4])) for e in fault_inputs(("gas_leak", "o2_depletion")) if e[0] == 0]

        def blast() -> None:
            # paho directly: aiomqtt awaits each PUBACK through a future, which caps one publisher
            # near 2.5k messages/s; a device gateway pipelines QoS 1 like this
            import paho.mqtt.client as mqtt

            c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-pub")
            c.max_inflight_messages_set(1000)
            c.connect("127.0.0.1", broker.port)
            c.loop_start()
            infos = [c.publish(f"sb/bench/ev/{e.signal}", json.dumps(
                {"ts": e.ts, "signal": e.signal, "value": e.value, "quality": e.quality}).encode(), qos=1) for e in evs]
            for info in infos:
                info.wait_for_publish(60)
            c.loop_stop()
            c.disconnect()

        t0 = time.perf_counter()
        blast()
        ok = _wait(lambda: conn.stats.events >= len(evs) and rt.seq >= len(evs))
        dt = time.perf_counter() - t0
        out["mqtt_throughput"] = {"events": len(evs), "complete": ok, "events_per_s": round(len(evs) / dt),
                                  "decisions": rt.decision_count, "batches": conn.stats.batches}
        conn.stop()
        fut.result(10)
        rt.close()
        # --- broker restart mid-stream
        got: list[Event] = []
        conn = MqttConnector("mqtt:restart", host, got.extend, port=broker.port, topics=["safeblocks/sim/ev/#"],
                             keepalive_s=60)
        fut = lt.start(conn)
        _wait(lambda: conn.status == "up")
        plant = plant_for("normal_operation")
        stats: dict[str, int] = {}
        th = threading.Thread(target=lambda: asyncio.run(
            publish_mqtt(plant, "127.0.0.1", broker.port, until_s=300, commands=False, stats=stats, speed=60)))
        th.start()
        _wait(lambda: len(got) > 600)
        broker.stop()
        t_down = time.time()
        time.sleep(0.5)  # the broker is away for half a second
        broker.start()
        t_up = time.time()
        n_before = conn.stats.connects
        _wait(lambda: conn.stats.connects > n_before, 30)
        th.join(120)
        sent = {(e.ts, e.signal) for e in plant_for("normal_operation").events(until=300)}
        _wait(lambda: sent <= {(e.ts, e.signal) for e in got}, 10)
        received = {(e.ts, e.signal) for e in got}
        out["broker_restart"] = {
            "events_sent": len(sent), "events_lost": len(sent - received), "duplicates_delivered": len(got) - len(received),
            "down_s": round(t_up - t_down, 3),
            "resume_after_broker_up_s": round(conn.stats.connected_at[-1] - t_up, 3) if conn.stats.connected_at else None,
            "publisher_reconnects": stats.get("reconnects", 0)}
        conn.stop()
        fut.result(10)
    finally:
        lt.close()
        broker.stop()
    return out


def silent_sensor(rules: list[Any], folder: Path) -> dict[str, Any]:
    """Live mode, wall-clock event time: O2 at 10 Hz (declared period 1 s), then silence. Time from
    its last sample to the UNKNOWN decision and to the safe action reaching the dispatcher."""
    rule = [r for r in rules if r.id == "sim.cs01.o2_band"]
    seen: dict[str, float] = {}

    def dispatch(action: Any, decision: Any) -> dict[str, bool]:
        if decision.state == "unknown":
            seen.setdefault("action", time.time())
        return {"ok": True}

    def on_decision(d: Any) -> None:
        if d.state == "unknown":
            seen.setdefault("unknown", time.time())

    rt = LiveRuntime(rule, folder / "silent.sqlite", dispatch=dispatch, on_decision=on_decision)
    rt.submit([Event(time.time(), "permit.CS-0001.status", "active")])
    rt.start_clock(0.1, lag_s=0.2)
    last = 0.0
    for _ in range(30):
        last = time.time()
        rt.submit([Event(last, "CS-01.o2", 20.9), Event(last, "CS-01.fan.state", "auto")])
        time.sleep(0.1)
    _wait(lambda: "action" in seen, 15)
    rt.close()
    return {"declared_period_s": 1.0, "stale_after_s": 3.0, "clock_tick_s": 0.1, "clock_lag_s": 0.2,
            "last_sample_to_unknown_s": round(seen.get("unknown", float("nan")) - last, 3),
            "last_sample_to_safe_action_s": round(seen.get("action", float("nan")) - last, 3)}


def silent_source_over_mqtt(rules: list[Any], folder: Path) -> dict[str, Any]:
    """The whole device goes silent (gateway unplugged): the MQTT connector's keep-alive (1 s) marks
    its signals bad at once, before their own staleness limit (period x 3) would."""
    from core.plugins import PluginHost
    from plugins.connectors.base import LoopThread
    from plugins.connectors.mqtt import MqttConnector
    from plugins.simulator.brokers import Mosquitto

    rule = [r for r in rules if r.id == "sim.cs01.o2_band"]
    seen: dict[str, float] = {}

    def on_decision(d: Any) -> None:
        if d.state == "unknown":
            seen.setdefault("unknown", time.time())

    def dispatch(action: Any, decision: Any) -> None:
        if decision.state == "unknown":
            seen.setdefault("action", time.time())

    (folder / "silent-mqtt").mkdir()
    broker = Mosquitto(folder / "silent-mqtt")
    broker.start()
    lt = LoopThread()
    rt = LiveRuntime(rule, folder / "silent-mqtt.sqlite", dispatch=dispatch, on_decision=on_decision)
    # a live runtime runs its clock: the UNKNOWN of the instant the source went bad is decided once time
    # moves past it (ARCHITECTURE §5), by the next input or tick
    rt.start_clock(0.1, lag_s=0.2)
    conn = MqttConnector("mqtt:gw", PluginHost.load(), rt.submit, port=broker.port, topics=["gw/ev/#"], keepalive_s=1.0)
    fut = lt.start(conn)
    last = 0.0
    try:
        _wait(lambda: conn.status == "up")
        import paho.mqtt.client as mqtt

        c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="gw")
        c.connect("127.0.0.1", broker.port)
        c.loop_start()
        c.publish("gw/ev/permit.CS-0001.status", json.dumps({"ts": time.time(), "signal": "permit.CS-0001.status",
                                                              "value": "active"}), qos=1).wait_for_publish(5)
        for _ in range(20):
            last = time.time()
            c.publish("gw/ev/CS-01.o2", json.dumps({"ts": last, "signal": "CS-01.o2", "value": 20.9}), qos=1).wait_for_publish(5)
            time.sleep(0.1)
        c.loop_stop()
        c.disconnect()
        _wait(lambda: "action" in seen, 15)
    finally:
        conn.stop()
        fut.result(10)
        lt.close()
        rt.close()
        broker.stop()
    return {"keepalive_s": 1.0, "last_sample_to_unknown_s": round(seen.get("unknown", float("nan")) - last, 3),
            "last_sample_to_safe_action_s": round(seen.get("action", float("nan")) - last, 3)}


def nats_figures(rules: list[Any], folder: Path) -> dict[str, Any]:
    from core.scaleout.drill import drill
    from plugins.simulator.brokers import NatsServer

    out: dict[str, Any] = {}
    inputs = fault_inputs(("gas_leak", "sensor_dropout", "o2_depletion", "permit_lifecycle"))
    for name, kill in (("nats_3_workers_throughput", False), ("nats_worker_killed", True)):
        sub = folder / name
        sub.mkdir()
        srv = NatsServer(sub, 3)
        srv.start()
        try:
            rep = asyncio.run(drill(srv.url, rules, str(RULES_DIR), inputs, kill=kill))
        finally:
            srv.stop()
        ref = LiveRuntime(rules, None)
        want = {d.id for i in range(0, len(inputs), 1000) for d in ref.submit_inputs(inputs[i:i + 1000])}
        got = {r["id"] for r in rep.records}
        out[name] = {"messages": rep.messages, "decisions": rep.decisions, "decisions_lost": len(want - got),
                     "decisions_duplicated": rep.decisions_duplicated, "messages_per_s": round(rep.throughput_eps)}
        if kill:
            out[name]["killed_partition"] = rep.killed_partition
            out[name]["time_until_partition_processed_again_s"] = round(rep.resume_s, 3)
    return out


def main(argv: list[str]) -> int:
    rules = load_rules()
    res: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        res["embedded_throughput"] = embedded_throughput(rules, fault_inputs(), folder)
        res["silent_sensor"] = silent_sensor(rules, folder)
        res["silent_source_mqtt_keepalive"] = silent_source_over_mqtt(rules, folder)
        res.update(mqtt_figures(rules, folder))
        (folder / "kill").mkdir()
        res["kill_9_runtime"] = kill_test(folder / "kill", kills=20).summary()
        (folder / "mqttkill").mkdir()
        mk = mqtt_kill_test(folder / "mqttkill", kills=5)
        res["kill_9_runtime_consuming_mqtt"] = {k: v for k, v in mk.items() if not k.endswith("_ids")}
        res.update(nats_figures(rules, folder))
    print(json.dumps(res, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
