"""The plant simulator, a built-in plugin: scenarios of a chemical plant area (see :mod:`.plant`),
a connector factory for the service, and the device side of ``execute_action`` for simulated
actuators and permits (so the closed loop — rule, command, readback — runs without hardware)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from core.hookspecs import hookimpl
from core.registry import ConnectorSpec

from .plant import RULES_DIR, SCENARIO_DIR, Plant, load_scenario, scenario_events, scenario_names
from .run import _ACTIVE_LOCK, ACTIVE, EngineSink, plant_action, run_closed_loop, start_simulator

__all__ = ["RULES_DIR", "SCENARIO_DIR", "EngineSink", "Plant", "load_scenario", "run_closed_loop", "scenario_events",
           "scenario_names", "start_simulator"]

CONFIG_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "properties": {"scenario": {"enum": scenario_names()}, "speed": {"type": "number", "exclusiveMinimum": 0},
                   "loop": {"type": "boolean"}},
}


@hookimpl
def register_connectors(register: Callable[[ConnectorSpec], None]) -> None:
    register(ConnectorSpec(
        name="simulator",
        factory=lambda runtime, scenario="demo", speed=1.0, loop=True: start_simulator(
            runtime, scenario, speed=speed, loop=loop),
        config_schema=CONFIG_SCHEMA,
        title={"zh": "装置模拟器（受限空间、动火点、反应釜、通风）", "en": "Plant simulator (confined space, hot work, reactor, ventilation)"},
    ))


@hookimpl
def execute_action(action: Mapping[str, Any], decision: Any) -> Mapping[str, Any] | None:
    """Answer actuator commands and permit suspensions for devices of a running simulated plant."""
    with _ACTIVE_LOCK:
        plants = list(ACTIVE)
    for plant in plants:
        if plant_action(plant, action, plant.now):
            return {"ok": True, "via": "simulator", "idempotency_key": action.get("idempotency_key")}
    return None
