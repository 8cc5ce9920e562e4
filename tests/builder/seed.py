"""A plant with something to show: the gas rule published and deployed, 5 minutes of readings that
make it fire, an open hazard and a bad sensor. Used by the dashboard tests."""

from __future__ import annotations

from typing import Any

from tests.builder.rules import T0, gas_rule

PLANT = "plant-a"


def requests() -> list[tuple[str, str, Any]]:
    events = [{"ts": T0 + t, "signal": "T-101.gas1", "value": 10 if t < 100 else 40} for t in range(300)]
    events += [{"ts": T0 + 299, "signal": "T-102.gas1", "value": None, "quality": "bad"},
               {"ts": T0 + 10, "signal": "T-103.gas1", "value": 5}]
    return [
        ("POST", "/api/rules", {"plant": PLANT, "doc": gas_rule()}),
        ("POST", "/api/rules/test.gas_fan/publish", {"base_revision": 1}),
        ("POST", f"/api/events?plant={PLANT}", {"events": events}),
        ("POST", "/api/hazards", {"plant": PLANT, "title": "储罐区消防通道被占用", "area": "tank-farm", "spot": "T-101 east ladder"}),
    ]
