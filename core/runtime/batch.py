"""Batch mode: columnar event arrays through numba kernels, same decisions as the live engine.

Chosen by measurement (``safeblocks bench``): a numba loop over (signal, ts, value) arrays runs
the exact sequential semantics — hysteresis, sustained timers, staleness, episodes — at tens
to hundreds of millions of events per second, where a vectorised NumPy formulation needs
sorts and group-bys for the same per-signal state machine. Only rules of the common shapes are
planned here (signal -> threshold or range -> optional sustained -> actions); anything else
stays on the live engine, and :func:`plan_batch` says which and why.

The kernel mirrors :mod:`core.runtime.engine` step for step (timers due at or before an
event's instant fire first, a signal going stale before a rule's own timer); the property
tests hold the two to identical decisions on random rule sets and streams.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numba import njit

from core.rules.compile import CompiledRule

OPS = {"compare.gt": 0, "compare.ge": 1, "compare.lt": 2, "compare.le": 3, "compare.outside": 4, "compare.inside": 5}
FIRED, CLEARED, UNKNOWN = 0, 1, 2
STATES = ("fired", "cleared", "unknown")
QUALITY = {"good": 0, "uncertain": 1, "bad": 2}


@dataclass
class BatchPlan:
    rules: list[CompiledRule]
    rejected: dict[str, str] = field(default_factory=dict)  # rule id -> why it stays on the live engine


def _shape(rule: CompiledRule) -> tuple[str, str, str | None] | str:
    """(signal node, compare node, sustained node or None) when the rule has a batchable shape."""
    if len(rule.sources) != 1 or rule.sources[0].kind != "numeric":
        return "needs exactly one numeric signal"
    src = rule.sources[0].node
    if rule.specs[src].name != "signal":
        return "source is not a signal block"
    others = [n for n in rule.order if n != src and rule.specs[n].action is None]
    if len(others) not in (1, 2):
        return "more than a comparison and a sustained block"
    cmp_node = others[0]
    if rule.specs[cmp_node].name not in OPS or rule.wires.get((cmp_node, "x")) != (src, "value"):
        return "first block is not a threshold/range comparison of the signal"
    if (cmp_node, "limit") in rule.wires:
        return "comparison against a reference signal"
    sus = None
    if len(others) == 2:
        sus = others[1]
        if rule.specs[sus].name != "time.sustained" or rule.wires.get((sus, "x")) != (cmp_node, "out"):
            return "second block is not time.sustained of the comparison"
    last = sus or cmp_node
    if len(rule.cond_slots) != 1 or rule.cond_slots[0] != rule.outs[last]["out"]:
        return "actions are not all driven by the last block"
    return src, cmp_node, sus


def plan_batch(rules: Sequence[CompiledRule]) -> BatchPlan:
    plan = BatchPlan([])
    for r in rules:
        shape = _shape(r)
        if isinstance(shape, str):
            plan.rejected[r.id] = shape
        else:
            plan.rules.append(r)
    return plan


@njit(cache=True, nogil=True)
def _settle(r, c, now, fq, ph, fired, unk, epi, fsince, grace, rtimer, clear, out_ts, out_rule, out_state, out_x, out_epi, x, n):  # type: ignore[no-untyped-def]
    if c == 0:
        if ph[r] == 0:
            return n
        if np.isnan(fsince[r]):
            fsince[r] = now
        if now - fsince[r] >= clear[r]:
            ph[r] = 0
            out_ts[n], out_rule[n], out_state[n], out_x[n], out_epi[n] = now, r, 1, x, epi[r]
            return n + 1
        d = fsince[r] + clear[r]
        if d < rtimer[r]:
            rtimer[r] = d
        return n
    fsince[r] = np.nan
    if c == 1:
        if ph[r] == 0:
            ph[r], fired[r], unk[r] = 1, 0, 0
            epi[r] += 1
        if fired[r] == 0:
            fired[r] = 1
            out_ts[n], out_rule[n], out_state[n], out_x[n], out_epi[n] = now, r, 0, x, epi[r]
            return n + 1
        return n
    if now < grace[r] and fq[r] < 0:  # the signal has not been seen yet: it gets its grace
        if grace[r] < rtimer[r]:
            rtimer[r] = grace[r]
        return n
    if ph[r] == 0:
        ph[r], fired[r], unk[r] = 1, 0, 0
        epi[r] += 1
    if unk[r] == 0:
        unk[r] = 1
        out_ts[n], out_rule[n], out_state[n], out_x[n], out_epi[n] = now, r, 2, x, epi[r]
        return n + 1
    return n


@njit(cache=True, nogil=True)
def _eval(r, x, valid, t, op, a, b, db, dur, cmpst, since):  # type: ignore[no-untyped-def]
    """The comparison (with hysteresis) then the optional sustained block: 1, 0 or -1 (UNKNOWN)."""
    if not valid:
        cmpst[r] = -1
        since[r] = np.nan
        return -1
    o = op[r]
    on = cmpst[r] >= 1
    if o <= 3:
        sign = 1.0 if o <= 1 else -1.0
        strict = o == 0 or o == 2
        thr = a[r] - sign * db[r] if on else a[r]
        d = (x - thr) * sign
        res = d > 0 if strict else d >= 0
    elif o == 4:
        # the deadband applies on the side that tripped (1 low, 2 high), as in compare.outside
        low = x < (a[r] + db[r] if cmpst[r] == 1 else a[r])
        high = x > (b[r] - db[r] if cmpst[r] == 2 else b[r])
        res = low or high
        cmpst[r] = 1 if low else (2 if high else 0)
    else:
        res = (a[r] - db[r] <= x <= b[r] + db[r]) if on else (a[r] <= x <= b[r])
    if o != 4:
        cmpst[r] = 1 if res else 0
    if dur[r] < 0:
        return 1 if res else 0
    if res:
        if np.isnan(since[r]):
            since[r] = t
        return 1 if t - since[r] >= dur[r] else 0
    since[r] = np.nan
    return 0


@njit(cache=True, nogil=True)
def _run(sig, ts, val, qual, sig_ptr, sig_rules, op, a, b, db, dur, limit, clear,
         st, fts, fraw, fq, fvalid, fstale, cmpst, since, cond, ph, fired, unk, epi, fsince, grace, rtimer,
         out_ts, out_rule, out_state, out_x, out_epi, counters):  # type: ignore[no-untyped-def]
    """One batch. ``st`` = [started, t0, released_ts]. Returns the number of decisions written."""
    n = 0
    nsig = sig_ptr.shape[0] - 1
    for i in range(sig.shape[0]):
        t = ts[i]
        if st[0] == 0.0:
            st[0], st[1] = 1.0, t
            for r in range(op.shape[0]):
                fts[r] = t  # the clock starts: unseen signals get one staleness limit to arrive
                grace[r] = t + limit[r] if limit[r] < np.inf else t
        if t < st[2]:
            counters[0] += 1  # late
            continue
        st[2] = t
        s = sig[i]
        if s < 0 or s >= nsig:
            continue
        for k in range(sig_ptr[s], sig_ptr[s + 1]):
            r = sig_rules[k]
            # timers due at or before t, in order: the signal going stale, then the rule's own
            while True:
                dstale = fts[r] + limit[r] if fstale[r] == 0 else np.inf
                dr = rtimer[r]
                if dstale <= t and dstale <= dr:
                    fstale[r], fvalid[r] = 1, 0
                    c = _eval(r, 0.0, False, dstale, op, a, b, db, dur, cmpst, since)
                    cond[r] = c
                    n = _settle(r, c, dstale, fq, ph, fired, unk, epi, fsince, grace, rtimer, clear,
                                out_ts, out_rule, out_state, out_x, out_epi, np.nan, n)
                elif dr <= t:
                    rtimer[r] = np.inf
                    n = _settle(r, cond[r], dr, fq, ph, fired, unk, epi, fsince, grace, rtimer, clear,
                                out_ts, out_rule, out_state, out_x, out_epi, np.nan, n)
                else:
                    break
            v = val[i]
            q = qual[i]
            if fq[r] >= 0 and t <= fts[r]:
                if t == fts[r] and (v == fraw[r] or (np.isnan(v) and np.isnan(fraw[r]))) and q == fq[r]:
                    counters[1] += 1  # duplicate
                else:
                    counters[2] += 1  # conflicting or late for this signal
                continue
            fts[r], fraw[r], fq[r], fstale[r] = t, v, q, 0
            ok = q != 2 and np.isfinite(v)
            fvalid[r] = 1 if ok else 0
            c = _eval(r, v, ok, t, op, a, b, db, dur, cmpst, since)
            cond[r] = c
            n = _settle(r, c, t, fq, ph, fired, unk, epi, fsince, grace, rtimer, clear,
                        out_ts, out_rule, out_state, out_x, out_epi, v if ok else np.nan, n)
    return n


@njit(cache=True, nogil=True)
def _advance(now, op, limit, clear, fts, fq, fstale, fvalid, cmpst, since, cond, a, b, db, dur, ph, fired, unk, epi,
             fsince, grace, rtimer, out_ts, out_rule, out_state, out_x, out_epi):  # type: ignore[no-untyped-def]
    n = 0
    for r in range(op.shape[0]):
        while True:
            dstale = fts[r] + limit[r] if fstale[r] == 0 else np.inf
            dr = rtimer[r]
            if dstale <= now and dstale <= dr:
                fstale[r], fvalid[r] = 1, 0
                c = _eval(r, 0.0, False, dstale, op, a, b, db, dur, cmpst, since)
                cond[r] = c
                n = _settle(r, c, dstale, fq, ph, fired, unk, epi, fsince, grace, rtimer, clear,
                            out_ts, out_rule, out_state, out_x, out_epi, np.nan, n)
            elif dr <= now:
                rtimer[r] = np.inf
                n = _settle(r, cond[r], dr, fq, ph, fired, unk, epi, fsince, grace, rtimer, clear,
                            out_ts, out_rule, out_state, out_x, out_epi, np.nan, n)
            else:
                break
    return n


@dataclass(frozen=True)
class BatchDecision:
    ts: float
    rule: str
    episode: int
    state: str
    value: float  # the signal's value at the decision (NaN when UNKNOWN or from a timer)


class BatchEngine:
    """Holds per-rule state across batches. Feed it (signal index, ts, value, quality) arrays."""

    def __init__(self, rules: Sequence[CompiledRule], signals: Sequence[str] | None = None) -> None:
        plan = plan_batch(rules)
        if plan.rejected:
            raise ValueError("not batchable: " + "; ".join(f"{k}: {v}" for k, v in plan.rejected.items()))
        self.rules = plan.rules
        names = sorted({r.sources[0].signal for r in self.rules}) if signals is None else list(signals)
        self.signal_index = {s: i for i, s in enumerate(names)}
        m = len(self.rules)
        self.op = np.empty(m, np.int64)
        self.a, self.b, self.db = np.zeros(m), np.zeros(m), np.zeros(m)
        self.dur, self.limit, self.clear = np.full(m, -1.0), np.full(m, np.inf), np.zeros(m)
        per_signal: list[list[int]] = [[] for _ in names]
        for r, rule in enumerate(self.rules):
            src, cmp_node, sus = _shape(rule)  # type: ignore[misc]
            p = rule.params[cmp_node]
            self.op[r] = OPS[rule.specs[cmp_node].name]
            if self.op[r] >= 4:
                self.a[r], self.b[r] = float(p["low"]), float(p["high"])
            else:
                self.a[r] = float(p["value"])
            self.db[r] = float(p.get("deadband", 0.0))
            if sus is not None:
                self.dur[r] = float(rule.params[sus]["duration_s"])
            s = rule.sources[0]
            if s.period_s:
                self.limit[r] = s.period_s * s.stale_factor
            self.clear[r] = rule.clear_after_s
            per_signal[self.signal_index[s.signal]].append(r)
        self.sig_ptr = np.zeros(len(names) + 1, np.int64)
        self.sig_ptr[1:] = np.cumsum([len(x) for x in per_signal])
        self.sig_rules = np.array([r for x in per_signal for r in x], np.int64)
        self.st = np.zeros(3)
        self.st[2] = -np.inf
        f = np.full
        self.fts, self.fraw, self.fq = f(m, -np.inf), f(m, np.nan), f(m, -1, np.int8)
        self.fvalid, self.fstale = np.zeros(m, np.int8), np.zeros(m, np.int8)
        self.cmpst, self.since, self.cond = f(m, -1, np.int8), f(m, np.nan), f(m, -1, np.int64)
        self.ph, self.fired, self.unk = np.zeros(m, np.int8), np.zeros(m, np.int8), np.zeros(m, np.int8)
        self.epi, self.fsince = np.zeros(m, np.int64), f(m, np.nan)
        self.grace, self.rtimer = f(m, -np.inf), f(m, np.inf)
        self.counters = np.zeros(3, np.int64)  # late, duplicates, conflicts

    def _out(self, cap: int) -> tuple[np.ndarray, ...]:
        return (np.empty(cap), np.empty(cap, np.int64), np.empty(cap, np.int8), np.empty(cap), np.empty(cap, np.int64))

    def run(self, sig: np.ndarray, ts: np.ndarray, val: np.ndarray, qual: np.ndarray | None = None) -> tuple[np.ndarray, ...]:
        """Process one batch; returns (ts, rule index, state code, value, episode) arrays of the decisions."""
        if qual is None:
            qual = np.zeros(len(sig), np.int8)
        # each event can emit at most: timers (stale + rule) and its own decision, per subscribed rule
        per = int(np.max(np.diff(self.sig_ptr))) if len(self.sig_ptr) > 1 else 0
        out = self._out(3 * per * len(sig) + 16)
        n = _run(np.ascontiguousarray(sig, np.int64), np.ascontiguousarray(ts, np.float64),
                 np.ascontiguousarray(val, np.float64), np.ascontiguousarray(qual, np.int8),
                 self.sig_ptr, self.sig_rules, self.op, self.a, self.b, self.db, self.dur, self.limit, self.clear,
                 self.st, self.fts, self.fraw, self.fq, self.fvalid, self.fstale, self.cmpst, self.since, self.cond,
                 self.ph, self.fired, self.unk, self.epi, self.fsince, self.grace, self.rtimer, *out, self.counters)
        return tuple(x[:n] for x in out)

    def advance(self, now: float) -> tuple[np.ndarray, ...]:
        """Clock tick / end of input: timers up to ``now`` fire (as the live engine's advance)."""
        out = self._out(2 * len(self.rules) + 16)
        if self.st[0] == 0.0:
            self.st[0], self.st[1] = 1.0, now
            self.fts[:] = now
            self.grace[:] = np.where(np.isfinite(self.limit), now + self.limit, now)
        n = _advance(now, self.op, self.limit, self.clear, self.fts, self.fq, self.fstale, self.fvalid, self.cmpst, self.since,
                     self.cond, self.a, self.b, self.db, self.dur, self.ph, self.fired, self.unk, self.epi, self.fsince,
                     self.grace, self.rtimer, *out)
        return tuple(x[:n] for x in out)

    def decisions(self, arrays: tuple[np.ndarray, ...]) -> list[BatchDecision]:
        ts, rix, state, x, epi = arrays
        return [BatchDecision(float(t), self.rules[int(r)].id, int(e), STATES[int(s)], float(v))
                for t, r, s, v, e in zip(ts, rix, state, x, epi)]
