"""Bugs found while building the chemical pack (industry_packs/chemical)."""

from __future__ import annotations

from typing import Any

from core.rules.compile import compile_rule
from core.rules.document import RuleSource
from core.runtime.engine import Engine


def _rule(registry: Any, nodes: list[dict[str, Any]], edges: list[tuple[str, str]], **extra: Any):  # type: ignore[no-untyped-def]
    doc = {"schema": "safeblocks.rule/1", "id": "t.found", "version": 1, "title": {"zh": "测试", "en": "test"},
           "risk_level": "L3", "nodes": nodes, "edges": [{"from": a, "to": b} for a, b in edges], **extra}
    return compile_rule(RuleSource(doc), registry)


def test_safe_state_keeps_the_declared_readback_value(registry):  # type: ignore[no-untyped-def]
    """A valve commanded "close" that reads back "closed": the safe-state command (same "close") must
    wait for the same "closed", not for the string "close" (which never comes -> spurious escalation)."""
    rule = _rule(registry, [
        {"id": "lel", "block": "signal", "params": {"signal": "GD-9.lel", "unit": "%LEL", "period_s": 1}},
        {"id": "high", "block": "compare.ge", "params": {"value": 50, "unit": "%LEL"}},
        {"id": "valve", "block": "action.actuator", "params": {"device": "XV-9", "command": "close", "readback_value": "closed",
                                                                "confirm_s": 5, "safe_state": "close"}},
    ], [("lel.value", "high.x"), ("high.out", "valve.when")])
    eng = Engine([rule])
    for t in range(5):
        eng.process(float(t), "GD-9.lel", 1.0)
    eng.advance(7.5)  # stale at 4 + 3 = 7: UNKNOWN, valve to its safe state
    eng.process(8.0, "XV-9.state", "closed")
    eng.advance(20.0)
    assert [(d.ts, d.state, d.cause) for d in eng.decisions] == [(7.0, "unknown", "unknown")]
    assert eng.decisions[0].actions[0]["readback_value"] == "closed"


# --------------------------------------------------------------------------------------------------
# Failing tests below: bugs in core/ reported to the lead, not fixed here (engine.py is being changed).


def test_two_source_nodes_on_one_signal_see_one_consistent_sample(registry):  # type: ignore[no-untyped-def]
    """'x > 10 AND x <= 10' can never hold. With the signal read by two source nodes, the engine runs
    each node's downstream steps and settles the rule in between, so the rule sees the new value on
    one side and the old one on the other, and fires (then clears) on a glitch."""
    rule = _rule(registry, [
        {"id": "a", "block": "signal", "params": {"signal": "S", "unit": "%LEL", "period_s": 1}},
        {"id": "b", "block": "signal", "params": {"signal": "S", "unit": "%LEL", "period_s": 1}},
        {"id": "gt", "block": "compare.gt", "params": {"value": 10, "unit": "%LEL"}},
        {"id": "le", "block": "compare.le", "params": {"value": 10, "unit": "%LEL"}},
        {"id": "both", "block": "logic.and"},
        {"id": "alarm", "block": "action.alert", "params": {"level": "alarm"}},
    ], [("a.value", "gt.x"), ("b.value", "le.x"), ("gt.out", "both.a"), ("le.out", "both.b"), ("both.out", "alarm.when")])
    eng = Engine([rule])
    eng.process(0.0, "S", 0.0)
    eng.process(1.0, "S", 20.0)
    assert [(d.ts, d.state) for d in eng.decisions] == []


def test_a_rejected_pack_folder_loads_no_rules(tmp_path):  # type: ignore[no-untyped-def]
    """A pack whose manifest check fails (here: a rule edited after packing, commanding an actuator
    the pack may not command) is reported "skipped", yet collect_sources falls back to reading its
    rules/ folder as loose rule files: they compile without the pack's capability checks and run."""
    import shutil
    from pathlib import Path

    from core.plugins import PluginHost
    from core.runtime.session import RuleSet

    pack = Path(__file__).resolve().parents[2] / "industry_packs" / "chemical"
    copy = tmp_path / "chemical"
    shutil.copytree(pack, copy, ignore=shutil.ignore_patterns("__pycache__"))
    rule = copy / "rules" / "cs_o2_band.json"
    rule.write_text(rule.read_text("utf-8").replace('"device": "CS-01.fan", "command": "force_on"',
                                                    '"device": "P-7.pump", "command": "force_on"'), "utf-8")
    host = PluginHost.load(packs=[])
    rs = RuleSet.load([str(copy)], host=host)
    assert "chemical" not in host.packs  # reported as tampered and skipped ...
    assert rs.rules == []  # ... but its 16 rules, one commanding P-7.pump, were loaded anyway


