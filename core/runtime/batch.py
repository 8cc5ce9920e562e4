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


# Per-rule state and parameters live in one row of a float64 matrix: one array crosses every
# call (twenty arrays would cost twenty reference-count round trips per call), and a rule's
# whole state sits in three cache lines.
OP, A, B, DB, DUR, LIMIT, CLEAR = 0, 1, 2, 3, 4, 5, 6  # parameters
FTS, FRAW, FQ, FSTALE, CMP, SINCE, COND, PH, FIRED, UNK, EPI, FSINCE, GRACE, RTIMER, PENDU = range(7, 22)  # state
NCOL = 22


@njit(cache=True, nogil=True, inline="always")
def _emit(out, n, now, r, state, x, epi):
    out[n, 0], out[n, 1], out[n, 2], out[n, 3], out[n, 4] = now, r, state, x, epi
    return n + 1


@njit(cache=True, nogil=True, inline="always")
def _settle(S, r, c, now, x, out, n):
    """The episode state machine of Engine._settle, on row ``r``."""
    if c != -1:
        S[r, PENDU] = np.nan  # an UNKNOWN of this instant was resolved before the instant ended
    if c == 0:
        if S[r, PH] == 0:
            return n
        if np.isnan(S[r, FSINCE]):
            S[r, FSINCE] = now
        if now >= S[r, FSINCE] + S[r, CLEAR]:
            S[r, PH] = 0
            return _emit(out, n, now, r, 1, x, S[r, EPI])
        d = S[r, FSINCE] + S[r, CLEAR]
        if d < S[r, RTIMER]:
            S[r, RTIMER] = d
        return n
    S[r, FSINCE] = np.nan
    if c == 1:
        if S[r, PH] == 0:
            S[r, PH], S[r, FIRED], S[r, UNK] = 1, 0, 0
            S[r, EPI] += 1
        if S[r, FIRED] == 0:
            S[r, FIRED] = 1
            return _emit(out, n, now, r, 0, x, S[r, EPI])
        return n
    if now < S[r, GRACE] and S[r, FQ] < 0:  # the signal has not been seen yet: it gets its grace
        if S[r, GRACE] < S[r, RTIMER]:
            S[r, RTIMER] = S[r, GRACE]
        return n
    if (S[r, PH] == 1 and S[r, UNK] == 1) or not np.isnan(S[r, PENDU]):
        return n
    S[r, PENDU] = now  # decided at the end of the instant, as Engine._decide_unknown
    return n


@njit(cache=True, nogil=True, inline="always")
def _decide_unknown(S, r, out, n):
    at = S[r, PENDU]
    S[r, PENDU] = np.nan
    if S[r, COND] != -1:
        return n
    if S[r, PH] == 0:
        S[r, PH], S[r, FIRED], S[r, UNK] = 1, 0, 0
        S[r, EPI] += 1
    if S[r, UNK] == 0:
        S[r, UNK] = 1
        return _emit(out, n, at, r, 2, np.nan, S[r, EPI])
    return n


@njit(cache=True, nogil=True, inline="always")
def _eval(S, r, x, valid, t):
    """The comparison (with hysteresis) then the optional sustained block: 1, 0 or -1 (UNKNOWN)."""
    if not valid:
        S[r, CMP] = -1
        S[r, SINCE] = np.nan
        return -1
    o = S[r, OP]
    st = S[r, CMP]
    a, b, db = S[r, A], S[r, B], S[r, DB]
    if o <= 3:
        sign = 1.0 if o <= 1 else -1.0
        d = (x - (a - sign * db if st >= 1 else a)) * sign
        res = d > 0 if (o == 0 or o == 2) else d >= 0
        S[r, CMP] = 1 if res else 0
    elif o == 4:
        # the deadband applies on the side that tripped (1 low, 2 high), as in compare.outside
        low = x < (a + db if st == 1 else a)
        high = x > (b - db if st == 2 else b)
        res = low or high
        S[r, CMP] = 1 if low else (2 if high else 0)
    else:
        res = (a - db <= x <= b + db) if st >= 1 else (a <= x <= b)
        S[r, CMP] = 1 if res else 0
    if S[r, DUR] < 0:
        return 1 if res else 0
    if res:
        if np.isnan(S[r, SINCE]):
            S[r, SINCE] = t
        return 1 if t - S[r, SINCE] >= S[r, DUR] else 0
    S[r, SINCE] = np.nan
    return 0


@njit(cache=True, nogil=True, inline="always")
def _timers(S, r, now, out, n, before_event):
    """Timers of rule ``r`` due at or before ``now``, in the engine's order: by time, then the signal
    going stale, the rule's own timer, and last the UNKNOWN decided at the end of its instant
    (before an event, only of earlier instants)."""
    while True:
        dstale = S[r, FTS] + S[r, LIMIT] if S[r, FSTALE] == 0 else np.inf
        dr = S[r, RTIMER]
        du = S[r, PENDU]
        if not np.isnan(du) and (du < now or (du == now and not before_event)) and du < dstale and du < dr:
            n = _decide_unknown(S, r, out, n)
        elif dstale <= now and dstale <= dr:
            S[r, FSTALE] = 1
            c = _eval(S, r, 0.0, False, dstale)
            S[r, COND] = c
            n = _settle(S, r, c, dstale, np.nan, out, n)
        elif dr <= now:
            S[r, RTIMER] = np.inf
            n = _settle(S, r, S[r, COND], dr, np.nan, out, n)
        else:
            return n


