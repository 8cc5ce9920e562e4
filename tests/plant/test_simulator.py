from __future__ import annotations

import json
from pathlib import Path

from core.plugins import PluginHost
from core.runtime.decisions import verify_chain
from core.runtime.engine import Engine
from core.runtime.live import LiveRuntime, host_dispatcher
from core.runtime.session import RuleSet
from plugins.simulator import (
    EngineSink,
    Plant,
    load_scenario,
    run_closed_loop,
    scenario_events,
    scenario_names,
)
from plugins.simulator.run import ACTIVE


def test_scenarios_are_deterministic_and_cover_the_plant() -> None:
    assert set(scenario_names()) >= {"normal_operation", "gas_leak", "o2_depletion", "sensor_drift", "sensor_dropout",
                                     "permit_lifecycle"}
    a, b = scenario_events("gas_leak"), scenario_events("gas_leak")
    assert a == b and len(a) > 4000
    signals = {e.signal for e in a}
    assert {"CS-01.o2", "CS-01.lel", "permit.CS-0001.status", "CS-01.fan.state", "HW-01.lel", "R-101.temp"} <= signals
    assert all(x.ts <= y.ts for x, y in zip(a, a[1:]))


def _run(rules: RuleSet, name: str) -> tuple[Plant, list[tuple[int, str, list[str]]]]:
    plant = Plant(load_scenario(name))
    res = run_closed_loop(EngineSink(Engine(rules.rules)), plant)
    return plant, [(round(d.ts - plant.t0), d.id, sorted(a["type"] for a in d.actions)) for d in res.decisions]


def test_normal_operation_is_quiet(sim_rules: RuleSet) -> None:
    assert _run(sim_rules, "normal_operation")[1] == []


def test_gas_leak_fires_ventilates_and_suspends(sim_rules: RuleSet) -> None:
    plant, ds = _run(sim_rules, "gas_leak")
    assert ds[0][1:] == ("sim.cs01.lel_high@1#1:fired", ["actuator", "alert"])
    assert ("sim.hw01.lel_hot_work@1#1:fired") in [d[1] for d in ds]
    # the fan got the command once and read back; the hot-work permit was suspended
    assert [(dev, cmd) for _, dev, cmd, _ in plant.executed] == [("CS-01.fan", "force_on"), ("permit.HW-0001", "suspended")]
    assert plant.devices["CS-01.fan"].state == "force_on" and plant.duplicates == 0


def test_o2_depletion_and_drift_fire_the_o2_band(sim_rules: RuleSet) -> None:
    for name in ("o2_depletion", "sensor_drift"):
        ds = _run(sim_rules, name)[1]
        assert ds[0][1:] == ("sim.cs01.o2_band@1#1:fired", ["actuator", "permit_suspend"]), name
    assert "sim.r101.overtemp@1#1:fired" in [d[1] for d in _run(sim_rules, "sensor_drift")[1]]


def test_dropout_goes_unknown_and_takes_the_safe_state(sim_rules: RuleSet) -> None:
    ds = _run(sim_rules, "sensor_dropout")[1]
    # O2 silent from t=200 with a 1 s period: stale (UNKNOWN) at its last sample + 3 s
    assert ds[0] == (202, "sim.cs01.o2_band@1#1:unknown", ["actuator", "permit_suspend"])
    assert (400, "sim.cs01.lel_high@1#1:unknown", ["actuator", "alert"]) in ds


def test_permit_lifecycle_fires_only_while_active(sim_rules: RuleSet) -> None:
    ds = _run(sim_rules, "permit_lifecycle")[1]
    fired = [d[0] for d in ds if d[1].endswith(":fired")]
    # low O2 at 150-230 while the permit is active only from 172 on (suspended at 200), and again at 300
    assert all(30 <= t < 200 or 260 <= t < 500 for t in fired) and len(fired) == 2


def test_live_runtime_dispatches_to_the_simulated_plant(sim_rules: RuleSet, host: PluginHost, tmp_path: Path) -> None:
    """Through the journal and the execute_action hook of the simulator plugin, as serve runs it."""
    plant = Plant(load_scenario("o2_depletion"))
    ACTIVE.append(plant)
    try:
        rt = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite", dispatch=host_dispatcher(host))
        res = run_closed_loop(rt, plant, answer_actions=False)
        rt.close()
    finally:
        ACTIVE.remove(plant)
    assert sorted(x[1:3] for x in plant.executed) == [("CS-01.fan", "force_on"), ("permit.CS-0001", "suspended")]
    again = LiveRuntime(sim_rules.rules, tmp_path / "j.sqlite", dispatch=host_dispatcher(host))
    assert again.decision_count == len(res.decisions) and again.redispatched == 0
    assert [r["id"] for r in again.records()] == [d.id for d in res.decisions]
    again.close()


def test_simulate_verb_runs_a_scenario_closed_loop(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from plugins.simulator.cli import add_parser

    ap = argparse.ArgumentParser()
    add_parser(ap.add_subparsers(dest="cmd"))
    args = ap.parse_args(["simulate", "gas_leak", "--journal", str(tmp_path / "j.sqlite")])
    assert args.fn(args) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines[0]["id"] == "sim.cs01.lel_high@1#1:fired" and verify_chain(lines).ok


def test_demo_scenario_fires_every_kind_of_rule_within_a_minute(sim_rules: RuleSet) -> None:
    ds = _run(sim_rules, "demo")[1]
    first = {d[1].split("@")[0]: d[0] for d in ds}
    assert set(first) == {"sim.hw01.lel_hot_work", "sim.cs01.lel_high", "sim.cs01.o2_band", "sim.r101.overtemp"}
    assert sorted(t for i, t in first.items() if i != "sim.r101.overtemp")[-1] <= 60


def test_start_simulator_feeds_a_live_runtime_in_real_time(sim_rules: RuleSet, host: PluginHost, tmp_path: Path) -> None:
    """What serve --simulate starts: a thread, wall-clock event time, actions through execute_action."""
    import time

    from plugins.simulator import start_simulator

    rt = LiveRuntime(sim_rules.rules, tmp_path / "live.sqlite", dispatch=host_dispatcher(host))
    handle = start_simulator(rt, "demo", speed=40.0, loop=False)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(r["state"] == "fired" for r in rt.records()):
        time.sleep(0.05)
    handle.stop()
    rt.close()
    assert ACTIVE == []
    again = LiveRuntime(sim_rules.rules, tmp_path / "live.sqlite")
    assert any(r["state"] == "fired" for r in again.records())
    again.close()
