"""The numba batch kernel against the pure-Python live engine: identical decisions."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.runtime.batch import QUALITY, BatchEngine, plan_batch
from core.runtime.engine import Engine

from .helpers import compiled, threshold_doc

OPS = ["compare.gt", "compare.ge", "compare.lt", "compare.le", "compare.outside", "compare.inside"]

rule_st = st.fixed_dictionaries({
    "op": st.sampled_from(OPS),
    "value": st.sampled_from([3.0, 5.0, 7.5]),
    "low": st.sampled_from([3.0, 5.0]),
    "high": st.sampled_from([7.5, 21.0]),
    "deadband": st.sampled_from([0.0, 0.5, 2.0]),
    "sustained_s": st.sampled_from([None, 0.5, 2.0, 5.0]),
    "period_s": st.sampled_from([None, 1.0, 2.0]),
    "clear_after_s": st.sampled_from([0.0, 0.0, 3.0]),
    "signal": st.integers(0, 3),
})
# values cluster on and around the thresholds, where strictness and deadbands matter
value_st = st.one_of(st.sampled_from([1.0, 2.5, 3.0, 3.5, 4.5, 5.0, 5.5, 7.0, 7.5, 8.0, 9.5, 20.0, 21.0, 22.0]),
                     st.integers(0, 25).map(float), st.just(math.nan), st.just(math.inf))
# (signal, time step, value, quality): time mostly moves forward in half-second steps, sometimes back
event_st = st.tuples(st.integers(0, 4), st.sampled_from([0.0, 0.5, 0.5, 1.0, 1.0, 2.0, 3.5, -1.0]), value_st,
                     st.sampled_from(["good"] * 6 + ["uncertain", "bad"]))


def _timeline(steps):  # type: ignore[no-untyped-def]
    t, out = 0.0, []
    for s, dt, v, q in steps:
        t = max(0.0, t + dt)
        out.append((s, t, v, q))
    return out


def _live(rules, events, until):  # type: ignore[no-untyped-def]
    eng = Engine(rules)
    for s, t, v, q in events:
        eng.process(t, f"S{s}", v, q)
    eng.advance(until)
    return sorted((d.ts, d.rule.id, d.state, d.episode) for d in eng.decisions)


def _batch(rules, events, until):  # type: ignore[no-untyped-def]
    eng = BatchEngine(rules, signals=[f"S{i}" for i in range(5)])
    sig = np.array([e[0] for e in events], np.int64)
    ts = np.array([e[1] for e in events], float)
    val = np.array([e[2] for e in events], float)
    q = np.array([QUALITY[e[3]] for e in events], np.int8)
    out = eng.decisions(eng.run(sig, ts, val, q)) + eng.decisions(eng.advance(until))
    return sorted((d.ts, d.rule, d.state, d.episode) for d in out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(rule_st, min_size=1, max_size=4), st.lists(event_st, max_size=80), st.booleans())
def test_batch_kernel_matches_live_engine(registry, specs, steps, ordered):  # type: ignore[no-untyped-def]
    events = _timeline(steps)
    rules = []
    for i, sp in enumerate(specs):
        sp = dict(sp)
        sig = sp.pop("signal")
        rules.append(compiled(threshold_doc(f"r{i}", f"S{sig}", **sp), registry))
    assert not plan_batch(rules).rejected
    if ordered:
        events = sorted(events, key=lambda e: e[1])
    until = (events[-1][1] if events else 0.0) + 10.0
    assert _batch(rules, events, until) == _live(rules, events, until)


def test_rules_of_other_shapes_stay_on_the_live_engine(registry):  # type: ignore[no-untyped-def]
    doc = threshold_doc("r", "S0")
    doc["nodes"].insert(1, {"id": "m", "block": "stats.mean", "params": {"window_s": 10}})
    doc["edges"] = [{"from": "s.value", "to": "m.x"}, {"from": "m.out", "to": "c.x"}, {"from": "c.out", "to": "alarm.when"}]
    plan = plan_batch([compiled(doc, registry)])
    assert plan.rules == [] and "comparison" in plan.rejected["r"]


BOUNDARY_VALUES = [0.0, 2.0, 2.5, 3.0, 3.5, 4.5, 5.0, 7.0, 7.5, 8.0, 21.0, 22.0, math.nan, 5.0, 2.9, 3.0]


@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("deadband", [0.0, 0.5])
@pytest.mark.parametrize("sustained_s", [None, 2.0])
def test_batch_kernel_matches_live_engine_at_every_boundary(registry, op, deadband, sustained_s):  # type: ignore[no-untyped-def]
    """Deterministic sweep: each value on, just below and just above the limits, both directions."""
    rules = [compiled(threshold_doc(f"r{k}", "S0", op, value=v, low=3.0, high=7.5, deadband=deadband,
                                    sustained_s=sustained_s, period_s=1.0), registry) for k, v in enumerate((3.0, 5.0, 7.5))]
    seq = BOUNDARY_VALUES + BOUNDARY_VALUES[::-1]
    events = [(0, float(t), v, "good") for t, v in enumerate(seq)]
    events += [(0, len(seq) + 5.0, 3.0, "good")]  # after a gap longer than the staleness limit
    until = len(seq) + 20.0
    got, want = _batch(rules, events, until), _live(rules, events, until)
    assert got == want and len(want) >= 4
