"""Modbus TCP against an in-process pymodbus server on loopback: a register map with scaling,
float32 and coded states, a command register with its readback, a device failure as bad quality,
and a reconnect after the device restarts."""

from __future__ import annotations

import asyncio
import struct
from pathlib import Path
from typing import Any

import pytest
from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import SimData, SimDevice
from pymodbus.simulator.simutils import DataType

from core.plugins import PluginHost
from core.runtime.live import LiveRuntime, host_dispatcher
from core.runtime.session import RuleSet
from plugins.connectors.base import LoopThread
from plugins.connectors.modbus import ModbusConnector
from tests.plant.conftest import free_port
from tests.plant.test_mqtt import wait_for

REGISTERS = [
    {"signal": "CS-01.o2", "address": 0, "type": "uint16", "scale": 0.01, "unit": "%vol"},
    {"signal": "CS-01.lel", "address": 1, "type": "float32", "unit": "%LEL"},
    {"signal": "CS-01.fan.state", "address": 3, "type": "uint16", "states": {"0": "auto", "1": "force_on"}},
    {"signal": "permit.CS-0001.status", "address": 4, "type": "uint16", "states": {"0": "closed", "1": "active"}},
]


class Drive:
    """The device: a register model; writing the command register (10) moves the state (3)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.model = [0] * 20
        self.model[0] = 2090
        self.fail = False
        self.writes: list[int] = []
        self.server: ModbusTcpServer | None = None

    def set_float(self, addr: int, v: float) -> None:
        hi, lo = struct.unpack(">HH", struct.pack(">f", v))
        self.model[addr], self.model[addr + 1] = hi, lo

    async def action(self, fc: int, start: int, addr: int, count: int, regs: list[int], setv: Any) -> ExcCodes | None:
        if setv is not None:
            for i, v in enumerate(setv):
                self.model[addr + i] = int(v)
            if addr == 10:
                self.writes.append(int(setv[0]))
                self.model[3] = int(setv[0])  # the drive follows its command: the readback
        elif self.fail:
            return ExcCodes.DEVICE_FAILURE
        for i, v in enumerate(self.model):
            regs[i - start] = v
        return None

    async def start(self) -> None:
        dev = SimDevice(1, simdata=[SimData(0, count=20, values=0, datatype=DataType.REGISTERS)], action=self.action)
        self.server = ModbusTcpServer(dev, address=("127.0.0.1", self.port))
        await self.server.serve_forever(background=True)

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.shutdown()


def test_register_map_refuses_unknown_units_and_types(host: PluginHost) -> None:
    with pytest.raises(ValueError):
        ModbusConnector("modbus:x", host, print, registers=[{"signal": "a", "address": 0, "unit": "furlongs"}])
    with pytest.raises(ValueError):
        ModbusConnector("modbus:x", host, print, registers=[{"signal": "a", "address": 0, "type": "int128"}])


def test_modbus_scaling_commands_readback_failure_and_reconnect(sim_rules: RuleSet, host: PluginHost,
                                                                tmp_path: Path) -> None:
    rules = [r for r in sim_rules.rules if r.id == "sim.cs01.o2_band"]
    rt = LiveRuntime(rules, tmp_path / "j.sqlite", dispatch=host_dispatcher(host))
    dev_loop, conn_loop = LoopThread(), LoopThread()
    drive = Drive(free_port())

    def on_dev(coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, dev_loop.loop).result(20)

    on_dev(drive.start())
    conn = ModbusConnector("modbus:test", host, rt.submit, port=drive.port, registers=REGISTERS, poll_s=0.1,
                           commands={"CS-01.fan": {"address": 10, "values": {"auto": 0, "force_on": 1}}}, keepalive_s=30)
    fut = conn_loop.start(conn)
    rt.start_clock(0.2, lag_s=0.5)
    feeds = rt.engine._feeds
    try:
        drive.set_float(1, 12.5)
        assert wait_for(lambda: conn.status == "up" and feeds["CS-01.o2"][0].raw == 20.9)
        assert wait_for(lambda: "12.5" in journal_values(rt, "CS-01.lel"))
        drive.model[4] = 1  # permit active
        drive.model[0] = 1840  # 18.40 %vol
        assert wait_for(lambda: any(r["state"] == "fired" for r in rt.records()))
        # the fan command was written once and the drive's state register read back as text
        assert wait_for(lambda: drive.writes == [1] and "force_on" in journal_values(rt, "CS-01.fan.state"))
        # a device failure answer is bad quality: the rule goes UNKNOWN
        drive.fail = True
        assert wait_for(lambda: feeds["CS-01.o2"][0].quality == "bad")
        assert wait_for(lambda: any(r["state"] == "unknown" for r in rt.records()))
        drive.fail = False
        # the device restarts: the connector reconnects with backoff and polls again
        on_dev(drive.stop())
        assert wait_for(lambda: conn.stats.reconnects >= 1)
        drive.model[0] = 2085
        on_dev(drive.start())
        assert wait_for(lambda: conn.stats.connects >= 2 and feeds["CS-01.o2"][0].raw == 20.85)
    finally:
        conn.stop()
        fut.result(20)
        on_dev(drive.stop())
        conn_loop.close()
        dev_loop.close()
        rt.close()


def journal_values(rt: LiveRuntime, signal: str) -> set[str]:
    """Values a signal took in the journal (what the engine received)."""
    assert rt.db is not None
    with rt._lock:
        return {r[0].strip('"') for r in rt.db.execute("SELECT value FROM inputs WHERE signal=?", (signal,))}
