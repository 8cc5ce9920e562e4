"""Modbus TCP connector (pymodbus >= 3.16): polls a register map, scales, and writes commands.

Register map entry: ``{"signal", "address", "kind": holding|input|coil, "type": int16|uint16|
int32|uint32|float32, "scale": 1, "offset": 0, "unit": "%vol", "states": {"1": "force_on"}}``.
Engineering value = raw x scale + offset, in ``unit`` (checked against the unit catalogue when
the connector is built, so a typo fails at configuration, not in a rule). ``states`` turns a
coded register into text (device readbacks such as ``CS-01.fan.state``). A read that the device
answers with a Modbus exception gives bad-quality samples for that block: UNKNOWN, never a value.

Commands: ``{"CS-01.fan": {"address": 10, "kind": holding|coil, "values": {"force_on": 1, "auto": 0}}}``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Mapping
from typing import Any

from pymodbus.client import AsyncModbusTcpClient

from core import units as U

from .base import Backoff, Connector, Sink

_SIZE = {"int16": 1, "uint16": 1, "int32": 2, "uint32": 2, "float32": 2}


def _decimals(*xs: float) -> int:
    return max(len(f"{x:.10f}".rstrip("0").split(".")[1]) for x in xs)


class ModbusConnector(Connector):
    kind = "modbus"

    def __init__(self, name: str, host: Any, sink: Sink, *, address: str = "127.0.0.1", port: int = 502,
                 device_id: int = 1, registers: Iterable[Mapping[str, Any]] = (), poll_s: float = 1.0,
                 commands: Mapping[str, Mapping[str, Any]] | None = None, keepalive_s: float = 10.0,
                 backoff: Backoff | None = None) -> None:
        super().__init__(name, host, sink, keepalive_s=keepalive_s, devices=list((commands or {}).keys()), backoff=backoff)
        self.address, self.port, self.device_id, self.poll_s = address, int(port), int(device_id), float(poll_s)
        self.registers = [dict(r) for r in registers]
        for r in self.registers:
            r.setdefault("kind", "holding")
            r.setdefault("type", "uint16" if r["kind"] != "coil" else "bool")
            if r["type"] not in _SIZE and r["kind"] != "coil":
                raise ValueError(f"{r['signal']}: register type {r['type']!r} is not one of {sorted(_SIZE)} / 寄存器类型无效")
            if r.get("unit") is not None:
                U.canonical(r["unit"])  # raises on an unknown unit
        self.commands = {k: dict(v) for k, v in (commands or {}).items()}
        self.client: AsyncModbusTcpClient | None = None

    def _blocks(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for r in self.registers:
            lo, hi = r["address"], r["address"] + _SIZE.get(r["type"], 1)
            a, b = out.get(r["kind"], (lo, hi))
            out[r["kind"]] = (min(a, lo), max(b, hi))
        return out

    def _value(self, client: AsyncModbusTcpClient, r: Mapping[str, Any], words: list[Any], base: int) -> Any:
        i = r["address"] - base
        if r["kind"] == "coil":
            raw: Any = bool(words[i])
        else:
            dt = getattr(client.DATATYPE, r["type"].upper())
            raw = client.convert_from_registers(words[i:i + _SIZE[r["type"]]], dt)
        states = r.get("states")
        if states is not None:
            return states.get(str(int(raw)), f"code {int(raw)}")
        v = float(raw) * float(r.get("scale", 1.0)) + float(r.get("offset", 0.0))
        # 2090 x 0.01 is 20.900000000000002 in binary: report the precision the register carries
        # (the scale's decimals; 7 significant digits for float32) so limits compare as written
        if "decimals" in r:
            return round(v, int(r["decimals"]))
        if r["type"] == "float32":
            return float(f"{v:.7g}")
        return round(v, _decimals(float(r.get("scale", 1.0)), float(r.get("offset", 0.0))))

    async def poll_once(self, client: AsyncModbusTcpClient) -> None:
        now = time.time()
        batch: list[dict[str, Any]] = []
        for kind, (lo, hi) in self._blocks().items():
            regs = [r for r in self.registers if r["kind"] == kind]
            if kind == "coil":
                rr = await client.read_coils(lo, count=hi - lo, device_id=self.device_id)
            elif kind == "input":
                rr = await client.read_input_registers(lo, count=hi - lo, device_id=self.device_id)
            else:
                rr = await client.read_holding_registers(lo, count=hi - lo, device_id=self.device_id)
            if rr.isError():
                batch += [{"ts": now, "signal": r["signal"], "value": None, "quality": "bad"} for r in regs]
                continue
            words = rr.bits if kind == "coil" else rr.registers
            for r in regs:
                batch.append({"ts": now, "signal": r["signal"], "value": self._value(client, r, list(words), lo)})
        self.deliver(batch)

    async def session(self) -> None:
        client = AsyncModbusTcpClient(self.address, port=self.port, timeout=2, retries=0, reconnect_delay=0)
        try:
            if not await client.connect():
                raise ConnectionError(f"Modbus {self.address}:{self.port} refused / 无法连接")
            self.client = client
            self.connected()
            while True:
                await self.poll_once(client)
                await asyncio.sleep(self.poll_s)
        finally:
            self.client = None
            client.close()

    async def send_command(self, action: Mapping[str, Any]) -> Mapping[str, Any]:
        client, cmd = self.client, self.commands.get(str(action["device"]))
        if client is None or cmd is None:
            return {"ok": False, "error": "not connected or no command register / 未连接或无命令寄存器", "via": self.name}
        value = cmd.get("values", {}).get(str(action["command"]))
        if value is None:
            return {"ok": False, "error": f"no code for command {action['command']!r} / 无此命令的编码", "via": self.name}
        if cmd.get("kind", "holding") == "coil":
            rr = await client.write_coil(int(cmd["address"]), bool(value), device_id=self.device_id)
        else:
            rr = await client.write_register(int(cmd["address"]), int(value), device_id=self.device_id)
        return {"ok": not rr.isError(), "via": self.name, "address": cmd["address"]}
