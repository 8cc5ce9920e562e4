"""Small builders shared by the API tests."""

from __future__ import annotations

import struct
import time
import zlib
from typing import Any

from core.timeutil import format_ts


def png(width: int = 2, height: int = 2) -> bytes:
    """A real (tiny) PNG, so content sniffing sees what a phone camera would send."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def o2_permit_rule(rule_id: str, permit: str, sensor: str = "CS-01.o2") -> dict[str, Any]:
    """ARCHITECTURE §4's example: O2 outside 19.5-21 %vol while the permit is active -> suspend it, open a hazard."""
    return {
        "schema": "safeblocks.rule/1", "id": rule_id, "version": 1,
        "title": {"zh": "受限空间氧含量超出19.5%~21%时暂停作业票", "en": "Confined space O2 outside 19.5-21 %vol: suspend permit"},
        "risk_level": "L3", "clauses": ["GB 30871-2022 ch.6"], "on_unknown": "alert",
        "nodes": [
            {"id": "o2", "block": "signal", "params": {"signal": sensor, "unit": "%vol", "period_s": 1}},
            {"id": "permit", "block": "signal", "params": {"signal": f"permit.{permit}.status", "kind": "categorical"}},
            {"id": "out", "block": "compare.outside", "params": {"low": 19.5, "high": 21.0, "unit": "%vol"}},
            {"id": "active", "block": "compare.equals", "params": {"value": "active"}},
            {"id": "both", "block": "logic.and"},
            {"id": "stop", "block": "action.permit_suspend", "params": {"permit": permit}},
            {"id": "haz", "block": "action.create_hazard", "params": {
                "area": "CS-01", "severity": "major", "title": {"zh": "受限空间氧含量异常", "en": "Confined space O2 abnormal"}}},
        ],
        "edges": [{"from": "o2.value", "to": "out.x"}, {"from": "permit.value", "to": "active.x"},
                  {"from": "out.out", "to": "both.a"}, {"from": "active.out", "to": "both.b"},
                  {"from": "both.out", "to": "stop.when"}, {"from": "both.out", "to": "haz.when"}],
    }


def o2_low_rule(rule_id: str, limit: float = 19.5, sensor: str = "CS-01.o2", risk: str = "L2") -> dict[str, Any]:
    return {
        "schema": "safeblocks.rule/1", "id": rule_id, "version": 1, "title": {"zh": "氧含量低", "en": "O2 low"},
        "risk_level": risk, "on_unknown": "hold",
        "nodes": [{"id": "o2", "block": "signal", "params": {"signal": sensor, "unit": "%vol", "period_s": 60}},
                  {"id": "low", "block": "compare.lt", "params": {"value": limit, "unit": "%vol"}},
                  {"id": "alert", "block": "action.alert", "params": {"level": "alarm"}}],
        "edges": [{"from": "o2.value", "to": "low.x"}, {"from": "low.out", "to": "alert.when"}],
    }


def readings(sensor: str, values: list[float], t0: float | None = None, step: float = 1.0) -> list[dict[str, Any]]:
    t0 = time.time() if t0 is None else t0
    return [{"ts": format_ts(t0 + i * step), "signal": sensor, "value": v} for i, v in enumerate(values)]
