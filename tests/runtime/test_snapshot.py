"""Engine snapshots: an engine restored from a snapshot (through JSON) at any point of a stream makes
exactly the decisions, in the same order, that the engine makes when it never stops."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.rules.compile import CompiledRule
from core.runtime.engine import Engine
from core.runtime.snapshot import FORMAT, SnapshotError, decode, encode

from .helpers import compiled, threshold_doc


def _rule(rid: str, nodes: list[dict[str, Any]], edges: list[tuple[str, str]], *, on_unknown: str = "alert",
          clear_after_s: float = 0.0) -> dict[str, Any]:
    return {"schema": "safeblocks.rule/1", "id": rid, "version": 1, "title": {"zh": rid, "en": rid}, "risk_level": "L3",
            "on_unknown": on_unknown, "clear_after_s": clear_after_s, "nodes": nodes,
            "edges": [{"from": a, "to": b} for a, b in edges]}


def _sig(nid: str, signal: str, period: float | None = 1.0, **kw: Any) -> dict[str, Any]:
    p: dict[str, Any] = {"signal": signal, "unit": "ppm", **kw}
    if period is not None:
        p["period_s"] = period
    return {"id": nid, "block": "signal", "params": p}


ALERT = {"id": "a", "block": "action.alert", "params": {"level": "alarm"}}


def _docs() -> list[dict[str, Any]]:
    """One rule per kind of window state, plus the engine-level state (clear delays, confirmations)."""
    cmp = {"unit": "ppm"}
    return [
        threshold_doc("thr", "S0", "compare.gt", value=5.0, deadband=2.0, sustained_s=2.0, period_s=1.0, clear_after_s=3.0),
        threshold_doc("band", "S1", "compare.outside", low=3.0, high=7.5, deadband=0.5, period_s=2.0),
        _rule("mean", [_sig("s", "S2"), {"id": "m", "block": "stats.mean", "params": {"window_s": 4, "min_samples": 2}},
                       {"id": "c", "block": "compare.ge", "params": {"value": 6, **cmp}}, ALERT],
              [("s.value", "m.x"), ("m.out", "c.x"), ("c.out", "a.when")]),
        _rule("z", [_sig("s", "S0", None), {"id": "z", "block": "stats.zscore", "params": {"window_s": 10, "min_samples": 3}},
                    {"id": "c", "block": "compare.gt", "params": {"value": 1.5}}, ALERT],
              [("s.value", "z.x"), ("z.out", "c.x"), ("c.out", "a.when")], on_unknown="hold"),
        _rule("peak", [_sig("s", "S3"), {"id": "m", "block": "stats.max", "params": {"window_s": 3}},
                       {"id": "n", "block": "stats.min", "params": {"window_s": 3}},
                       {"id": "c", "block": "compare.gt", "params": {"value": 8, **cmp}},
                       {"id": "d", "block": "compare.lt", "params": {"value": 2, **cmp}},
                       {"id": "o", "block": "logic.or"}, ALERT],
              [("s.value", "m.x"), ("s.value", "n.x"), ("m.out", "c.x"), ("n.out", "d.x"), ("c.out", "o.a"),
               ("d.out", "o.b"), ("o.out", "a.when")]),
        _rule("rate", [_sig("s", "S4"), {"id": "r", "block": "rate.change", "params": {"window_s": 3, "per": "s"}},
                       {"id": "c", "block": "compare.gt", "params": {"value": 0.8}}, ALERT],
              [("s.value", "r.x"), ("r.out", "c.x"), ("c.out", "a.when")]),
        _rule("count", [_sig("s", "S1", None), {"id": "c", "block": "compare.gt", "params": {"value": 5, **cmp}},
                        {"id": "k", "block": "time.count", "params": {"window_s": 15, "count": 2}}, ALERT],
              [("s.value", "c.x"), ("c.out", "k.x"), ("k.out", "a.when")], clear_after_s=1.0),
        _rule("absent", [_sig("s", "S2", None), _sig("r", "S3", None),
                         {"id": "c", "block": "compare.gt", "params": {"value": 5, **cmp}},
                         {"id": "d", "block": "compare.lt", "params": {"value": 3, **cmp}},
                         {"id": "x", "block": "time.absence", "params": {"within_s": 4}}, ALERT],
               [("s.value", "c.x"), ("r.value", "d.x"), ("c.out", "x.start"), ("d.out", "x.x"), ("x.out", "a.when")]),
        _rule("expiry", [{"id": "t", "block": "signal", "params": {"signal": "T", "kind": "categorical"}},
                         {"id": "e", "block": "time.expiry", "params": {"validity_s": 5}}, ALERT],
              [("t.value", "e.t"), ("e.out", "a.when")]),
        _rule("stale", [{"id": "q", "block": "quality.stale", "params": {"signal": "S4", "period_s": 2}}, ALERT],
              [("q.out", "a.when")]),
        _rule("interlock", [_sig("s", "S0"), {"id": "p", "block": "permit.status", "params": {"permit": "P1"}},
                            {"id": "c", "block": "compare.ge", "params": {"value": 7, **cmp}}, {"id": "g", "block": "logic.and"},
                            {"id": "f", "block": "action.actuator", "params": {"device": "fan", "command": "on", "confirm_s": 3,
                                                                               "safe_state": "on"}}, ALERT],
                  [("s.value", "c.x"), ("c.out", "g.a"), ("p.out", "g.b"), ("g.out", "f.when"), ("g.out", "a.when")],
                  on_unknown="safe_state"),
    ]


@pytest.fixture(scope="module")
def rules(host) -> list[CompiledRule]:  # type: ignore[no-untyped-def]
    return [compiled(d, host.registry) for d in _docs()]


value_st = st.one_of(st.sampled_from([0.0, 1.0, 2.5, 3.0, 4.5, 5.0, 5.5, 6.0, 7.0, 7.5, 8.0, 9.5]), st.just(math.nan))
numeric_ev = st.tuples(st.sampled_from(["S0", "S1", "S2", "S3", "S4"]), value_st, st.sampled_from(["good"] * 8 + ["bad"]))
other_ev = st.sampled_from([("P1.status", "active", "good"), ("permit.P1.status", "active", "good"),
                            ("permit.P1.status", "closed", "good"), ("fan.state", "on", "good"), ("fan.state", "off", "good"),
                            ("T", "1970-01-01T00:00:03Z", "good"), ("T", "1970-01-01T00:00:20Z", "good"), ("T", "garbage", "good")])
# (time step, event): time mostly moves forward, sometimes back (late), sometimes not at all (duplicates)
step_st = st.tuples(st.sampled_from([0.0, 0.5, 0.5, 1.0, 1.0, 2.0, 4.0, -1.5]), st.one_of(numeric_ev, numeric_ev, other_ev))


def _stream(steps: list[tuple[float, tuple[str, Any, str]]]) -> list[tuple[float, str, Any, str]]:
    t, out = 1.0, []
    for dt, (sig, v, q) in steps:
        t = max(0.0, t + dt)
        out.append((t, sig, v, q))
    return out


def _key(d: Any) -> str:
    return json.dumps(d.record(), sort_keys=True, default=str, ensure_ascii=False)


def _run(rules: list[CompiledRule], events: list[tuple[float, str, Any, str]], until: float, window: float,
         cuts: set[int]) -> tuple[list[str], list[Any], int]:
    eng = Engine(rules, reorder_window_s=window)
    out: list[str] = []
    confirmations: list[Any] = []
    restores = 0
    for i, (t, sig, v, q) in enumerate(events):
        if i in cuts:
            snap = json.loads(json.dumps(eng.snapshot(), allow_nan=False))  # strict JSON, as a KV bucket holds it
            confirmations += eng.confirmations
            eng = Engine(rules, reorder_window_s=window)
            rep = eng.restore(snap)
            assert not rep.fresh and not rep.dropped_rules, rep
            restores += 1
        eng.ingest(t, sig, v, q)
        out += [_key(d) for d in eng.decisions]
        eng.decisions.clear()
    eng.flush()
    eng.advance(until)
    out += [_key(d) for d in eng.decisions]
    return out, confirmations + eng.confirmations, restores


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(step_st, min_size=1, max_size=70), st.sets(st.integers(0, 69), max_size=8), st.sampled_from([0.0, 0.0, 1.5]))
def test_restored_engine_decides_exactly_as_an_uninterrupted_one(rules, steps, cuts, window):  # type: ignore[no-untyped-def]
    events = _stream(steps)
    until = events[-1][0] + 30
    want, want_conf, _ = _run(rules, events, until, window, set())
    got, got_conf, _ = _run(rules, events, until, window, cuts)
    assert got == want
    assert got_conf == want_conf


def _waves(n: int) -> list[tuple[float, str, Any, str]]:
    """Every signal sampled each 0.5 s as a slow triangle wave (each crosses its limits and deadbands
    at its own pace), with bad samples, a dropout of S4 and S0, permit and fan read-backs."""
    events: list[tuple[float, str, Any, str]] = [(0.0, "permit.P1.status", "active", "good"),
                                                 (0.0, "T", "1970-01-01T00:00:02Z", "good")]
    for i in range(1, n):
        t = i * 0.5
        for k in range(5):
            span = 8 + 3 * k  # samples per half wave
            phase = (i + 2 * k) % (2 * span)
            v = 10.0 * (phase if phase < span else 2 * span - phase) / span
            if k == 4 and 60 <= i < 75 or k == 0 and 130 <= i < 140:
                continue  # dropout: stale, then back
            events.append((t, f"S{k}", round(v, 3), "bad" if (i * (k + 1)) % 41 == 7 else "good"))
        if i % 29 == 11:
            events.append((t, "fan.state", "on" if i % 2 else "off", "good"))
        if i == 100:
            events.append((t, "T", "1970-01-01T00:00:52Z", "good"))
    return events


def test_snapshot_before_every_event_of_a_busy_stream(rules):  # type: ignore[no-untyped-def]
    """A deterministic stream through every rule's interesting states, cut before every event."""
    events = _waves(180)
    until = events[-1][0] + 30
    want, want_conf, _ = _run(rules, events, until, 1.0, set())
    got, got_conf, restores = _run(rules, events, until, 1.0, set(range(len(events))))
    fired = {json.loads(k)["rule"] for k in want if json.loads(k)["state"] == "fired"}
    causes = {json.loads(k)["cause"] for k in want}
    assert restores == len(events)
    # the stream exercises every rule and the confirmation timeout
    assert fired == {r.id for r in rules} and {"recovered", "unknown", "confirm_timeout"} <= causes
    assert got == want and got_conf == want_conf


