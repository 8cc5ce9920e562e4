"""Comparison blocks: number against a limit (constant or a reference signal), ranges, equality.

Deadband gives hysteresis: once TRUE, a ``gt`` stays TRUE until the value falls to
``limit - deadband`` or below, so a reading hovering at the limit does not chatter.
An UNKNOWN input gives UNKNOWN and forgets the hysteresis memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core import units as U
from core.rules.blockapi import BlockSpec, NodeBuild, Port, StepFn, UnitsResult

from ._common import UNIT_PARAM, bool3, num, qty, same_unit

_OPS = {
    "gt": (">", "大于", "超过"),
    "ge": ("≥", "大于等于", "不低于"),
    "lt": ("<", "小于", "低于"),
    "le": ("≤", "小于等于", "不超过"),
}


def _limit_units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
    res = same_unit(params, in_units, "x", "compare")
    res.outputs = {"out": None}
    if "limit" in in_units:
        try:
            a, b = U.canonical(in_units.get("x")), U.canonical(in_units.get("limit"))
        except ValueError as e:
            res.problems.append(("", str(e), f"未知单位：{e}"))
            return res
        if a != b:
            res.problems.append(("", f"compare: x is in {U.symbol(a) or 'no unit'} but the reference limit is in {U.symbol(b) or 'no unit'}",
                                 f"比较：输入单位为 {U.symbol(a) or '无'}，参考限值单位为 {U.symbol(b) or '无'}"))
    elif "value" not in params:
        res.problems.append(("/params", "compare needs a limit: set params.value or wire the limit input",
                             "比较积木需要限值：请设置 value 参数或连接 limit 输入"))
    return res


def _build_threshold(op: str):
    def build(nb: NodeBuild) -> StepFn:
        vals, ix, il, o = nb.vals, nb.ins["x"], nb.ins["limit"], nb.outs["out"]
        const = nb.params.get("value")
        factor = float(nb.params.get("factor", 1.0))
        db = float(nb.params.get("deadband", 0.0))
        state: list[bool | None] = nb.keep("tripped", [None])
        sign = 1.0 if op in ("gt", "ge") else -1.0
        strict = op in ("gt", "lt")

        def step(now: float) -> None:
            x = vals[ix]
            lim = vals[il]
            if lim is None:
                lim = const
            else:
                lim = lim * factor
            if x is None or lim is None:
                vals[o] = state[0] = None
                return
            # a TRUE state holds until the value leaves the deadband
            if state[0]:
                thr = lim - sign * db
                d = (x - thr) * sign
                r = d > 0 if strict else d >= 0
            else:
                d = (x - lim) * sign
                r = d > 0 if strict else d >= 0
            vals[o] = state[0] = r

        return step

    return build


def _explain_threshold(op: str):
    sym, zh_op, _ = _OPS[op]

    def explain(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
        label, x, unit = ins.get("x", ("x", None, None))
        if "limit" in ins:
            llabel, lv, lunit = ins["limit"]
            f = float(params.get("factor", 1.0))
            lim_s = f"{num(f)} × {llabel} ({qty(lv, lunit)})" if f != 1.0 else f"{llabel} ({qty(lv, lunit)})"
        else:
            lim_s = qty(params.get("value"), params.get("unit", unit))
        db = params.get("deadband")
        if lang == "zh":
            s = f"{label} = {qty(x, unit)} {zh_op} {lim_s}：{bool3(out, lang)}"
            return s + (f"（回差 {num(db)}）" if db else "")
        s = f"{label} = {qty(x, unit)} {sym} {lim_s}: {bool3(out, lang)}"
        return s + (f" (deadband {num(db)})" if db else "")

    return explain


def _threshold(op: str) -> BlockSpec:
    sym, zh_op, _ = _OPS[op]
    return BlockSpec(
        name=f"compare.{op}",
        category="conditions",
        title={"zh": f"比较 {sym}（{zh_op}）", "en": f"Compare {sym}"},
        description={"zh": f"输入 {sym} 限值（常数，或 系数×参考信号）", "en": f"x {sym} limit (a constant, or factor x a reference signal)"},
        icon="rule",
        inputs=(Port("x", "number"), Port("limit", "number", required=False)),
        outputs=(Port("out", "bool3"),),
        params_schema={
            "type": "object", "additionalProperties": False,
            "properties": {
                "value": {"type": "number"},
                "factor": {"type": "number", "exclusiveMinimum": 0, "default": 1,
                           "description": "with the limit input wired: threshold = factor x limit"},
                "unit": UNIT_PARAM,
                "deadband": {"type": "number", "minimum": 0, "default": 0},
            },
        },
        build=_build_threshold(op),
        units=_limit_units,
        explain=_explain_threshold(op),
    )


def _range_units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
    res = same_unit(params, in_units, "x", "range")
    res.outputs = {"out": None}
    if params.get("low", 0) > params.get("high", 0):
        res.problems.append(("/params/low", "low is above high", "下限高于上限"))
    return res


def _build_range(outside: bool):
    def build(nb: NodeBuild) -> StepFn:
        vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]
        lo, hi = float(nb.params["low"]), float(nb.params["high"])
        db = float(nb.params.get("deadband", 0.0))
        state: list[int | None] = nb.keep("tripped", [None])  # outside: 1 tripped low, 2 tripped high; inside: 1 inside

        def step(now: float) -> None:
            x = vals[ix]
            if x is None:
                vals[o] = state[0] = None
                return
            st = state[0]
            if outside:
                # the deadband applies on the side that tripped: a low-O2 trip clears at low + deadband,
                # whatever the upper limit
                low = x < (lo + db if st == 1 else lo)
                high = x > (hi - db if st == 2 else hi)
                state[0] = 1 if low else (2 if high else 0)
                vals[o] = low or high
            else:
                r = (lo - db <= x <= hi + db) if st else (lo <= x <= hi)
                state[0] = 1 if r else 0
                vals[o] = r

        return step

    return build


def _explain_range(outside: bool):
    def explain(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
        label, x, unit = ins.get("x", ("x", None, None))
        u = params.get("unit", unit)
        band = f"{num(params['low'])}~{qty(params['high'], u)}"
        if lang == "zh":
            return f"{label} = {qty(x, unit)} {'超出' if outside else '处于'} {band} 范围：{bool3(out, lang)}"
        return f"{label} = {qty(x, unit)} {'outside' if outside else 'inside'} {band}: {bool3(out, lang)}"

    return explain


def _range(outside: bool) -> BlockSpec:
    return BlockSpec(
        name="compare.outside" if outside else "compare.inside",
        category="conditions",
        title={"zh": "超出范围" if outside else "处于范围内", "en": "Outside range" if outside else "Inside range"},
        icon="straighten",
        inputs=(Port("x", "number"),),
        outputs=(Port("out", "bool3"),),
        params_schema={"type": "object", "additionalProperties": False, "required": ["low", "high"],
                       "properties": {"low": {"type": "number"}, "high": {"type": "number"}, "unit": UNIT_PARAM,
                                      "deadband": {"type": "number", "minimum": 0, "default": 0}}},
        build=_build_range(outside),
        units=_range_units,
        explain=_explain_range(outside),
    )


def _eq_units(params: Mapping[str, Any], in_units: Mapping[str, str | None]) -> UnitsResult:
    if isinstance(params.get("value"), str):
        return UnitsResult(outputs={"out": None})
    res = same_unit(params, in_units, "x", "equals")
    res.outputs = {"out": None}
    return res


def _build_eq(negate: bool):
    def build(nb: NodeBuild) -> StepFn:
        vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]
        target = nb.params["value"]
        tol = float(nb.params.get("tolerance", 0.0))
        numeric = isinstance(target, int | float) and not isinstance(target, bool)

        def step(now: float) -> None:
            x = vals[ix]
            if x is None:
                vals[o] = None
                return
            if numeric:
                r = isinstance(x, float | int) and abs(x - target) <= tol
            else:
                r = str(x) == target
            vals[o] = (not r) if negate else r

        return step

    return build


def _eq(negate: bool) -> BlockSpec:
    def explain(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
        label, x, unit = ins.get("x", ("x", None, None))
        target = params["value"]
        if isinstance(target, str):
            if lang == "zh":
                return f"{label} 为“{x}”（{'不应为' if negate else '条件为'}“{target}”）：{bool3(out, lang)}"
            return f"{label} is '{x}' ({'must not be' if negate else 'condition'} '{target}'): {bool3(out, lang)}"
        word = ("不等于" if negate else "等于") if lang == "zh" else ("≠" if negate else "=")
        sep = "：" if lang == "zh" else ": "
        return f"{label} = {qty(x, unit)} {word} {qty(target, params.get('unit'))}{sep}{bool3(out, lang)}"

    return BlockSpec(
        name="compare.not_equals" if negate else "compare.equals",
        category="conditions",
        title={"zh": "不等于" if negate else "等于", "en": "Not equal" if negate else "Equals"},
        icon="drag_handle",
        inputs=(Port("x", "value"),),
        outputs=(Port("out", "bool3"),),
        params_schema={"type": "object", "additionalProperties": False, "required": ["value"],
                       "properties": {"value": {"type": ["number", "string"]}, "unit": UNIT_PARAM,
                                      "tolerance": {"type": "number", "minimum": 0, "default": 0}}},
        build=_build_eq(negate),
        units=_eq_units,
        explain=explain,
    )


SPECS = [_threshold(op) for op in _OPS] + [_range(True), _range(False), _eq(False), _eq(True)]
