"""``safeblocks bench``: the runtime measured on synthetic data it generates, beside a plain-Python floor.

The floor is the least a rule engine must do per event — tuple unpack, dict lookup, compare — in a
plain loop over the same events. Each figure is printed with its ratio to the floor measured in
the same run, so machines and loads compare. Times are CPU seconds of this process
(``time.process_time``) so another process on the machine does not distort a ratio; wall-clock
seconds are printed beside them.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from core.plugins import PluginHost
from core.rules.compile import CompiledRule, compile_rule
from core.rules.document import RuleSource
from core.rules.templates import threshold_rule
from core.runtime.batch import BatchEngine
from core.runtime.engine import Engine
from core.runtime.session import RuleSet, replay_file
from core.timeutil import format_ts

T0 = 1_767_600_000.0  # 2026-01-05T08:00:00Z


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    gc.collect()
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.process_time() - c, time.perf_counter() - w, out


def _rule_doc(i: int, signal: str, threshold: float, sustained_s: float | None, period_s: float) -> dict[str, Any]:
    return threshold_rule(f"bench.r{i}", signal, value=threshold, deadband=1.0, sustained_s=sustained_s, period_s=period_s)


def _rules(host: PluginHost, n: int, signals: list[str], sustained_s: float | None, period_s: float) -> list[CompiledRule]:
    return [compile_rule(RuleSource(_rule_doc(i, signals[i], 75.0, sustained_s, period_s)), host.registry) for i in range(n)]


def _workload(n_signals: int, n_rules: int, n_events: int, per_tick: int, seed: int = 7) -> dict[str, np.ndarray]:
    """Round-robin scans: each tick (1 s) ``per_tick`` signals report; 1 % of ruled signals run an
    excursion to 80 ppm (threshold 75) from an eighth of the run on, the rest is noise around 50 ppm."""
    rng = np.random.default_rng(seed)
    i = np.arange(n_events)
    tick = i // per_tick
    sig = ((tick * per_tick + i % per_tick) % n_signals).astype(np.int64)
    ts = T0 + tick.astype(np.float64) + (i % per_tick) * (0.5 / per_tick)
    val = rng.normal(50.0, 5.0, n_events)
    step = max(n_signals // n_rules, 1)
    ruled = (sig % step == 0) & (sig // step < n_rules)
    start = max(1, int(tick[-1]) // 8) if n_events else 1  # the excursion begins an eighth into the run
    excursion = ruled & ((sig // step) % 100 == 0) & (tick >= start)
    val[excursion] = 80.0
    return {"sig": sig, "ts": ts, "val": val, "step": np.array([step])}


def _floor_threshold(events: list[tuple[int, float, float]], limits: dict[int, float]) -> int:
    fired = 0
    for s, _t, v in events:
        lim = limits.get(s)
        if lim is not None and v > lim:
            fired += 1
    return fired


def _floor_sustained(events: list[tuple[int, float, float]], limits: dict[int, float], d: float) -> int:
    since: dict[int, float] = {}
    fired = 0
    for s, t, v in events:
        lim = limits.get(s)
        if lim is None:
            continue
        if v > lim:
            t0 = since.setdefault(s, t)
            if t - t0 >= d:
                fired += 1
        else:
            since.pop(s, None)
    return fired


def _batch_part(host: PluginHost, w: dict[str, np.ndarray], n_signals: int, n_rules: int, sustained: float | None,
                chunk: int, period_s: float) -> dict[str, Any]:
    step = int(w["step"][0])
    names = [f"P{i:06d}.gas" for i in range(n_signals)]
    ruled = [names[i * step] for i in range(n_rules)]
    rules = _rules(host, n_rules, ruled, sustained, period_s=period_s)
    eng = BatchEngine(rules, signals=names)
    sig, ts, val = w["sig"], w["ts"], w["val"]
    eng.run(sig[:10], ts[:10], val[:10])  # compile the kernels before timing
    eng = BatchEngine(rules, signals=names)

    def run() -> int:
        n = 0
        for k in range(0, len(sig), chunk):
            n += len(eng.run(sig[k:k + chunk], ts[k:k + chunk], val[k:k + chunk]))
        return n

    cpu, wall, decisions = _timed(run)
    limits = {i * step: 75.0 for i in range(n_rules)}
    tuples = list(zip(sig.tolist(), ts.tolist(), val.tolist()))
    fcpu, fwall, _ = _timed(lambda: _floor_sustained(tuples, limits, sustained) if sustained else _floor_threshold(tuples, limits))
    n = len(sig)
    return {"events": n, "rules": n_rules, "signals": n_signals, "batch_size": chunk, "decisions": int(decisions),
            "events_per_s": n / cpu, "wall_events_per_s": n / wall, "floor_events_per_s": n / fcpu,
            "ratio_to_floor": fcpu / cpu}


def _live_part(host: PluginHost, n_rules: int, n_events: int) -> dict[str, Any]:
    names = [f"L{i:05d}.gas" for i in range(n_rules)]
    rules = _rules(host, n_rules, names, None, period_s=1.0)
    rng = np.random.default_rng(3)
    vals = rng.normal(50.0, 5.0, n_events)
    vals[rng.random(n_events) < 0.001] = 90.0
    events = [(T0 + (i // n_rules) + (i % n_rules) * (0.5 / n_rules), names[i % n_rules], float(vals[i])) for i in range(n_events)]
    eng = Engine(rules)
    process = eng.process

    def run() -> int:
        for t, s, v in events:
            process(t, s, v)
        return len(eng.decisions)

    cpu, wall, decisions = _timed(run)
    # latency: the time from handing an event to the engine until its decisions exist. The
    # long-lived rule set is frozen out of the garbage collector's scans first, as a runtime that
    # has loaded its rules should (gc.freeze): otherwise a full collection walks every closure.
    eng2 = Engine(rules)
    gc.collect()
    gc.freeze()
    p2, pending = eng2.process, eng2.decisions
    lat_all = np.empty(min(n_events, 200_000))
    lat_dec: list[float] = []
    clock = time.perf_counter_ns
    for k, (t, s, v) in enumerate(events[:len(lat_all)]):
        before = len(pending)
        a = clock()
        p2(t, s, v)
        b = clock()
        lat_all[k] = b - a
        if len(pending) > before:
            lat_dec.append(b - a)
    gc.unfreeze()
    limits = {n: 75.0 for n in names}
    fcpu, _, _ = _timed(lambda: _floor_threshold(events, limits))  # type: ignore[arg-type]
    dec = np.array(lat_dec) if lat_dec else np.array([np.nan])
    return {"events": n_events, "rules": n_rules, "decisions": decisions, "events_per_s": n_events / cpu,
            "wall_events_per_s": n_events / wall, "floor_events_per_s": n_events / fcpu, "ratio_to_floor": fcpu / cpu,
            "latency_us_p50": float(np.percentile(lat_all, 50) / 1000), "latency_us_p99": float(np.percentile(lat_all, 99) / 1000),
            "decision_latency_us_p50": float(np.percentile(dec, 50) / 1000),
            "decision_latency_us_p99": float(np.percentile(dec, 99) / 1000), "decision_events": len(lat_dec)}


def _replay_part(host: PluginHost, lines: int, n_rules: int) -> dict[str, Any]:
    names = [f"P{i:05d}.gas" for i in range(2 * n_rules)]
    docs = [_rule_doc(i, names[i], 75.0, 60.0 if i % 2 else None, 10.0) for i in range(n_rules)]
    rs = RuleSet.from_sources([RuleSource(d) for d in docs], host)
    rng = np.random.default_rng(5)
    vals = rng.normal(50.0, 5.0, lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.csv"
        per_tick = len(names)
        with path.open("w") as fh:
            fh.write("ts,signal,value\n")
            for i in range(lines):
                s = i % per_tick
                v = 80.0 if s % 97 == 0 and i > 50 * per_tick else vals[i]
                fh.write(f"{format_ts(T0 + (i // per_tick) * 10 + s * 0.001)},{names[s]},{v:.2f}\n")
        size = path.stat().st_size
        with open(os.devnull, "w") as out:
            cpu, wall, (decisions, bad, eng) = _timed(lambda: replay_file(rs, path, out))
    return {"lines": lines, "bytes": size, "rules": n_rules, "decisions": len(decisions), "bad_lines": len(bad),
            "seconds": cpu, "wall_seconds": wall, "lines_per_s": lines / cpu}


def _pack_part(host: PluginHost, repeat: int) -> dict[str, Any] | None:
    pack = Path(__file__).resolve().parents[1] / "industry_packs" / "chemical"
    scenario = pack / "scenarios" / "confined_space_run.csv"
    if not scenario.is_file():
        return None
    rs = RuleSet.load([str(pack)], host=host)
    from core.runtime.events import read_csv_rows

    rows = list(read_csv_rows(scenario))
    span = rows[-1][0] - rows[0][0] + 60.0
    events = [(t + k * span, s, v, q) for k in range(repeat) for t, s, v, q in rows]
    eng = rs.engine()
    process = eng.process

    def run() -> int:
        for t, s, v, q in events:
            process(t, s, v, q)
        return len(eng.decisions)

    cpu, wall, decisions = _timed(run)
    return {"rules": len(rs.rules), "events": len(events), "decisions": decisions, "events_per_s": len(events) / cpu,
            "wall_events_per_s": len(events) / wall}


def _memory_part(host: PluginHost, n: int) -> dict[str, Any]:
    names = [f"M{i:06d}.gas" for i in range(n)]
    rules = _rules(host, n, names, 300.0, 1.0)
    gc.collect()
    tracemalloc.start()
    eng = Engine(rules)
    for i, s in enumerate(names):
        eng.process(T0 + i * 1e-4, s, 50.0)
    live = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    tracemalloc.start()
    b = BatchEngine(rules, signals=names)
    b.run(np.arange(n), T0 + np.arange(n) * 1e-4, np.full(n, 50.0))
    batch = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"signals": n, "live_bytes_per_signal": live / n, "batch_bytes_per_signal": batch / n,
            "note": "engine state only (rules compiled beforehand), peak traced Python allocations"}


def _snapshot_part(host: PluginHost, n: int) -> dict[str, Any]:
    """Checkpoint cost: snapshot -> JSON -> restore of an engine with n sustained-300 s rules, every one mid-window."""
    import json

    names = [f"K{i:06d}.gas" for i in range(n)]
    rules = _rules(host, n, names, 300.0, 1.0)
    eng = Engine(rules)
    for k in range(3):
        for i, s in enumerate(names):
            eng.process(T0 + k + i * 1e-6, s, 90.0 if i % 2 else 50.0)
    cpu_snap, _, text = _timed(lambda: json.dumps(eng.snapshot(), allow_nan=False, separators=(",", ":")))
    fresh = Engine(rules)
    cpu_restore, _, rep = _timed(lambda: fresh.restore(json.loads(text)))
    assert len(rep.restored) == n
    return {"rules": n, "bytes": len(text), "snapshot_s": cpu_snap, "restore_s": cpu_restore,
            "note": "CPU time; the fresh engine is built from the compiled rules before the restore"}


def run_bench(scale: float = 1.0, only: list[str] | None = None) -> dict[str, Any]:
    host = PluginHost.load()
    want = set(only or ["a", "b", "c", "d", "e", "mem", "snap"])
    s = max(scale, 0.01)
    n_sig, n_rules = 100_000, 10_000
    out: dict[str, Any] = {"scale": scale, "cpu": os.cpu_count()}
    if want & {"a", "b"}:
        n_ev = int(4_000_000 * s)
        per_tick = 10_000  # each signal reports every n_sig / per_tick = 10 s
        w = _workload(n_sig, n_rules, n_ev, per_tick=per_tick)
        if "a" in want:
            out["a_batch_threshold"] = _batch_part(host, w, n_sig, n_rules, None, 100_000, n_sig / per_tick)
        if "b" in want:
            out["b_batch_sustained_300s"] = _batch_part(host, w, n_sig, n_rules, 300.0, 100_000, n_sig / per_tick)
    if "c" in want:
        out["c_live"] = _live_part(host, n_rules, int(1_000_000 * s))
    if "d" in want:
        out["d_replay_csv"] = _replay_part(host, int(1_000_000 * s), 1000)
    if "e" in want:
        out["e_chemical_pack"] = _pack_part(host, max(int(20 * s), 1))
    if "mem" in want:
        out["memory"] = _memory_part(host, int(100_000 * s))
    if "snap" in want:
        out["snapshot"] = _snapshot_part(host, int(10_000 * s))
    return out


def format_bench(r: dict[str, Any]) -> str:
    lines = [f"safeblocks bench (scale {r['scale']}, {r['cpu']} cores; CPU-time rates, wall-clock beside)"]
    for key in ("a_batch_threshold", "b_batch_sustained_300s"):
        if key in r:
            x = r[key]
            lines.append(f"{key}: {x['events_per_s'] / 1e6:.1f} M events/s (wall {x['wall_events_per_s'] / 1e6:.1f} M) vs floor "
                         f"{x['floor_events_per_s'] / 1e6:.2f} M -> {x['ratio_to_floor']:.1f}x floor; {x['rules']} rules, "
                         f"{x['signals']} signals, {x['events']} events in batches of {x['batch_size']}, {x['decisions']} decisions")
    if "c_live" in r:
        x = r["c_live"]
        lines.append(f"c_live: {x['events_per_s'] / 1e3:.0f} k events/s (wall {x['wall_events_per_s'] / 1e3:.0f} k) vs floor "
                     f"{x['floor_events_per_s'] / 1e6:.2f} M ({x['ratio_to_floor']:.2f}x); per-event latency p50 "
                     f"{x['latency_us_p50']:.1f} us p99 {x['latency_us_p99']:.1f} us; events with decisions p50 "
                     f"{x['decision_latency_us_p50']:.1f} us p99 {x['decision_latency_us_p99']:.1f} us ({x['decision_events']})")
    if "d_replay_csv" in r:
        x = r["d_replay_csv"]
        lines.append(f"d_replay_csv: {x['lines']} lines ({x['bytes'] / 1e6:.0f} MB) in {x['seconds']:.2f} s CPU "
                     f"({x['wall_seconds']:.2f} s wall), {x['lines_per_s'] / 1e3:.0f} k lines/s, {x['decisions']} decisions")
    if r.get("e_chemical_pack"):
        x = r["e_chemical_pack"]
        lines.append(f"e_chemical_pack: {x['rules']} rules, {x['events']} events, {x['events_per_s'] / 1e3:.0f} k events/s, "
                     f"{x['decisions']} decisions")
    if "memory" in r:
        x = r["memory"]
        lines.append(f"memory: live {x['live_bytes_per_signal']:.0f} B/signal, batch {x['batch_bytes_per_signal']:.0f} B/signal "
                     f"({x['signals']} signals, one sustained rule each)")
    if "snapshot" in r:
        x = r["snapshot"]
        lines.append(f"snapshot: {x['rules']} rules mid-window -> {x['bytes'] / 1e6:.1f} MB JSON in {x['snapshot_s'] * 1e3:.0f} ms, "
                     f"restored in {x['restore_s'] * 1e3:.0f} ms")
    return "\n".join(lines)