def test_window_state_is_what_makes_the_difference(rules):  # type: ignore[no-untyped-def]
    """Restoring the clock and feeds but not the window state would change decisions: the test above can fail."""
    thr = [r for r in rules if r.id == "thr"]
    events = [(float(t), "S0", 9.0, "good") for t in range(5)]
    eng = Engine(thr)
    for e in events[:2]:
        eng.ingest(*e)
    snap = eng.snapshot()
    assert snap["rules"]["thr"]["memory"]["d"]["since"] == [0.0]  # sustained since t=0
    snap["rules"]["thr"]["memory"]["d"]["since"] = [None]
    fresh = Engine(thr)
    fresh.restore(snap)
    for e in events[2:]:
        fresh.ingest(*e)
    whole = Engine(thr)
    for e in events:
        whole.ingest(*e)
    assert [d.ts for d in whole.decisions] == [2.0]
    assert [d.ts for d in fresh.decisions] == [4.0]


def test_a_changed_rule_starts_fresh_the_others_go_on(host, rules):  # type: ignore[no-untyped-def]
    eng = Engine(rules)
    for t in range(6):
        eng.ingest(float(t), "S0", 9.0)
        eng.ingest(float(t), "S1", 9.0)
    snap = json.loads(json.dumps(eng.snapshot()))
    changed = threshold_doc("thr", "S0", "compare.gt", value=6.0, sustained_s=2.0, period_s=1.0)
    changed["version"] = 2
    new_rules = [compiled(changed, host.registry) if r.id == "thr" else r for r in rules if r.id != "rate"]
    new_rules.append(compiled(threshold_doc("new", "S9", period_s=1.0), host.registry))
    eng2 = Engine(new_rules)
    rep = eng2.restore(snap)
    assert set(rep.fresh) == {"thr", "new"} and "v1 -> v2" in rep.fresh["thr"]
    assert rep.dropped_rules == ["rate"]
    assert "band" in rep.restored and eng2.instances["band"].phase == eng.instances["band"].phase == 1
    # the fresh rule gets the start-up grace from the watermark, then UNKNOWN for its unseen signal
    eng2.advance(5.0 + 3.0)
    assert [(d.rule.id, d.state) for d in eng2.decisions if d.rule.id == "new"] == [("new", "unknown")]


