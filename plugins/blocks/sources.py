"""Source blocks: signals (numeric, categorical), constants, staleness and permit status."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core import units as U
from core.rules.blockapi import BlockSpec, NodeBuild, Port, StepFn, UnitsResult

from ._common import UNIT_PARAM, bool3, qty

SIGNAL_NAME = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\s]+$"}
PERIOD = {"type": "number", "exclusiveMinimum": 0, "description": "expected sample period in seconds"}
FACTOR = {"type": "number", "minimum": 1, "default": 3, "description": "stale after factor x period without a sample"}


def _signal_units(params: Mapping[str, Any], _in: Mapping[str, str | None]) -> UnitsResult:
    res = UnitsResult()
    kind = params.get("kind", "numeric")
    res.output_types["value"] = "number" if kind == "numeric" else "text"
    try:
        res.outputs["value"] = U.canonical(params.get("unit")) if kind == "numeric" else None
    except ValueError as e:
        res.problems.append(("/params/unit", str(e), f"未知单位：{e}"))
    return res


def _build_signal(nb: NodeBuild) -> StepFn:
    vals, o, feed = nb.vals, nb.outs["value"], nb.feed

    def step(now: float) -> None:
        vals[o] = feed.value

    return step


def _explain_signal(params: Mapping[str, Any], _i: Mapping[str, Any], out: Any, lang: str) -> str:
    return f"{params['signal']} = {qty(out, params.get('unit'))}"


SIGNAL = BlockSpec(
    name="signal",
    category="sensors",
    title={"zh": "信号输入", "en": "Signal input"},
    description={"zh": "传感器读数、作业票状态、工艺卡限值等任何信号", "en": "Any signal: sensor reading, permit status, card limit"},
    icon="sensors",
    outputs=(Port("value", "value"),),
    params_schema={
        "type": "object", "additionalProperties": False, "required": ["signal"],
        "properties": {
            "signal": SIGNAL_NAME,
            "kind": {"enum": ["numeric", "categorical"], "default": "numeric"},
            "unit": UNIT_PARAM,
            "period_s": PERIOD,
            "stale_factor": FACTOR,
        },
    },
    build=_build_signal,
    units=_signal_units,
    explain=_explain_signal,
    source_signal=lambda p: str(p["signal"]),
    source_period=lambda p: p.get("period_s"),
    source_kind=lambda p: str(p.get("kind", "numeric")),
)


def _const_units(params: Mapping[str, Any], _in: Mapping[str, str | None]) -> UnitsResult:
    res = UnitsResult()
    v = params.get("value")
    res.output_types["value"] = "bool3" if isinstance(v, bool) else ("text" if isinstance(v, str) else "number")
    try:
        res.outputs["value"] = U.canonical(params.get("unit"))
    except ValueError as e:
        res.problems.append(("/params/unit", str(e), f"未知单位：{e}"))
    return res


def _build_const(nb: NodeBuild) -> StepFn:
    v = nb.params["value"]
    nb.vals[nb.outs["value"]] = float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v

    def step(now: float) -> None:
        return None

    return step


CONST = BlockSpec(
    name="const",
    category="math",
    title={"zh": "常量", "en": "Constant"},
    icon="pin",
    outputs=(Port("value", "value"),),
    params_schema={"type": "object", "additionalProperties": False, "required": ["value"],
                   "properties": {"value": {"type": ["number", "string", "boolean"]}, "unit": UNIT_PARAM}},
    build=_build_const,
    units=_const_units,
    explain=lambda p, i, out, lang: qty(out, p.get("unit")),
)


def _build_stale(nb: NodeBuild) -> StepFn:
    vals, o, feed = nb.vals, nb.outs["out"], nb.feed

    def step(now: float) -> None:
        vals[o] = feed.value is None and (feed.stale or feed.ts is not None)

    return step


STALE = BlockSpec(
    name="quality.stale",
    category="sensors",
    title={"zh": "信号失联/坏值", "en": "Stale or bad signal"},
    description={"zh": "超过 倍数×周期 没有新数据，或数据质量为坏值时为真（本身从不为未知）",
                 "en": "TRUE when no sample for factor x period, or the sample is bad (never UNKNOWN itself)"},
    icon="signal_wifi_off",
    outputs=(Port("out", "bool3"),),
    params_schema={"type": "object", "additionalProperties": False, "required": ["signal", "period_s"],
                   "properties": {"signal": SIGNAL_NAME, "period_s": PERIOD, "stale_factor": FACTOR,
                                  "kind": {"enum": ["numeric", "categorical"], "default": "numeric"}}},
    build=_build_stale,
    explain=lambda p, i, out, lang: (f"{p['signal']} 失联或坏值：{bool3(out, lang)}" if lang == "zh"
                                     else f"{p['signal']} stale or bad: {bool3(out, lang)}"),
    source_signal=lambda p: str(p["signal"]),
    source_period=lambda p: p.get("period_s"),
    source_kind=lambda p: str(p.get("kind", "numeric")),
)


def _build_permit(nb: NodeBuild) -> StepFn:
    vals, o, feed = nb.vals, nb.outs["out"], nb.feed
    states = frozenset(nb.params.get("states", ["active"]))

    def step(now: float) -> None:
        v = feed.value
        vals[o] = None if v is None else (v in states)

    return step


PERMIT = BlockSpec(
    name="permit.status",
    category="permits",
    title={"zh": "作业票状态", "en": "Permit status"},
    description={"zh": "作业票处于给定状态之一时为真（信号 permit.<编号>.status）",
                 "en": "TRUE while the permit is in one of the states (signal permit.<id>.status)"},
    icon="assignment",
    outputs=(Port("out", "bool3"),),
    params_schema={"type": "object", "additionalProperties": False, "required": ["permit"],
                   "properties": {"permit": {"type": "string", "minLength": 1, "pattern": "^[^\\s.]+$"},
                                  "states": {"type": "array", "minItems": 1, "items": {"type": "string"},
                                             "default": ["active"]}}},
    build=_build_permit,
    explain=lambda p, i, out, lang: (f"作业票 {p['permit']} 状态属于 {'/'.join(p.get('states', ['active']))}：{bool3(out, lang)}"
                                     if lang == "zh" else
                                     f"permit {p['permit']} is {'/'.join(p.get('states', ['active']))}: {bool3(out, lang)}"),
    source_signal=lambda p: f"permit.{p['permit']}.status",
    source_period=lambda p: None,
    source_kind=lambda p: "categorical",
)

SPECS = [SIGNAL, CONST, STALE, PERMIT]
