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