@njit(cache=True, nogil=True)
def _run(sig, ts, val, qual, sig_ptr, sig_rules, S, st, out, counters):
    """One batch. ``st`` = [started, t0, released_ts]. Returns the number of decisions written."""
    n = 0
    nsig = sig_ptr.shape[0] - 1
    for i in range(sig.shape[0]):
        t = ts[i]
        if st[0] == 0.0:
            st[0], st[1] = 1.0, t
            for r in range(S.shape[0]):
                S[r, FTS] = t  # the clock starts: unseen signals get one staleness limit to arrive
                S[r, GRACE] = t + S[r, LIMIT] if S[r, LIMIT] < np.inf else t
        if t < st[2]:
            counters[0] += 1  # late
            continue
        st[2] = t
        s = sig[i]
        if s < 0 or s >= nsig:
            continue
        for k in range(sig_ptr[s], sig_ptr[s + 1]):
            r = sig_rules[k]
            if S[r, RTIMER] <= t or (S[r, FSTALE] == 0 and S[r, FTS] + S[r, LIMIT] <= t) or S[r, PENDU] < t:
                n = _timers(S, r, t, out, n, True)
            v = val[i]
            q = qual[i]
            if S[r, FQ] >= 0 and t <= S[r, FTS]:
                if t == S[r, FTS] and (v == S[r, FRAW] or (np.isnan(v) and np.isnan(S[r, FRAW]))) and q == S[r, FQ]:
                    counters[1] += 1  # duplicate
                else:
                    counters[2] += 1  # conflicting or late for this signal
                continue
            S[r, FTS], S[r, FRAW], S[r, FQ], S[r, FSTALE] = t, v, q, 0
            ok = q != 2 and np.isfinite(v)
            c = _eval(S, r, v, ok, t)
            S[r, COND] = c
            n = _settle(S, r, c, t, v if ok else np.nan, out, n)
    return n


@njit(cache=True, nogil=True)
def _advance(now, S, out):
    n = 0
    for r in range(S.shape[0]):
        n = _timers(S, r, now, out, n, False)
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
        S = np.zeros((m, NCOL))
        S[:, DUR], S[:, LIMIT], S[:, FTS], S[:, FRAW], S[:, FQ] = -1.0, np.inf, -np.inf, np.nan, -1
        S[:, CMP], S[:, SINCE], S[:, COND], S[:, FSINCE], S[:, GRACE], S[:, RTIMER] = -1, np.nan, -1, np.nan, -np.inf, np.inf
        S[:, PENDU] = np.nan
        per_signal: list[list[int]] = [[] for _ in names]
        for r, rule in enumerate(self.rules):
            shape = _shape(rule)
            assert not isinstance(shape, str)  # plan_batch kept only batchable rules
            _, cmp_node, sus = shape
            p = rule.params[cmp_node]
            S[r, OP] = OPS[rule.specs[cmp_node].name]
            if S[r, OP] >= 4:
                S[r, A], S[r, B] = float(p["low"]), float(p["high"])
            else:
                S[r, A] = float(p["value"])
            S[r, DB] = float(p.get("deadband", 0.0))
            if sus is not None:
                S[r, DUR] = float(rule.params[sus]["duration_s"])
            s = rule.sources[0]
            if s.period_s:
                S[r, LIMIT] = s.period_s * s.stale_factor
            S[r, CLEAR] = rule.clear_after_s
            per_signal[self.signal_index[s.signal]].append(r)
        self.S = S
        self.sig_ptr = np.zeros(len(names) + 1, np.int64)
        self.sig_ptr[1:] = np.cumsum([len(x) for x in per_signal])
        self.sig_rules = np.array([r for x in per_signal for r in x], np.int64)
        self.st = np.array([0.0, 0.0, -np.inf])
        self.counters = np.zeros(3, np.int64)  # late, duplicates, conflicts

    def run(self, sig: np.ndarray, ts: np.ndarray, val: np.ndarray, qual: np.ndarray | None = None) -> np.ndarray:
        """Process one batch; returns the decisions as rows (ts, rule index, state code, value, episode)."""
        if qual is None:
            qual = np.zeros(len(sig), np.int8)
        # per event and subscribed rule at most: a stale timer, a rule timer and its own decision
        per = int(np.max(np.diff(self.sig_ptr))) if len(self.sig_ptr) > 1 else 0
        out = np.empty((3 * per * len(sig) + 16, 5))
        n = _run(np.ascontiguousarray(sig, np.int64), np.ascontiguousarray(ts, np.float64),
                 np.ascontiguousarray(val, np.float64), np.ascontiguousarray(qual, np.int8),
                 self.sig_ptr, self.sig_rules, self.S, self.st, out, self.counters)
        return out[:n]

    def advance(self, now: float) -> np.ndarray:
        """Clock tick / end of input: timers up to ``now`` fire (as the live engine's advance)."""
        out = np.empty((2 * len(self.rules) + 16, 5))
        if self.st[0] == 0.0:
            self.st[0], self.st[1] = 1.0, now
            self.S[:, FTS] = now
            self.S[:, GRACE] = np.where(np.isfinite(self.S[:, LIMIT]), now + self.S[:, LIMIT], now)
        n = _advance(now, self.S, out)
        return out[:n]

    def decisions(self, rows: np.ndarray) -> list[BatchDecision]:
        return [BatchDecision(float(t), self.rules[int(r)].id, int(e), STATES[int(s)], float(v)) for t, r, s, v, e in rows]
