"""MQTT against a real mosquitto on loopback: events in, commands out, readback, keep-alive,
and a broker restart in the middle of a stream."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path

from core.plugins import PluginHost
from core.runtime.events import Event
from core.runtime.live import LiveRuntime, host_dispatcher
from core.runtime.session import RuleSet
from plugins.connectors.base import LoopThread
from plugins.connectors.mqtt import MqttConnector
from plugins.simulator.run import plant_for, publish_mqtt
from tests.plant.conftest import Mosquitto


def wait_for(cond: Callable[[], bool], limit_s: float = 30.0) -> bool:
    """Bounded polling: True once cond holds, False after limit_s (the caller asserts on the state)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


def test_mqtt_events_commands_readback_and_keepalive(mosquitto: Mosquitto, sim_rules: RuleSet, host: PluginHost,
                                                      tmp_path: Path) -> None:
    rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite", dispatch=host_dispatcher(host))
    lt = LoopThread()
    conn = MqttConnector("mqtt:test", host, rt.submit, port=mosquitto.port, topics=["safeblocks/sim/ev/#"],
                         command_topic="safeblocks/sim/cmd/{device}", devices=["CS-01.fan"], keepalive_s=1.0)
    fut = lt.start(conn)
    try:
        assert wait_for(lambda: conn.status == "up")
        plant = plant_for("gas_leak")
        sent = asyncio.run(publish_mqtt(plant, "127.0.0.1", mosquitto.port, speed=40, until_s=200))
        assert wait_for(lambda: conn.stats.events >= sent)
        # the leak fired the rule, the command went out over MQTT, the simulated fan executed it once
        # and its readback came back through the broker
        ids = [r["id"] for r in rt.records()]
        assert ids[0] == "sim.cs01.lel_high@1#1:fired"
        assert [(x[1], x[2]) for x in plant.executed] == [("CS-01.fan", "force_on")] and plant.duplicates == 0
        assert conn.stats.commands == 1
        assert rt.engine._feeds["CS-01.lel"][0].ts is not None
        # the publisher is gone: after keepalive_s the source is stale, its signals bad, rules UNKNOWN
        assert wait_for(lambda: conn.status == "stale", 10)
        assert wait_for(lambda: any(r["state"] == "unknown" for r in rt.records()), 10)
    finally:
        conn.stop()
        fut.result(10)
        lt.close()
        rt.close()


def test_broker_restart_mid_stream_loses_no_event(tmp_path: Path, sim_rules: RuleSet, host: PluginHost) -> None:
    broker = Mosquitto(tmp_path, persistent=True)
    broker.start()
    got: list[Event] = []
    lock = threading.Lock()

    def sink(batch: list[Event]) -> None:
        with lock:
            got.extend(batch)

    lt = LoopThread()
    conn = MqttConnector("mqtt:restart", host, sink, port=broker.port, topics=["safeblocks/sim/ev/#"], keepalive_s=30)
    fut = lt.start(conn)
    stats: dict[str, int] = {}
    try:
        assert wait_for(lambda: conn.status == "up")
        plant = plant_for("normal_operation")
        result: list[int] = []
        th = threading.Thread(target=lambda: result.append(asyncio.run(
            publish_mqtt(plant, "127.0.0.1", broker.port, until_s=300, commands=False, stats=stats))))
        th.start()
        assert wait_for(lambda: len(got) > 600)
        broker.restart()
        th.join(60)
        sent = sorted((e.ts, e.signal) for e in plant_for("normal_operation").events(until=300))
        assert result and result[0] >= len(sent)
        assert wait_for(lambda: (sent[-1][0], sent[-1][1]) in {(e.ts, e.signal) for e in got}, 30)
        assert conn.stats.reconnects >= 1 and stats["reconnects"] >= 1
        # the broker persisted the sessions and their queued QoS 1 messages: nothing was lost
        received = {(e.ts, e.signal) for e in got}
        assert [k for k in sent if k not in received] == []
    finally:
        conn.stop()
        fut.result(10)
        lt.close()
        broker.stop()


def test_plant_connectors_from_configuration(mosquitto: Mosquitto, host: PluginHost, tmp_path: Path) -> None:
    import json as _json

    import pytest

    from plugins.connectors.plant import PlantConnectors, load_config

    with pytest.raises(ValueError) as e:
        PlantConnectors(host, print, [{"type": "kafka", "name": "x"}, {"type": "mqtt", "name": "a", "colour": 1}])
    assert "kafka" in str(e.value) and "connectors[1]" in str(e.value)
    cfg = tmp_path / "plant.json"
    cfg.write_text(_json.dumps({"connectors": [{"type": "mqtt", "name": "plant-a", "port": mosquitto.port,
                                                "topics": ["safeblocks/plant-a/ev/#"], "keepalive_s": 5}]}))
    got: list[Event] = []
    pc = PlantConnectors(host, got.extend, load_config(cfg)).start()
    try:
        assert wait_for(lambda: pc.status()[0]["status"] == "up")

        async def send() -> None:
            import aiomqtt

            async with aiomqtt.Client("127.0.0.1", mosquitto.port) as c:
                await c.publish("safeblocks/plant-a/ev/CS-01.o2", b"20.7", qos=1)  # a bare value: signal from the topic

        asyncio.run(send())
        assert wait_for(lambda: len(got) == 1)
        assert got[0].signal == "CS-01.o2" and got[0].value == 20.7
        assert pc.status()[0]["source"] == "mqtt:plant-a"
    finally:
        pc.stop()
