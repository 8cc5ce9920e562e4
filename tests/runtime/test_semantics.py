"""ARCHITECTURE §5, the part users trust with their lives: each rule of the semantics, tested."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.runtime.engine import Engine

from .helpers import compiled, threshold_doc


def states(eng: Engine) -> list[tuple[float, str]]:
    return [(d.ts, d.state) for d in eng.decisions]


def test_sustained_fires_at_exactly_d_not_one_second_before(registry):  # type: ignore[no-untyped-def]
    rule = compiled(threshold_doc("r", "S", value=10.0, sustained_s=300.0), registry)
    eng = Engine([rule])
    for t in range(0, 300):
        eng.process(float(t), "S", 11.0)
    assert states(eng) == []  # t = 299: held for 299 s only
    eng.process(300.0, "S", 11.0)
    assert states(eng) == [(300.0, "fired")]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 299), st.integers(5, 400))
def test_one_false_sample_resets_sustained(registry, false_at, duration):  # type: ignore[no-untyped-def]
    rule = compiled(threshold_doc("r", "S", value=10.0, sustained_s=float(duration)), registry)
    eng = Engine([rule])
    horizon = false_at + duration + 5
    for t in range(horizon):
        eng.process(float(t), "S", 0.0 if t == false_at else 11.0)
    fired = [ts for ts, s in states(eng) if s == "fired"]
    expect_first = float(duration) if duration < false_at else float(false_at + 1 + duration)
    assert fired[:1] == [expect_first]


def test_silent_sensor_is_unknown_after_three_periods_and_takes_the_safe_state(registry):  # type: ignore[no-untyped-def]
    doc = threshold_doc("r", "CS-01.o2", "compare.lt", value=19.5, unit="%vol", period_s=2.0)
    doc["nodes"].append({"id": "fan", "block": "action.actuator",
                         "params": {"device": "CS-01.fan", "command": "force_on", "safe_state": "force_on", "confirm_s": 5}})
    doc["edges"].append({"from": "c.out", "to": "fan.when"})
    eng = Engine([compiled(doc, registry)])
    for t in (0.0, 2.0, 4.0):
        eng.process(t, "CS-01.o2", 20.9)
    eng.advance(9.9)
    assert states(eng) == []  # 5.9 s of silence < 3 x 2 s
    eng.advance(10.0)
    assert states(eng) == [(10.0, "unknown")]
    acts = {(a["type"], a.get("command")) for a in eng.decisions[0].actions}
    assert ("actuator", "force_on") in acts and ("alert", None) in acts


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([math.nan, math.inf, -math.inf, None, "abc", True]), st.sampled_from(["good", "bad", "uncertain"]),
       st.sampled_from(["compare.gt", "compare.lt", "compare.inside", "compare.outside"]))
def test_nan_inf_null_text_and_bad_quality_never_evaluate_to_false(registry, value, quality, op):  # type: ignore[no-untyped-def]
    rule = compiled(threshold_doc("r", "S", op, value=10.0, low=0.0, high=20.0), registry)
    eng = Engine([rule])
    eng.process(0.0, "S", value, quality)
    eng.flush()  # end of input closes the instant: the UNKNOWN is decided
    ri = eng.instances["r"]
    assert ri.vals[rule.outs["c"]["out"]] is None
    assert states(eng) == [(0.0, "unknown")]


def test_bad_quality_of_a_good_number_is_unknown(registry):  # type: ignore[no-untyped-def]
    eng = Engine([compiled(threshold_doc("r", "S", value=10.0), registry)])
    eng.process(0.0, "S", 5.0, "bad")
    assert states(eng) == []  # not before the instant is over: another event at 0.0 could still come
    eng.process(1.0, "S", 5.0, "bad")
    assert states(eng) == [(0.0, "unknown")]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.sampled_from([0.0, 20.0])), min_size=1, max_size=40), st.data())
def test_duplicates_and_out_of_order_never_fire_twice(registry, samples, data):  # type: ignore[no-untyped-def]
    rule = compiled(threshold_doc("r", "S", value=10.0, period_s=None), registry)
    ordered = sorted(dict(samples).items())  # one value per instant: the stream is well defined
    clean = Engine([rule])
    for t, v in ordered:
        clean.process(float(t), "S", v)
    # the same stream with every event sent twice and some sent again later, out of order
    noisy = Engine([compiled(threshold_doc("r", "S", value=10.0, period_s=None), registry)])
    replays = data.draw(st.lists(st.sampled_from(ordered), max_size=10))
    stream = [e for e in ordered for _ in (0, 1)]
    for extra in replays:
        stream.insert(data.draw(st.integers(0, len(stream))), extra)
    seen: dict[int, float] = {}
    for t, v in stream:
        noisy.process(float(t), "S", v)
        seen.setdefault(t, v)
    fired = [d.episode for d in noisy.decisions if d.state == "fired"]
    assert len(fired) == len(set(fired))  # one fired decision per episode, never two
    assert len(fired) <= len([d for d in clean.decisions if d.state == "fired"])


def test_episode_fires_once_and_clears_with_hysteresis(registry):  # type: ignore[no-untyped-def]
    eng = Engine([compiled(threshold_doc("r", "S", value=10.0, deadband=1.0, period_s=None), registry)])
    for t, v in enumerate([5, 11, 12, 9.5, 11, 8.9, 10.5]):
        eng.process(float(t), "S", float(v))
    # 9.5 is inside the deadband (still high); 8.9 clears; 10.5 starts a new episode
    assert states(eng) == [(1.0, "fired"), (5.0, "cleared"), (6.0, "fired")]
    assert [d.episode for d in eng.decisions] == [1, 1, 2]


def test_clear_needs_the_minimum_time_below_the_limit(registry):  # type: ignore[no-untyped-def]
    eng = Engine([compiled(threshold_doc("r", "S", value=10.0, period_s=None, clear_after_s=30.0), registry)])
    eng.process(0.0, "S", 11.0)
    eng.process(10.0, "S", 5.0)
    eng.process(20.0, "S", 11.0)  # back above before 30 s: same episode, no second fire
    eng.process(25.0, "S", 5.0)
    eng.advance(60.0)
    assert states(eng) == [(0.0, "fired"), (55.0, "cleared")]


def test_hold_and_alert_on_unknown(registry):  # type: ignore[no-untyped-def]
    for mode, expect in (("hold", set()), ("alert", {"alert"})):
        eng = Engine([compiled(threshold_doc("r", "S", value=10.0, on_unknown=mode), registry)])
        eng.process(0.0, "S", math.nan)
        eng.advance(0.5)
        assert states(eng) == [(0.0, "unknown")]
        assert {a["type"] for a in eng.decisions[0].actions} == expect


def test_late_events_are_dropped_and_counted(registry):  # type: ignore[no-untyped-def]
    eng = Engine([compiled(threshold_doc("r", "S", value=10.0, period_s=None), registry)])
    eng.process(10.0, "S", 5.0)
    eng.process(5.0, "S", 50.0)
    assert states(eng) == [] and eng.stats.late == 1


def test_reorder_window_sorts_events_within_it(registry):  # type: ignore[no-untyped-def]
    eng = Engine([compiled(threshold_doc("r", "S", value=10.0, period_s=None), registry)], reorder_window_s=5.0)
    for t, v in ((0.0, 5.0), (3.0, 5.0), (2.0, 50.0), (9.0, 5.0)):
        eng.ingest(t, "S", v)
    eng.flush()
    assert states(eng) == [(2.0, "fired"), (3.0, "cleared")] and eng.stats.late == 0


def test_relative_limit_is_a_multiple_of_a_reference_signal(registry):  # type: ignore[no-untyped-def]
    doc = {"schema": "safeblocks.rule/1", "id": "weld", "version": 1, "title": {"zh": "焊接", "en": "weld"}, "risk_level": "L2",
           "nodes": [{"id": "i", "block": "signal", "params": {"signal": "WM-01.current", "unit": "A"}},
                     {"id": "card", "block": "signal", "params": {"signal": "WO-17.card.current_max", "unit": "A"}},
                     {"id": "over", "block": "compare.gt", "params": {"factor": 1.15}},
                     {"id": "five", "block": "time.sustained", "params": {"duration_s": 300}},
                     {"id": "pop", "block": "action.alert", "params": {"popup": True}}],
           "edges": [{"from": "i.value", "to": "over.x"}, {"from": "card.value", "to": "over.limit"},
                     {"from": "over.out", "to": "five.x"}, {"from": "five.out", "to": "pop.when"}]}
    for value, duration, fires in ((114.0, 300, False), (116.0, 299, False), (116.0, 300, True)):
        eng = Engine([compiled(doc, registry)])
        eng.process(0.0, "WO-17.card.current_max", 100.0)
        for t in range(duration + 1):
            eng.process(float(t), "WM-01.current", value)
        assert ("fired" in [s for _, s in states(eng)]) is fires, (value, duration)


def _absence_rule(registry, within_s: float):  # type: ignore[no-untyped-def]
    doc = {"schema": "safeblocks.rule/1", "id": "absence", "version": 1, "title": {"zh": "复测", "en": "re-test"},
           "risk_level": "L3",
           "nodes": [{"id": "p", "block": "signal", "params": {"signal": "permit.HW-1.status"}},
                     {"id": "g", "block": "signal", "params": {"signal": "HW-1.gas_test"}},
                     {"id": "stopped", "block": "compare.equals", "params": {"value": "interrupted"}},
                     {"id": "done", "block": "compare.equals", "params": {"value": "done"}},
                     {"id": "late", "block": "time.absence", "params": {"within_s": within_s}},
                     {"id": "alarm", "block": "action.alert", "params": {}}],
           "edges": [{"from": "p.value", "to": "stopped.x"}, {"from": "g.value", "to": "done.x"},
                     {"from": "stopped.out", "to": "late.start"}, {"from": "done.out", "to": "late.x"},
                     {"from": "late.out", "to": "alarm.when"}]}
    return compiled(doc, registry)


@pytest.mark.parametrize("within_s", [3600.0, 3600.001, 0.1, 1e-3])
def test_absence_fires_at_its_deadline_without_float_trouble(registry, within_s):  # type: ignore[no-untyped-def]
    eng = Engine([_absence_rule(registry, within_s)])
    t0 = 1_767_600_007.0
    eng.process(t0, "HW-1.gas_test", "pending")
    eng.process(t0, "permit.HW-1.status", "interrupted")
    eng.advance(t0 + within_s + 10)  # returns (it once spun forever on a float rounding)
    assert [s for _, s in states(eng)] == ["fired"]
    assert states(eng)[0][0] == pytest.approx(t0 + within_s)


@pytest.mark.parametrize("clear_after_s", [0.1, 0.3, 2.7])
def test_clear_delay_with_fractional_times(registry, clear_after_s):  # type: ignore[no-untyped-def]
    eng = Engine([compiled(threshold_doc("r", "S", value=10.0, period_s=None, clear_after_s=clear_after_s), registry)])
    eng.process(0.7, "S", 11.0)
    eng.process(1.3, "S", 5.0)
    eng.advance(100.0)
    assert [s for _, s in states(eng)] == ["fired", "cleared"]
    assert states(eng)[1][0] == pytest.approx(1.3 + clear_after_s)


def test_inputs_arriving_one_after_another_at_one_instant_raise_no_unknown(registry):  # type: ignore[no-untyped-def]
    """A permit status and a gas test sent at the same timestamp: after the first, the rule's input is
    UNKNOWN for an instant; it must not report UNKNOWN (with its safe-state actions) and then clear."""
    eng = Engine([_absence_rule(registry, 60.0)])
    eng.process(0.0, "HW-1.gas_test", "pending")
    eng.process(0.0, "permit.HW-1.status", "active")
    eng.advance(30.0)
    assert states(eng) == []
    # but an input that stays UNKNOWN past its instant is reported at that instant
    eng.process(40.0, "permit.HW-1.status", None)
    eng.advance(41.0)
    assert states(eng) == [(40.0, "unknown")]
