from __future__ import annotations

from core.rules.compile import compile_rule
from core.rules.document import RuleSource
from core.runtime.engine import Engine


def o2_rule(registry):  # type: ignore[no-untyped-def]
    doc = {
        "schema": "safeblocks.rule/1", "id": "t.o2", "version": 1, "title": {"zh": "氧", "en": "O2"}, "risk_level": "L3",
        "nodes": [
            {"id": "o2", "block": "signal", "params": {"signal": "CS-01.o2", "unit": "%vol", "period_s": 1}},
            {"id": "low", "block": "compare.lt", "params": {"value": 19.5, "unit": "%vol"}},
            {"id": "alert", "block": "action.alert", "params": {"level": "alarm"}},
        ],
        "edges": [{"from": "o2.value", "to": "low.x"}, {"from": "low.out", "to": "alert.when"}],
    }
    return compile_rule(RuleSource(doc), registry)


def test_low_oxygen_fires_once_and_clears(registry):  # type: ignore[no-untyped-def]
    eng = Engine([o2_rule(registry)])
    for t, v in enumerate([20.9, 19.0, 18.8, 20.5]):
        eng.process(float(t), "CS-01.o2", v)
    assert [(d.ts, d.state) for d in eng.decisions] == [(1.0, "fired"), (3.0, "cleared")]
