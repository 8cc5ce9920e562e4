"""Boundary tests generated from the condition tree: every threshold and duration straddled.

For a threshold the tests use the limit itself and one step past it (25 is not "> 25", 26 is);
for a relative limit 1 % of the reference either side (114 % / 116 % of the card limit); for a
duration the condition held one second short of D (no fire) and for D (fires at D, §5); for a
count N-1 and N rising edges in the window, and N edges spread wider than it; for an absence
the awaited event one second before the deadline. The expected fire time is computed from the
sample times, as §5 defines it: the first sample at or after start + D.

Every scenario starts with a pre-roll (all inputs idle) one second before; decisions the engine
makes on that pre-roll alone (an UNKNOWN while a reference has not arrived yet) are part of the
expectation, and a "fired" there is refused as a generator bug.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.nl.ir import STRICT_EPS, Absence, Compare, Count, Equals, Junction, PermitIs, Sustained, is_strict

T0 = 1767600000.0  # 2026-01-05T08:00:00Z
REF = 200.0  # the reference value used for relative limits

Timeline = dict[str, list[tuple[float, Any]]]
FireRule = Callable[[list[float]], "float | None"]


@dataclass
class Plan:
    desc: str
    lines: Timeline
    fire: FireRule  # sample times -> when the condition first becomes TRUE (None: never)
    times: set[float] = field(default_factory=set)
    until: bool = False


def _step(v: float) -> float:
    s = repr(float(v))
    dec = len(s.split(".")[1].rstrip("0")) if "." in s else 0
    return 10.0 ** -min(dec, 3)


def _r(v: float) -> float:
    return round(v, 6)


def _never(_: list[float]) -> float | None:
    return None


def _at(t: float) -> FireRule:
    return lambda times: t


def _first_from(t: float) -> FireRule:
    return lambda times: next((x for x in sorted(times) if x >= t - 1e-9), None)


def _atom_values(c: Any) -> tuple[list[tuple[str, Timeline]], list[tuple[str, Timeline]]]:
    """(TRUE variants, FALSE variants) of an atom as constant values set at time 0."""
    def tl(**kv: Any) -> Timeline:
        return {k: [(0.0, v)] for k, v in kv.items()}

    if isinstance(c, Compare):
        sig = c.src.signal
        u = f" {c.unit}" if c.unit else ""
        if c.ref is not None:
            thr = c.factor * REF
            d = REF * 0.01
            hi, lo = _r(thr + d), _r(thr - d)
            t, f = (hi, lo) if c.op in ("gt", "ge") else (lo, hi)
            extra = {c.ref.signal: REF}
            return ([(f"{sig}={t} ({_r(t / REF * 100)}% of {REF:g})", {sig: [(0.0, t)]} | _const(extra))],
                    [(f"{sig}={f} ({_r(f / REF * 100)}% of {REF:g})", {sig: [(0.0, f)]} | _const(extra))])
        v = float(c.value or 0.0)
        d = _step(v)
        if c.op in ("inside", "outside"):
            lo, hi = float(c.value or 0.0), float(c.high or 0.0)
            d = min(_step(lo), _step(hi))
            ins = [lo, hi]
            outs = [_r(lo - d), _r(hi + d)]
            t_vals, f_vals = (ins, outs) if c.op == "inside" else (outs, ins)
        else:
            above, at, below = _r(v + d), v, _r(v - d)
            t_vals, f_vals = {"gt": ([above], [at]), "ge": ([at], [below]), "lt": ([below], [at]),
                              "le": ([at], [above])}[c.op]
        return ([(f"{sig}={x}{u}", {sig: [(0.0, x)]}) for x in t_vals],
                [(f"{sig}={x}{u}", {sig: [(0.0, x)]}) for x in f_vals])
    if isinstance(c, Equals):
        other = {"off": "on", "on": "off", "open": "closed", "closed": "open", "done": "pending"}.get(c.value, f"not_{c.value}")
        same = [(f"{c.src.signal}={c.value}", {c.src.signal: [(0.0, c.value)]})]
        different = [(f"{c.src.signal}={other}", {c.src.signal: [(0.0, other)]})]
        return (different, same) if c.negate else (same, different)
    if isinstance(c, PermitIs):
        sig = f"permit.{c.permit}.status"
        other = "active" if c.states[0] != "active" else "closed"
        return [(f"{c.permit} {c.states[0]}", {sig: [(0.0, c.states[0])]})], [(f"{c.permit} {other}", {sig: [(0.0, other)]})]
    raise TypeError(c)


def _const(kv: dict[str, Any]) -> Timeline:
    return {k: [(0.0, v)] for k, v in kv.items()}


def _shift(lines: Timeline, dt: float) -> Timeline:
    return {k: [(t + dt, v) for t, v in pts] for k, pts in lines.items()}


def _merge(*tls: Timeline) -> Timeline:
    out: Timeline = {}
    for tl in tls:
        for k, pts in tl.items():
            out.setdefault(k, []).extend(pts)
    return {k: sorted(v, key=lambda p: p[0]) for k, v in out.items()}


def _aggregate_fire(c: Compare, value: float, before: float) -> FireRule:
    """When a statistic over the window first meets the limit: the pre-roll sample (``before`` at -1)
    stays in the window until -1 + W, then every sample is ``value``. Computed as stats.mean/max/min
    do (exactly rounded mean kept within [min, max]), over the very sample times of the scenario."""
    w = float(c.agg_window_s or 0.0)
    thr = float(c.value or 0.0)
    test = {"gt": thr.__lt__, "ge": thr.__le__, "lt": thr.__gt__, "le": thr.__ge__}.get(c.op)

    def fire(times: list[float]) -> float | None:
        if test is None:
            return None
        for t in sorted(times):
            xs = ([before] if t - w < -1.0 else []) + [value for g in times if t - w < g <= t + 1e-9]
            agg = {"max": max(xs), "min": min(xs)}.get(c.agg or "", min(max(math.fsum(xs) / len(xs), min(xs)), max(xs)))
            if test(agg):
                return t
        return None

    return fire


def plans(c: Any) -> tuple[list[Plan], list[Plan]]:
    """(plans that must fire, plans that must not), times relative to the scenario start."""
    if isinstance(c, Compare) and c.agg is not None:
        # the window: the idle pre-roll sample leaves it at W - 1; the scenario runs one second past W
        t, f = _atom_values(c)
        idle_v = f[0][1][c.src.signal][0][1]
        w = float(c.agg_window_s or 0.0)
        keys = {max(w - 1.0, 0.0), w}
        return ([Plan(f"{d} for the {w:g} s window", tl, _aggregate_fire(c, tl[c.src.signal][0][1], idle_v), keys)
                 for d, tl in t],
                [Plan(f"{d} for the {w:g} s window", tl, _aggregate_fire(c, tl[c.src.signal][0][1], idle_v), keys)
                 for d, tl in f])
    if isinstance(c, (Compare, Equals, PermitIs)):
        t, f = _atom_values(c)
        return [Plan(d, tl, _at(0.0)) for d, tl in t], [Plan(d, tl, _never) for d, tl in f]
    if isinstance(c, Sustained):
        it, iff = plans(c.inner)
        nominal = c.duration_s - (STRICT_EPS if c.strict else 0.0)
        cut = nominal + (1.0 if c.strict else 0.0)
        short = min(1.0, nominal / 2)
        fire, nofire = [], []
        p0 = it[0]
        idle = iff[0].lines
        for q in it:  # every way the inner condition can hold (each branch of an OR, each end of a band)
            fire.append(Plan(f"{q.desc} held {nominal:g} s", q.lines, _first_from(c.duration_s), {nominal, cut}))
        if c.strict:
            nofire.append(Plan(f"{p0.desc} held exactly {nominal:g} s (not longer)", _merge(p0.lines, _shift(idle, cut)),
                               _never, {nominal, cut}))
        else:
            nofire.append(Plan(f"{p0.desc} held {nominal - short:g} s", _merge(p0.lines, _shift(idle, nominal)), _never,
                               {nominal - short, nominal}))
        for q in iff:
            nofire.append(Plan(f"{q.desc} held {cut + 1:g} s", q.lines, _never, {nominal, cut, cut + 1}))
        return fire, nofire
    if isinstance(c, Count):
        it, iff = plans(c.inner)
        on, off = it[0].lines, iff[0].lines
        n, w = c.count, c.window_s

        def edges(k: int, gap: float) -> Timeline:
            return _merge(*[_merge(_shift(on, i * gap), _shift(off, i * gap + 1)) for i in range(k)])

        gap = 2.0
        fire, nofire = [], []
        if gap * (n - 1) < w:
            last = gap * (n - 1)
            fire.append(Plan(f"{n} rising edges ({it[0].desc}) within {w:g} s", edges(n, gap), _at(last),
                             {i * gap + d for i in range(n) for d in (0, 1)}))
            if n > 1:
                nofire.append(Plan(f"{n - 1} rising edges within {w:g} s", edges(n - 1, gap), _never,
                                   {i * gap + d for i in range(n) for d in (0, 1)}))
                wide = math.ceil(w / (n - 1)) + 1.0
                nofire.append(Plan(f"{n} rising edges spread over {wide * (n - 1):g} s", edges(n, wide), _never,
                                   {i * wide + d for i in range(n) for d in (0, 1)}))
        return fire, nofire
    if isinstance(c, Absence):
        st, sf = plans(c.start)
        et, ef = plans(c.event)
        w = c.within_s
        nominal = w - (STRICT_EPS if is_strict(w) else 0.0)
        base = _merge(st[0].lines, ef[0].lines)
        fire = [Plan(f"{st[0].desc}, no {et[0].desc} for {nominal:g} s", base, _at(w), {nominal, nominal + 1}, until=True)]
        late = _merge(base, _shift(et[0].lines, nominal - 1))
        nofire = [Plan(f"{st[0].desc}, {et[0].desc} after {nominal - 1:g} s", late, _never, {nominal - 1, nominal + 1}, until=True),
                  Plan(f"{sf[0].desc}, no {et[0].desc}", _merge(sf[0].lines, ef[0].lines), _never, {nominal + 1}, until=True)]
        return fire, nofire
    if isinstance(c, Junction):
        subs = [plans(i) for i in c.items]
        if c.op == "and":
            fire = [_combine([s[0][0] for s in subs], "and")]
            nofire = []
            for k, (_, nf) in enumerate(subs):
                for q in nf:
                    nofire.append(_combine([q if j == k else s[0][0] for j, s in enumerate(subs)], "and", lead=k))
            return fire, nofire
        fire, nofire = [], []
        for k, (ft, _) in enumerate(subs):
            if ft:
                fire.append(_combine([ft[0] if j == k else s[1][0] for j, s in enumerate(subs)], "or", lead=k))
        nofire.append(_combine([s[1][0] for s in subs], "or"))
        return fire, nofire
    raise TypeError(c)


def _combine(parts: list[Plan], op: str, lead: int | None = None) -> Plan:
    fires = [p.fire for p in parts]

    def fire(times: list[float]) -> float | None:
        got = [f(times) for f in fires]
        if op == "and":
            return None if any(g is None for g in got) else max(g for g in got if g is not None)
        live = [g for g in got if g is not None]
        return min(live) if live else None

    order = parts if lead is None else [parts[lead]] + [p for i, p in enumerate(parts) if i != lead]
    if op == "or" and lead is not None:
        desc = f"{order[0].desc} (other branches false)"
    else:
        desc = (" AND " if op == "and" else " / ").join(p.desc for p in order)
    # the lead part is merged last, so where two parts set the same signal at once, it wins
    lines = _merge(*[p.lines for p in order[1:]], order[0].lines) if lead is not None else _merge(*[p.lines for p in parts])
    return Plan(desc, lines, fire, set().union(*[p.times for p in parts]), any(p.until for p in parts))


def idle(c: Any) -> Timeline:
    """Every atom at its first FALSE value: the state before a scenario starts."""
    if isinstance(c, (Compare, Equals, PermitIs)):
        return _atom_values(c)[1][0][1]
    if isinstance(c, (Sustained, Count)):
        return idle(c.inner)
    if isinstance(c, Absence):
        return _merge(idle(c.start), idle(c.event))
    if isinstance(c, Junction):
        return _merge(*[idle(i) for i in c.items])
    raise TypeError(c)


def _value_at(pts: list[tuple[float, Any]], t: float, default: Any) -> Any:
    v = default
    for at, val in pts:
        if at <= t + 1e-9:
            v = val
        else:
            break
    return v


Simulate = Callable[[list[list[Any]]], list[tuple[float, str]]]


def generate(cond: Any, doc: dict[str, Any], simulate: Simulate) -> list[dict[str, Any]]:
    """The boundary tests of one rule, in the rule document's ``tests`` format."""
    fire, nofire = plans(cond)
    rest = idle(cond)
    periods = [float(n["params"]["period_s"]) for n in doc["nodes"] if n["block"] == "signal" and "period_s" in n["params"]]
    periodic = sorted(n["params"]["signal"] for n in doc["nodes"] if n["block"] == "signal" and "period_s" in n["params"])
    horizon = max([2.0] + [t for p in fire + nofire for t in p.times] +
                  [t for p in fire + nofire for pts in p.lines.values() for t, _ in pts]) + 1
    # 2.5 periods: under the 3-period staleness limit (§5), so a long hold never goes UNKNOWN
    step = 2.5 * min(periods) if periods else max(1.0, math.ceil(horizon / 20))
    signals = sorted(rest)
    pre = [[T0 - 1, s, _value_at(rest[s], 0.0, None)] for s in signals]
    pre_decisions = simulate(pre)
    if any(state == "fired" for _, state in pre_decisions):
        raise ValueError("boundary pre-roll fired: the idle values are not idle")
    acts = sorted(n["block"].split(".", 1)[1] for n in doc["nodes"] if n["block"].startswith("action."))
    tests = []
    for expect_fire, group in ((True, fire), (False, nofire)):
        for plan in group:
            key = {0.0} | plan.times | {t for pts in plan.lines.values() for t, _ in pts}
            # each scenario runs one second past its own last point of interest, not the longest one's
            stop = min(horizon, max(key) + 1)
            key.add(stop)
            times = {k * step for k in range(int(stop // step) + 1)} | key
            grid = sorted(t for t in times if 0 <= t <= stop)
            at = plan.fire(grid)
            if (at is not None) != expect_fire:
                raise ValueError(f"boundary plan {plan.desc!r}: expected {'a fire' if expect_fire else 'no fire'}")
            end = stop
            if at is not None:
                # stop at the fire: later samples would only add a clearing decision to predict
                end = at
                grid = [t for t in grid if t <= at + 1e-9]
            events = list(pre)
            for t in grid:
                # signals with a sample period are kept fresh on the grid; the others (limits,
                # permits) only need a sample where something changes or is checked
                for s in (signals if t in key else periodic):
                    events.append([_r(T0 + t), s, _value_at(plan.lines.get(s, []), t, _value_at(rest[s], 0.0, None))])
            expect: list[dict[str, Any]] = [{"at": ts, "state": st} for ts, st in pre_decisions]
            if at is not None:
                expect.append({"at": _r(T0 + at), "state": "fired", "actions": acts})
            name = f"{'fires' if at is not None else 'no fire'}: {plan.desc}" + (f" (at +{_r(at):g} s)" if at is not None else "")
            test: dict[str, Any] = {"name": name, "events": events, "expect": expect}
            if plan.until:
                test["until"] = _r(T0 + end)
            tests.append(test)
    return tests
