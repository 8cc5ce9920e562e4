"""A small rule and event stream shared by the builder tests: a gas detector above 25 %LEL for
60 s forces the tank's fan on."""

from __future__ import annotations

from typing import Any

T0 = 1_767_600_000  # 2026-01-05T08:00:00Z


def gas_rule() -> dict[str, Any]:
    return {
        "schema": "safeblocks.rule/1", "id": "test.gas_fan", "version": 1,
        "title": {"zh": "可燃气体持续超限启动风机", "en": "Gas above limit for 60 s: fan on"},
        "risk_level": "L3", "on_unknown": "alert",
        "nodes": [
            {"id": "gas", "block": "signal", "params": {"signal": "T-101.gas1", "unit": "%LEL"}, "position": {"x": 0, "y": 0}},
            {"id": "hi", "block": "compare.gt", "params": {"value": 25}, "position": {"x": 220, "y": 0}},
            {"id": "long", "block": "time.sustained", "params": {"duration_s": 60}, "position": {"x": 440, "y": 0}},
            {"id": "fan", "block": "action.actuator", "params": {"device": "T-101.fan", "command": "force_on"},
             "position": {"x": 660, "y": 0}},
        ],
        "edges": [{"from": "gas.value", "to": "hi.x"}, {"from": "hi.out", "to": "long.x"},
                  {"from": "long.out", "to": "fan.when"}],
        "tests": [{"name": "fires after 60 s", "events": [[T0 + t, "T-101.gas1", 30] for t in range(0, 61)],
                   "expect": [{"at": T0 + 60, "state": "fired"}], "partial": True}],
    }


def events_csv(seconds: int = 300, rise_at: int = 100) -> str:
    """1 Hz readings: 10 %LEL, then 40 %LEL from ``rise_at`` on (fires at rise_at + 60)."""
    rows = [f"{T0 + t},T-101.gas1,{10 if t < rise_at else 40}" for t in range(seconds)]
    return "ts,signal,value\n" + "\n".join(rows) + "\n"
