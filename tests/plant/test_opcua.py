"""OPC UA against an in-process asyncua server on loopback: values with their status codes,
a command written back and the device's readback, and a reconnect after the server restarts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from asyncua import Server, ua

from core.plugins import PluginHost
from core.runtime.live import LiveRuntime, host_dispatcher
from core.runtime.session import RuleSet
from plugins.connectors import opcua_quality
from plugins.connectors.base import LoopThread
from plugins.connectors.opcua import OpcUaConnector
from tests.plant.conftest import free_port
from tests.plant.test_mqtt import wait_for


class Device:
    """The plant side: a server with O2, permit, fan command and fan state; the fan follows its
    command node (the readback) like a real drive would."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.server: Server | None = None
        self.nodes: dict[str, Any] = {}
        self.task: asyncio.Task[None] | None = None
        self.commands: list[str] = []

    async def start(self) -> dict[str, str]:
        srv = Server()
        await srv.init()
        srv.set_endpoint(f"opc.tcp://127.0.0.1:{self.port}/sb/")
        idx = await srv.register_namespace("urn:safeblocks:test")
        obj = await srv.nodes.objects.add_object(idx, "CS-01")
        for name, init in (("o2", 20.9), ("permit", "closed"), ("fan_cmd", "auto"), ("fan_state", "auto")):
            self.nodes[name] = await obj.add_variable(idx, name, init)
        await self.nodes["fan_cmd"].set_writable()
        await srv.start()
        self.server = srv
        self.task = asyncio.create_task(self._follow())
        return {k: v.nodeid.to_string() for k, v in self.nodes.items()}

    async def _follow(self) -> None:
        last = "auto"
        while True:
            cmd = await self.nodes["fan_cmd"].read_value()
            if cmd != last:
                last = cmd
                self.commands.append(cmd)
                await self.write("fan_state", cmd)
            await asyncio.sleep(0.05)

    async def write(self, name: str, value: Any, status: int = ua.StatusCodes.Good) -> None:
        vt = ua.VariantType.Double if isinstance(value, float) else ua.VariantType.String
        await self.nodes[name].write_value(ua.DataValue(Value=ua.Variant(value, vt), StatusCode=ua.StatusCode(status),
                                                        SourceTimestamp=datetime.now(UTC)))

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.server is not None:
            await self.server.stop()


def test_status_code_severity_maps_to_quality() -> None:
    assert opcua_quality(ua.StatusCodes.Good) == "good"
    assert opcua_quality(ua.StatusCodes.BadSensorFailure) == "bad"
    assert opcua_quality(ua.StatusCodes.BadCommunicationError) == "bad"
    assert opcua_quality(ua.StatusCodes.UncertainLastUsableValue) == "uncertain"


def test_opcua_values_quality_commands_and_readback(sim_rules: RuleSet, host: PluginHost, tmp_path: Path) -> None:
    rules = [r for r in sim_rules.rules if r.id == "sim.cs01.o2_band"]
    rt = LiveRuntime(rules, tmp_path / "j.sqlite", dispatch=host_dispatcher(host))
    plant_loop, conn_loop = LoopThread(), LoopThread()
    dev = Device(free_port())

    def on_plant(coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, plant_loop.loop).result(20)

    ids = on_plant(dev.start())
    conn = OpcUaConnector("opcua:test", host, rt.submit, url=f"opc.tcp://127.0.0.1:{dev.port}/sb/",
                          nodes={ids["o2"]: "CS-01.o2", ids["permit"]: "permit.CS-0001.status",
                                 ids["fan_state"]: "CS-01.fan.state"},
                          commands={"CS-01.fan": ids["fan_cmd"]}, publishing_ms=50, keepalive_s=30, hold_s=0.2)
    fut = conn_loop.start(conn)
    rt.start_clock(0.2, lag_s=0.5)
    try:
        assert wait_for(lambda: conn.status == "up" and conn.stats.events >= 3)
        # a steady value is re-sampled while the session lives (OPC UA sends changes only)
        first = journal_count(rt, "CS-01.o2")
        assert wait_for(lambda: journal_count(rt, "CS-01.o2") >= first + 2)
        on_plant(dev.write("permit", "active"))
        assert wait_for(lambda: rt.engine._feeds["permit.CS-0001.status"][0].raw == "active")
        on_plant(dev.write("o2", 18.4))
        assert wait_for(lambda: any(r["state"] == "fired" for r in rt.records()))
        # the command went to the fan's command node once and its readback came back as an event
        assert wait_for(lambda: dev.commands == ["force_on"] and conn.stats.commands == 1)
        assert wait_for(lambda: rt.engine._feeds.get("CS-01.fan.state") is not None
                        or "CS-01.fan.state" in {r for r in conn.known})
        assert conn.stats.commands == 1
        # Uncertain reaches the engine as uncertain, Bad as bad: the rule goes UNKNOWN, never FALSE
        on_plant(dev.write("o2", 18.3, ua.StatusCodes.UncertainLastUsableValue))
        assert wait_for(lambda: rt.engine._feeds["CS-01.o2"][0].quality == "uncertain")
        on_plant(dev.write("o2", 0.0, ua.StatusCodes.BadSensorFailure))
        # (the live clock lets the start-up grace period run out: UNKNOWN is reported after it)
        assert wait_for(lambda: any(r["state"] == "unknown" for r in rt.records()))
        assert rt.engine._feeds["CS-01.o2"][0].value is None
        # the server goes away and comes back: the connector reconnects and reads again
        on_plant(dev.stop())
        assert wait_for(lambda: conn.stats.reconnects >= 1)
        dev2 = Device(dev.port)
        ids2 = on_plant(dev2.start())
        conn.signal_of = {ids2["o2"]: "CS-01.o2", ids2["permit"]: "permit.CS-0001.status"}
        assert wait_for(lambda: conn.stats.connects >= 2)
        on_plant(dev2.write("o2", 20.8))
        assert wait_for(lambda: rt.engine._feeds["CS-01.o2"][0].raw == 20.8)
        dev = dev2
    finally:
        conn.stop()
        fut.result(20)
        on_plant(dev.stop())
        conn_loop.close()
        plant_loop.close()
        rt.close()


def journal_count(rt: LiveRuntime, signal: str) -> int:
    assert rt.db is not None
    with rt._lock:
        return int(rt.db.execute("SELECT COUNT(*) FROM inputs WHERE signal=?", (signal,)).fetchone()[0])