def test_a_pack_folder_argument_is_the_folder_not_an_installed_pack_of_the_same_name(tmp_path):  # type: ignore[no-untyped-def]
    """`safeblocks replay /some/where/chemical` with a (validly re-packed) copy of the chemical pack
    silently replays the *installed* chemical pack: the folder is matched by its name only."""
    import shutil
    from pathlib import Path

    from core.packs import write_manifest
    from core.runtime.session import RuleSet

    pack = Path(__file__).resolve().parents[2] / "industry_packs" / "chemical"
    copy = tmp_path / "chemical"
    shutil.copytree(pack, copy, ignore=shutil.ignore_patterns("__pycache__"))
    rule = copy / "rules" / "cs_o2_band.json"
    rule.write_text(rule.read_text("utf-8").replace('"value": 19.5', '"value": 18.0'), "utf-8")
    write_manifest(copy)
    rs = RuleSet.load([str(copy)])
    o2 = next(r for r in rs.rules if r.id == "chemical.confined_space.o2_band")
    loaded_from_copy = o2.params["o2_low"]["value"] == 18.0
    assert loaded_from_copy or any(p.severity == "error" for p in rs.problems)


def test_escalation_does_not_blame_unknown_inputs(registry):  # type: ignore[no-untyped-def]
    """A fan that does not confirm is escalated with the other actions' safe states; their messages are
    the generic 'rule inputs UNKNOWN (stale or bad sensor)', which is not what happened."""
    rule = _rule(registry, [
        {"id": "o2", "block": "signal", "params": {"signal": "CS-9.o2", "unit": "%vol", "period_s": 1}},
        {"id": "low", "block": "compare.lt", "params": {"value": 19.5, "unit": "%vol"}},
        {"id": "fan", "block": "action.actuator", "params": {"device": "CS-9.fan", "command": "force_on", "confirm_s": 5,
                                                              "safe_state": "force_on"}},
        {"id": "stop", "block": "action.permit_suspend", "params": {"permit": "CS-9"}},
    ], [("o2.value", "low.x"), ("low.out", "fan.when"), ("low.out", "stop.when")])
    eng = Engine([rule])
    for t in range(7):
        eng.process(float(t), "CS-9.o2", 18.0)
    esc = [d for d in eng.decisions if d.cause == "confirm_timeout"]
    assert len(esc) == 1
    reason = next(a for a in esc[0].actions if a["type"] == "permit_suspend")["reason"]["en"]
    assert "UNKNOWN" not in reason and "stale" not in reason


def test_outside_range_hysteresis_is_on_the_side_that_tripped(registry):  # type: ignore[no-untyped-def]
    """O2 outside 19.5-21 %vol with deadband 0.2: a low-O2 trip recovering to normal air (20.9 %vol)
    must clear. compare.outside keeps it TRUE because, once TRUE, it tests x > high - deadband (20.8)
    on the other side too. (core/runtime/batch.py line 129 copies the same expression.)"""
    rule = _rule(registry, [
        {"id": "o2", "block": "signal", "params": {"signal": "CS-9.o2", "unit": "%vol", "period_s": 1}},
        {"id": "out", "block": "compare.outside", "params": {"low": 19.5, "high": 21.0, "unit": "%vol", "deadband": 0.2}},
        {"id": "alarm", "block": "action.alert", "params": {"level": "alarm"}},
    ], [("o2.value", "out.x"), ("out.out", "alarm.when")])
    eng = Engine([rule])
    for t, v in enumerate([20.9, 19.0, 20.9, 20.9]):
        eng.process(float(t), "CS-9.o2", v)
    assert [(d.ts, d.state) for d in eng.decisions] == [(1.0, "fired"), (2.0, "cleared")]


def test_a_bad_first_sample_is_acted_on_at_once(registry):  # type: ignore[no-untyped-def]
    """The start-up grace is for signals not seen yet. A sample explicitly reported bad (or NaN) at
    start-up is UNKNOWN now, yet the safe state waits 3 periods (here 180 s for a 60 s sampler)."""
    rule = _rule(registry, [
        {"id": "o2", "block": "signal", "params": {"signal": "CS-9.o2", "unit": "%vol", "period_s": 60}},
        {"id": "low", "block": "compare.lt", "params": {"value": 19.5, "unit": "%vol"}},
        {"id": "stop", "block": "action.permit_suspend", "params": {"permit": "CS-9"}},
    ], [("o2.value", "low.x"), ("low.out", "stop.when")])
    eng = Engine([rule])
    eng.process(0.0, "CS-9.o2", 20.9, "bad")
    eng.advance(200.0)
    assert [(d.ts, d.state) for d in eng.decisions] == [(0.0, "unknown")]