def test_bad_snapshots_are_refused_with_a_reason(rules):  # type: ignore[no-untyped-def]
    eng = Engine(rules)
    eng.ingest(0.0, "S0", 1.0)
    snap = eng.snapshot()
    with pytest.raises(SnapshotError, match="fresh engine"):
        eng.restore(snap)
    with pytest.raises(SnapshotError, match="format"):
        Engine(rules).restore({"format": "other"})
    broken = json.loads(json.dumps(snap))
    del broken["clock"]
    with pytest.raises(SnapshotError, match="malformed"):
        Engine(rules).restore(broken)
    with pytest.raises(SnapshotError, match="tag"):
        decode({"x": 1})
    assert snap["format"] == FORMAT


def test_codec_keeps_floats_tuples_and_deques_exact() -> None:
    from collections import deque
    v = [math.inf, -math.inf, 0.1 + 0.2, (1.5, "a"), deque([(1.0, 2.0)]), {"k": [None, True]}]
    back = decode(json.loads(json.dumps(encode(v), allow_nan=False)))
    assert back[:3] == v[:3] and back[3] == (1.5, "a") and back[4] == deque([(1.0, 2.0)]) and back[5] == {"k": [None, True]}
    assert math.isnan(decode(encode(math.nan)))
    with pytest.raises(SnapshotError, match="object"):
        encode(object())


