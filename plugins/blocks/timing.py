"""Time blocks: sustained-for-D, count-within-T, absence (no X within T after Y), expiry.

All time is event time (the ``now`` the engine passes), so replays are deterministic. Blocks
that must change while no sample arrives ask the engine for a timer with ``request_timer``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import Any

from core.rules.blockapi import BlockSpec, NodeBuild, Port, StepFn
from core.timeutil import format_ts, parse_ts

from ._common import bool3, num

DURATION = {"type": "number", "exclusiveMinimum": 0, "maximum": 31_536_000}


def _build_sustained(nb: NodeBuild) -> StepFn:
    vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]
    d = float(nb.params["duration_s"])
    since: list[float | None] = nb.keep("since", [None])

    def step(now: float) -> None:
        v = vals[ix]
        if v is True:
            s = since[0]
            if s is None:
                since[0] = s = now
            vals[o] = now - s >= d
        else:
            # one FALSE sample resets; UNKNOWN breaks continuity and is itself UNKNOWN
            since[0] = None
            vals[o] = v

    return step


def _explain_sustained(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
    label, v, _ = ins.get("x", ("x", None, None))
    d = num(params["duration_s"])
    if lang == "zh":
        return f"{label} 连续保持 {d} 秒：{bool3(out, lang)}"
    return f"{label} held for {d} s: {bool3(out, lang)}"


def _build_count(nb: NodeBuild) -> StepFn:
    vals, ix, o = nb.vals, nb.ins["x"], nb.outs["out"]
    window = float(nb.params["window_s"])
    need = int(nb.params["count"])
    edges: deque[float] = nb.keep("edges", deque())
    prev: list[bool | None] = nb.keep("prev", [False])
    req = nb.request_timer

    def step(now: float) -> None:
        v = vals[ix]
        if v is True and prev[0] is not True:
            edges.append(now)
        prev[0] = v
        while edges and edges[0] + window <= now:  # the same sum the timer below asks for
            edges.popleft()
        if edges:
            req(edges[0] + window)
        if len(edges) >= need:
            vals[o] = True
        else:
            vals[o] = None if v is None else False

    return step


def _explain_count(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
    label, _, _ = ins.get("x", ("x", None, None))
    if lang == "zh":
        return f"{label} 在 {num(params['window_s'])} 秒内出现 ≥{params['count']} 次：{bool3(out, lang)}"
    return f"{label} at least {params['count']} times within {num(params['window_s'])} s: {bool3(out, lang)}"


def _build_absence(nb: NodeBuild) -> StepFn:
    vals, i_start, i_x, o = nb.vals, nb.ins["start"], nb.ins["x"], nb.outs["out"]
    within = float(nb.params["within_s"])
    armed: list[float | None] = nb.keep("deadline", [None])
    prev: list[bool | None] = nb.keep("prev", [None])
    req = nb.request_timer

    def step(now: float) -> None:
        s, x = vals[i_start], vals[i_x]
        if s is True and prev[0] is not True and x is not True:
            armed[0] = now + within  # the deadline, computed once: the timer and the test agree exactly
        prev[0] = s
        if x is True:
            armed[0] = None
        due = armed[0]
        if due is not None:
            if now >= due:
                vals[o] = True
            else:
                vals[o] = False
                req(due)
        else:
            vals[o] = None if s is None else False

    return step


def _explain_absence(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
    sl = ins.get("start", ("start", None, None))[0]
    xl = ins.get("x", ("x", None, None))[0]
    if lang == "zh":
        return f"{sl} 之后 {num(params['within_s'])} 秒内未出现 {xl}：{bool3(out, lang)}"
    return f"no {xl} within {num(params['within_s'])} s after {sl}: {bool3(out, lang)}"


def _build_expiry(nb: NodeBuild) -> StepFn:
    vals, it, o = nb.vals, nb.ins["t"], nb.outs["out"]
    validity = float(nb.params["validity_s"])
    cache: list[Any] = [object(), None]  # a parse cache, not state: rebuilt from the input after a restore
    req = nb.request_timer

    def step(now: float) -> None:
        t = vals[it]
        if t is not cache[0]:
            cache[0] = t
            try:
                cache[1] = None if t is None else parse_ts(t)
            except (ValueError, TypeError):
                cache[1] = None  # an unreadable time is UNKNOWN, never "still valid"
        start = cache[1]
        if start is None:
            vals[o] = None
            return
        end = start + validity
        if now >= end:
            vals[o] = True
        else:
            vals[o] = False
            req(end)

    return step


def _explain_expiry(params: Mapping[str, Any], ins: Mapping[str, Any], out: Any, lang: str) -> str:
    label, t, _ = ins.get("t", ("t", None, None))
    try:
        since = format_ts(parse_ts(t)) if t is not None else "UNKNOWN"
    except (ValueError, TypeError):
        since = str(t)
    hours = float(params["validity_s"]) / 3600
    if lang == "zh":
        return f"{label}（{since}）已超过有效期 {num(hours)} 小时：{bool3(out, lang)}"
    return f"{label} ({since}) older than its validity of {num(hours)} h: {bool3(out, lang)}"


SPECS = [
    BlockSpec(name="time.sustained", category="time", title={"zh": "持续时间", "en": "Sustained for"},
              description={"zh": "输入连续为真达到时长 D 时为真；一个为假的样本即清零",
                           "en": "TRUE once x has been TRUE at every sample for D; one FALSE sample resets"},
              icon="timer", inputs=(Port("x", "bool3"),), outputs=(Port("out", "bool3"),),
              params_schema={"type": "object", "additionalProperties": False, "required": ["duration_s"],
                             "properties": {"duration_s": DURATION}},
              build=_build_sustained, explain=_explain_sustained),
    BlockSpec(name="time.count", category="time", title={"zh": "时间窗内计次", "en": "Count within window"},
              description={"zh": "时间窗内上升沿次数达到 count 时为真", "en": "TRUE when x rose at least count times within the window"},
              icon="exposure_plus_1", inputs=(Port("x", "bool3"),), outputs=(Port("out", "bool3"),),
              params_schema={"type": "object", "additionalProperties": False, "required": ["window_s", "count"],
                             "properties": {"window_s": DURATION, "count": {"type": "integer", "minimum": 1}}},
              timed=True, build=_build_count, explain=_explain_count),
    BlockSpec(name="time.absence", category="time", title={"zh": "超时未发生", "en": "Absence after"},
              description={"zh": "start 变为真后 within 秒内 x 未出现则为真（如：中断超过60分钟未重新分析）",
                           "en": "TRUE when x did not happen within the time after start rose (e.g. no re-analysis 60 min after an interruption)"},
              icon="hourglass_empty", inputs=(Port("start", "bool3"), Port("x", "bool3")), outputs=(Port("out", "bool3"),),
              params_schema={"type": "object", "additionalProperties": False, "required": ["within_s"],
                             "properties": {"within_s": DURATION}},
              timed=True, build=_build_absence, explain=_explain_absence),
    BlockSpec(name="time.expiry", category="permits", title={"zh": "有效期到期", "en": "Expiry"},
              description={"zh": "时间 t（如气体分析时间、作业票签发时间）超过有效期时为真",
                           "en": "TRUE when time t (gas analysis, permit issue) is older than its validity"},
              icon="event_busy", inputs=(Port("t", "time"),), outputs=(Port("out", "bool3"),),
              params_schema={"type": "object", "additionalProperties": False, "required": ["validity_s"],
                             "properties": {"validity_s": DURATION}},
              timed=True, build=_build_expiry, explain=_explain_expiry),
]
