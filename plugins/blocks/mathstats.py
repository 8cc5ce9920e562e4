"""Arithmetic against references, rolling statistics over time windows, rate of change.

The z-score block is the ±3σ data-quality probe: it compares each sample with the mean and
standard deviation of the samples before it in the window, so a drifting sensor stands out
before its values reach the rules.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from typing import Any

from core import units as U
from core.rules.blockapi import BlockSpec, NodeBuild, Port, StepFn, UnitsResult

from ._common import UNIT_PARAM, num, qty

WINDOW = {"type": "number", "exclusiveMinimum": 0, "maximum": 604_800}


def _ratio_units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
    res = UnitsResult(outputs={"out": "1"})
    try:
        a, b = U.canonical(in_units.get("x")), U.canonical(in_units.get("ref"))
    except ValueError as e:
        res.problems.append(("", str(e), f"未知单位：{e}"))
        return res
    if a != b:
        res.problems.append(("", f"ratio: x is in {U.symbol(a) or 'no unit'} but ref is in {U.symbol(b) or 'no unit'}",
                             f"比值：x 单位为 {U.symbol(a) or '无'}，参考值单位为 {U.symbol(b) or '无'}"))
    return res


def _build_ratio(nb: NodeBuild) -> StepFn:
    vals, ix, ir, o = nb.vals, nb.ins["x"], nb.ins["ref"], nb.outs["out"]

    def step(now: float) -> None:
        x, r = vals[ix], vals[ir]
        # a missing or non-positive reference makes the ratio meaningless, not zero
        vals[o] = None if x is None or r is None or r <= 0 else x / r

    return step


def _scale_units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
    res = UnitsResult()
    try:
        src = U.canonical(in_units.get("x"))
        out = U.canonical(params["unit"]) if "unit" in params else src
    except ValueError as e:
        res.problems.append(("/params/unit", str(e), f"未知单位：{e}"))
        return res
    if out != src and "conversion" not in params:
        res.problems.append(("/params/unit", f"scale changes the unit from {U.symbol(src)} to {U.symbol(out)} without saying why",
                             f"缩放把单位从 {U.symbol(src)} 改为 {U.symbol(out)}，但未说明换算依据"))
    res.outputs["out"] = out
    return res


def _build_scale(nb: NodeBuild) -> StepFn:
    vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]
    k, b = float(nb.params.get("factor", 1.0)), float(nb.params.get("offset", 0.0))

    def step(now: float) -> None:
        x = vals[ix]
        vals[o] = None if x is None else x * k + b

    return step


class _Window:
    """Samples of the last ``span`` seconds with running sums (mean/std in O(1))."""

    __slots__ = ("span", "q", "s", "ss")

    def __init__(self, span: float) -> None:
        self.span = span
        self.q: deque[tuple[float, float]] = deque()
        self.s = 0.0
        self.ss = 0.0

    def expire(self, now: float) -> None:
        q = self.q
        while q and q[0][0] <= now - self.span:
            _, v = q.popleft()
            self.s -= v
            self.ss -= v * v
        if not q:
            self.s = self.ss = 0.0

    def add(self, now: float, v: float) -> None:
        self.q.append((now, v))
        self.s += v
        self.ss += v * v

    def mean(self) -> float:
        """The exactly rounded sum over n, kept within [min, max] of the samples: a running sum drifts
        over days, and even an exact one divided by n need not give back v for n samples of v — a mean
        of readings all at the limit must be at the limit, not a hair below it."""
        xs = [v for _, v in self.q]
        return min(max(math.fsum(xs) / len(xs), min(xs)), max(xs))

    # the running sums are saved as they are, not recomputed: a restored window must give the very
    # same floats as one that never stopped
    def dump(self) -> Any:
        return [list(self.q), self.s, self.ss]

    def load(self, data: Any) -> None:
        q, self.s, self.ss = data
        self.q.clear()
        self.q.extend((float(t), float(v)) for t, v in q)


def _build_stat(kind: str):
    def build(nb: NodeBuild) -> StepFn:
        vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]
        w = nb.keep("window", _Window(float(nb.params["window_s"])))
        min_n = int(nb.params.get("min_samples", 10 if kind == "zscore" else 1))
        last: list[Any] = nb.keep("last", [None, None])  # (time, value) of the last sample taken

        def step(now: float) -> None:
            x = vals[ix]
            w.expire(now)
            if x is None:
                vals[o] = None
                return
            if last[0] == now and last[1] == x:
                return  # re-evaluated at the same instant: the sample is already in the window
            last[0], last[1] = now, x
            if kind == "zscore":
                # compare with the window before this sample, then take it in
                n = len(w.q)
                if n < min_n:
                    vals[o] = None
                else:
                    mean = w.s / n
                    sd = math.sqrt(max(w.ss / n - mean * mean, 0.0))
                    if sd == 0:
                        vals[o] = 0.0 if x == mean else math.copysign(math.inf, x - mean)
                    else:
                        vals[o] = (x - mean) / sd
                w.add(now, x)
                return
            w.add(now, x)
            n = len(w.q)
            if n < min_n:
                vals[o] = None
            elif kind == "mean":
                vals[o] = w.mean()
            elif kind == "max":
                vals[o] = max(v for _, v in w.q)
            else:
                vals[o] = min(v for _, v in w.q)

        return step

    return build


def _stat_units(kind: str):
    def units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
        return UnitsResult(outputs={"out": "1" if kind == "zscore" else in_units.get("x")})

    return units


def _explain_stat(kind: str):
    zh = {"mean": "均值", "max": "最大值", "min": "最小值", "zscore": "偏离均值（σ 倍数）"}[kind]

    def explain(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
        label, _, unit = ins.get("x", ("x", None, None))
        u = None if kind == "zscore" else unit
        w = num(params["window_s"])
        if lang == "zh":
            return f"{label} 近 {w} 秒{zh} = {qty(out, u)}"
        return f"{kind} of {label} over {w} s = {qty(out, u)}" + (" σ" if kind == "zscore" else "")

    return explain


def _stat(kind: str, zh: str, en: str) -> BlockSpec:
    props: dict[str, Any] = {"window_s": WINDOW, "min_samples": {"type": "integer", "minimum": 1}}
    return BlockSpec(name=f"stats.{kind}", category="math", title={"zh": zh, "en": en}, icon="query_stats",
                     inputs=(Port("x", "number"),), outputs=(Port("out", "number"),),
                     params_schema={"type": "object", "additionalProperties": False, "required": ["window_s"],
                                    "properties": props},
                     build=_build_stat(kind), units=_stat_units(kind), explain=_explain_stat(kind))


def _build_rate(nb: NodeBuild) -> StepFn:
    vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]
    span = float(nb.params["window_s"])
    per = {"s": 1.0, "min": 60.0, "h": 3600.0}[nb.params.get("per", "min")]
    q: deque[tuple[float, float]] = nb.keep("samples", deque())

    def step(now: float) -> None:
        x = vals[ix]
        if x is None:
            q.clear()  # a gap of unknowns breaks the slope
            vals[o] = None
            return
        if not q or q[-1][0] != now:
            q.append((now, x))
        while len(q) > 1 and q[1][0] <= now - span:
            q.popleft()
        t0, x0 = q[0]
        vals[o] = None if now == t0 else (x - x0) / (now - t0) * per

    return step


def _rate_units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
    u = in_units.get("x") or "1"
    return UnitsResult(outputs={"out": f"{u}/{params.get('per', 'min')}"})


SPECS = [
    BlockSpec(name="math.ratio", category="math", title={"zh": "比值（相对参考值）", "en": "Ratio to reference"},
              description={"zh": "x ÷ 参考信号（如工艺卡上限、额定电流），单位必须相同", "en": "x / reference (card limit, rated value); same unit required"},
              icon="percent", inputs=(Port("x", "number"), Port("ref", "number")), outputs=(Port("out", "number"),),
              params_schema={"type": "object", "additionalProperties": False, "properties": {}},
              build=_build_ratio, units=_ratio_units,
              explain=lambda p, i, out, lang: f"{i['x'][0]} / {i['ref'][0]} = {num(out)}"),
    BlockSpec(name="math.scale", category="math", title={"zh": "线性换算", "en": "Scale"}, icon="functions",
              inputs=(Port("x", "number"),), outputs=(Port("out", "number"),),
              params_schema={"type": "object", "additionalProperties": False,
                             "properties": {"factor": {"type": "number"}, "offset": {"type": "number"}, "unit": UNIT_PARAM,
                                            "conversion": {"type": "string", "description": "why the unit changes"}}},
              build=_build_scale, units=_scale_units,
              explain=lambda p, i, out, lang: f"{num(p.get('factor', 1))} × {i['x'][0]} + {num(p.get('offset', 0))} = {num(out)}"),
    _stat("mean", "滑动均值", "Rolling mean"),
    _stat("max", "滑动最大值", "Rolling max"),
    _stat("min", "滑动最小值", "Rolling min"),
    _stat("zscore", "±3σ 漂移检测（z 分数）", "Drift z-score (±3σ)"),
    BlockSpec(name="rate.change", category="math", title={"zh": "变化率", "en": "Rate of change"}, icon="trending_up",
              inputs=(Port("x", "number"),), outputs=(Port("out", "number"),),
              params_schema={"type": "object", "additionalProperties": False, "required": ["window_s"],
                             "properties": {"window_s": WINDOW, "per": {"enum": ["s", "min", "h"], "default": "min"}}},
              build=_build_rate, units=_rate_units,
              explain=lambda p, i, out, lang: (f"{i['x'][0]} 变化率 = {num(out)}/{p.get('per', 'min')}" if lang == "zh"
                                               else f"rate of {i['x'][0]} = {num(out)}/{p.get('per', 'min')}")),
]