def test_resume_measures_staleness_from_the_first_input_after_a_restart(rules):  # type: ignore[no-untyped-def]
    thr = [r for r in rules if r.id in ("thr", "band")]  # S0 period 1 s (stale 3 s), S1 period 2 s (stale 6 s)
    eng = Engine(thr)
    for t in range(10):
        eng.ingest(float(t), "S0", 1.0)
        eng.ingest(float(t), "S1", 5.0)
    snap = eng.snapshot()

    def restarted(resume: bool, snapshot_while_resuming: bool = False) -> list[tuple[str, str, float]]:
        e = Engine(thr)
        e.restore(snap)
        if resume:
            e.resume()
        if snapshot_while_resuming:  # a checkpoint between the resume and its first input keeps it pending
            pending = json.loads(json.dumps(e.snapshot()))
            e = Engine(thr)
            e.restore(pending)
        for t in range(300, 311):  # down from t=9 to t=300; S0 reports again at once, S1 stays silent
            e.ingest(float(t), "S0", 1.0)
        e.advance(310.0)
        return [(d.rule.id, d.state, d.ts) for d in e.decisions]

    # without resume, the downtime reads as both sensors silent since t=9: UNKNOWN at 12 and 15
    assert restarted(False) == [("thr", "unknown", 12.0), ("band", "unknown", 15.0), ("thr", "cleared", 303.0)]
    # with it, S1 gets one staleness limit from the restart (t=300): UNKNOWN at 306 only; S0 never was
    assert restarted(True) == [("band", "unknown", 306.0)]
    assert restarted(True, snapshot_while_resuming=True) == [("band", "unknown", 306.0)]
